using CatalogueTool.Diagnostics;
using CatalogueTool.Model;
using CatalogueTool.Validation;

namespace CatalogueTool.Review;

/// <summary>How one pilot area stands in a jurisdiction: its file read (with its item count), declared not applicable,
/// missing, or present but unreadable (its errors are among the findings).</summary>
public enum AreaState { Covered, NotApplicable, Missing, Unreadable }

public sealed record AreaCell(string AreaId, AreaState State, int Items, string? Reason)
{
    /// <summary>The cell as the dashboard and the workbook write it: ✓ 12, 不涉及：…, 缺, 无法读取.</summary>
    public string Text(bool zh) => State switch
    {
        AreaState.Covered => $"✓ {Items}",
        AreaState.NotApplicable => (zh ? "不涉及：" : "not applicable: ") + Reason,
        AreaState.Unreadable => zh ? "无法读取" : "unreadable",
        _ => zh ? "缺" : "missing",
    };
}

public sealed record RuleGroup(string Rule, string Title, Severity Severity, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>One row of the review: a jurisdiction's scope, counts and coverage, or the reason it could not be read.</summary>
public sealed record JurisdictionReview(
    string Path, string Name, string? Code, bool Unreadable, string? Failure,
    int Errors, int Warnings, int Infos, int Items, int Powers,
    IReadOnlyList<AreaCell> Areas, double? BaselineCoverage, double? PowerCoverage, int? BlankColumns, int? StaleColumns,
    IReadOnlyList<RuleGroup> Findings, long Milliseconds)
{
    /// <summary>county or township (manifest jurisdiction.level); a township carries its county's division code.</summary>
    public string Level { get; init; } = "county";

    /// <summary>The county a township belongs to (jurisdiction.parent), and the edition (版次) as the manifest writes them.</summary>
    public string? Parent { get; init; }
    public string? Edition { get; init; }

    /// <summary>Whether power links point at powers no list holds (a list missing, or no list at all): the share of powers
    /// disclosed cannot be told, so it is shown as incomplete, not as a figure that looks whole.</summary>
    public bool PowerListsIncomplete { get; init; }

    /// <summary>The share of powers disclosed as the dashboard and the workbook write it: 87.5%, — with no power lists,
    /// 清单不全 when links point past the lists.</summary>
    public string PowerCoverageText(bool zh) => PowerListsIncomplete ? zh ? "清单不全" : "lists incomplete" : Percent(PowerCoverage);

    /// <summary>A count of blank or stale columns as shown: the number, or — when no records are kept to judge by.</summary>
    public static string ColumnsText(int? count) => count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—";

    /// <summary>Areas with proactive items whose records are kept (judged for blank and stale columns) and not.</summary>
    public (int Kept, int NotKept) RecordAreas { get; init; }

    /// <summary>As <see cref="ColumnsText(int?)"/>, with how many areas were judged when only some keep records: 0（1/25 个领域）.</summary>
    public string ColumnsText(int? count, bool zh) => count is { } n && RecordAreas is { Kept: > 0, NotKept: > 0 } r
        ? zh ? $"{n}（{r.Kept}/{r.Kept + r.NotKept} 个领域）" : $"{n} ({r.Kept}/{r.Kept + r.NotKept} areas)"
        : ColumnsText(count);

    public static JurisdictionReview From(string relativePath, ValidationResult result, long ms, Language language = Language.Chinese)
    {
        var c = result.Catalogue;
        var groups = result.Diagnostics.GroupBy(d => d.Rule.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RuleGroup(g.Key, g.First().Rule.Title(language), g.First().Severity, g.ToList())).ToList();
        // The manifest's own error first: without it nothing else of the repository can be read.
        var failure = result.Unreadable || c is null
            ? result.Diagnostics.Where(d => d.Severity == Severity.Error).OrderBy(d => d.Span.File == Loading.RepositoryPaths.Manifest ? 0 : 1).FirstOrDefault() is { } first
                ? $"{Diagnostics.Reports.ReportWriters.Location(first.Span)}: {first.Format(language)}" // where, as well as what
                : language == Language.Chinese ? "无法读取" : "unreadable"
            : null;
        // Blank and stale columns are judged from records/: where none are kept, 0 would read as checked and clean.
        var recordsKept = c is not null && c.RecordFiles.Count > 0;
        return new JurisdictionReview(relativePath, c?.Manifest.Jurisdiction.Name ?? System.IO.Path.GetFileName(relativePath),
            string.IsNullOrWhiteSpace(c?.Manifest.Jurisdiction.Code) ? null : c.Manifest.Jurisdiction.Code,
            c is null, failure, result.Errors, result.Warnings, result.Infos, c?.Items.Count() ?? 0, c?.Powers.Count() ?? 0, // items the area cells count too
            c is null ? [] : AreaCells(c), c is null ? null : BaselineCoverageOf(result), PowerCoverageOf(result),
            recordsKept ? result.Diagnostics.Count(d => d.Rule == KnownRules.BlankColumn) : null,
            recordsKept ? result.Diagnostics.Count(d => d.Rule == KnownRules.StaleColumn) : null,
            groups, ms)
        {
            Level = c?.Manifest.Jurisdiction.Level ?? "county",
            Parent = string.IsNullOrWhiteSpace(c?.Manifest.Jurisdiction.Parent) ? null : c.Manifest.Jurisdiction.Parent,
            Edition = string.IsNullOrWhiteSpace(c?.Manifest.Edition) ? null : c.Manifest.Edition,
            RecordAreas = result.RecordAreas,
            PowerListsIncomplete = result.Diagnostics.Any(d => d.Rule == KnownRules.PowerListsAbsent || d.Rule == KnownRules.PowerUnknown || d.Rule == KnownRules.PowerNoMatch),
        };
    }

    public static JurisdictionReview Crashed(string relativePath, Exception ex, long ms, Language language = Language.Chinese) =>
        new(relativePath, System.IO.Path.GetFileName(relativePath), null, true, (language == Language.Chinese ? "检查时出错：" : "checking failed: ") + ex.Message, 1, 0, 0, 0, 0, [], null, null, null, null, [], ms);

    private static List<AreaCell> AreaCells(Catalogue c)
    {
        var cells = new List<AreaCell>();
        var unread = c.UnreadAreaFiles.Select(f => System.IO.Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);
        foreach (var pilot in PilotAreas.All)
        {
            var file = c.Areas.FirstOrDefault(a => a.Area.Id == pilot.Id);
            var na = c.Manifest.NotApplicable.FirstOrDefault(n => c.Manifest.AreaIdOf(n) == pilot.Id);
            cells.Add(file is not null ? new AreaCell(pilot.Id, AreaState.Covered, file.Items.Count, null)
                : na is not null ? new AreaCell(pilot.Id, AreaState.NotApplicable, 0, na.Reason)
                : unread.Contains(pilot.Id) ? new AreaCell(pilot.Id, AreaState.Unreadable, 0, null)
                : new AreaCell(pilot.Id, AreaState.Missing, 0, null));
        }
        return cells;
    }

    /// <summary>
    /// Standard items of the areas in scope that are implemented or waived with a reason, in %; unknown (null) while an
    /// area file cannot be read, since its items can be neither counted nor ruled out.
    /// </summary>
    private static double? BaselineCoverageOf(ValidationResult result)
    {
        if (result.Baseline is not { Available: true } baseline || result.Catalogue is not { } c || !c.AreasReadWhole || c.Manifest.NotApplicableUnread) return null;
        // An area whose baseline file could not be read: its items can be neither counted nor ruled out. (An area the
        // baseline has no file for is said once, CAT0608, and left out of the share like a local area.)
        if (c.Areas.Any(a => baseline.UnreadAreas.Contains(a.Area.Id))) return null;
        int total = 0, covered = 0;
        foreach (var area in c.Areas)
        {
            if (baseline.ForArea(area.Area.Id) is not { } standard) continue;
            var implemented = area.Items.Where(i => i.Baseline is not null).Select(i => i.Baseline!.Value.Value).ToHashSet(StringComparer.Ordinal);
            implemented.UnionWith(area.Waived.Where(w => !Text.Blank.Is(w.Reason)).Select(w => w.Baseline.Value));
            var items = standard.Items.DistinctBy(i => i.Id.Value).ToList();
            total += items.Count;
            covered += items.Count(i => implemented.Contains(i.Id.Value));
        }
        // An area neither compiled nor declared not applicable covers none of its standard items.
        var notApplicable = c.Manifest.NotApplicable.Select(c.Manifest.AreaIdOf).ToHashSet(StringComparer.Ordinal);
        foreach (var pilot in PilotAreas.All)
            if (c.Areas.All(a => a.Area.Id != pilot.Id) && !notApplicable.Contains(pilot.Id) && baseline.ForArea(pilot.Id) is { } missing)
                total += missing.Items.DistinctBy(i => i.Id.Value).Count();
        return total == 0 ? null : Math.Round(100.0 * covered / total, 1);
    }

    private static double? PowerCoverageOf(ValidationResult result) =>
        result.Coverage is { Total.Powers: > 0 } coverage ? coverage.Total.Percent : null;

    /// <summary>A coverage figure as the dashboard and the workbook show it: 87.5%, or — when there is nothing to cover.</summary>
    public static string Percent(double? value) =>
        value is { } v ? v.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>A severity in the reviewers' words.</summary>
    public static string SeverityName(Severity s, Language language = Language.Chinese) => language == Language.Chinese
        ? s switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" }
        : s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
}
