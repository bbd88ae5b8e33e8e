using CatalogueTool.Baselines;
using CatalogueTool.Diagnostics;
using CatalogueTool.Loading;
using CatalogueTool.Model;
using CatalogueTool.Rules;

namespace CatalogueTool.Validation;

/// <summary>The result of validating one repository.</summary>
public sealed record ValidationResult(string Root, Catalogue? Catalogue, Baseline? Baseline, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> ReadFiles, bool Unreadable)
{
    /// <summary>How many files were read.</summary>
    public int Files => ReadFiles.Count;

    /// <summary>The power index the checks built (null when the catalogue could not be bound).</summary>
    public Binding.PowerIndex? Powers { get; init; }

    private Binding.PowerCoverage? _coverage;

    /// <summary>Coverage per department and type, computed once from <see cref="Powers"/> for every report and page that shows it;
    /// null when it cannot be known, including while an area file (which may link any power) could not be read.</summary>
    public Binding.PowerCoverage? Coverage => _coverage ??= Catalogue is { ReadWhole: true } c && Powers is { } p ? Binding.PowerCoverage.Compute(p, c.Manifest) : null;

    /// <summary>True when coverage is unknown because an area file or a power list could not be read.</summary>
    public bool CoverageUnknown => Catalogue is { ReadWhole: false } c && (c.Powers.Any() || c.UnreadPowerFiles.Count > 0);

    /// <summary>
    /// Areas with proactive items, by whether their publication records are kept (records/&lt;area&gt;.yaml): blank and stale
    /// columns are judged only for the kept ones, so the others are counted for the summary rather than seen as clean.
    /// </summary>
    public (int Kept, int NotKept) RecordAreas
    {
        get
        {
            if (Catalogue is not { } c) return (0, 0);
            var areas = c.Areas.Where(a => a.Items.Any(i => i.IsProactive)).ToList();
            var n = areas.Count(a => c.KeepsRecords(a.Area.Id));
            return (n, areas.Count - n);
        }
    }

    /// <summary>The date the checks were made against (--today, SOURCE_DATE_EPOCH or the clock): stale columns and future
    /// records depend on it, so the reports say it.</summary>
    public DateOnly? Today { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
    public int Infos => Diagnostics.Count(d => d.Severity == Severity.Info);
    /// <summary>Items written in the area files, those refused for an error of their own included (they were checked too).</summary>
    public int Items => Catalogue?.Areas.Sum(a => a.Items.Count + a.Unbound.Count) ?? 0;
}

/// <summary>load → bind → check: every check of the repository, as one sorted list of diagnostics.</summary>
public static class Validator
{
    /// <param name="shownAs">How messages name the repository folder (see <see cref="RepositoryLoader.Load"/>).</param>
    public static ValidationResult Validate(string root, DateOnly today, string? shownAs = null)
    {
        var bag = new DiagnosticBag();
        var loaded = RepositoryLoader.Load(root, bag, shownAs);
        Baseline? baseline = null;
        Binding.PowerIndex? powers = null;
        if (loaded.Catalogue is { } catalogue)
        {
            baseline = ResolveBaseline(catalogue, bag);
            var context = new CheckContext(catalogue, baseline, today, bag);
            // Without an areas/ folder nothing of the catalogue was read: that one finding is the one to fix, and every
            // check of items, powers and records would only repeat it.
            var noAreas = Rules.Scope.AreaScopeCheck.AreasFolderMissing(catalogue);
            var checks = noAreas ? CheckRegistry.All.OfType<Rules.Scope.AreaScopeCheck>().ToList<ICheck>() : CheckRegistry.All;
            foreach (var check in checks) check.Run(context);
            powers = noAreas ? null : context.Powers;
        }
        var result = new ValidationResult(root, loaded.Catalogue, baseline, bag.ToSortedList(), loaded.ReadFiles, loaded.Unreadable) { Powers = powers, Today = today };
        // Customised templates are tried on the pages once the catalogue is clean (its pages can be made): a template that
        // fails there is found by validate, not first by build.
        if (result.Catalogue is { UnreadAreaFiles.Count: 0 } && result.Errors == 0 && Directory.Exists(Path.Combine(root, Loading.RepositoryPaths.Templates))
            && Emit.Site.SiteWriter.Trial(result) is { Count: > 0 } trial)
        {
            bag.AddRange(trial);
            result = result with { Diagnostics = bag.ToSortedList() };
        }
        return result;
    }

    private static Baseline? ResolveBaseline(Catalogue catalogue, DiagnosticBag bag)
    {
        var setting = catalogue.Manifest.Baseline;
        switch (setting.Value)
        {
            case "none":
                return null;
            case "national":
                return BaselineLoader.LoadNational().Baseline;
            case "":
                return Baseline.Unavailable(""); // blank: reported by the manifest's binding
        }
        var folder = Path.GetFullPath(Path.Combine(catalogue.Root, setting.Value));
        var problem = File.Exists(folder) ? "baseline.folder-is-file"
            : !Directory.Exists(folder) ? setting.Value.Contains('\\') ? "baseline.folder-backslash" : "baseline.folder"
            : null;
        var loaded = problem is null ? BaselineLoader.LoadFolder(folder, catalogue.Root, t => RepositoryLoader.ResolveArea(t, catalogue.Manifest.ExtraAreas), bag) : null;
        if (problem is null && loaded is null) problem = "baseline.folder-empty";
        if (problem is not null)
        {
            bag.Add(KnownRules.BaselineFolder, setting.Span, problem, setting.Value);
            return Baseline.Unavailable(setting.Value);
        }
        // An area of the catalogue the baseline has no file for is said once, and left unchecked.
        foreach (var area in catalogue.Areas.Where(a => a.Area.IsPilot && loaded!.ForArea(a.Area.Id) is null && !loaded.UnreadAreas.Contains(a.Area.Id)))
            bag.Add(KnownRules.BaselineAreaMissing, setting.Span, "baseline.area-missing", area.Area.Label, setting.Value, area.Area.Id);
        return loaded;
    }
}
