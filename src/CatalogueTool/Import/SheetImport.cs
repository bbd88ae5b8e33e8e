using CatalogueTool.Diagnostics;
using CatalogueTool.Emit.Yaml;
using CatalogueTool.Loading.Tables;
using CatalogueTool.Model;

namespace CatalogueTool.Import;

/// <summary>
/// One sheet of an imported catalogue, step by step: find the header; take the area from the title rows or the sheet
/// name; then each row below is skipped (empty, a repeated header), a section heading (which may change the area),
/// or an item: 同上 filled from the row above, carriers and marks read, missing elements reported.
/// </summary>
internal sealed partial class SheetImport(SheetData sheet, PilotArea? fallback, IReadOnlyList<PilotArea> extras, ImportedAreas areas, List<ImportFinding> findings)
{
    private static readonly string[] ExcelErrors = ["#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"];

    private readonly Dictionary<(int Row, int Column), string> _merged = sheet.MergedValues();
    private readonly Dictionary<int, string> _above = [];   // the last non-empty value of each column, for 同上
    private TemplateHeader _header = null!;
    private PilotArea? _area;
    private string? _lastCategory;
    private bool _reportedNoArea;
    private PilotArea? _sheetArea; // the area the title, the sheet's name or --area gave the sheet

    /// <summary>The division code the sheet's title gives in brackets (白河县（510924）…), once <see cref="Run"/> has read it.</summary>
    public string? TitleCode { get; private set; }

    /// <summary>The edition the sheet's title names (（2024年版）), once <see cref="Run"/> has read it.</summary>
    public string? TitleEdition { get; private set; }

    [System.Text.RegularExpressions.GeneratedRegex(@"[（(]\s*(?<year>(?:19|20)[0-9]{2})\s*年?\s*版\s*[）)]|(?<year>(?:19|20)[0-9]{2})\s*年\s*版\s*$")]
    private static partial System.Text.RegularExpressions.Regex EditionPattern();

    /// <summary>Cells with text in columns the header gives no name (their text is not imported): column → first cell, count.</summary>
    private readonly SortedDictionary<int, (int Row, string Text, int Count)> _unheaded = [];

    /// <summary>A division code written in brackets in a title (（510924）, (510924)), full-width digits read as digits.</summary>
    internal static string? CodeIn(string title) =>
        TitleCodePattern().Match(title) is { Success: true } m && Text.Punctuation.HalfWidth(m.Groups["code"].Value) is var code && IsProvincePrefix(code) ? code : null;

    /// <summary>Whether a code starts as a division code does (GB/T 2260's provinces), so that （202405） is no code.</summary>
    private static bool IsProvincePrefix(string code) => int.Parse(code[..2], System.Globalization.CultureInfo.InvariantCulture)
        is >= 11 and <= 15 or >= 21 and <= 23 or >= 31 and <= 37 or >= 41 and <= 46 or >= 50 and <= 54 or >= 61 and <= 65 or 71 or 81 or 82;

    [System.Text.RegularExpressions.GeneratedRegex(@"[（(]\s*(?<code>[0-9０-９]{6})\s*[）)]")]
    private static partial System.Text.RegularExpressions.Regex TitleCodePattern();

    /// <summary>A number in brackets (（510924）, (2024), （990000）): never part of a jurisdiction's name.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[（(]\s*[0-9０-９]{2,8}\s*(?:年版?)?\s*[）)]")]
    private static partial System.Text.RegularExpressions.Regex BracketedNumber();

    /// <summary>Imports the sheet; returns the jurisdiction named in its title, if any.</summary>
    public string? Run()
    {
        if (TemplateHeader.Find(sheet, Raw) is not { } header)
        {
            if (sheet.Rows.Any(r => r.Any(c => c.Length > 0)))
                findings.Add(new(sheet.Name, Severity.Info, "没有找到目录表头（序号、公开内容、公开依据等），本工作表已跳过",
                    "no catalogue header (序号, 公开内容, 公开依据 …) found; sheet skipped"));
            return null;
        }
        _header = header;
        ReportUncomputed();
        var title = string.Join(" ", Enumerable.Range(1, header.FirstRow - 1).SelectMany(r => sheet.Rows[r - 1]).Where(t => t.Length > 0).Select(CellText.Clean));
        _area = CatalogueImporter.AreaIn(title, extras) ?? CatalogueImporter.AreaIn(sheet.Name, extras) ?? fallback;
        _sheetArea = _area;
        var jurisdiction = JurisdictionIn(title);
        TitleCode = CodeIn(title);
        TitleEdition = EditionPattern().Match(Text.Punctuation.HalfWidth(title).Trim()) is { Success: true } edition ? edition.Groups["year"].Value : null;
        ReportLayout();
        var maxColumn = header.Columns.Keys.DefaultIfEmpty(1).Max();
        // The ids the sheet's rows carry are reserved first: a row inserted above them is numbered past them, not into one.
        if (header.Column(ColumnRole.ItemId) is { } idColumn)
            for (var r = header.LastRow + 1; r <= sheet.Rows.Count; r++)
                if (GivenId(Raw(r, idColumn)) is { Length: > 0 } id && Binding.ItemIdRules.IsValid(id)) areas.Reserve(id, _area);
        for (var r = header.LastRow + 1; r <= sheet.Rows.Count; r++)
            ImportRow(r, maxColumn);
        foreach (var (c, (row, text, count)) in _unheaded)
            findings.Add(new(At(row, c), Severity.Warning,
                $"第 {XlsxReader.ColumnLetters(c)} 列没有表头，其中 {count} 格的内容（如“{Text.Shortened.Of(text)}”）没有导入：请在原表给这一列写上列名（不是模板中的列会放入备注）后重新导入，或确认不需要",
                $"column {XlsxReader.ColumnLetters(c)} has no header; the text of {Text.English.Count(count, "cell")} in it (such as '{Text.Shortened.Of(text)}') was not imported: name the column in the workbook (a column the template lacks goes to the note) and import again, or confirm it is not needed"));
        return jurisdiction;
    }

