using CatalogueTool.Diagnostics;
using CatalogueTool.Diagnostics.Reports;
using CatalogueTool.Emit.Excel;
using CatalogueTool.Emit.Excel.Xlsx;
using CatalogueTool.Model;
using CatalogueTool.Review;

namespace CatalogueTool.Emit.Review;

/// <summary>review.xlsx: the matrix (one row per jurisdiction, one column per area) and the findings, printable.</summary>
public static class ReviewWorkbookWriter
{
    public static void Write(ReviewResult review, string path, DateTime stamp) =>
        XlsxPackage.Write(path, [Matrix(review), Findings(review)], stamp);

    private static string? SharedCodeRemark(ReviewResult review, IReadOnlyList<(string Code, IReadOnlyList<string> Paths)> sharedCodes, JurisdictionReview j) =>
        sharedCodes.FirstOrDefault(s => s.Paths.Contains(j.Path)) is { Paths: { } paths } shared
            ? review.Language == Language.Chinese
                ? $"行政区划代码 {shared.Code} 与 {string.Join("、", paths.Where(p => p != j.Path))} 相同，请核实"
                : $"division code {shared.Code} is also declared by {string.Join(", ", paths.Where(p => p != j.Path))}; check"
            : null;

    /// <summary>县级, or 乡级 with the county it belongs to.</summary>
    internal static string LevelText(JurisdictionReview j, bool zh) => j.Level == "township"
        ? (zh ? "乡级" : "township") + (j.Parent is null ? "" : zh ? $"（{j.Parent}）" : $" ({j.Parent})")
        : zh ? "县级" : "county";

    private static SheetBuilder Matrix(ReviewResult review)
    {
        var zh = review.Language == Language.Chinese;
        var ws = new SheetBuilder(zh ? "总览" : "Overview");
        string[] head = zh
            ? ["行政区", "代码", "路径", "层级", "版次", "错误", "警告", "事项", "标准事项覆盖率", "职权公开率", "空白栏目", "未更新栏目"]
            : ["Jurisdiction", "Code", "Path", "Level", "Edition", "Errors", "Warnings", "Items", "Baseline coverage", "Powers disclosed", "Blank columns", "Stale columns"];
        var col = 1;
        foreach (var h in head) ws.Text(1, col++, h, CellStyle.Header);
        foreach (var a in PilotAreas.All) ws.Text(1, col++, a.NameIn(review.Language), CellStyle.Header);
        var last = col;
        ws.Text(1, last, zh ? "说明（无法读取的原因、代码重复）" : "Remarks (why unreadable, shared code)", CellStyle.Header);
        ws.Height(1, 42);
        var row = 2;
        var sharedCodes = review.SharedCodes;
        foreach (var j in review.Jurisdictions)
        {
            col = 1;
            ws.Text(row, col++, j.Name, CellStyle.BodyTop);
            ws.Text(row, col++, j.Code ?? "", CellStyle.BodyTop);
            ws.Text(row, col++, j.Path, CellStyle.BodyTop);
            ws.Text(row, col++, LevelText(j, zh), CellStyle.BodyTop);
            ws.Text(row, col++, j.Edition ?? "", CellStyle.BodyTop);
            ws.Number(row, col++, j.Errors, CellStyle.BodyTop);
            ws.Number(row, col++, j.Warnings, CellStyle.BodyTop);
            ws.Number(row, col++, j.Items, CellStyle.BodyTop);
            // Shares as numbers, so that the column sorts and sums; "—" where there is nothing to cover.
            if (j.BaselineCoverage is { } b) ws.Number(row, col++, b / 100, CellStyle.BodyTopPercent);
            else ws.Text(row, col++, JurisdictionReview.Percent(null), CellStyle.BodyTop);
            if (j.PowerCoverage is { } p && !j.PowerListsIncomplete) ws.Number(row, col++, p / 100, CellStyle.BodyTopPercent);
            else ws.Text(row, col++, j.PowerCoverageText(zh), CellStyle.BodyTop);
            foreach (var count in new[] { j.BlankColumns, j.StaleColumns })
                if (count is { } n) ws.Number(row, col++, n, CellStyle.BodyTop);
                else ws.Text(row, col++, JurisdictionReview.ColumnsText(null), CellStyle.BodyTop);
            // A not-applicable area is 不涉及 in its narrow cell; its reason goes to the remarks, so that rows stay one line or two.
            foreach (var a in PilotAreas.All)
            {
                var cell = j.Areas.FirstOrDefault(c => c.AreaId == a.Id);
                ws.Text(row, col++, cell is { State: AreaState.NotApplicable } ? zh ? "不涉及" : "n/a" : cell?.Text(zh) ?? "", CellStyle.BodyTop);
            }
            var reasons = j.Areas.Where(a => a.State == AreaState.NotApplicable)
                .Select(a => $"{PilotAreas.FindById(a.AreaId)?.NameIn(review.Language) ?? a.AreaId}{(zh ? "不涉及：" : " not applicable: ")}{(Text.Blank.Is(a.Reason) ? zh ? "（未写理由）" : "(no reason given)" : a.Reason)}");
            var remark = string.Join("\n", new[] { j.Failure, SharedCodeRemark(review, sharedCodes, j) }.Where(t => t is not null).Concat(reasons));
            ws.Text(row, col, remark, CellStyle.BodyTop);
            ws.Height(row, RowHeights.Estimate([(j.Name, 12), (j.Path, 18), (remark, 40)]));
            row++;
        }
        for (var c = 1; c <= last; c++) ws.Width(c, c switch { 1 => 12, 3 => 18, <= 12 => 8, _ when c == last => 40, _ => 7 });
        ws.FreezeRows = 1;
        ws.FreezeColumns = 1;
        ws.Print = new PrintSetup { A3 = true, RepeatRows = (1, 1), PageFooter = true };
        return ws;
    }

