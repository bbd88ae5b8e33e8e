using System.Text;

namespace CatalogueTool.Import;

/// <summary>
/// Cleans a cell as counties' tables have it: spaces inside Chinese words removed (PDF/Word conversion artefacts) but
/// kept between Latin words, full-width letters and digits made half-width, ASCII punctuation next to Chinese made
/// full-width, line breaks kept. Total: never throws, whatever the input.
/// </summary>
public static class CellText
{
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw)) return "";
        // Control characters (BEL, ESC…) carry nothing a reader sees, and a repository's files may not hold them.
        raw = Text.ControlCharacters.Remove(raw.Replace("\r\n", "\n").Replace('\r', '\n'));
        var lines = raw.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var sb = new StringBuilder(raw.Length);
        foreach (var line in lines)
        {
            var cleaned = CleanLine(line);
            if (cleaned.Length == 0) continue;
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(cleaned);
        }
        return sb.ToString();
    }

    /// <summary>A mark as it stands, without the invisible characters pasted with it: an emoji's variation selector
    /// (✔️, ☑️) and a zero-width space.</summary>
    public static string WithoutInvisibleMarks(string text) => text.Replace("\uFE0F", "").Replace("\u200B", "");

    private static bool IsCjk(char c) => c >= 0x2E80 && c is not ('\u3000' or '\uFEFF');

    /// <summary>Each pass only drops spaces or widens punctuation, so repeating it reaches a fixed point quickly; that makes cleaning idempotent.</summary>
    private static string CleanLine(string line)
    {
        var current = CleanOnce(line);
        for (var n = 0; n < 8; n++)
        {
            var next = CleanOnce(current);
            if (next == current) break;
            current = next;
        }
        return current;
    }

    private static string CleanOnce(string line)
    {
        // 1. Width: full-width ASCII letters and digits become half-width; odd spaces become plain spaces.
        var chars = new List<char>(line.Length);
        foreach (var ch in line)
        {
            var c = ch;
            if (c is >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A') c = (char)(c - 0xFEE0);
            if (c is '\u3000' or '\u00A0' or '\t' or '\u2002' or '\u2003' or '\u2009') c = ' ';
            if (char.IsControl(c) || c == '\uFEFF') continue;
            chars.Add(c);
        }
        // 2. Spaces: kept (one) between Latin words and between two longer Chinese runs (中共中央办公厅 国务院办公厅);
        //    dropped where they split a word into single characters or pairs (政 策 文 件), the mark of a PDF/Word conversion.
        var sb = new StringBuilder(chars.Count);
        for (var i = 0; i < chars.Count; i++)
        {
            var c = chars[i];
            if (c != ' ')
            {
                sb.Append(c);
                continue;
            }
            var j = i;
            while (j < chars.Count && chars[j] == ' ') j++;
            if (sb.Length > 0 && j < chars.Count && KeepSpace(sb, chars, j)) sb.Append(' ');
            i = j - 1;
        }
        // 3. Punctuation: ASCII , ; : ( ) ? ! next to Chinese (or to punctuation just made full-width) become full-width.
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < sb.Length; i++)
            {
                var c = sb[i];
                var full = c switch { ',' => '，', ';' => '；', ':' => '：', '(' => '（', ')' => '）', '?' => '？', '!' => '！', _ => c };
                if (full == c) continue;
                var prev = i > 0 ? sb[i - 1] : '\0';
                var next = i + 1 < sb.Length ? sb[i + 1] : '\0';
                if (!IsCjk(prev) && !IsCjk(next)) continue;
                sb[i] = full;
                changed = true;
            }
        }
        return sb.ToString().Trim();
    }

    private static bool KeepSpace(StringBuilder before, List<char> after, int next)
    {
        var prev = before[^1];
        var following = after[next];
        if (char.IsAsciiLetterOrDigit(prev) && char.IsAsciiLetterOrDigit(following)) return true;
        if (!IsCjk(prev) || !IsCjk(following)) return !(IsCjk(prev) || IsCjk(following)) && prev != ' ';
        var left = 0;
        for (var k = before.Length - 1; k >= 0 && IsCjk(before[k]); k--) left++;
        var right = 0;
        for (var k = next; k < after.Count && IsCjk(after[k]); k++) right++;
        return left > 2 && right > 2;
    }
}
