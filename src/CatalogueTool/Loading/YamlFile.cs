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

    public static YNode? LoadText(string text, string relativePath, DiagnosticBag bag) => YamlDocumentReader.Read(text, relativePath, bag);
}
