using System.IO.Compression;
using CatalogueTool.Diagnostics;

namespace CatalogueTool.Loading.Tables;

/// <summary>Bounds a workbook before it is opened: file size, zip entry count and uncompressed size (zip bombs).</summary>
public static class SpreadsheetGuard
{
    private const long MaxUncompressed = 512L * 1024 * 1024;
    private const int MaxEntries = 10_000;

    public static bool Check(string full, string rel, DiagnosticBag bag)
    {
        var span = SourceSpan.OfFile(rel);
        try
        {
            var info = new FileInfo(full);
            // No length: an empty file, a named pipe or a device. Never opened (a pipe would wait forever); not a workbook.
            if (info.Length == 0)
            {
                bag.Add(KnownRules.FileUnreadable, span, "file.not-xlsx");
                return false;
            }
            if (info.Length > Limits.MaxSpreadsheetBytes)
            {
                bag.Add(KnownRules.FileTooLarge, span, "file.too-large", info.Length / 1024 / 1024.0, Limits.MaxSpreadsheetBytes / 1024 / 1024);
                return false;
            }
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
        _ when ex.GetType().Name == "HeaderException" || ex.Message.Contains("signature", StringComparison.OrdinalIgnoreCase) => "file.not-xls",
        _ => "file.xlsx",
    };
}
