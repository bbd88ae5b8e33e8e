using CatalogueTool.Model;

namespace CatalogueTool.Emit.Excel;

/// <summary>The carriers cell: the full 13-box checklist with ■ and □, or only the selected ones.</summary>
public static class ChannelChecklist
{
    public static string Render(Item item, bool selectedOnly)
    {
        var chosen = item.Channels.Select(c => c.Value).ToList();
        var others = chosen.Where(c => c.StartsWith(Vocabularies.OtherPrefix, StringComparison.Ordinal)).Select(c => c[Vocabularies.OtherPrefix.Length..]).ToList();
        var lines = new List<string>();
        foreach (var term in Vocabularies.Channel.Terms)
        {
            var isOther = term.Canonical == "其他";
            var selected = chosen.Contains(term.Canonical) || (isOther && others.Count > 0);
            if (selectedOnly && !selected) continue;
            var label = isOther && others.Count > 0 ? "其他：" + string.Join("、", others) : term.Canonical;
            lines.Add(selectedOnly ? label : (selected ? "■" : "□") + label);
        }
        return string.Join("\n", lines);
    }
}
