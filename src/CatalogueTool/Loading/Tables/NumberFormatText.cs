using System.Globalization;
using System.Text;

namespace CatalogueTool.Loading.Tables;

/// <summary>
/// Shows a cell as a custom number format with words in it shows it: <c>0"个工作日"</c> makes 20 read “20个工作日”, and
/// <c>m"月"d"日"</c> makes a date read “3月31日”, as the clerk sees them in Excel. Only formats that carry words are
/// rendered; a plain number format (<c>0.00</c>, <c>#,##0</c>) leaves the number as written, so figures keep their
/// digits, and a plain date format gives yyyy-MM-dd. A format this cannot render exactly (conditions, times) gives null.
/// </summary>
public static class NumberFormatText
{
    private const string GeneralEnglish = "General", GeneralChinese = "G/通用格式";

    /// <summary>One piece of a format section: a literal text, or a code (digit placeholders, a date part, General).</summary>
    private readonly record struct Token(string Text, bool Literal, bool Bare = false);

    /// <summary>The text the format shows for <paramref name="number"/>, or null when the format has no words.</summary>
    public static string? Render(string code, double number)
    {
        var sections = Sections(code);
        if (sections.Any(s => s.Contains("[<", StringComparison.Ordinal) || s.Contains("[>", StringComparison.Ordinal) || s.Contains("[=", StringComparison.Ordinal)))
            return null; // conditional sections ([>=100]…): which one applies is not rendered here
        var index = number > 0 ? 0 : number < 0 ? 1 : 2;
        var section = index < sections.Count ? sections[index] : sections[0];
        var ownSign = index == 1 && sections.Count > 1;
        var tokens = Tokens(section);
        if (!tokens.Any(t => t.Literal && HasWords(t.Text))) return null;
        var digits = tokens.Where(t => !t.Literal).ToList();
        // A section of words alone ("当日" for zero) shows just them.
        if (digits.Count == 0) return Join(tokens);
        if (digits.Any(t => t.Text.Any(c => char.IsLetter(c) && t.Text is not (GeneralEnglish or GeneralChinese)))) return null;
        var value = Math.Abs(number);
        if (tokens.Any(t => t.Literal && t.Text == "%")) value *= 100;
        var placeholders = string.Concat(digits.Where(t => t.Text is not (GeneralEnglish or GeneralChinese)).Select(t => t.Text));
        // Commas after the last digit placeholder scale by a thousand each (0,"千").
        var scale = placeholders.Length - placeholders.TrimEnd(',').Length;
        value /= Math.Pow(1000, scale);
        var shown = digits.Any(t => t.Text is GeneralEnglish or GeneralChinese) && placeholders.Length == 0
            ? value.ToString("0.###############", CultureInfo.InvariantCulture)
            : Digits(placeholders.TrimEnd(','), value);
        var text = new StringBuilder();
        var written = false;
        foreach (var t in tokens)
        {
            if (t.Literal) text.Append(t.Text);
            else if (!written)
            {
                text.Append(shown);
                written = true;
            }
        }
        var result = text.ToString().Trim();
        return number < 0 && !ownSign ? "-" + result : result;
    }

    /// <summary>The text a date format with words shows for <paramref name="date"/> (m"月"d"日" → 3月31日), or null.</summary>
    public static string? RenderDate(string code, DateTime date)
    {
        var tokens = Tokens(Sections(code)[0]);
        if (!tokens.Any(t => t.Literal && HasWords(t.Text))) return null;
        var sb = new StringBuilder();
        foreach (var t in tokens)
        {
            if (t.Literal)
            {
                sb.Append(t.Text);
                continue;
            }
            var part = t.Text.ToLowerInvariant();
            switch (part)
            {
                case "yyyy" or "yyy": sb.Append(date.Year.ToString("0000", CultureInfo.InvariantCulture)); break;
                case "yy" or "y": sb.Append((date.Year % 100).ToString("00", CultureInfo.InvariantCulture)); break;
                case "m": sb.Append(date.Month.ToString(CultureInfo.InvariantCulture)); break;
                case "mm": sb.Append(date.Month.ToString("00", CultureInfo.InvariantCulture)); break;
                case "d": sb.Append(date.Day.ToString(CultureInfo.InvariantCulture)); break;
                case "dd": sb.Append(date.Day.ToString("00", CultureInfo.InvariantCulture)); break;
                default: return null; // times, weekday and month names: not rendered
            }
        }
        return sb.ToString().Trim();
    }

