using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace CatalogueTool.Loading.Tables;

/// <summary>A merged range of cells, 1-based and inclusive.</summary>
public readonly record struct CellRange(int FirstRow, int FirstColumn, int LastRow, int LastColumn);

/// <summary>One worksheet as the user sees it: cell texts by row (index 0 = row 1), and its merged ranges.</summary>
public sealed record SheetData(string Name, IReadOnlyList<string[]> Rows, IReadOnlyList<CellRange> Merges)
{
    /// <summary>Hidden in the workbook (an old version kept out of sight, a lookup table): not what the user reads.</summary>
    public bool Hidden { get; init; }

    /// <summary>The sheet has rows past the most a reader takes: they were not read, which the importer must say.</summary>
    public bool Truncated { get; init; }

    /// <summary>
    /// Cells (row, column) holding a formula whose result the file does not carry: a workbook written by a program and
    /// never recalculated in Excel. They read as blank, but the sheet shows a value once Excel opens it.
    /// </summary>
    public IReadOnlySet<(int Row, int Column)> Uncomputed { get; init; } = new HashSet<(int, int)>();

    /// <summary>Rows hidden in the sheet (1-based): read like the others, and said, since a hidden row is easily forgotten.</summary>
    public IReadOnlySet<int> HiddenRows { get; init; } = new HashSet<int>();

    public string Cell(int row, int column) =>
        row >= 1 && row <= Rows.Count && column >= 1 && column <= Rows[row - 1].Length ? Rows[row - 1][column - 1] : "";

    /// <summary>
    /// Every cell of a merged range as the range's first cell reads (a 主项 merged down over its 子项 rows, grouped
    /// headers), by (row, column). Ranges are clipped to the rows and columns the sheet has, and no more than a million
    /// cells are filled in all, so that a small file of huge merges cannot exhaust memory.
    /// </summary>
    public Dictionary<(int Row, int Column), string> MergedValues()
    {
        const long budget = 1_000_000;
        var map = new Dictionary<(int, int), string>();
        var columns = Rows.Count == 0 ? 0 : Rows.Max(r => r.Length);
        long filled = 0;
        foreach (var m in Merges)
        {
            var lastRow = Math.Min(m.LastRow, Rows.Count);
            var lastColumn = Math.Min(m.LastColumn, columns);
            if (lastRow < m.FirstRow || lastColumn < m.FirstColumn) continue;
            filled += (long)(lastRow - m.FirstRow + 1) * (lastColumn - m.FirstColumn + 1);
            if (filled > budget) break;
            var value = Cell(m.FirstRow, m.FirstColumn);
            for (var r = m.FirstRow; r <= lastRow; r++)
                for (var c = m.FirstColumn; c <= lastColumn; c++)
                    map[(r, c)] = value;
        }
        return map;
    }
}

