using CatalogueTool.Diagnostics;
using CatalogueTool.Model;
using CatalogueTool.Text;

namespace CatalogueTool.Diff;

public enum ChangeKind { Added, Removed, Changed }

/// <summary>One line of the diff: what changed (area, item, waiver, power), how, and field by field for changes.</summary>
public sealed record Change(string Section, ChangeKind Kind, string Key, string Label, IReadOnlyList<FieldChange> Fields)
{
    public static Change Of(string section, ChangeKind kind, string key, string label) => new(section, kind, key, label, []);
}

/// <summary>One changed element: a language-independent id (for scripts), its name in the report's language, both values.</summary>
public sealed record FieldChange(string Id, string Field, string Old, string New)
{
    private static readonly Dictionary<string, (string Zh, string En)> Names = new(StringComparer.Ordinal)
    {
        ["area"] = ("领域", "area"), ["category"] = ("一级事项", "category"), ["name"] = ("二级事项", "item"), ["sub"] = ("三级事项", "sub-item"),
        ["content"] = ("公开内容", "content"), ["basis"] = ("公开依据", "basis"), ["time_limit"] = ("公开时限", "time limit"),
        ["subject"] = ("公开主体", "subject"), ["channels"] = ("公开渠道和载体", "channels"), ["audience"] = ("公开对象", "audience"),
        ["mode"] = ("公开方式", "mode"), ["levels"] = ("公开层级", "levels"), ["powers"] = ("关联职权", "powers"),
        ["baseline"] = ("标准事项", "baseline item"), ["note"] = ("备注", "note"), ["item_id"] = ("事项编号", "item id"), ["order"] = ("顺序", "order"),
        ["scope"] = ("范围", "scope"), ["reason"] = ("理由", "reason"), ["power_type"] = ("权力类型", "type"), ["power_name"] = ("事项名称", "name"),
        ["power_subject"] = ("实施主体", "subject"), ["power_basis"] = ("实施依据", "basis"),
        ["jurisdiction_name"] = ("行政区名称", "jurisdiction"), ["jurisdiction_code"] = ("行政区划代码", "division code"),
        ["jurisdiction_level"] = ("层级", "level"), ["jurisdiction_parent"] = ("上级行政区", "parent"), ["publisher"] = ("发布机关", "publisher"),
        ["portal_title"] = ("网站名称", "portal title"), ["base_url"] = ("栏目发布地址", "column address"),
        ["portal_site_code"] = ("网站标识码", "site code"), ["portal_icp"] = ("ICP备案号", "ICP number"), ["portal_psb"] = ("公安备案号", "public security filing"),
        ["stale_after_days"] = ("记录过期天数", "records stale after days"), ["baseline_source"] = ("标准目录", "baseline"),
        ["aliases"] = ("简称", "aliases"), ["area_name"] = ("领域名称", "area name"),
    };

    /// <summary>A change of the element <paramref name="id"/>, named in Chinese or English.</summary>
    public static FieldChange Of(string id, bool zh, string old, string @new) => new(id, zh ? Names[id].Zh : Names[id].En, old, @new);
}

public sealed record EditionDiffResult(string OldName, string NewName, IReadOnlyList<Change> Changes)
{
    /// <summary>The language of the labels and field names, and of the reports written from them.</summary>
    public Language Language { get; init; } = Language.Chinese;

    /// <summary>Said when the editions are of two different jurisdictions (a wrong folder picked): the changes then mostly
    /// come from that, and every output says so at its top; null for two editions of one jurisdiction.</summary>
    public string? JurisdictionNote { get; init; }

    public bool IsEmpty => Changes.Count == 0;
    public IEnumerable<Change> In(string section) => Changes.Where(c => c.Section == section);
}

/// <summary>Compares two editions of a repository: areas in scope, items matched by id field by field, waivers and power lists.</summary>
public static class EditionDiff
{
    public const string Manifest = "manifest", Areas = "areas", Items = "items", Waivers = "waivers", Powers = "powers";

