namespace CatalogueTool.Model;

/// <summary>A loaded jurisdiction repository: manifest, areas in canonical order, power lists and records.</summary>
public sealed record Catalogue(string Root, Manifest Manifest, IReadOnlyList<AreaFile> Areas, IReadOnlyList<PowerList> PowerLists, IReadOnlyList<Record> Records)
{
    public IEnumerable<Item> Items => Areas.SelectMany(a => a.Items);

    public IEnumerable<Power> Powers => PowerLists.SelectMany(l => l.Powers);
}