    /// <summary>
    /// Every cell the import reads that holds a formula whose result the file does not carry reads as blank: a title or
    /// header cell, or an item's cell in a column of the header but 序号 (numbers are not imported). Each is an error at its cell.
    /// </summary>
    private void ReportUncomputed()
    {
        var read = sheet.Uncomputed.Where(u => u.Row <= _header.LastRow || _header.Columns.TryGetValue(u.Column, out var role) && role != ColumnRole.Seq);
        foreach (var (r, c) in read.OrderBy(u => u.Row).ThenBy(u => u.Column))
            findings.Add(new(At(r, c), Severity.Error, "单元格是公式，但文件里没有保存它的计算结果（表格由程序生成、未在 Excel 中重新计算），按空白导入。请用 Excel 或 WPS 打开原表保存一次后重新导入，或改填文字",
                "the cell holds a formula whose result the file does not carry (written by a program, never recalculated); imported as blank. Open and save the workbook in Excel or WPS, then import again, or type the text in"));
    }

    /// <summary>Where a title's catalogue words begin: what comes before them names the jurisdiction.</summary>
    private static readonly System.Text.RegularExpressions.Regex CatalogueWords =
        new(@"(?:人民政府|基层政务公开|政务公开|标准目录|标准化|公开目录|领域)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The last administrative unit of a name (四川省遂州市白河县 → 白河县), with the unit's word.</summary>
    private static readonly System.Text.RegularExpressions.Regex LastUnit =
        new(@"(?<name>[\u4e00-\u9fff]{1,15}?(?<unit>自治县|自治旗|街道|苏木|县|区|旗|市|镇|乡))$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The jurisdiction a title names before its catalogue words and area name (白河县基层政务公开标准目录(社会救助),
    /// 白河县2024年…, 四川省遂州市白河县…, 白河县人民政府…, 白河镇…): the last administrative unit, or null.
    /// </summary>
    internal static string? JurisdictionIn(string title)
    {
        // Years and an 附件N label are never part of a name: gone before anything is read (附件 / 2024年 rows above a title);
        // nor is a division code in brackets (白河县（510924）…).
        title = BracketedNumber().Replace(Text.TitleWords.Strip(title), "");
        // Catalogue words that open the title hide nothing before them: the first one after some text ends it.
        var end = title.Length;
        foreach (System.Text.RegularExpressions.Match words in CatalogueWords.Matches(title))
            if (title[..words.Index].Trim().Length > 0) { end = words.Index; break; }
        foreach (var area in PilotAreas.All)
            if (title.IndexOf(area.Name, StringComparison.Ordinal) is var at && at > 0 && at < end) end = at;
        var head = title[..end].Trim().TrimEnd('（', '(', '【', '[', '—', '-', ' ');
        if (head.EndsWith("办事处", StringComparison.Ordinal)) head = head[..^3]; // 草市街街道办事处 → 草市街街道
        // Words for the townships in general or for levels (白河县乡镇…, 白河县街道社区…, 青禾县县级…) are no jurisdiction.
        foreach (var generic in (string[])["乡镇（街道）", "乡镇(街道)", "县乡两级", "县乡", "县级", "乡级", "乡镇", "社区", "街道", "村"])
            if (head.EndsWith(generic, StringComparison.Ordinal) && head[..^generic.Length] is var rest && rest.Length > 1 && LastUnit.IsMatch(rest)
                && (generic != "街道" || rest[^1] is '县' or '区' or '旗')) // 新市街道 is a 街道 of its own
                head = rest;
        var m = LastUnit.Match(head);
        if (!m.Success) return null;
        var name = m.Groups["name"].Value;
        // The unit's own name ends at the last boundary before it (遂州市白河区 → 白河区; a township's county too:
        // 白河县白河镇 → 白河镇). Not at the first character, not where the unit's name itself starts with the boundary's
        // character (济南市市中区 → 市中区), and leaving two characters or more (北京市通州区 → 通州区).
        var township = CatalogueImporter.IsTownship(name);
        var unitLength = m.Groups["unit"].Value.Length;
        // A township's county (县/区/旗) is the nearest boundary; 市 inside a township's name (草市街街道) is not one.
        char[][] boundaries = township ? [['县', '区', '旗'], ['省', '市', '州', '盟']] : [['省', '市', '州', '盟']];
        foreach (var set in boundaries)
            for (var cut = name.Length - unitLength - 2; cut >= 1; cut--)
                if (cut >= 2 && set.Contains(name[cut]) && name[cut - 1] != name[cut]) return name[(cut + 1)..]; // 草市街街道 has no city 草市
        return name;
    }

    private string Raw(int r, int c) => _merged.TryGetValue((r, c), out var v) ? v : sheet.Cell(r, c);

    private string At(int r, int c) => $"{sheet.Name}!{XlsxReader.ColumnLetters(c)}{r}";

    private void ReportLayout()
    {
        // Said at the header cell that holds the title (the lowest header row where it is written).
        int TitleRow(int col) => Enumerable.Range(_header.FirstRow, _header.LastRow - _header.FirstRow + 1).LastOrDefault(r => sheet.Cell(r, col).Trim().Length > 0, _header.LastRow);
        foreach (var (col, title) in ExtraColumns())
            findings.Add(new(At(TitleRow(col), col), Severity.Info, $"“{title}”不是模板中的列，其内容放入备注", $"'{title}' is not a column of the template; its text goes to the note"));
        if (!MarkColumns.HasLevelColumns(_header))
            findings.Add(new(sheet.Name, Severity.Info, "表格没有公开层级列，事项按“县级”导入，请核对", "the table has no 公开层级 column; items are imported as 县级, please check"));
    }

    private IEnumerable<(int Column, string Title)> ExtraColumns() =>
        _header.Columns.Where(c => c.Value == ColumnRole.Extra).Select(c => (c.Key, _header.Titles[c.Key]));

    private void ImportRow(int r, int maxColumn)
    {
        var (values, cleaned) = ReadRow(r, maxColumn);
        var filled = values.Where(v => v.Value.Length > 0).ToList();
        if (filled.Count == 0) return;
        if (RepeatsHeader(r, maxColumn))
        {
            // the header repeated on a later page
            findings.Add(new(At(r, filled[0].Key), Severity.Info, "重复的表头行，已跳过", "the header repeated; skipped"));
            return;
        }
        if (IsTotals(filled) || IsColumnNumbers(filled))
        {
            findings.Add(new(At(r, filled[0].Key), Severity.Info, $"“{Text.Shortened.Of(string.Join(" ", filled.Select(f => f.Value)))}”是合计或列序号行，不是事项，已跳过",
                $"'{Text.Shortened.Of(string.Join(" ", filled.Select(f => f.Value)))}' is a totals or column-number row, not an item; skipped"));
            return;
        }
        if (IsSignOff(filled))
        {
            findings.Add(new(At(r, filled[0].Key), Severity.Info, $"“{Text.Shortened.Of(string.Join(" ", filled.Select(f => f.Value)))}”是表格的注释或落款（注、填表人、联系电话等），不是事项，已跳过",
                $"'{Text.Shortened.Of(string.Join(" ", filled.Select(f => f.Value)))}' is a note or the sign-off of the table (注, who filled it in, a telephone number), not an item; skipped"));
            return;
        }
        if (IsHeading(filled))
        {
            Heading(r, filled[0].Key, filled[0].Value);
            return;
        }
        // A hidden row (a filter left on, a row someone meant to drop) is imported like the others, and said.
        if (sheet.HiddenRows.Contains(r))
            findings.Add(new(At(r, filled[0].Key), Severity.Info, $"第 {r} 行在表格中是隐藏的，仍已导入；如果它不该导入，请在导入后删除这个事项",
                $"row {r} is hidden in the workbook; it was imported all the same. Delete the item after importing if it should not be there"));
        FillDittos(r, values); // 同上 in any column, the 领域 column included
        // A 领域 column names each row's area: it decides, over the sheet's name, its title and --area.
        if (_header.Column(ColumnRole.Area) is { } areaColumn && values.GetValueOrDefault(areaColumn, "") is { Length: > 0 } areaText)
        {
            // One row, one area: a cell naming two (社会救助、养老服务) cannot say which the item belongs to.
            if (PilotAreas.All.Concat(extras).Count(a => areaText.Contains(a.Name, StringComparison.Ordinal)) > 1)
            {
                findings.Add(new(At(r, areaColumn), Severity.Error, $"“{areaText}”写了不止一个领域，这一行没有导入。一个事项只属于一个领域，请拆成各领域一行",
                    $"'{areaText}' names more than one area; row not imported. An item belongs to one area: write a row per area"));
                return;
            }
            if ((CatalogueImporter.AreaIn(areaText, extras) ?? PilotAreas.FindById(areaText) ?? extras.FirstOrDefault(e => e.Id == areaText)) is { } rowArea) _area = rowArea;
            else
            {
                findings.Add(new(At(r, areaColumn), Severity.Error, $"“{areaText}”不是 26 个试点领域之一，这一行没有导入。本地增设的领域用 --extra-area {areaText}=编号 说明",
                    $"'{areaText}' is none of the 26 pilot areas; row not imported. Declare a local area with --extra-area {areaText}=id"));
                return;
            }
        }
        if (_area is null)
        {
            if (!_reportedNoArea)
                findings.Add(new(At(r, 1), Severity.Error, "无法判断这些事项属于哪个领域（工作表名、标题行和分节标题都没有领域名称）。请用 --area 指定；本地增设的领域用 --extra-area 名称=编号 说明，如 --extra-area 旅游=tourism",
                    "cannot tell which area these items belong to (no area name in the sheet name, title rows or headings); name it with --area, or declare a local area with --extra-area name=id (e.g. --extra-area 旅游=tourism)"));
            _reportedNoArea = true;
            return;
        }
        // The carriers cell is read by its own parser, and the tool's hidden columns are read as they are: no note of cleaning.
        foreach (var role in new[] { ColumnRole.Channels, ColumnRole.ItemId, ColumnRole.BaselineId, ColumnRole.Powers })
            if (_header.Column(role) is { } own) cleaned.RemoveAll(x => x.Column == own);
        cleaned.RemoveAll(x => _header.Columns.GetValueOrDefault(x.Column) == ColumnRole.ChannelTick); // ticks, read as marks
        foreach (var (c, raw, clean) in cleaned)
        {
            var (before, after) = AroundChange(raw, clean);
            findings.Add(new(At(r, c), Severity.Info, $"规范了空格或标点：“{before}”→“{after}”", $"spaces or punctuation normalised: '{before}' → '{after}'"));
        }
        foreach (var (c, v) in values) if (v.Length > 0) _above[c] = v;
        if (Item(r, values) is { } item)
        {
            ReportMissing(r, item);
            if (areas.Add(_area, sheet.Name, item, At(r, 1)) is { } earlier)
                findings.Add(new(At(r, 1), Severity.Warning, $"{item.Id}（{item.Name}）与 {earlier} 的事项同名（一级、二级事项都相同），两个都已导入：如果是同一事项，请导入后删去一个",
                    $"{item.Id} ({item.Name}) has the same 一级/二级事项 as the item at {earlier}; both were imported: if they are one item, delete one after the import"));
            NoteUnheaded(r);
        }
    }

    /// <summary>The two texts from a little before their first difference, so that a change past the first 30 characters shows.</summary>
    private static (string Before, string After) AroundChange(string raw, string clean)
    {
        var a = raw.Replace("\r", "").Replace('\n', ' ');
        var b = clean.Replace('\n', ' ');
        var same = 0;
        while (same < a.Length && same < b.Length && a[same] == b[same]) same++;
        var from = Math.Max(0, same - 10);
        if (from > 0 && char.IsLowSurrogate(a[from])) from--;
        string Cut(string s) => (from > 0 ? "…" : "") + Text.Shortened.Of(s[Math.Min(from, s.Length)..]);
        return (Cut(a), Cut(b));
    }

    /// <summary>Text of an item's row in a column the header leaves unnamed: counted per column, said once after the sheet.</summary>
    private void NoteUnheaded(int r)
    {
        var cells = sheet.Rows[r - 1];
        for (var c = 1; c <= cells.Length; c++)
        {
            if (_header.Columns.ContainsKey(c) || CellText.Clean(cells[c - 1]) is not { Length: > 0 } text) continue;
            _unheaded[c] = _unheaded.TryGetValue(c, out var seen) ? seen with { Count = seen.Count + 1 } : (r, text, 1);
        }
    }

    /// <summary>A note (注：…) or a sign-off row under the table (填表人：张三 | 联系电话：0825-1234567 | 审核人：…), however many cells it takes.</summary>
    private static bool IsSignOff(List<KeyValuePair<int, string>> filled) =>
        filled.Count <= 6 && filled.All(f => SignOff().IsMatch(f.Value));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:注[0-9０-９一二三]?|说明|备注|附注|填表说明|填报说明|填表人|填报人|制表人|审核人|审核|审批人|负责人|分管领导|联系人|联系电话|电话|手机|填表日期|填报日期|制表日期|日期|制表单位|填报单位|填表单位|单位|签字|盖章|单位盖章)\s*(?:[（(][^）)]{0,6}[）)])?\s*[:：]")]
    private static partial System.Text.RegularExpressions.Regex SignOff();