    public static EditionDiffResult Compare(Catalogue old, Catalogue @new, Language language = Language.Chinese)
    {
        var zh = language == Language.Chinese;
        var changes = new List<Change>();
        var names = old.Areas.Concat(@new.Areas).GroupBy(a => a.Area.Id).ToDictionary(g => g.Key, g => g.First().Area.Label, StringComparer.Ordinal);
        string AreaName(string id) => (names.GetValueOrDefault(id) ?? PilotAreas.FindById(id)?.Label)?.In(language) ?? id;
        CompareManifest(old.Manifest, @new.Manifest, changes, zh,
            old.Areas.Select(a => a.Area.Id).ToHashSet(StringComparer.Ordinal), @new.Areas.Select(a => a.Area.Id).ToHashSet(StringComparer.Ordinal));
        CompareAreas(old, @new, changes, AreaName, zh);
        CompareItems(old, @new, changes, AreaName, zh);
        CompareWaivers(old, @new, changes, zh);
        ComparePowers(old, @new, changes, zh);
        return new EditionDiffResult(Title(old, zh), Title(@new, zh), changes) { Language = language, JurisdictionNote = JurisdictionNote(old.Manifest.Jurisdiction, @new.Manifest.Jurisdiction, zh) };
    }

    /// <summary>
    /// Whether two editions are of different jurisdictions, as a note, else null. Codes decide when both give one (a
    /// corrected name keeps its code), names otherwise; townships carry their county's code, so two townships are told
    /// apart by their names and counties.
    /// </summary>
    public static string? JurisdictionNote(Jurisdiction was, Jurisdiction now, bool zh)
    {
        var bothCoded = !string.IsNullOrWhiteSpace(was.Code) && !string.IsNullOrWhiteSpace(now.Code);
        var townships = was.Level == "township" && now.Level == "township";
        var namesDiffer = Punctuation.Key(was.Name) != Punctuation.Key(now.Name) || townships && Punctuation.Key(was.Parent ?? "") != Punctuation.Key(now.Parent ?? "");
        var differ = bothCoded ? Punctuation.Key(was.Code!) != Punctuation.Key(now.Code!) || townships && namesDiffer : namesDiffer && was.Level == now.Level;
        if (!differ) return null;
        return zh
            ? $"注意：两个版本不是同一个行政区（{was.Name} {was.Code} 与 {now.Name} {now.Code}），以下差异多半来自不同的行政区而不是改版。"
            : $"note: the editions are of different jurisdictions ({was.Name} {was.Code} and {now.Name} {now.Code}); the changes below mostly come from that.";
    }

    private static string Title(Catalogue c, bool zh) =>
        zh ? $"{c.Manifest.Jurisdiction.Name}（{c.Manifest.Edition}）" : $"{c.Manifest.Jurisdiction.Name} (edition {c.Manifest.Edition})";

