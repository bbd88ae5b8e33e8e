using System.Text.RegularExpressions;
using CatalogueTool.Model;

namespace CatalogueTool.Import;

/// <summary>What a carriers cell says: the standard carriers chosen, other carriers as 其他：…, and any note inside it.</summary>
public sealed record Carriers(IReadOnlyList<string> Channels, IReadOnlyList<string> Unrecognised, string? Note)
{
    /// <summary>Names written as a variant and read as a standard carrier (门户网站 → 政府网站).</summary>
    public IReadOnlyList<(string Written, string Read)> Normalised { get; init; } = [];
}

/// <summary>
/// Reads the 公开渠道和载体 cell in the forms counties write it: ■/□ checklists (□ typed as 口 too; ☑ √ ✓ as ticks),
/// selected-only lists, numbered lists and plain text; notes (注：…) moved out.
/// </summary>
public static partial class CarrierParser
{
    private const string Ticked = "■☑√✓✔▣●", Empty = "□口☐○", Crossed = "×✗✘╳";

    /// <summary>Ticks and crosses written beside carriers' names (√政府网站 ×政府公报).</summary>
    private static readonly char[] Marks = [.. Ticked, .. Crossed];

    [GeneratedRegex(@"(?:^|[\s、，,；;])(?:\(?\d{1,2}[\.、．)）]|[①-⑳])")]
    private static partial Regex Numbering();

    /// <summary>
    /// The local carriers after 其他：, separated by 、，,；; or spaces — a name written in quotes (“青禾发布、县融媒体中心”,
    /// "…") is one carrier, its outer quotes dropped. Quotes that do not wrap a whole name (微信公众号“青禾财政”) are part of it.
    /// </summary>
    internal static IEnumerable<string> OtherCarriers(string rest)
    {
        var i = 0;
        while (i < rest.Length)
        {
            while (i < rest.Length && IsSeparator(rest[i])) i++;
            if (i >= rest.Length) yield break;
            if (rest[i] is '“' or '"' && WrappedEnd(rest, i) is { } close)
            {
                if (rest[(i + 1)..close].Trim() is { Length: > 0 } whole) yield return whole;
                i = close + 1;
                continue;
            }
            var end = i;
            while (end < rest.Length && !IsSeparator(rest[end])) end++;
            if (rest[i..end].Trim() is { Length: > 0 } part) yield return part;
            i = end;
        }
    }

    private static bool IsSeparator(char c) => c is '、' or '，' or ',' or '；' or ';' || char.IsWhiteSpace(c);

    /// <summary>The closing quote of the one opened at <paramref name="open"/> (“ by ”, " by ") that ends a name (a separator
    /// or the end follows), with nested “ ” balanced: or null when the quote wraps no whole name.</summary>
    private static int? WrappedEnd(string text, int open)
    {
        var (opening, closing) = text[open] == '"' ? ('"', '"') : ('“', '”');
        var depth = 0;
        for (var k = open + 1; k < text.Length; k++)
        {
            if (text[k] == closing && depth == 0)
            {
                if (k + 1 == text.Length || IsSeparator(text[k + 1])) return k;
                if (opening == '"') return null;
            }
            else if (opening != '"' && text[k] == opening) depth++;
            else if (opening != '"' && text[k] == closing) depth--;
        }
        return null;
    }

