using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CatalogueTool.Diagnostics;
using CatalogueTool.Diagnostics.Reports;
using CatalogueTool.Model;
using CatalogueTool.Review;

namespace CatalogueTool.Emit.Review;

/// <summary>review.json: every row of the dashboard and every finding, as data.</summary>
public static class ReviewJsonWriter
{
    public static byte[] Write(ReviewResult review, string version)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("tool", "catalogue");
            w.WriteString("version", version);
            w.WriteString("date", review.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteStartObject("summary");
            w.WriteNumber("jurisdictions", review.Jurisdictions.Count);
            w.WriteNumber("with_errors", review.WithErrors);
            w.WriteNumber("unreadable", review.Jurisdictions.Count(j => j.Unreadable));
            w.WriteEndObject();
            w.WriteStartArray("not_repositories");
            foreach (var n in review.NotRepositories)
            {
                w.WriteStartObject();
                w.WriteString("path", n.Path);
                w.WriteString("kind", n.Kind switch { NotRepositoryKind.Empty => "empty", NotRepositoryKind.Spreadsheets => "spreadsheets", _ => "other" });
                w.WriteString("reason", n.Text(review.Language == Language.Chinese));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("shared_codes");
            foreach (var (code, paths) in review.SharedCodes)
            {
                w.WriteStartObject();
                w.WriteString("code", code);
                w.WriteStartArray("paths");
                foreach (var path in paths) w.WriteStringValue(path);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("areas");
            foreach (var a in PilotAreas.All)
            {
                w.WriteStartObject();
                w.WriteString("id", a.Id);
                w.WriteString("name", a.Name);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("jurisdictions");
            foreach (var j in review.Jurisdictions) WriteRow(w, j, review.Language);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        ms.WriteByte((byte)'\n');
        return ms.ToArray();
    }

    private static void WriteRow(Utf8JsonWriter w, JurisdictionReview j, Language language)
    {
        w.WriteStartObject();
        w.WriteString("path", j.Path);
        w.WriteString("name", j.Name);
        if (j.Code is not null) w.WriteString("code", j.Code);
        w.WriteString("level", j.Level);
        if (j.Parent is not null) w.WriteString("parent", j.Parent);
        if (j.Edition is not null) w.WriteString("edition", j.Edition);
        w.WriteBoolean("unreadable", j.Unreadable);
        if (j.Failure is not null) w.WriteString("failure", j.Failure);
        w.WriteNumber("errors", j.Errors);
        w.WriteNumber("warnings", j.Warnings);
        w.WriteNumber("infos", j.Infos);
        w.WriteNumber("items", j.Items);
        w.WriteNumber("powers", j.Powers);
        if (j.BaselineCoverage is { } b) w.WriteNumber("baseline_coverage", b); else w.WriteNull("baseline_coverage");
        if (j.PowerCoverage is { } p && !j.PowerListsIncomplete) w.WriteNumber("power_coverage", p); else w.WriteNull("power_coverage");
        w.WriteBoolean("power_lists_incomplete", j.PowerListsIncomplete);
        // null, not 0, where no records are kept: blank and stale columns were not judged.
        if (j.BlankColumns is { } blank) w.WriteNumber("blank_columns", blank); else w.WriteNull("blank_columns");
        if (j.StaleColumns is { } stale) w.WriteNumber("stale_columns", stale); else w.WriteNull("stale_columns");
        // How many areas with proactive items keep records (judged for blank and stale columns) and how many do not.
        w.WriteStartObject("record_areas");
        w.WriteNumber("kept", j.RecordAreas.Kept);
        w.WriteNumber("not_kept", j.RecordAreas.NotKept);
        w.WriteEndObject();
        w.WriteStartObject("areas");
        foreach (var a in j.Areas)
        {
            w.WriteStartObject(a.AreaId);
            w.WriteString("state", a.State switch { AreaState.Covered => "covered", AreaState.NotApplicable => "not_applicable", AreaState.Unreadable => "unreadable", _ => "missing" });
            w.WriteNumber("items", a.Items);
            if (a.Reason is not null) w.WriteString("reason", a.Reason);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartArray("diagnostics");
        foreach (var d in j.Findings.SelectMany(g => g.Diagnostics)) JsonReportWriter.WriteDiagnostic(w, d, language);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
