using System.Text.Json.Nodes;

namespace CatalogueTool.Schema;

/// <summary>
/// The schemas of the machine reports reviewers and CI read: review.json (<c>catalogue review</c>) and the JSON of
/// <c>catalogue diff --format json</c>, kept beside their writers' field names.
/// </summary>
internal static class ReportSchemas
{
    private static JsonObject Str(string d) => SchemaParts.Str(d);
    private static JsonObject Int(string d) => new() { ["type"] = "integer", ["minimum"] = 0, ["description"] = d };
    private static JsonObject IntOrNull(string d) => new() { ["type"] = new JsonArray("integer", "null"), ["minimum"] = 0, ["description"] = d };
    private static JsonObject NumberOrNull(string d) => new() { ["type"] = new JsonArray("number", "null"), ["description"] = d };
    private static JsonObject Bool(string d) => new() { ["type"] = "boolean", ["description"] = d };
    private static JsonObject Enum(string d, params string[] values) => new() { ["type"] = "string", ["enum"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray()), ["description"] = d };
    private static JsonObject Array(string d, JsonObject items) => new() { ["type"] = "array", ["items"] = items, ["description"] = d };

    private static JsonObject Obj(string d, JsonObject props, params string[] required) => SchemaParts.Obj(d, props, required);

    /// <summary>A finding as every JSON report writes it.</summary>
    private static JsonObject Diagnostic() => Obj("一条检查结果", new JsonObject
    {
        ["rule"] = new JsonObject { ["type"] = "string", ["pattern"] = "^CAT[0-9]{4}$", ["description"] = "规则编号（catalogue rules 列出全部规则）" },
        ["severity"] = Enum("严重程度", "error", "warning", "info"),
        ["file"] = Str("文件（相对于仓库）"),
        ["line"] = Int("行（从 1 起）"),
        ["column"] = Int("列（从 1 起）"),
        ["cell"] = Str("表格中的单元格，如 社会救助!C12"),
        ["message"] = Str("说明和改正办法"),
        ["codes"] = Array("涉及的全部职权编码", Str("职权编码")),
    }, "rule", "severity", "file", "line", "column", "message");

