namespace CatalogueTool.Text;

/// <summary>
/// The words counties write in a spreadsheet cell to repeat the cell above (同上, "ditto"). Imported catalogues and power
/// lists accept the same words, so that a table reads the same whichever command reads it.
/// </summary>
public static class Ditto
{
    private static readonly string[] Words = ["同上", "同上。", "同上述", "同前"];

    /// <summary>Whether a cell's trimmed text is a ditto.</summary>
    public static bool Is(string text) => Words.Contains(text.Trim(), StringComparer.Ordinal);
}
