using CatalogueTool.Diagnostics;
using CatalogueTool.Model;

namespace CatalogueTool.Rules.Baseline;

/// <summary>
/// Every baseline item of an area in scope is implemented or waived with a reason; references name an item of the same area;
/// an implementation that drops a channel or lengthens the limit is noted.
/// </summary>
public sealed class BaselineCheck : ICheck
{
    public void Run(CheckContext context)
    {
        if (context.Baseline is not { } baseline) return;
        foreach (var area in context.Catalogue.Areas)
        {
            // An area whose standard items are unknown for a reason reported once (its baseline file unreadable or absent,
            // or no baseline at all) gets no findings that would only repeat it.
            if (baseline.IsUnread(area.Area.Id)) continue;
            var standard = baseline.ForArea(area.Area.Id);
            var standardIds = (standard?.Items ?? []).DistinctBy(i => i.Id.Value).ToDictionary(i => i.Id.Value, StringComparer.Ordinal);
            var implemented = new Dictionary<string, Item>(StringComparer.Ordinal);
            foreach (var item in area.Items)
            {
                if (item.Baseline is not { } reference) continue;
                if (!standardIds.TryGetValue(reference.Value, out var std))
                {
                    ReportUnknown(context, baseline, area, reference);
                    continue;
                }
                implemented.TryAdd(reference.Value, item);
                CompareWithStandard(context, item, std);
            }
            var waived = new HashSet<string>(StringComparer.Ordinal);
            foreach (var waiver in area.Waived)
            {
                if (!standardIds.ContainsKey(waiver.Baseline.Value))
                {
                    ReportUnknown(context, baseline, area, waiver.Baseline);
                    continue;
                }
                waived.Add(waiver.Baseline.Value);
                if (implemented.ContainsKey(waiver.Baseline.Value))
                    context.Report(KnownRules.BaselineTwice, waiver.Baseline.Span, "baseline.twice", waiver.Baseline.Value);
            }
            if (standard is null || area.ItemsMissing) continue; // items unread: nothing can be called missing
            foreach (var std in standard.Items.DistinctBy(i => i.Id.Value))
            {
                if (implemented.ContainsKey(std.Id.Value) || waived.Contains(std.Id.Value)) continue;
                // An item that names it but has its own errors is not reported missing as well.
                if (area.Unbound.Any(u => u.Baseline == std.Id.Value) || area.UnboundWaivers.Contains(std.Id.Value)) continue;
                context.Report(KnownRules.BaselineMissing, area.Span, "baseline.missing", std.Id.Value, std.Category, std.Name, area.Area.Label);
            }
        }
    }

    private static void ReportUnknown(CheckContext context, Baselines.Baseline baseline, AreaFile area, Located<string> reference)
    {
        if (baseline.UnreadItems.Contains(reference.Value)) return; // written in the baseline, refused there for its own error
        if (baseline.FindItem(reference.Value) is { } other)
        {
            var otherArea = (object?)PilotAreas.FindById(other.AreaId)?.Label ?? other.AreaId;
            context.Report(KnownRules.BaselineUnknown, reference.Span, "baseline.other-area", reference.Value, otherArea, area.Area.Label);
        }
        else
        {
            // A local area has no standard items at all: the line is what is wrong, not the id.
            context.Report(KnownRules.BaselineUnknown, reference.Span, area.Area.IsPilot ? "baseline.unknown" : "baseline.local-area", reference.Value, area.Area.Label);
        }
    }

    private static void CompareWithStandard(CheckContext context, Item item, Item std)
    {
        var dropped = std.Channels.Select(c => c.Value).Where(c => item.Channels.All(x => x.Value != c)).ToList();
        if (dropped.Count > 0)
            context.Report(KnownRules.BaselineCarrier, item.Channels.Count > 0 ? item.Channels[0].Span : item.Id.Span, "baseline.carrier", item.Id.Value, string.Join("、", dropped), std.Id.Value);
        if (item.TimeLimit.Value.EffectiveWorkingDays is { } mine && std.TimeLimit.Value.EffectiveWorkingDays is { } theirs && mine > theirs)
            context.Report(KnownRules.BaselineTimeLimit, item.TimeLimit.Span, "baseline.time-limit", item.TimeLimit.Value.Text, std.TimeLimit.Value.Text, std.Id.Value);
    }
}
