using CatalogueTool.Diagnostics;

namespace CatalogueTool.Emit.Site;

/// <summary>
/// Checks the block structure of a Handlebars template before it is compiled, because the compiler's own errors carry
/// no position: an unterminated {{, a block closed by the wrong name, a block never closed, a partial that does not exist.
/// </summary>
public static partial class TemplateChecker
{
    public static void Check(string text, string file, ISet<string> partials, ISet<string> names, DiagnosticBag bag)
    {
        // Open blocks, each with its block parameters ({{#each Rows as |row|}}): a parameter is known until its block closes.
        var open = new Stack<(string Name, int Offset, string[] Locals)>();
        var i = 0;
        while ((i = text.IndexOf("{{", i, StringComparison.Ordinal)) >= 0)
        {
            var start = i;
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
                case '#' or '^' when tag.Length > 1 && tag[1] != '>' && tag[1] != '*':
                    open.Push((name, start, BlockParameters().Match(tag) is { Success: true } parameters
                        ? parameters.Groups[1].Value.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)
                        : []));
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
                    if (name.Length > 0 && !partials.Contains(name)) Report(bag, text, file, start, "template.partial-missing", name);
                    else if (name == Path.GetFileNameWithoutExtension(file)) Report(bag, text, file, start, "template.partial-self", name);
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
}
