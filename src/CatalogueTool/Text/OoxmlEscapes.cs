using System.Globalization;
using System.Text.RegularExpressions;

namespace CatalogueTool.Text;

/// <summary>
/// The escapes spreadsheet text carries (ECMA-376 ST_Xstring): a character XML cannot hold, such as a carriage return, is
/// written _x000D_, and an underscore that would start such a sequence _x005F_. Excel reads them back as the characters.
/// </summary>
public static partial class OoxmlEscapes
{
    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex Escape();

    /// <summary>Cell text as Excel shows it: every _xHHHH_ its character.</summary>
    public static string Decode(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? Escape().Replace(text, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : text;

    [GeneratedRegex("_(?=x[0-9A-Fa-f]{4}_)")]
    private static partial Regex EscapeStart();

    /// <summary>Text to store so that Excel shows it as written: every underscore that starts _xHHHH_ is itself escaped,
    /// overlapping ones too (_x005F_x0041_ has two).</summary>
    public static string Encode(string text) =>
        text.Contains("_x", StringComparison.Ordinal) ? EscapeStart().Replace(text, "_x005F_") : text;
}
