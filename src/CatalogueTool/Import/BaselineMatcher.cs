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
            var byId = standard.Items.GroupBy(s => s.Id.Value).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            // Links the workbook carried (its hidden 对应标准事项 column) come first: they were made by hand. One to no
            // standard item of the area is dropped. One the row's own names contradict (the row is named as another
            // standard item of the area) means the hidden cells were parted from their rows, as when the visible columns
            // alone were sorted: the link and the id are not trusted, and the row is matched by its names.
            var drafts = new List<ItemDraft>();
            var distrusted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in area.Items)
            {
                if (item.Baseline is not { } b)
                {
                    drafts.Add(item);
                    continue;
                }
                var at = item.BaselineCell ?? area.Area.Name;
                if (!byId.TryGetValue(b, out var std))
                {
                    findings.Add(new(at, Diagnostics.Severity.Warning, $"对应标准事项“{b}”不是本领域的标准事项，已按名称重新对应",
                        $"standard item '{b}' is no standard item of this area; matched by name instead"));
                    drafts.Add(item with { Baseline = null });
                    continue;
                }
                // Named as another standard item of the area (its 一级, 二级 and 三级事项), or, by 二级事项, as another alone.
                if (Names(item) != Names(std)
                    && (standard.Items.FirstOrDefault(s => s != std && Names(s) == Names(item))
                        ?? (Punctuation.Key(std.Name) != Punctuation.Key(item.Name) ? ByName(standard.Items.Where(s => s != std).ToList(), standard.Items, item) : null)) is { } other)
                {
                    findings.Add(new(at, Diagnostics.Severity.Warning,
                        $"这一行是“{Shown(item)}”，隐藏列却写着标准事项 {b}（{Shown(std)}）和事项编号 {item.Id}：隐藏列可能与这一行分开了（如只选中可见列排序）。已按名称对应到 {other.Id.Value}，隐藏列中的关联职权未导入，请核对",
                        $"this row is '{Shown(item)}' but its hidden columns give standard item {b} ({Shown(std)}) and id {item.Id}: they may have been parted from the row (sorted without them); matched by name to {other.Id.Value} instead and its power links left out, check it"));
                    if (item.IdGiven) distrusted.Add(item.Id);
                    drafts.Add(item with { Baseline = null, IdGiven = false, Powers = [] });
                    continue;
                }
                drafts.Add(item);
            }
            // A copy inserted above its original (Excel's 插入复制的单元格) and renamed took the original's id and standard
            // item, the original below it then numbered anew: the row still named as the standard item gets them back.
            for (var k = 0; k < drafts.Count; k++)
            {
                if (drafts[k] is not { IdGiven: true, Baseline: { } b } copy || !byId.TryGetValue(b, out var std) || Names(copy) == Names(std)) continue;
                var original = drafts.FindIndex(o => o.Baseline is null && !o.IdGiven && Names(o) == Names(std));
                if (original < 0) continue;
                findings.Add(new(copy.BaselineCell ?? area.Area.Name, Diagnostics.Severity.Warning,
                    $"这一行“{Shown(copy)}”与下方的“{Shown(std)}”带着同一事项编号 {copy.Id}，像是复制后改了名：编号和标准事项 {b} 留给与标准事项同名的那一行，这一行按新事项编号，请核对",
                    $"this row '{Shown(copy)}' and the row '{Shown(std)}' below carry one id {copy.Id}, as a copy renamed: the id and standard item {b} stay with the row named as the standard item, and this row is numbered as a new item; check it"));
                drafts[original] = drafts[original] with { Id = copy.Id, IdGiven = true, Baseline = b };
                // The original's row was told its id was taken and numbered anew: it keeps it after all.
                findings.RemoveAll(f => f.Location == drafts[original].IdCell && f.Message.StartsWith($"事项编号“{copy.Id}”已被前面的事项使用", StringComparison.Ordinal));
                drafts[k] = copy with { IdGiven = false, Baseline = null };
            }
            var fromWorkbook = drafts.Count(i => i.Baseline is not null);
            var kept = drafts.Where(i => i.Baseline is not null).Select(i => i.Baseline!).ToHashSet(StringComparer.Ordinal);
            unused.RemoveAll(s => kept.Contains(s.Id.Value));
            var items = new List<ItemDraft>();
            foreach (var item in drafts)
            {
                if (item.Baseline is not null || ByName(unused, standard.Items, item) is not { } match)
                {
                    items.Add(item);
                    continue;
                }
                unused.Remove(match);
                items.Add(item with { Baseline = match.Id.Value });
            }
            var byName = items.Count(i => i.Baseline is not null) - fromWorkbook;
            // Standard items the cover lists as not implemented come back as waivers: they are accounted for.
            unused.RemoveAll(s => (result.Cover?.Waived ?? []).Any(w => w.AreaId == area.Area.Id && w.Baseline == s.Id.Value));
            var how = fromWorkbook > 0 ? $"{fromWorkbook} 个事项沿用工作簿中的对应标准事项，{byName} 个按名称对应到国家标准指引事项（baseline）" : $"{byName} 个事项按名称对应到国家标准指引事项（baseline）";
            var howEn = fromWorkbook > 0 ? $"{English.Count(fromWorkbook, "item")} keep the workbook's standard items, {byName} linked by name to national standard items (baseline)"
                : $"{English.Count(byName, "item")} linked by name to national standard items (baseline)";
            findings.Add(new(area.Area.Name, Diagnostics.Severity.Info, unused.Count == 0
                    ? $"{how}，全部标准事项都有对应"
                    : $"{how}；{unused.Count} 个标准事项没有对应，请实施或在 waived 中写明理由",
                unused.Count == 0
                    ? $"{howEn}; every standard item has a match"
                    : $"{howEn}; {English.Count(unused.Count, "standard item")} {(unused.Count == 1 ? "has" : "have")} no match: implement them or waive them with a reason"));
            var renumbered = Renumber(area.Area.Prefix, items, result.Areas.SelectMany(a => a.Items).Where(i => i.IdGiven).Select(i => i.Id).Where(id => !distrusted.Contains(id)));
            foreach (var (was, now) in items.Zip(renumbered).Where(p => p.First.Id != p.Second.Id))
                renamed[was.Id] = now.Id;
            areas.Add(area with { Items = renumbered });
        }
        // Findings written while reading name items by their first ids ("shjz-001（政策）缺少…"): they follow the renumbering.
        findings = findings.Select(f => f.Renamed(renamed.GetValueOrDefault)).ToList();
        return result with { Areas = areas, Findings = findings };
    }

    /// <summary>The standard item among <paramref name="candidates"/> a row's names make it: the same 一级 and 二级事项, or the
    /// same 二级事项 when only one standard item of the area has it.</summary>
    private static Model.Item? ByName(List<Model.Item> candidates, IReadOnlyList<Model.Item> all, ItemDraft item)
    {
        var name = Punctuation.Key(item.Name);
        return candidates.FirstOrDefault(s => Names(s) == Names(item))
            ?? candidates.FirstOrDefault(s => Punctuation.Key(s.Name) == name && Punctuation.Key(s.Category) == Punctuation.Key(item.Category))
            ?? (candidates.Count(s => Punctuation.Key(s.Name) == name) == 1 && all.Count(s => Punctuation.Key(s.Name) == name) == 1
                ? candidates.First(s => Punctuation.Key(s.Name) == name) : null);
    }

    /// <summary>An item's 一级, 二级 and 三级事项 as one key, punctuation folded.</summary>
    private static string Names(Model.Item s) => ImportedAreas.NamesKey(s.Category, s.Name, s.Sub);

    private static string Names(ItemDraft d) => ImportedAreas.NamesKey(d);

    private static string Shown(Model.Item s) => string.Join(" / ", new[] { s.Category, s.Name, s.Sub }.Where(x => !string.IsNullOrEmpty(x)));

    private static string Shown(ItemDraft d) => string.Join(" / ", new[] { d.Category, d.Name, d.Sub }.Where(x => !string.IsNullOrEmpty(x)));

    /// <summary>Ids read from the workbook stay; linked items take their standard item's id; the others prefix-101,
    /// prefix-102 … in order; no id is given twice.</summary>
    private static List<ItemDraft> Renumber(string prefix, List<ItemDraft> items, IEnumerable<string> given)
    {
        var taken = given.ToHashSet(StringComparer.Ordinal);
        var local = 100;
        string Local() => ImportedAreas.Free(prefix, ref local, id => !taken.Add(id));
        return items.Select(i => i.IdGiven ? i
            : i.Baseline is { } standard && taken.Add(standard) ? i with { Id = standard }
            : i with { Id = Local() }).ToList();
    }
}
