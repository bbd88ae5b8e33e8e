using CatalogueTool.Diagnostics;

namespace CatalogueTool.Emit.Site;

/// <summary>
/// Checks the block structure of a Handlebars template before it is compiled, because the compiler's own errors carry
/// no position: an unterminated {{, a block closed by the wrong name, a block never closed, a partial that does not exist.
/// </summary>
public static partial class TemplateChecker
{
    /// <summary>The helpers the site's Handlebars knows: the language's own blocks, and lookup. No others are registered.</summary>
    private static readonly HashSet<string> BlockHelpers = new(StringComparer.Ordinal) { "if", "unless", "each", "with" };

    public static void Check(string text, string file, ISet<string> partials, ISet<string> names, DiagnosticBag bag)
    {
        // Partials a template defines for itself ({{#*inline "row"}}…{{/inline}}) are as good as the files.
        var inline = InlinePartial().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        // Open blocks, each with its block parameters ({{#each Rows as |row|}}): a parameter is known until its block closes.
        var open = new Stack<(string Name, int Offset, string[] Locals)>();
        var i = 0;
        while ((i = text.IndexOf("{{", i, StringComparison.Ordinal)) >= 0)
        {
            var start = i;
            if (i > 0 && text[i - 1] == '\\')
            {
                // \{{ is text, shown as it stands.
                i += 2;
                continue;
            }
            if (text.AsSpan(i).StartsWith("{{{{"))
            {
                // A raw block ({{{{raw}}}}…{{{{/raw}}}}) is Handlebars, but not of the library the tool uses: said here, at
                // its place, rather than by the compiler at 1:1 in English. What is inside it is not a tag.
                Report(bag, text, file, start, "template.raw-block");
                var close = text.IndexOf("}}}}", i + 4, StringComparison.Ordinal);
                var rawName = close < 0 ? "" : FirstWord(text[(i + 4)..close]);
                var rawEnd = close < 0 ? -1 : text.IndexOf("{{{{/" + rawName + "}}}}", close, StringComparison.Ordinal);
                if (rawEnd < 0) return;
                i = rawEnd + rawName.Length + 9;
                continue;
            }
            if (text.AsSpan(i).StartsWith("{{!--"))
            {
                var endComment = text.IndexOf("--}}", i + 5, StringComparison.Ordinal);
                if (endComment < 0) { Report(bag, text, file, start, "template.unclosed-comment"); return; }
                i = endComment + 4;
                continue;
            }
            var end = text.IndexOf("}}", i + 2, StringComparison.Ordinal);
            if (end < 0) { Report(bag, text, file, start, "template.unterminated"); return; }
            var tag = text[(i + 2)..end].Trim('{', '}', '~', ' ', '\t', '\r', '\n');
            i = end + 2;
            if (tag.Length == 0) { Report(bag, text, file, start, "template.empty-tag"); continue; }
            var name = FirstWord(tag[1..]);
            switch (tag[0])
            {
                case '!':
                    break;
                case '#' when tag.Length > 1 && tag[1] == '*':
                    if (name == "*inline") open.Push(("inline", start, []));
                    break;
                case '#' or '^' when tag.Length > 1 && tag[1] != '>':
                    open.Push((name, start, BlockParameters().Match(tag) is { Success: true } parameters
                        ? parameters.Groups[1].Value.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)
                        : []));
                    // {{#Items}} walks a value; {{#name argument}} calls a helper, which must exist.
                    if (tag[0] == '#' && !BlockHelpers.Contains(name) && HasArguments(tag[1..])) Report(bag, text, file, start, "template.unknown-helper", name);
                    break;
                case '/':
                    if (open.Count == 0) Report(bag, text, file, start, "template.close-without-open", name);
                    else if (open.Peek().Name != name)
                    {
                        var (openName, openAt, _) = open.Pop();
                        var (l, c) = Position(text, openAt);
                        Report(bag, text, file, start, "template.close-mismatch", name, openName, $"{l}:{c}");
                    }
                    else open.Pop();
                    break;
                case '>':
                    if (name.Length > 0 && !partials.Contains(name) && !inline.Contains(name)) Report(bag, text, file, start, "template.partial-missing", name);
                    else if (name == Path.GetFileNameWithoutExtension(file)) Report(bag, text, file, start, "template.partial-self", name);
                    break;
                default:
                    // {{name argument}} calls a helper; {{else}}, {{else if x}} and {{lookup x y}} are the language's own.
                    var unescaped = tag.TrimStart('&', ' ');
                    var word = FirstWord(unescaped);
                    if (word is not ("else" or "lookup") && HasArguments(unescaped)) Report(bag, text, file, start, "template.unknown-helper", word);
                    break;
            }
            if (BoundPath(tag) is { } path)
            {
                // A block parameter stands for a page value: what follows it is checked like any name.
                var first = path.Split('.')[0];
                if (open.Any(b => b.Locals.Contains(first))) path = path.Length > first.Length ? path[(first.Length + 1)..] : "";
                if (path.Length > 0) CheckNames(text, file, start, path, names, bag);
            }
        }
        foreach (var (name, offset, _) in open) Report(bag, text, file, offset, "template.unclosed-block", name);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bas\s*\|([^|]*)\|")]
    private static partial System.Text.RegularExpressions.Regex BlockParameters();

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{~?\s*#\*inline\s+[""']([^""']+)[""']")]
    private static partial System.Text.RegularExpressions.Regex InlinePartial();

    /// <summary>Whether a tag's text has words after its first (a helper's arguments), not counting block parameters.</summary>
    private static bool HasArguments(string tag)
    {
        var withoutParameters = BlockParameters().Replace(tag, "");
        return withoutParameters.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Length > 1;
    }

    /// <summary>
    /// The value path a tag reads ({{Name}}, {{#if Page.Nav.Index}}, {{#each ../Rows}}, {{else if Note}}), or null for
    /// tags that read none or that this check does not follow (subexpressions, literals, @data, the context itself).
    /// </summary>
    private static string? BoundPath(string tag)
    {
        if (tag[0] is '!' or '/' or '>' or '^' or '*') return null;
        var words = tag.TrimStart('#').Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        var path = tag[0] == '#'
            ? (words[0] is "if" or "unless" or "each" or "with" && words.Length > 1 ? words[1] : null)
            : words[0] == "else" ? (words.Length > 2 && words[1] is "if" or "unless" ? words[2] : null)
            : words.Length == 1 ? words[0] : null;
        if (path is null || path is "this" or "true" or "false" || path[0] is '@' or '"' or '\'' or '(' || char.IsAsciiDigit(path[0]))
            return null;
        while (path.StartsWith("../", StringComparison.Ordinal)) path = path[3..];
        if (path is "..") return null; // the context above, itself
        foreach (var self in new[] { "this.", "./" })
            if (path.StartsWith(self, StringComparison.Ordinal)) path = path[self.Length..];
        return path.Length == 0 || path == "." ? null : path;
    }

    /// <summary>Members every list has, which a template may read from any collection of a page.</summary>
    private static readonly string[] CollectionMembers = ["Count", "Length"];

    /// <summary>
    /// A name no page model has renders as nothing, silently: a misspelt {{Nmae}} is reported (a warning, with the
    /// nearest name), so that a customised template does not quietly drop an element of the catalogue.
    /// </summary>
    private static void CheckNames(string text, string file, int offset, string path, ISet<string> names, DiagnosticBag bag)
    {
        foreach (var segment in path.Split('.'))
        {
            if (names.Contains(segment) || segment.StartsWith('[') || CollectionMembers.Contains(segment)) continue;
            var suggestion = Text.Suggestions.Closest(segment, names, 2);
            var (line, col) = Position(text, offset);
            bag.Add(KnownRules.TemplateUnused, new SourceSpan(file, line, col), suggestion is null ? "template.unknown-name" : "template.unknown-name-suggest", segment, suggestion);
            return;
        }
    }

    private static string FirstWord(string s)
    {
        s = s.TrimStart();
        var end = s.IndexOfAny([' ', '\t', '\r', '\n', '}']);
        return (end < 0 ? s : s[..end]).Trim('"', '\'');
    }

    private static void Report(DiagnosticBag bag, string text, string file, int offset, string key, params object?[] args)
    {
        var (line, col) = Position(text, offset);
        bag.Add(KnownRules.TemplateError, new SourceSpan(file, line, col), key, args);
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var k = 0; k < offset && k < text.Length; k++)
            if (text[k] == '\n') { line++; lineStart = k + 1; }
        return (line, offset - lineStart + 1);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{~?\s*>\s*([^\s}~]+)")]
    private static partial System.Text.RegularExpressions.Regex PartialCall();

    /// <summary>
    /// Partials that call each other round (area-table → fragment → area-table) never finish a page: each such ring is
    /// reported once, at the call in the first template of the ring (a template calling itself is reported by <see cref="Check"/>).
    /// </summary>
    public static void CheckPartialRings(IReadOnlyDictionary<string, (string File, string Text)> templates, DiagnosticBag bag)
    {
        var calls = templates.ToDictionary(t => t.Key, t => PartialCall().Matches(t.Value.Text)
            .Select(m => (Name: m.Groups[1].Value.Trim('"', '\''), m.Index)).Where(c => c.Name != t.Key && templates.ContainsKey(c.Name)).ToList(), StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in templates.Keys.Order(StringComparer.Ordinal))
        {
            var path = new List<string> { start };
            if (Ring(start, path) is not { } ring || !reported.Add(string.Join(">", ring.Order(StringComparer.Ordinal)))) continue;
            var (file, text) = templates[ring[0]];
            var call = calls[ring[0]].First(c => c.Name == ring[1]);
            Report(bag, text, file, call.Index, "template.partial-ring", string.Join(" → ", ring.Append(ring[0]).Select(n => $"{{{{> {n}}}}}")));
        }

        List<string>? Ring(string at, List<string> path)
        {
            foreach (var (next, _) in calls[at])
            {
                if (next == path[0]) return [.. path];
                if (path.Contains(next) || path.Count > templates.Count) continue;
                path.Add(next);
                if (Ring(next, path) is { } found) return found;
                path.RemoveAt(path.Count - 1);
            }
            return null;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?:src|srcset|poster|data|action)\s*=\s*[""']?\s*|<link\b[^>]*?\bhref\s*=\s*[""']?\s*|url\(\s*[""']?\s*|@import\s+[""']\s*|\bfetch\(\s*[""']\s*|\bimport\s*\(?\s*[""']\s*)((?:https?:)?//[^\s""'<>)]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RemoteLoad();

    /// <summary>
    /// A customised template or asset that loads a script, style, font or image from another host (src=, a stylesheet link,
    /// url(), @import, fetch): the pages would no longer work offline, and every visit would be told to that host. Links
    /// to other sites (a href) are fine.
    /// </summary>
    public static void CheckRemoteLoads(string text, string file, DiagnosticBag bag)
    {
        foreach (System.Text.RegularExpressions.Match m in RemoteLoad().Matches(text))
        {
            var (line, col) = Position(text, m.Groups[1].Index);
            bag.Add(KnownRules.TemplateRemote, new SourceSpan(file, line, col), "template.remote", Text.Shortened.Of(m.Groups[1].Value, 60));
        }
    }
}
