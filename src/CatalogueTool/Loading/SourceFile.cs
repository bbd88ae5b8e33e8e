using System.Buffers;
using System.Text;
using System.Text.Unicode;
using CatalogueTool.Diagnostics;

namespace CatalogueTool.Loading;

/// <summary>Reads a text file strictly as UTF-8 (BOM tolerated) with a size bound, reporting GBK and binary files clearly.</summary>
public static class SourceFile
{
    static SourceFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <param name="gbkAccepted">A file that reads as GBK/GB18030 is converted, with a note, instead of refused: for the
    /// conversion commands, whose input Excel saves as GBK on Chinese Windows.</param>
    public static string? ReadText(string fullPath, string relativePath, long maxBytes, DiagnosticBag bag, bool gbkAccepted = false)
    {
        var span = SourceSpan.OfFile(relativePath);
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                bag.Add(KnownRules.FileUnreadable, span, "file.missing", relativePath);
                return null;
            }
            if (info.Length > maxBytes)
            {
                bag.Add(KnownRules.FileTooLarge, span, "file.too-large", info.Length / 1024 / 1024.0, maxBytes / 1024 / 1024);
                return null;
            }
            // A link to a device or a named pipe reports no length: it is read as empty, never opened, so neither an
            // endless stream (/dev/zero) nor a pipe nobody writes to can hang or exhaust the run.
            if (info.Length == 0) return "";
            bytes = ReadAtMost(fullPath, maxBytes + 1);
            if (bytes.Length > maxBytes) // grew past the limit after it was measured, or a device that never ends
            {
                bag.Add(KnownRules.FileTooLarge, span, "file.endless", maxBytes / 1024 / 1024);
                return null;
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // Listed but gone when opened: a link whose target does not exist, or a file deleted meanwhile.
            bag.Add(KnownRules.FileUnreadable, span, "file.gone");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            bag.Add(KnownRules.FileUnreadable, span, "file.denied");
            return null;
        }
        catch (IOException ex)
        {
            bag.Add(KnownRules.FileUnreadable, span, "file.io", ex.Message);
            return null;
        }
        return Decode(bytes, relativePath, bag, gbkAccepted);
    }

    /// <summary>The file's bytes, never more than <paramref name="maxBytes"/> (a file growing while read is cut there).</summary>
    private static byte[] ReadAtMost(string fullPath, long maxBytes)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while (buffer.Length < maxBytes && (n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes - buffer.Length))) > 0)
            buffer.Write(chunk, 0, n);
        return buffer.ToArray();
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string relativePath, DiagnosticBag bag, bool gbkAccepted = false)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bag.Add(KnownRules.FileEncoding, SourceSpan.OfFile(relativePath), "file.utf16");
            return null;
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var (line, col) = PositionOf(chars.AsSpan(0, written));
                if (gbkAccepted && LooksLikeGbk(bytes))
                {
                    bag.Add(KnownRules.FileConverted, new SourceSpan(relativePath, 1, 1), "file.gbk-converted");
                    return Gb18030().GetString(bytes);
                }
                // A power list saved from Excel as CSV is GBK on Chinese Windows: import-powers reads it as it is.
                var key = !LooksLikeGbk(bytes) ? "file.not-utf8" : relativePath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "file.gbk-csv" : "file.gbk";
                bag.Add(KnownRules.FileEncoding, new SourceSpan(relativePath, line, col), key, read + 1); // 1-based, as people count
                return null;
            }
            var text = new string(chars, 0, written);
            var nul = text.IndexOf('\0');
            if (nul >= 0)
            {
                var (line, col) = PositionOf(text.AsSpan(0, nul));
                bag.Add(KnownRules.FileEncoding, new SourceSpan(relativePath, line, col), "file.binary");
                return null;
            }
            return text;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The 1-based line and column of the character that follows <paramref name="before"/>.</summary>
    internal static (int Line, int Column) PositionOf(ReadOnlySpan<char> before)
    {
        var line = 1 + before.Count('\n');
        var lastNewline = before.LastIndexOf('\n');
        return (line, before.Length - lastNewline);
    }

    private static Encoding Gb18030() => Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>True when the bytes decode cleanly as GB18030 and contain Chinese characters.</summary>
    private static bool LooksLikeGbk(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var text = Gb18030().GetString(bytes);
            return text.Any(c => c >= '\u4e00' && c <= '\u9fff');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
