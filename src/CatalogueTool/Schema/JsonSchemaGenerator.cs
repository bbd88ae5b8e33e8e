using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CatalogueTool.Binding;
using CatalogueTool.Model;

namespace CatalogueTool.Schema;

/// <summary>
/// Draft-07 JSON Schemas of the repository files, built from the same key lists and vocabularies the binder uses,
/// so that an editor's autocompletion and the validator can never disagree.
/// </summary>
public static class JsonSchemaGenerator
{
    public static readonly string[] Kinds = ["manifest", "area", "powers", "records", "data"];

    /// <summary>The machine reports reviewers and CI read (review.json, diff --format json): printed by --file, not written
    /// into a repository's schemas/.</summary>
    public static readonly string[] ReportKinds = ["review", "diff"];

    /// <param name="language">Chinese (the default, as repositories and builds carry them) or English.</param>
    public static string Render(string kind, Diagnostics.Language language = Diagnostics.Language.Chinese)
    {
        var schema = kind switch
        {
            "manifest" => Manifest(),
            "area" => Area(),
            "powers" => Powers(),
            "records" => Records(),
            "data" => OpenDataSchema.Build(),
            "review" => ReportSchemas.Review(),
            "diff" => ReportSchemas.Diff(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        var root = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = $"https://catalogue-tool.invalid/schemas/{kind}.schema.json",
            ["title"] = Titles[kind],
        };
        foreach (var p in schema) root[p.Key] = p.Value?.DeepClone();
        if (language == Diagnostics.Language.English) SchemaEnglish.Translate(root);
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static readonly Dictionary<string, string> Titles = new()
    {
        ["manifest"] = "目录仓库清单 catalogue.yaml",
        ["area"] = "领域文件 areas/<领域>.yaml",
        ["powers"] = "权责清单 powers/*.yaml",
        ["records"] = "公开记录 records/<领域>.yaml",
        ["data"] = "开放数据 data/catalogue.json（catalogue build 生成）",
        ["review"] = "审核报告 review.json（catalogue review 生成）",
        ["diff"] = "版本比较 JSON（catalogue diff --format json 生成）",
    };

    private static JsonObject Text(string description) => new() { ["type"] = "string", ["description"] = description };

    private static JsonObject TextOrNull(string description) => new() { ["type"] = new JsonArray("string", "null"), ["description"] = description };

    private static JsonObject Enum(Vocabulary v, string description)
    {
        var values = new JsonArray();
        foreach (var t in v.Terms)
        {
            values.Add(t.Canonical);
            values.Add(t.English);
        }
        return new JsonObject { ["type"] = "string", ["enum"] = values, ["description"] = description };
    }

    private static JsonObject OneOrMany(JsonObject single, string description) => new()
    {
        ["description"] = description,
        ["oneOf"] = new JsonArray(single, new JsonObject { ["type"] = "array", ["items"] = single.DeepClone(), ["minItems"] = 1 }),
    };

    private static JsonObject Obj(string description, string[] keys, Dictionary<string, JsonObject> props, params string[] required)
    {
        var properties = new JsonObject();
        foreach (var k in keys) properties[k] = props[k];
        var o = new JsonObject { ["type"] = "object", ["description"] = description, ["additionalProperties"] = false, ["properties"] = properties };
        if (required.Length > 0) o["required"] = new JsonArray(required.Select(r => (JsonNode)r).ToArray());
        return o;
    }

    private static JsonObject Manifest()
    {
        var areaIds = new JsonArray(PilotAreas.All.Select(a => (JsonNode)a.Id).ToArray());
        return Obj("目录仓库清单", Keys.Manifest, new()
        {
            ["schema"] = new JsonObject { ["const"] = 1, ["description"] = "格式版本，目前为 1" },
            ["jurisdiction"] = Obj("本级行政区", Keys.Jurisdiction, new()
            {
                ["name"] = Text("名称，如 青禾县"),
                ["code"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{6}$", ["description"] = "GB/T 2260 六位行政区划代码（加引号）" },
                ["level"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. Binding.ManifestBinder.CountyWords.Concat(Binding.ManifestBinder.TownshipWords).Select(w => (JsonNode)w)]), ["description"] = "层级：county（县级）或 township（乡级）" },
                ["parent"] = Text("上级行政区"),
            }, "name"),
            ["publisher"] = Text("目录发布机关"),
            ["edition"] = Text("版次，显示在所有输出上"),
            ["baseline"] = Text("national（国家标准指引）、none，或标准目录文件夹路径"),
            ["portal"] = Obj("政府网站栏目设置", Keys.Portal, new()
            {
                ["title"] = Text("网站名称"),
                ["base_url"] = new JsonObject { ["type"] = "string", ["pattern"] = "^https?://[^?#\"'<>\\\\\\s]+$", ["description"] = "栏目发布地址（不带 ? 查询和 # 锚点）" },
                ["footer"] = Obj("页脚", Keys.Footer, new()
                {
                    ["site_code"] = Text("网站标识码"),
                    ["icp"] = Text("ICP 备案号"),
                    ["psb"] = Text("公安备案号"),
                }),
            }),
            ["not_applicable"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "不适用的试点领域及理由",
                ["propertyNames"] = new JsonObject { ["enum"] = areaIds },
                ["additionalProperties"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            },
            ["extra_areas"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "26 个试点领域之外的领域：id → 名称",
                ["propertyNames"] = new JsonObject { ["pattern"] = "^[a-z0-9][a-z0-9-]{0,63}$" },
                ["additionalProperties"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            },
            ["departments"] = new JsonObject
            {
                ["type"] = "array",
                ["description"] = "部门规范名称及别名",
                ["items"] = Obj("部门", Keys.Department, new()
                {
                    ["name"] = Text("规范名称"),
                    ["aliases"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "别名" },
                }, "name"),
            },
            ["undisclosed_powers"] = new JsonObject
            {
                ["type"] = "object",
                ["description"] = "不公开的职权：编码 → 理由",
                ["additionalProperties"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            },
            ["records"] = Obj("公开记录设置", Keys.RecordsSettings, new()
            {
                ["stale_after_days"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["description"] = "超过多少天未更新视为栏目未更新（默认 180）" },
            }),
        }, "jurisdiction", "publisher", "edition");
    }

    private static JsonObject Area()
    {
        var areaNames = new JsonArray(PilotAreas.All.SelectMany(a => new[] { a.Id, a.Name }).Select(s => (JsonNode)s).ToArray());
        var channel = new JsonObject
        {
            ["type"] = "string",
            ["anyOf"] = new JsonArray(Enum(Vocabularies.Channel, "标准载体"), new JsonObject { ["pattern"] = "^其他[：:].+" }),
            ["description"] = "13 类标准载体之一，或“其他：<名称>”",
        };
        var powerRef = new JsonObject
        {
            ["oneOf"] = new JsonArray(
                new JsonObject { ["type"] = "string", ["description"] = "职权编码，或以 * 结尾的编码前缀" },
                Obj("选择器：某主体的某类全部职权", Keys.PowerSelector, new()
                {
                    ["type"] = Enum(Vocabularies.PowerType, "职权类型"),
                    ["subject"] = Text("实施主体"),
                })),
        };
        var item = Obj("公开事项", Keys.Item, new()
        {
            ["id"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z0-9][a-z0-9-]{0,63}$", ["description"] = "事项 id，仓库内唯一，如 shjz-001" },
            ["category"] = Text("一级事项"),
            ["name"] = Text("二级事项"),
            ["sub"] = TextOrNull("三级事项（可选）"),
            ["content"] = Text("公开内容（要素）"),
            ["basis"] = OneOrMany(Text("公开依据：用《》写明文件名称"), "公开依据"),
            ["time_limit"] = Text("公开时限，如 信息形成或者变更之日起20个工作日内"),
            ["subject"] = Text("公开主体"),
            ["channels"] = OneOrMany(channel, "公开渠道和载体"),
            ["audience"] = OneOrMany(Enum(Vocabularies.Audience, "公开对象"), "公开对象"),
            ["mode"] = OneOrMany(Enum(Vocabularies.Mode, "公开方式"), "公开方式"),
            ["levels"] = OneOrMany(Enum(Vocabularies.Level, "公开层级"), "公开层级"),
            ["powers"] = new JsonObject { ["type"] = "array", ["items"] = powerRef, ["description"] = "本事项公开的职权" },
            ["baseline"] = Text("实施的国家标准事项 id"),
            ["note"] = TextOrNull("备注"),
        }, "id", "category", "name", "content", "basis", "time_limit", "subject", "channels", "audience", "mode", "levels");
        return Obj("领域文件", Keys.AreaFile, new()
        {
            ["area"] = new JsonObject { ["type"] = "string", ["description"] = "领域 id 或中文名", ["examples"] = areaNames },
            ["items"] = new JsonObject { ["type"] = "array", ["items"] = item, ["description"] = "公开事项，按发布顺序" },
            ["waived"] = new JsonObject
            {
                ["type"] = "array",
                ["description"] = "不实施的标准事项及理由",
                ["items"] = Obj("豁免", Keys.Waiver, new() { ["baseline"] = Text("标准事项 id"), ["reason"] = Text("理由") }, "baseline", "reason"),
            },
            ["source"] = Obj("标准目录的来源文件（仅标准目录使用）", Keys.Source, new()
            {
                ["issuer"] = Text("发文机关"),
                ["document"] = Text("文号"),
                ["title"] = Text("标题"),
                ["date"] = Text("日期"),
                ["compiled_from"] = Text("整理依据"),
            }),
        }, "area", "items");
    }

    private static JsonObject Powers() => Obj("权责清单", Keys.PowerFile, new()
    {
        ["department"] = Text("部门"),
        ["source"] = Text("清单来源"),
        ["powers"] = new JsonObject
        {
            ["type"] = "array",
            ["items"] = Obj("职权", Keys.Power, new()
            {
                ["code"] = Text("事项编码（加引号）"),
                ["name"] = Text("事项名称"),
                ["type"] = Enum(Vocabularies.PowerType, "权力类型"),
                ["basis"] = Text("实施依据"),
                ["subject"] = Text("实施主体，默认为 department"),
            }, "code", "name", "type"),
        },
    }, "powers");

    private static JsonObject Records() => new()
    {
        ["type"] = "array",
        ["description"] = "公开记录",
        ["items"] = Obj("一条公开记录或情况说明", Keys.Record, new()
        {
            ["item"] = Text("事项 id"),
            ["title"] = Text("标题"),
            ["date"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", ["description"] = "发布日期 YYYY-MM-DD" },
            ["url"] = new JsonObject { ["type"] = "string", ["pattern"] = "^https?://", ["description"] = "链接（仅 http/https）" },
            ["index_no"] = Text("索引号"),
            ["statement"] = Text("情况说明（无信息可公开时）"),
        }, "item", "date"),
    };
}
