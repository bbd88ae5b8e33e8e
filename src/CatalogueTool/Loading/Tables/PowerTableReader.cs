using CatalogueTool.Binding;
using CatalogueTool.Diagnostics;
using CatalogueTool.Model;

namespace CatalogueTool.Loading.Tables;

/// <summary>CSV and XLSX power lists: header found by name below any title rows, extra columns ignored, blank rows skipped, codes as text.</summary>
public static partial class PowerTableReader
{
    private const int HeaderSearchRows = 15;
    private const int MaxRows = 200_000;

    public static PowerList? FromCsv(string full, string rel, DiagnosticBag bag, bool gbkAccepted = false)
    {
        var text = SourceFile.ReadText(full, rel, Limits.MaxCsvBytes, bag, gbkAccepted);
        if (text is null) return null;
        if (string.IsNullOrWhiteSpace(text))
        {
            bag.Add(KnownRules.FileUnreadable, new SourceSpan(rel, 1, 1), "file.empty");
            return null;
        }
        var table = CsvParser.Parse(text);
        if (table.UnclosedQuoteLine is { } open)
            bag.Add(KnownRules.CsvSyntax, new SourceSpan(rel, open, 1), "csv.open-quote");
        return FromRows(table.Rows.Select(r => (Row: r.Line, Cells: (IReadOnlyList<string>)r.Cells)), rel, sheet: null, bag);
    }

    public static PowerList? FromXlsx(string full, string rel, DiagnosticBag bag)
    {
        if (!SpreadsheetGuard.Check(full, rel, bag)) return null;
        try
        {
            var sheets = XlsxReader.Read(full, MaxRows, 64);
            // Rows past the most read would be lost without a word: the list is refused instead.
            var cuts = sheets.Where(s => s.Truncated && !s.Hidden).ToList();
            foreach (var cut in cuts)
                bag.Add(KnownRules.FileTooLarge, new SourceSpan(rel, 1, 1) { Cell = $"{cut.Name}!A1" }, "powers.sheet-too-long", cut.Name, MaxRows);
            if (cuts.Count > 0) return null; // refused whole: a list missing its last rows is not written
            // Each visible sheet's rows with its merged cells filled, worked out once.
            var visible = sheets.Where(s => !s.Hidden).Select(s => (Sheet: s, Rows: WithMergesFilled(s).ToList())).ToList();
            // A sheet's name stands for its department only among several sheets that hold lists (one per department).
            var withLists = visible.Count(v => v.Rows.Take(HeaderSearchRows).Any(r => PowerColumns.Recognise(r.Cells) is not null));
            // Every visible sheet with a header is read: counties keep one sheet per department in one workbook. With several,
            // a sheet without a subject column or a title naming the body takes the sheet's name (民政局).
            var read = new List<(SheetData Sheet, PowerList List)>();
            foreach (var (sheet, rows) in visible)
            {
                var local = new DiagnosticBag();
                var body = withLists < 2 ? null : DepartmentIn(sheet.Name.Trim()) ?? (GenericSheetName().IsMatch(sheet.Name) ? null : sheet.Name.Trim());
                var list = FromRows(rows, rel, sheet, local, body);
                if (list is null) continue;
                bag.AddRange(local.ToSortedList());
                read.Add((sheet, list));
            }
            // A sheet not read that holds anything is named, so that a department's powers never go missing without a word.
            void Skipped(SheetData sheet) =>
                bag.Add(KnownRules.PowerSheetSkipped, new SourceSpan(rel, 1, 1) { Cell = $"{sheet.Name}!A1" }, sheet.Hidden ? "powers.sheet-hidden" : "powers.sheet-no-header", sheet.Name);
            static bool HoldsAnything(SheetData sheet) => sheet.Rows.Any(r => r.Any(c => !string.IsNullOrWhiteSpace(c)));
            if (read.Count > 0)
            {
                foreach (var sheet in sheets.Where(s => read.All(r => r.Sheet != s) && HoldsAnything(s))) Skipped(sheet);
                var first = read[0].List;
                return read.Count == 1 ? first : first with
                {
                    Powers = [.. read.SelectMany(r => r.List.Powers)],
                    Refused = [.. read.SelectMany(r => r.List.Refused)],
                    Conversions = [.. read.SelectMany(r => r.List.Conversions)],
                };
            }
            // No header found: a header cell holding an uncalculated formula may be why, or the list is on a hidden sheet.
            foreach (var (sheet, _) in visible)
                ReportUncomputed(sheet, rel, sheet.Uncomputed.Where(u => u.Row <= HeaderSearchRows), bag);
            foreach (var sheet in sheets.Where(s => s.Hidden && HoldsAnything(s))) Skipped(sheet);
            ReportNoHeader(visible.SelectMany(v => v.Rows.Take(HeaderSearchRows).Select(r => ((SheetData?)v.Sheet, r.Row, r.Cells))), rel, bag);
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            bag.Add(KnownRules.FileUnreadable, SourceSpan.OfFile(rel), SpreadsheetGuard.Failure(ex), ex.Message);
            return null;
        }
    }

