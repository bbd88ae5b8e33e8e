namespace CatalogueTool.Text;

/// <summary>Text that says nothing: empty, or a stand-in such as 无, / or a dash, as tables are filled in to look complete.</summary>
public static class Blank
{
    public static bool Is(string? value) => value is null || Punctuation.Key(value) is "" or "无" or "/" or "-" or "—";
}
