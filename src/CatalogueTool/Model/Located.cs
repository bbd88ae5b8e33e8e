using CatalogueTool.Diagnostics;

namespace CatalogueTool.Model;

/// <summary>A value with the place it was written.</summary>
public readonly record struct Located<T>(T Value, SourceSpan Span)
{
    public override string ToString() => Value?.ToString() ?? "";
}
