using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CatalogueTool.Diagnostics;

namespace CatalogueTool.Import;

/// <summary>The import report in text (for the clerk) and JSON (for scripts): what was found, normalised, skipped.</summary>
public static class ImportReport
{
    private static string Level(Severity s) => s switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "说明" };

    public static string Text(ImportResult r)
    {
        var sb = new StringBuilder();
        sb.Append("导入 ").Append(r.File).Append(r.Jurisdiction is null ? "" : $"（{r.Jurisdiction}）").Append('\n');
        foreach (var a in r.Areas)
            sb.Append("  ").Append(a.Area.Name).Append("：").Append(a.Items.Count).Append(" 个事项 → areas/").Append(a.Area.Id).Append(".yaml（工作表 ").Append(string.Join("、", a.Sheets)).Append("）\n");
        foreach (var f in r.Findings)
            sb.Append(f.Location).Append(": ").Append(Level(f.Severity)).Append(": ").Append(f.Message).Append('\n');
        sb.Append($"共 {r.Areas.Count} 个领域、{r.Items} 个事项；{r.Findings.Count(f => f.Severity == Severity.Error)} 个错误，{r.Findings.Count(f => f.Severity == Severity.Warning)} 个警告，{r.Findings.Count(f => f.Severity == Severity.Info)} 条说明。\n");
        return sb.ToString();
    }

    public static string Json(ImportResult r)
    {
        var doc = new
        {
            file = r.File,
            jurisdiction = r.Jurisdiction,
            unreadable = r.Unreadable,
            areas = r.Areas.Select(a => new { id = a.Area.Id, name = a.Area.Name, items = a.Items.Count, sheets = a.Sheets }),
            findings = r.Findings.Select(f => new { location = f.Location, severity = f.Severity.ToString().ToLowerInvariant(), message = f.Message }),
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
