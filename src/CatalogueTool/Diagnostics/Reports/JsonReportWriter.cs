using System.Text.Encodings.Web;
using System.Text.Json;
using CatalogueTool.Binding;

namespace CatalogueTool.Diagnostics.Reports;

/// <summary>The JSON report of format §8, with power coverage in the summary and grouped codes written out.</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Render(ReportContext context)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options)) Write(w, context);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static void Write(Utf8JsonWriter w, ReportContext context)
    {
        var result = context.Result;
        w.WriteStartObject();
        w.WriteString("tool", "catalogue");
        w.WriteString("version", context.Version);
        // The date the checks were made against: stale columns and future records depend on it.
        if (result.Today is { } today) w.WriteString("date", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteStartObject("summary");
        w.WriteNumber("errors", result.Errors);
        w.WriteNumber("warnings", result.Warnings);
        w.WriteNumber("infos", result.Infos);
        w.WriteNumber("files", result.Files);
        w.WriteNumber("items", result.Items);
        // Whether warnings fail the check too (--strict), and whether it passed: a reader need not know the exit code.
        w.WriteBoolean("strict", context.Strict);
        w.WriteBoolean("passed", result.Errors == 0 && !(context.Strict && result.Warnings > 0));
        // Areas with proactive items whose records are kept (blank and stale columns judged) and not kept (not judged).
        w.WriteStartObject("record_areas");
        w.WriteNumber("kept", result.RecordAreas.Kept);
        w.WriteNumber("not_kept", result.RecordAreas.NotKept);
        w.WriteEndObject();
        if (result.Coverage is { } coverage)
        {
            w.WriteStartObject("power_coverage");
            // The keys are data and stay as the lists write them; each row carries a label to show as well (the same keys in
            // either language: in Chinese the label is the key, and 合计 for the total).
            string? Label(CoverageRow r) => coverage.Label(r, context.Language);
            WriteRows(w, "by_department", coverage.ByDepartment, Label);
            WriteRows(w, "by_type", coverage.ByType, Label);
            w.WritePropertyName("total");
            WriteRow(w, coverage.Total, Label(coverage.Total));
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartArray("diagnostics");
        foreach (var d in result.Diagnostics) WriteDiagnostic(w, d, context.Language);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRows(Utf8JsonWriter w, string name, IReadOnlyList<CoverageRow> rows, Func<CoverageRow, string?> label)
    {
        w.WriteStartArray(name);
        foreach (var r in rows) WriteRow(w, r, label(r));
        w.WriteEndArray();
    }

    private static void WriteRow(Utf8JsonWriter w, CoverageRow r, string? label)
    {
        w.WriteStartObject();
        w.WriteString("key", r.Key);
        if (label is not null) w.WriteString("label", label);
        w.WriteNumber("powers", r.Powers);
        w.WriteNumber("disclosed", r.Disclosed);
        w.WriteNumber("exempt", r.Exempt);
        w.WriteNumber("percent", r.Percent);
        w.WriteEndObject();
    }

    /// <summary>One diagnostic as the JSON report writes it; the review's JSON uses the same shape.</summary>
    public static void WriteDiagnostic(Utf8JsonWriter w, Diagnostic d, Language language)
    {
        w.WriteStartObject();
        w.WriteString("rule", d.Rule.Id);
        w.WriteString("severity", ReportWriters.SeverityName(d.Severity));
        w.WriteString("file", d.Span.File);
        w.WriteNumber("line", d.Span.Line);
        w.WriteNumber("column", d.Span.Column);
        if (d.Span.Cell is { } cell) w.WriteString("cell", cell);
        w.WriteString("message", d.Format(language));
        if (d.Codes is { } codes)
        {
            w.WriteStartArray("codes");
            foreach (var c in codes) w.WriteStringValue(c);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }
}
