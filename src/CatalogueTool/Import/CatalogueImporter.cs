using CatalogueTool.Diagnostics;
using CatalogueTool.Emit.Yaml;
using CatalogueTool.Loading.Tables;
using CatalogueTool.Model;

namespace CatalogueTool.Import;

/// <summary>One line of the import report: where (sheet!cell), how serious, what happened (in Chinese, and in English).</summary>
public sealed record ImportFinding(string Location, Severity Severity, string Message, string English)
{
    public string Text(Language language) => language == Language.Chinese ? Message : English;

    /// <summary>The finding, when it opens with an item's id (<c>shjz-001（政策）缺少…</c>), naming the item by the id it has
    /// now; else the finding as it is.</summary>
    public ImportFinding Renamed(Func<string, string?> now) =>
        Message.IndexOf('（') is > 0 and var at && now(Message[..at]) is { } id
            ? this with { Message = id + Message[at..], English = English.StartsWith(Message[..at], StringComparison.Ordinal) ? id + English[at..] : English }
            : this;
}

public sealed record ImportedArea(PilotArea Area, IReadOnlyList<ItemDraft> Items, IReadOnlyList<string> Sheets);

public sealed record ImportResult(string File, string? Jurisdiction, IReadOnlyList<ImportedArea> Areas, IReadOnlyList<ImportFinding> Findings, bool Unreadable)
{
    public int Items => Areas.Sum(a => a.Items.Count);

    /// <summary>What a cover sheet says (the tool's own workbooks have one): division code, edition, publisher.</summary>
    public CoverFacts? Cover { get; init; }

    /// <summary>The division code: the cover's, else one a title gives in brackets (白河县（510924）…).</summary>
    public string? Code { get; init; }

    /// <summary>The edition: the cover's, else one a title names (…（2024年版）).</summary>
    public string? Edition { get; init; }
}

/// <summary>The facts of a catalogue workbook's cover sheet (封面: 行政区 青禾县（510923）, 版次, 发布机关).</summary>
public sealed record CoverFacts(string? Name, string? Code, string? Edition, string? Publisher)
{
    /// <summary>The areas the cover lists as not applicable (领域 | 不适用 | 理由), with their reasons.</summary>
    public IReadOnlyList<(string AreaId, string Reason)> NotApplicable { get; init; } = [];

    /// <summary>The standard items the cover lists as not implemented (领域 | 不实施 shjz-013 | 理由), with their reasons.</summary>
    public IReadOnlyList<(string AreaId, string Baseline, string Reason)> Waived { get; init; } = [];

    /// <summary>The local areas the cover names (本地增设领域 旅游=tourism、…), usable as --extra-area.</summary>
    public IReadOnlyList<PilotArea> Extras { get; init; } = [];
}

