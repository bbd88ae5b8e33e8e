namespace CatalogueTool.Emit;

/// <summary>Names that go into output paths: no separators, no dots at the ends, never a path of their own.</summary>
public static class OutputNames
{
    public static string Safe(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var clean = new string(name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim().Trim('.');
        return clean.Length == 0 ? "catalogue" : clean.Length > 80 ? clean[..80] : clean;
    }
}
