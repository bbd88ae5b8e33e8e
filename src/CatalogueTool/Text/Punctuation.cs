using System.Text;

namespace CatalogueTool.Text;

/// <summary>Full-width and half-width punctuation are equivalent everywhere (format §3).</summary>
public static partial class Punctuation
{
    /// <summary>A table header's key: <see cref="Key"/> without bracketed qualifiers (事项名称（全称）, 公开内容（要素）) or
    /// required-field stars (*事项编码), lower-cased. Power lists and imported catalogues recognise headers by it.</summary>
    public static string HeaderKey(string cell) =>
        Qualifier().Replace(Key(cell), "").Trim('*').ToLowerInvariant();

    [System.Text.RegularExpressions.GeneratedRegex(@"\([^)]*\)")]
    private static partial System.Text.RegularExpressions.Regex Qualifier();

    /// <summary>A comparison key: full-width ASCII forms folded to half-width, whitespace removed.</summary>
    public static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u3000') continue;
            sb.Append(Fold(c));
        }
        return sb.ToString();
    }

    /// <summary>The text with full-width ASCII forms written half-width (５１０９２４－ＣＦ → 510924-CF), spaces kept: codes compare as written this way.</summary>
    public static string HalfWidth(string text) => text.AsSpan().IndexOfAnyInRange('\uFF01', '\uFF5E') < 0 ? text : string.Concat(text.Select(Fold));

    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        _ => c,
    };

    /// <summary>Converts half-width digits from full-width and Chinese numerals into an int, if the text is one.</summary>
    public static int? ParseNumber(string text)
    {
        var t = Key(text);
        if (t.Length == 0) return null;
        if (int.TryParse(t, out var n)) return n;
        return ChineseNumber(t);
    }

    private static int? ChineseNumber(string t)
    {
        const string digits = "零一二三四五六七八九";
        var total = 0;
        var current = 0;
        foreach (var c in t)
        {
            var d = digits.IndexOf(c);
            if (c == '两') d = 2;
            if (d >= 0) { current = d; continue; }
            if (c == '十') { total += (current == 0 ? 1 : current) * 10; current = 0; continue; }
            if (c == '百') { total += (current == 0 ? 1 : current) * 100; current = 0; continue; }
            return null;
        }
        return total + current;
    }
}