/// <summary>
/// An existing Excel catalogue (the national template in any of the forms counties made of it) → area item drafts,
/// with an honest report: layout found by header words, areas from sheet names, title rows or section headings,
/// merged and 同上 cells resolved, carriers and marks read, text cleaned, stable ids from area and row order.
/// Each sheet is read by a <see cref="SheetImport"/>; the areas collect across sheets.
/// </summary>
public static class CatalogueImporter
{
    /// <param name="extras">Local areas beyond the 26 (名称=编号 on the command line): sheets and headings naming them import too.</param>
    /// <param name="previous">The names (一级/二级/三级事项) of the items of the repository imported into, by id: of two rows
    /// carrying one id, the one still named as before keeps it.</param>
    public static ImportResult Import(string path, string? areaOption, IReadOnlyList<PilotArea>? extras = null, IReadOnlyDictionary<string, string>? previous = null)
    {
        var declared = new List<PilotArea>(extras ?? []); // --extra-area, and the local areas a cover sheet names
        var display = Path.GetFileName(path);
        var bag = new DiagnosticBag();
        var sheets = WorkbookSource.Read(path, display, bag);
        if (sheets is null)
            return new ImportResult(display, null, [], bag.ToSortedList().Select(d => new ImportFinding(display, Severity.Error, d.Format(Language.Chinese), d.Format(Language.English))).ToList(), true);
        var fallback = areaOption is null ? null
            : PilotAreas.FindById(areaOption) ?? PilotAreas.Find(areaOption, out _) ?? declared.FirstOrDefault(e => e.Id == areaOption || e.Name == areaOption);
        var findings = new List<ImportFinding>();
        var areas = new ImportedAreas(previous);
        string? jurisdiction = null;
        string? titleCode = null;
        string? titleEdition = null;
        CoverFacts? cover = null;
        foreach (var sheet in sheets)
        {
            if (cover is null && ReadCover(sheet) is { } facts)
            {
                cover = facts;
                declared.AddRange(facts.Extras.Where(e => !declared.Any(d => d.Id == e.Id || d.Name == e.Name)));
                findings.Add(new(sheet.Name, Severity.Info, "封面：已读取行政区、版次、发布机关和不适用领域（新建 catalogue.yaml 时写入；已有的 catalogue.yaml 不改动）",
                    "cover sheet: jurisdiction, edition, publisher and areas not applicable read (written into a new catalogue.yaml; an existing one is left as it is)"));
                continue;
            }
            if (sheet.Hidden)
            {
                findings.Add(new(sheet.Name, Severity.Info, $"工作表“{sheet.Name}”是隐藏的，未导入（要导入请先在 Excel 中取消隐藏）",
                    $"sheet '{sheet.Name}' is hidden and was not imported (unhide it in Excel to import it)"));
                continue;
            }
            if (sheet.Truncated)
            {
                findings.Add(new(sheet.Name, Severity.Error, $"工作表“{sheet.Name}”超过 {WorkbookSource.MaxRows} 行，只能读取前 {WorkbookSource.MaxRows} 行，其余事项会丢失，未导入。请把表格按领域拆成几个文件分别导入",
                    $"sheet '{sheet.Name}' has more than {WorkbookSource.MaxRows} rows; only the first {WorkbookSource.MaxRows} could be read and the rest would be lost, so nothing was imported. Split the workbook by area and import the parts"));
                continue;
            }
            var import = new SheetImport(sheet, fallback, declared, areas, findings);
            var named = import.Run();
            jurisdiction ??= named; // the first sheet whose title names it
            titleCode ??= import.TitleCode;
            titleEdition ??= import.TitleEdition;
        }
        // The cover names the jurisdiction exactly; a title is read by guesswork.
        if (cover?.Name is { } exact && jurisdiction is { } guessed && exact != guessed)
            findings.Add(new(display, Severity.Info, $"封面写的行政区是“{exact}”，标题看起来是“{guessed}”；按封面导入", $"the cover names '{exact}', the title reads as '{guessed}'; the cover's name is used"));
        return new ImportResult(display, cover?.Name ?? jurisdiction, areas.Ordered(), findings, false) { Cover = cover, Code = cover?.Code ?? titleCode, Edition = cover?.Edition ?? titleEdition };
    }

