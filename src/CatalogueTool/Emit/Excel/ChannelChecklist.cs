using CatalogueTool.Model;

namespace CatalogueTool.Emit.Excel;

/// <summary>The carriers cell: the full 13-box checklist with ■ and □, or only the selected ones.</summary>
public static class ChannelChecklist
{
    /// <summary>Entries on one line are separated by an ideographic space; lines are packed to the column's width.</summary>
    public const char Separator = '\u3000';

    public static string Render(Item item, bool selectedOnly, double width = double.MaxValue)
    {
        var chosen = item.Channels.Select(c => c.Value).ToList();
        var others = chosen.Where(c => c.StartsWith(Vocabularies.OtherPrefix, StringComparison.Ordinal)).Select(c => c[Vocabularies.OtherPrefix.Length..]).ToList();
        var lines = new List<string>();
        foreach (var term in Vocabularies.Channel.Terms)
        {
            var isOther = term.Canonical == "其他";
            var selected = chosen.Contains(term.Canonical) || (isOther && others.Count > 0);
            if (selectedOnly && !selected) continue;
            var label = isOther && others.Count > 0 ? "其他：" + string.Join("、", others.Select(Quoted)) : term.Canonical;
            lines.Add(selectedOnly ? label : (selected ? "■" : "□") + label);
        }
        return Pack(lines, width);
    }

    /// <summary>A local carrier whose name holds a separator (青禾发布、县融媒体中心 is one carrier) is written in quotes,
    /// so that the list reads back as the carriers it was.</summary>
    internal static string Quoted(string other) =>
        other.Any(c => c is '、' or '，' or ',' or '；' or ';' || char.IsWhiteSpace(c)) ? "“" + other + "”" : other;

    /// <summary>Greedy packing: as many entries per line as fit in the column, so the 13-box list takes about half the rows.</summary>
    private static string Pack(List<string> entries, double width)
    {
        var usable = width - 1.5;
        var sb = new System.Text.StringBuilder();
        double used = 0;
        foreach (var e in entries)
        {
            var units = RowHeights.Units(e);
            if (used > 0 && used + 2 + units <= usable)
            {
                sb.Append(Separator).Append(e);
                used += 2 + units;
                continue;
            }
            if (used > 0) sb.Append('\n');
            sb.Append(e);
            used = units;
        }
        return sb.ToString();
    }
}
