using CatalogueTool.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CatalogueTool.Loading.Yaml;

/// <summary>
/// Turns YAML text into a <see cref="YNode"/> tree from the parser's event stream, so that every guard runs
/// before a tree exists: tabs, aliases and anchors, depth, node count, duplicate keys.
/// </summary>
public static partial class YamlDocumentReader
{
    public static YNode? Read(string text, string file, DiagnosticBag bag)
    {
        if (ReportTabIndentation(text, file, bag) || ReportControlCharacters(text, file, bag)) return null;
        YamlTextWarnings.Report(text, file, bag);
        return PlainYamlReader.TryRead(text, file) ?? ReadWithLibrary(text, file, bag);
    }

    /// <summary>The YAML library's reading, with every guard and every error named: for all that <see cref="PlainYamlReader"/> leaves.</summary>
    internal static YNode? ReadWithLibrary(string text, string file, DiagnosticBag bag)
    {
        // YamlDotNet 18.1.0 spends tens of seconds on some invalid input whose length is an exact multiple of 1,024
        // characters without a final line break (found by fuzzing); a final line break changes nothing else.
        var parser = new Parser(new StringReader(text.EndsWith('\n') ? text : text + "\n"));
        var builder = new TreeBuilder(file, bag);
        try
        {
            return builder.Build(parser);
        }
        catch (YamlException ex)
        {
            var line = (int)Math.Max(1, ex.Start.Line);
            var col = (int)Math.Max(1, ex.Start.Column);
            var lines = text.Split('\n');
            if (Slip(lines, line, FullWidthKey, IsKeyOfItsPlace) is { } colon)
                bag.Add(KnownRules.YamlSyntax, new SourceSpan(file, colon.Line, colon.Column), "yaml.fullwidth-colon", colon.Key.Trim('"', '\''));
            else if (Slip(lines, line, FullWidthIndent) is { } indent)
                bag.Add(KnownRules.YamlSyntax, new SourceSpan(file, indent.Line, indent.Column), "yaml.fullwidth-indent");
            else if (Slip(lines, line, Invisible) is { } invisible)
                bag.Add(KnownRules.YamlSyntax, new SourceSpan(file, invisible.Line, invisible.Column), "yaml.invisible", InvisibleName(lines[invisible.Line - 1][invisible.Column - 1]));
            else if (Slip(lines, line, FullWidthDash) is { } dash)
                bag.Add(KnownRules.YamlSyntax, new SourceSpan(file, dash.Line, dash.Column), "yaml.fullwidth-dash", lines[dash.Line - 1][dash.Column - 1].ToString());
            else if (Slip(lines, line, GluedDash, m => Binding.Keys.Any.Contains(m.Groups["word"].Value)) is { } dashGlued)
                bag.Add(KnownRules.YamlSyntax, new SourceSpan(file, dashGlued.Line, dashGlued.Column), "yaml.dash-space", lines[dashGlued.Line - 1].TrimStart()[1..].Split(':', '：')[0]);
            else if (Slip(lines, line, NoSpaceAfterColon, m => Binding.Keys.Any.Contains(m.Groups["key"].Value)) is { } glued)
                bag.Add(KnownRules.YamlSyntax, new SourceSpan(file, glued.Line, glued.Column),
                    glued.Column < lines[glued.Line - 1].Length && lines[glued.Line - 1][glued.Column] == '\u3000' ? "yaml.colon-fullwidth-space" : "yaml.colon-space", glued.Key);
            else if (Slip(lines, line, FullWidthDashGlued) is { } dashGlued2)
                bag.Add(KnownRules.YamlSyntax, new SourceSpan(file, dashGlued2.Line, dashGlued2.Column + 1), "yaml.dash-in-text", lines[dashGlued2.Line - 1][dashGlued2.Column].ToString());
            else if (Slip(lines, line, GluedDashText) is { } gluedText)
                bag.Add(KnownRules.YamlSyntax, new SourceSpan(file, gluedText.Line, gluedText.Column), "yaml.dash-space-text");
            else if (Slip(lines, line, QuoteInQuote) is { } quoted)
                bag.Add(KnownRules.YamlSyntax, new SourceSpan(file, quoted.Line, quoted.Column - 1), "yaml.quote-in-quote");
            else if (EmptyAbove(lines, line) is { } empty)
                bag.Add(KnownRules.YamlSyntax, new SourceSpan(file, empty.Line, empty.Column), "yaml.empty-then-entries", empty.Key, empty.Braces, line);
            else
            {
                var key = SyntaxKey(ex.Message);
                // "expected '-'" on a line that is a key, not a list entry: the key is out of line with its neighbours.
                if (key == "yaml.expected-dash" && line <= lines.Length && !lines[line - 1].TrimStart().StartsWith('-'))
                    key = "yaml.key-indent";
                // A key of the format indented deeper than the key above it is read as more of that key's value, whose
                // colon is then "in the value": it is the indentation that is wrong.
                if (key == "yaml.colon-in-value" && OverIndentedKey(lines, line) is { } indented)
                    (key, col) = ("yaml.key-indent", indented);
                bag.Add(KnownRules.YamlSyntax, new SourceSpan(file, line, col), key, ex.Message);
            }
            return null;
        }
        catch (StopReading)
        {
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // The YAML library itself fails on some malformed input (found by the property tests): still a syntax error.
            // Its own words mean nothing to a clerk; an unclosed [ or { is the usual cause.
            var at = parser.Current?.Start;
            var span = new SourceSpan(file, (int)Math.Max(1, at?.Line ?? 1), (int)Math.Max(1, at?.Column ?? 1));
            bag.Add(KnownRules.YamlSyntax, span, "yaml.unbalanced", ex.Message);
            return null;
        }
    }

