using CatalogueTool.Diagnostics;
using CatalogueTool.Model;

namespace CatalogueTool.Rules.Scope;

/// <summary>Each of the 26 pilot areas is covered or not applicable with a reason, never both; extra areas are declared.</summary>
public sealed class AreaScopeCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var catalogue = context.Catalogue;
        var manifestSpan = SourceSpan.OfFile("catalogue.yaml");
        var covered = catalogue.Areas.ToDictionary(a => a.Area.Id);
        var unread = catalogue.UnreadAreaFiles.Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);
        var notApplicable = new Dictionary<string, NotApplicable>();
        foreach (var na in catalogue.Manifest.NotApplicable)
        {
            var area = PilotAreas.Find(na.AreaId.Value, out var variant);
            if (area is null)
            {
                var suggestion = Text.Suggestions.Closest(na.AreaId.Value, PilotAreas.All.Select(a => a.Id));
                context.Report(KnownRules.UnknownArea, na.Span, suggestion is null ? "scope.unknown-area" : "scope.unknown-area-suggest", na.AreaId.Value, suggestion);
                continue;
            }
            if (variant) context.Report(KnownRules.VariantNormalised, na.Span, "schema.variant", na.AreaId.Value, area.Id);
            // 税收管理 and tax-administration are one area written twice: the second reason would silently win.
            if (notApplicable.TryGetValue(area.Id, out var first))
            {
                context.Report(KnownRules.DuplicateKey, na.Span, "scope.na-twice", na.AreaId.Value, first.AreaId.Value, first.Span.Line);
                continue;
            }
            notApplicable[area.Id] = na;
            if (covered.TryGetValue(area.Id, out var file))
                context.Report(KnownRules.AreaBoth, na.Span, "scope.both", area.Label, file.File);
        }
        // No areas/ folder at all (renamed, or the files put elsewhere): said once, not as one missing file per area.
        var noFolder = AreasFolderMissing(catalogue);
        if (noFolder)
            context.Report(KnownRules.AreaMissing, manifestSpan,
                Directory.Exists(Path.Combine(catalogue.Root, Loading.RepositoryPaths.Areas)) ? "scope.areas-folder-empty" : "scope.no-areas-folder", Folders(catalogue.Root));
        foreach (var area in PilotAreas.All)
        {
            if (noFolder) break;
            if (!covered.ContainsKey(area.Id) && !notApplicable.ContainsKey(area.Id) && !unread.Contains(area.Id) && !catalogue.Manifest.NotApplicableUnread)
                context.Report(KnownRules.AreaMissing, manifestSpan, "scope.missing", area.Label, area.Id);
        }
        foreach (var extra in catalogue.Manifest.ExtraAreas)
        {
            if (noFolder) break;
            if (!covered.ContainsKey(extra.Id.Value) && !unread.Contains(extra.Id.Value))
                context.Report(KnownRules.ExtraAreas, extra.Id.Span, "scope.extra-no-file", extra.Id.Value, extra.Name);
        }
        foreach (var area in catalogue.Areas)
        {
            if (area.Items.Count == 0 && !area.ItemsMissing && area.Unbound.Count == 0 && area.UnboundWaivers.Count == 0)
                context.Report(KnownRules.EmptyArea, area.Span, "scope.empty", area.Area.Label);
        }
    }

    /// <summary>No areas/ folder, while some pilot area is not declared not applicable: the area files are elsewhere.</summary>
    public static bool AreasFolderMissing(Catalogue catalogue) =>
        catalogue.Areas.Count == 0 && catalogue.UnreadAreaFiles.Count == 0
        && Loading.RepositoryPaths.YamlFiles(Path.Combine(catalogue.Root, Loading.RepositoryPaths.Areas)).Count == 0
        && !catalogue.Manifest.NotApplicableUnread
        && PilotAreas.All.Select(a => a.Id).Except(catalogue.Manifest.NotApplicable.Select(catalogue.Manifest.AreaIdOf)).Any();

    /// <summary>The folders the repository has, to show where the area files may have gone (领域/, 目录/).</summary>
    private static Localized Folders(string root)
    {
        var names = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>().Where(n => !n.StartsWith('.') && !Loading.RepositoryPaths.OwnFolders.Contains(n))
                .Order(StringComparer.Ordinal).Take(5).ToList()
            : [];
        return names.Count == 0 ? new Localized("", "") : new Localized($"（本仓库现有文件夹：{string.Join("、", names.Select(n => n + "/"))}）", $" (folders here: {string.Join(", ", names.Select(n => n + "/"))})");
    }
}
