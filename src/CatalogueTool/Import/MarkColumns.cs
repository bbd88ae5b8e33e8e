using CatalogueTool.Model;

namespace CatalogueTool.Import;

/// <summary>
/// 公开对象, 公开方式 and 公开层级 of one row: from √ columns or from a text column. A √ column is ticked by a known tick
/// (√ ✓ ● ☑ 是 Y 1 …) or by its own word (主动 in the 主动 column); an empty box, a cross, an empty circle (the unchosen
/// one beside ●), 否 or N leaves it unticked; any other text is neither, and is reported with the cell's text kept in the note.
/// </summary>
internal static class MarkColumns
{
    private static readonly HashSet<string> NoMark = new(StringComparer.OrdinalIgnoreCase)
    {
        "×", "✗", "✘", "╳", "x", "否", "无", "不", "-", "—", "–", "－", "/", "／", "\\", "0", "□", "☐", "○", "◯", "〇", "◎", "n", "no", "不公开",
    };

    private static readonly HashSet<string> Ticks = new(StringComparer.OrdinalIgnoreCase)
    {
        "√", "✓", "✔", "☑", "✅", "●", "■", "◆", "★", "▲", "是", "有", "y", "yes", "v", "1", "√√", "公开",
    };

    /// <summary>How a √ column's cell reads: ticked, not ticked, or an unknown mark (null).</summary>
    internal static bool? Read(string value)
    {
        var v = CellText.WithoutInvisibleMarks(value).Trim();
        if (v.Length == 0 || NoMark.Contains(v)) return false;
        if (Ticks.Contains(v)) return true;
        // The column's own word (主动 under 主动), or another column's (特定群体 under 全社会, reported on its own as such).
        if (TemplateHeader.RoleOf(v) is var meant && TickRoles.Contains(meant)) return true;
        return null;
    }

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

    private static List<string> Marked(TemplateHeader header, IReadOnlyDictionary<int, string> values, params (ColumnRole Role, string[] Terms)[] options)
    {
        var result = new List<string>();
        foreach (var (role, terms) in options)
            if (header.Column(role) is { } c && Read(values.GetValueOrDefault(c) ?? "") == true)
                foreach (var t in terms) if (!result.Contains(t)) result.Add(t);
        return result;
    }

    /// <summary>The √ columns of the row holding a mark that is neither a tick nor a blank (○ beside nothing, 待定, 见备注):
    /// imported as not ticked, and said, with the text kept in the note.</summary>
    public static IEnumerable<(int Column, string Text)> UnknownMarks(TemplateHeader h, IReadOnlyDictionary<int, string> v) =>
        h.Columns.Where(x => TickRoles.Contains(x.Value))
            .Select(x => (Column: x.Key, Text: (v.GetValueOrDefault(x.Key) ?? "").Trim(), x.Value))
            .Where(x => Read(x.Text) is null)
            .Select(x => (x.Column, x.Text));

    /// <summary>The parts of a 公开对象, 公开方式 or 公开层级 text column that name none of its values (政府网站 written
    /// under 公开方式): not imported as a value, so said, with the text kept in the note.</summary>
    public static IEnumerable<(int Column, string Text)> UnreadText(TemplateHeader h, IReadOnlyDictionary<int, string> v)
    {
        foreach (var (role, vocabulary) in new[] { (ColumnRole.AudienceText, Vocabularies.Audience), (ColumnRole.ModeText, Vocabularies.Mode), (ColumnRole.LevelText, Vocabularies.Level) })
            if (h.Column(role) is { } c && v.GetValueOrDefault(c) is { Length: > 0 } text)
            {
                var unread = Parts(text).Where(p => !IsTwoLevels(p) && vocabulary.Match(p).Term is null).ToList();
                if (unread.Count > 0) yield return (c, string.Join("、", unread));
            }
    }

    private static string[] Parts(string text) => text.Split(['、', '，', ',', '/', '；', ';', '\n', ' '], StringSplitOptions.RemoveEmptyEntries);

    private static bool IsTwoLevels(string part) => part is "乡、村级" or "乡村级" or "镇村级";

    private static List<string> FromText(string text, Vocabulary vocabulary)
    {
        var result = new List<string>();
        foreach (var part in Parts(text))
        {
            if (IsTwoLevels(part)) { result.AddRange(["乡级", "村级"]); continue; }
            if (vocabulary.Match(part).Term is { } t && !result.Contains(t.Canonical)) result.Add(t.Canonical);
        }
        return result;
    }
}
