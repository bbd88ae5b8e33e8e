using System.Text.Json.Nodes;

namespace CatalogueTool.Schema;

/// <summary>
/// The schemas' words in English (<c>catalogue schema --lang en</c>): each Chinese title and description with its English
/// text. The schemas are written in Chinese first, for the clerks whose editors show them; a test checks that every
/// text has its English here.
/// </summary>
public static class SchemaEnglish
{
    /// <summary>Every <c>title</c> and <c>description</c> of the tree put into English, where the table has it.</summary>
    public static void Translate(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in new[] { "title", "description" })
                    if (o[key] is JsonValue v && v.TryGetValue<string>(out var text) && Texts.TryGetValue(text, out var english)) o[key] = english;
                foreach (var (_, child) in o.ToList()) Translate(child);
                break;
            case JsonArray a:
                foreach (var child in a) Translate(child);
                break;
        }
    }

    public static readonly IReadOnlyDictionary<string, string> Texts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["目录仓库清单 catalogue.yaml"] = "Repository manifest catalogue.yaml",
        ["目录仓库清单"] = "Repository manifest",
        ["格式版本，目前为 1"] = "Format version, currently 1",
        ["本级行政区"] = "The jurisdiction",
        ["名称，如 青禾县"] = "Name, e.g. 青禾县",
        ["GB/T 2260 六位行政区划代码（加引号）"] = "Six-digit GB/T 2260 division code (quoted)",
        ["层级：county（县级）或 township（乡级）"] = "Level: county (县级) or township (乡级)",
        ["上级行政区"] = "Parent jurisdiction",
        ["目录发布机关"] = "Body that publishes the catalogue",
        ["版次，显示在所有输出上"] = "Edition, shown on every output",
        ["national（国家标准指引）、none，或标准目录文件夹路径"] = "national (the national guidelines), none, or the path of a baseline folder",
        ["政府网站栏目设置"] = "Government portal column settings",
        ["网站名称"] = "Site name",
        ["栏目发布地址（不带 ? 查询和 # 锚点）"] = "Address the column is published at (no ? query or # fragment)",
        ["页脚"] = "Footer",
        ["网站标识码"] = "Site identifier code",
        ["ICP 备案号"] = "ICP licence number",
        ["公安备案号"] = "Public security filing number",
        ["不适用的试点领域及理由"] = "Pilot areas not applicable, with reasons",
        ["26 个试点领域之外的领域：id → 名称"] = "Areas beyond the 26 pilot areas: id → name",
        ["部门规范名称及别名"] = "Departments' canonical names and aliases",
        ["部门"] = "Department",
        ["规范名称"] = "Canonical name",
        ["别名"] = "Aliases",
        ["不公开的职权：编码 → 理由"] = "Powers not disclosed: code → reason",
        ["公开记录设置"] = "Records settings",
        ["超过多少天未更新视为栏目未更新（默认 180）"] = "Days without an update after which a column counts as stale (default 180)",
        ["领域文件 areas/<领域>.yaml"] = "Area file areas/<area>.yaml",
        ["领域文件"] = "Area file",
        ["领域 id 或中文名"] = "Area id or Chinese name",
        ["公开事项"] = "Disclosure item",
        ["事项 id，仓库内唯一，如 shjz-001"] = "Item id, unique in the repository, e.g. shjz-001",
        ["一级事项"] = "First-level item (一级事项)",
        ["二级事项"] = "Second-level item (二级事项)",
        ["三级事项（可选）"] = "Third-level item (三级事项, optional)",
        ["公开内容（要素）"] = "Content disclosed (elements)",
        ["公开依据"] = "Legal basis",
        ["公开依据：用《》写明文件名称"] = "Legal basis: name each document in 《》",
        ["公开时限，如 信息形成或者变更之日起20个工作日内"] = "Time limit, e.g. 信息形成或者变更之日起20个工作日内",
        ["公开主体"] = "Publishing body",
        ["公开渠道和载体"] = "Channels and carriers",
        ["标准载体"] = "Standard carrier",
        ["13 类标准载体之一，或“其他：<名称>”"] = "One of the 13 standard carriers, or 其他：<name>",
        ["公开对象"] = "Audience",
        ["公开方式"] = "Mode (proactive or on request)",
        ["公开层级"] = "Levels",
        ["职权编码，或以 * 结尾的编码前缀"] = "Power code, or a code prefix ending in *",
        ["选择器：某主体的某类全部职权"] = "Selector: every power of a type held by a body",
        ["职权类型"] = "Power type",
        ["实施主体"] = "Implementing body",
        ["本事项公开的职权"] = "Powers this item discloses",
        ["实施的国家标准事项 id"] = "Id of the national standard item implemented",
        ["备注"] = "Note",
        ["公开事项，按发布顺序"] = "Disclosure items, in the order published",
        ["不实施的标准事项及理由"] = "Standard items not implemented, with reasons",
        ["豁免"] = "Waiver",
        ["标准事项 id"] = "Standard item id",
        ["理由"] = "Reason",
        ["标准目录的来源文件（仅标准目录使用）"] = "Source document of a baseline (baselines only)",
        ["发文机关"] = "Issuing body",
        ["文号"] = "Document number",
        ["标题"] = "Title",
        ["日期"] = "Date",
        ["整理依据"] = "Compiled from",
        ["权责清单 powers/*.yaml"] = "Power list powers/*.yaml",
        ["权责清单"] = "Power list",
        ["清单来源"] = "Source of the list",
        ["职权"] = "Power",
        ["事项编码（加引号）"] = "Power code (quoted)",
        ["事项名称"] = "Power name",
        ["权力类型"] = "Power type",
        ["实施依据"] = "Legal basis of the power",
        ["实施主体，默认为 department"] = "Implementing body; defaults to department",
        ["公开记录 records/<领域>.yaml"] = "Records records/<area>.yaml",
        ["公开记录"] = "Records",
        ["一条公开记录或情况说明"] = "One record of published information, or a statement",
        ["事项 id"] = "Item id",
        ["发布日期 YYYY-MM-DD"] = "Date published, YYYY-MM-DD",
        ["链接（仅 http/https）"] = "Link (http or https only)",
        ["索引号"] = "Index number",
        ["情况说明（无信息可公开时）"] = "Statement (when there is nothing to publish)",
        ["开放数据 data/catalogue.json（catalogue build 生成）"] = "Open data data/catalogue.json (written by catalogue build)",
        ["基层政务公开标准目录开放数据"] = "Open data of a standardized disclosure catalogue",
        ["行政区"] = "Jurisdiction",
        ["名称"] = "Name",
        ["行政区划代码"] = "Division code",
        ["层级"] = "Level",
        ["发布机关"] = "Publishing body",
        ["版次"] = "Edition",
        ["数据日期：--today 或 SOURCE_DATE_EPOCH 给出的日期；都没有时取最新一条公开记录的日期，没有记录时省略"] = "Date of the data: the date --today or SOURCE_DATE_EPOCH gives; without either, the newest publication record's date, and left out when there are no records",
        ["领域"] = "Area",
        ["领域编码"] = "Area id",
        ["领域名称"] = "Area name",
        ["是否为26个试点领域之一"] = "Whether the area is one of the 26 pilot areas",
        ["事项编号"] = "Item id",
        ["三级事项"] = "Third-level item (三级事项)",
        ["公开时限：原文与解释"] = "Time limit: as written and as interpreted",
        ["原文"] = "As written",
        ["解释出的时限类型；unknown 表示无法解释；before_event 为事前公开（听证7个工作日前、提前一周），periodic 为定期更新（每20个工作日、每月），二者都不折算工作日"] = "Kind of limit interpreted; unknown when it cannot be; before_event is a deadline before an event (听证7个工作日前, 提前一周) and periodic a recurring update (每20个工作日, 每月), neither converted into working days",
        ["未写天数的定期更新的周期（periodic：每日、每周、每月、每季度、每半年、每年）"] = "Period of a recurring update written without a figure of days (periodic: 每日 day, 每周 week, 每月 month, 每季度 quarter, 每半年 half_year, 每年 year)",
        ["折算的工作日数（日历日按每七日五个工作日折算；及时、实时为 0，见 kind）"] = "Working days (calendar days count five in seven; promptly and real time are 0, see kind)",
        ["原文所写的天数（from_formation、from_decision、after_approval；before_event、periodic 写了天数时；一周记 7 个日历日）"] = "Days as written (from_formation, from_decision, after_approval; before_event and periodic when a figure is written; a week is 7 calendar days)",
        ["days 是工作日还是日历日"] = "Whether days are working or calendar days",
        ["每年截止的月份（annual_deadline）"] = "Month of the yearly deadline (annual_deadline)",
        ["每年截止的日（annual_deadline）"] = "Day of the yearly deadline (annual_deadline)",
        ["公示期的天数，单位见 display_day_unit"] = "Display period in days; the unit is display_day_unit",
        ["公示期按工作日（working）还是自然日（calendar）计"] = "Whether the display period counts working or calendar days",
        ["对应的国家标准指引事项"] = "National standard item implemented",
        ["关联职权的编码（已展开前缀和选择器）"] = "Codes of the linked powers (prefixes and selectors expanded)",
        ["已公开的信息或情况说明，按日期从新到旧"] = "Information published, or statements, newest first",
        ["发布日期"] = "Date published",
        ["情况说明"] = "Statement",
        ["不适用的标准事项"] = "Standard items not implemented",
        ["标准事项编号"] = "Standard item id",
        ["本级不涉及的领域"] = "Areas not applicable at this level",
        ["权责事项"] = "Power",
        ["事项编码"] = "Power code",
        ["是否有目录事项公开"] = "Whether an item of the catalogue discloses it",
        ["未公开的理由（catalogue.yaml 的 undisclosed_powers）：有理由的未公开职权在覆盖率中计为已覆盖"] = "Why it is not disclosed (undisclosed_powers in catalogue.yaml); a power not disclosed with a reason counts as covered",
    };
}
