namespace CatalogueTool.Emit.Excel.Xlsx;

/// <summary>The fixed cell formats every workbook of the tool uses (see <see cref="XlsxStyles"/>).</summary>
public enum CellStyle
{
    Plain = 0,
    Body = 1,
    BodyCenter = 2,
    Header = 3,
    Title = 4,
    CoverTitle = 5,
    PlainBold = 6,
    PlainWrap = 7,
    Subtitle = 8,
    BodyTop = 9,
    /// <summary>A share as a number shown 87.5% (the cell holds 0.875), bordered, top-aligned.</summary>
    BodyTopPercent = 10,
}

public sealed record PrintSetup
{
    public bool Landscape { get; init; } = true;
    public bool A3 { get; init; }
    public bool FitToWidth { get; init; } = true;
    public (int First, int Last)? RepeatRows { get; init; }
    public bool PageFooter { get; init; }
    public bool CenterHorizontally { get; init; }
    public (double Left, double Right, double Top, double Bottom) Margins { get; init; } = (0.4, 0.4, 0.6, 0.6);
}

/// <summary>
/// One worksheet as data: texts (always written as text, never guessed), numbers, styles, widths, heights, merges,
/// frozen panes and print settings. <see cref="XlsxPackage"/> turns sheets into a reproducible .xlsx package.
/// </summary>
public sealed class SheetBuilder(string name)
{
    internal readonly record struct Cell(string? Text, double? Number, CellStyle Style);

    internal SortedDictionary<int, SortedDictionary<int, Cell>> Rows { get; } = [];
    internal SortedDictionary<int, double> Widths { get; } = [];
    internal Dictionary<int, double> Heights { get; } = [];
    internal List<(int R1, int C1, int R2, int C2)> Merges { get; } = [];

    public string Name { get; } = name;
    public int FreezeRows { get; set; }
    public int FreezeColumns { get; set; }
    public PrintSetup Print { get; set; } = new();

    public void Width(int column, double width) => Widths[column] = width;

    internal HashSet<int> HiddenColumns { get; } = [];

    /// <summary>Hides a column (it keeps its width for when it is shown again): not shown, not printed, still read.</summary>
    public void Hide(int column)
    {
        HiddenColumns.Add(column);
        if (!Widths.ContainsKey(column)) Widths[column] = 10;
    }

    public void Height(int row, double points) => Heights[row] = points;

    public void Text(int row, int column, string text, CellStyle style = CellStyle.Plain) => Put(row, column, new Cell(text, null, style));

    public void Number(int row, int column, double value, CellStyle style = CellStyle.Plain) => Put(row, column, new Cell(null, value, style));

    /// <summary>Gives every cell of a range a style (empty cells included), so borders and fills cover merged areas too.</summary>
    public void Style(int r1, int c1, int r2, int c2, CellStyle style)
    {
        for (var r = r1; r <= r2; r++)
            for (var c = c1; c <= c2; c++)
            {
                var row = RowOf(r);
                row[c] = row.TryGetValue(c, out var cell) ? cell with { Style = style } : new Cell(null, null, style);
            }
    }

    public void Merge(int r1, int c1, int r2, int c2)
    {
        if (r1 != r2 || c1 != c2) Merges.Add((r1, c1, r2, c2));
    }

    private void Put(int row, int column, Cell cell) => RowOf(row)[column] = cell;

    private SortedDictionary<int, Cell> RowOf(int row)
    {
        if (!Rows.TryGetValue(row, out var cells)) Rows[row] = cells = [];
        return cells;
    }
}
