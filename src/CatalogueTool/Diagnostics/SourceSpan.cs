namespace CatalogueTool.Diagnostics;

/// <summary>A place in a repository file: path relative to the repository root, 1-based line and column.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    public static SourceSpan OfFile(string file) => new(file, 1, 1);

    /// <summary>For spreadsheets: the cell is kept in the display form <c>file:Sheet!D7</c>.</summary>
    public string? Cell { get; init; }
}
