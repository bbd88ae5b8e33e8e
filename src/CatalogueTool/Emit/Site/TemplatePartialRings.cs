using CatalogueTool.Diagnostics;

namespace CatalogueTool.Emit.Site;

/// <summary>
/// Partials that call each other round (area-table → fragment → area-table) never finish a page: each ring is reported
/// once, at the call in the first template of the ring. The calls are those <see cref="TemplateChecker.Check"/> read from
/// the tags (never from comments, escaped or raw text); a template calling itself is reported there.
/// </summary>
public static class TemplatePartialRings
{
    public static void Check(IReadOnlyDictionary<string, (string File, string Text, IReadOnlyList<(string Name, int Offset)> Calls)> templates, DiagnosticBag bag)
    {
        var calls = templates.ToDictionary(t => t.Key, t => t.Value.Calls.Where(c => templates.ContainsKey(c.Name)).ToList(), StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in templates.Keys.Order(StringComparer.Ordinal))
        {
            if (Ring(start, [start]) is not { } ring || !reported.Add(string.Join(">", ring.Order(StringComparer.Ordinal)))) continue;
            var (file, text, _) = templates[ring[0]];
            var call = calls[ring[0]].First(c => c.Name == ring[1]);
            var (line, col) = new Text.LineIndex(text).Of(call.Offset);
            bag.Add(KnownRules.TemplateError, new SourceSpan(file, line, col), "template.partial-ring", string.Join(" → ", ring.Append(ring[0]).Select(n => $"{{{{> {n}}}}}")));
        }

        List<string>? Ring(string at, List<string> path)
        {
            foreach (var (next, _) in calls[at])
            {
                if (next == path[0]) return [.. path];
                if (path.Contains(next)) continue;
                path.Add(next);
                if (Ring(next, path) is { } found) return found;
                path.RemoveAt(path.Count - 1);
            }
            return null;
        }
    }
}
