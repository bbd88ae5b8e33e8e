using System.Text.RegularExpressions;

namespace CatalogueTool.Text;

/// <summary>
/// The cells of the rows hand-kept tables carry under or between their entries, which are no entry: a total (合计, 小计,
/// 共 7 项, 合计 3,000 项) and a note (注：…, 说明：…, 填表说明…). Read alike by the catalogue import and the power lists,
/// full-width forms and spaces aside.
/// </summary>
public static partial class SummaryRows
{
    /// <summary>A total, with its count if it gives one.</summary>
    public static bool IsTotal(string cell) => Total().IsMatch(Key(cell));

    /// <summary>The word of a total alone (合计, 小计：), its count in the cells beside it.</summary>
    public static bool IsTotalWord(string cell) => TotalWord().IsMatch(Key(cell));

    /// <summary>A note's opening (注：, 说明1.).</summary>
    public static bool IsNote(string cell) => Note().IsMatch(Key(cell));

    private static string Key(string cell) => Punctuation.HalfWidth(cell).Replace(" ", "");

    [GeneratedRegex(@"^(?:合计|小计|总计|共计)(?:[:：]?共?[0-9][0-9,，]*(?:项|个|条)?)?$|^共[0-9][0-9,，]*(?:项|个|条)$")]
    private static partial Regex Total();

    [GeneratedRegex(@"^(?:合计|小计|总计|共计)[:：]?$")]
    private static partial Regex TotalWord();

    [GeneratedRegex(@"^(?:注|附注|备注|说明|填表说明)[0-9]*[:：.、]")]
    private static partial Regex Note();
}