    public static Carriers Parse(string cell)
    {
        var text = cell;
        string? note = null;
        foreach (var marker in new[] { "备注：", "备注:", "注：", "注:" })
        {
            var i = text.IndexOf(marker, StringComparison.Ordinal);
            if (i < 0) continue;
            note = CellText.Clean(text[(i + marker.Length)..]);
            text = text[..i];
            break;
        }
        text = CellText.WithoutInvisibleMarks(text);
        // A mark in brackets after each name (政府网站（√）政府公报（ ）) is a mark after it; empty brackets, none.
        text = BracketedMark().Replace(text, m => m.Groups[1].Value + " ");
        // 政府网站：是；政府公报：否 — a yes or no after each name is its tick or cross.
        text = YesNo().Replace(text, m => m.Groups[1].Value + (m.Groups[2].Value == "是" ? "√" : "×"));
        var isChecklist = text.IndexOfAny("■☑▣□☐".ToCharArray()) >= 0 || BoxAtEntryStart().IsMatch(text);
        // Marks written before or after each name (√政府网站 ×政府公报, 政府网站√ 政府公报, 政府网站：√；政府公报：×): with any
        // tick, only the ticked are chosen; with crosses alone, all but the crossed.
        var marked = !isChecklist && text.IndexOfAny(Marks) >= 0;
        var entries = marked ? Marked(text) : Split(text, isChecklist);
        isChecklist |= marked; // each entry then carries its own choice
        var channels = new List<string>();
        var unknown = new List<string>();
        var normalised = new List<(string, string)>();
        foreach (var (label, ticked) in entries)
        {
            if (isChecklist && !ticked) continue;
            var name = CellText.Clean(label).Trim('。', '.', '，', ',', '、', '；');
            if (name.Length == 0) continue;
            if (name.StartsWith("其他", StringComparison.Ordinal) || name.StartsWith("其它", StringComparison.Ordinal))
            {
                var rest = name[2..].Trim();
                if (rest.Length > 1 && rest[0] is '（' or '(' && rest[^1] is '）' or ')') rest = rest[1..^1];
                rest = rest.TrimStart('：', ':').Trim();
                var any = false;
                foreach (var other in OtherCarriers(rest))
                {
                    any = true;
                    // A standard carrier named after 其他 (其他：青禾发布、政府公报) is that carrier.
                    if (Vocabularies.Channel.Match(other) is { Term: { } t, Match: TermMatch.Canonical } && t.Canonical != "其他") Add(channels, t.Canonical);
                    else Add(channels, Vocabularies.OtherPrefix + other);
                }
                if (!any) Add(channels, "其他");
                continue;
            }
            var (term, match) = Vocabularies.Channel.Match(name);
            if (term is not null && term.Canonical != "其他")
            {
                Add(channels, term.Canonical);
                if (match == TermMatch.Variant) normalised.Add((name, term.Canonical));
            }
            else
            {
                Add(channels, Vocabularies.OtherPrefix + name);
                unknown.Add(name);
            }
        }
        return new Carriers(channels, unknown, note) { Normalised = normalised };
    }

    [GeneratedRegex(@"[（(\[【][ \u3000]*([√✓✔●☑■×✗✘╳]?)[ \u3000]*[)）\]】]")]
    private static partial Regex BracketedMark();

    [GeneratedRegex(@"([^：:；;、，,\s]+)[ \u3000]*[：:][ \u3000]*(是|否)(?=$|[；;、，,\s])")]
    private static partial Regex YesNo();

