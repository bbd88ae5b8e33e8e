using CatalogueTool.Diagnostics;

namespace CatalogueTool.Emit.Site;

/// <summary>
/// What can only be judged from the partial calls of all templates together: partials that call each other round
/// (area-table → fragment → area-table) never finish a page, each ring reported once at the call in its first template;
/// and {{> @partial-block}} needs callers that give a block. The calls are those <see cref="TemplateChecker.Check"/> read
/// from the tags (never from comments, escaped or raw text); a template calling itself is reported there. One edge per
/// pair of templates and a search that visits each template once: a hundred calls of one partial cost no more than one.
/// </summary>
public static class TemplatePartialCalls
{
    public static void Check(IReadOnlyDictionary<string, (string File, string Text, IReadOnlyList<(string Name, int Offset, bool Block)> Calls)> templates, DiagnosticBag bag)
    {
        CheckPartialBlocks(templates, bag);
        var withRepeats = templates.ToDictionary(t => t.Key, t => t.Value.Calls.Where(c => templates.ContainsKey(c.Name) && c.Name != t.Key).Select(c => c.Name).ToList(), StringComparer.Ordinal);
        if (Fanout(templates.Keys, at => withRepeats[at]) is var (big, _))
            bag.Add(KnownRules.TemplateError, SourceSpan.OfFile(templates[big].File), "template.partial-fanout", big, MostExpansions);
        // The first call of each partial a template makes, in the order written.
        var calls = templates.ToDictionary(t => t.Key,
            t => t.Value.Calls.Where(c => templates.ContainsKey(c.Name)).DistinctBy(c => c.Name).ToList(), StringComparer.Ordinal);
        foreach (var ring in Rings(templates.Keys, at => calls[at].Select(c => c.Name)))
        {
            var (file, text, _) = templates[ring[0]];
            var call = calls[ring[0]].First(c => c.Name == ring[1]);
            var (line, col) = new Text.LineIndex(text).Of(call.Offset);
            bag.Add(KnownRules.TemplateError, new SourceSpan(file, line, col), "template.partial-ring", Chain(ring));
        }
    }

    /// <summary>Each ring among the partials once (found from each of its members, it is one ring), as its partials in
    /// calling order: file partials across templates, and a template's inline partials alike.</summary>
    internal static IEnumerable<List<string>> Rings(IEnumerable<string> partials, Func<string, IEnumerable<string>> callees)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in partials.Order(StringComparer.Ordinal))
            if (ShortestRing(start, callees) is { } ring && seen.Add(string.Join(">", ring.Order(StringComparer.Ordinal))))
                yield return ring;
    }

    /// <summary>The most partials one partial may expand into, counting every call: a chain where each calls the next twice
    /// doubles at each step (forty steps are a trillion calls), and no page needs more than a few.</summary>
    internal const long MostExpansions = 10_000;

    /// <summary>
    /// The first partial (in name order) that expands into more than <see cref="MostExpansions"/> partial calls, counting
    /// repeated calls, with that count (capped); rings are left to <see cref="Rings"/>. Each partial is counted once.
    /// </summary>
    internal static (string Partial, long Expansions)? Fanout(IEnumerable<string> partials, Func<string, IEnumerable<string>> callsWithRepeats)
    {
        var memo = new Dictionary<string, long>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        long Size(string p)
        {
            if (memo.TryGetValue(p, out var known)) return known;
            if (!visiting.Add(p)) return 0; // a ring: said as such elsewhere
            long total = 1;
            foreach (var c in callsWithRepeats(p))
                if ((total += Size(c)) > MostExpansions) { total = MostExpansions + 1; break; }
            visiting.Remove(p);
            return memo[p] = total;
        }
        foreach (var p in partials.Order(StringComparer.Ordinal))
            if (Size(p) > MostExpansions) return (p, memo[p]);
        return null;
    }

    /// <summary>A ring as a message shows it: {{> a}} → {{> b}} → {{> a}}.</summary>
    internal static string Chain(List<string> ring) => string.Join(" → ", ring.Append(ring[0]).Select(n => $"{{{{> {n}}}}}"));

    /// <summary>A shortest way from a partial back to itself (breadth first, each partial visited once), or null: the
    /// partials in calling order, starting with <paramref name="start"/>.</summary>
    private static List<string>? ShortestRing(string start, Func<string, IEnumerable<string>> callees)
    {
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var at))
            foreach (var next in callees(at).Distinct(StringComparer.Ordinal))
            {
                if (next == start)
                {
                    var path = new List<string> { at };
                    while (path[^1] != start) path.Add(cameFrom[path[^1]]);
                    path.Reverse();
                    return path;
                }
                if (cameFrom.TryAdd(next, at)) queue.Enqueue(next);
            }
        return null;
    }

    /// <summary>The templates the site renders itself (SiteWriter: each page, and the layout around it), with no block to give.</summary>
    private static readonly string[] Pages = ["index", "search", "powers", "area", "fragment", "item", "layout"];

    /// <summary>
    /// {{> @partial-block}} shows the content a partial block ({{#> name}}…{{/name}}) gave: a template using it must be
    /// called as a block by every template that calls it, and be called at all (a page has no block).
    /// </summary>
    private static void CheckPartialBlocks(IReadOnlyDictionary<string, (string File, string Text, IReadOnlyList<(string Name, int Offset, bool Block)> Calls)> templates, DiagnosticBag bag)
    {
        foreach (var (name, (file, text, calls)) in templates.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (calls.FirstOrDefault(c => c.Name == "@partial-block") is not { Name: not null } use) continue;
            var callers = templates.Where(t => t.Value.Calls.Any(c => c.Name == name)).ToList();
            var plain = callers.FirstOrDefault(t => t.Value.Calls.Any(c => c.Name == name && !c.Block));
            if (callers.Count > 0 && plain.Key is null && !Pages.Contains(name)) continue;
            var (line, col) = new Text.LineIndex(text).Of(use.Offset);
            bag.Add(KnownRules.TemplateError, new SourceSpan(file, line, col), plain.Key is null ? "template.partial-block-page" : "template.partial-block-plain",
                name, plain.Value.File);
        }
    }
}
