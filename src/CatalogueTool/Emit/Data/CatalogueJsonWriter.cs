using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CatalogueTool.Model;
using CatalogueTool.Validation;

namespace CatalogueTool.Emit.Data;

/// <summary>data/catalogue.json: the whole resolved catalogue as open data, described by <c>catalogue schema --file data</c>.</summary>
public static class CatalogueJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Write(ValidationResult result, DateOnly? generated)
    {
        var c = result.Catalogue!;
        var m = c.Manifest;
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Options))
        {
            w.WriteStartObject();
            w.WriteNumber("schema", 1);
            w.WriteStartObject("jurisdiction");
            w.WriteString("name", m.Jurisdiction.Name);
            Optional(w, "code", m.Jurisdiction.Code);
            w.WriteString("level", m.Jurisdiction.Level);
            Optional(w, "parent", m.Jurisdiction.Parent);
            w.WriteEndObject();
            w.WriteString("publisher", m.Publisher);
            w.WriteString("edition", m.Edition);
            if (generated is { } date) w.WriteString("generated", Date(date)); // none when the inputs carry no date (format §9)
            w.WriteStartArray("areas");
            foreach (var area in c.Areas)
            {
                w.WriteStartObject();
                w.WriteString("id", area.Area.Id);
                w.WriteString("name", area.Area.Name);
                w.WriteBoolean("pilot", area.Area.IsPilot);
                w.WriteStartArray("items");
                foreach (var item in area.Items) WriteItem(w, item, result, c.RecordsOf(item));
                w.WriteEndArray();
                Reasons(w, "waived", "baseline", area.Waived.Select(x => (x.Baseline.Value, x.Reason)));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            Reasons(w, "not_applicable", "area", m.NotApplicableInOrder.Select(x => (x.Area?.Id ?? x.Entry.AreaId.Value, x.Entry.Reason)));
            // A power left undisclosed with a reason (undisclosed_powers) says so: it counts as covered in every coverage figure.
            var exempt = m.UndisclosedPowers.Where(u => u.Reason.Length > 0).GroupBy(u => u.Code.Value, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Reason, StringComparer.Ordinal);
            w.WriteStartArray("powers");
            foreach (var p in c.Powers)
            {
                w.WriteStartObject();
                w.WriteString("code", p.Code);
                w.WriteString("name", p.Name);
                w.WriteString("type", p.Type);
                Optional(w, "basis", p.Basis);
                w.WriteString("subject", p.Subject);
                var disclosed = result.Powers?.IsDisclosed(p) ?? false;
                w.WriteBoolean("disclosed", disclosed);
                if (!disclosed && exempt.TryGetValue(p.Code, out var reason)) w.WriteString("undisclosed_reason", reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        ms.WriteByte((byte)'\n');
        return ms.ToArray();
    }

    private static void WriteItem(Utf8JsonWriter w, Item item, ValidationResult result, IEnumerable<Record> records)
    {
        w.WriteStartObject();
        w.WriteString("id", item.Id.Value);
        w.WriteString("category", item.Category);
        w.WriteString("name", item.Name);
        Optional(w, "sub", item.Sub);
        w.WriteString("content", item.Content);
        Strings(w, "basis", item.Basis.Select(b => b.Value));
        var t = item.TimeLimit.Value;
        w.WriteStartObject("time_limit");
        w.WriteString("text", t.Text);
        w.WriteString("kind", JsonNamingPolicy.SnakeCaseLower.ConvertName(t.Kind.ToString()));
        if (t.EffectiveWorkingDays is { } days) w.WriteNumber("working_days", days);
        // The figures as written, so that a reader need not undo the conversion (20 calendar days are 14.3 working days).
        if (t.HasDays)
        {
            w.WriteNumber("days", t.Days);
            w.WriteString("day_unit", t.WorkingDays ? "working" : "calendar");
        }
        if (t.Kind == TimeLimitKind.AnnualDeadline)
        {
            w.WriteNumber("month", t.Month);
            w.WriteNumber("day", t.Day);
        }
        if (t.Period != SchedulePeriod.None) w.WriteString("period", JsonNamingPolicy.SnakeCaseLower.ConvertName(t.Period.ToString()));
        if (t.DisplayDays is { } display)
        {
            w.WriteNumber("display_days", display);
            w.WriteString("display_day_unit", t.DisplayWorkingDays ? "working" : "calendar");
        }
        w.WriteEndObject();
        w.WriteString("subject", item.Subject.Value);
        Strings(w, "channels", item.Channels.Select(ch => ch.Value));
        Strings(w, "audience", item.Audience);
        Strings(w, "mode", item.Mode);
        Strings(w, "levels", item.Levels);
        Optional(w, "baseline", item.Baseline?.Value);
        Optional(w, "note", item.Note);
        Strings(w, "powers", result.Powers?.LinkedTo(item).Select(p => p.Code) ?? []);
        w.WriteStartArray("records");
        foreach (var r in records)
        {
            w.WriteStartObject();
            w.WriteString("date", Date(r.Date));
            Optional(w, "title", r.Title);
            Optional(w, "url", r.Url);
            Optional(w, "index_no", r.IndexNo);
            Optional(w, "statement", r.Statement);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>An array of {key, reason} objects: waived standard items, areas not applicable.</summary>
    private static void Reasons(Utf8JsonWriter w, string name, string key, IEnumerable<(string Key, string Reason)> entries)
    {
        w.WriteStartArray(name);
        foreach (var (k, reason) in entries)
        {
            w.WriteStartObject();
            w.WriteString(key, k);
            w.WriteString("reason", reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An optional value, left out when absent or blank: a consumer asks one question (is the key there?), never two.</summary>
    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) w.WriteString(name, value);
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