    public static JsonObject Review()
    {
        var area = Obj("一个试点领域在本行政区的状况", new JsonObject
        {
            ["state"] = Enum("covered 已编目，not_applicable 说明不涉及，unreadable 文件无法读取，missing 缺少", "covered", "not_applicable", "unreadable", "missing"),
            ["items"] = Int("事项数"),
            ["reason"] = Str("不涉及的理由"),
        }, "state", "items");
        var row = Obj("一个行政区（一个目录仓库）", new JsonObject
        {
            ["path"] = Str("仓库相对于审核文件夹的路径"),
            ["name"] = Str("行政区名称"),
            ["code"] = Str("行政区划代码"),
            ["level"] = Enum("层级", "county", "township"),
            ["parent"] = Str("上级行政区"),
            ["edition"] = Str("版次"),
            ["unreadable"] = Bool("仓库是否无法读取"),
            ["failure"] = Str("无法读取的原因"),
            ["errors"] = Int("错误数"),
            ["warnings"] = Int("警告数"),
            ["infos"] = Int("提示数"),
            ["items"] = Int("事项数"),
            ["powers"] = Int("权责清单中的职权数"),
            ["baseline_coverage"] = NumberOrNull("标准事项覆盖率（百分数）；未编目、也未说明不涉及的领域按未覆盖计；无法计算时为 null"),
            ["power_coverage"] = NumberOrNull("职权公开率（百分数）；没有权责清单或清单不全时为 null"),
            ["power_lists_incomplete"] = Bool("事项关联了清单中没有的职权（清单不全）"),
            ["blank_columns"] = IntOrNull("空白栏目数；不登记公开记录时为 null（没有检查，不是 0）"),
            ["stale_columns"] = IntOrNull("长期未更新栏目数；不登记公开记录时为 null"),
            ["record_areas"] = Obj("有主动公开事项的领域中，登记了公开记录（records/<领域>.yaml）的和没有登记的", new JsonObject
            {
                ["kept"] = Int("登记了公开记录的领域数"),
                ["not_kept"] = Int("没有登记公开记录的领域数"),
            }, "kept", "not_kept"),
            ["areas"] = new JsonObject { ["type"] = "object", ["description"] = "按领域编号", ["additionalProperties"] = area },
            ["diagnostics"] = Array("全部检查结果", Diagnostic()),
        }, "path", "name", "level", "unreadable", "errors", "warnings", "infos", "items", "powers", "baseline_coverage", "power_coverage",
            "power_lists_incomplete", "blank_columns", "stale_columns", "record_areas", "areas", "diagnostics");
        return Obj("catalogue review 写出的 review.json", new JsonObject
        {
            ["tool"] = Enum("生成工具", "catalogue"),
            ["version"] = Str("工具版本"),
            ["date"] = new JsonObject { ["type"] = "string", ["format"] = "date", ["description"] = "检查所依据的日期" },
            ["summary"] = Obj("总数", new JsonObject
            {
                ["jurisdictions"] = Int("审核的行政区数"),
                ["with_errors"] = Int("有错误的行政区数"),
                ["unreadable"] = Int("无法读取的仓库数"),
            }, "jurisdictions", "with_errors", "unreadable"),
            ["not_repositories"] = Array("没有审核的文件夹（不是目录仓库）", Obj("一个没有审核的文件夹", new JsonObject
            {
                ["path"] = Str("文件夹路径"),
                ["kind"] = Enum("empty 空文件夹，spreadsheets 只有表格（尚未导入），other 其他", "empty", "spreadsheets", "other"),
                ["reason"] = Str("说明"),
            }, "path", "kind", "reason")),
            ["shared_codes"] = Array("被多个仓库使用的行政区划代码", Obj("一个重复的代码", new JsonObject
            {
                ["code"] = Str("行政区划代码"),
                ["paths"] = Array("使用它的仓库", Str("仓库路径")),
            }, "code", "paths")),
            ["areas"] = Array("26 个试点领域，按官方顺序", Obj("一个试点领域", new JsonObject
            {
                ["id"] = Str("领域编号"),
                ["name"] = Str("领域名称"),
            }, "id", "name")),
            ["jurisdictions"] = Array("各行政区", row),
        }, "tool", "version", "date", "summary", "not_repositories", "shared_codes", "areas", "jurisdictions");
    }

    public static JsonObject Diff()
    {
        var counts = Obj("新增、删除、修改的数目", new JsonObject
        {
            ["added"] = Int("新增"),
            ["removed"] = Int("删除"),
            ["changed"] = Int("修改"),
        }, "added", "removed", "changed");
        return Obj("catalogue diff --format json 的输出", new JsonObject
        {
            ["old"] = Str("旧版本（行政区和版次）"),
            ["new"] = Str("新版本（行政区和版次）"),
            ["different_jurisdictions"] = Bool("两个版本是否属于不同的行政区（差异多半来自行政区不同而不是改版）"),
            ["note"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["description"] = "行政区不同时的提醒" },
            ["summary"] = Obj("按类别的总数", new JsonObject
            {
                ["manifest"] = counts.DeepClone(),
                ["areas"] = counts.DeepClone(),
                ["items"] = counts.DeepClone(),
                ["waivers"] = counts.DeepClone(),
                ["powers"] = counts.DeepClone(),
            }, "manifest", "areas", "items", "waivers", "powers"),
            ["changes"] = Array("每一处变更", Obj("一处变更", new JsonObject
            {
                ["section"] = Enum("类别", "manifest", "areas", "items", "waivers", "powers"),
                ["kind"] = Enum("变更方式", "added", "removed", "changed"),
                ["key"] = Str("编号（事项编号、领域编号、职权编码或清单中的键）"),
                ["label"] = Str("名称"),
                ["fields"] = Array("逐字段的变化", Obj("一个字段的变化", new JsonObject
                {
                    ["field_id"] = Str("字段编号（与语言无关）"),
                    ["field"] = Str("字段名称（按 --lang）"),
                    ["old"] = Str("原内容"),
                    ["new"] = Str("新内容"),
                }, "field_id", "field", "old", "new")),
            }, "section", "kind", "key", "label", "fields")),
        }, "old", "new", "different_jurisdictions", "summary", "changes");
    }
}
