namespace CatalogueTool.Emit;

/// <summary>Names that go into output paths: no separators, no dots at the ends, never a path of their own.</summary>
public static class OutputNames
{
    public static string Safe(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var clean = new string(name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim().Trim('.');
        if (clean.Length == 0) return "catalogue";
        // A file name holds at most 255 bytes: the name keeps to 150 of UTF-8 (50 Chinese characters), whole characters,
        // leaving room for what follows it (-标准目录.xlsx).
        var kept = 0;
        for (var bytes = 0; kept < clean.Length; )
        {
            var width = char.IsHighSurrogate(clean[kept]) && kept + 1 < clean.Length ? 2 : 1;
            var size = System.Text.Encoding.UTF8.GetByteCount(clean.AsSpan(kept, width));
            if (bytes + size > 150) break;
            bytes += size;
            kept += width;
        }
        clean = clean[..kept].TrimEnd().TrimEnd('.');
        // CON, NUL, COM1… cannot name a file on Windows, whatever follows the dot.
        return Binding.ItemIdRules.IsWindowsDevice(clean.Split('.')[0].ToLowerInvariant()) ? "_" + clean : clean; // nul.txt too
    }
}
