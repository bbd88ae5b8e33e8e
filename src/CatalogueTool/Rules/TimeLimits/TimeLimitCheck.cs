using CatalogueTool.Diagnostics;

namespace CatalogueTool.Rules.TimeLimits;

/// <summary>Time limits are interpretable, and proactive ones stay within the regulation's 20 working days.</summary>
public sealed class TimeLimitCheck : ICheck
{
    private const int ProactiveMaximum = 20;

    /// <summary>A guideline that itself sets a longer limit (a law's own deadline) sanctions it; while the baseline an item names
    /// cannot be read (reported), it may, so nothing is said.</summary>
    private static bool SanctionedByBaseline(CheckContext context, Model.Item item, double days) =>
        item.Baseline is { } b && context.Baseline is { } baseline
        && (baseline.IsUnread(item.AreaId) || baseline.UnreadItems.Contains(b.Value)
            || baseline.FindItem(b.Value)?.TimeLimit.Value.EffectiveWorkingDays is { } std && std >= days);

    public void Run(CheckContext context)
    {
        foreach (var item in context.Catalogue.Items)
        {
            var limit = item.TimeLimit.Value;
            if (!limit.IsInterpreted)
            {
                context.Report(KnownRules.TimeLimitUnreadable, item.TimeLimit.Span, "time.unreadable", limit.Text);
                continue;
            }
            if (item.IsProactive && limit.EffectiveWorkingDays is { } days && days > ProactiveMaximum && !SanctionedByBaseline(context, item, days))
                context.Report(KnownRules.TimeLimitTooLong, item.TimeLimit.Span, "time.too-long", limit.Text, days);
        }
    }
}
