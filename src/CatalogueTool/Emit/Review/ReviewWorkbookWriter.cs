using CatalogueTool.Diagnostics;
using CatalogueTool.Diagnostics.Reports;
using CatalogueTool.Emit.Excel;
using CatalogueTool.Model;
using CatalogueTool.Review;
using ClosedXML.Excel;

namespace CatalogueTool.Emit.Review;

/// <summary>review.xlsx: the matrix (one row per jurisdiction, one column per area) and the findings, printable.</summary>
public static class ReviewWorkbookWriter
{
    public static void Write(ReviewResult review, string path, DateTime stamp)
    {
        using var wb = new XLWorkbook();
        var ws = wb.AddWorksheet("总览");
        ws.Style.Font.FontName = "仿宋";
        ws.Style.Font.FontSize = 10;
        string[] head = ["行政区", "代码", "路径", "错误", "警告", "事项", "标准事项覆盖率", "职权公开率", "空白栏目", "未更新栏目"];
        var col = 1;
        foreach (var h in head) ws.Cell(1, col++).SetValue(h);
        foreach (var a in PilotAreas.All) ws.Cell(1, col++).SetValue(a.Name);
        ws.Cell(1, col).SetValue("无法读取的原因");
        var row = 2;
        foreach (var j in review.Jurisdictions)
        {
            col = 1;
            ws.Cell(row, col++).SetValue(j.Name);
            ws.Cell(row, col++).SetValue(j.Code ?? "");
            ws.Cell(row, col++).SetValue(j.Path);
            ws.Cell(row, col++).SetValue(j.Errors);
            ws.Cell(row, col++).SetValue(j.Warnings);
            ws.Cell(row, col++).SetValue(j.Items);
            ws.Cell(row, col++).SetValue(Percent(j.BaselineCoverage));
            ws.Cell(row, col++).SetValue(Percent(j.PowerCoverage));
            ws.Cell(row, col++).SetValue(j.BlankColumns);
            ws.Cell(row, col++).SetValue(j.StaleColumns);
            foreach (var a in PilotAreas.All)
            {
                var cell = j.Areas.FirstOrDefault(c => c.AreaId == a.Id);
                ws.Cell(row, col++).SetValue(cell is null ? "" : cell.State switch
                {
                    AreaState.Covered => $"✓ {cell.Items}",
                    AreaState.NotApplicable => "不涉及：" + cell.Reason,
                    _ => "缺",
                });
            }
            ws.Cell(row, col).SetValue(j.Failure ?? "");
            row++;
        }
        var last = head.Length + PilotAreas.All.Count + 1;
        var table = ws.Range(1, 1, Math.Max(1, row - 1), last);
        table.Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);
        table.Style.Alignment.SetWrapText(true).Alignment.SetVertical(XLAlignmentVerticalValues.Top);
        ws.Row(1).Style.Font.SetBold(true).Fill.SetBackgroundColor(XLColor.FromArgb(0xDD, 0xE6, 0xF0));
        ws.Row(1).Height = 42;
        for (var c = 1; c <= last; c++) ws.Column(c).Width = c switch { 1 => 12, 3 => 18, <= 10 => 8, _ when c == last => 30, _ => 7 };
        ws.SheetView.Freeze(1, 2);
        Print(ws);

        var fs = wb.AddWorksheet("问题明细");
        fs.Style.Font.FontName = "仿宋";
        fs.Style.Font.FontSize = 10;
        string[] fhead = ["行政区", "规则", "级别", "文件", "行", "列", "说明"];
        for (var c = 0; c < fhead.Length; c++) fs.Cell(1, c + 1).SetValue(fhead[c]);
        row = 2;
        foreach (var j in review.Jurisdictions)
            foreach (var d in j.Findings.SelectMany(g => g.Diagnostics))
            {
                fs.Cell(row, 1).SetValue(j.Name);
                fs.Cell(row, 2).SetValue(d.Rule.Id);
                fs.Cell(row, 3).SetValue(d.Severity switch { Severity.Error => "错误", Severity.Warning => "警告", _ => "提示" });
                fs.Cell(row, 4).SetValue(ReportWriters.Location(d.Span) is var loc && d.Span.Cell is not null ? loc : d.Span.File);
                fs.Cell(row, 5).SetValue(d.Span.Line);
                fs.Cell(row, 6).SetValue(d.Span.Column);
                fs.Cell(row, 7).SetValue(d.Format(Language.Chinese));
                row++;
            }
        fs.Row(1).Style.Font.SetBold(true).Fill.SetBackgroundColor(XLColor.FromArgb(0xDD, 0xE6, 0xF0));
        double[] widths = [12, 9, 6, 30, 6, 6, 70];
        for (var c = 0; c < widths.Length; c++) fs.Column(c + 1).Width = widths[c];
        fs.Range(1, 1, Math.Max(1, row - 1), fhead.Length).Style.Alignment.SetWrapText(true).Border.SetInsideBorder(XLBorderStyleValues.Thin).Border.SetOutsideBorder(XLBorderStyleValues.Thin);
        fs.SheetView.FreezeRows(1);
        Print(fs);

        wb.Properties.Author = "catalogue";
        wb.Properties.Created = stamp;
        wb.Properties.Modified = stamp;
        wb.SaveAs(path);
        PackageNormalizer.Normalize(path, stamp);
    }

    private static string Percent(double? value) => value is { } v ? v.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";

    private static void Print(IXLWorksheet ws)
    {
        ws.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        ws.PageSetup.PaperSize = XLPaperSize.A3Paper;
        ws.PageSetup.FitToPages(1, 0);
        ws.PageSetup.SetRowsToRepeatAtTop(1, 1);
    }
}
