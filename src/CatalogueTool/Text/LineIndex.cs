namespace CatalogueTool.Text;

/// <summary>Line and column (1-based) of offsets into one text, from its line starts found once: many look-ups stay linear.</summary>
public sealed class LineIndex
{
    private readonly List<int> _starts = [0];

    public LineIndex(string text)
    {
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) _starts.Add(i + 1);
    }

    public (int Line, int Column) Of(int offset)
    {
        var at = _starts.BinarySearch(offset);
        var line = at >= 0 ? at : ~at - 1;
        return (line + 1, offset - _starts[line] + 1);
    }
}
