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

    /// <summary>Reports the files; returns the names meant by the misnamed ones in areas/ (social-assistance.yaml for
    /// social-assistance.yaml.txt): areas whose file exists but is not read, so that what names their items is not
    /// reported as well.</summary>
    public static IReadOnlyList<string> Report(string root, DiagnosticBag bag)
    {
        var misnamedAreas = new List<string>();
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
                if (Meant(name, folder) is var (meant, key) && !File.Exists(Path.Combine(full, meant)))
                {
                    // An error: the area, records or list it holds is missing from everything published until renamed.
                    bag.Add(KnownRules.FileUnreadable, SourceSpan.OfFile(rel), key, name, meant);
                    if (folder == RepositoryPaths.Areas) misnamedAreas.Add(meant);
                }
                else if (folder == RepositoryPaths.Powers && !PowerFormats.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase)
                    && !Notes.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase))
                    bag.Add(KnownRules.FileNotRead, SourceSpan.OfFile(rel), "file.power-format", name);
            }
        }
        return misnamedAreas;
    }

    /// <summary>The name a file of <paramref name="folder"/> was meant to have, with the message that says so: one with an
    /// extension too many (x.yaml.txt → x.yaml), or an area or records file saved as text (x.txt → x.yaml); else null.</summary>
    private static (string Name, string Key)? Meant(string name, string folder) =>
        DoubleExtension(name, folder == RepositoryPaths.Powers ? PowerFormats : Readable) is { } doubled ? (doubled, "file.double-extension")
        : folder != RepositoryPaths.Powers && AsText(name) is { } text ? (text, "file.wrong-extension")
        : null;

    /// <summary>The YAML name of an area or records file saved as text (social-assistance.txt → social-assistance.yaml;
    /// a README aside), or null.</summary>
    private static string? AsText(string name) =>
        Path.GetExtension(name).Equals(".txt", StringComparison.OrdinalIgnoreCase) && !name.StartsWith("README", StringComparison.OrdinalIgnoreCase)
        && Path.GetExtension(Path.GetFileNameWithoutExtension(name)).Length == 0
            ? Path.GetFileNameWithoutExtension(name).Trim() + ".yaml" : null;

    /// <summary>The name meant when a name the folder reads (<paramref name="readable"/>) got one more extension
    /// (x.yaml.txt → x.yaml), or null.</summary>
    private static string? DoubleExtension(string name, IReadOnlyCollection<string> readable)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        if (extension.Length == 0 || readable.Contains(extension, StringComparer.OrdinalIgnoreCase)) return null;
        return readable.Contains(Path.GetExtension(stem), StringComparer.OrdinalIgnoreCase) ? stem : null;
    }
}
