using CatalogueTool.Binding;
using CatalogueTool.Diagnostics;
using CatalogueTool.Model;

namespace CatalogueTool.Loading;

/// <summary>The result of loading: the catalogue (null when the manifest could not be read) and every file read, relative
/// to the repository root (power lists only when they could be read).</summary>
public sealed record LoadResult(Catalogue? Catalogue, IReadOnlyList<string> ReadFiles, bool Unreadable);

/// <summary>Loads a jurisdiction repository (format §1) into the model, reporting every problem with its position.</summary>
public static class RepositoryLoader
{
    /// <param name="shownAs">How messages name the repository folder (review: its path below the reviewed folder, so that
    /// the outputs do not depend on where the folder sits); its full path by default.</param>
    public static LoadResult Load(string root, DiagnosticBag bag, string? shownAs = null)
    {
        if (!Directory.Exists(root))
        {
            bag.Add(KnownRules.FileUnreadable, SourceSpan.OfFile(root), File.Exists(root) ? "file.not-folder" : "file.no-repository", root);
            return new LoadResult(null, [], true);
        }
        var manifestPath = Path.Combine(root, RepositoryPaths.Manifest);
        if (!File.Exists(manifestPath))
        {
            // catalogue.yaml.txt (Notepad's save while Windows hides extensions) is the manifest under another name.
            var misnamed = Directory.EnumerateFiles(root, "catalogue.yaml.*").Select(Path.GetFileName).Order(StringComparer.Ordinal).FirstOrDefault();
            if (misnamed is not null && !Directory.Exists(manifestPath))
                bag.Add(KnownRules.ManifestMissing, SourceSpan.OfFile(misnamed), "schema.manifest-misnamed", misnamed);
            else
                bag.Add(KnownRules.ManifestMissing, SourceSpan.OfFile(RepositoryPaths.Manifest),
                    Directory.Exists(manifestPath) ? "schema.manifest-folder"
                    : File.Exists(Path.Combine(root, "catalogue.yml")) ? "schema.manifest-yml" : "schema.manifest-missing", shownAs ?? Path.GetFullPath(root));
            return new LoadResult(null, [], true);
        }
        var misnamedAreas = UnreadFiles.Report(root, bag);
        if (RepositoryPaths.RefusedAsOutside(root, manifestPath, RepositoryPaths.Manifest, bag)) return new LoadResult(null, [], true);
        var (manifestRead, manifestNode) = YamlFile.LoadDocument(manifestPath, RepositoryPaths.Manifest, bag, "file.empty-manifest");
        var manifest = manifestNode is null ? null : ManifestBinder.Bind(manifestNode, RepositoryPaths.Manifest, bag);
        // Without a manifest the extra areas it declares are unknown: an area file naming one is not reported as an
        // unknown area (the manifest's own error is the finding to fix).
        Func<string, PilotArea?> resolve = manifest is null
            ? text => ResolveArea(text, []) ?? new PilotArea(0, text.Trim(), text.Trim(), [], text.Trim())
            : text => ResolveArea(text, manifest.ExtraAreas);

        var areaFiles = RepositoryPaths.YamlFiles(Path.Combine(root, RepositoryPaths.Areas));
        var recordFiles = RepositoryPaths.YamlFiles(Path.Combine(root, RepositoryPaths.Records));
        var areas = new AreaFile?[areaFiles.Count];
        var recordLists = new IReadOnlyList<Record>[recordFiles.Count];
        var incompleteRecords = new string?[recordFiles.Count];
        var refusedRecords = new System.Collections.Concurrent.ConcurrentBag<string>();
        IReadOnlyList<PowerList> powers = [];
        IReadOnlyList<string> unreadPowers = [];
        // Every file is parsed once, all of them in parallel; results keep the files' order.
        Parallel.Invoke(
            () => Parallel.For(0, areaFiles.Count, i => areas[i] = LoadArea(root, areaFiles[i], resolve, manifest is null, bag)),
            () => (powers, unreadPowers) = PowerListLoader.LoadFolder(root, bag),
            () => Parallel.For(0, recordFiles.Count, i =>
            {
                var rel = RepositoryPaths.Relative(root, recordFiles[i]);
                if (RepositoryPaths.RefusedAsOutside(root, recordFiles[i], rel, bag))
                {
                    recordLists[i] = [];
                    incompleteRecords[i] = Path.GetFileNameWithoutExtension(recordFiles[i]);
                    return;
                }
                var (read, node) = YamlFile.Load(recordFiles[i], rel, bag);
                // An emptied records file (saved over by mistake) is said once, beside the blank columns it leaves.
                if (read && node is null) bag.Add(KnownRules.RecordFileEmpty, new SourceSpan(rel, 1, 1), "records.file-empty");
                recordLists[i] = [.. RecordsBinder.Bind(node, rel, bag, refusedRecords.Add)];
                // A file that could not be parsed, or is not a list, may hold any record: its area gets no blank verdicts.
                if (!read || node is not null and not Yaml.YSequence) incompleteRecords[i] = Path.GetFileNameWithoutExtension(recordFiles[i]);
            }));
        var records = recordLists.SelectMany(r => r).ToList();
        IReadOnlyList<string> readFiles = [RepositoryPaths.Manifest, .. areaFiles.Concat(recordFiles).Select(f => RepositoryPaths.Relative(root, f)), .. powers.Select(p => p.File)];

        var ordered = DistinctAreas(areas.OfType<AreaFile>(), bag);
        return manifest is null
            ? new LoadResult(null, readFiles, !manifestRead)
            : new LoadResult(new Catalogue(Path.GetFullPath(root), manifest, ordered, powers, records)
            {
                // An area file saved under a name with an extension too many (reported) is an area file not read: its
                // items exist, so records and powers naming them are not reported as well.
                UnreadAreaFiles = [.. areaFiles.Where((_, i) => areas[i] is null).Select(f => RepositoryPaths.Relative(root, f)),
                    .. misnamedAreas.Select(n => $"{RepositoryPaths.Areas}/{n}")],
                UnreadPowerFiles = unreadPowers,
                RecordFiles = [.. recordFiles.Select(f => RepositoryPaths.Relative(root, f))],
                IncompleteRecordFiles = [.. incompleteRecords.OfType<string>()],
                RefusedRecordItems = [.. refusedRecords.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            }, readFiles, false);
    }

    private static AreaFile? LoadArea(string root, string full, Func<string, PilotArea?> resolve, bool standIn, DiagnosticBag bag)
    {
        var rel = RepositoryPaths.Relative(root, full);
        if (RepositoryPaths.RefusedAsOutside(root, full, rel, bag)) return null;
        var (_, node) = YamlFile.LoadDocument(full, rel, bag);
        if (node is null) return null;
        var area = AreaBinder.Bind(node, rel, resolve, bag);
        if (area is null) return null;
        var stem = Path.GetFileNameWithoutExtension(full);
        // A stand-in for an area the unread manifest would declare has no id to compare the file name with.
        // A copy beside the file named after its area (社会救助 - 副本.yaml) is not to be renamed: it is reported as unused.
        // The names are compared as written (a case-insensitive disk would find Social-Assistance.yaml by itself).
        var siblings = Directory.EnumerateFiles(Path.GetDirectoryName(full)!).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        if (stem != area.Area.Id && (area.Area.IsPilot || !standIn)
            && !siblings.Contains(area.Area.Id + ".yaml") && !siblings.Contains(area.Area.Id + ".yml"))
        {
            var areaNode = ((Loading.Yaml.YMapping)node)["area"]!;
            bag.Add(KnownRules.AreaFileName, areaNode.Span, "scope.file-name", rel, area.Area.Id);
        }
        return area;
    }

    public static PilotArea? ResolveArea(string text, IReadOnlyList<ExtraArea> extras)
    {
        if (PilotAreas.Find(text, out _) is { } pilot) return pilot;
        var extra = extras.FirstOrDefault(e => e.Id.Value == text.Trim() || e.Name == text.Trim());
        return extra is null ? null : new PilotArea(0, extra.Id.Value, extra.Name, [], extra.Id.Value);
    }

    /// <summary>Canonical order (format §3); of two files for one area, the one named after it is used (a copy such as
    /// <c>social-assistance - 副本.yaml</c> never takes its place, however the names sort), and the other is reported.</summary>
    private static List<AreaFile> DistinctAreas(IEnumerable<AreaFile> areas, DiagnosticBag bag) =>
        FirstFilePerArea(areas.OrderBy(a => a.Area.IsPilot ? a.Area.Number : int.MaxValue).ThenBy(a => a.Area.Id, StringComparer.Ordinal)
            .ThenBy(a => NamedAfter(a)).ThenBy(a => a.File, StringComparer.Ordinal), bag);

    /// <summary>How well a file's name names its area: by its id (0), by its Chinese name or a variant (1), by neither (2).</summary>
    internal static int NamedAfter(AreaFile a)
    {
        var stem = Path.GetFileNameWithoutExtension(a.File);
        return stem == a.Area.Id ? 0 : stem == a.Area.Name || a.Area.Variants.Contains(stem) ? 1 : 2;
    }

    /// <summary>The first file of each area, in the order given; each later file for an area is reported (CAT0109) and left out.</summary>
    internal static List<AreaFile> FirstFilePerArea(IEnumerable<AreaFile> ordered, DiagnosticBag bag)
    {
        var result = new List<AreaFile>();
        foreach (var a in ordered)
        {
            var first = result.FirstOrDefault(x => x.Area.Id == a.Area.Id);
            if (first is not null)
            {
                bag.Add(KnownRules.AreaFileName, a.Span, "scope.area-twice", a.Area.Label, first.File);
                continue;
            }
            result.Add(a);
        }
        return result;
    }
}
