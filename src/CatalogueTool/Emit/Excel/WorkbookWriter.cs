using ClosedXML.Excel;
using CatalogueTool.Binding;
using CatalogueTool.Model;
using CatalogueTool.Validation;

namespace CatalogueTool.Emit.Excel;

/// <summary>The combined workbook (cover sheet + one sheet per area) and one workbook per area (format §9).</summary>
public static class WorkbookWriter
{
    public static void WriteAll(ValidationResult result, string excelFolder, ExcelOptions options, DateTime stamp)
    {
        var catalogue = result.Catalogue!;
        var name = catalogue.Manifest.Jurisdiction.Name;
        Directory.CreateDirectory(Path.Combine(excelFolder, "areas"));
        // Each workbook is independent: the combined one and the area ones are written in parallel, largest first.
        var jobs = new List<(int Size, Action Write)>
        {
            (int.MaxValue, () =>
            {
                using var wb = New();
                WriteCover(wb.AddWorksheet("封面"), result);
                foreach (var area in catalogue.Areas) AreaSheetWriter.Write(wb.AddWorksheet(SheetName(area.Area.Name)), name, area, options);
                Save(wb, Path.Combine(excelFolder, OutputNames.Safe(name) + "-标准目录.xlsx"), stamp);
            }),
        };
        foreach (var area in catalogue.Areas)
            jobs.Add((area.Items.Count, () =>
            {
                using var wb = New();
                AreaSheetWriter.Write(wb.AddWorksheet(SheetName(area.Area.Name)), name, area, options);
                Save(wb, Path.Combine(excelFolder, "areas", OutputNames.Safe(area.Area.Id) + ".xlsx"), stamp);
            }));
        Parallel.ForEach(jobs.OrderByDescending(j => j.Size), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, j => j.Write());
    }

    private static XLWorkbook New() => new() { };

    private static void Save(XLWorkbook wb, string path, DateTime stamp)
    {
        wb.Properties.Author = "catalogue";
        wb.Properties.Created = stamp;
        wb.Properties.Modified = stamp;
        wb.Properties.LastModifiedBy = "catalogue";
        wb.SaveAs(path);
        PackageNormalizer.Normalize(path, stamp);
    }

    /// <summary>Sheet names: at most 31 characters, none of []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c) ? '_' : c).ToArray());
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private static void WriteCover(IXLWorksheet ws, ValidationResult result)
    {
        var catalogue = result.Catalogue!;
        var m = catalogue.Manifest;
        ws.Style.Font.FontName = "仿宋";
        ws.Column(1).Width = 30;
        ws.Column(2).Width = 16;
        ws.Column(3).Width = 60;
        var row = 1;
        ws.Range(1, 1, 1, 3).Merge().FirstCell().SetValue($"{m.Jurisdiction.Name}基层政务公开标准目录");
        ws.Cell(1, 1).Style.Font.SetFontName("黑体").Font.SetFontSize(18).Font.SetBold(true).Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        ws.Row(1).Height = 36;
        row = 3;
        void Pair(string k, string v)
        {
            ws.Cell(row, 1).SetValue(k).Style.Font.SetBold(true);
            ws.Range(row, 2, row, 3).Merge().FirstCell().SetValue(v);
            row++;
        }
        Pair("行政区", m.Jurisdiction.Name + (m.Jurisdiction.Code is { } code ? $"（{code}）" : ""));
        Pair("版次", m.Edition);
        Pair("发布机关", m.Publisher);
        Pair("检查结果", $"{result.Errors} 个错误，{result.Warnings} 个警告，{result.Infos} 条提示");
        var coverage = result.Coverage ?? PowerCoverage.Compute(new PowerIndex(catalogue), m);
        Pair("职权公开覆盖率", coverage.Total.Powers == 0 ? "无权责清单" : $"{coverage.Total.Disclosed + coverage.Total.Exempt}/{coverage.Total.Powers}（{coverage.Total.Percent:0.0}%）");
        row++;
        ws.Cell(row, 1).SetValue("领域").Style.Font.SetBold(true);
        ws.Cell(row, 2).SetValue("事项数").Style.Font.SetBold(true);
        ws.Cell(row, 3).SetValue("说明").Style.Font.SetBold(true);
        row++;
        foreach (var area in catalogue.Areas)
        {
            ws.Cell(row, 1).SetValue(area.Area.Name);
            ws.Cell(row, 2).SetValue(area.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            ws.Cell(row, 3).SetValue(area.Waived.Count > 0 ? $"不实施标准事项 {area.Waived.Count} 项" : "");
            row++;
        }
        foreach (var na in m.NotApplicable)
        {
            ws.Cell(row, 1).SetValue(PilotAreas.Find(na.AreaId.Value, out _)?.Name ?? na.AreaId.Value);
            ws.Cell(row, 2).SetValue("不适用");
            ws.Cell(row, 3).SetValue(na.Reason);
            ws.Cell(row, 3).Style.Alignment.SetWrapText(true);
            row++;
        }
        ws.PageSetup.PageOrientation = XLPageOrientation.Portrait;
        ws.PageSetup.FitToPages(1, 0);
    }
}