    private static SheetBuilder Findings(ReviewResult review)
    {
        var language = review.Language;
        var zh = language == Language.Chinese;
        var fs = new SheetBuilder(zh ? "问题明细" : "Findings");
        // The path as well as the name: jurisdictions of one name (townships, a copied repository) stay apart.
        string[] head = zh ? ["行政区", "路径", "规则", "级别", "文件", "行", "列", "说明"] : ["Jurisdiction", "Path", "Rule", "Severity", "File", "Line", "Column", "Message"];
        double[] widths = [12, 18, 9, 6, 30, 6, 6, 70];
        for (var c = 0; c < head.Length; c++)
        {
            fs.Text(1, c + 1, head[c], CellStyle.Header);
            fs.Width(c + 1, widths[c]);
        }
        var row = 2;
        foreach (var j in review.Jurisdictions)
            foreach (var d in j.Findings.SelectMany(g => g.Diagnostics))
            {
                var message = d.Format(language);
                fs.Text(row, 1, j.Name, CellStyle.BodyTop);
                fs.Text(row, 2, j.Path, CellStyle.BodyTop);
                fs.Text(row, 3, d.Rule.Id, CellStyle.BodyTop);
                fs.Text(row, 4, JurisdictionReview.SeverityName(d.Severity, language), CellStyle.BodyTop);
                fs.Text(row, 5, d.Span.Cell is not null ? ReportWriters.Location(d.Span) : d.Span.File, CellStyle.BodyTop);
                fs.Number(row, 6, d.Span.Line, CellStyle.BodyTop);
                fs.Number(row, 7, d.Span.Column, CellStyle.BodyTop);
                fs.Text(row, 8, message, CellStyle.BodyTop);
                fs.Height(row, RowHeights.Estimate([(message, 70)]));
                row++;
            }
        fs.FreezeRows = 1;
        fs.Print = new PrintSetup { RepeatRows = (1, 1), PageFooter = true };
        return fs;
    }

}
