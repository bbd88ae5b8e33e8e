using System.Reflection;
using System.Text;
using CatalogueTool.Binding;
using CatalogueTool.Diagnostics;
using CatalogueTool.Loading;
using CatalogueTool.Model;

namespace CatalogueTool.Baselines;

/// <summary>Loads the shipped national baseline (embedded in the library) or a baseline folder of the same shape.</summary>
public static class BaselineLoader
{
    private const string ResourcePrefix = "national/";
    private static readonly Lazy<(Baseline Baseline, IReadOnlyList<Diagnostic> Diagnostics)> National = new(LoadNationalCore);

    /// <summary>The national baseline; its own diagnostics are for the tests that keep the shipped files clean.</summary>
    public static (Baseline Baseline, IReadOnlyList<Diagnostic> Diagnostics) LoadNational() => National.Value;

    /// <summary>The raw text of a shipped baseline file, for <c>init</c>.</summary>
    public static IReadOnlyList<(string AreaId, string Text)> NationalFiles()
    {
        var asm = typeof(BaselineLoader).Assembly;
        return asm.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (Path.GetFileNameWithoutExtension(n[ResourcePrefix.Length..]), ReadResource(asm, n)))
            .ToList();
    }

    private static (Baseline, IReadOnlyList<Diagnostic>) LoadNationalCore()
    {
        var bag = new DiagnosticBag();
        var areas = new List<AreaFile>();
        foreach (var (areaId, text) in NationalFiles())
        {
            var rel = "catalogues/national/" + areaId + ".yaml";
            var node = YamlFile.LoadText(text, rel, bag);
            if (AreaBinder.Bind(node, rel, t => PilotAreas.Find(t, out _), bag) is { } area) areas.Add(area);
        }
        return (new Baseline("national", Order(areas)), bag.ToSortedList());
    }

    public static Baseline? LoadFolder(string folder, DiagnosticBag bag)
    {
        if (!Directory.Exists(folder)) return null;
        var areas = new List<AreaFile>();
        foreach (var full in RepositoryPaths.YamlFiles(folder))
        {
            var rel = "baseline:" + Path.GetFileName(full);
            var (_, node) = YamlFile.LoadDocument(full, rel, bag);
            if (node is not null && AreaBinder.Bind(node, rel, t => PilotAreas.Find(t, out _), bag) is { } area) areas.Add(area);
        }
        return new Baseline(folder, Order(areas));
    }

    private static List<AreaFile> Order(List<AreaFile> areas) => areas.OrderBy(a => a.Area.Number).ToList();

    private static string ReadResource(Assembly asm, string name)
    {
        using var stream = asm.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        return reader.ReadToEnd();
    }
}
