namespace CatalogueTool.Emit.Excel;

/// <summary>LibreOffice and WPS do not grow wrapped rows: estimate each row's height from its text and the column widths.</summary>
public static class RowHeights
{
    private const double PointsPerLine = 13.0;

    public static double Estimate(IEnumerable<(string Text, double Width)> cells, double minimum = 20)
    {
        var lines = 1;
        foreach (var (text, width) in cells) lines = Math.Max(lines, Lines(text, width));
        return Math.Min(409, Math.Max(minimum, lines * PointsPerLine + 4));
    }

    /// <summary>Display width in character units: CJK, full-width forms and the ■□√ marks take two, Latin one.</summary>
    public static double Units(string line)
    {
        double units = 0;
        foreach (var c in line) units += c >= 0x2E80 || c is >= '\u25A0' and <= '\u25FF' || c == '\u221A' ? 2 : 1;
        return units;
    }

    /// <summary>A CJK character takes two width units, a Latin one one; each explicit line wraps on its own.</summary>
    public static int Lines(string text, double width)
    {
        var usable = Math.Max(2, width - 1);
        var total = 0;
        foreach (var line in text.Split('\n'))
        {
            total += Math.Max(1, (int)Math.Ceiling(Units(line) / usable));
        }
        return total;
    }
}
