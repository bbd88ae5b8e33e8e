using System.Text;
using CatalogueTool.Text;

namespace CatalogueTool.Diagnostics.Reports;

/// <summary><c>path:line:col: severity RULE: message</c>, one per line, then power coverage and a summary line.</summary>
public sealed class TextReportWriter : IReportWriter
{
    public string Render(ReportContext context)
    {
        var sb = new StringBuilder();
        var zh = context.Language == Language.Chinese;
        var result = context.Result;
        foreach (var d in result.Diagnostics) sb.AppendLine(Line(d, context.Language));
        if (result.Coverage is { } coverage && coverage.Total.Powers > 0)
        {
            sb.AppendLine(zh ? "职权公开覆盖率：" : "Power coverage:");
            // Power types in English carry their English names; columns are padded by display width, as a Chinese
            // character takes two columns of a terminal.
            var rows = coverage.ByDepartment.Concat(coverage.ByType).Append(coverage.Total).Select(r => (Key: coverage.Label(r, context.Language), Row: r)).ToList();
            var width = Math.Max(16, rows.Max(r => Text.DisplayWidth.Of(r.Key)));
            foreach (var (key, row) in rows)
                sb.AppendLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {Text.DisplayWidth.PadRight(key, width)} {row.Disclosed + row.Exempt,6}/{row.Powers,-6} {row.Percent,5:0.0}%"));
        }
        else if (result.CoverageUnknown)
            sb.AppendLine(zh ? "职权公开覆盖率：有领域文件或权责清单未能读取，改正后再统计。" : "Power coverage: not computed while an area file or a power list cannot be read.");
        if (result.Catalogue is null && !result.Unreadable)
            sb.AppendLine(zh ? "catalogue.yaml 有错误，目录的其余检查要等它改正后才能进行。" : "catalogue.yaml has errors; the catalogue's other checks run once it is corrected.");
        if (context.Strict && result.Errors == 0 && result.Warnings > 0)
            sb.AppendLine(zh ? "按 --strict 的要求，警告也算作不通过。" : "Under --strict, warnings fail the check too.");
        // Blank and stale columns are judged where records are kept: the rest is said, so that no warning is not read as full.
        if (result.RecordAreas is { NotKept: > 0 } records && !result.Unreadable)
            sb.AppendLine(zh
                ? $"公开记录：{records.Kept} 个领域已登记，{records.NotKept} 个领域未登记（records/<领域编号>.yaml），这些领域的栏目是否空白、是否长期未更新没有检查。"
                : $"Publication records: kept for {English.Count(records.Kept, "area")}, not for {records.NotKept} (records/<area id>.yaml), whose blank or stale columns were not checked.");
        sb.AppendLine(zh
            ? $"检查了 {result.Files} 个文件、{result.Items} 个事项：{result.Errors} 个错误，{result.Warnings} 个警告，{result.Infos} 条提示。"
            : $"{English.Count(result.Files, "file")}, {English.Count(result.Items, "item")}: {English.Count(result.Errors, "error")}, {English.Count(result.Warnings, "warning")}, {English.Count(result.Infos, "info")}.");
        return Text.ControlCharacters.Visible(sb.ToString()); // a file's name never acts on the terminal or log either
    }

    /// <summary>One finding as a line of text: <c>path:line:col: severity RULE: message</c> (or <c>path:Sheet!A1</c> in a workbook).</summary>
    public static string Line(Diagnostic d, Language language) =>
        OneLine($"{ReportWriters.Location(d.Span)}: {ReportWriters.SeverityName(d.Severity)} {d.Rule.Id}: {d.Format(language)}");

    /// <summary>A finding stays on one line (a multi-line value quoted in it, a file name with a line break): breaks are shown as \n.</summary>
    private static string OneLine(string text) => text.Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\r");
}
