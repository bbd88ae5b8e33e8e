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

    /// <summary>Checks one template; returns the partials it calls by name, with the offset of each call and whether it is a
    /// partial block ({{#> name}}…{{/name}}); a {{> @partial-block}} is returned as a call of that name.</summary>
    /// <param name="rootNames">The names the template's own page model has ({{Page}} and {{Body}} for the layout), checked
    /// where the context is the page itself; null for a partial, whose context is its caller's.</param>
    public static IReadOnlyList<(string Name, int Offset, bool Block)> Check(string text, string file, ISet<string> partials, ISet<string> names, DiagnosticBag bag,
        ISet<string>? rootNames = null)
    {
        var lines = new Text.LineIndex(text);
        var isLayout = Path.GetFileNameWithoutExtension(file) == "layout";
        // An empty template makes empty pages; a layout without {{{Body}}} pages without their content.
        if (text.Trim().Length == 0) { TemplateChecker.Report(bag, lines, file, 0, "template.empty"); return []; }
        var bodies = 0;
        // HTML comments (<!-- … -->) hide what is in them from the reader: a Body there shows nothing.
        var htmlComments = System.Text.RegularExpressions.Regex.Matches(text, "<!--.*?(?:-->|$)", System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.NonBacktracking)
            .Select(m => (Start: m.Index, End: m.Index + m.Length)).ToList();
        bool InHtmlComment(int offset) => htmlComments.Any(c => offset >= c.Start && offset < c.End);
        var escapedBodies = 0;
        var commentedBodies = 0;
        // Whether the context is the page itself: no block open but if and unless (each, with, a section over a list, an
        // inline partial's body or a partial block all change it), so that Body is the layout's Body and not a name
        // bound by the template ({{#with Page.Title as |Body|}}).
        bool AtPage(Stack<(string Name, int Offset, string[] Locals)> blocks) => blocks.All(b => b.Name is "if" or "unless" && b.Locals.Length == 0);
        var calls = new List<(string Name, int Offset, bool Block)>();
        var inlineCalls = new List<(string From, string To, int Offset)>(); // inline partials calling each other
        void Report(int offset, string key, params object?[] args) => TemplateChecker.Report(bag, lines, file, offset, key, args);
        // Partials a template defines for itself ({{#*inline "row"}}…{{/inline}}) are as good as the files.
        var inline = InlinePartial().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        // Open blocks, each with its block parameters ({{#each Rows as |row|}}): a parameter is known until its block closes.
        var open = new Stack<(string Name, int Offset, string[] Locals)>();
        var defining = new Stack<string>(); // the inline partials being defined: one calling itself never ends
        var inElse = new HashSet<int>(); // blocks (by their offset) past their {{else}}: the other branch, shown when the first is not
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
                Report(start, "template.raw-block");
                var close = text.IndexOf("}}}}", i + 4, StringComparison.Ordinal);
                var rawName = close < 0 ? "" : FirstWord(text[(i + 4)..close]);
                var rawEnd = close < 0 ? -1 : text.IndexOf("{{{{/" + rawName + "}}}}", close, StringComparison.Ordinal);
                if (rawEnd < 0) return calls;
                i = rawEnd + rawName.Length + 9;
                continue;
            }
            if (text.AsSpan(i).StartsWith("{{!--"))
            {
                var endComment = text.IndexOf("--}}", i + 5, StringComparison.Ordinal);
                if (endComment < 0) { Report(start, "template.unclosed-comment"); return calls; }
                i = endComment + 4;
                continue;
            }
            var end = text.IndexOf("}}", i + 2, StringComparison.Ordinal);
            if (end < 0) { Report(start, "template.unterminated"); return calls; }
            var tag = text[(i + 2)..end].Trim('{', '}', '~', ' ', '\t', '\r', '\n');
            i = end + 2;
            if (tag.Length == 0) { Report(start, "template.empty-tag"); continue; }
            var name = FirstWord(tag[1..]);
            // {{{x}}} and {{& x}} print without escaping: only the layout's Body, which is HTML the tool made, may be.
            var unescapedOutput = text.AsSpan(start).StartsWith("{{{") || text.AsSpan(start).TrimStart("{~ \t").StartsWith("&");
            if (unescapedOutput && tag[0] is not ('!' or '#' or '/' or '>' or '^'))
            {
                var printed = FirstWord(tag.TrimStart('&', ' '));
                // The layout's Body however reached (../Body from inside a with or each, Body inside an inline partial), but
                // never a block parameter named Body, which is data.
                var bodyPath = printed.Replace("../", "", StringComparison.Ordinal);
                if (isLayout && bodyPath is "Body" or "this.Body" or "./Body" && !open.Any(b => b.Locals.Contains("Body")))
                {
                    if (InHtmlComment(start)) { commentedBodies++; Report(start, "template.layout-body-commented"); }
                    // {{#if false}}{{{Body}}}{{/if}} never shows it: as good as commented out.
                    else if (open.FirstOrDefault(b => !inElse.Contains(b.Offset) && (ConstantCondition(text, b.Name, b.Offset)
                        || AtPage(open) && rootNames is not null && UnknownCondition(text, b.Name, b.Offset, rootNames))) is { Name: not null } constant)
                    {
                        commentedBodies++;
                        Report(start, "template.layout-body-constant", constant.Name, text[constant.Offset..(text.IndexOf("}}", constant.Offset, StringComparison.Ordinal) + 2)]);
                    }
                    else if (++bodies == 2) Report(start, "template.layout-two-bodies");
                }
                else Report(start, "template.unescaped", printed);
            }
            else if (isLayout && tag == "Body" && AtPage(open)) { escapedBodies++; Report(start, "template.layout-escaped-body"); }
            switch (tag[0])
            {
                case '!':
                    break;
                case '#' when tag.Length > 1 && tag[1] == '>':
                    // A partial block ({{#> layout}}fallback{{/layout}}): a partial, and a block closed by its name.
                    // Without the partial, Handlebars shows the block's own content: no error then.
                    var block = FirstWord(tag[2..]);
                    open.Push((block, start, []));
                    if (partials.Contains(block) || inline.Contains(block)) Partial(block, block: true);
                    break;
                case '#' when tag.Length > 1 && tag[1] == '*':
                    if (name == "*inline")
                    {
                        open.Push(("inline", start, []));
                        defining.Push(InlinePartial().Match(text, start) is { Success: true } m && m.Index == start ? m.Groups[1].Value : "");
                    }
                    break;
                case '#' or '^' when tag.Length > 1 && tag[1] != '>' && open.Count >= MaxDepth:
                    // Blocks nested hundreds deep cost the renderer time that grows with the square of the depth.
                    Report(start, "template.too-deep", MaxDepth);
                    return calls;
                case '#' or '^' when tag.Length > 1 && tag[1] != '>':
                    open.Push((name, start, BlockParameters().Match(tag) is { Success: true } parameters
                        ? parameters.Groups[1].Value.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)
                        : tag.Contains("@partial-block", StringComparison.Ordinal) ? ["@partial-block"] : []));
                    // {{#Items}} walks a value; {{#name argument}} calls a helper, which must exist; {{#if}} needs what it tests.
                    if (tag[0] == '#' && !BlockHelpers.Contains(name) && HasArguments(tag[1..])) Report(start, "template.unknown-helper", name);
                    else if (tag[0] == '#' && BlockHelpers.Contains(name) && ArgumentCount(tag[1..]) != 1) Report(start, "template.block-arguments", name);
                    break;
                case '/':
                    if (open.Count == 0) Report(start, "template.close-without-open", name);
                    else if (open.Peek().Name != name)
                    {
                        var (openName, openAt, _) = open.Pop();
                        var (l, c) = lines.Of(openAt);
                        Report(start, "template.close-mismatch", name, openName, $"{l}:{c}");
                    }
                    else if (open.Pop().Name == "inline" && defining.Count > 0) defining.Pop();
                    break;
                case '>':
                    // A partial named by the data ({{> (lookup . "Name")}}) lets the catalogue's text choose the template.
                    if (tag[1..].TrimStart().StartsWith('(')) Report(start, "template.dynamic-partial");
                    else Partial(name);
                    break;
                default:
                    // {{name argument}} calls a helper; {{else}}, {{else if x}} and {{lookup x y}} are the language's own.
                    var unescaped = tag.TrimStart('&', ' ');
                    var word = FirstWord(unescaped);
                    if (word == "else" && open.Count > 0) inElse.Add(open.Peek().Offset);
                    if (word is not ("else" or "lookup") && HasArguments(unescaped)) Report(start, "template.unknown-helper", word);
                    else if (word == "lookup" && ArgumentCount(unescaped) is not (2 or 3)) Report(start, "template.lookup-arguments");
                    else if (word == "else" && ArgumentCount(unescaped) is var n && n > 0 && (n != 2 || !BlockHelpers.Contains(FirstWord(unescaped[4..]))))
                        Report(start, "template.else-arguments");
                    break;
            }
            // A subexpression calls a helper too: {{#if (eq a b)}}.
            if (tag[0] != '!')
                foreach (System.Text.RegularExpressions.Match sub in Subexpression().Matches(QuotedText().Replace(tag, "\"\"")))
                    if (sub.Groups[1].Value != "lookup") Report(start, "template.unknown-helper", sub.Groups[1].Value);
            if (BoundPath(tag) is { } path)
            {
                // A block parameter stands for a page value: what follows it is checked like any name.
                var first = path.Split('.')[0];
                if (open.Any(b => b.Locals.Contains(first))) path = path.Length > first.Length ? path[(first.Length + 1)..] : "";
                // Where the context is the page itself (no each or with open, no ../), the first name must be the page's own.
                var atRoot = rootNames is not null && !tag.Contains("../", StringComparison.Ordinal) && AtPage(open)
                    && !open.Any(b => b.Locals.Contains(first));
                if (path.Length > 0) CheckNames(lines, file, start, path, names, bag, atRoot ? rootNames : null);
            }

            // A partial named in the tag ({{> name}}). A name computed by a subexpression cannot be known here; @partial-block
            // is the block a partial was called with, checked against its callers once every template is read (inside an
            // inline partial it is that partial's block; under {{#if @partial-block}} it is shown only when given).
            void Partial(string called, bool block = false)
            {
                if (called == "@partial-block" && defining.Count == 0 && !open.Any(b => b.Locals.Contains("@partial-block"))) calls.Add((called, start, false));
                if (called.Length == 0 || called[0] is '(' or '@') return;
                if (defining.Contains(called)) Report(start, "template.partial-self", called);
                else if (!partials.Contains(called) && !inline.Contains(called)) Report(start, "template.partial-missing", called);
                else if (called == Path.GetFileNameWithoutExtension(file)) Report(start, "template.partial-self", called);
                else if (inline.Contains(called)) { if (defining.Count > 0) inlineCalls.Add((defining.Peek(), called, start)); }
                else calls.Add((called, start, block));
            }
        }
        foreach (var (name, offset, _) in open) Report(offset, "template.unclosed-block", name);
        // A Body already reported (escaped, or inside an HTML comment) is told there; otherwise its absence is.
        if (isLayout && bodies == 0 && escapedBodies == 0 && commentedBodies == 0) Report(0, "template.layout-no-body");
        // Inline partials that call each other round never end either: each ring once, at its first call.
        var callees = inlineCalls.GroupBy(c => c.From, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(c => c.To).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        foreach (var ring in TemplatePartialCalls.Rings(callees.Keys, at => callees.GetValueOrDefault(at) ?? []))
            Report(inlineCalls.First(c => c.From == ring[0] && c.To == ring[1]).Offset, "template.partial-ring", TemplatePartialCalls.Chain(ring));
        // Inline partials that call each other many times over multiply: each doubling costs the renderer twice the time.
        var withRepeats = inlineCalls.ToLookup(c => c.From, c => c.To, StringComparer.Ordinal);
        if (TemplatePartialCalls.Fanout(callees.Keys, at => withRepeats[at]) is var (big, _))
            Report(inlineCalls.First(c => c.From == big).Offset, "template.partial-fanout", big, TemplatePartialCalls.MostExpansions);
        return calls;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\(\s*([^\s()""']+)")]
    private static partial System.Text.RegularExpressions.Regex Subexpression();

    /// <summary>A string literal in a tag (title="Note (see below)"): no subexpression is inside it.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"""[^""]*""|'[^']*'")]
    private static partial System.Text.RegularExpressions.Regex QuotedText();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bas\s*\|([^|]*)\|")]
    private static partial System.Text.RegularExpressions.Regex BlockParameters();

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{~?\s*#\*inline\s+[""']([^""']+)[""']")]
    private static partial System.Text.RegularExpressions.Regex InlinePartial();

    /// <summary>Whether a tag's text has words after its first (a helper's arguments), not counting block parameters.</summary>
    private static bool HasArguments(string tag) => ArgumentCount(tag) > 0;

    /// <summary>How many words follow a tag's first (a helper's arguments), not counting block parameters; a quoted string
    /// or a subexpression is one.</summary>
    private static int ArgumentCount(string tag)
    {
        var plain = Subexpressions(QuotedText().Replace(BlockParameters().Replace(tag, ""), "\"\""));
        return Math.Max(0, plain.Split([' ', '\t', '\r', '\n', '~'], StringSplitOptions.RemoveEmptyEntries).Length - 1);
    }

    /// <summary>A tag with each outermost subexpression made one word.</summary>
    private static string Subexpressions(string tag)
    {
        var sb = new System.Text.StringBuilder(tag.Length);
        var depth = 0;
        foreach (var c in tag)
        {
            if (c == '(' && depth++ == 0) sb.Append("()");
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Whether the block opened at <paramref name="offset"/> is an if testing a name the page does not have
    /// ({{#if False}}, {{#if Page.Nope}}): empty, so never shown.</summary>
    private static bool UnknownCondition(string text, string name, int offset, ISet<string> rootNames)
    {
        if (name != "if" || Condition(text, offset) is not { } tested) return false;
        if (tested[0] is '@' or '(' or '"' or '\'' || char.IsAsciiDigit(tested[0]) || tested is "true" or "false" or "null" or "undefined" or "this") return false;
        var first = tested.Replace("this.", "", StringComparison.Ordinal).Replace("./", "", StringComparison.Ordinal).Split('.')[0];
        return !first.StartsWith("..", StringComparison.Ordinal) && !rootNames.Contains(first)
            || first == "Page" && tested.Split('.') is [_, var member, ..] && !PageNames.Contains(member);
    }

    /// <summary>Whether the block opened at <paramref name="offset"/> is an if or unless whose test is a literal that never
    /// shows its content ({{#if false}}, {{#unless true}}, {{#if 0}}, {{#if ""}}, {{#if null}}).</summary>
    private static bool ConstantCondition(string text, string name, int offset)
    {
        if (name is not ("if" or "unless") || Condition(text, offset) is not { } tested) return false;
        var falsy = tested is "false" or "0" or "null" or "undefined" or "\"\"" or "''";
        var truthy = tested is "true" || tested.Length > 2 && tested[0] is '"' or '\'' || tested.All(char.IsAsciiDigit) && tested != "0";
        return name == "if" ? falsy : truthy;
    }

    /// <summary>What the block opened at <paramref name="offset"/> tests ({{#if Page.Title}} → Page.Title), when its tag
    /// is the block's name and one word; else null.</summary>
    private static string? Condition(string text, int offset)
    {
        var close = text.IndexOf("}}", offset, StringComparison.Ordinal);
        var words = text[(offset + 2)..close].Trim('{', '~', ' ', '\t', '\r', '\n').TrimStart('#')
            .Split([' ', '\t', '\r', '\n', '~'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 2 ? words[1] : null;
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
            : words.Length == 1 && words[0] != "lookup" ? words[0] : null;
        if (path is null || path is "this" or "true" or "false" or "null" or "undefined" || path[0] is '@' or '"' or '\'' or '(' || char.IsAsciiDigit(path[0]))
            return null;
        while (path.StartsWith("../", StringComparison.Ordinal)) path = path[3..];
        if (path is "..") return null; // the context above, itself
        foreach (var self in new[] { "this.", "./" })
            if (path.StartsWith(self, StringComparison.Ordinal)) path = path[self.Length..];
        return path.Length == 0 || path == "." ? null : path;
    }

    /// <summary>The deepest nesting of blocks a template may have; the shipped ones need four.</summary>
    private const int MaxDepth = 64;

    /// <summary>What every page's frame (Page) has.</summary>
    private static readonly HashSet<string> PageNames = typeof(PageFrame).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>Members every list has, which a template may read from any collection of a page.</summary>
    private static readonly string[] CollectionMembers = ["Count", "Length"];

    /// <summary>
    /// A name no page model has renders as nothing, silently: a misspelt {{Nmae}} is reported (a warning, with the
    /// nearest name), so that a customised template does not quietly drop an element of the catalogue.
    /// </summary>
    private static void CheckNames(Text.LineIndex lines, string file, int offset, string path, ISet<string> names, DiagnosticBag bag, ISet<string>? rootNames = null)
    {
        var segments = path.Split('.');
        for (var k = 0; k < segments.Length; k++)
        {
            var segment = segments[k];
            // The first name of a path read from the page itself is one of that page's (the layout has Page and Body).
            var known = k == 0 && rootNames is not null ? rootNames : names;
            if (known.Contains(segment) || segment.StartsWith('[') || CollectionMembers.Contains(segment)) continue;
            // {{Title}} in the layout is the page's title: {{Page.Title}}.
            var suggestion = k == 0 && rootNames is not null && rootNames.Contains("Page") && PageNames.Contains(segment) ? "Page." + segment
                : Text.Suggestions.Closest(segment, known, 2);
            var (line, col) = lines.Of(offset);
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

    private static void Report(DiagnosticBag bag, Text.LineIndex lines, string file, int offset, string key, params object?[] args)
    {
        var (line, col) = lines.Of(offset);
        bag.Add(KnownRules.TemplateError, new SourceSpan(file, line, col), key, args);
    }
}
