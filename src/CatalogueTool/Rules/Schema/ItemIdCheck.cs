using CatalogueTool.Diagnostics;
using CatalogueTool.Model;

namespace CatalogueTool.Rules.Schema;

/// <summary>Item ids are unique in the repository; the second occurrence is reported, naming the first.</summary>
public sealed class ItemIdCheck : ICheck
{
    public void Run(CheckContext context)
    {
        foreach (var (second, first) in Repeats(context.Catalogue.Items))
            context.Report(KnownRules.DuplicateItemId, second.Id.Span, "schema.duplicate-id", second.Id.Value, first.Id.Span.File, first.Id.Span.Line);
    }

    /// <summary>Each item whose id an item before it already has, with that first item (a repository's, or a baseline's).</summary>
    public static IEnumerable<(Item Second, Item First)> Repeats(IEnumerable<Item> items)
    {
        var seen = new Dictionary<string, Item>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (seen.TryGetValue(item.Id.Value, out var first)) yield return (item, first);
            else seen[item.Id.Value] = item;
        }
    }
}