    /// <summary>The YAML library's messages are English: the common ones get a message of their own that says what to fix.</summary>
    private static string SyntaxKey(string message) => message switch
    {
        _ when message.Contains("did not find expected key", StringComparison.Ordinal) => "yaml.expected-key",
        _ when message.Contains("Mapping values are not allowed", StringComparison.Ordinal)
            || message.Contains("found invalid mapping", StringComparison.Ordinal) => "yaml.colon-in-value",
        _ when message.Contains("quoted scalar", StringComparison.Ordinal) => "yaml.unclosed-quote",
        _ when message.Contains("expected '-' indicator", StringComparison.Ordinal) => "yaml.expected-dash",
        _ when message.Contains("cannot start any token", StringComparison.Ordinal) => "yaml.bad-start",
        _ when message.Contains("expected ',' or ']'", StringComparison.Ordinal) => "yaml.flow-list",
        _ when message.Contains("could not find expected ':'", StringComparison.Ordinal) => "yaml.expected-colon",
        _ => "yaml.syntax",
    };

    /// <summary>A key written with a Chinese colon (<c>name：青禾县</c>): the usual slip of a Chinese input method.</summary>
    private static readonly System.Text.RegularExpressions.Regex FullWidthKey =
        new(@"^(?<lead>[ ]*(?:-[ ]+)?)(?<key>[A-Za-z_][A-Za-z0-9_-]*|""[^""]*""|'[^']*'|\p{IsCJKUnifiedIdeographs}+)[ ]*：", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Indentation that starts with a full-width space (　), which YAML does not take for a space.</summary>
    private static readonly System.Text.RegularExpressions.Regex FullWidthIndent = new(@"^[ ]*(?<key>)\u3000", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>A character that looks like a space or like nothing (from Word or a web page), outside a quoted value.</summary>
    private static readonly System.Text.RegularExpressions.Regex Invisible = new(@"^[^""']*?(?<key>)[\u00A0\u200B\u200C\u200D\u2060\uFEFF]", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>A list entry marked with a full-width or typographic dash (－ id: …) instead of "-".</summary>
    private static readonly System.Text.RegularExpressions.Regex FullWidthDash = new(@"^[ ]*(?<key>)[－—–](?=[ ])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>A list entry whose dash is glued to its first key (-id: …): YAML reads one text "-id", not an entry.</summary>
    private static readonly System.Text.RegularExpressions.Regex GluedDash =
        new(@"^[ ]*(?<key>)-(?=(?<word>[A-Za-z_][A-Za-z0-9_]*)[:：])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>What an invisible character is, in the words of a message.</summary>
    internal static Localized InvisibleName(char c) => c switch
    {
        '\u00A0' => new("不换行空格 U+00A0", "no-break space U+00A0"),
        '\u200B' => new("零宽空格 U+200B", "zero-width space U+200B"),
        '\uFEFF' => new("零宽不换行空格 U+FEFF", "zero-width no-break space U+FEFF"),
        >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F'
            => new($"文字方向控制符 U+{(int)c:X4}，会让文字倒着显示", $"text direction control U+{(int)c:X4}, which shows text reversed"),
        _ => new($"零宽字符 U+{(int)c:X4}", $"zero-width character U+{(int)c:X4}"),
    };

    /// <summary>A list entry written with a full-width or typographic dash glued to its text (－《社会救助暂行办法》).</summary>
    private static readonly System.Text.RegularExpressions.Regex FullWidthDashGlued = new(@"^[ ]*(?<key>)(?=[－—–][^ －—–])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>A list entry of text whose dash is glued to it (-《社会救助暂行办法》) among entries written "- …".</summary>
    private static readonly System.Text.RegularExpressions.Regex GluedDashText = new(@"^[ ]*(?<key>)-(?=[^ \-\r\n])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>A value in ASCII double quotes whose text goes on after its closing quote (name: "政策"法规"文件"): the
    /// quotes of a document's title inside it closed the value. Found at the quote that closed it too early.</summary>
    private static readonly System.Text.RegularExpressions.Regex QuoteInQuote =
        new(@"^[ ]*(?:-[ ]+)?(?:[A-Za-z_][A-Za-z0-9_-]*:[ ]+)?(?:""[^""]*(?<key>)""|'[^']*(?<key>)')[^\s#,\]}:']", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>A key glued to its value (name:临时救助): without the space, YAML reads one plain text, not a key.</summary>
    private static readonly System.Text.RegularExpressions.Regex NoSpaceAfterColon =
        new(@"^[ ]*(?:-[ ]+)?(?<key>[A-Za-z_][A-Za-z0-9_-]*):(?=[^ \r\n])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The first of the parser's line and the one before it (the parser often stops on the line after the slip) that
    /// matches and is accepted, outside block text (a Chinese paragraph in a <c>content: |</c> may start with 　　): the
    /// slip's line and column (1-based, at the match's end), and the key.
    /// </summary>
    private static (int Line, int Column, string Key)? Slip(string[] lines, int errorLine, System.Text.RegularExpressions.Regex pattern,
        Func<System.Text.RegularExpressions.Match, bool>? accept = null)
    {
        for (var n = errorLine; n >= Math.Max(1, errorLine - 1); n--)
        {
            if (n > lines.Length || InBlockText(lines, n)) continue;
            var m = pattern.Match(lines[n - 1]);
            if (m.Success && (accept is null || accept(m))) return (n, m.Index + m.Length, m.Groups["key"].Value);
        }
        return null;
    }

    /// <summary>
    /// A key above line <paramref name="n"/> (1-based), less indented, whose value is written empty (<c>not_applicable: {}</c>,
    /// as <c>init</c> writes it) while entries follow below it: the braces' line and column, the key and the braces.
    /// </summary>
    private static (int Line, int Column, string Key, string Braces)? EmptyAbove(string[] lines, int n)
    {
        if (n > lines.Length || n < 2) return null;
        var indent = lines[n - 1].Length - lines[n - 1].TrimStart(' ').Length;
        for (var k = n - 2; k >= 0; k--)
        {
            var line = lines[k].TrimEnd('\r');
            var text = line.TrimStart(' ');
            if (text.Length == 0 || text[0] == '#') continue;
            if (line.Length - text.Length >= indent) continue;
            var m = EmptyValue().Match(line);
            return m.Success ? (k + 1, m.Groups["braces"].Index + 1, m.Groups["key"].Value.Trim(), m.Groups["braces"].Value) : null;
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[ ]*(?:-[ ]+)?(?<key>[^:#\s][^:#]*):[ ]+(?<braces>\{[ ]*\}|\[[ ]*\])[ ]*(#.*)?$")]
    private static partial System.Text.RegularExpressions.Regex EmptyValue();

    /// <summary>
    /// The column of a key of the format on line <paramref name="n"/> (1-based) that starts to the right of the key on the
    /// nearest line above it holding a key and a value on one line (<c>content: …</c>); null when the line is not such a key.
    /// </summary>
    private static int? OverIndentedKey(string[] lines, int n)
    {
        if (n > lines.Length || InBlockText(lines, n)) return null;
        var m = KeyLine().Match(lines[n - 1]);
        if (!m.Success || m.Groups["dash"].Success || !Binding.Keys.Any.Contains(m.Groups["key"].Value)) return null;
        for (var k = n - 2; k >= 0; k--)
        {
            if (lines[k].Trim().Length == 0) continue;
            var above = KeyLine().Match(lines[k]);
            if (!above.Success || above.Groups["rest"].Value.Trim().Length == 0) return null;
            var aboveColumn = above.Groups["key"].Index;
            return m.Groups["key"].Index > aboveColumn ? m.Groups["key"].Index + 1 : null;
        }
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[ ]*(?<dash>-[ ]+)?(?<key>[A-Za-z_][A-Za-z0-9_-]*):(?<rest>[ ].*|\r?)$")]
    private static partial System.Text.RegularExpressions.Regex KeyLine();

    /// <summary>Whether line <paramref name="n"/> (1-based) is inside a block text: the nearest line above it that is
    /// indented less ends with | or > (and their - + or digit indicators).</summary>
    private static bool InBlockText(string[] lines, int n)
    {
        var indent = lines[n - 1].Length - lines[n - 1].TrimStart(' ').Length;
        for (var k = n - 2; k >= 0; k--)
        {
            var line = lines[k].TrimEnd('\r');
            if (line.Trim().Length == 0) continue;
            if (line.Length - line.TrimStart(' ').Length >= indent) continue;
            return BlockIndicator().IsMatch(line);
        }
        return false;
    }

    /// <summary>A line that opens block text: it ends with | or > after a key or a dash (and their - + or digit indicators).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"[:-]\s*[|>][-+0-9]*\s*(#.*)?$")]
    internal static partial System.Text.RegularExpressions.Regex BlockIndicator();

    /// <summary>
    /// Whether a key written with a Chinese colon is blamed: a list entry ("- APP：青禾发布", a carrier) only when its word
    /// is a key of the format; a plain or quoted key at a mapping's place may be any id (extra_areas: tourism：旅游, a code);
    /// a Chinese word only when it names an area (not_applicable: 税收管理：…).
    /// </summary>
    private static bool IsKeyOfItsPlace(System.Text.RegularExpressions.Match m) =>
        m.Groups["key"].Value[0] > '\u2E80'
            ? Model.PilotAreas.Find(m.Groups["key"].Value, out _) is not null // a Chinese word is a key only as an area's name (not_applicable)
            : !m.Groups["lead"].Value.Contains('-') || m.Groups["key"].Value[0] is '"' or '\'' || Binding.Keys.Any.Contains(m.Groups["key"].Value);

    /// <summary>
    /// YAML allows no control characters but tab, line feed and carriage return. They are refused before parsing:
    /// besides being wrong, a run of them drove the YAML library into a 30-second parse of a 1 KB file (found by fuzzing).
    /// </summary>
    private static bool ReportControlCharacters(string text, string file, DiagnosticBag bag)
    {
        var line = 1;
        var col = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                col = 1;
                continue;
            }
            if (c < ' ' && c is not ('\t' or '\r') || c is '\u007F' or >= '\u0080' and <= '\u009F' and not '\u0085' || c is '\uFFFE' or '\uFFFF'
                || char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]))
                || char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
            {
                bag.Add(KnownRules.YamlSyntax, new SourceSpan(file, line, col), "yaml.control", $"U+{(int)c:X4}");
                return true;
            }
            // Line and paragraph separators come with text copied from web pages and documents; YAML breaks the line there.
            if (c is '\u0085' or '\u2028' or '\u2029')
            {
                bag.Add(KnownRules.YamlSyntax, new SourceSpan(file, line, col), "yaml.line-separator", $"U+{(int)c:X4}");
                return true;
            }
            col++;
        }
        return false;
    }

    /// <summary>YamlDotNet reports tabs at 1:1; find them ourselves, each at its own line.</summary>
    private static bool ReportTabIndentation(string text, string file, DiagnosticBag bag)
    {
        var found = false;
        var line = 1;
        var atLineStart = true;
        var col = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                col = 1;
                atLineStart = true;
                continue;
            }
            if (atLineStart)
            {
                if (c == '\t')
                {
                    bag.Add(KnownRules.TabIndent, new SourceSpan(file, line, col), "yaml.tab");
                    found = true;
                    atLineStart = false;
                }
                else if (c != ' ' && c != '\r')
                {
                    atLineStart = false;
                }
            }
            col++;
        }
        return found;
    }

    private sealed class StopReading : Exception;

    /// <summary>Printable ASCII, tab and line breaks: skipped quickly when a value is scanned for refused characters.</summary>
    private static readonly System.Buffers.SearchValues<char> AllowedInValues =
        System.Buffers.SearchValues.Create("\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>Control characters (NUL included) and the noncharacters U+FFFE/U+FFFF, which no output may carry.</summary>
    private static bool IsRefused(char c) => char.IsControl(c) && c is not ('\n' or '\t' or '\r' or '\u0085') || c is '\uFFFE' or '\uFFFF';

    private sealed class TreeBuilder(string file, DiagnosticBag bag)
    {
        private int _depth;
        private int _nodes;

        public YNode? Build(IParser parser)
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            YNode? root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                bag.Add(KnownRules.YamlSyntax, At(second.Start), "yaml.multiple-documents");
                return null;
            }
            return root;
        }

        private SourceSpan At(Mark mark) => new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

        private YNode ReadNode(IParser parser)
        {
            if (++_nodes > Limits.MaxNodes)
            {
                bag.Add(KnownRules.TooDeep, At(parser.Current!.Start), "yaml.too-many-nodes", Limits.MaxNodes);
                throw new StopReading();
            }
            var current = parser.Current!;
            if (current is AnchorAlias alias)
            {
                // *监督检查 is text that starts with a star, not an alias anyone meant: quoting it is the fix.
                bag.Add(KnownRules.AliasRefused, At(alias.Start), alias.Value.Value.Any(c => c > '\u007F') ? "yaml.star-text" : "yaml.alias", alias.Value.Value);
                throw new StopReading();
            }
            if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                bag.Add(KnownRules.AliasRefused, At(anchored.Start), "yaml.anchor", anchored.Anchor.Value);
                throw new StopReading();
            }
            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    return ToScalar(scalar);
                case SequenceStart start:
                {
                    Enter(start.Start);
                    parser.MoveNext();
                    var items = new List<YNode>();
                    while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser));
                    _depth--;
                    return new YSequence(items, At(start.Start));
                }
                case MappingStart start:
                {
                    Enter(start.Start);
                    parser.MoveNext();
                    var entries = new List<YEntry>();
                    var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyNode = ReadNode(parser);
                        var value = ReadNode(parser);
                        if (keyNode is not YScalar key)
                        {
                            bag.Add(KnownRules.WrongType, keyNode.Span, "yaml.complex-key");
                            continue;
                        }
                        if (seen.TryGetValue(key.Value, out var first))
                        {
                            bag.Add(KnownRules.DuplicateKey, key.Span, "yaml.duplicate-key", key.Value, first.Span.Line);
                            continue;
                        }
                        seen[key.Value] = key;
                        entries.Add(new YEntry(key, value));
                    }
                    _depth--;
                    // A pair inside a flow list ([政府网站, 其他: 微信群]) is a mapping the library gives no place: its key's.
                    return new YMapping(entries, start.Start.Index > 0 || entries.Count == 0 ? At(start.Start) : entries[0].Key.Span);
                }
                default:
                    throw new YamlException(current.Start, current.End, "unexpected " + current.GetType().Name);
            }
        }

        private void Enter(Mark mark)
        {
            if (++_depth > Limits.MaxYamlDepth)
            {
                bag.Add(KnownRules.TooDeep, At(mark), "yaml.too-deep", Limits.MaxYamlDepth);
                throw new StopReading();
            }
        }

        private YScalar ToScalar(Scalar s)
        {
            var plain = s.Style == ScalarStyle.Plain;
            var isNull = plain && s.Value is "" or "~" or "null" or "Null" or "NULL";
            if (s.Value.Length > Limits.MaxScalarChars)
            {
                bag.Add(KnownRules.FileTooLarge, At(s.Start), "yaml.scalar-too-long", s.Value.Length, Limits.MaxScalarChars);
                throw new StopReading();
            }
            // "\x1b", "\u0007" and the like in a quoted value are the same control characters refused when written
            // literally: they would reach the pages, the open data and the workbooks.
            var bad = s.Value.AsSpan().IndexOfAnyExcept(AllowedInValues);
            while (bad >= 0 && !IsRefused(s.Value[bad]))
            {
                var next = s.Value.AsSpan(bad + 1).IndexOfAnyExcept(AllowedInValues);
                bad = next < 0 ? -1 : bad + 1 + next;
            }
            if (bad >= 0)
            {
                bag.Add(KnownRules.YamlSyntax, At(s.Start), "yaml.control", $"U+{(int)s.Value[bad]:X4}");
                throw new StopReading();
            }
            return new YScalar(isNull ? "" : s.Value, isNull, !plain, At(s.Start));
        }
    }
}
