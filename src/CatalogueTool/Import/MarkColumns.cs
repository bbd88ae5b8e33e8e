using CatalogueTool.Model;

namespace CatalogueTool.Import;

/// <summary>公开对象, 公开方式 and 公开层级 of one row: from √ columns (any mark but ×, 否, 无, — …) or from a text column.</summary>
internal static class MarkColumns
{
    private static readonly string[] NoMark = ["×", "✗", "否", "无", "-", "—", "/", "／", "0", "□", "☐"]; // an empty box is a box left unticked

    public static List<string> Audience(TemplateHeader h, IReadOnlyDictionary<int, string> v) => h.Has(ColumnRole.AudienceText)
        ? FromText(TextOf(h, v, ColumnRole.AudienceText), Vocabularies.Audience)
        : Marked(h, v, (ColumnRole.AudiencePublic, ["全社会"]), (ColumnRole.AudienceGroup, ["特定群体"]));

    public static List<string> Mode(TemplateHeader h, IReadOnlyDictionary<int, string> v) => h.Has(ColumnRole.ModeText)
        ? FromText(TextOf(h, v, ColumnRole.ModeText), Vocabularies.Mode)
        : Marked(h, v, (ColumnRole.ModeActive, ["主动"]), (ColumnRole.ModeRequest, ["依申请"]));

    /// <summary>Levels; a table without any level column imports as 县级 (the import report says so once per sheet).</summary>
    public static List<string> Levels(TemplateHeader h, IReadOnlyDictionary<int, string> v)
    {
        if (h.Has(ColumnRole.LevelText)) return FromText(TextOf(h, v, ColumnRole.LevelText), Vocabularies.Level);
        if (!HasLevelColumns(h)) return ["县级"];
        return Marked(h, v, (ColumnRole.LevelCounty, ["县级"]), (ColumnRole.LevelTownship, ["乡级"]), (ColumnRole.LevelTownshipVillage, ["乡级", "村级"]), (ColumnRole.LevelVillage, ["村级"]));
    }

    private static readonly ColumnRole[] LevelRoles =
        [ColumnRole.LevelText, ColumnRole.LevelCounty, ColumnRole.LevelTownship, ColumnRole.LevelTownshipVillage, ColumnRole.LevelVillage];

    /// <summary>Whether the table says anything about levels: a text column or any √ column, 村级 alone included.</summary>
    public static bool HasLevelColumns(TemplateHeader h) => LevelRoles.Any(h.Has);

    /// <summary>The √ columns: one term of 公开对象, 公开方式 or 公开层级 each.</summary>
    private static readonly ColumnRole[] TickRoles =
    [
        ColumnRole.AudiencePublic, ColumnRole.AudienceGroup, ColumnRole.ModeActive, ColumnRole.ModeRequest,
        ColumnRole.LevelCounty, ColumnRole.LevelTownship, ColumnRole.LevelTownshipVillage, ColumnRole.LevelVillage,
    ];

    /// <summary>
    /// √ columns of the row holding another √ column's word (特定群体 in the 全社会 column): read as a tick of their own
    /// column, which may not be what was meant.
    /// </summary>
    public static IEnumerable<(int Column, string Word)> OtherColumnsWords(TemplateHeader h, IReadOnlyDictionary<int, string> v) =>
        h.Columns.Where(x => TickRoles.Contains(x.Value))
            .Select(x => (Column: x.Key, Role: x.Value, Word: v.GetValueOrDefault(x.Key) ?? ""))
            .Where(x => x.Word.Length > 0 && TemplateHeader.RoleOf(x.Word) is var meant && TickRoles.Contains(meant) && meant != x.Role)
            .Select(x => (x.Column, x.Word));

    private static string TextOf(TemplateHeader h, IReadOnlyDictionary<int, string> v, ColumnRole role) =>
        h.Column(role) is { } c ? v.GetValueOrDefault(c) ?? "" : "";

    private static bool IsMark(string v) => v.Length > 0 && !NoMark.Contains(v);

    private static List<string> Marked(TemplateHeader header, IReadOnlyDictionary<int, string> values, params (ColumnRole Role, string[] Terms)[] options)
    {
        var result = new List<string>();
        foreach (var (role, terms) in options)
            if (header.Column(role) is { } c && IsMark(values.GetValueOrDefault(c) ?? ""))
                foreach (var t in terms) if (!result.Contains(t)) result.Add(t);
        return result;
    }

    private static List<string> FromText(string text, Vocabulary vocabulary)
    {
        var result = new List<string>();
        foreach (var part in text.Split(['、', '，', ',', '/', '；', ';', '\n', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part is "乡、村级" or "乡村级" or "镇村级") { result.AddRange(["乡级", "村级"]); continue; }
            if (vocabulary.Match(part).Term is { } t && !result.Contains(t.Canonical)) result.Add(t.Canonical);
        }
        return result;
    }
}
