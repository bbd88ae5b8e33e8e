using CatalogueTool.Diagnostics;
using CatalogueTool.Loading.Yaml;
using CatalogueTool.Model;

namespace CatalogueTool.Binding;

/// <summary>One item mapping → <see cref="Item"/>, normalising enumerated values.</summary>
public static partial class ItemBinder
{
    private static readonly Dictionary<string, int> ChannelOrder =
        Vocabularies.Channel.Terms.Select((t, i) => (t.Canonical, i)).ToDictionary(x => x.Canonical, x => x.i, StringComparer.Ordinal);

    public static Item? Bind(YMapping map, string areaId, DiagnosticBag bag)
    {
        var r = new MappingReader(map, "item", Keys.Item, bag);
        var id = r.Text("id", required: true);
        if (id is { } i && !ItemIdRules.IsValid(i.Value))
        {
            // An id meant as a reserved or device name (INDEX, CON) is told as such, not folded into one.
            var folded = ItemIdRules.Meant(i.Value);
            var meant = ItemIdRules.MeantUsable(i.Value);
            if (folded is not null && meant is null)
                bag.Add(KnownRules.InvalidItemId, i.Span, ItemIdRules.IsWindowsDevice(folded) ? "schema.item-id-device" : "schema.item-id-reserved", i.Value);
            else
            {
                bag.Add(KnownRules.InvalidItemId, i.Span, ItemIdRules.IsValid(Text.Punctuation.HalfWidth(i.Value)) ? "schema.item-id-fullwidth"
                    : meant is not null ? "schema.item-id-meant" : "schema.item-id", i.Value, meant ?? Text.Punctuation.HalfWidth(i.Value));
                // Read on as meant (SHJZ-001 as shjz-001): its records and checks find it, instead of each adding a finding.
                if (meant is not null) id = i with { Value = meant };
            }
        }
        else if (id is { } reserved && ItemIdRules.ReservedItemIds.Contains(reserved.Value))
            bag.Add(KnownRules.InvalidItemId, reserved.Span, "schema.item-id-reserved", reserved.Value);
        else if (id is { } device && ItemIdRules.IsWindowsDevice(device.Value))
            bag.Add(KnownRules.InvalidItemId, device.Span, "schema.item-id-device", device.Value);
        var category = r.Text("category", required: true);
        var name = r.Text("name", required: true);
        var content = r.Text("content", required: true);
        var basis = r.TextList("basis", required: true);
        var timeLimit = r.Text("time_limit", required: true);
        var subject = TidySubject(r.Text("subject", required: true), bag);
        var channelsWritten = r.TextList("channels", required: true);
        var audience = TermBinder.BindAll(Vocabularies.Audience, r.TextList("audience", required: true), bag);
        var mode = TermBinder.BindAll(Vocabularies.Mode, r.TextList("mode", required: true), bag);
        var levels = TermBinder.BindAll(Vocabularies.Level, r.TextList("levels", required: true), bag);
        var channels = new List<Located<string>>();
        foreach (var c in (channelsWritten ?? []).SelectMany(c => TermBinder.SplitWritten(c, TermBinder.IsChannel, bag)))
        {
            if (TermBinder.BindChannel(c, bag) is { } canonical && channels.All(x => x.Value != canonical))
                channels.Add(c with { Value = canonical });
        }
        // In the template's order, as the official table ticks them (其他：… last, as written), so that every output lists
        // them alike and writing them in another order changes nothing that is published.
        channels = [.. channels.OrderBy(c => ChannelOrder.GetValueOrDefault(c.Value, int.MaxValue))];
        var powers = PowerRefBinder.Bind(r, bag);
        var baseline = FullWidthText.Folded(r.Text("baseline", required: false), bag);

        if (id is null || category is null || name is null || content is null || basis is null || timeLimit is null || subject is null)
            return null;
        return new Item
        {
            Id = id.Value,
            AreaId = areaId,
            Category = category.Value.Value,
            Name = name.Value.Value,
            Sub = r.Text("sub", required: false)?.Value,
            Content = content.Value.Value,
            Basis = basis,
            TimeLimit = new Located<TimeLimit>(TimeLimitInterpreter.Interpret(timeLimit.Value.Value), timeLimit.Value.Span),
            Subject = subject.Value,
            Channels = channels,
            Audience = audience,
            Mode = mode,
            Levels = levels,
            Powers = powers,
            Baseline = baseline,
            Note = r.Text("note", required: false)?.Value,
            Span = map.Span,
        };
    }

    /// <summary>
    /// Spaces around the separators of several bodies (青石镇人民政府 、青石镇社会事务办公室) are a typing slip that would be
    /// published as typed: they are taken out, with a warning showing the text used.
    /// </summary>
    private static Located<string>? TidySubject(Located<string>? written, DiagnosticBag bag)
    {
        if (written is not { } w) return written;
        var tidy = SpacedSeparator().Replace(w.Value, "$1");
        if (tidy == w.Value) return written;
        bag.Add(KnownRules.VariantNormalised, w.Span, "content.subject-spaces", w.Value, tidy);
        return w with { Value = tidy };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\s\u3000]*([、，,；;])[\s\u3000]*")]
    private static partial System.Text.RegularExpressions.Regex SpacedSeparator();
}
