using System.Globalization;
using System.Text;

namespace CatalogueTool.Loading.Tables;

/// <summary>
/// Shows a number as a custom number format with words in it shows it: <c>0"个工作日"</c> makes 20 read
/// “20个工作日”, as the clerk sees it in Excel. Only formats that carry words are rendered; a plain number format
/// (<c>0.00</c>, <c>#,##0</c>) leaves the number as written, so figures keep their digits.
/// </summary>
public static class NumberFormatText
{
    /// <summary>The text the format shows for <paramref name="number"/>, or null when the format has no words.</summary>
    public static string? Render(string code, double number)
    {
        var section = Section(code, number);
        if (section is null || !HasWords(section)) return null;
        var sb = new StringBuilder();
        var digitsWritten = false;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            switch (c)
            {
                case '"':
                    var end = section.IndexOf('"', i + 1);
                    if (end < 0) end = section.Length;
                    sb.Append(section, i + 1, end - i - 1);
                    i = end;
                    break;
                case '\\' when i + 1 < section.Length:
                    sb.Append(section[++i]);
                    break;
                case '_' when i + 1 < section.Length:
                    i++;
                    sb.Append(' ');
                    break;
                case '*' when i + 1 < section.Length:
                    i++;
                    break;
                case '[':
                    var close = section.IndexOf(']', i);
                    i = close < 0 ? section.Length : close;
                    break;
                case '0' or '#' or '?' or '.' or ',' or '@':
                    var run = i;
                    while (i + 1 < section.Length && section[i + 1] is '0' or '#' or '?' or '.' or ',') i++;
                    if (!digitsWritten) sb.Append(Digits(section.Substring(run, i - run + 1), Math.Abs(number)));
                    digitsWritten = true;
                    break;
                default:
                    if (section.AsSpan(i).StartsWith("General", StringComparison.OrdinalIgnoreCase))
                    {
                        if (!digitsWritten) sb.Append(Math.Abs(number).ToString("0.###############", CultureInfo.InvariantCulture));
                        digitsWritten = true;
                        i += "General".Length - 1;
                    }
                    else sb.Append(c);
                    break;
            }
        }
        if (!digitsWritten) return null;
        var text = sb.ToString().Trim();
        return number < 0 && SectionCount(code) == 1 ? "-" + text : text;
    }

    /// <summary>The section of the format for the number: positive;negative;zero;text.</summary>
    private static string? Section(string code, double number)
    {
        var sections = Split(code);
        if (sections.Count == 0) return null;
        var index = number > 0 ? 0 : number < 0 ? 1 : 2;
        if (index >= sections.Count) index = 0;
        return sections[index];
    }

    private static int SectionCount(string code) => Split(code).Count;

    private static List<string> Split(string code)
    {
        var list = new List<string>();
        var quoted = false;
        var start = 0;
        for (var i = 0; i < code.Length; i++)
        {
            if (code[i] == '"') quoted = !quoted;
            else if (code[i] == '\\') i++;
            else if (code[i] == ';' && !quoted)
            {
                list.Add(code[start..i]);
                start = i + 1;
            }
        }
        list.Add(code[start..]);
        return list;
    }

    /// <summary>Whether the section shows words: quoted text, an escaped letter, or a letter outside brackets that is no format code.</summary>
    private static bool HasWords(string section)
    {
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"' && section.IndexOf('"', i + 1) > i + 1) return true;
            if (c == '\\' && i + 1 < section.Length && char.IsLetter(section[i + 1])) return true;
            if (c == '[') { var close = section.IndexOf(']', i); if (close < 0) return false; i = close; continue; }
            if (c is '_' or '*') { i++; continue; }
            if (section.AsSpan(i).StartsWith("General", StringComparison.OrdinalIgnoreCase)) { i += 6; continue; }
            if (c > 0x2E7F && char.IsLetter(c)) return true;
        }
        return false;
    }

    private static string Digits(string placeholders, double number)
    {
        var point = placeholders.IndexOf('.');
        var decimals = point < 0 ? 0 : placeholders[(point + 1)..].Count(ch => ch is '0' or '#' or '?');
        var grouped = placeholders.Contains(',') && (point < 0 || placeholders.IndexOf(',') < point);
        var format = (grouped ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : "");
        return number.ToString(format, CultureInfo.InvariantCulture);
    }
}
