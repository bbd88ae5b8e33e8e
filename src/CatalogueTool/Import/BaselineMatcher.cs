using CatalogueTool.Baselines;
using CatalogueTool.Emit.Yaml;
using CatalogueTool.Text;

namespace CatalogueTool.Import;

/// <summary>
/// Links imported items to the national standard items they implement when their names say so: same 一级事项 and
/// 二级事项, or the same 二级事项 when only one standard item of the area has it. Each standard item is used once.
/// Then numbers them: a linked item takes its standard item's id (shjz-004), the others the local series from 101
/// (shjz-101, shjz-102 … in row order), so that no local item carries the id of an unrelated standard item.
/// </summary>
public static class BaselineMatcher
{
    public static ImportResult Apply(ImportResult result, Baseline baseline)
    {
        var findings = result.Findings.ToList();
        var areas = new List<ImportedArea>();
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var area in result.Areas)
        {
            if (baseline.ForArea(area.Area.Id) is not { } standard)
            {
                areas.Add(area);
                continue;
            }
            var unused = standard.Items.ToList();
            var items = new List<ItemDraft>();
            // Links the workbook carried (its hidden 对应标准事项 column) come first: they were made by hand. One to no
            // standard item of the area is dropped, and the item is matched by name like any other.
            var given = area.Items.Where(i => i.Baseline is not null).Select(i => i.Baseline!).ToHashSet(StringComparer.Ordinal);
            var kept = given.Where(id => unused.Any(s => s.Id.Value == id)).ToHashSet(StringComparer.Ordinal);
            foreach (var dropped in given.Except(kept).Order(StringComparer.Ordinal))
                findings.Add(new(area.Area.Name, Diagnostics.Severity.Warning, $"对应标准事项“{dropped}”不是本领域的标准事项，已按名称重新对应",
                    $"standard item '{dropped}' is no standard item of this area; matched by name instead"));
            unused.RemoveAll(s => kept.Contains(s.Id.Value));
            foreach (var original in area.Items)
            {
                var item = original.Baseline is { } b && !kept.Contains(b) ? original with { Baseline = null } : original;
                if (item.Baseline is not null)
                {
                    items.Add(item);
                    continue;
                }
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
            // Standard items the cover lists as not implemented come back as waivers: they are accounted for.
            unused.RemoveAll(s => (result.Cover?.Waived ?? []).Any(w => w.AreaId == area.Area.Id && w.Baseline == s.Id.Value));
            findings.Add(new(area.Area.Name, Diagnostics.Severity.Info, unused.Count == 0
                    ? $"{linked} 个事项按名称对应到国家标准指引事项（baseline），全部标准事项都有对应"
                    : $"{linked} 个事项按名称对应到国家标准指引事项（baseline）；{unused.Count} 个标准事项没有对应，请实施或在 waived 中写明理由",
                unused.Count == 0
                    ? $"{English.Count(linked, "item")} linked by name to national standard items (baseline); every standard item has a match"
                    : $"{English.Count(linked, "item")} linked by name to national standard items (baseline); {English.Count(unused.Count, "standard item")} {(unused.Count == 1 ? "has" : "have")} no match: implement them or waive them with a reason"));
            var renumbered = Renumber(area.Area.Prefix, items, result.Areas.SelectMany(a => a.Items).Where(i => i.IdGiven).Select(i => i.Id));
            foreach (var (was, now) in items.Zip(renumbered).Where(p => p.First.Id != p.Second.Id))
                renamed[was.Id] = now.Id;
            areas.Add(area with { Items = renumbered });
        }
        // Findings written while reading name items by their first ids ("shjz-001（政策）缺少…"): they follow the renumbering.
        findings = findings.Select(f => FirstWord(f.Message, '（') is { } id && renamed.TryGetValue(id, out var now)
            ? f with { Message = now + f.Message[id.Length..], English = f.English.StartsWith(id, StringComparison.Ordinal) ? now + f.English[id.Length..] : f.English }
            : f).ToList();
        return result with { Areas = areas, Findings = findings };
    }

    private static string? FirstWord(string text, char end) => text.IndexOf(end) is > 0 and var at ? text[..at] : null;

    /// <summary>Ids read from the workbook stay; linked items take their standard item's id; the others prefix-101,
    /// prefix-102 … in order; no id is given twice.</summary>
    private static List<ItemDraft> Renumber(string prefix, List<ItemDraft> items, IEnumerable<string> given)
    {
        var taken = given.ToHashSet(StringComparer.Ordinal);
        var local = 100;
        string Local()
        {
            string id;
            do id = $"{prefix}-{++local:000}";
            while (!taken.Add(id));
            return id;
        }
        return items.Select(i => i.IdGiven ? i
            : i.Baseline is { } standard && taken.Add(standard) ? i with { Id = standard }
            : i with { Id = Local() }).ToList();
    }
}