    /// <summary>A totals row (合计, 小计, 共 7 项): a summary of the rows above, not an item.</summary>
    private static bool IsTotals(List<KeyValuePair<int, string>> filled) =>
        filled.Count <= 3 && filled.Any(f => Text.SummaryRows.IsTotal(f.Value)); // an item named 合计 has its content beside it

    /// <summary>The row of column numbers printed forms carry under the header (1 2 3 … 15): every cell a number, counting up by one.</summary>
    private static bool IsColumnNumbers(List<KeyValuePair<int, string>> filled)
    {
        // Counting up by one from cell to cell (blanks between them: a number over a pair of mark columns), or by column
        // (a number missing here and there).
        if (filled.Count < 3 || ColumnNumber(filled[0].Value) is not { } first) return false;
        return filled.Select((f, k) => ColumnNumber(f.Value) == first + k).All(x => x)
            || filled.All(f => ColumnNumber(f.Value) is { } n && n == first + f.Key - filled[0].Key);
    }

    /// <summary>A column's number as printed forms write it: 3, （3）, (3), 三.</summary>
    private static int? ColumnNumber(string value)
    {
        var v = Text.Punctuation.HalfWidth(value).Trim().Trim('(', ')');
        if (int.TryParse(v, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)) return n;
        if (v is { Length: 1 } && v[0] is >= '\u2460' and <= '\u2473') return v[0] - '\u2460' + 1; // ① … ⑳
        const string digits = "一二三四五六七八九";
        return v switch
        {
            { Length: 1 } when digits.Contains(v[0]) => digits.IndexOf(v[0]) + 1,
            "十" => 10,
            { Length: 2 } when v[0] == '十' && digits.Contains(v[1]) => 10 + digits.IndexOf(v[1]) + 1,
            { Length: 2 } when v[1] == '十' && digits.Contains(v[0]) => (digits.IndexOf(v[0]) + 1) * 10,
            _ => null,
        };
    }

