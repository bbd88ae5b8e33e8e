using System.Buffers;
using System.Text;
using CatalogueTool.Diagnostics;

namespace CatalogueTool.Loading.Yaml;

/// <summary>
/// Reads the plain YAML that catalogue files are written in, several times faster than the YAML library: block mappings
/// and lists, one-line plain and quoted values, one-line flow lists and mappings, and literal (|) and folded (&gt;) text. It gives up
/// (null) on anything else, and on anything wrong: duplicate keys, a value with ": " in it, an odd indentation, a tab,
/// an anchor, a limit reached. Then <see cref="YamlDocumentReader"/> reads the file with the YAML library, which
/// reports every error in its own words. What it returns is node for node, position for position, what the library's
/// reading gives (checked by the tests on every shipped file and on mutated ones).
/// </summary>
internal static class PlainYamlReader
{
    /// <summary>Characters whose YAML meaning this reader leaves to the library: tabs, the other line breaks, BOMs and surrogates.</summary>
    private static readonly SearchValues<char> Unusual = SearchValues.Create(
        "\t\u0085\u2028\u2029\uFEFF" + string.Concat(Enumerable.Range(0xD800, 0x800).Select(c => (char)c)));

    public static YNode? TryRead(string text, string file)
    {
        if (text.AsSpan().IndexOfAny(Unusual) >= 0) return null;
        try
        {
            return new Reader(text, file).Document();
        }
        catch (GiveUp)
        {
            return null;
        }
    }

    private sealed class GiveUp : Exception;

    private sealed class Reader
    {
        private readonly string _text;
        private readonly string _file;
        private readonly List<(int Start, int End)> _lines = [];
        private int _line;
        private int _depth;
        private int _nodes;

        public Reader(string text, string file)
        {
            _text = text;
            _file = file;
            var start = 0;
            while (start <= text.Length)
            {
                var nl = text.IndexOf('\n', start);
                var end = nl < 0 ? text.Length : nl;
                var lineEnd = end > start && text[end - 1] == '\r' ? end - 1 : end;
                if (text.AsSpan(start, lineEnd - start).Contains('\r')) throw new GiveUp();
                _lines.Add((start, lineEnd));
                if (nl < 0) break;
                start = nl + 1;
            }
        }

        public YNode Document()
        {
            foreach (var (start, end) in _lines)
            {
                var line = _text.AsSpan(start, end - start);
                if (line.StartsWith("---") || line.StartsWith("...") || line.StartsWith("%")) throw new GiveUp();
            }
            SkipBlank();
            if (AtEnd) throw new GiveUp(); // an empty document: the library's reading says so
            if (Indent(_line) != 0) throw new GiveUp();
            var root = BlockNode(0);
            SkipBlank();
            if (!AtEnd) throw new GiveUp();
            return root;
        }

        private bool AtEnd => _line >= _lines.Count;

        private char At(int line, int column) => column < Length(line) ? _text[_lines[line].Start + column] : '\n';

        private int Length(int line) => _lines[line].End - _lines[line].Start;

        private ReadOnlySpan<char> Rest(int line, int column) => _text.AsSpan(_lines[line].Start + column, Length(line) - column);

        /// <summary>The spaces a line of keys or entries starts with.</summary>
        private int Indent(int line)
        {
            var n = Spaces(line);
            // A line indented with another kind of space (　) is a slip the library's reading names.
            if (n < Length(line) && char.IsWhiteSpace(At(line, n))) throw new GiveUp();
            return n;
        }

        /// <summary>The spaces a line starts with (in block text, a 　 after them is text).</summary>
        private int Spaces(int line)
        {
            var n = 0;
            while (n < Length(line) && At(line, n) == ' ') n++;
            return n;
        }

        private bool IsBlank(int line)
        {
            var rest = Rest(line, 0).TrimStart(' ');
            return rest.IsEmpty || rest[0] == '#';
        }