    /// <summary>
    /// The manifest's settings (who publishes, where, the baseline, when records go stale), its local areas, departments
    /// and undisclosed powers: an edition that drops an undisclosed power or changes its address is a change to review.
    /// The edition itself is in the diff's title.
    /// </summary>
    private static void CompareManifest(Manifest old, Manifest @new, List<Change> changes, bool zh, ISet<string> filed, ISet<string> filedNow)
    {
        (string Id, string Value)[] Settings(Manifest m) =>
        [
            ("jurisdiction_name", m.Jurisdiction.Name), ("jurisdiction_code", m.Jurisdiction.Code ?? ""), ("jurisdiction_level", m.Jurisdiction.Level),
            ("jurisdiction_parent", m.Jurisdiction.Parent ?? ""), ("publisher", m.Publisher), ("portal_title", m.Portal?.Title ?? ""),
            ("base_url", m.Portal?.BaseUrl ?? ""), ("portal_site_code", m.Portal?.Footer?.SiteCode ?? ""), ("portal_icp", m.Portal?.Footer?.Icp ?? ""),
            ("portal_psb", m.Portal?.Footer?.Psb ?? ""), ("stale_after_days", m.StaleAfterDays.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("baseline_source", m.Baseline.Value),
        ];
        var settings = Settings(old).Zip(Settings(@new), (a, b) => (a.Id, Old: a.Value, New: b.Value)).Where(f => f.Old != f.New)
            .Select(f => FieldChange.Of(f.Id, zh, f.Old, f.New)).ToList();
        if (settings.Count > 0) changes.Add(new Change(Manifest, ChangeKind.Changed, "catalogue.yaml", zh ? "目录设置" : "settings", settings));

        // A local area added or removed with its file is told once, with the areas; its manifest entry only when its name changed.
        Keyed(old.ExtraAreas.Where(e => filedNow.Contains(e.Id.Value) || !filed.Contains(e.Id.Value)).ToDictionary(e => e.Id.Value, e => e.Name),
            @new.ExtraAreas.Where(e => filed.Contains(e.Id.Value) || !filedNow.Contains(e.Id.Value)).ToDictionary(e => e.Id.Value, e => e.Name), "area_name",
            (id, name) => zh ? $"本地增设领域 {name}" : $"local area {name}", named: true); // the name is in the label already
        Keyed(old.Departments.GroupBy(d => d.Name).ToDictionary(g => g.Key, g => string.Join("、", g.First().Aliases)),
            @new.Departments.GroupBy(d => d.Name).ToDictionary(g => g.Key, g => string.Join("、", g.First().Aliases)), "aliases",
            (_, _) => zh ? "部门" : "department", sameSet: true); // aliases are matched, never shown: their order is no change
        Keyed(old.UndisclosedPowers.GroupBy(u => u.Code.Value).ToDictionary(g => g.Key, g => g.First().Reason),
            @new.UndisclosedPowers.GroupBy(u => u.Code.Value).ToDictionary(g => g.Key, g => g.First().Reason), "reason",
            (_, _) => zh ? "不公开的职权" : "undisclosed power");

        // Entries matched by key: added, removed, or their one value changed.
        void Keyed(Dictionary<string, string> before, Dictionary<string, string> after, string field, Func<string, string, string> label, bool sameSet = false, bool named = false)
        {
            static string Members(string joined) => string.Join("、", joined.Split('、').Order(StringComparer.Ordinal));
            bool Differ(string a, string b) => sameSet ? Members(a) != Members(b) : a != b;
            foreach (var (key, value) in after.Where(e => !before.ContainsKey(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal))
                changes.Add(new Change(Manifest, ChangeKind.Added, key, label(key, value), value.Length == 0 || named ? [] : [FieldChange.Of(field, zh, "", value)]));
            foreach (var (key, value) in before.Where(e => !after.ContainsKey(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal))
                changes.Add(new Change(Manifest, ChangeKind.Removed, key, label(key, value), value.Length == 0 || named ? [] : [FieldChange.Of(field, zh, value, "")]));
            foreach (var (key, value) in after.Where(e => before.TryGetValue(e.Key, out var v) && Differ(v, e.Value)).OrderBy(e => e.Key, StringComparer.Ordinal))
                changes.Add(new Change(Manifest, ChangeKind.Changed, key, label(key, value), [FieldChange.Of(field, zh, before[key], value)]));
        }
    }

    private static void CompareAreas(Catalogue old, Catalogue @new, List<Change> changes, Func<string, string> AreaName, bool zh)
    {
        string NotApplicable(string reason) => (zh ? "不涉及：" : "not applicable: ") + reason;
        var before = old.Areas.ToDictionary(a => a.Area.Id);
        var after = @new.Areas.ToDictionary(a => a.Area.Id);
        var naBefore = old.Manifest.NotApplicable.GroupBy(old.Manifest.AreaIdOf).ToDictionary(g => g.Key, g => g.First().Reason);
        var naAfter = @new.Manifest.NotApplicable.GroupBy(@new.Manifest.AreaIdOf).ToDictionary(g => g.Key, g => g.First().Reason);
        string Compiled(int items) => zh ? $"在目录中（{items} 个事项）" : $"in the catalogue ({English.Count(items, "item")})";
        foreach (var a in @new.Areas.Where(a => !before.ContainsKey(a.Area.Id)))
            changes.Add(naBefore.TryGetValue(a.Area.Id, out var was)
                ? new Change(Areas, ChangeKind.Changed, a.Area.Id, zh ? $"领域 {a.Area.Name} 改为编制（原说明本级不涉及）" : $"area {a.Area.Label.En} now compiled (was not applicable)",
                    [FieldChange.Of("scope", zh, NotApplicable(was), Compiled(a.Items.Count))])
                : Change.Of(Areas, ChangeKind.Added, a.Area.Id, zh ? $"新增领域 {a.Area.Name}（{a.Items.Count} 个事项）" : $"new area {a.Area.Label.En} ({English.Count(a.Items.Count, "item")})"));
        foreach (var a in old.Areas.Where(a => !after.ContainsKey(a.Area.Id)))
            changes.Add(naAfter.TryGetValue(a.Area.Id, out var reason)
                ? new Change(Areas, ChangeKind.Changed, a.Area.Id, zh ? $"领域 {a.Area.Name} 改为本级不涉及" : $"area {a.Area.Label.En} now not applicable",
                    [FieldChange.Of("scope", zh, zh ? "在目录中" : "in the catalogue", NotApplicable(reason))])
                : Change.Of(Areas, ChangeKind.Removed, a.Area.Id, zh ? $"删除领域 {a.Area.Name}" : $"area {a.Area.Label.En} removed"));
        foreach (var (id, reason) in naAfter.Where(n => !naBefore.ContainsKey(n.Key) && !before.ContainsKey(n.Key)))
            changes.Add(new Change(Areas, ChangeKind.Changed, id, zh ? $"领域 {AreaName(id)} 说明本级不涉及" : $"area {AreaName(id)} declared not applicable",
                [FieldChange.Of("scope", zh, "", NotApplicable(reason))]));
        foreach (var (id, reason) in naBefore.Where(n => naAfter.TryGetValue(n.Key, out var r) && r != n.Value))
            changes.Add(new Change(Areas, ChangeKind.Changed, id, zh ? $"领域 {AreaName(id)} 不涉及的理由" : $"why area {AreaName(id)} is not applicable",
                [FieldChange.Of("reason", zh, reason, naAfter[id])]));
    }

    private static void CompareItems(Catalogue old, Catalogue @new, List<Change> changes, Func<string, string> AreaName, bool zh)
    {
        var before = old.Areas.SelectMany(a => a.Items).GroupBy(i => i.Id.Value).ToDictionary(g => g.Key, g => g.First());
        var after = @new.Areas.SelectMany(a => a.Items).GroupBy(i => i.Id.Value).ToDictionary(g => g.Key, g => g.First());
        string Label(Item i) => $"{AreaName(i.AreaId)} · {i.Category} · {i.Name}";
        string Text(Item i) => string.Join("\u0001", Fields(i, AreaName).Select(f => f.Key));

        // An item whose id changed but whose every element is the same is one renumbered item, not one removed and one added.
        var removed = old.Areas.SelectMany(a => a.Items).Where(i => !after.ContainsKey(i.Id.Value)).ToList();
        var removedByText = removed.GroupBy(Text).ToDictionary(g => g.Key, g => new Queue<Item>(g), StringComparer.Ordinal);
        var renamedFrom = new Dictionary<string, Item>(StringComparer.Ordinal);
        foreach (var item in @new.Areas.SelectMany(a => a.Items).Where(i => !before.ContainsKey(i.Id.Value)))
        {
            if (!removedByText.TryGetValue(Text(item), out var same) || !same.TryDequeue(out var was)) continue;
            renamedFrom[item.Id.Value] = was;
        }
        var renamedIds = renamedFrom.Values.Select(i => i.Id.Value).ToHashSet(StringComparer.Ordinal);
        removed.RemoveAll(i => renamedIds.Contains(i.Id.Value));
        var moved = MovedWithinAreas(old, @new);

        foreach (var item in @new.Areas.SelectMany(a => a.Items))
        {
            if (renamedFrom.TryGetValue(item.Id.Value, out var renamed))
            {
                changes.Add(new Change(Items, ChangeKind.Changed, item.Id.Value, Label(item), [FieldChange.Of("item_id", zh, renamed.Id.Value, item.Id.Value)]));
                continue;
            }
            if (!before.TryGetValue(item.Id.Value, out var was))
            {
                changes.Add(Change.Of(Items, ChangeKind.Added, item.Id.Value, Label(item)));
                continue;
            }
            var fields = Fields(was, AreaName).Zip(Fields(item, AreaName), (a, b) => (a.Id, Old: a.Value, New: b.Value, Same: a.Key == b.Key))
                .Where(f => !f.Same).Select(f => FieldChange.Of(f.Id, zh, f.Old, f.New)).ToList();
            string Place(int n) => zh ? $"第 {n} 项" : $"no. {n}";
            if (moved.TryGetValue(item.Id.Value, out var move))
            {
                var where = move.Old != move.New ? "" : move.Before is { } b ? zh ? $"，移到 {b} 之前" : $", now before {b}" : move.After is { } a ? zh ? $"，移到 {a} 之后" : $", now after {a}" : "";
                fields.Add(FieldChange.Of("order", zh, Place(move.Old), Place(move.New) + where));
            }
            if (fields.Count > 0) changes.Add(new Change(Items, ChangeKind.Changed, item.Id.Value, Label(item), fields));
        }
        foreach (var item in removed)
            changes.Add(Change.Of(Items, ChangeKind.Removed, item.Id.Value, Label(item)));
    }

    /// <summary>
    /// Items kept in the same area but put in another order (the order is the catalogue's, format §3): those outside the
    /// longest run of items that kept their relative order, with their place in each edition (1-based within the area).
    /// </summary>
    private static Dictionary<string, Move> MovedWithinAreas(Catalogue old, Catalogue @new)
    {
        var moved = new Dictionary<string, Move>(StringComparer.Ordinal);
        foreach (var area in @new.Areas)
        {
            if (old.Areas.FirstOrDefault(a => a.Area.Id == area.Area.Id) is not { } was) continue;
            var oldPlace = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < was.Items.Count; i++) oldPlace.TryAdd(was.Items[i].Id.Value, i);
            var newPlace = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < area.Items.Count; i++) newPlace.TryAdd(area.Items[i].Id.Value, i);
            // The items of both editions in the new order, as their ranks among those items in the old: those on a longest
            // increasing run kept their order; the others moved. Of several such runs, one keeping the items whose rank did
            // not change (of three reversed, the middle one stayed and the two others went round it).
            var common = area.Items.Select(i => i.Id.Value).Where(oldPlace.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
            var oldRank = common.OrderBy(id => oldPlace[id]).Select((id, rank) => (id, rank)).ToDictionary(x => x.id, x => x.rank, StringComparer.Ordinal);
            var kept = LongestIncreasingRun(common.Select(id => oldRank[id]).ToList(), common.Select((id, k) => oldRank[id] == k).ToList());
            for (var k = 0; k < common.Count; k++)
            {
                if (kept.Contains(k)) continue;
                // Items added or removed around it can leave a moved item at the same number: its new neighbour says where it went.
                var before = k + 1 < common.Count ? common[k + 1] : null;
                var after = before is null && k > 0 ? common[k - 1] : null;
                moved[common[k]] = new Move(oldPlace[common[k]] + 1, newPlace[common[k]] + 1, before, after);
            }
        }
        return moved;
    }

    /// <summary>An item's place in each edition (1-based in its area), and the item it now comes before (or, last, after).</summary>
    private sealed record Move(int Old, int New, string? Before, string? After);

    /// <summary>
    /// Indexes of one longest strictly increasing subsequence, among those of that length one with the most preferred
    /// members (n², for the areas a catalogue has); beyond <see cref="WeighedRunLimit"/> values any longest one (n log n).
    /// </summary>
    private static HashSet<int> LongestIncreasingRun(List<int> values, List<bool> preferred)
    {
        if (values.Count > WeighedRunLimit) return LongestIncreasingRun(values);
        var length = new int[values.Count];
        var weight = new int[values.Count];
        var previous = new int[values.Count];
        var best = -1;
        for (var i = 0; i < values.Count; i++)
        {
            (length[i], weight[i], previous[i]) = (1, preferred[i] ? 1 : 0, -1);
            for (var j = 0; j < i; j++)
            {
                if (values[j] >= values[i]) continue;
                var (l, w) = (length[j] + 1, weight[j] + (preferred[i] ? 1 : 0));
                if (l > length[i] || l == length[i] && w > weight[i]) (length[i], weight[i], previous[i]) = (l, w, j);
            }
            if (best < 0 || length[i] > length[best] || length[i] == length[best] && weight[i] > weight[best]) best = i;
        }
        var run = new HashSet<int>();
        for (var i = best; i >= 0; i = previous[i]) run.Add(i);
        return run;
    }

    private const int WeighedRunLimit = 3000;

    /// <summary>Indexes of one longest strictly increasing subsequence (patience sorting, n log n).</summary>
    private static HashSet<int> LongestIncreasingRun(List<int> values)
    {
        var tails = new List<int>(); // index into values of the smallest tail of a run of each length
        var previous = new int[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (values[tails[mid]] < values[i]) lo = mid + 1; else hi = mid;
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count) tails.Add(i); else tails[lo] = i;
        }
        var run = new HashSet<int>();
        for (var i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i]) run.Add(i);
        return run;
    }

