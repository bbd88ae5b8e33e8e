using CatalogueTool.Diagnostics;
using CatalogueTool.Emit.Yaml;
using CatalogueTool.Loading.Tables;
using CatalogueTool.Model;

namespace CatalogueTool.Import;

/// <summary>One line of the import report: where (sheet!cell), how serious, what happened.</summary>
public sealed record ImportFinding(string Location, Severity Severity, string Message);

public sealed record ImportedArea(PilotArea Area, IReadOnlyList<ItemDraft> Items, IReadOnlyList<string> Sheets);

public sealed record ImportResult(string File, string? Jurisdiction, IReadOnlyList<ImportedArea> Areas, IReadOnlyList<ImportFinding> Findings, bool Unreadable)
{
    public int Items => Areas.Sum(a => a.Items.Count);
}

/// <summary>
/// An existing Excel catalogue (the national template in any of the forms counties made of it) → area item drafts,
/// with an honest report: layout found by header words, areas from sheet names, title rows or section headings,
/// merged and 同上 cells resolved, carriers and marks read, text cleaned, stable ids from area and row order.
/// </summary>
public static class CatalogueImporter
{
    private static readonly string[] Ditto = ["同上", "同上。", "同上述", "同前"];
    private static readonly string[] NoMark = ["×", "✗", "否", "无", "-", "—", "/", "／", "0"];

    public static ImportResult Import(string path, string? areaOption)
    {
        var display = Path.GetFileName(path);
        var bag = new DiagnosticBag();
        var sheets = WorkbookSource.Read(path, display, bag);
        if (sheets is null)
            return new ImportResult(display, null, [], bag.ToSortedList().Select(d => new ImportFinding(display, Severity.Error, d.Format(Language.Chinese))).ToList(), true);
        var fallback = areaOption is null ? null : PilotAreas.FindById(areaOption) ?? PilotAreas.Find(areaOption, out _);
        var findings = new List<ImportFinding>();
        var areas = new Dictionary<string, (PilotArea Area, List<ItemDraft> Items, List<string> Sheets)>();
        string? jurisdiction = null;
        foreach (var sheet in sheets)
            ImportSheet(sheet, fallback, areas, findings, ref jurisdiction);
        var ordered = areas.Values.OrderBy(a => a.Area.Number).Select(a => new ImportedArea(a.Area, a.Items, a.Sheets)).ToList();
        return new ImportResult(display, jurisdiction, ordered, findings, false);
    }

