using CatalogueTool.Model;

namespace CatalogueTool.Emit;

/// <summary>Consecutive items with the same 一级事项: one merged cell in the workbook, one rowspan in the HTML table.</summary>
public static class CategoryGroups
{
    public static IEnumerable<List<Item>> Of(IReadOnlyList<Item> items)
    {
        List<Item>? current = null;
        foreach (var item in items)
        {
            if (current is not null && current[0].Category == item.Category) current.Add(item);
            else
            {
                if (current is not null) yield return current;
                current = [item];
            }
        }
        if (current is not null) yield return current;
    }
}
