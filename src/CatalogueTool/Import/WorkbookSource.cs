using System.Globalization;
using System.Text;
using CatalogueTool.Diagnostics;
using CatalogueTool.Loading;
using CatalogueTool.Loading.Tables;
using ExcelDataReader;

namespace CatalogueTool.Import;

/// <summary>Reads the sheets of an .xlsx (streaming, bounded) or a legacy .xls (ExcelDataReader) as cell texts and merges.</summary>
public static class WorkbookSource
{
    public const int MaxRows = 20_000, MaxColumns = 64;

    public static IReadOnlyList<SheetData>? Read(string path, string display, DiagnosticBag bag)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        // A workbook saved under the other extension (an .xls renamed .xlsx, as a download often is) is read as what it is.
        ext = Signature(path) switch { "ole" => ".xls", "zip" => ".xlsx", _ => ext };
        try
        {
            if (ext == ".xlsx")
                return SpreadsheetGuard.Check(path, display, bag) ? XlsxReader.Read(path, MaxRows, MaxColumns) : null;
            return SpreadsheetGuard.CheckSize(path, display, bag) && !SpreadsheetGuard.Disguised(path, display, bag) ? ReadXls(path) : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            bag.Add(KnownRules.FileUnreadable, SourceSpan.OfFile(display), SpreadsheetGuard.Failure(ex), ex.Message);
            return null;
        }
    }

    /// <summary>"ole" for a legacy .xls (an OLE compound file), "zip" for an .xlsx package, else null.</summary>
    private static string? Signature(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> head = stackalloc byte[8];
            var read = stream.ReadAtLeast(head, 8, throwOnEndOfStream: false);
            if (read == 8 && head.SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 })) return "ole";
            if (read >= 4 && head[..4].SequenceEqual(new byte[] { 0x50, 0x4B, 0x03, 0x04 })) return "zip";
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static List<SheetData> ReadXls(string path)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.Open(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var reader = ExcelReaderFactory.CreateBinaryReader(stream);
        var sheets = new List<SheetData>();
        do
        {
            var rows = new List<string[]>();
            var hiddenRows = new HashSet<int>();
            while (rows.Count < MaxRows && reader.Read())
            {
                if (reader.RowHeight == 0) hiddenRows.Add(rows.Count + 1);
                var width = Math.Min(reader.FieldCount, MaxColumns);
                var row = new string[width];
                for (var c = 0; c < width; c++) row[c] = Text(reader.GetValue(c), reader.GetNumberFormatString(c));
                rows.Add(row);
            }
            // Rows past the limit count as lost only when one of them holds a value (not a height or a style alone).
            var truncated = false;
            while (rows.Count == MaxRows && !truncated && reader.Read())
                for (var c = 0; c < reader.FieldCount && !truncated; c++)
                    truncated = reader.GetValue(c) is { } v && !string.IsNullOrWhiteSpace(Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture));
            var merges = (reader.MergeCells ?? []).Select(m => new Loading.Tables.CellRange(m.FromRow + 1, m.FromColumn + 1, m.ToRow + 1, m.ToColumn + 1)).ToList();
            // A hidden sheet of an .xls is left out as one of an .xlsx is.
            sheets.Add(new SheetData(reader.Name, rows, merges) { Hidden = reader.VisibleState is "hidden" or "veryhidden", HiddenRows = hiddenRows, Truncated = truncated });
        }
        while (reader.NextResult());
        return sheets;
    }

    /// <summary>A cell as Excel shows it: a number formatted with words (0"个工作日") reads as shown, others as written.</summary>
    private static string Text(object? value, string? format) => value switch
    {
        null => "",
        double d when format is not null && Loading.Tables.NumberFormatText.Render(format, d) is { } shown => shown,
        double d => d.ToString("0.###############", CultureInfo.InvariantCulture),
        DateTime dt when format is not null && Loading.Tables.NumberFormatText.RenderDate(format, dt) is { } shown => shown,
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