        private void SkipBlank()
        {
            while (!AtEnd && IsBlank(_line)) _line++;
        }

        private bool IsEntry(int line, int column) => At(line, column) == '-' && At(line, column + 1) is ' ' or '\n';

        private SourceSpan Span(int line, int column) => new(_file, line + 1, column + 1);

        private void Count()
        {
            if (++_nodes > Limits.MaxNodes) throw new GiveUp();
        }

        private YNode BlockNode(int column) => IsEntry(_line, column) ? Sequence(column) : Mapping(column, column);

        private YSequence Sequence(int column)
        {
            Count();
            if (++_depth > Limits.MaxYamlDepth) throw new GiveUp();
            var span = Span(_line, column);
            var items = new List<YNode>();
            while (true)
            {
                var p = column + 1;
                while (At(_line, p) == ' ') p++;
                if (At(_line, p) is '\n' or '#' || IsEntry(_line, p)) throw new GiveUp(); // a nested block, a null, a list in a list
                items.Add(KeyEnd(p) >= 0 ? Mapping(p, p) : InlineValue(p, column));
                SkipBlank();
                if (AtEnd) break;
                var indent = Indent(_line);
                if (indent == column && IsEntry(_line, column)) continue;
                if (indent > column) throw new GiveUp(); // more of a plain value, or a slip
                break;
            }
            _depth--;
            return new YSequence(items, span);
        }

        /// <summary>A mapping whose keys start at <paramref name="column"/>; its first key at <paramref name="first"/> on the current line.</summary>
        private YMapping Mapping(int column, int first)
        {
            Count();
            if (++_depth > Limits.MaxYamlDepth) throw new GiveUp();
            var span = Span(_line, first);
            var entries = new List<YEntry>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var at = first;
            while (true)
            {
                var colon = KeyEnd(at);
                if (colon < 0) throw new GiveUp();
                var key = At(_line, at) is '"' or '\''
                    ? Scalar(QuotedText(at, out _), true, Span(_line, at))
                    : Scalar(Rest(_line, at)[..(colon - at)].TrimEnd(' ').ToString(), false, Span(_line, at));
                if (!seen.Add(key.Value)) throw new GiveUp();
                var p = colon + 1;
                while (At(_line, p) == ' ') p++;
                YNode value;
                if (At(_line, p) is '\n' or '#')
                {
                    _line++;
                    SkipBlank();
                    if (AtEnd) throw new GiveUp();
                    var indent = Indent(_line);
                    if (indent > column) value = BlockNode(indent);
                    else if (indent == column && IsEntry(_line, column)) value = Sequence(column);
                    else throw new GiveUp(); // a key without a value
                }
                else
                {
                    value = InlineValue(p, column);
                }
                entries.Add(new YEntry(key, value));
                SkipBlank();
                if (AtEnd) break;
                var next = Indent(_line);
                if (next == column && !IsEntry(_line, column))
                {
                    at = column;
                    continue;
                }
                if (next >= column) throw new GiveUp(); // deeper: more of a plain value; level: a list entry among keys
                break;
            }
            _depth--;
            return new YMapping(entries, span);
        }

        /// <summary>
        /// The column of the colon that ends a plain key starting at <paramref name="column"/> (a colon followed by a
        /// space or the line's end, before any comment), or -1 when the line holds no such key there.
        /// </summary>
        private int KeyEnd(int column)
        {
            if (At(_line, column) is '"' or '\'')
            {
                QuotedText(column, out var end);
                var after = SkipSpaces(end);
                if (after - column > 1024) throw new GiveUp(); // the library takes no key longer than 1,024 characters up to its colon
                return At(_line, after) == ':' && At(_line, after + 1) is ' ' or '\n' ? after : -1;
            }
            if (!PlainStart(At(_line, column))) return -1;
            var rest = Rest(_line, column);
            var starWord = false; // the library reads a colon inside a word that starts with * (名称 *: …) as text in some places
            for (var i = 0; i < rest.Length; i++)
            {
                if (rest[i] == '#' && i > 0 && rest[i - 1] == ' ') return -1;
                if (rest[i] == ' ') starWord = false;
                else if (rest[i] == '*' && i > 0 && rest[i - 1] == ' ') starWord = true;
                if (rest[i] == ':' && (i + 1 == rest.Length || rest[i + 1] == ' '))
                {
                    if (starWord || i > 1024) throw new GiveUp(); // and takes no key longer than 1,024 characters
                    return i == 0 ? -1 : column + i;
                }
            }
            return -1;
        }