    private static void ImportSheet(SheetData sheet, PilotArea? fallback, Dictionary<string, (PilotArea Area, List<ItemDraft> Items, List<string> Sheets)> areas,
        List<ImportFinding> findings, ref string? jurisdiction)
    {
        var merged = MergedValues(sheet);
        string Raw(int r, int c) => merged.TryGetValue((r, c), out var v) ? v : sheet.Cell(r, c);
        string At(int r, int c) => $"{sheet.Name}!{XlsxReader.ColumnLetters(c)}{r}";
        var header = TemplateHeader.Find(sheet, Raw);
        if (header is null)
        {
            if (sheet.Rows.Any(r => r.Any(c => c.Length > 0)))
                findings.Add(new($"{sheet.Name}", Severity.Info, "没有找到目录表头（序号、公开内容、公开依据等），本工作表已跳过"));
            return;
        }
        var titleText = string.Join(" ", Enumerable.Range(1, header.FirstRow - 1).SelectMany(r => sheet.Rows[r - 1]).Where(t => t.Length > 0).Select(CellText.Clean));
        var current = AreaIn(titleText) ?? AreaIn(sheet.Name) ?? fallback;
        if (jurisdiction is null && current is not null && titleText.IndexOf(current.Name, StringComparison.Ordinal) is > 0 and var at)
            jurisdiction = titleText[..at].Trim();
        foreach (var (col, title) in header.Columns.Where(c => c.Value == ColumnRole.Extra).Select(c => (c.Key, header.Titles[c.Key])))
            findings.Add(new(At(header.LastRow, col), Severity.Info, $"“{title}”不是模板中的列，其内容放入备注"));
        if (!header.Has(ColumnRole.LevelCounty) && !header.Has(ColumnRole.LevelText) && !header.Has(ColumnRole.LevelTownship))
            findings.Add(new(sheet.Name, Severity.Info, "表格没有公开层级列，事项按“县级”导入，请核对"));

        var previous = new Dictionary<int, string>();
        string? lastCategory = null;
        var reportedNoArea = false;
        var maxCol = header.Columns.Keys.DefaultIfEmpty(1).Max();
        for (var r = header.LastRow + 1; r <= sheet.Rows.Count; r++)
        {
            var values = new Dictionary<int, string>();
            var cleanedCells = new List<(int Column, string Raw, string Clean)>();
            for (var c = 1; c <= maxCol; c++)
            {
                var raw = Raw(r, c);
                values[c] = CellText.Clean(raw);
                if (values[c].Length > 0 && values[c] != string.Join("\n", raw.Replace("\r", "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)))
                    cleanedCells.Add((c, raw, values[c]));
            }
            var filled = values.Where(v => v.Value.Length > 0).ToList();
            if (filled.Count == 0) continue;
            if (TemplateHeader.Score(r, maxCol, Raw) >= 3) continue; // the header repeated on a later page
            if (filled.Select(v => v.Value).Distinct().Count() == 1 && (filled.Count > 1 || filled[0].Key == 1 || AreaIn(filled[0].Value) is not null))
            {
                var heading = filled[0].Value;
                if (AreaIn(heading) is { } area)
                {
                    current = area;
                    lastCategory = null;
                    previous.Clear();
                    findings.Add(new(At(r, filled[0].Key), Severity.Info, $"分节标题“{heading}”：以下事项属于{area.Name}领域"));
                }
                else findings.Add(new(At(r, filled[0].Key), Severity.Info, $"“{heading}”看起来是标题行，已跳过"));
                continue;
            }
            if (current is null)
            {
                if (!reportedNoArea) findings.Add(new(At(r, 1), Severity.Error, "无法判断这些事项属于哪个领域（工作表名、标题行和分节标题都没有领域名称）。请用 --area 指定"));
                reportedNoArea = true;
                continue;
            }
            foreach (var (c, v) in values.ToList())
            {
                if (Ditto.Contains(v))
                {
                    if (previous.TryGetValue(c, out var above))
                    {
                        values[c] = above;
                        findings.Add(new(At(r, c), Severity.Info, $"“{v}”按上一行填为“{Short(above)}”"));
                    }
                    else findings.Add(new(At(r, c), Severity.Warning, "“同上”上方没有可引用的内容"));
                }
            }
            if (header.Column(ColumnRole.Channels) is { } channelColumn) cleanedCells.RemoveAll(x => x.Column == channelColumn);
            foreach (var (c, raw, clean) in cleanedCells)
                findings.Add(new(At(r, c), Severity.Info, $"规范了空格或标点：“{Short(raw)}”→“{Short(clean)}”"));
            foreach (var (c, v) in values) if (v.Length > 0) previous[c] = v;

            string Get(ColumnRole role) => header.Column(role) is { } c ? values.GetValueOrDefault(c) ?? "" : "";
            var name = Get(ColumnRole.Name);
            var category = Get(ColumnRole.Category);
            if (header.Has(ColumnRole.Item))
            {
                name = name.Length > 0 ? name : Get(ColumnRole.Item);
                category = category.Length > 0 ? category : Get(ColumnRole.Item);
            }
            if (category.Length == 0) category = lastCategory ?? "";
            if (category.Length > 0) lastCategory = category;
            if (name.Length == 0 && Get(ColumnRole.Content).Length == 0)
            {
                findings.Add(new(At(r, 1), Severity.Warning, "这一行没有事项名称和公开内容，已跳过"));
                continue;
            }
            var entry = areas.TryGetValue(current.Id, out var existing) ? existing : areas[current.Id] = (current, [], []);
            if (!entry.Sheets.Contains(sheet.Name)) entry.Sheets.Add(sheet.Name);
            var notes = new List<string>();
            var carriers = CarrierParser.Parse(header.Column(ColumnRole.Channels) is { } cc ? Raw(r, cc) : "");
            if (carriers.Note is { Length: > 0 } carrierNote) notes.Add(carrierNote);
            foreach (var (written, read) in carriers.Normalised)
                findings.Add(new(At(r, header.Column(ColumnRole.Channels)!.Value), Severity.Info, $"载体“{written}”按标准载体“{read}”导入"));
            foreach (var unknown in carriers.Unrecognised)
                findings.Add(new(At(r, header.Column(ColumnRole.Channels)!.Value), Severity.Info, $"载体“{unknown}”不是13类标准载体，按“其他：{unknown}”导入"));
            if (Get(ColumnRole.Note) is { Length: > 0 } n) notes.Insert(0, n);
            foreach (var (c, title) in header.Columns.Where(c => c.Value == ColumnRole.Extra).Select(c => (c.Key, header.Titles[c.Key])))
                if (values.GetValueOrDefault(c) is { Length: > 0 } extra) notes.Add($"{title}：{extra}");

            var draft = new ItemDraft(
                $"{current.Prefix}-{entry.Items.Count + 1:000}", category, name.Length > 0 ? name : category, Get(ColumnRole.Sub) is { Length: > 0 } sub ? sub : null,
                Get(ColumnRole.Content), SplitBasis(Get(ColumnRole.Basis)), Get(ColumnRole.TimeLimit), Get(ColumnRole.Subject),
                carriers.Channels, Audience(header, values), Mode(header, values), Levels(header, values), null,
                notes.Count == 0 ? null : string.Join("；", notes));
            foreach (var (field, value) in new[] { ("公开内容", draft.Content), ("公开时限", draft.TimeLimit), ("公开主体", draft.Subject) })
                if (value.Length == 0) findings.Add(new(At(r, 1), Severity.Warning, $"{draft.Id}（{draft.Name}）缺少{field}，导入后请补上"));
            if (draft.Basis.Count == 0) findings.Add(new(At(r, 1), Severity.Warning, $"{draft.Id}（{draft.Name}）缺少公开依据，导入后请补上"));
            if (draft.Channels.Count == 0) findings.Add(new(At(r, 1), Severity.Warning, $"{draft.Id}（{draft.Name}）没有选中任何公开渠道和载体"));
            foreach (var (field, list) in new[] { ("公开对象", draft.Audience), ("公开方式", draft.Mode), ("公开层级", draft.Levels) })
                if (list.Count == 0) findings.Add(new(At(r, 1), Severity.Warning, $"{draft.Id}（{draft.Name}）没有{field}标记，导入后请补上"));
            entry.Items.Add(draft);
        }
    }

    private static string Short(string text)
    {
        var flat = text.Replace("\n", " ");
        return flat.Length <= 30 ? flat : flat[..30] + "…";
    }

    /// <summary>Every cell of a merged range reads as the range's first cell (vertically merged 一级事项, grouped headers).</summary>
    private static Dictionary<(int, int), string> MergedValues(SheetData sheet)
    {
        var map = new Dictionary<(int, int), string>();
        foreach (var m in sheet.Merges)
        {
            if ((long)(m.LastRow - m.FirstRow + 1) * (m.LastColumn - m.FirstColumn + 1) > 100_000) continue;
            var value = sheet.Cell(m.FirstRow, m.FirstColumn);
            for (var r = m.FirstRow; r <= m.LastRow; r++)
                for (var c = m.FirstColumn; c <= m.LastColumn; c++)
                    map[(r, c)] = value;
        }
        return map;
    }

    /// <summary>The pilot area a text names (sheet name, title, section heading): the longest name or variant it contains.</summary>
    public static PilotArea? AreaIn(string text)
    {
        var key = Text.Punctuation.Key(text);
        PilotArea? best = null;
        var bestLength = 0;
        foreach (var area in PilotAreas.All)
            foreach (var name in area.Variants.Prepend(area.Name))
                if (name.Length > bestLength && key.Contains(name, StringComparison.Ordinal))
                {
                    best = area;
                    bestLength = name.Length;
                }
        return best;
    }

    private static List<string> SplitBasis(string text) =>
        text.Split(['\n', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '、', '．').Trim()).Where(s => s.Length > 0).ToList();

    private static bool IsMark(string v) => v.Length > 0 && !NoMark.Contains(v);

    private static List<string> Marked(TemplateHeader header, Dictionary<int, string> values, params (ColumnRole Role, string[] Terms)[] options)
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

    private static List<string> Audience(TemplateHeader h, Dictionary<int, string> v) => h.Has(ColumnRole.AudienceText)
        ? FromText(h.Column(ColumnRole.AudienceText) is { } c ? v.GetValueOrDefault(c) ?? "" : "", Vocabularies.Audience)
        : Marked(h, v, (ColumnRole.AudiencePublic, ["全社会"]), (ColumnRole.AudienceGroup, ["特定群体"]));

    private static List<string> Mode(TemplateHeader h, Dictionary<int, string> v) => h.Has(ColumnRole.ModeText)
        ? FromText(h.Column(ColumnRole.ModeText) is { } c ? v.GetValueOrDefault(c) ?? "" : "", Vocabularies.Mode)
        : Marked(h, v, (ColumnRole.ModeActive, ["主动"]), (ColumnRole.ModeRequest, ["依申请"]));

    private static List<string> Levels(TemplateHeader h, Dictionary<int, string> v)
    {
        if (h.Has(ColumnRole.LevelText))
            return FromText(h.Column(ColumnRole.LevelText) is { } c ? v.GetValueOrDefault(c) ?? "" : "", Vocabularies.Level);
        if (!h.Has(ColumnRole.LevelCounty) && !h.Has(ColumnRole.LevelTownship) && !h.Has(ColumnRole.LevelTownshipVillage))
            return ["县级"];
        return Marked(h, v, (ColumnRole.LevelCounty, ["县级"]), (ColumnRole.LevelTownship, ["乡级"]), (ColumnRole.LevelTownshipVillage, ["乡级", "村级"]), (ColumnRole.LevelVillage, ["村级"]));
    }
}
