using CatalogueTool.Binding;
using CatalogueTool.Diagnostics;
using CatalogueTool.Loading.Tables;
using CatalogueTool.Model;

namespace CatalogueTool.Loading;

/// <summary>Reads every power list under powers/ in the form it is written.</summary>
public static class PowerListLoader
{
    public static IReadOnlyList<PowerList> LoadFolder(string root, DiagnosticBag bag)
    {
        var folder = Path.Combine(root, RepositoryPaths.Powers);
        var lists = new List<PowerList>();
        foreach (var full in RepositoryPaths.Files(folder, ".yaml", ".yml", ".csv", ".xlsx"))
        {
            var rel = RepositoryPaths.Relative(root, full);
            if (Load(full, rel, bag) is { } list) lists.Add(list);
        }
        return lists;
    }

    public static PowerList? Load(string full, string rel, DiagnosticBag bag)
    {
        var ext = Path.GetExtension(full).ToLowerInvariant();
        if (ext == ".csv") return PowerTableReader.FromCsv(full, rel, bag);
        if (ext == ".xlsx") return PowerTableReader.FromXlsx(full, rel, bag);
        var (_, node) = YamlFile.Load(full, rel, bag);
        return node is null ? null : PowerListBinder.Bind(node, rel, bag);
    }
}
