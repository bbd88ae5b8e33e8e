namespace CatalogueTool.Text;

/// <summary>
/// Control characters in text taken from a spreadsheet or a CSV (BEL, ESC and the like, pasted from another system or
/// smuggled in): they carry nothing a reader sees, and printed to a terminal or a log they act. Line breaks and tabs are text.
/// </summary>
public static class ControlCharacters
{
    public static bool IsControl(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t') || c is '\uFFFE' or '\uFFFF' || IsDirection(c);

    /// <summary>Text direction overrides and isolates (U+202E and the like): they show text reversed, so 2026 can read 6202.</summary>
    public static bool IsDirection(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>The first control character of a text, or null.</summary>
    public static char? First(string text)
    {
        foreach (var c in text)
            if (IsControl(c)) return c;
        return null;
    }

    /// <summary>The text without them.</summary>
    public static string Remove(string text) => First(text) is null ? text : string.Concat(text.Where(c => !IsControl(c)));

    /// <summary>How a message names one: U+001B.</summary>
    public static string Name(char c) => $"U+{(int)c:X4}";

    /// <summary>Text for a terminal, a log or Markdown: each control character shown by its name, so none acts.</summary>
    public static string Visible(string text) =>
        First(text) is null ? text : string.Concat(text.Select(c => IsControl(c) ? $"<{Name(c)}>" : c.ToString()));
}
