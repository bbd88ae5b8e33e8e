using CatalogueTool.Diagnostics;

namespace CatalogueTool.Loading;

/// <summary>
/// Files a clerk put into the repository that the loader never reads, named so that their content is not lost without a
/// word: a name with an extension too many (social-assistance.yaml.txt, as Notepad saves it while Windows hides
/// extensions; an error, CAT0008), and a power list in a format the tool cannot read (.xls, .et, .docx …; CAT0013).
/// </summary>
public static class UnreadFiles
{
    private static readonly string[] Readable = [".yaml", ".yml"];
    private static readonly string[] PowerFormats = [".yaml", ".yml", ".csv", ".xlsx"];

    /// <summary>Files besides the lists that belong in powers/ and are not power lists.</summary>
    private static readonly string[] Notes = [".md", ".txt"];

    public static void Report(string root, DiagnosticBag bag)
    {
        foreach (var folder in new[] { RepositoryPaths.Areas, RepositoryPaths.Records, RepositoryPaths.Powers })
        {
            var full = Path.Combine(root, folder);
            if (!Directory.Exists(full)) continue;
            foreach (var file in Directory.EnumerateFiles(full).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                if (name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal)) continue;
                var rel = RepositoryPaths.Relative(root, file);
                // A backup beside its file (social-assistance.yaml.bak next to social-assistance.yaml) is no misnamed file.
                if (DoubleExtension(name, folder == RepositoryPaths.Powers ? PowerFormats : Readable) is { } meant && !File.Exists(Path.Combine(full, meant)))
                    // An error: the area, records or list it holds is missing from everything published until renamed.
                    bag.Add(KnownRules.FileUnreadable, SourceSpan.OfFile(rel), "file.double-extension", name, meant);
                else if (folder != RepositoryPaths.Powers && AsText(name) is { } yaml && !File.Exists(Path.Combine(full, yaml)))
                    bag.Add(KnownRules.FileUnreadable, SourceSpan.OfFile(rel), "file.wrong-extension", name, yaml);
                else if (folder == RepositoryPaths.Powers && !PowerFormats.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase)
                    && !Notes.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
                    bag.Add(KnownRules.FileNotRead, SourceSpan.OfFile(rel), "file.power-format", name);
            }
        }
    }

    /// <summary>The names meant by the files of a folder saved with an extension too many (social-assistance.yaml for
    /// social-assistance.yaml.txt), when no file of that name is there.</summary>
    public static IEnumerable<string> Misnamed(string folder) => !Directory.Exists(folder) ? []
        : Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Select(n => DoubleExtension(n, Readable) ?? AsText(n)).OfType<string>()
            .Where(meant => !File.Exists(Path.Combine(folder, meant))).Order(StringComparer.Ordinal);

    /// <summary>The YAML name of an area or records file saved as text (social-assistance.txt → social-assistance.yaml;
    /// a README aside), or null.</summary>
    public static string? AsText(string name) =>
        Path.GetExtension(name).Equals(".txt", StringComparison.OrdinalIgnoreCase) && !name.StartsWith("README", StringComparison.OrdinalIgnoreCase)
        && Path.GetExtension(Path.GetFileNameWithoutExtension(name)).Length == 0
            ? Path.GetFileNameWithoutExtension(name).Trim() + ".yaml" : null;

    /// <summary>The name meant when a name the folder reads (<paramref name="readable"/>) got one more extension
    /// (x.yaml.txt → x.yaml), or null.</summary>
    public static string? DoubleExtension(string name, IReadOnlyCollection<string> readable)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        if (extension.Length == 0 || readable.Contains(extension, StringComparer.OrdinalIgnoreCase)) return null;
        return readable.Contains(Path.GetExtension(stem), StringComparer.OrdinalIgnoreCase) ? stem : null;
    }
}