/// <summary>
/// Reads the cell texts of an .xlsx package with a streaming XML reader: no formula is evaluated (the cached value is
/// read), no external link or DTD is followed, numbers keep their written digits (or read as their format shows them with words, 0"个工作日"), dates come out as yyyy-MM-dd, and
/// rows and columns are bounded. Much faster than a full object model for the read-only work of the importers.
/// </summary>
public static class XlsxReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = false,
    };

    public static IReadOnlyList<SheetData> Read(string path, int maxRows, int maxColumns)
    {
        using var zip = ZipFile.OpenRead(path);
        var strings = ReadSharedStrings(zip);
        var formats = ReadCellFormats(zip);
        var sheets = new List<SheetData>();
        foreach (var (name, part, hidden) in ReadSheetParts(zip))
        {
            if (zip.GetEntry(part) is not { } entry) continue;
            sheets.Add(ReadSheet(name, entry, strings, formats, maxRows, maxColumns) with { Hidden = hidden });
        }
        return sheets;
    }

    private static XmlReader Open(ZipArchiveEntry entry) => XmlReader.Create(entry.Open(), Settings);

    private static List<(string Name, string Part, bool Hidden)> ReadSheetParts(ZipArchive zip)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var r = Open(rels);
            while (r.Read())
                if (r.NodeType == XmlNodeType.Element && r.LocalName == "Relationship" && r.GetAttribute("Id") is { } id && r.GetAttribute("Target") is { } target)
                    targets[id] = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        }
        var sheets = new List<(string, string, bool)>();
        if (zip.GetEntry("xl/workbook.xml") is not { } workbook) throw new InvalidDataException("xl/workbook.xml missing");
        using (var r = Open(workbook))
        {
            while (r.Read())
            {
                if (r.NodeType != XmlNodeType.Element || r.LocalName != "sheet") continue;
                var id = r.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
                if (r.GetAttribute("name") is { } name && id is not null && targets.TryGetValue(id, out var part))
                    sheets.Add((name, part, r.GetAttribute("state") is "hidden" or "veryHidden"));
            }
        }
        return sheets;
    }

    private static List<string> ReadSharedStrings(ZipArchive zip)
    {
        var list = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is not { } entry) return list;
        using var r = Open(entry);
        var sb = new System.Text.StringBuilder();
        var phonetic = 0;
        while (r.Read())
        {
            switch (r.NodeType)
            {
                case XmlNodeType.Element when r.LocalName == "si":
                    sb.Clear();
                    if (r.IsEmptyElement) list.Add("");
                    break;
                case XmlNodeType.Element when r.LocalName == "rPh" && !r.IsEmptyElement:
                    phonetic++;
                    break;
                case XmlNodeType.EndElement when r.LocalName == "rPh":
                    phonetic--;
                    break;
                case XmlNodeType.Element when r.LocalName == "t" && phonetic == 0 && !r.IsEmptyElement:
                    sb.Append(r.ReadElementContentAsString());
                    if (r.NodeType == XmlNodeType.EndElement && r.LocalName == "si") list.Add(Text.OoxmlEscapes.Decode(sb.ToString()));
                    break;
                case XmlNodeType.EndElement when r.LocalName == "si":
                    list.Add(Text.OoxmlEscapes.Decode(sb.ToString()));
                    break;
            }
        }
        return list;
    }

    /// <summary>What the workbook's cell formats (cellXfs, by index) do to a number: show a date, or words around it.</summary>
    private sealed class CellFormats
    {
        public HashSet<int> Dates { get; } = [];

        /// <summary>Custom format codes by cell format, for numbers and dates shown with words.</summary>
        public Dictionary<int, string> Worded { get; } = [];
    }

    private static CellFormats ReadCellFormats(ZipArchive zip)
    {
        var formats = new CellFormats();
        if (zip.GetEntry("xl/styles.xml") is not { } entry) return formats;
        var customDate = new Dictionary<int, string>();
        var custom = new Dictionary<int, string>();
        using var r = Open(entry);
        var inCellXfs = false;
        var index = 0;
        while (r.Read())
        {
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "numFmt" && int.TryParse(r.GetAttribute("numFmtId"), out var id))
            {
                var code = r.GetAttribute("formatCode") ?? "";
                if (NumberFormatText.IsDate(code)) customDate[id] = code;
                else custom[id] = code;
            }
            else if (r.NodeType == XmlNodeType.Element && r.LocalName == "cellXfs") inCellXfs = !r.IsEmptyElement;
            else if (r.NodeType == XmlNodeType.EndElement && r.LocalName == "cellXfs") inCellXfs = false;
            else if (inCellXfs && r.NodeType == XmlNodeType.Element && r.LocalName == "xf")
            {
                if (int.TryParse(r.GetAttribute("numFmtId"), out var fmt))
                {
                    if (fmt is >= 14 and <= 22 or >= 45 and <= 47 or >= 27 and <= 36 or >= 50 and <= 58 || customDate.ContainsKey(fmt))
                        formats.Dates.Add(index);
                    if (customDate.TryGetValue(fmt, out var dateCode)) formats.Worded[index] = dateCode;
                    else if (custom.TryGetValue(fmt, out var code)) formats.Worded[index] = code;
                }
                index++;
            }
        }
        return formats;
    }

    private static SheetData ReadSheet(string name, ZipArchiveEntry entry, List<string> strings, CellFormats formats, int maxRows, int maxColumns)
    {
        var truncated = false;
        var rows = new List<string[]>();
        var merges = new List<CellRange>();
        var uncomputed = new HashSet<(int, int)>();
        var hiddenRows = new HashSet<int>();
        using var r = Open(entry);
        var rowNumber = 0;
        List<(int Col, string Text)>? cells = null;
        var past = false; // past the most rows read: only whether anything is written there still matters
        while (r.Read())
        {
            if (past)
            {
                // A row past the limit that only carries a height or a style is no lost row; a value in it is.
                if (r.NodeType == XmlNodeType.Element && r.LocalName is "v" or "t" && !string.IsNullOrWhiteSpace(r.ReadElementContentAsString()))
                {
                    truncated = true;
                    break;
                }
                continue;
            }
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "row")
            {
                rowNumber = int.TryParse(r.GetAttribute("r"), out var n) ? n : rowNumber + 1;
                if (rowNumber > maxRows)
                {
                    past = true;
                    cells = null;
                    continue;
                }
                if (r.GetAttribute("hidden") is "1" or "true") hiddenRows.Add(rowNumber);
                cells = [];
                if (r.IsEmptyElement) cells = null;
            }
            else if (r.NodeType == XmlNodeType.EndElement && r.LocalName == "row" && cells is not null)
            {
                Store(rows, rowNumber, cells);
                cells = null;
            }
            else if (r.NodeType == XmlNodeType.Element && r.LocalName == "c" && cells is not null)
            {
                var reference = r.GetAttribute("r");
                var col = reference is null ? (cells.Count == 0 ? 1 : cells[^1].Col + 1) : ColumnOf(reference);
                var type = r.GetAttribute("t");
                var style = int.TryParse(r.GetAttribute("s"), out var s) ? s : 0;
                var (text, unstored) = r.IsEmptyElement ? ("", false) : ReadCellValue(r, type, style, strings, formats);
                if (unstored && col >= 1 && col <= maxColumns) uncomputed.Add((rowNumber, col));
                if (col >= 1 && col <= maxColumns && text.Length > 0) cells.Add((col, text));
            }
            else if (r.NodeType == XmlNodeType.Element && r.LocalName == "mergeCell" && r.GetAttribute("ref") is { } range && ParseRange(range) is { } merge)
                merges.Add(merge);
        }
        return new SheetData(name, rows, merges) { Uncomputed = uncomputed, HiddenRows = hiddenRows, Truncated = truncated };
    }

    private static void Store(List<string[]> rows, int rowNumber, List<(int Col, string Text)> cells)
    {
        while (rows.Count < rowNumber - 1) rows.Add([]);
        var width = cells.Count == 0 ? 0 : cells.Max(c => c.Col);
        var row = new string[width];
        Array.Fill(row, "");
        foreach (var (col, text) in cells) row[col - 1] = text;
        if (rows.Count == rowNumber - 1) rows.Add(row);
    }

    /// <summary>
    /// Reads a cell's content up to its end tag: the cached value (<c>v</c>) or inline string, and whether the cell holds a
    /// formula (never evaluated) with no stored result: none at all, or an empty one that is not text. An empty text result
    /// (<c>t="str"</c> with <c>&lt;v/&gt;</c>, a formula giving "") is a result: blank.
    /// </summary>
    private static (string Text, bool Uncomputed) ReadCellValue(XmlReader r, string? type, int style, List<string> strings, CellFormats formats)
    {
        var formula = false;
        var stored = false;
        string raw = "";
        var depth = r.Depth;
        while (r.Read() && !(r.NodeType == XmlNodeType.EndElement && r.Depth == depth))
        {
            if (r.NodeType != XmlNodeType.Element) continue;
            if (r.LocalName == "f") formula = true;
            if (r.LocalName == "v")
            {
                stored = true;
                raw = r.ReadElementContentAsString();
            }
            else if (r.LocalName == "t" && type == "inlineStr") raw += r.ReadElementContentAsString();
            if (r.NodeType == XmlNodeType.EndElement && r.Depth == depth) break;
        }
        // An empty <v></v> is a result only for text (t="str"): openpyxl and pandas write it for every formula they cannot compute.
        return (Value(raw, type, style, strings, formats), formula && (!stored || raw.Length == 0 && type is not ("str" or "inlineStr")));
    }

    private static string Value(string raw, string? type, int style, List<string> strings, CellFormats formats)
    {
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : "";
            case "b":
                return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw;
            case "str" or "inlineStr":
                return Text.OoxmlEscapes.Decode(raw);
            case "e":
                return raw;
        }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return raw;
        if (formats.Dates.Contains(style) && number is > 0 and < 2958466)
        {
            // A date shown with words (m"月"d"日") reads as shown; any other date as yyyy-MM-dd.
            var date = DateTime.FromOADate(number);
            return formats.Worded.TryGetValue(style, out var dateCode) && NumberFormatText.RenderDate(dateCode, date) is { } words
                ? words : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        // A number shown with words (0"个工作日"): the text the clerk reads in Excel.
        if (formats.Worded.TryGetValue(style, out var code) && NumberFormatText.Render(code, number) is { } shown) return shown;
        return number.ToString("0.###############", CultureInfo.InvariantCulture);
    }

    public static int ColumnOf(string reference)
    {
        var col = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z') col = col * 26 + (c - 'A' + 1);
            else if (c is >= 'a' and <= 'z') col = col * 26 + (c - 'a' + 1);
            else break;
            if (col > 16_384) return 0;
        }
        return col;
    }

    private static int RowOf(string reference)
    {
        var digits = reference.AsSpan().TrimStart("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz$");
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    private static CellRange? ParseRange(string range)
    {
        var parts = range.Replace("$", "", StringComparison.Ordinal).Split(':');
        if (parts.Length != 2) return null;
        var (r1, c1, r2, c2) = (RowOf(parts[0]), ColumnOf(parts[0]), RowOf(parts[1]), ColumnOf(parts[1]));
        return r1 > 0 && c1 > 0 && r2 >= r1 && c2 >= c1 ? new CellRange(r1, c1, r2, c2) : null;
    }

    /// <summary>A1-style name of a column number (1 → A, 27 → AA).</summary>
    public static string ColumnLetters(int column)
    {
        var s = "";
        for (; column > 0; column = (column - 1) / 26) s = (char)('A' + (column - 1) % 26) + s;
        return s;
    }
}