    /// <summary>
    /// A row that repeats the header (printed tables repeat it on every page): three cells or more read as the header's
    /// own cells in the same columns, and none holds anything else. An item row whose marks are written as words
    /// (全社会, 主动, 县级) is not one: its name and content are not the header's.
    /// </summary>
    private bool RepeatsHeader(int r, int maxColumn)
    {
        bool IsHeaderCell(int c) => Enumerable.Range(_header.FirstRow, _header.LastRow - _header.FirstRow + 1)
            .Any(h => Text.Punctuation.HeaderKey(Raw(h, c)) == Text.Punctuation.HeaderKey(Raw(r, c)));
        var written = Enumerable.Range(1, maxColumn).Where(c => Raw(r, c).Trim().Length > 0).ToList();
        return written.Count(IsHeaderCell) >= 3 && written.All(c => IsHeaderCell(c) || _header.Columns.GetValueOrDefault(c) == ColumnRole.Seq);
    }

    /// <summary>The row's cleaned values by column, and the cells whose cleaning changed more than line breaks and edges.</summary>
    private (Dictionary<int, string> Values, List<(int Column, string Raw, string Clean)> Cleaned) ReadRow(int r, int maxColumn)
    {
        var values = new Dictionary<int, string>();
        var cleaned = new List<(int, string, string)>();
        for (var c = 1; c <= maxColumn; c++)
        {
            var raw = Raw(r, c);
            values[c] = CellText.Clean(raw);
            if (ExcelErrors.Contains(values[c]))
            {
                findings.Add(new(At(r, c), Severity.Error, $"单元格是 Excel 错误值“{values[c]}”（公式出错），按空白导入，请在原表中改正公式或填入文字",
                    $"the cell holds the Excel error value '{values[c]}' (a failed formula); imported as blank, correct it in the workbook"));
                values[c] = "";
                continue;
            }
            if (values[c].Length > 0 && values[c] != string.Join("\n", raw.Replace("\r", "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)))
                cleaned.Add((c, raw, values[c]));
        }
        return (values, cleaned);
    }

    /// <summary>One text across the row (merged or repeated), or alone in the first column, or naming an area.</summary>
    private bool IsHeading(List<KeyValuePair<int, string>> filled) =>
        filled.Select(v => v.Value).Distinct().Count() == 1 && (filled.Count > 1 || filled[0].Key == 1 || CatalogueImporter.AreaIn(filled[0].Value, extras) is not null);

    private void Heading(int r, int column, string heading)
    {
        // A subsection of the current area that names another (扶贫's 教育扶贫（义务教育阶段）) stays in the current area, and
        // so does one that only mentions another (就业救助 under 社会救助) when the sheet's title or name gave its area: only
        // a heading that is an area's name (二、就业领域) moves the items below it.
        var named = CatalogueImporter.AreaIn(heading, extras);
        // After a section of another area, a heading naming the sheet's own (二、产业扶贫 on the 扶贫 sheet) returns to it.
        var returning = _sheetArea is { } home && _area is { } away && away != home && heading.Contains(home.Name, StringComparison.Ordinal)
            && !heading.Contains(away.Name, StringComparison.Ordinal); // （一）就业扶贫 under 三、就业 stays in 就业
        if (returning) named = _sheetArea;
        if (!returning && _area is { } current && (heading.Contains(current.Name, StringComparison.Ordinal) || named is not null && _sheetArea is not null && !IsAreaHeading(heading, named)))
        {
            // A new section all the same: its items take no category and no 同上 from the section before.
            _lastCategory = null;
            _above.Clear();
            findings.Add(new(At(r, column), Severity.Info, $"“{heading}”看起来是{current.Name}领域内的分节标题，已跳过", $"'{heading}' looks like a section heading within {current.Id}; skipped"));
        }
        else if (named is { } area)
        {
            _area = area;
            _lastCategory = null;
            _above.Clear();
            // A heading naming two areas (二、社会救助和养老服务) cannot say which its rows belong to: the first is taken, and said.
            var others = PilotAreas.All.Concat(extras).Where(a => a != area && heading.Contains(a.Name, StringComparison.Ordinal)).Select(a => a.Name).ToList();
            if (others.Count > 0)
                findings.Add(new(At(r, column), Severity.Warning, $"分节标题“{heading}”写了不止一个领域，以下事项都按{area.Name}领域导入。属于{string.Join("、", others)}的，请在原表分开写标题，或导入后移到相应领域",
                    $"section heading '{heading}' names more than one area; the items below are imported into {area.Id}. Split the heading in the table, or move the items of {string.Join(", ", others)} after the import"));
            else findings.Add(new(At(r, column), Severity.Info, $"分节标题“{heading}”：以下事项属于{area.Name}领域", $"section heading '{heading}': the items below belong to {area.Id}"));
        }
        // A heading naming no area the tool knows (（三）民政局其他事项): the rows below stay where they were, which may not be
        // what the table meant; said as a warning that names the area they go to.
        else if (_area is { } staying)
            findings.Add(new(At(r, column), Severity.Warning, $"“{heading}”看起来是标题行，已跳过；它没有写领域名称，以下事项仍归入{staying.Name}领域。如果它们属于别的领域，请在原表这一行写上领域名称（本地领域用 --extra-area），或导入后移动",
                $"'{heading}' looks like a heading row; skipped. It names no area, so the items below stay in {staying.Id}: if they belong to another area, name it in this row (a local area with --extra-area), or move them after the import"));
        else findings.Add(new(At(r, column), Severity.Info, $"“{heading}”看起来是标题行，已跳过", $"'{heading}' looks like a heading row; skipped"));
    }

    /// <summary>Whether a heading is an area's name and no more, numbering and 领域… aside (二、就业领域, （三）就业).</summary>
    private static bool IsAreaHeading(string heading, PilotArea area)
    {
        var key = HeadingNumbering().Replace(Text.Punctuation.Key(heading), "");
        if (key.IndexOf("领域", StringComparison.Ordinal) is > 0 and var at) key = key[..at];
        return key == area.Name || area.Variants.Contains(key, StringComparer.Ordinal) || key == area.Id;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[（(]?[一二三四五六七八九十0-9]{1,3}[)）、.．]?)")]
    private static partial System.Text.RegularExpressions.Regex HeadingNumbering();

    private void FillDittos(int r, Dictionary<int, string> values)
    {
        foreach (var (c, v) in values.ToList())
        {
            if (!Text.Ditto.Is(v)) continue;
            if (_above.TryGetValue(c, out var above))
            {
                values[c] = above;
                findings.Add(new(At(r, c), Severity.Info, $"“{v}”按上一行填为“{Text.Shortened.Of(above)}”", $"'{v}' (ditto) filled from the row above: '{Text.Shortened.Of(above)}'"));
            }
            else
            {
                // Never imported as text: a category or content reading 同上 would pass every later check.
                values[c] = "";
                findings.Add(new(At(r, c), Severity.Error, "“同上”上方没有可引用的内容，这一格按空白导入，请在原表或导入后补上",
                    "'同上' (ditto) with nothing above it to repeat; imported as blank, fill it in"));
            }
        }
    }

    /// <summary>The item of a row, or null (reported) when it has neither a name nor content.</summary>
    private ItemDraft? Item(int r, Dictionary<int, string> values)
    {
        string Get(ColumnRole role) => _header.Column(role) is { } c ? values.GetValueOrDefault(c) ?? "" : "";
        var name = Get(ColumnRole.Name);
        var category = Get(ColumnRole.Category);
        if (_header.Has(ColumnRole.Item))
        {
            name = name.Length > 0 ? name : Get(ColumnRole.Item);
            category = category.Length > 0 ? category : Get(ColumnRole.Item);
        }
        if (category.Length == 0) category = _lastCategory ?? "";
        if (category.Length > 0) _lastCategory = category;
        if (name.Length == 0 && Get(ColumnRole.Content).Length == 0)
        {
            findings.Add(new(At(r, 1), Severity.Warning, "这一行没有事项名称和公开内容，已跳过", "row without an item name or content; skipped"));
            return null;
        }
        // A sheet with a 二级事项 column whose cell is blank on this row: the item takes its 一级事项 as its name, and says so.
        if (name.Length == 0 && _header.Column(ColumnRole.Name) is { } nameColumn && category.Length > 0)
            findings.Add(new(At(r, nameColumn), Severity.Warning, $"二级事项是空的，按一级事项“{Text.Shortened.Of(category)}”作为事项名称导入，请导入后补上",
                $"the 二级事项 is blank; the item is named after its 一级事项 '{Text.Shortened.Of(category)}': give it its name after the import"));

        // A mark column holding another column's word (特定群体 in the 全社会 column) reads as a tick of its own column: said.
        foreach (var (c, mark) in MarkColumns.OtherColumnsWords(_header, values))
            findings.Add(new(At(r, c), Severity.Warning, $"“{mark}”写在“{_header.Titles[c]}”列，按这一列打勾导入：如果本意是“{mark}”，请导入后改正",
                $"'{mark}' is written in the '{_header.Titles[c]}' column and imported as a tick there; if '{mark}' was meant, correct it after the import"));
        var notes = new List<string>();
        if (Get(ColumnRole.Note) is { Length: > 0 } note) notes.Add(note);
        // A mark the tool does not know (○ alone, 待定) is no tick, and text that names no value is no value: neither is
        // lost without a word, and the cell's text stays in the note.
        foreach (var (c, text) in MarkColumns.UnknownMarks(_header, values)) UnknownMark(r, c, text, _header.Titles[c], notes);
        foreach (var (c, text) in MarkColumns.UnreadText(_header, values))
        {
            findings.Add(new(At(r, c), Severity.Warning, $"“{Text.Shortened.Of(text)}”不是“{_header.Titles[c]}”的取值，未导入为{_header.Titles[c]}，原文放入备注：请导入后核对",
                $"'{Text.Shortened.Of(text)}' is no value of '{_header.Titles[c]}'; not imported as one, with the text in the note: check it after the import"));
            notes.Add($"{_header.Titles[c]}：{text}");
        }
        var carriers = Carriers(r, notes);
        foreach (var (c, title) in ExtraColumns())
            if (values.GetValueOrDefault(c) is { Length: > 0 } extra) notes.Add($"{title}：{extra}");
        // An item's names are one line: a line break typed into the cell (Alt+Enter) only wrapped it.
        category = OneLine(category);
        name = OneLine(name);
        // The tool's own workbook carries each item's id and standard item in hidden columns: read back as they were.
        var givenId = GivenId(Get(ColumnRole.ItemId));
        // A row above took this id (a copy inserted above its original): the row still named as the repository's item keeps it.
        if (givenId.Length > 0 && areas.IdTaken(givenId) && areas.Reclaim(givenId, ImportedAreas.NamesKey(category, name.Length > 0 ? name : category, Get(ColumnRole.Sub) is { Length: > 0 } s ? OneLine(s) : null)) is { } copy)
        {
            // What was said of the copy under the id it gave up is said of it under its new one.
            for (var k = 0; k < findings.Count; k++)
                findings[k] = findings[k].Renamed(id => id == givenId ? copy.NewId : null);
            findings.Add(new(At(r, _header.Column(ColumnRole.ItemId)!.Value), Severity.Warning,
                $"事项编号“{givenId}”也写在 {copy.At} 的一行（像是复制的）：编号留给与原仓库事项同名的这一行，那一行按新事项编号 {copy.NewId}，请核对",
                $"item id '{givenId}' is also on the row at {copy.At} (a copy, it seems): the id stays with this row, named as the repository's item, and that row is numbered {copy.NewId}; check it"));
        }
        var usable = givenId.Length > 0 && Binding.ItemIdRules.IsValid(givenId);
        // A row whose id repeats one above is a copied row: the standard item it carries is the original's, not its own.
        var copied = usable && areas.IdTaken(givenId);
        var idGiven = usable && !copied;
        if (givenId.Length > 0 && !idGiven)
            findings.Add(new(At(r, _header.Column(ColumnRole.ItemId)!.Value), Severity.Warning,
                $"事项编号“{Text.Shortened.Of(givenId)}”{(copied ? "已被前面的事项使用" : "不是可用的编号（小写字母、数字和连字符）")}，已重新编号",
                $"item id '{Text.Shortened.Of(givenId)}' {(copied ? "is already used by an item above" : "is not a usable id (lower-case letters, digits and hyphens)")}; numbered anew"));
        var givenBaseline = copied ? "" : GivenId(Get(ColumnRole.BaselineId));
        var powers = new List<Model.PowerRef>();
        if (_header.Column(ColumnRole.Powers) is { } powerColumn)
            foreach (var line in Text.ControlCharacters.Remove(Raw(r, powerColumn).Replace('\r', '\n')).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (Model.PowerRef.FromDisplay(line, SourceSpan.OfFile(sheet.Name)) is { } read) powers.AddRange(read);
                else findings.Add(new(At(r, powerColumn), Severity.Warning, $"关联职权“{Text.Shortened.Of(line)}”读不懂（应是职权编码、以 * 结尾的编码前缀，或 {{type: 类型, subject: 主体}}），未导入",
                    $"power link '{Text.Shortened.Of(line)}' cannot be read (a power code, a code prefix ending in *, or {{type: …, subject: …}}); not imported"));
            }
        return new ItemDraft(
            idGiven ? givenId : areas.NextId(_area!), category, name.Length > 0 ? name : category, Get(ColumnRole.Sub) is { Length: > 0 } sub ? OneLine(sub) : null,
            Get(ColumnRole.Content), SplitBasis(Get(ColumnRole.Basis)), Get(ColumnRole.TimeLimit), Get(ColumnRole.Subject),
            carriers, MarkColumns.Audience(_header, values), MarkColumns.Mode(_header, values), MarkColumns.Levels(_header, values),
            givenBaseline.Length > 0 ? givenBaseline : null, notes.Count == 0 ? null : string.Join("；", notes)) {
                IdGiven = idGiven, Powers = powers, BaselineCell = _header.Column(ColumnRole.BaselineId) is { } bc ? At(r, bc) : null,
                IdCell = _header.Column(ColumnRole.ItemId) is { } ic ? At(r, ic) : null,
            };
    }

    /// <summary>An id typed into a hidden id column as meant: full-width characters, capitals and spaces folded (ＳＨＪＺ－００５, shjz - 002).</summary>
    internal static string GivenId(string cell)
    {
        var compact = string.Concat(Text.Punctuation.HalfWidth(cell).Where(c => !char.IsWhiteSpace(c)));
        return Binding.ItemIdRules.Meant(compact) ?? compact.ToLowerInvariant();
    }

    /// <summary>The row's carriers; what the checklist says besides them (注：…) joins the notes, variants are reported.</summary>
    private IReadOnlyList<string> Carriers(int r, List<string> notes)
    {
        if (_header.Has(ColumnRole.ChannelTick)) return TickedCarriers(r, notes);
        if (_header.Column(ColumnRole.Channels) is not { } column) return CarrierParser.Parse("").Channels;
        var cell = Raw(r, column);
        if (Text.Ditto.Is(cell) && _above.TryGetValue(column, out var above)) cell = above; // 同上: the carriers above
        var carriers = CarrierParser.Parse(cell);
        if (carriers.Note is { Length: > 0 } carrierNote) notes.Add(carrierNote);
        foreach (var (written, read) in carriers.Normalised)
            findings.Add(new(At(r, column), Severity.Info, $"载体“{written}”按标准载体“{read}”导入", $"carrier '{written}' imported as the standard carrier '{read}'"));
        foreach (var unknown in carriers.Unrecognised)
            findings.Add(new(At(r, column), Severity.Info, $"载体“{unknown}”不是13类标准载体，按“其他：{unknown}”导入", $"carrier '{unknown}' is none of the 13 standard carriers; imported as '其他：{unknown}'"));
        return carriers.Channels;
    }

    /// <summary>
    /// The carriers ticked in their own columns (政府网站 | 政府公报 | … | 其他 under 公开渠道和载体), in the template's order;
    /// text in the 其他 column names the local carriers. A mark the tool does not know is said, its text kept in the note.
    /// </summary>
    private IReadOnlyList<string> TickedCarriers(int r, List<string> notes)
    {
        var channels = new List<string>();
        foreach (var (c, _) in _header.Columns.Where(x => x.Value == ColumnRole.ChannelTick).OrderBy(x => x.Key))
        {
            var carrier = TemplateHeader.Carrier(_header.Titles[c])!;
            var text = CellText.Clean(Raw(r, c));
            if (Text.Ditto.Is(text) && _above.TryGetValue(c, out var above)) text = CellText.Clean(above);
            // The carrier's own name written in its column is a tick too.
            switch (TemplateHeader.Carrier(text) == carrier ? true : MarkColumns.Read(text))
            {
                case true:
                    if (!channels.Contains(carrier)) channels.Add(carrier);
                    break;
                case false:
                    break;
                case null when carrier == "其他":
                    // √ 村务微信群: the tick says it is chosen, the text what it is.
                    foreach (var other in CarrierParser.Parse("其他：" + text.Trim('√', '✓', '✔', '●', '☑', '\uFE0F', ' ', '\u3000')).Channels)
                        if (!channels.Contains(other)) channels.Add(other);
                    break;
                default:
                    UnknownMark(r, c, text, carrier, notes);
                    break;
            }
        }
        return channels;
    }

    /// <summary>A √ column's cell holding neither a tick nor a blank: imported as not ticked, said, and kept in the note.</summary>
    private void UnknownMark(int r, int c, string text, string column, List<string> notes)
    {
        findings.Add(new(At(r, c), Severity.Warning, $"“{Text.Shortened.Of(text)}”不是认得的打勾标记（√、●、是 等），按未勾选导入，原文放入备注：请导入后核对“{column}”",
            $"'{Text.Shortened.Of(text)}' is no tick the tool knows (√, ●, 是 …); imported as not ticked, with the text in the note: check '{column}' after the import"));
        notes.Add($"{column}：{text}");
    }

    private void ReportMissing(int r, ItemDraft item)
    {
        void Missing(string zh, string en) => findings.Add(new(At(r, 1), Severity.Warning, $"{item.Id}（{item.Name}）{zh}", $"{item.Id} ({item.Name}): {en}"));
        foreach (var (field, value) in new[] { ("公开内容", item.Content), ("公开时限", item.TimeLimit), ("公开主体", item.Subject) })
            if (value.Length == 0) Missing($"缺少{field}，导入后请补上", $"no {field}; add it after the import");
        if (item.Basis.Count == 0) Missing("缺少公开依据，导入后请补上", "no 公开依据; add it after the import");
        // A number or a date is no time limit (a cell typed 20, or formatted as a date): said at its cell.
        if (item.TimeLimit.Length > 0 && _header.Column(ColumnRole.TimeLimit) is { } limitColumn
            && (double.TryParse(item.TimeLimit, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
                || DateOnly.TryParseExact(item.TimeLimit, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _)))
            findings.Add(new(At(r, limitColumn), Severity.Warning, $"公开时限“{item.TimeLimit}”只是一个数字或日期，请写成完整的时限，如“信息形成或者变更之日起20个工作日内”",
                $"time limit '{item.TimeLimit}' is only a number or a date; write the whole limit, e.g. 信息形成或者变更之日起20个工作日内"));
        if (item.Channels.Count == 0) Missing("没有选中任何公开渠道和载体", "no carrier ticked");
        foreach (var (field, list) in new[] { ("公开对象", item.Audience), ("公开方式", item.Mode), ("公开层级", item.Levels) })
            if (list.Count == 0) Missing($"没有{field}标记，导入后请补上", $"no {field} mark; add it after the import");
    }

    /// <summary>The documents of a basis cell, one a line or after ；, without their numbering (1. 2、 （3） ④); a year that
    /// opens a document's name (2019年修订的…, 2.2019年…) is its text, not a number.</summary>
    private static List<string> SplitBasis(string text) =>
        text.Split(['\n', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => BasisNumbering().Replace(s, "").Trim()).Where(s => s.Length > 0).ToList();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[（(]\s*[0-9一二三四五六七八九十]{1,2}\s*[)）]|[0-9]{1,2}\s*[.、．)）]|[一二三四五六七八九十]{1,2}、|[\u2460-\u2473])\s*")]
    private static partial System.Text.RegularExpressions.Regex BasisNumbering();

    /// <summary>The lines of a cell as one: joined directly between Chinese characters, by a space otherwise.</summary>
    private static string OneLine(string text)
    {
        if (!text.Contains('\n')) return text;
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sb = new System.Text.StringBuilder(lines[0]);
        foreach (var line in lines.Skip(1))
        {
            if (!(sb.Length > 0 && sb[^1] >= '\u2E80' && line.Length > 0 && line[0] >= '\u2E80')) sb.Append(' ');
            sb.Append(line);
        }
        return sb.ToString();
    }
}
