using CatalogueTool.Diagnostics;
using CatalogueTool.Loading.Yaml;

namespace CatalogueTool.Loading;

/// <summary>Reads one YAML file through every guard: size, encoding, tabs, syntax, aliases, depth, duplicate keys.</summary>
public static class YamlFile
{
    public static (bool Read, YNode? Root) Load(string fullPath, string relativePath, DiagnosticBag bag)
    {
        var text = SourceFile.ReadText(fullPath, relativePath, Limits.MaxYamlBytes, bag);
        if (text is null) return (false, null);
        var local = new DiagnosticBag();
        var root = YamlDocumentReader.Read(text, relativePath, local);
        var diagnostics = local.ToSortedList();
        bag.AddRange(diagnostics);
        return (!diagnostics.Any(d => d.Severity == Severity.Error), root);
    }

    /// <summary>
    /// A file that must hold a document (the manifest, an area, a power list): one that parses to nothing is an error
    /// at its first line, not a silent gap.
    /// </summary>
    /// <param name="emptyKey">The message for an empty file: the manifest's says to restore it, not to delete it.</param>
    public static (bool Read, YNode? Root) LoadDocument(string fullPath, string relativePath, DiagnosticBag bag, string emptyKey = "file.empty")
    {
        var (read, root) = Load(fullPath, relativePath, bag);
        if (read && root is null) bag.Add(KnownRules.FileUnreadable, new SourceSpan(relativePath, 1, 1), emptyKey);
        return (read && root is not null, root);
    }

    public static YNode? LoadText(string text, string relativePath, DiagnosticBag bag) => YamlDocumentReader.Read(text, relativePath, bag);
}
