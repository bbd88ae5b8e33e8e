using CatalogueTool.Baselines;
using CatalogueTool.Emit.Yaml;
using CatalogueTool.Text;

namespace CatalogueTool.Import;

/// <summary>
/// Links imported items to the national standard items they implement when their names say so: same 一级事项 and
/// 二级事项, or the same 二级事项 when only one standard item of the area has it. Each standard item is used once.
/// </summary>
public static class BaselineMatcher
{
    public static ImportResult Apply(ImportResult result, Baseline baseline)
    {
        var findings = result.Findings.ToList();
        var areas = new List<ImportedArea>();
        foreach (var area in result.Areas)
        {
            if (baseline.ForArea(area.Area.Id) is not { } standard)
            {
                areas.Add(area);
                continue;
            }
            var unused = standard.Items.ToList();
            var items = new List<ItemDraft>();
            foreach (var item in area.Items)
            {
                var name = Punctuation.Key(item.Name);
                var match = unused.FirstOrDefault(s => Punctuation.Key(s.Name) == name && Punctuation.Key(s.Category) == Punctuation.Key(item.Category))
                            ?? (unused.Count(s => Punctuation.Key(s.Name) == name) == 1 && standard.Items.Count(s => Punctuation.Key(s.Name) == name) == 1
                                ? unused.First(s => Punctuation.Key(s.Name) == name) : null);
                if (match is null)
                {
                    items.Add(item);
                    continue;
                }
                unused.Remove(match);
                items.Add(item with { Baseline = match.Id.Value });
            }
            var linked = items.Count(i => i.Baseline is not null);
            findings.Add(new(area.Area.Name, Diagnostics.Severity.Info,
                $"{linked} 个事项按名称对应到国家标准指引事项（baseline）；{unused.Count} 个标准事项没有对应，请实施或在 waived 中写明理由",
                $"{English.Count(linked, "item")} linked by name to national standard items (baseline); {English.Count(unused.Count, "standard item")} {(unused.Count == 1 ? "has" : "have")} no match: implement them or waive them with a reason"));
            areas.Add(area with { Items = items });
        }
        return result with { Areas = areas, Findings = findings };
    }
}
