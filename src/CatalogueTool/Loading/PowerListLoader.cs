using CatalogueTool.Binding;
using CatalogueTool.Diagnostics;
using CatalogueTool.Loading.Tables;
using CatalogueTool.Model;

namespace CatalogueTool.Loading;

/// <summary>Reads every power list under powers/ in the form it is written.</summary>
public static class PowerListLoader
{
    /// <summary>The lists that could be read, and the files that could not (their errors are in the bag).</summary>
    public static (IReadOnlyList<PowerList> Lists, IReadOnlyList<string> Unread) LoadFolder(string root, DiagnosticBag bag)
    {
        var folder = Path.Combine(root, RepositoryPaths.Powers);
        var files = RepositoryPaths.Files(folder, ".yaml", ".yml", ".csv", ".xlsx").ToList();
        var lists = new PowerList?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var rel = RepositoryPaths.Relative(root, files[i]);
            if (!RepositoryPaths.RefusedAsOutside(root, files[i], rel, bag)) lists[i] = Load(files[i], rel, bag);
        });
        return (lists.OfType<PowerList>().ToList(), files.Where((_, i) => lists[i] is null).Select(f => RepositoryPaths.Relative(root, f)).ToList());
    }

    /// <param name="converting">For <c>import-powers</c>: a GBK CSV is converted instead of refused.</param>
    public static PowerList? Load(string full, string rel, DiagnosticBag bag, bool converting = false)
    {
        var ext = Path.GetExtension(full).ToLowerInvariant();
        if (ext == ".csv") return PowerTableReader.FromCsv(full, rel, bag, converting);
        if (ext == ".xlsx") return PowerTableReader.FromXlsx(full, rel, bag);
        var (_, node) = YamlFile.LoadDocument(full, rel, bag);
        return node is null ? null : PowerListBinder.Bind(node, rel, bag);
    }
}
