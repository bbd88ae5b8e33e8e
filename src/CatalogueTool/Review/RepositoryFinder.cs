namespace CatalogueTool.Review;

/// <summary>Finds every catalogue repository (a folder with catalogue.yaml) below a folder, at any depth, without following links.</summary>
public static class RepositoryFinder
{
    private const int MaxDepth = 16;
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "out", "node_modules", "bin", "obj", "review" };

    public static IReadOnlyList<string> Find(string folder)
    {
        var found = new List<string>();
        Walk(new DirectoryInfo(Path.GetFullPath(folder)), 0, found);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    private static void Walk(DirectoryInfo dir, int depth, List<string> found)
    {
        if (File.Exists(Path.Combine(dir.FullName, "catalogue.yaml")))
        {
            found.Add(dir.FullName);
            return; // a repository's own folders (areas/, out/…) hold no other repository
        }
        if (depth >= MaxDepth) return;
        IEnumerable<DirectoryInfo> children;
        try { children = dir.EnumerateDirectories(); }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException) { return; }
        foreach (var child in children.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            if (child.LinkTarget is not null || child.Name.StartsWith('.') || Skipped.Contains(child.Name)) continue;
            Walk(child, depth + 1, found);
        }
    }
}
