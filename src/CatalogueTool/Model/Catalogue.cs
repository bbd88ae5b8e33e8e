namespace CatalogueTool.Model;

/// <summary>A loaded jurisdiction repository: manifest, areas in canonical order, power lists and records.</summary>
public sealed record Catalogue(string Root, Manifest Manifest, IReadOnlyList<AreaFile> Areas, IReadOnlyList<PowerList> PowerLists, IReadOnlyList<Record> Records)
{
    public IEnumerable<Item> Items => Areas.SelectMany(a => a.Items);

    /// <summary>Area files that exist but could not be read or bound (their errors are already reported): the checks
    /// do not take their areas for missing, nor the powers they may link for undisclosed.</summary>
    public IReadOnlyList<string> UnreadAreaFiles { get; init; } = [];

    /// <summary>Power lists that exist but could not be read (their errors are already reported): codes the items name
    /// may be in them, so no code is reported unknown and coverage is not computed.</summary>
    public IReadOnlyList<string> UnreadPowerFiles { get; init; } = [];

    /// <summary>Every records file found (relative to the root, records/&lt;name&gt;.yaml), read or not: the areas whose
    /// records are kept.</summary>
    public IReadOnlyList<string> RecordFiles { get; init; } = [];

    /// <summary>Whether an area's publication records are kept (records/&lt;area&gt;.yaml exists).</summary>
    public bool KeepsRecords(string areaId) => RecordFiles.Any(f => Path.GetFileNameWithoutExtension(f) == areaId);

    /// <summary>Records files (by name, records/&lt;name&gt;.yaml) that could not be read whole: any of their records may be
    /// missing, so the items of those areas are not reported blank or stale.</summary>
    public IReadOnlyList<string> IncompleteRecordFiles { get; init; } = [];

    /// <summary>Items named by a record that was dropped for an error of its own (reported): not also blank columns.</summary>
    public IReadOnlyList<string> RefusedRecordItems { get; init; } = [];

    /// <summary>True when every area file was read with its items: which items exist, and what they link, is known.</summary>
    public bool AreasReadWhole => UnreadAreaFiles.Count == 0 && !Areas.Any(a => a.ItemsMissing);

    /// <summary>True when every area file and power list was read: coverage and completeness can be judged.</summary>
    public bool ReadWhole => AreasReadWhole && UnreadPowerFiles.Count == 0;

    public IEnumerable<Power> Powers => PowerLists.SelectMany(l => l.Powers);

    private ILookup<string, Record>? _recordsByItem;

    /// <summary>An item's records newest first (same date: by title), the order every output shows them in; indexed once.</summary>
    public IEnumerable<Record> RecordsOf(Item item) =>
        (_recordsByItem ??= Records.OrderByDescending(r => r.Date).ThenBy(r => r.Title ?? r.Statement, StringComparer.Ordinal)
            .ToLookup(r => r.Item.Value, StringComparer.Ordinal))[item.Id.Value];
}
