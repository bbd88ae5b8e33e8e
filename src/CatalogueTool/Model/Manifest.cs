using CatalogueTool.Diagnostics;

namespace CatalogueTool.Model;

public sealed record Jurisdiction(string Name, string? Code, string Level, string? Parent);

public sealed record PortalFooter(string? SiteCode, string? Icp, string? Psb);

public sealed record Portal(string? Title, string? BaseUrl, PortalFooter? Footer);

public sealed record Department(string Name, IReadOnlyList<string> Aliases);

public sealed record NotApplicable(Located<string> AreaId, string Reason, SourceSpan Span);

public sealed record ExtraArea(Located<string> Id, string Name);

public sealed record UndisclosedPower(Located<string> Code, string Reason);

/// <summary>The manifest, <c>catalogue.yaml</c> (format §2).</summary>
public sealed record Manifest
{
    public required Jurisdiction Jurisdiction { get; init; }
    public required string Publisher { get; init; }
    public required string Edition { get; init; }
    public Located<string> Baseline { get; init; } = new("national", SourceSpan.OfFile("catalogue.yaml"));
    public Portal? Portal { get; init; }
    public IReadOnlyList<NotApplicable> NotApplicable { get; init; } = [];

    /// <summary>The areas declared not applicable as every output lists them: in the official order (format §3), each
    /// with the pilot area it names (by id, name or variant) when it names one.</summary>
    public IEnumerable<(NotApplicable Entry, PilotArea? Area)> NotApplicableInOrder =>
        NotApplicable.Select(n => (Entry: n, Area: PilotAreas.Find(n.AreaId.Value, out _)))
            .OrderBy(n => n.Area?.Number ?? int.MaxValue).ThenBy(n => n.Entry.AreaId.Value, StringComparer.Ordinal);

    /// <summary>The area a not_applicable entry names, by its id (an entry may name it by id, Chinese name or variant, or
    /// name a local area by its name).</summary>
    public string AreaIdOf(NotApplicable entry) =>
        PilotAreas.Find(entry.AreaId.Value, out _)?.Id
        ?? ExtraAreas.FirstOrDefault(e => e.Name == entry.AreaId.Value.Trim())?.Id.Value
        ?? entry.AreaId.Value;

    /// <summary>The local areas by id, the order their sheets and pages follow.</summary>
    public IEnumerable<ExtraArea> ExtraAreasInOrder => ExtraAreas.OrderBy(e => e.Id.Value, StringComparer.Ordinal);

    /// <summary>Whether <c>not_applicable</c> is written but could not be read as a mapping (its error is reported): which
    /// areas it meant is unknown, so none is reported missing for it.</summary>
    public bool NotApplicableUnread { get; init; }
    public IReadOnlyList<ExtraArea> ExtraAreas { get; init; } = [];
    public IReadOnlyList<Department> Departments { get; init; } = [];
    public IReadOnlyList<UndisclosedPower> UndisclosedPowers { get; init; } = [];
    public int StaleAfterDays { get; init; } = 180;
}
