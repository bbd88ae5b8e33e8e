using CatalogueTool.Diagnostics;

namespace CatalogueTool.Rules.Records;

/// <summary>Records name existing items and are not dated in the future; proactive items have fresh records (blank and stale columns).</summary>
public sealed class RecordChecks : ICheck
{
    public void Run(CheckContext context)
    {
        var catalogue = context.Catalogue;
        var items = catalogue.Items.Select(i => i.Id.Value).ToHashSet(StringComparer.Ordinal);
        // Items with errors of their own still exist: records naming them are not reported as well.
        var unbound = catalogue.Areas.SelectMany(a => a.Unbound).Select(u => u.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var areaOf = new Dictionary<string, Model.PilotArea>(StringComparer.Ordinal);
        foreach (var area in catalogue.Areas)
            foreach (var item in area.Items) areaOf.TryAdd(item.Id.Value, area.Area);
        foreach (var record in catalogue.Records)
        {
            // While an area file cannot be read its items are unknown: a record naming one of them is not reported
            // (the unread file is the finding to fix first).
            if (!items.Contains(record.Item.Value) && !unbound.Contains(record.Item.Value) && catalogue.AreasReadWhole)
            {
                // A standard item the county waived has no column to publish in: said as such, not matched to a neighbour.
                if (catalogue.Areas.FirstOrDefault(a => a.Waived.Any(w => w.Baseline.Value == record.Item.Value)) is { } waivedIn)
                    context.Report(KnownRules.RecordUnknownItem, record.Item.Span, "records.waived-item", record.Item.Value, waivedIn.Area.Label);
                else
                {
                    var suggestion = Text.Suggestions.Closest(record.Item.Value, items, 2);
                    context.Report(KnownRules.RecordUnknownItem, record.Item.Span, suggestion is null ? "records.unknown-item" : "records.unknown-item-suggest", record.Item.Value, suggestion);
                }
            }
            // A record of another area's item, kept in this area's file (jz-001 in records/social-assistance.yaml).
            else if (areaOf.TryGetValue(record.Item.Value, out var itemArea) && Path.GetFileNameWithoutExtension(record.Span.File) is { } fileArea
                && fileArea != itemArea.Id && catalogue.Areas.Any(a => a.Area.Id == fileArea))
                context.Report(KnownRules.RecordOtherArea, record.Item.Span, "records.other-area", record.Item.Value, itemArea.Label, $"records/{itemArea.Id}.yaml");
            if (record.Date > context.Today)
                context.Report(KnownRules.RecordFutureDate, record.DateSpan, "records.future", record.Date.ToString("yyyy-MM-dd"), context.Today.ToString("yyyy-MM-dd"));
        }
        // Blank and stale columns are judged only for areas whose records are kept (records/<area>.yaml).
        var files = catalogue.RecordFiles;
        var tracked = files.Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);
        // A records file named after no area of the catalogue is kept by nobody's rules (a backup copy, a typo).
        var areaIds = catalogue.Areas.Select(a => a.Area.Id).Concat(catalogue.UnreadAreaFiles.Select(Path.GetFileNameWithoutExtension).OfType<string>())
            .ToHashSet(StringComparer.Ordinal);
        foreach (var file in files.Where(f => !areaIds.Contains(Path.GetFileNameWithoutExtension(f))))
            context.Report(KnownRules.RecordFileName, SourceSpan.OfFile(file), "records.file-name",
                Path.GetFileName(file), SuggestedName(catalogue, Path.GetFileNameWithoutExtension(file)));
        tracked.ExceptWith(catalogue.IncompleteRecordFiles); // some records may be missing: no blank or stale verdicts
        var anyRecord = catalogue.Records.Select(r => r.Item.Value).Concat(catalogue.RefusedRecordItems).ToHashSet(StringComparer.Ordinal);
        var newest = catalogue.Records
            .Where(r => r.Date <= context.Today)
            .GroupBy(r => r.Item.Value)
            .ToDictionary(g => g.Key, g => g.Max(r => r.Date), StringComparer.Ordinal);
        var staleAfter = catalogue.Manifest.StaleAfterDays;
        foreach (var item in catalogue.Items)
        {
            if (!item.IsProactive || !tracked.Contains(item.AreaId)) continue;
            if (!newest.TryGetValue(item.Id.Value, out var last))
            {
                if (anyRecord.Contains(item.Id.Value)) continue; // only future-dated or refused records: their error is the finding
                context.Report(KnownRules.BlankColumn, item.Id.Span, "records.blank", item.Id.Value, item.Name);
                continue;
            }
            var age = context.Today.DayNumber - last.DayNumber;
            // An item updated on a schedule of its own (每月更新, 每20个工作日更新) is behind once its period has passed: the
            // schedule replaces the general threshold, shorter (monthly) or longer (yearly) alike.
            if (item.TimeLimit.Value.ScheduleDays is { } schedule)
            {
                if (age > schedule)
                    context.Report(KnownRules.StaleColumn, item.Id.Span, "records.behind-schedule", item.Id.Value, item.Name, last.ToString("yyyy-MM-dd"), age,
                        item.TimeLimit.Value.Text, schedule);
            }
            else if (age > staleAfter)
                context.Report(KnownRules.StaleColumn, item.Id.Span, "records.stale", item.Id.Value, item.Name, last.ToString("yyyy-MM-dd"), age, staleAfter);
        }
    }

    /// <summary>The area a records file's name means (社会救助 → social-assistance.yaml, or the closest id), else a few ids.</summary>
    private static string SuggestedName(Model.Catalogue catalogue, string stem)
    {
        var meant = catalogue.Areas.FirstOrDefault(a => a.Area.Name == stem.Trim() || Model.PilotAreas.Find(stem, out _)?.Id == a.Area.Id)?.Area.Id
            ?? Model.PilotAreas.Find(stem, out _)?.Id
            ?? Text.Suggestions.Closest(stem, catalogue.Areas.Select(a => a.Area.Id).Concat(Model.PilotAreas.All.Select(a => a.Id)));
        var ids = catalogue.Areas.Count > 0 ? catalogue.Areas.Select(a => a.Area.Id) : Model.PilotAreas.All.Select(a => a.Id);
        return meant is not null ? meant + ".yaml" : string.Join("、", ids.Select(id => id + ".yaml").Take(6));
    }
}
