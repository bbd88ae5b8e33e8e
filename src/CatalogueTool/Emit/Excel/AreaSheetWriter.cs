using CatalogueTool.Emit.Excel.Xlsx;
using CatalogueTool.Model;

namespace CatalogueTool.Emit.Excel;

/// <summary>
/// One area as the national template: title row, two-row merged header, 一级事项 merged vertically,
/// checklists and √ marks, fixed widths, computed heights, print settings. Every value but the 序号 is written as text.
/// </summary>
public static class AreaSheetWriter
{
    public static SheetBuilder Write(string sheetName, string jurisdiction, AreaFile area, ExcelOptions options)
    {
        var items = area.Items;
        var columns = TemplateColumns.For(items);
        var layout = columns.Layout();
        var last = layout.Count;
        var sheet = new SheetBuilder(sheetName);
        for (var c = 1; c <= last; c++) sheet.Width(c, layout[c - 1].Width);

        sheet.Text(1, 1, $"{jurisdiction}{area.Area.Name}领域基层政务公开标准目录", CellStyle.Title);
        sheet.Merge(1, 1, 1, last);
        sheet.Height(1, 32);
        WriteHeader(sheet, layout);
        // Hidden past the template's columns, neither shown nor printed: each item's id, standard item and powers, so
        // that the workbook imports back with the same ids (the site's page names, the open data's keys) and links.
        var idColumn = last + 1;
        foreach (var (column, title) in new[] { (idColumn, "事项编号"), (idColumn + 1, "对应标准事项"), (idColumn + 2, "关联职权") })
        {
            sheet.Text(2, column, title, CellStyle.Header);
            sheet.Merge(2, column, 3, column);
            sheet.Width(column, 16);
            sheet.Hide(column);
        }

        var firstMark = layout.ToList().FindIndex(l => l.Top == "公开对象") + 1;
        var lastMark = firstMark + 3 + columns.Levels.Count;
        var row = 4;
        var number = 1;
        foreach (var group in CategoryGroups.Of(items))
        {
            var first = row;
            foreach (var item in group)
            {
                var cells = RowCells(item, number++, columns, options);
                for (var c = 0; c < cells.Count; c++)
                {
                    var col = c + 1;
                    var centred = col == 1 || (col >= firstMark && col <= lastMark);
                    // The 序号 is a number, so that Excel neither flags it as a number stored as text nor sorts 10 before 2.
                    if (col == 1) sheet.Number(row, col, number - 1, CellStyle.BodyCenter);
                    else sheet.Text(row, col, row > first && col == 2 ? "" : cells[c], centred ? CellStyle.BodyCenter : CellStyle.Body);
                }
                sheet.Text(row, idColumn, item.Id.Value, CellStyle.Body);
                sheet.Text(row, idColumn + 1, item.Baseline?.Value ?? "", CellStyle.Body);
                sheet.Text(row, idColumn + 2, string.Join("\n", item.Powers.Select(p => p.Display)), CellStyle.Body);
                sheet.Height(row, RowHeights.Estimate(cells.Select((t, i) => (t, layout[i].Width))));
                row++;
            }
            sheet.Merge(first, 2, row - 1, 2);
        }
        sheet.FreezeRows = 3;
        sheet.Print = new PrintSetup
        {
            Landscape = true,
            A3 = options.A3,
            FitToWidth = true,
            RepeatRows = (2, 3),
            PageFooter = true,
            CenterHorizontally = true,
            Margins = (0.4, 0.4, 0.6, 0.6),
        };
        return sheet;
    }

    private static void WriteHeader(SheetBuilder sheet, IReadOnlyList<(string Top, string? Sub, double Width)> layout)
    {
        sheet.Style(2, 1, 3, layout.Count, CellStyle.Header);
        var c = 1;
        while (c <= layout.Count)
        {
            var (top, sub, _) = layout[c - 1];
            if (sub is null)
            {
                sheet.Text(2, c, top, CellStyle.Header);
                sheet.Merge(2, c, 3, c);
                c++;
                continue;
            }
            var start = c;
            while (c <= layout.Count && layout[c - 1].Top == top)
            {
                sheet.Text(3, c, layout[c - 1].Sub!, CellStyle.Header);
                c++;
            }
            sheet.Text(2, start, top, CellStyle.Header);
            sheet.Merge(2, start, 2, c - 1);
        }
        sheet.Height(2, 22);
        sheet.Height(3, 30);
    }

    private static List<string> RowCells(Item item, int number, TemplateColumns columns, ExcelOptions options)
    {
        static string Mark(bool on) => on ? "√" : "";
        var cells = new List<string> { number.ToString(System.Globalization.CultureInfo.InvariantCulture), item.Category, item.Name };
        if (columns.HasSub) cells.Add(item.Sub ?? "");
        cells.Add(item.Content);
        cells.Add(item.BasisText);
        cells.Add(item.TimeLimit.Value.Text);
        cells.Add(item.Subject.Value);
        cells.Add(ChannelChecklist.Render(item, options.SelectedChannelsOnly, TemplateColumns.ChannelWidth));
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
