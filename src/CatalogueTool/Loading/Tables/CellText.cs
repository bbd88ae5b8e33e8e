using System.Globalization;
using ClosedXML.Excel;

namespace CatalogueTool.Loading.Tables;

/// <summary>A cell's text as the user sees it, never re-typed: codes stay text, formulas are not evaluated.</summary>
public static class CellText
{
    public static string Of(IXLCell cell)
    {
        if (cell.HasFormula) return cell.CachedValue?.ToString() ?? "";
        var value = cell.Value;
        return value switch
        {
            null => "",
            double d => d.ToString("0.###############", CultureInfo.InvariantCulture),
            DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
    }
}
