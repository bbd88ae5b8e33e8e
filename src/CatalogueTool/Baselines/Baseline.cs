using CatalogueTool.Model;

namespace CatalogueTool.Baselines;

/// <summary>A set of standard items per area (the national guidelines, or a province's own).</summary>
public sealed class Baseline(string name, IReadOnlyList<AreaFile> areas)
{
    private readonly Dictionary<string, AreaFile> _byArea = areas.ToDictionary(a => a.Area.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Item> _byItem = areas.SelectMany(a => a.Items).GroupBy(i => i.Id.Value).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public string Name { get; } = name;
    public IReadOnlyList<AreaFile> Areas { get; } = areas;

    /// <summary>Areas whose baseline file could not be read (its errors are reported): nothing of them can be checked, so
    /// nothing is reported missing or unknown there.</summary>
    public IReadOnlySet<string> UnreadAreas { get; init; } = new HashSet<string>();

    /// <summary>Ids of standard items written in a baseline file that could not be bound (reported there): a link to one
    /// is not also "unknown".</summary>
    public IReadOnlySet<string> UnreadItems { get; init; } = new HashSet<string>();

    /// <summary>False when the setting named no usable folder (reported): nothing that depends on the baseline can be judged.</summary>
    public bool Available { get; init; } = true;

    /// <summary>A baseline that could not be found: no areas, and no judgement on anything that depends on it.</summary>
    public static Baseline Unavailable(string name) => new(name, []) { Available = false };

    public AreaFile? ForArea(string areaId) => _byArea.GetValueOrDefault(areaId);

    public Item? FindItem(string id) => _byItem.GetValueOrDefault(id);

    /// <summary>Whether an area's standard items are unknown for a reason already reported: no usable baseline, its file
    /// unreadable, or (a pilot area) no file for it in the folder (CAT0608).</summary>
    public bool IsUnread(string areaId) =>
        !Available || UnreadAreas.Contains(areaId) || PilotAreas.FindById(areaId) is not null && ForArea(areaId) is null;
}
