namespace CatalogueTool.Review;

/// <summary>
/// Finds every catalogue repository (a folder with catalogue.yaml, or with areas/ and its manifest missing) below a folder, at any depth: townships kept inside
/// their county's folder too, and folders reached through a link (each real folder once, so a link loop ends).
/// A folder that cannot be searched is named, never silently left out of a province's review.
/// </summary>
public static class RepositoryFinder
{
    private const int MaxDepth = 16;

    /// <summary>A repository's own folders, which hold its sources and outputs, not other repositories.</summary>
    private static readonly HashSet<string> RepositoryFolders = new(Loading.RepositoryPaths.OwnFolders.Concat(["review", "bin", "obj", "node_modules"]), StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> Find(string folder) => Search(folder).Found;

    /// <summary>The repositories found, and the folders that could not be searched (unreadable, too deep) with why.</summary>
    public static (IReadOnlyList<string> Found, IReadOnlyList<(string Folder, string Reason)> Skipped) Search(string folder)
    {
        var (found, skipped, _) = Survey(folder);
        return (found, skipped);
    }

    /// <summary>
    /// As <see cref="Search"/>, and the folders beside the repositories that hold none (an empty folder, a folder of
    /// spreadsheets not yet imported): each named once, at its top, so that a reviewer knows what was not reviewed.
    /// </summary>
    public static (IReadOnlyList<string> Found, IReadOnlyList<(string Folder, string Reason)> Skipped, IReadOnlyList<string> NotRepositories) Survey(string folder)
    {
        var found = new List<string>();
        var skipped = new List<(string, string)>();
        var barren = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(Path.GetFullPath(folder)), 0, found, skipped, barren, seen);
        found.Sort(StringComparer.Ordinal);
        barren.Sort(StringComparer.Ordinal);
        return (found, skipped, barren);
    }

    /// <summary>Whether the folder is a repository or holds one (or could not be searched, which is said apart).</summary>
    private static bool Walk(DirectoryInfo dir, int depth, List<string> found, List<(string, string)> skipped, List<string> barren, HashSet<string> seen)
    {
        var real = dir.LinkTarget is not null ? dir.ResolveLinkTarget(returnFinalTarget: true)?.FullName : dir.FullName;
        if (real is null || !seen.Add(real)) return true; // a broken link, or a folder already searched through another path
        // A build's or review's output folder (it lists its files) holds no repository and is no folder left unreviewed.
        if (File.Exists(Path.Combine(dir.FullName, Emit.OutputTransaction.Listing))) return true;
        // A folder with area files but no readable manifest (deleted, or a folder of that name) is a repository too: it is
        // a row that says what is wrong, not a county missing from the count.
        var isRepository = File.Exists(Path.Combine(dir.FullName, "catalogue.yaml")) || Directory.Exists(Path.Combine(dir.FullName, "catalogue.yaml"))
            || Directory.Exists(Path.Combine(dir.FullName, Loading.RepositoryPaths.Areas));
        if (isRepository) found.Add(dir.FullName);
        if (depth >= MaxDepth)
        {
            skipped.Add((dir.FullName, "too-deep"));
            return true;
        }
        IEnumerable<DirectoryInfo> children;
        try { children = dir.EnumerateDirectories().ToList(); }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            skipped.Add((dir.FullName, "unreadable"));
            return true;
        }
        var holds = isRepository;
        var without = new List<string>();
        foreach (var child in children.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            if (child.Name.StartsWith('.') || isRepository && RepositoryFolders.Contains(child.Name)) continue;
            var below = new List<string>();
            if (Walk(child, depth + 1, found, skipped, below, seen))
            {
                holds = true;
                barren.AddRange(below);
            }
            else without.Add(child.FullName);
        }
        // Folders inside a repository (附件/, docs/) are its own business; beside repositories, a folder holding none is told.
        if (holds && !isRepository) barren.AddRange(without);
        return holds;
    }
}
