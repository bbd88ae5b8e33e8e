using CatalogueTool.Diagnostics;

namespace CatalogueTool.Model;

/// <summary>Something published under an item, or a statement (情况说明) that there was nothing (format §7).</summary>
public sealed record Record(Located<string> Item, string? Title, DateOnly Date, string? Url, string? IndexNo, string? Statement, SourceSpan Span)
{
    public bool IsStatement => Statement is not null;

    /// <summary>Where the date is written, for findings about the date itself (a date in the future).</summary>
    public SourceSpan DateSpan { get; init; } = Span;
}
