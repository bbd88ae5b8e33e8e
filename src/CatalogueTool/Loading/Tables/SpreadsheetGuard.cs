using System.IO.Compression;
using CatalogueTool.Diagnostics;

namespace CatalogueTool.Loading.Tables;

/// <summary>Bounds a workbook before it is opened: file size, zip entry count and uncompressed size (zip bombs).</summary>
public static class SpreadsheetGuard
{
    private const long MaxUncompressed = 512L * 1024 * 1024;
    private const int MaxEntries = 10_000;

    /// <summary>
    /// Any workbook (.xlsx or .xls) before it is opened: not empty, and within the size limit. A file with no length (empty,
    /// a named pipe, a device) is never opened: a pipe would wait forever.
    /// </summary>
    public static bool CheckSize(string full, string rel, DiagnosticBag bag)
    {
        var length = new FileInfo(full).Length;
        if (length == 0)
        {
            bag.Add(KnownRules.FileUnreadable, SourceSpan.OfFile(rel), "file.not-xlsx");
            return false;
        }
        if (length > Limits.MaxSpreadsheetBytes)
        {
            bag.Add(KnownRules.FileTooLarge, SourceSpan.OfFile(rel), "file.too-large", length / 1024 / 1024.0, Limits.MaxSpreadsheetBytes / 1024 / 1024);
            return false;
        }
        return true;
    }

    /// <summary>
    /// A file that is no workbook to read although named one, told for what it is: a workbook with an opening password
    /// (Excel stores it encrypted inside an OLE file, whatever its extension), or a web page saved as .xls (the usual export
    /// of older systems). Reported and true; false for anything else.
    /// </summary>
    public static bool Disguised(string full, string rel, DiagnosticBag bag)
    {
        byte[] head;
        try
        {
            using var stream = File.OpenRead(full);
            head = new byte[Math.Min(stream.Length, 1 << 16)];
            stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        var span = SourceSpan.OfFile(rel);
        if (head.AsSpan().StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 })
            && head.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes("EncryptionInfo")) >= 0)
        {
            bag.Add(KnownRules.FileUnreadable, span, "file.encrypted");
            return true;
        }
        var text = System.Text.Encoding.UTF8.GetString(head, 0, Math.Min(head.Length, 512)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('<') && (text.Contains("<html", StringComparison.OrdinalIgnoreCase) || text.Contains("<table", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)))
        {
            bag.Add(KnownRules.FileUnreadable, span, "file.html-workbook");
            return true;
        }
        return false;
    }

    public static bool Check(string full, string rel, DiagnosticBag bag)
    {
        var span = SourceSpan.OfFile(rel);
        try
        {
            if (!CheckSize(full, rel, bag)) return false;
            if (Disguised(full, rel, bag)) return false;
            using var zip = ZipFile.OpenRead(full);
            if (zip.Entries.Count > MaxEntries || zip.Entries.Sum(e => e.Length) > MaxUncompressed)
            {
                bag.Add(KnownRules.FileTooLarge, span, "file.zip-bomb");
                return false;
            }
            return true;
        }
        catch (InvalidDataException)
        {
            bag.Add(KnownRules.FileUnreadable, span, "file.not-xlsx");
            return false;
        }
        catch (IOException ex)
        {
            bag.Add(KnownRules.FileUnreadable, span, "file.io", ex.Message);
            return false;
        }
    }

    /// <summary>The message for a workbook the readers reject, said in the user's terms rather than the library's.</summary>
    public static string Failure(Exception ex) => ex switch
    {
        System.Xml.XmlException x when x.Message.Contains("DTD", StringComparison.Ordinal) => "file.xlsx-dtd",
        System.Xml.XmlException or InvalidDataException or EndOfStreamException => "file.damaged",
        // ExcelDataReader's own words for a cut-off or damaged .xls ("The excel file may be corrupt or truncated").
        _ when ex.Message.Contains("corrupt", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("truncated", StringComparison.OrdinalIgnoreCase)
            || ex.Message.Contains("past the end", StringComparison.OrdinalIgnoreCase) => "file.damaged",
        _ when ex.GetType().Name == "HeaderException" || ex.Message.Contains("signature", StringComparison.OrdinalIgnoreCase) => "file.not-xls",
        _ => "file.xlsx",
    };
}
