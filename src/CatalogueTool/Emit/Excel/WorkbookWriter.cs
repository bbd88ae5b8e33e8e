using CatalogueTool.Emit.Excel.Xlsx;
using CatalogueTool.Model;
using CatalogueTool.Validation;

namespace CatalogueTool.Emit.Excel;

/// <summary>The combined workbook (cover sheet + one sheet per area) and one workbook per area (format §9).</summary>
public static class WorkbookWriter
{
    public static void WriteAll(ValidationResult result, string excelFolder, ExcelOptions options, DateTime? stamp)
    {
        var catalogue = result.Catalogue!;
        var name = catalogue.Manifest.Jurisdiction.Name;
        Directory.CreateDirectory(Path.Combine(excelFolder, "areas"));
        var names = UniqueSheetNames(catalogue.Areas.Select(a => a.Area.Name), reserved: "封面");
        var sheets = catalogue.Areas.Select((a, i) => (Area: a, Sheet: AreaSheetWriter.Write(names[i], name, a, options))).ToList();
        var jobs = new List<Action>
        {
            () => XlsxPackage.Write(Path.Combine(excelFolder, OutputNames.Safe(name) + "-标准目录.xlsx"), [Cover(result), .. sheets.Select(s => s.Sheet)], stamp),
        };
        jobs.AddRange(sheets.Select(s => (Action)(() => XlsxPackage.Write(Path.Combine(excelFolder, "areas", OutputNames.Safe(s.Area.Area.Id) + ".xlsx"), [s.Sheet], stamp))));
        Parallel.Invoke(new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, [.. jobs]);
    }

    /// <summary>Sheet names: at most 31 characters, none of []:*?/\, not starting or ending with an apostrophe, never
    /// cut inside a character, and not History (which Excel keeps for itself).</summary>
    public static string SheetName(string name)
    {
        var clean = new string(name.Select(c => "[]:*?/\\".Contains(c) ? '_' : c).ToArray());
        var cut = Cut(clean, 31);
        if (cut.StartsWith('\'')) cut = "_" + cut[1..];
        if (cut.EndsWith('\'')) cut = cut[..^1] + "_";
        if (cut.Length == 0) cut = "_";
        return string.Equals(cut, "History", StringComparison.OrdinalIgnoreCase) ? cut + "_" : cut;
    }

    /// <summary>
    /// One sheet name per area, unique as Excel compares them (ignoring case) and different from <paramref name="reserved"/>:
    /// two areas of the same name, or names alike in their first 31 characters, would make a workbook Excel refuses.
    /// </summary>
    public static List<string> UniqueSheetNames(IEnumerable<string> areaNames, string reserved)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { reserved };
        var result = new List<string>();
        foreach (var area in areaNames)
        {
            var name = SheetName(area);
            for (var n = 2; !taken.Add(name); n++)
            {
                var suffix = $"（{n}）";
                name = SheetName(Cut(SheetName(area), 31 - suffix.Length) + suffix);
            }
            result.Add(name);
        }
        return result;
    }

    private static string Cut(string text, int length) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];

    private static SheetBuilder Cover(ValidationResult result)
    {
        var catalogue = result.Catalogue!;
        var m = catalogue.Manifest;
        var sheet = new SheetBuilder("封面");
        sheet.Width(1, 30);
        sheet.Width(2, 16);
        sheet.Width(3, 60);
        sheet.Text(1, 1, $"{m.Jurisdiction.Name}基层政务公开标准目录", CellStyle.CoverTitle);
        sheet.Merge(1, 1, 1, 3);
        sheet.Height(1, 36);
        var row = 3;
        void Pair(string k, string v)
        {
            sheet.Text(row, 1, k, CellStyle.PlainBold);
            sheet.Text(row, 2, v, CellStyle.PlainWrap);
            sheet.Merge(row, 2, row, 3);
            row++;
        }
        Pair("行政区", m.Jurisdiction.Name + (m.Jurisdiction.Code is { } code ? $"（{code}）" : ""));
        Pair("版次", m.Edition);
        Pair("发布机关", m.Publisher);
        Pair("检查结果", $"{result.Errors} 个错误，{result.Warnings} 个警告，{result.Infos} 条提示");
        var coverage = result.Coverage!;
        // Local areas beyond the 26, named with their ids: import reads them back, so the workbook imports whole.
        if (m.ExtraAreas.Count > 0)
            Pair("本地增设领域", string.Join("、", m.ExtraAreasInOrder.Select(e => $"{e.Name}={e.Id}")));
        Pair("职权公开覆盖率", coverage.Total.Powers == 0 ? "无权责清单" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{coverage.Total.Disclosed + coverage.Total.Exempt}/{coverage.Total.Powers}（{coverage.Total.Percent:0.0}%）"));
        row++;
        sheet.Text(row, 1, "领域", CellStyle.Header);
        sheet.Text(row, 2, "事项数", CellStyle.Header);
        sheet.Text(row, 3, "说明", CellStyle.Header);
        row++;
        foreach (var area in catalogue.Areas)
        {
            sheet.Text(row, 1, area.Area.Name, CellStyle.Body);
            sheet.Number(row, 2, area.Items.Count, CellStyle.BodyCenter);
            sheet.Text(row, 3, area.Waived.Count > 0 ? $"不实施标准事项 {area.Waived.Count} 项" : "", CellStyle.Body);
            row++;
        }
        // Each standard item not implemented, with its reason: import reads them back into waived.
        foreach (var area in catalogue.Areas)
            foreach (var w in area.Waived)
            {
                sheet.Text(row, 1, area.Area.Name, CellStyle.Body);
                sheet.Text(row, 2, $"不实施 {w.Baseline.Value}", CellStyle.BodyCenter);
                sheet.Text(row, 3, w.Reason, CellStyle.Body);
                sheet.Height(row, RowHeights.Estimate([(w.Reason, 60)]));
                row++;
            }
        foreach (var (na, pilot) in m.NotApplicableInOrder)
        {
            sheet.Text(row, 1, pilot?.Name ?? na.AreaId.Value, CellStyle.Body);
            sheet.Text(row, 2, "不适用", CellStyle.BodyCenter);
            sheet.Text(row, 3, na.Reason, CellStyle.Body);
            sheet.Height(row, RowHeights.Estimate([(na.Reason, 60)]));
            row++;
        }
        sheet.Print = new PrintSetup { Landscape = false, FitToWidth = true };
        return sheet;
    }
}