    /// <summary>The sheet's rows with every merged cell reading as its range's first cell: a 主项 merged down over its 子项
    /// rows, a subject merged over a department's rows, a header merged over two header rows.</summary>
    private static IEnumerable<(int Row, IReadOnlyList<string> Cells)> WithMergesFilled(SheetData sheet)
    {
        var merged = sheet.MergedValues();
        var byRow = merged.GroupBy(m => m.Key.Row).ToDictionary(g => g.Key, g => g.ToList());
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            if (!byRow.TryGetValue(i + 1, out var fills))
            {
                yield return (i + 1, sheet.Rows[i]);
                continue;
            }
            var cells = new string[Math.Max(sheet.Rows[i].Length, fills.Max(f => f.Key.Column))];
            for (var c = 0; c < cells.Length; c++) cells[c] = c < sheet.Rows[i].Length ? sheet.Rows[i][c] : "";
            foreach (var ((_, column), value) in fills) cells[column - 1] = value;
            yield return (i + 1, cells);
        }
    }

    /// <summary>
    /// A second header row under the first (职权名称 over 主项名称 | 子项名称): every cell either repeats the one above
    /// (merged down over both rows) or names a column, and at least one names a column the row above does not.
    /// </summary>
    private static bool IsSecondHeader(IReadOnlyList<string> header, IReadOnlyList<string> cells)
    {
        var differs = false;
        for (var c = 0; c < cells.Count; c++)
        {
            var text = cells[c].Trim();
            if (text.Length == 0 || c < header.Count && text == header[c].Trim()) continue;
            if (!PowerColumns.IsHeaderWord(text)) return false;
            differs = true;
        }
        return differs;
    }

    /// <summary>Sheet names that name no department: Sheet1, 工作表2, and the words of lists and notes (权责清单, 填表说明).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(sheet|工作表|表)\s*\d*\s*$|清单|目录|说明|封面|附件|汇总", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex GenericSheetName();

    /// <param name="sheetBody">The body a sheet's name stands for (one sheet per department), tried after the title and before the file name.</param>
    private static PowerList? FromRows(IEnumerable<(int Row, IReadOnlyList<string> Cells)> rows, string rel, SheetData? sheet, DiagnosticBag bag, string? sheetBody = null)
    {
        Dictionary<string, int>? columns = null;
        string? title = null;
        var powers = new List<Power>();
        var above = new Dictionary<string, string>(StringComparer.Ordinal);
        var refused = new List<string>();
        var conversions = new List<Diagnostic>();
        var department = Path.GetFileNameWithoutExtension(rel);
        var explained = new HashSet<(int Row, int Column)>(); // uncalculated formulas already reported as a required cell missing
        var headerRow = 0;
        IReadOnlyList<string>? header = null;
        var searched = new List<(int Row, IReadOnlyList<string> Cells)>(); // the rows a header was looked for in
        foreach (var (row, cells) in rows)
        {
            if (header is not null && columns is not null)
            {
                var first = header;
                header = null;
                if (IsSecondHeader(first, cells))
                {
                    // The two rows read as one: the lower row's name where it has one (主项名称, 子项名称), else the upper's.
                    var combined = Enumerable.Range(0, Math.Max(first.Count, cells.Count))
                        .Select(c => c < cells.Count && cells[c].Trim().Length > 0 ? cells[c] : c < first.Count ? first[c] : "").ToList();
                    columns = PowerColumns.Recognise(combined) ?? columns;
                    headerRow = row;
                    continue;
                }
            }
            if (columns is null)
            {
                if (row > HeaderSearchRows) break;
                searched.Add((row, cells));
                columns = PowerColumns.Recognise(cells);
                headerRow = row;
                if (columns is not null) header = cells;
                if (columns is not null && !columns.ContainsKey(PowerColumns.Subject))
                {
                    // Without a subject column the body is the one the title names (青禾县城市管理局权责清单), else the file's name.
                    var titled = DepartmentIn(title);
                    department = titled ?? sheetBody ?? department;
                    bag.Add(KnownRules.PowerSubjectImplied, new SourceSpan(rel, row, 1) is var h && sheet is not null ? h with { Cell = $"{sheet.Name}!A{row}" } : h,
                        titled is not null ? "powers.no-subject-title" : sheetBody is not null ? "powers.no-subject-sheet" : "powers.no-subject", department);
                }
                // The title is the first text above the header, unless a later row names the list's body (附件1 above the title).
                if (columns is null && cells.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c)) is { } first
                    && (title is null || DepartmentIn(title) is null && DepartmentIn(first.Trim()) is not null))
                    title = first.Trim();
                continue;
            }
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            // A note or a total under the list (注：本清单动态调整, 合计 3,000 项) is no power.
            if (IsNoteOrTotal(cells)) continue;
            // The header again: merged down over a second row, or repeated at the top of a printed page.
            if (PowerColumns.Recognise(cells) is not null) continue;
            // 同上 (ditto) repeats the cell above in the same column, as counties write their lists by hand. Every column
            // of the row is resolved first, so that a row refused below still serves the next one as "above"; a ditto
            // with nothing above reads as blank (a required column then reports it missing, once).
            SourceSpan At(string field)
            {
                var col = columns.TryGetValue(field, out var i) ? i + 1 : 1;
                var span = new SourceSpan(rel, row, col);
                return sheet is null ? span : span with { Cell = $"{sheet.Name}!{XlsxReader.ColumnLetters(col)}{row}" };
            }
            var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
            var rowConversions = new List<Diagnostic>(); // said only for a row that becomes a power
            var dittos = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (field, index) in columns)
            {
                var text = index < cells.Count ? cells[index].Trim() : "";
                if (Text.Ditto.Is(text) && above.TryGetValue(field, out var repeated))
                {
                    rowConversions.Add(new Diagnostic(KnownRules.PowerDittoFilled, KnownRules.PowerDittoFilled.Severity, At(field), "powers.ditto-filled", [text, Text.Shortened.Of(repeated)]));
                    dittos.Add(field);
                    text = repeated;
                }
                else if (Text.Ditto.Is(text)) text = "";
                if (text.Length > 0) above[field] = text;
                resolved[field] = text;
            }
            string Cell(string field) => resolved.GetValueOrDefault(field, "");
            // A required cell that is blank because its formula was never calculated says so, instead of "missing".
            bool Uncomputed(string field) => sheet is not null && columns.TryGetValue(field, out var i) && sheet.Uncomputed.Contains((row, i + 1));
            string MissingKey(string field)
            {
                if (!Uncomputed(field)) return "powers.cell-missing";
                explained.Add((row, columns[field] + 1));
                return "powers.cell-formula";
            }
            var code = Text.Punctuation.HalfWidth(Cell(PowerColumns.Code)); // full-width and half-width forms are one code
            if (code != Cell(PowerColumns.Code))
                rowConversions.Add(new Diagnostic(KnownRules.VariantNormalised, KnownRules.VariantNormalised.Severity, At(PowerColumns.Code), "schema.variant", [Cell(PowerColumns.Code), code]));
            // A 子项 is named within its 主项 (对超限运输的处罚：对超限运输车辆擅自行驶公路的处罚); a row of the 主项 alone keeps its name.
            // A 子项 row whose 主项 cell is blank belongs to the 主项 above it (a merged cell split apart, 取消合并单元格).
            var main = Cell(PowerColumns.Name) is { Length: > 0 } written ? written
                : Cell(PowerColumns.SubName).Length > 0 ? above.GetValueOrDefault(PowerColumns.Name, "") : "";
            var name = Cell(PowerColumns.SubName) is { Length: > 0 } sub && sub != main
                ? main.Length > 0 ? $"{main}：{sub}" : sub
                : main;
            var typeText = Cell(PowerColumns.Type);
            if (columns.Keys.FirstOrDefault(f => Text.ControlCharacters.First(Cell(f)) is not null) is { } controlled)
            {
                // A 同上 repeats the cell above it, control character and all: the message says where it came from.
                bag.Add(KnownRules.InvalidValue, At(controlled), dittos.Contains(controlled) ? "powers.control-character-ditto" : "powers.control-character",
                    Text.ControlCharacters.Name(Text.ControlCharacters.First(Cell(controlled))!.Value));
                refused.Add(code);
                continue;
            }
            // A 主项 written on a row of its own, without a code, over the 子项 rows that carry the codes: no power, and its
            // name is already the 主项 of the rows below (kept as the cell above).
            // A row with its basis filled is a power whose code was forgotten, and stays an error.
            if (code.Length == 0 && !Uncomputed(PowerColumns.Code) && columns.ContainsKey(PowerColumns.SubName) && Cell(PowerColumns.SubName).Length == 0
                && Cell(PowerColumns.Name).Length > 0 && Cell(PowerColumns.Basis).Length == 0 && Cell(PowerColumns.MoreBasis).Length == 0)
            {
                bag.Add(KnownRules.PowerMainRow, At(PowerColumns.Name), "powers.main-row", Text.Shortened.Of(Cell(PowerColumns.Name)));
                continue;
            }
            if (code.Length == 0) { bag.Add(KnownRules.MissingField, At(PowerColumns.Code), MissingKey(PowerColumns.Code), new Diagnostics.Localized("事项编码", "code (事项编码)")); refused.Add(""); continue; }
            if (!IsCode(code)) { bag.Add(KnownRules.InvalidValue, At(PowerColumns.Code), "powers.code-characters", code); refused.Add(code); continue; }
            if (name.Length == 0) { bag.Add(KnownRules.MissingField, At(PowerColumns.Name), MissingKey(PowerColumns.Name), new Diagnostics.Localized("事项名称", "name (事项名称)")); refused.Add(code); continue; }
            if (typeText.Length == 0) { bag.Add(KnownRules.MissingField, At(PowerColumns.Type), MissingKey(PowerColumns.Type), new Diagnostics.Localized("权力类型", "type (权力类型)")); refused.Add(code); continue; }
            var type = PowerTypeBinder.Bind(new Located<string>(typeText, At(PowerColumns.Type)), bag);
            if (type is null) { refused.Add(code); continue; }
            var subject = Cell(PowerColumns.Subject);
            // 设定依据 and 实施依据 in two columns: both are the power's basis.
            var basis = string.Join("；", new[] { Cell(PowerColumns.Basis), Cell(PowerColumns.MoreBasis) }.Where(b => b.Length > 0).Distinct(StringComparer.Ordinal));
            powers.Add(new Power(code, name, type, basis.Length == 0 ? null : basis, subject.Length == 0 ? department : subject, At(PowerColumns.Code)));
            conversions.AddRange(rowConversions);
        }
        if (columns is null)
        {
            if (sheet is null) ReportNoHeader(searched.Select(r => ((SheetData?)null, r.Row, r.Cells)), rel, bag);
            return null;
        }
        // The cells the list is read from: its title and header, and the recognised columns of its rows (not 序号 or notes).
        if (sheet is not null)
        {
            var read = columns.Values.Select(i => i + 1).ToHashSet();
            ReportUncomputed(sheet, rel, sheet.Uncomputed.Where(u => !explained.Contains(u) && (u.Row <= headerRow || read.Contains(u.Column))), bag);
        }
        return new PowerList(rel, department, title, powers) { Refused = refused, Conversions = conversions };
    }

    /// <summary>
    /// No header: the row that names most of the three columns a header needs is shown, with what it has and what it lacks
    /// and the names each missing column may have, so that the clerk renames one cell instead of guessing.
    /// </summary>
    private static void ReportNoHeader(IEnumerable<(SheetData? Sheet, int Row, IReadOnlyList<string> Cells)> rows, string rel, DiagnosticBag bag)
    {
        var best = rows.Select(r => (r.Sheet, r.Row, Named: PowerColumns.Named(r.Cells)))
            .Select(r => (r.Sheet, r.Row, Found: PowerColumns.Required.Where(q => r.Named.ContainsKey(q.Field)).ToList()))
            .Where(r => r.Found.Count > 0).OrderByDescending(r => r.Found.Count).FirstOrDefault();
        if (best.Found is null)
        {
            bag.Add(KnownRules.PowerHeader, SourceSpan.OfFile(rel), "powers.header");
            return;
        }
        var missing = PowerColumns.Required.Where(q => !best.Found.Contains(q)).ToList();
        var span = new SourceSpan(rel, best.Row, 1);
        if (best.Sheet is not null) span = span with { Cell = $"{best.Sheet.Name}!A{best.Row}" };
        bag.Add(KnownRules.PowerHeader, span, "powers.header-partial", best.Row, string.Join("、", best.Found.Select(f => f.Name)),
            string.Join("、", missing.Select(m => m.Name)), string.Join("；", missing.Select(m => $"{m.Name}：{string.Join("/", PowerColumns.NamesOf(m.Field).Take(6))}")));
    }

    /// <summary>A row that holds only a note (注：…, 说明：…, 填表说明…) or a total (合计, 共 320 项) in its cells.</summary>
    private static bool IsNoteOrTotal(IReadOnlyList<string> cells)
    {
        var written = cells.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList();
        // A total spread over three cells (合计 | 2 | 项, 小计 | 1 | 行政许可) is a total too: it opens with the word alone.
        if (written.Count == 3 && Text.SummaryRows.IsTotalWord(written[0])) return true;
        if (written.Count is 0 or > 2) return false;
        static bool NoteOrTotal(string cell) => Text.SummaryRows.IsNote(cell) || Text.SummaryRows.IsTotal(cell);
        return NoteOrTotal(written[0]) && (written.Count == 1 || Text.Punctuation.HalfWidth(written[1]).Replace(" ", "") is var second
            && (NoteOrTotal(second) || double.TryParse(second.TrimEnd('项', '个', '条'), System.Globalization.NumberStyles.AllowThousands | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _)));
    }

    /// <summary>The words a list's title ends its department's name with, longest first (权力和责任清单 before 责任清单).</summary>
    private static readonly string[] ListWords = ["权力和责任清单", "权责事项清单", "权力事项清单", "行政权力清单", "权责清单", "权力清单", "责任清单"];

    /// <summary>
    /// The body a list's title names before its list word (青禾县城市管理局权责清单（2024年版）→ 青禾县城市管理局), without
    /// an 附件N： prefix or book-title marks; null when the title names none.
    /// </summary>
    private static string? DepartmentIn(string? title)
    {
        if (title is null) return null;
        foreach (var word in ListWords)
        {
            if (title.IndexOf(word, StringComparison.Ordinal) is not (> 0 and var at)) continue;
            var body = Text.TitleWords.Strip(title[..at]).Trim('《', '》', '“', '”', '"', ' ', '（', '(').TrimEnd('的');
            return body.Length is > 1 and <= 40 ? body : null;
        }
        return null;
    }

    /// <summary>Cells whose formula has no stored result: each read as blank, so each is an error at its cell.</summary>
    private static void ReportUncomputed(SheetData sheet, string rel, IEnumerable<(int Row, int Column)> cells, DiagnosticBag bag)
    {
        foreach (var (r, c) in cells.OrderBy(u => u.Row).ThenBy(u => u.Column))
            bag.Add(KnownRules.PowerFormula, new SourceSpan(rel, r, c) { Cell = $"{sheet.Name}!{XlsxReader.ColumnLetters(c)}{r}" }, "powers.formula");
    }

    /// <summary>
    /// A power code is one token: no spaces, no path separators, and not starting like a spreadsheet formula (= + - @),
    /// since codes are written to workbooks, pages and open data.
    /// </summary>
    public static bool IsCode(string code) =>
        code.Length <= 100 && code[0] is not ('=' or '+' or '-' or '@')
        && !code.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '/' or '\\' or '<' or '>' or '"');
}
