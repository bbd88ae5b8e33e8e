using System.Text.Json;

namespace CatalogueTool.Diagnostics.Reports;

/// <summary>SARIF 2.1.0: one run, the rules that fired, one result per diagnostic.</summary>
public sealed class SarifReportWriter : IReportWriter
{
    public string Render(ReportContext context)
    {
        var diagnostics = context.Result.Diagnostics;
        var rules = diagnostics.Select(d => d.Rule).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonReportWriter.Options))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "catalogue");
            w.WriteString("version", context.Version);
            w.WriteStartArray("rules");
            foreach (var r in rules)
            {
                w.WriteStartObject();
                w.WriteString("id", r.Id);
                w.WriteStartObject("shortDescription");
                w.WriteString("text", r.Title(context.Language));
                w.WriteEndObject();
                w.WriteStartObject("fullDescription");
                w.WriteString("text", r.Explanation(context.Language));
                w.WriteEndObject();
                w.WriteStartObject("defaultConfiguration");
                w.WriteString("level", Level(r.Severity));
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("results");
            foreach (var d in diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", d.Rule.Id);
                w.WriteNumber("ruleIndex", rules.FindIndex(r => r.Id == d.Rule.Id));
                w.WriteString("level", Level(d.Severity));
                w.WriteStartObject("message");
                w.WriteString("text", d.Format(context.Language));
                w.WriteEndObject();
                w.WriteStartArray("locations");
                w.WriteStartObject();
                w.WriteStartObject("physicalLocation");
                w.WriteStartObject("artifactLocation");
                w.WriteString("uri", Uri.EscapeDataString(d.Span.File).Replace("%2F", "/"));
                w.WriteEndObject();
                w.WriteStartObject("region");
                w.WriteNumber("startLine", d.Span.Line);
                w.WriteNumber("startColumn", d.Span.Column);
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string Level(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
