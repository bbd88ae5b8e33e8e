using CatalogueTool.Diagnostics;
using CatalogueTool.Loading.Yaml;
using CatalogueTool.Model;

namespace CatalogueTool.Binding;

/// <summary>areas/&lt;area&gt;.yaml → <see cref="AreaFile"/> (format §3). Also reads the baseline files, which add a <c>source</c>.</summary>
public static class AreaBinder
{
    public static AreaFile? Bind(YNode? root, string file, Func<string, PilotArea?> resolveArea, DiagnosticBag bag)
    {
        if (root is not YMapping map)
        {
            bag.Add(KnownRules.WrongType, root?.Span ?? SourceSpan.OfFile(file), "schema.root-mapping", file);
            return null;
        }
        var r = new MappingReader(map, "area", Keys.AreaFile, bag);
        var areaText = r.Text("area", required: true);
        PilotArea? area = null;
        if (areaText is { } at)
        {
            area = resolveArea(at.Value);
            if (area is null)
            {
                var suggestion = Text.Suggestions.Closest(at.Value, PilotAreas.All.Select(a => a.Id).Concat(PilotAreas.All.Select(a => a.Name)));
                bag.Add(KnownRules.UnknownArea, at.Span, suggestion is null ? "scope.unknown-area" : "scope.unknown-area-suggest", at.Value, suggestion);
            }
            else if (PilotAreas.Find(at.Value, out var isVariant) is not null && isVariant)
            {
                bag.Add(KnownRules.VariantNormalised, at.Span, "schema.variant", at.Value, area.Label);
            }
        }

        var items = new List<Item>();
        var unbound = new List<UnboundItem>();
        var itemsRead = false;
        if (r.Sequence("items", required: true) is { } seq)
        {
            itemsRead = true;
            foreach (var im in MappingReader.MappingsOf(seq, "items", bag))
            {
                if (ItemBinder.Bind(im, area?.Id ?? "", bag) is { } item) items.Add(item);
                else unbound.Add(Unbound(im));
            }
        }

        var waived = new List<Waiver>();
        var unboundWaivers = new List<string>();
        if (r.Sequence("waived", required: false) is { } ws)
        {
            // A waiver written as one line of text (reported by MappingsOf below): its standard item is not also "missing".
            foreach (var text in ws.Items.OfType<YScalar>())
                if (MappingReader.LeadingId(text.Value.Trim()) is { } id) unboundWaivers.Add(id);
            foreach (var wm in MappingReader.MappingsOf(ws, "waived", bag))
            {
                var w = new MappingReader(wm, "waived", Keys.Waiver, bag);
                var baseline = w.Text("baseline", required: true);
                var reasonNode = w.Node("reason");
                var reason = reasonNode is YScalar { IsNull: false } rs ? rs.Value.Trim() : "";
                // 无 or / says no more than nothing: the reason is what a reviewer reads.
                if (Text.Blank.Is(reason)) reason = "";
                if (reason.Length == 0 && baseline is not null)
                    bag.Add(KnownRules.WaiverReason, reasonNode?.Span ?? wm.Span, "baseline.waiver-reason", baseline.Value.Value);
                if (baseline is not null && waived.FirstOrDefault(x => x.Baseline.Value == baseline.Value.Value) is { } earlier)
                    bag.Add(KnownRules.WaiverTwice, baseline.Value.Span, "baseline.waived-twice", baseline.Value.Value, earlier.Baseline.Span.Line);
                else if (baseline is not null) waived.Add(new Waiver(baseline.Value, reason, wm.Span));
            }
        }

        BaselineSource? source = null;
        if (r.Mapping("source", required: false) is { } sm)
        {
            var s = new MappingReader(sm, "source", Keys.Source, bag);
            source = new BaselineSource(
                s.Text("issuer", false)?.Value ?? "", s.Text("document", false)?.Value ?? "", s.Text("title", false)?.Value ?? "",
                s.Text("date", false)?.Value ?? "", s.Text("compiled_from", false)?.Value ?? "");
        }
        return area is null ? null : new AreaFile(area, file, items, waived, map.Span) { Source = source, Unbound = unbound, UnboundWaivers = unboundWaivers, ItemsMissing = !itemsRead };
    }

    /// <summary>The id, baseline and power links of an item that failed to bind, read again without reporting anything
    /// (its errors are already reported), so that the checks depending on them stay quiet.</summary>
    private static UnboundItem Unbound(YMapping item)
    {
        var quiet = new DiagnosticBag();
        var powers = PowerRefBinder.Bind(new MappingReader(item, "item", Keys.Item, quiet), quiet);
        return new UnboundItem((item["id"] as YScalar)?.Value.Trim(), (item["baseline"] as YScalar)?.Value.Trim(), powers);
    }
}