    /// <summary>Whether a format shows a date: a year or day part (y, d, 年, 日) outside quotes, brackets and escapes.</summary>
    public static bool IsDate(string code) =>
        Tokens(Sections(code)[0]).Any(t => !t.Literal && t.Text.Any(c => c is 'y' or 'Y' or 'd' or 'D') || t.Bare && t.Text is "年" or "日");

    /// <summary>The sections of a format: positive;negative;zero;text (a ; in quotes or escaped is text).</summary>
    private static List<string> Sections(string code)
    {
        var list = new List<string>();
        var quoted = false;
        var start = 0;
        for (var i = 0; i < code.Length; i++)
        {
            if (code[i] == '"') quoted = !quoted;
            else if (code[i] == '\\' && !quoted) i++;
            else if (code[i] == ';' && !quoted)
            {
                list.Add(code[start..i]);
                start = i + 1;
            }
        }
        list.Add(code[start..]);
        return list;
    }

    /// <summary>
    /// A section as literal texts and codes: quoted text and escaped characters are literal, brackets ([Red], [$-804]) and
    /// the spacing codes (_x, *x) drop out, runs of digit placeholders or of one date letter are codes, and any other
    /// character (a Chinese word, %, -) is literal. Unquoted 年月日 are kept literal but remembered as date words.
    /// </summary>
    private static List<Token> Tokens(string section)
    {
        var tokens = new List<Token>();
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"')
            {
                var end = section.IndexOf('"', i + 1);
                if (end < 0) end = section.Length;
                tokens.Add(new Token(section[(i + 1)..end], true));
                i = end;
            }
            else if (c == '\\' && i + 1 < section.Length) tokens.Add(new Token(section[++i].ToString(), true));
            else if (c is '_' or '*' && i + 1 < section.Length) i++;
            else if (c == '[')
            {
                var close = section.IndexOf(']', i);
                // An elapsed time ([h], [mm], [ss]) is a code this does not render: kept as a code, so the format gives up.
                if (close > i + 1 && section[(i + 1)..close].All(ch => ch is 'h' or 'H' or 'm' or 'M' or 's' or 'S')) tokens.Add(new Token(section[i..(close + 1)], false));
                i = close < 0 ? section.Length : close;
            }
            else if (section.AsSpan(i).StartsWith(GeneralChinese, StringComparison.Ordinal))
            {
                tokens.Add(new Token(GeneralChinese, false));
                i += GeneralChinese.Length - 1;
            }
            else if (section.AsSpan(i).StartsWith(GeneralEnglish, StringComparison.OrdinalIgnoreCase))
            {
                tokens.Add(new Token(GeneralEnglish, false));
                i += GeneralEnglish.Length - 1;
            }
            else if (c is '0' or '#' or '?' or '.' or ',' or '@')
            {
                var start = i;
                while (i + 1 < section.Length && section[i + 1] is '0' or '#' or '?' or '.' or ',') i++;
                tokens.Add(new Token(section[start..(i + 1)], false));
            }
            else if (char.IsAsciiLetter(c))
            {
                var start = i;
                while (i + 1 < section.Length && char.ToLowerInvariant(section[i + 1]) == char.ToLowerInvariant(c)) i++;
                tokens.Add(new Token(section[start..(i + 1)], false));
            }
            else tokens.Add(new Token(c.ToString(), true, Bare: true));
        }
        return tokens;
    }

    /// <summary>Literal text that is words: a Chinese character, or a letter.</summary>
    private static bool HasWords(string text) => text.Any(c => char.IsLetter(c));

    private static string Join(IEnumerable<Token> tokens) => string.Concat(tokens.Select(t => t.Text)).Trim();

    private static string Digits(string placeholders, double number)
    {
        var point = placeholders.IndexOf('.');
        var decimals = point < 0 ? 0 : placeholders[(point + 1)..].Count(ch => ch is '0' or '#' or '?');
        var grouped = placeholders.Contains(',') && (point < 0 || placeholders.IndexOf(',') < point);
        var format = (grouped ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : "");
        return number.ToString(format, CultureInfo.InvariantCulture);
    }
}
