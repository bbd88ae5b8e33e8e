using System.Text.Json.Nodes;

namespace CatalogueTool.Schema;

/// <summary>The schema of data/catalogue.json, the open data that <c>build</c> writes (kept beside its writer's field names).</summary>
internal static class OpenDataSchema
{
    private static JsonObject Str(string d) => SchemaParts.Str(d);
    private static JsonObject Strs(string d) => new() { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = d };

    private static JsonObject Obj(string d, JsonObject props, params string[] required) => SchemaParts.Obj(d, props, required);

    public static JsonObject Build()
    {
        var record = Obj("已公开的信息或情况说明，按日期从新到旧", new JsonObject
        {
            ["date"] = new JsonObject { ["type"] = "string", ["format"] = "date", ["description"] = "发布日期" },
            ["title"] = Str("标题"),
            ["url"] = new JsonObject { ["type"] = "string", ["format"] = "uri", ["pattern"] = "^https?://", ["description"] = "链接（仅 http/https）" },
            ["index_no"] = Str("索引号"),
            ["statement"] = Str("情况说明"),
        }, "date");
        var timeLimit = Obj("公开时限：原文与解释", new JsonObject
        {
            ["text"] = Str("原文"),
            ["kind"] = new JsonObject
            {
                ["type"] = "string",
                ["enum"] = new JsonArray("unknown", "from_formation", "from_decision", "after_approval", "real_time", "promptly", "annual_deadline", "before_event", "periodic"),
                ["description"] = "解释出的时限类型；unknown 表示无法解释；before_event 为事前公开（听证7个工作日前、提前一周），periodic 为定期更新（每20个工作日、每月），二者都不折算工作日",
            },
            ["working_days"] = new JsonObject { ["type"] = "number", ["description"] = "折算的工作日数（日历日按每七日五个工作日折算；及时、实时为 0，见 kind）" },
            ["days"] = new JsonObject { ["type"] = "integer", ["description"] = "原文所写的天数（from_formation、from_decision、after_approval；before_event、periodic 写了天数时；一周记 7 个日历日）" },
            ["day_unit"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("working", "calendar"), ["description"] = "days 是工作日还是日历日" },
            ["month"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 12, ["description"] = "每年截止的月份（annual_deadline）" },
            ["day"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["maximum"] = 31, ["description"] = "每年截止的日（annual_deadline）" },
            ["period"] = new JsonObject
            {
                ["type"] = "string",
                ["enum"] = new JsonArray("day", "week", "month", "quarter", "half_year", "year"),
                ["description"] = "未写天数的定期更新的周期（periodic：每日、每周、每月、每季度、每半年、每年）",
            },
            ["display_days"] = new JsonObject { ["type"] = "integer", ["description"] = "公示期的天数，单位见 display_day_unit" },
            ["display_day_unit"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("working", "calendar"), ["description"] = "公示期按工作日（working）还是自然日（calendar）计" },
        }, "text", "kind");
        var item = Obj("公开事项", new JsonObject
        {
            ["id"] = Str("事项编号"),
            ["category"] = Str("一级事项"),
            ["name"] = Str("二级事项"),
            ["sub"] = Str("三级事项"),
            ["content"] = Str("公开内容（要素）"),
            ["basis"] = Strs("公开依据"),
            ["time_limit"] = timeLimit,
            ["subject"] = Str("公开主体"),
            ["channels"] = Strs("公开渠道和载体"),
            ["audience"] = Strs("公开对象"),
            ["mode"] = Strs("公开方式"),
            ["levels"] = Strs("公开层级"),
            ["baseline"] = Str("对应的国家标准指引事项"),
            ["note"] = Str("备注"),
            ["powers"] = Strs("关联职权的编码（已展开前缀和选择器）"),
            ["records"] = new JsonObject { ["type"] = "array", ["items"] = record },
        }, "id", "category", "name", "content", "basis", "time_limit", "subject", "channels", "audience", "mode", "levels", "powers", "records");
        var area = Obj("领域", new JsonObject
        {
            ["id"] = Str("领域编码"),
            ["name"] = Str("领域名称"),
            ["pilot"] = new JsonObject { ["type"] = "boolean", ["description"] = "是否为26个试点领域之一" },
            ["items"] = new JsonObject { ["type"] = "array", ["items"] = item },
            ["waived"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = Obj("不适用的标准事项", new JsonObject { ["baseline"] = Str("标准事项编号"), ["reason"] = Str("理由") }, "baseline", "reason"),
            },
        }, "id", "name", "pilot", "items", "waived");
        var power = Obj("权责事项", new JsonObject
        {
            ["code"] = Str("事项编码"),
            ["name"] = Str("事项名称"),
            ["type"] = Str("权力类型"),
            ["basis"] = Str("实施依据"),
            ["subject"] = Str("实施主体"),
            ["disclosed"] = new JsonObject { ["type"] = "boolean", ["description"] = "是否有目录事项公开" },
            ["undisclosed_reason"] = new JsonObject { ["type"] = "string", ["description"] = "未公开的理由（catalogue.yaml 的 undisclosed_powers）：有理由的未公开职权在覆盖率中计为已覆盖" },
        }, "code", "name", "type", "subject", "disclosed");
        return Obj("基层政务公开标准目录开放数据", new JsonObject
        {
            ["schema"] = new JsonObject { ["const"] = 1 },
            ["jurisdiction"] = Obj("行政区", new JsonObject
            {
                ["name"] = Str("名称"),
                ["code"] = Str("行政区划代码"),
                ["level"] = Str("层级"),
                ["parent"] = Str("上级行政区"),
            }, "name", "level"),
            ["publisher"] = Str("发布机关"),
            ["edition"] = Str("版次"),
            ["generated"] = new JsonObject { ["type"] = "string", ["format"] = "date", ["description"] = "数据日期：--today 或 SOURCE_DATE_EPOCH 给出的日期；都没有时取最新一条公开记录的日期，没有记录时省略" },
            ["areas"] = new JsonObject { ["type"] = "array", ["items"] = area },
            ["not_applicable"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = Obj("本级不涉及的领域", new JsonObject { ["area"] = Str("领域编码"), ["reason"] = Str("理由") }, "area", "reason"),
            },
            ["powers"] = new JsonObject { ["type"] = "array", ["items"] = power },
        }, "schema", "jurisdiction", "publisher", "edition", "areas", "not_applicable", "powers");
    }
}
