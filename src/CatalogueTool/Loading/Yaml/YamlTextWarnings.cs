using CatalogueTool.Diagnostics;

namespace CatalogueTool.Loading.Yaml;

/// <summary>
/// Warnings read from a YAML file's text before it is parsed, about what the parse would lose without a word: a
/// zero-width character pasted from Word (CAT0011), text after " #" that YAML takes for a comment (CAT0012), and a list
/// entry that YAML merges into the one above (CAT0003). The file is read all the same. Each scan is one pass over the text.
/// </summary>
internal static class YamlTextWarnings
{
    public static void Report(string text, string file, DiagnosticBag bag)
    {
        ReportZeroWidth(text, file, bag);
        ReportPlainValues(text, file, bag);
    }

    private static readonly System.Buffers.SearchValues<char> ZeroWidth = System.Buffers.SearchValues.Create("\u200B\u200C\u200D\u2060\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>The first zero-width character of a file, which would be published unseen (a warning: the file is still read).</summary>
    private static void ReportZeroWidth(string text, string file, DiagnosticBag bag)
    {
        var at = text.AsSpan().IndexOfAny(ZeroWidth);
        if (at < 0) return;
        var (line, column) = SourceFile.PositionOf(text.AsSpan(0, at));
        bag.Add(KnownRules.InvisibleCharacter, new SourceSpan(file, line, column), "yaml.zero-width", YamlDocumentReader.InvisibleName(text[at]));
    }

    /// <summary>
    /// What a plain value loses or merges without a word, read in one pass over its lines (time in proportion to the
    /// file), the first 20 of each kind one by one and the rest counted:
    /// <list type="bullet">
    /// <item>text after " #" (CAT0012, a warning): YAML reads it as a comment, so 投诉举报电话 #转分机2 publishes only
    /// 投诉举报电话; said where published text is cut short (after a code, an id or a word of a fixed list, a comment is
    /// meant as one);</item>
    /// <item>a line of a list's value that begins with a dash which is not YAML's list dash (－, —, –, or - without its
    /// space), or with a list dash under text that has none (CAT0003, an error): YAML reads it as more of the text above,
    /// so <c>basis:</c> over <c>－《条例》</c> and <c>- 《办法》</c> publishes one basis holding both, dash and all. Under
    /// list keys only (a wrapped 公开内容 may well go on with -5℃), once a value; a Chinese dash pair (——) is punctuation.</item>
    /// </list>
    /// </summary>
    private static void ReportPlainValues(string text, string file, DiagnosticBag bag)
    {
        var comments = text.Contains(" #", StringComparison.Ordinal);
        var dashes = text.AsSpan().IndexOfAny(Dashes) >= 0;
        if (!comments && !dashes) return;
        var commented = 0;
        var slipped = 0;
        var told = -1; // the value already told of a dash slip
        foreach (var (n, line, from, continues, owner, valueLine) in PlainValueLines(text))
        {
            if (comments && TextKeys.Contains(owner) && CommentIn(line, from) is { } at && ++commented <= 20)
            {
                var value = line[..(at - 1)].Trim();
                if (value.IndexOf(": ", StringComparison.Ordinal) is >= 0 and var colon) value = value[(colon + 2)..].Trim();
                if (value.StartsWith("- ", StringComparison.Ordinal)) value = value[2..].Trim();
                bag.Add(KnownRules.TrailingComment, new SourceSpan(file, n, at + 1), "yaml.trailing-comment", Text.Shortened.Of(value));
            }
            if (!dashes || !continues || !ListKeys.Contains(owner) || from + 1 >= line.Length || !Dashes.Contains(line[from])
                || line[from + 1] == line[from] || valueLine == told)
                continue;
            told = valueLine;
            if (++slipped <= 20)
                bag.Add(KnownRules.YamlSyntax, new SourceSpan(file, n, from + 1), line[from] == '-' && line[from + 1] == ' ' ? "yaml.dash-after-text" : "yaml.dash-in-text", line[from].ToString());
        }
        if (commented > 20) bag.Add(KnownRules.TrailingComment, new SourceSpan(file, 1, 1), "yaml.trailing-comment-more", commented - 20);
        if (slipped > 20) bag.Add(KnownRules.YamlSyntax, new SourceSpan(file, 1, 1), "yaml.dash-in-text-more", slipped - 20);
    }

    private static readonly System.Buffers.SearchValues<char> Dashes = System.Buffers.SearchValues.Create("－—–-");

    /// <summary>The keys whose value is text published as written, where a " #" cuts the text short.</summary>
    private static readonly HashSet<string> TextKeys = new(StringComparer.Ordinal)
    {
        "content", "name", "category", "sub", "note", "statement", "title", "reason", "subject", "time_limit", "basis", "publisher",
    };

    /// <summary>The keys whose value is a list in the files (an item's lists, a department's aliases).</summary>
    private static readonly HashSet<string> ListKeys = new(StringComparer.Ordinal) { "basis", "channels", "audience", "mode", "levels", "powers", "aliases" };

    /// <summary>
    /// The lines that hold a plain value's text: the first (after <c>key: </c> or <c>- </c>) and the lines that continue it,
    /// each with where its text starts, whether it continues the value above, and the key the value belongs to (the
    /// nearest key less indented, for an entry of a list); never block text (after | or >), nor quoted values. Read in one
    /// pass: time in proportion to the file.
    /// </summary>
    private static IEnumerable<(int Line, string Text, int From, bool Continues, string Owner, int ValueLine)> PlainValueLines(string text)
    {
        var lines = text.Split('\n');
        var blockIndent = -1; // block text: lines indented deeper than this, while inside it
        var plainIndent = -1; // a plain value's further lines: indented deeper than its key
        var quote = '\0';     // inside a quoted value that runs on to the next lines
        var keys = new Stack<(int Indent, string Key)>(); // the keys above the line, by indentation
        var owner = "";
        var inText = false;   // the plain value has begun: a "- " line deeper than its key is more of its text
        var valueLine = 0;    // the line the current value began on (its key's, or its first text's)
        for (var n = 1; n <= lines.Length; n++)
        {
            var line = lines[n - 1].TrimEnd('\r');
            var trimmed = line.TrimStart(' ');
            var indent = line.Length - trimmed.Length;
            if (blockIndent >= 0)
            {
                if (trimmed.Length == 0 || indent > blockIndent) continue;
                blockIndent = -1;
            }
            if (trimmed.Length == 0 || trimmed[0] == '#' && quote == '\0') continue;
            if (quote != '\0')
            {
                if (trimmed.Contains(quote)) quote = '\0';
                continue;
            }
            if (plainIndent >= 0 && indent > plainIndent && (ValueStart(line) == -2 || inText && trimmed.StartsWith("- ", StringComparison.Ordinal)))
            {
                inText = true;
                yield return (n, line, indent, true, owner, valueLine);
                continue;
            }
            plainIndent = -1;
            inText = false;
            // The key this line names, if any (key: …, - key: …), above which the keys at its indentation or deeper end.
            var keyAt = trimmed.StartsWith("- ", StringComparison.Ordinal) ? indent + 2 + (trimmed.Length - 2 - trimmed[2..].TrimStart(' ').Length) : indent;
            while (keys.Count > 0 && keys.Peek().Indent >= keyAt) keys.Pop();
            if (KeyOf(line, keyAt) is { } key) keys.Push((keyAt, key));
            if (YamlDocumentReader.BlockIndicator().IsMatch(line))
            {
                blockIndent = indent;
                continue;
            }
            var start = ValueStart(line);
            owner = keys.Count > 0 ? keys.Peek().Key : "";
            valueLine = n;
            if (start == -1) plainIndent = indent; // key: with its value on the next lines
            if (start < 0) continue;
            if (line[start] is '"' or '\'')
            {
                if (line.IndexOf(line[start], start + 1) < 0) quote = line[start];
                continue;
            }
            if (line[start] is '[' or '{' or '&' or '*' or '!' or '%' or '@' or '`') continue;
            plainIndent = indent;
            inText = true;
            yield return (n, line, start, false, owner, valueLine);
        }
    }

    /// <summary>The key a line names at <paramref name="at"/> (key: or key: value), or null.</summary>
    private static string? KeyOf(string line, int at)
    {
        if (at >= line.Length) return null;
        var colon = line.IndexOf(':', at);
        if (colon <= at || colon + 1 < line.Length && line[colon + 1] != ' ') return null;
        var key = line[at..colon];
        return key.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-') ? key : null;
    }

    /// <summary>
    /// Where a line's value starts: after <c>key: </c> or <c>- </c>; -1 for a key whose value is on the next lines
    /// (<c>key:</c>), -2 for a line that is neither a key nor a list entry.
    /// </summary>
    private static int ValueStart(string line)
    {
        var at = line.Length - line.TrimStart(' ').Length;
        var entry = at + 1 < line.Length && line[at] == '-' && line[at + 1] == ' ';
        if (entry) at = SkipSpaces(line, at + 1);
        if (at >= line.Length) return entry ? -1 : -2;
        if (line[at] is not ('"' or '\'' or '[' or '{' or '#'))
        {
            var colon = line.IndexOf(": ", at, StringComparison.Ordinal);
            var hash = line.IndexOf(" #", at, StringComparison.Ordinal);
            if (colon >= 0 && (hash < 0 || colon < hash))
            {
                var value = SkipSpaces(line, colon + 1);
                return value >= line.Length || line[value] == '#' ? -1 : value;
            }
            if (line.TrimEnd().EndsWith(':')) return -1;
        }
        return entry ? at : -2;
    }

    /// <summary>The index of the '#' of the first " #" from <paramref name="from"/> on, unless a colon precedes it; else null.</summary>
    private static int? CommentIn(string line, int from)
    {
        var hashSpace = line.IndexOf(" #", from, StringComparison.Ordinal);
        return hashSpace < 0 || hashSpace > 0 && line[hashSpace - 1] == ':' ? null : hashSpace + 1;
    }

    private static int SkipSpaces(string line, int i)
    {
        while (i < line.Length && line[i] == ' ') i++;
        return i;
    }
}
