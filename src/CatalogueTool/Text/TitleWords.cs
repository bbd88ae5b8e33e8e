namespace CatalogueTool.Text;

/// <summary>
/// Words of a spreadsheet's title that never belong to a name read from it (a jurisdiction, a department): the year of
/// the edition (2024年, 2024年度, （2024年版）) and the attachment label above it (附件1：).
/// </summary>
public static partial class TitleWords
{
    [System.Text.RegularExpressions.GeneratedRegex(@"[（(]?[0-9０-９]{4}\s*年(?:度|版)?[）)]?")]
    private static partial System.Text.RegularExpressions.Regex Year();

    [System.Text.RegularExpressions.GeneratedRegex(@"附件\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?")]
    private static partial System.Text.RegularExpressions.Regex AttachmentLabel();

    /// <summary>The title without its years and attachment labels, trimmed.</summary>
    public static string Strip(string title) => Year().Replace(AttachmentLabel().Replace(title, ""), "").Trim();
}