    /// <summary>
    /// Names with a mark each, written before (√政府网站 ×政府公报) or after them (政府网站√ 政府公报×, 政府网站：√), with or without
    /// spaces between: a cell that opens with a mark puts each mark before its name, else after. A name without a mark is
    /// chosen only when the cell ticks none (crosses alone mark what is left out).
    /// </summary>
    private static List<(string Label, bool Ticked)> Marked(string text)
    {
        var names = new List<string>();
        var marks = new Dictionary<int, char>(); // name index → its mark
        var loose = new List<(int Before, char Mark)>(); // marks with space on both sides: the name count before each
        var current = new System.Text.StringBuilder();
        char? pending = null; // a mark glued to the name that follows it
        // A cell that opens with a mark puts each mark before its name (√政府网站×政府公报√公开查阅点).
        var opensWithMark = IsMark(text.TrimStart()[0]);
        void Flush()
        {
            var name = current.ToString().Trim().Trim('：', ':', '、', '，', ',', '；', ';', '。').Trim();
            current.Clear();
            if (name.Length == 0) return;
            names.Add(name);
            if (pending is { } p) { marks[names.Count - 1] = p; pending = null; }
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsMark(c))
            {
                // Glued to the name before it (政府网站√, 政府网站：√), or to the one after it (√政府网站), or standing alone.
                var gluedBefore = current.ToString().Trim().Length > 0 && !char.IsWhiteSpace(text[i - 1]) || current.ToString().TrimEnd().EndsWith('：') || current.ToString().TrimEnd().EndsWith(':');
                var gluedAfter = i + 1 < text.Length && !IsSeparator(text[i + 1]) && !IsMark(text[i + 1]);
                if (gluedBefore && !(gluedAfter && opensWithMark)) { Flush(); if (names.Count > 0) marks.TryAdd(names.Count - 1, c); }
                else { Flush(); if (gluedAfter) pending = c; else loose.Add((names.Count, c)); }
            }
            else if (IsSeparator(c)) Flush();
            else current.Append(c);
        }
        Flush();
        // A mark standing alone belongs to the name before it, unless the cell opens with marks (√ 政府网站 × 政府公报).
        foreach (var (before, mark) in loose)
        {
            var at = opensWithMark ? before : before - 1;
            if (at >= 0 && at < names.Count) marks.TryAdd(at, mark);
        }
        var anyTick = marks.Values.Any(m => Ticked.Contains(m));
        return names.Select((n, i) => (n, anyTick ? marks.TryGetValue(i, out var m) && Ticked.Contains(m) : !(marks.TryGetValue(i, out var x) && Crossed.Contains(x)))).ToList();
        static bool IsMark(char c) => Ticked.Contains(c) || Crossed.Contains(c);
        static bool IsSeparator(char c) => c is '、' or '，' or ',' or '；' or ';' or '\n' or ' ' or '\u3000';
    }

    private static void Add(List<string> list, string value)
    {
        if (!list.Contains(value)) list.Add(value);
    }

    [GeneratedRegex(@"(?:^|[\s、，；,;])[口○]")]
    private static partial Regex BoxAtEntryStart();

    /// <summary>Entries with their tick: a checklist splits at each box; other forms at numbering, 、，；/ and line breaks.</summary>
    private static List<(string Label, bool Ticked)> Split(string text, bool checklist)
    {
        var result = new List<(string, bool)>();
        if (checklist)
        {
            var current = -1;
            var sb = new System.Text.StringBuilder();
            var ticked = false;
            foreach (var c in text)
            {
                var isTick = Ticked.Contains(c);
                // 口 is a box only where an entry starts (after a break, a space or another entry), not inside a word like 入口.
                var isBox = Empty.Contains(c) && (c != '口' || current < 0 || sb.Length == 0 || EndsEntry(sb));
                if (isTick || isBox)
                {
                    if (current >= 0) result.Add((sb.ToString(), ticked));
                    sb.Clear();
                    ticked = isTick;
                    current++;
                    continue;
                }
                if (current >= 0) sb.Append(c);
            }
            if (current >= 0) result.Add((sb.ToString(), ticked));
            return result.Select(r => (r.Item1.Trim(' ', '\n', '、', '，', ',', '；', ';'), r.Item2)).ToList();
        }
        var cleaned = Numbering().Replace(text, "\n");
        // A 其他：… entry takes the rest of its line, as a local carrier's name may hold 、 (a selected-only list).
        foreach (var line in cleaned.Split(['\n', '\u3000'], StringSplitOptions.RemoveEmptyEntries))
        {
            var other = line.IndexOf("其他：", StringComparison.Ordinal) is >= 0 and var o ? o : line.IndexOf("其它：", StringComparison.Ordinal);
            var head = other >= 0 ? line[..other] : line;
            foreach (var part in head.Split(['、', '，', ',', '；', ';', '/', '／', ' '], StringSplitOptions.RemoveEmptyEntries))
                result.Add((part, true));
            if (other >= 0) result.Add((line[other..].Trim(), true));
        }
        return MergeSlashNames(result);
    }

    private static bool EndsEntry(System.Text.StringBuilder sb) => sb.Length > 0 && sb[^1] is '\n' or ' ' or '、' or '，' or '；';

    /// <summary>Standard names that contain a slash (发布会/听证会, 入户/现场, 社区/企事业单位/村公示栏) are rejoined after splitting.</summary>
    private static List<(string, bool)> MergeSlashNames(List<(string Label, bool Ticked)> parts)
    {
        var result = new List<(string, bool)>();
        for (var i = 0; i < parts.Count; i++)
        {
            var joined = false;
            for (var n = 3; n >= 2 && !joined; n--)
            {
                if (i + n > parts.Count) continue;
                var candidate = string.Join("/", parts.Skip(i).Take(n).Select(p => p.Label));
                if (Vocabularies.Channel.Match(candidate).Term is { } t && t.Canonical != "其他")
                {
                    result.Add((candidate, true));
                    i += n - 1;
                    joined = true;
                }
            }
            if (!joined) result.Add(parts[i]);
        }
        return result;
    }
}
