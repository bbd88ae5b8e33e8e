namespace CatalogueTool.Text;

/// <summary>
/// Text that says nothing: empty, only punctuation or dashes (/, —, ——, …), or a stand-in such as 无, 暂无, 略 or N/A,
/// as tables are filled in to look complete.
/// </summary>
public static class Blank
{
    private static readonly string[] StandIns = ["无", "暂无", "略", "空", "NA", "N/A", "NULL", "NONE", "无无", "待定", "待补充"];

    public static bool Is(string? value)
    {
        if (value is null) return true;
        var key = Punctuation.Key(value).Trim('。', '.', '，', ',', '；', ';', '、', '（', '）', '(', ')', '【', '】', '[', ']', '“', '”', '"', '\'', '‘', '’');
        if (key.All(c => char.IsPunctuation(c) || char.IsSymbol(c) || c is '-' or '—' or '－' or '_' or '~')) return true;
        return StandIns.Contains(key.ToUpperInvariant(), StringComparer.Ordinal);
    }
}