    /// <summary>
    /// Every element of an item in the template's order, as the text a reviewer reads, with the key it is compared by:
    /// the text with punctuation folded, or for the sets of the template (channels, audience, mode, levels, powers) the sorted members, so
    /// that the same channels in another order (as the workbook's ticked columns give them back) are no change.
    /// </summary>
    private static IEnumerable<(string Id, string Value, string Key)> Fields(Item i, Func<string, string> AreaName)
    {
        // Full-width and half-width punctuation, and spaces, are the same text (format §3): a workbook's re-import that
        // writes ， for , changes nothing.
        static (string, string, string) One(string id, string value) => (id, value, Text.Punctuation.Key(value));
        static (string, string, string) Set(string id, IEnumerable<string> members)
        {
            var list = members.ToList();
            return (id, string.Join("、", list), string.Join("\u0001", list.Order(StringComparer.Ordinal)));
        }
        yield return One("area", AreaName(i.AreaId));
        yield return One("category", i.Category);
        yield return One("name", i.Name);
        yield return One("sub", i.Sub ?? "");
        yield return One("content", i.Content);
        yield return One("basis", string.Join("；", i.Basis.Select(b => b.Value)));
        yield return One("time_limit", i.TimeLimit.Value.Text);
        yield return One("subject", i.Subject.Value);
        yield return Set("channels", i.Channels.Select(c => c.Value));
        yield return Set("audience", i.Audience);
        yield return Set("mode", i.Mode);
        yield return Set("levels", i.Levels);
        yield return Set("powers", i.Powers.Select(p => p.Display));
        yield return One("baseline", i.Baseline?.Value ?? "");
        yield return One("note", i.Note ?? "");
    }

