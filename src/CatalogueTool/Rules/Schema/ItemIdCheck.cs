using CatalogueTool.Diagnostics;
using CatalogueTool.Model;

namespace CatalogueTool.Rules.Schema;

/// <summary>Item ids are unique in the repository; the second occurrence is reported, naming the first.</summary>
public sealed class ItemIdCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var seen = new Dictionary<string, Item>(StringComparer.Ordinal);
        foreach (var item in context.Catalogue.Items)
        {
            if (seen.TryGetValue(item.Id.Value, out var first))
                context.Report(KnownRules.DuplicateItemId, item.Id.Span, "schema.duplicate-id", item.Id.Value, first.Id.Span.File, first.Id.Span.Line);
            else
                seen[item.Id.Value] = item;
        }
    }
}