        /// <summary>Whether a plain value may start with <paramref name="c"/> here: not with an indicator of YAML.</summary>
        private static bool PlainStart(char c) =>
            c is not ('\n' or ' ' or '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`');

        /// <summary>A value that starts on the current line at <paramref name="p"/>, in a block whose keys or entries are at <paramref name="parent"/>.</summary>
        private YNode InlineValue(int p, int parent)
        {
            return At(_line, p) switch
            {
                '[' or '{' => Flow(p),
                '"' or '\'' => Quoted(p),
                '|' or '>' => BlockText(p, parent),
                _ => Plain(p),
            };
        }

        private YScalar Plain(int p)
        {
            if (!PlainStart(At(_line, p))) throw new GiveUp();
            var rest = Rest(_line, p);
            var comment = rest.IndexOf(" #");
            if (comment >= 0) rest = rest[..comment];
            rest = rest.TrimEnd(' ');
            if (rest.Contains(": ", StringComparison.Ordinal) || rest.EndsWith(':')) throw new GiveUp();
            var value = Scalar(rest.ToString(), false, Span(_line, p));
            _line++;
            return value;
        }

        private YScalar Quoted(int p)
        {
            var value = QuotedText(p, out var end);
            EndOfValue(Rest(_line, end));
            var scalar = Scalar(value, true, Span(_line, p));
            _line++;
            return scalar;
        }

        /// <summary>The text of a quoted value that starts at <paramref name="p"/> and closes on the same line, and the column after its closing quote.</summary>
        private string QuotedText(int p, out int end)
        {
            var quote = At(_line, p);
            var rest = Rest(_line, p + 1);
            var value = new StringBuilder();
            var i = 0;
            while (true)
            {
                if (i >= rest.Length) throw new GiveUp(); // continued on the next line
                var c = rest[i];
                if (c == quote)
                {
                    if (quote == '\'' && i + 1 < rest.Length && rest[i + 1] == '\'')
                    {
                        value.Append('\'');
                        i += 2;
                        continue;
                    }
                    break;
                }
                if (c == '\\' && quote == '"')
                {
                    if (i + 1 >= rest.Length) throw new GiveUp();
                    value.Append(rest[i + 1] switch
                    {
                        '\\' => '\\',
                        '"' => '"',
                        '/' => '/',
                        'n' => '\n',
                        't' => '\t',
                        _ => throw new GiveUp(),
                    });
                    i += 2;
                    continue;
                }
                value.Append(c);
                i++;
            }
            end = p + 1 + i + 1;
            return value.ToString();
        }

        /// <summary>What may follow a value on its line: spaces, and a comment after a space.</summary>
        private static void EndOfValue(ReadOnlySpan<char> after)
        {
            var trimmed = after.TrimStart(' ');
            if (trimmed.IsEmpty) return;
            if (trimmed[0] == '#' && trimmed.Length < after.Length) return;
            throw new GiveUp();
        }