    private static void CompareWaivers(Catalogue old, Catalogue @new, List<Change> changes, bool zh)
    {
        static Dictionary<string, string> Of(Catalogue c) => c.Areas.SelectMany(a => a.Waived).GroupBy(w => w.Baseline.Value).ToDictionary(g => g.Key, g => g.First().Reason);
        var before = Of(old);
        var after = Of(@new);
        // The waivers of an area that left the catalogue (removed, or now not applicable) went with it: the area's own
        // change says so, and "no longer waived" would read as if the standard item were now to be implemented.
        var kept = @new.Areas.Select(a => a.Area.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in old.Areas.Where(a => !kept.Contains(a.Area.Id)).SelectMany(a => a.Waived))
            before.Remove(gone.Baseline.Value);
        foreach (var (id, reason) in after.Where(w => !before.ContainsKey(w.Key)))
            changes.Add(new Change(Waivers, ChangeKind.Added, id, zh ? $"标准事项 {id} 说明不适用" : $"baseline item {id} waived", [FieldChange.Of("reason", zh, "", reason)]));
        foreach (var (id, reason) in before.Where(w => !after.ContainsKey(w.Key)))
            changes.Add(new Change(Waivers, ChangeKind.Removed, id, zh ? $"标准事项 {id} 不再说明不适用" : $"baseline item {id} no longer waived", [FieldChange.Of("reason", zh, reason, "")]));
        foreach (var (id, reason) in after.Where(w => before.TryGetValue(w.Key, out var r) && r != w.Value))
            changes.Add(new Change(Waivers, ChangeKind.Changed, id, zh ? $"标准事项 {id} 不适用的理由" : $"why baseline item {id} is waived", [FieldChange.Of("reason", zh, before[id], reason)]));
    }

