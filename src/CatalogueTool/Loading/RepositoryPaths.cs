namespace CatalogueTool.Loading;

/// <summary>The fixed layout of a jurisdiction repository (format §1).</summary>
public static class RepositoryPaths
{
    public const string Manifest = "catalogue.yaml";
    public const string Areas = "areas";
    public const string Powers = "powers";
    public const string Records = "records";
    public const string Templates = "templates";
    public const string Schemas = "schemas";

    /// <summary>Everything a repository's author keeps (format §1), which no output may replace.</summary>
    public static readonly IReadOnlyList<string> Sources = [Areas, Powers, Records, Templates, Manifest, Schemas];

    /// <summary>The folders of a repository itself: its sources and its default output, never another repository nor a
    /// folder where area files may have strayed.</summary>
    public static readonly IReadOnlySet<string> OwnFolders = new HashSet<string>([Areas, Powers, Records, Templates, Schemas, "out"], StringComparer.Ordinal);

    /// <summary>
    /// Whether a file of the repository is, through a link (of its own or of a folder on its way), a file outside the
    /// repository: a pull request could otherwise have a runner's file read and quoted in the findings. The repository's
    /// own folder may itself be reached through a link.
    /// </summary>
    public static bool LeavesRoot(string root, string full)
    {
        var realRoot = RealPath(Path.GetFullPath(root)).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return !RealPath(Path.GetFullPath(full)).StartsWith(realRoot, StringComparison.Ordinal);
    }

    /// <summary>A repository file linked to outside the repository is refused (said at the file): true when it was.</summary>
    public static bool RefusedAsOutside(string root, string full, string relative, Diagnostics.DiagnosticBag bag)
    {
        if (!LeavesRoot(root, full)) return false;
        bag.Add(Diagnostics.KnownRules.FileUnreadable, Diagnostics.SourceSpan.OfFile(relative), "file.link-outside", relative);
        return true;
    }

    /// <summary>The path with every link on it followed (to its final target).</summary>
    private static string RealPath(string full)
    {
        var current = Path.GetPathRoot(full) ?? "/";
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            try
            {
                if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target) current = target.FullName;
            }
            catch (IOException) { return current; } // a loop of links: left where it is, and read as unreadable later
        }
        return current;
    }

    public static string Relative(string root, string full) => Path.GetRelativePath(root, full).Replace('\\', '/');

    /// <summary>YAML files of a folder, sorted by name so that every run sees the same order.</summary>
    public static IReadOnlyList<string> YamlFiles(string folder) => Files(folder, ".yaml", ".yml");

    public static IReadOnlyList<string> Files(string folder, params string[] extensions)
    {
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
