using CatalogueTool.Binding;
using CatalogueTool.Diagnostics;
using CatalogueTool.Model;

namespace CatalogueTool.Rules.Powers;

/// <summary>The catalogue against the power lists (format §5): links exist, powers are disclosed, licensing and penalty items meet 7 working days.</summary>
public sealed class PowerChecks : ICheck
{
    private const int DecisionDays = 7;
    private const int ListedInline = 5;

    public void Run(CheckContext context)
    {
        var catalogue = context.Catalogue;
        var index = context.Powers;
        foreach (var (first, second) in index.Duplicates)
            context.Report(KnownRules.PowerDuplicate, second.Span, "powers.duplicate", second.Code, first.Span.Cell ?? $"{first.Span.File}:{first.Span.Line}");
        // While a power list cannot be read, the codes it holds are unknown: none is reported missing.
        // A code on a refused row is not unknown, and a selector or prefix may have matched a refused row.
        var refused = catalogue.PowerLists.SelectMany(l => l.Refused).ToHashSet(StringComparer.Ordinal);
        // No power list at all (a workbook just imported, before its lists are added): the links cannot be checked; said once.
        var noLists = catalogue.PowerLists.Count == 0 && catalogue.UnreadPowerFiles.Count == 0;
        if (noLists && catalogue.Items.Where(i => i.Powers.Count > 0).ToList() is [var firstLinked, ..] linking)
            context.Report(KnownRules.PowerListsAbsent, firstLinked.Powers[0].Span, "powers.no-lists", linking.Count);
        foreach (var u in catalogue.UnreadPowerFiles.Count == 0 && !noLists ? index.Unresolved : [])
        {
            var mayBeRefused = u.Ref switch
            {
                { Code: { } code } => refused.Contains(code),
                { Prefix: { } prefix } => refused.Any(r => r.StartsWith(prefix, StringComparison.Ordinal)),
                _ => refused.Count > 0, // a {type, subject} selector: a refused row's type or subject is not known
            };
            if (mayBeRefused) continue;
            if (u.Ref.Code is not null)
                context.Report(KnownRules.PowerUnknown, u.Ref.Span, u.Suggestion is null ? "powers.unknown" : "powers.unknown-suggest", u.Ref.Code, u.Suggestion);
            else
                context.Report(KnownRules.PowerNoMatch, u.Ref.Span, "powers.no-match", u.Ref.Display);
        }
        foreach (var entry in catalogue.Manifest.UndisclosedPowers)
        {
            // Without any power list the entries cannot be checked either: the missing lists are the one finding (CAT0715).
            if (!noLists && !index.Exists(entry.Code.Value) && catalogue.UnreadPowerFiles.Count == 0)
                context.Report(KnownRules.UndisclosedEntry, entry.Code.Span, "powers.undisclosed-unknown", entry.Code.Value);
        }
        foreach (var item in catalogue.Items)
        {
            var linked = index.LinkedTo(item);
            if (linked.Count == 0) continue;
            var decisionTypes = linked.Select(p => p.Type).Where(t => t is "行政许可" or "行政处罚").Distinct().ToList();
            if (decisionTypes.Count > 0 && item.IsProactive && item.TimeLimit.Value.EffectiveWorkingDays is { } days && days > DecisionDays)
                context.Report(KnownRules.PowerSevenDays, item.TimeLimit.Span, "powers.seven-days", item.Id.Value, string.Join("、", decisionTypes), item.TimeLimit.Value.Text);
            foreach (var body in linked.Where(p => !index.SubjectHolds(item, p)).Select(p => p.Subject).Distinct())
                context.Report(KnownRules.PowerSubject, item.Subject.Span, "powers.subject", item.Subject.Value, body);
        }
        // An unread area file may link any of them.
        if (catalogue.ReadWhole) ReportUndisclosed(context, index);
    }

    /// <summary>One line per department and type; a group of thousands names the first few and carries all codes as data.</summary>
    private static void ReportUndisclosed(CheckContext context, PowerIndex index)
    {
        var exempt = context.Catalogue.Manifest.UndisclosedPowers.Select(u => u.Code.Value).ToHashSet(StringComparer.Ordinal);
        var groups = index.Powers
            .Where(p => !index.IsDisclosed(p) && !exempt.Contains(p.Code))
            .GroupBy(p => (p.Subject, p.Type));
        foreach (var g in groups)
        {
            var list = g.ToList();
            var first = list[0];
            if (list.Count == 1)
            {
                context.Report(KnownRules.PowerUndisclosed, first.Span, "powers.undisclosed-one", first.Code, first.Name, first.Subject, first.Type);
                continue;
            }
            var shown = string.Join("、", list.Take(ListedInline).Select(p => $"{p.Code} {p.Name}"));
            var details = list.Select(p => p.Code).ToList();
            context.Diagnostics.Add(new Diagnostic(KnownRules.PowerUndisclosed, KnownRules.PowerUndisclosed.Severity, first.Span, list.Count > ListedInline ? "powers.undisclosed-group-more" : "powers.undisclosed-group",
                [g.Key.Subject, list.Count, g.Key.Type, shown, list.Count > ListedInline ? list.Count - ListedInline : 0]) { Codes = details });
        }
    }
}