    private static void ComparePowers(Catalogue old, Catalogue @new, List<Change> changes, bool zh)
    {
        string Label(Power p) => zh ? $"{p.Name}（{p.Type}，{p.Subject}）" : $"{p.Name} ({p.Type}, {p.Subject})";
        static Dictionary<string, Power> Of(Catalogue c) => c.Powers.GroupBy(p => p.Code).ToDictionary(g => g.Key, g => g.First());
        var before = Of(old);
        var after = Of(@new);
        foreach (var p in @new.Powers.Where(p => !before.ContainsKey(p.Code)).DistinctBy(p => p.Code))
            changes.Add(Change.Of(Powers, ChangeKind.Added, p.Code, Label(p)));
        foreach (var p in old.Powers.Where(p => !after.ContainsKey(p.Code)).DistinctBy(p => p.Code))
            changes.Add(Change.Of(Powers, ChangeKind.Removed, p.Code, Label(p)));
        foreach (var p in @new.Powers.DistinctBy(p => p.Code))
        {
            if (!before.TryGetValue(p.Code, out var was)) continue;
            var fields = new List<FieldChange>();
            if (was.Type != p.Type) fields.Add(FieldChange.Of("power_type", zh, was.Type, p.Type));
            if (was.Name != p.Name) fields.Add(FieldChange.Of("power_name", zh, was.Name, p.Name));
            if (was.Subject != p.Subject) fields.Add(FieldChange.Of("power_subject", zh, was.Subject, p.Subject));
            if ((was.Basis ?? "") != (p.Basis ?? "")) fields.Add(FieldChange.Of("power_basis", zh, was.Basis ?? "", p.Basis ?? ""));
            if (fields.Count > 0) changes.Add(new Change(Powers, ChangeKind.Changed, p.Code, p.Name, fields));
        }
    }
}
