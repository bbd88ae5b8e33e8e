using ClosedXML.Excel;
using CatalogueTool.Model;

namespace CatalogueTool.Emit.Excel;

/// <summary>
/// One area as the national template: title row, two-row merged header, 一级事项 merged vertically,
/// checklists and √ marks, fixed widths, computed heights, print settings. Every value is written as text.
/// </summary>
public static class AreaSheetWriter
{
    private const string BodyFont = "仿宋";
    private const string TitleFont = "黑体";
    private static readonly XLColor HeaderFill = XLColor.FromArgb(0xDD, 0xE6, 0xF0);

    public static void Write(IXLWorksheet ws, string jurisdiction, AreaFile area, ExcelOptions options)
    {
        var items = area.Items;
        var columns = TemplateColumns.For(items);
        var layout = columns.Layout();
        var last = layout.Count;

        ws.Style.Font.FontName = BodyFont;
        ws.Style.Font.FontSize = 10;
        for (var c = 1; c <= last; c++) ws.Column(c).Width = layout[c - 1].Width;

        var title = ws.Range(1, 1, 1, last).Merge();
        title.FirstCell().SetValue($"{jurisdiction}{area.Area.Name}领域基层政务公开标准目录");
        title.Style.Font.SetFontName(TitleFont).Font.SetFontSize(16).Font.SetBold(true).Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center).Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        ws.Row(1).Height = 32;

        WriteHeader(ws, layout);
        var row = 4;
        var number = 1;
        foreach (var group in CategoryGroups.Of(items))
        {
            var first = row;
            foreach (var item in group)
            {
                var cells = RowCells(item, number++, columns, options);
                for (var c = 0; c < cells.Count; c++) ws.Cell(row, c + 1).SetValue(cells[c]);
                ws.Row(row).Height = RowHeights.Estimate(cells.Select((t, i) => (t, layout[i].Width)));
                row++;
            }
            if (row - first > 1) ws.Range(first, 2, row - 1, 2).Merge();
        }
        var lastRow = Math.Max(3, row - 1);
        var table = ws.Range(2, 1, lastRow, last);
        table.Style.Border.SetOutsideBorder(XLBorderStyleValues.Thin).Border.SetInsideBorder(XLBorderStyleValues.Thin);
        table.Style.Alignment.SetWrapText(true).Alignment.SetVertical(XLAlignmentVerticalValues.Center);
        if (row > 4)
        {
            var body = ws.Range(4, 1, lastRow, last);
            body.Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Left);
            ws.Range(4, 1, lastRow, 1).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
            var firstMark = layout.ToList().FindIndex(l => l.Top == "公开对象") + 1;
            ws.Range(4, firstMark, lastRow, firstMark + 3 + columns.Levels.Count).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center);
        }
        ws.SheetView.FreezeRows(3);
        var page = ws.PageSetup;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.PaperSize = options.A3 ? XLPaperSize.A3Paper : XLPaperSize.A4Paper;
        page.FitToPages(1, 0);
        page.SetRowsToRepeatAtTop(2, 3);
        page.Margins.SetLeft(0.4).SetRight(0.4).SetTop(0.6).SetBottom(0.6);
        page.CenterHorizontally = true;
        page.Footer.Center.AddText("第 ", XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(" 页 共 ", XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(XLHFPredefinedText.NumberOfPages, XLHFOccurrence.AllPages);
        page.Footer.Center.AddText(" 页", XLHFOccurrence.AllPages);
    }

    private static void WriteHeader(IXLWorksheet ws, IReadOnlyList<(string Top, string? Sub, double Width)> layout)
    {
        var c = 1;
        while (c <= layout.Count)
        {
            var (top, sub, _) = layout[c - 1];
            if (sub is null)
            {
                ws.Range(2, c, 3, c).Merge().FirstCell().SetValue(top);
                c++;
                continue;
            }
            var start = c;
            while (c <= layout.Count && layout[c - 1].Top == top)
            {
                ws.Cell(3, c).SetValue(layout[c - 1].Sub!);
                c++;
            }
            ws.Range(2, start, 2, c - 1).Merge().FirstCell().SetValue(top);
        }
        var header = ws.Range(2, 1, 3, layout.Count);
        header.Style.Font.SetBold(true).Fill.SetBackgroundColor(HeaderFill)
            .Alignment.SetHorizontal(XLAlignmentHorizontalValues.Center).Alignment.SetVertical(XLAlignmentVerticalValues.Center).Alignment.SetWrapText(true);
        ws.Row(2).Height = 22;
        ws.Row(3).Height = 30;
    }

    private static List<string> RowCells(Item item, int number, TemplateColumns columns, ExcelOptions options)
    {
        static string Mark(bool on) => on ? "√" : "";
        var cells = new List<string> { number.ToString(System.Globalization.CultureInfo.InvariantCulture), item.Category, item.Name };
        if (columns.HasSub) cells.Add(item.Sub ?? "");
        cells.Add(item.Content);
        cells.Add(string.Join("\n", item.Basis.Select(b => b.Value)));
        cells.Add(item.TimeLimit.Value.Text);
        cells.Add(item.Subject.Value);
        cells.Add(ChannelChecklist.Render(item, options.SelectedChannelsOnly));
        cells.Add(Mark(item.Audience.Contains("全社会")));
        cells.Add(Mark(item.Audience.Contains("特定群体")));
        cells.Add(Mark(item.Mode.Contains("主动")));
        cells.Add(Mark(item.Mode.Contains("依申请")));
        foreach (var level in columns.Levels) cells.Add(Mark(item.Levels.Contains(level)));
        if (columns.HasNote) cells.Add(item.Note ?? "");
        return cells;
    }
}

public sealed record ExcelOptions(bool A3 = false, bool SelectedChannelsOnly = false);