        /// <summary>A flow list ([a, b]) or flow mapping ({a: b, c: d}) of plain or quoted values, closed on its line.</summary>
        private YNode Flow(int p)
        {
            Count();
            if (++_depth > Limits.MaxYamlDepth) throw new GiveUp();
            var isList = At(_line, p) == '[';
            var close = isList ? ']' : '}';
            var items = new List<YNode>();
            var entries = new List<YEntry>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var i = SkipSpaces(p + 1);
            if (At(_line, i) != close)
            {
                while (true)
                {
                    var item = FlowScalar(ref i);
                    i = SkipSpaces(i);
                    if (isList)
                    {
                        items.Add(item);
                    }
                    else
                    {
                        if (At(_line, i) != ':' || At(_line, i + 1) != ' ' || !seen.Add(item.Value)) throw new GiveUp();
                        i = SkipSpaces(i + 1);
                        var value = FlowScalar(ref i);
                        i = SkipSpaces(i);
                        entries.Add(new YEntry(item, value));
                    }
                    if (At(_line, i) == close) break;
                    if (At(_line, i) != ',') throw new GiveUp();
                    i = SkipSpaces(i + 1);
                    if (At(_line, i) == close) throw new GiveUp(); // a trailing comma
                }
            }
            EndOfValue(Rest(_line, i + 1));
            _depth--;
            YNode node = isList ? new YSequence(items, Span(_line, p)) : new YMapping(entries, Span(_line, p));
            _line++;
            return node;
        }

        private int SkipSpaces(int i)
        {
            while (At(_line, i) == ' ') i++;
            return i;
        }

        /// <summary>One value inside a flow list or mapping, starting at <paramref name="i"/>; <paramref name="i"/> ends after it.</summary>
        private YScalar FlowScalar(ref int i)
        {
            var start = i;
            if (At(_line, i) is '"' or '\'')
            {
                var text = QuotedText(i, out i);
                return Scalar(text, true, Span(_line, start));
            }
            if (!PlainStart(At(_line, i))) throw new GiveUp();
            while (At(_line, i) is not ('\n' or ',' or '[' or ']' or '{' or '}' or ':' or '#' or '"' or '\'')) i++;
            if (At(_line, i) is '[' or '{' or '#' or '"' or '\'') throw new GiveUp();
            if (Rest(_line, start)[..(i - start)].Contains(" *", StringComparison.Ordinal)) throw new GiveUp(); // as in KeyEnd
            return Scalar(Rest(_line, start)[..(i - start)].TrimEnd(' ').ToString(), false, Span(_line, start));
        }

        /// <summary>Literal (|) or folded (&gt;) text, clipped or stripped (-), its lines indented deeper than <paramref name="parent"/>.</summary>
        private YScalar BlockText(int p, int parent)
        {
            var literal = At(_line, p) == '|';
            var strip = At(_line, p + 1) == '-';
            var header = Rest(_line, p + (strip ? 2 : 1));
            EndOfValue(header);
            var span = Span(_line, p);
            _line++;
            if (AtEnd || Length(_line) == 0) throw new GiveUp();
            var indent = Spaces(_line);
            if (indent <= parent || indent == Length(_line)) throw new GiveUp();
            var value = new StringBuilder();
            var blankRun = 0;
            var first = true;
            while (!AtEnd)
            {
                if (Length(_line) == 0)
                {
                    blankRun++;
                    _line++;
                    continue;
                }
                var lineIndent = Spaces(_line);
                if (lineIndent == Length(_line)) throw new GiveUp(); // a line of spaces only
                if (lineIndent < indent) break;
                if (!literal && (lineIndent > indent || blankRun > 0)) throw new GiveUp(); // folding around these is left to the library
                if (!first) value.Append(literal ? '\n' : ' ');
                value.Append('\n', blankRun);
                blankRun = 0;
                value.Append(Rest(_line, indent));
                first = false;
                _line++;
            }
            if (!strip) value.Append('\n');
            return Scalar(value.ToString(), true, span);
        }

        private YScalar Scalar(string value, bool quoted, SourceSpan span)
        {
            Count();
            if (value.Length > Limits.MaxScalarChars) throw new GiveUp();
            var isNull = !quoted && value is "" or "~" or "null" or "Null" or "NULL";
            return new YScalar(isNull ? "" : value, isNull, quoted, span);
        }
    }
}
