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

    /// <summary>
    /// A baseline folder of the national folder's shape, its files named by their path from the repository root. A file
    /// that cannot be read leaves its area unread (by the file's name), a second file for an area is left out, and an
    /// item id used twice is reported at its second use; null when the folder holds no area file at all.
    /// </summary>
    public static Baseline? LoadFolder(string folder, string root, Func<string, PilotArea?> resolveArea, DiagnosticBag bag)
    {
        var bound = new List<AreaFile>();
        var unreadAreas = new HashSet<string>(StringComparer.Ordinal);
        var unreadItems = new HashSet<string>(StringComparer.Ordinal);
        var files = RepositoryPaths.YamlFiles(folder).ToList();
        if (files.Count == 0) return null;
        foreach (var full in files)
        {
            var rel = Path.GetRelativePath(root, full).Replace('\\', '/');
            var (read, node) = YamlFile.Load(full, rel, bag);
            if (read && node is null) bag.Add(KnownRules.FileUnreadable, new SourceSpan(rel, 1, 1), "baseline.file-empty");
            var area = read && node is not null ? AreaBinder.Bind(node, rel, resolveArea, bag) : null;
            if (area is null)
            {
                if (resolveArea(Path.GetFileNameWithoutExtension(full)) is { } named) unreadAreas.Add(named.Id);
                continue;
            }
            bound.Add(area);
        }
        // Of two files for one area the one named after it is used (social-assistance.yaml, not social-assistance.bak.yaml).
        var areas = RepositoryLoader.FirstFilePerArea(
            bound.OrderBy(RepositoryLoader.NamedAfter).ThenBy(a => a.File, StringComparer.Ordinal), bag);
        foreach (var area in areas)
        {
            foreach (var u in area.Unbound) if (u.Id is { } id) unreadItems.Add(id);
            if (area.ItemsMissing) unreadAreas.Add(area.Area.Id);
        }
        foreach (var (second, first) in Rules.Schema.ItemIdCheck.Repeats(Order(areas).SelectMany(a => a.Items)))
            bag.Add(KnownRules.DuplicateItemId, second.Id.Span, "schema.duplicate-id", second.Id.Value, first.Id.Span.File, first.Id.Span.Line);
        return new Baseline(folder, Order(areas)) { UnreadAreas = unreadAreas, UnreadItems = unreadItems };
    }

    private static List<AreaFile> Order(List<AreaFile> areas) =>
        areas.OrderBy(a => a.Area.IsPilot ? a.Area.Number : int.MaxValue).ThenBy(a => a.Area.Id, StringComparer.Ordinal).ToList();

    private static string ReadResource(Assembly asm, string name)
    {
        using var stream = asm.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        return reader.ReadToEnd();
    }
}
