using CatalogueTool.Diagnostics;

namespace CatalogueTool.Loading.Yaml;

/// <summary>
/// Warnings read from a YAML file's text before it is parsed, about what the parse would lose without a word: a
/// zero-width character pasted from Word (CAT0011), and text after " #" that YAML takes for a comment (CAT0012). The
/// file is read all the same. Each scan is one pass over the text.
/// </summary>
internal static class YamlTextWarnings
{
    public static void Report(string text, string file, DiagnosticBag bag)
    {
        ReportZeroWidth(text, file, bag);
        ReportTrailingComments(text, file, bag);
        ReportDashesInText(text, file, bag);
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
    /// A plain value followed by " #…" on its line: YAML reads the rest as a comment, so 投诉举报电话 #转分机2 publishes
    /// only 投诉举报电话. Said as a warning (a comment meant as one belongs on a line of its own) on the lines of a plain
    /// value (after <c>key: </c>, after <c>- </c>, and the lines that continue it), never inside quoted or block text; the
    /// first 20 of a file one by one, the rest counted. Read by hand in one pass: time in proportion to the file.
    /// </summary>
    private static void ReportTrailingComments(string text, string file, DiagnosticBag bag)
    {
        if (!text.Contains(" #", StringComparison.Ordinal)) return;
        var found = 0;
        foreach (var (n, line, from, _) in PlainValueLines(text))
        {
            if (CommentIn(line, from) is not { } at) continue;
            if (++found <= 20)
            {
                var value = line[..(at - 1)].Trim();
                if (value.IndexOf(": ", StringComparison.Ordinal) is >= 0 and var colon) value = value[(colon + 2)..].Trim();
                if (value.StartsWith("- ", StringComparison.Ordinal)) value = value[2..].Trim();
                bag.Add(KnownRules.TrailingComment, new SourceSpan(file, n, at + 1), "yaml.trailing-comment", Text.Shortened.Of(value));
            }
        }
        if (found > 20) bag.Add(KnownRules.TrailingComment, new SourceSpan(file, 1, 1), "yaml.trailing-comment-more", found - 20);
    }

    /// <summary>
    /// A line of a plain value that begins with a dash which is not YAML's list dash (－, —, –, or - without its space):
    /// YAML reads it as more of the text above, so <c>basis:</c> over <c>－《条例》</c> and <c>- 《办法》</c> publishes one basis
    /// that holds both, dash and all. An error at the dash, since what would be published is not what was meant; a
    /// Chinese dash pair (——) is punctuation and is left alone.
    /// </summary>
    private static void ReportDashesInText(string text, string file, DiagnosticBag bag)
    {
        if (text.AsSpan().IndexOfAny(Dashes) < 0) return;
        foreach (var (n, line, from, continues) in PlainValueLines(text))
        {
            if (!continues || from + 1 >= line.Length || !Dashes.Contains(line[from]) || line[from + 1] == line[from]) continue;
            if (line[from] == '-' && line[from + 1] is ' ' or '-') continue;
            bag.Add(KnownRules.YamlSyntax, new SourceSpan(file, n, from + 1), "yaml.dash-in-text", line[from].ToString());
        }
    }

    private static readonly System.Buffers.SearchValues<char> Dashes = System.Buffers.SearchValues.Create("－—–-");

    /// <summary>
    /// The lines that hold a plain value's text: the first (after <c>key: </c> or <c>- </c>) and the lines that continue it,
    /// each with where its text starts and whether it continues the value above; never block text (after | or >), nor
    /// quoted values. Read in one pass: time in proportion to the file.
    /// </summary>
    private static IEnumerable<(int Line, string Text, int From, bool Continues)> PlainValueLines(string text)
    {
        var lines = text.Split('\n');
        var blockIndent = -1; // block text: lines indented deeper than this, while inside it
        var plainIndent = -1; // a plain value's further lines: indented deeper than its key
        var quote = '\0';     // inside a quoted value that runs on to the next lines
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
            if (plainIndent >= 0 && indent > plainIndent && ValueStart(line) == -2)
            {
                yield return (n, line, indent, true);
                continue;
            }
            plainIndent = -1;
            if (YamlDocumentReader.BlockIndicator().IsMatch(line))
            {
                blockIndent = indent;
                continue;
            }
            var start = ValueStart(line);
            if (start == -1) plainIndent = indent; // key: with its value on the next lines
            if (start < 0) continue;
            if (line[start] is '"' or '\'')
            {
                if (line.IndexOf(line[start], start + 1) < 0) quote = line[start];
                continue;
            }
            if (line[start] is '[' or '{' or '&' or '*' or '!' or '%' or '@' or '`') continue;
            plainIndent = indent;
            yield return (n, line, start, false);
        }
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