    /// <summary>
    /// A cover sheet: label cells in the first column (行政区, 版次, 发布机关) with their values beside them, as the tool
    /// writes it. Null for any other sheet.
    /// </summary>
    private static CoverFacts? ReadCover(SheetData sheet)
    {
        string? Value(string label)
        {
            for (var r = 1; r <= Math.Min(12, sheet.Rows.Count); r++)
                if (CellText.Clean(sheet.Cell(r, 1)) == label && CellText.Clean(sheet.Cell(r, 2)) is { Length: > 0 } v) return v;
            return null;
        }
        var place = Value("行政区");
        var edition = Value("版次");
        var publisher = Value("发布机关");
        // A code on a row of its own (行政区划代码 | 510924, often stored as a number).
        var codeRow = Value("行政区划代码") is { } written && Text.Punctuation.HalfWidth(written).Trim() is var digits && Binding.ManifestBinder.IsDivisionCode(digits) ? digits : null;
        if (place is null && codeRow is null || edition is null && publisher is null) return null;
        var m = System.Text.RegularExpressions.Regex.Match(place ?? "", @"^(?<name>.+?)\s*[（(](?<code>[0-9]{6})[）)]$");
        var code = m.Success ? m.Groups["code"].Value : codeRow;
        // Without a 行政区 row, the cover's title names the jurisdiction (松溪县基层政务公开标准目录).
        place ??= SheetImport.JurisdictionIn(CellText.Clean(sheet.Cell(1, 1)));
        // The areas listed as 不适用 with their reasons, as the tool's cover lists them.
        var notApplicable = new List<(string, string)>();
        var waived = new List<(string, string, string)>();
        for (var r = 1; r <= sheet.Rows.Count; r++)
        {
            if (PilotAreas.Find(CellText.Clean(sheet.Cell(r, 1)), out _) is not { } area || CellText.Clean(sheet.Cell(r, 3)) is not { Length: > 0 } reason) continue;
            var what = CellText.Clean(sheet.Cell(r, 2));
            if (what is "不适用" or "不涉及" && notApplicable.All(n => n.Item1 != area.Id)) notApplicable.Add((area.Id, reason));
            else if (what.StartsWith("不实施", StringComparison.Ordinal) && what[3..].Trim() is var id && Binding.ItemIdRules.IsValid(id))
                waived.Add((area.Id, id, reason));
        }
        // 本地增设领域: 旅游=tourism、民政事务=civil-affairs, as --extra-area takes them (ids checked the same way).
        var extras = (Value("本地增设领域") ?? "").Split(['、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2, StringSplitOptions.TrimEntries))
            .Select(p => p.Length == 2 ? LocalArea(p[0], p[1]) : null).OfType<PilotArea>().ToList();
        return new CoverFacts(m.Success ? m.Groups["name"].Value : place, code, edition, publisher) { Extras = extras, NotApplicable = notApplicable, Waived = waived };
    }

    /// <summary>
    /// A local area beyond the 26 (名称=编号, from --extra-area or a cover sheet): a name, and an id in lower-case letters,
    /// digits and hyphens that is neither reserved nor a pilot area's, nor the name a pilot area's; null otherwise.
    /// </summary>
    public static PilotArea? LocalArea(string name, string id) =>
        name.Length > 0 && Binding.ItemIdRules.IsValid(id) && !Binding.ItemIdRules.ReservedAreaIds.Contains(id) && !Binding.ItemIdRules.IsWindowsDevice(id)
            && PilotAreas.FindById(id) is null && PilotAreas.Find(name, out _) is null
            ? new PilotArea(0, id, name, [], id)
            : null;

    /// <summary>Whether a jurisdiction's name is a township's (镇, 乡, 街道, 苏木): the level its manifest is given.</summary>
    public static bool IsTownship(string name) => name.EndsWith('镇') || name.EndsWith('乡') || name.EndsWith("街道") || name.EndsWith("苏木");

    /// <summary>The pilot area a text names (sheet name, title, section heading): the longest name or variant it contains.</summary>
    public static PilotArea? AreaIn(string text, IReadOnlyList<PilotArea>? extras = null)
    {
        var key = Text.Punctuation.Key(text);
        PilotArea? best = null;
        var bestLength = 0;
        foreach (var area in PilotAreas.All.Concat(extras ?? []))
            foreach (var name in area.Variants.Prepend(area.Name))
                if (name.Length > bestLength && key.Contains(name, StringComparison.Ordinal))
                {
                    best = area;
                    bestLength = name.Length;
                }
        return best;
    }
}

/// <summary>The items imported so far, per area, with the sheets they came from; ids number on across sheets.</summary>
public sealed class ImportedAreas(IReadOnlyDictionary<string, string>? previous = null)
{
    /// <summary>An item's 一级, 二级 and 三级事项 as one key, punctuation folded (as <c>previous</c> holds them).</summary>
    public static string NamesKey(string category, string name, string? sub) => Text.Punctuation.Key($"{category}\u0001{name}\u0001{sub}");

    public static string NamesKey(ItemDraft item) => NamesKey(item.Category, item.Name, item.Sub);

    /// <summary>The first id of the series <c>prefix-NNN</c> after number <paramref name="n"/> that <paramref name="taken"/>
    /// does not hold, <paramref name="n"/> moved on to it.</summary>
    public static string Free(string prefix, ref int n, Func<string, bool> taken)
    {
        string id;
        do id = $"{prefix}-{++n:000}";
        while (taken(id));
        return id;
    }

    /// <summary>
    /// Of two rows carrying one id (a copied row), the row still named as the repository's item of that id keeps it: when
    /// the row read earlier is not so named and <paramref name="names"/> is, the earlier row gives the id up (numbered anew,
    /// its copied standard item dropped) and its place is returned; else null.
    /// </summary>
    public (string At, string NewId)? Reclaim(string id, string names)
    {
        if (previous?.GetValueOrDefault(id) is not { } before || before != names) return null;
        foreach (var (area, items, _) in _areas.Values)
        {
            var k = items.FindIndex(i => i.Id == id);
            if (k < 0) continue;
            if (NamesKey(items[k]) == before) return null;
            _ids.Remove(id);
            items[k] = items[k] with { Id = NextId(area), IdGiven = false, Baseline = null };
            _ids.Add(items[k].Id);
            return (_at.GetValueOrDefault(id) ?? area.Name, items[k].Id);
        }
        return null;
    }

    private readonly Dictionary<string, string> _at = new(StringComparer.Ordinal);

    private readonly Dictionary<string, (PilotArea Area, List<ItemDraft> Items, List<string> Sheets)> _areas = new(StringComparer.Ordinal);

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reserved = new(StringComparer.Ordinal);

    /// <summary>The prefix the ids a sheet of an area carries share (lv of lv-001), where it is not the area's own.</summary>
    private readonly Dictionary<string, string> _prefixes = new(StringComparer.Ordinal);

    /// <summary>The next stable id of an area (<c>prefix-NNN</c> in row order), past any id taken or reserved; in a local
    /// area whose rows carry ids of their own prefix (lv-001), a new row takes that prefix too.</summary>
    public string NextId(PilotArea area)
    {
        var n = _areas.TryGetValue(area.Id, out var e) ? e.Items.Count : 0;
        return Free(_prefixes.GetValueOrDefault(area.Id) ?? area.Prefix, ref n, id => _ids.Contains(id) || _reserved.Contains(id));
    }

    /// <summary>Keeps an id a row further down carries from being given to a row without one, and notes the prefix a
    /// local area's ids share.</summary>
    public void Reserve(string id, PilotArea? area = null)
    {
        _reserved.Add(id);
        if (area is { IsPilot: false } && id.LastIndexOf('-') is > 0 and var dash && id[(dash + 1)..].All(char.IsAsciiDigit))
            _prefixes.TryAdd(area.Id, id[..dash]);
    }

    /// <summary>Whether an item read so far has this id.</summary>
    public bool IdTaken(string id) => _ids.Contains(id);

    private readonly Dictionary<(string Area, string Key), string> _seen = [];

    /// <summary>Adds an item; returns where an item of the same 一级/二级/三级事项 was already read in the area, else null
    /// (two sheets for one area, 县级 and 乡级, often list the same items).</summary>
    public string? Add(PilotArea area, string sheet, ItemDraft item, string at)
    {
        if (!_areas.TryGetValue(area.Id, out var entry)) _areas[area.Id] = entry = (area, [], []);
        if (!entry.Sheets.Contains(sheet)) entry.Sheets.Add(sheet);
        entry.Items.Add(item);
        _ids.Add(item.Id);
        _at[item.Id] = at;
        var key = (area.Id, NamesKey(item));
        return _seen.TryAdd(key, at) ? null : _seen[key];
    }

    public List<ImportedArea> Ordered() =>
        _areas.Values.OrderBy(a => a.Area.Number).Select(a => new ImportedArea(a.Area, a.Items, a.Sheets)).ToList();
}
