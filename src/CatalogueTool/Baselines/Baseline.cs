using CatalogueTool.Model;

namespace CatalogueTool.Baselines;

/// <summary>A set of standard items per area (the national guidelines, or a province's own).</summary>
public sealed class Baseline(string name, IReadOnlyList<AreaFile> areas)
{
    private readonly Dictionary<string, AreaFile> _byArea = areas.ToDictionary(a => a.Area.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Item> _byItem = areas.SelectMany(a => a.Items).GroupBy(i => i.Id.Value).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public string Name { get; } = name;
    public IReadOnlyList<AreaFile> Areas { get; } = areas;

    public AreaFile? ForArea(string areaId) => _byArea.GetValueOrDefault(areaId);

    public Item? FindItem(string id) => _byItem.GetValueOrDefault(id);
}
