using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CatalogueTool.Diagnostics;
using CatalogueTool.Text;

namespace CatalogueTool.Import;

/// <summary>The import report in text (for the clerk) and JSON (for scripts): what was found, normalised, skipped.</summary>
public static class ImportReport
{
    private static string Level(Severity s, Language lang) => lang == Language.Chinese
        ? s switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "说明" }
        : s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };

    public static string Text(ImportResult r, Language lang = Language.Chinese)
    {
        var zh = lang == Language.Chinese;
        var sb = new StringBuilder();
        sb.Append(zh ? "导入 " : "import ").Append(r.File).Append(r.Jurisdiction is null ? "" : zh ? $"（{r.Jurisdiction}）" : $" ({r.Jurisdiction})").Append('\n');
        foreach (var a in r.Areas)
        {
            var sheets = string.Join(zh ? "、" : ", ", a.Sheets);
            sb.Append("  ").Append(zh
                ? $"{a.Area.Name}：{a.Items.Count} 个事项 → areas/{a.Area.Id}.yaml（工作表 {sheets}）"
                : $"{a.Area.Name}: {English.Count(a.Items.Count, "item")} → areas/{a.Area.Id}.yaml (sheets {sheets})").Append('\n');
        }
        foreach (var f in r.Findings)
            sb.Append(f.Location).Append(": ").Append(Level(f.Severity, lang)).Append(": ").Append(f.Text(lang)).Append('\n');
        int errors = r.Findings.Count(f => f.Severity == Severity.Error), warnings = r.Findings.Count(f => f.Severity == Severity.Warning),
            infos = r.Findings.Count(f => f.Severity == Severity.Info);
        sb.Append(zh
            ? $"共 {r.Areas.Count} 个领域、{r.Items} 个事项；{errors} 个错误，{warnings} 个警告，{infos} 条说明。\n"
            : $"{English.Count(r.Areas.Count, "area")}, {English.Count(r.Items, "item")}; {English.Count(errors, "error")}, {English.Count(warnings, "warning")}, {English.Count(infos, "note")}.\n");
        return ControlCharacters.Visible(sb.ToString()); // a cell's control characters, quoted in a note, never act on the terminal
    }

    public static string Json(ImportResult r, Language lang = Language.Chinese)
    {
        var doc = new
        {
            file = r.File,
            jurisdiction = r.Jurisdiction,
            unreadable = r.Unreadable,
            areas = r.Areas.Select(a => new { id = a.Area.Id, name = a.Area.Name, items = a.Items.Count, sheets = a.Sheets }),
            findings = r.Findings.Select(f => new { location = f.Location, severity = f.Severity.ToString().ToLowerInvariant(), message = f.Text(lang) }),
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
