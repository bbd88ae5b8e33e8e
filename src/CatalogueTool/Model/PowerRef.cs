using CatalogueTool.Diagnostics;

namespace CatalogueTool.Model;

/// <summary>An item's <c>powers:</c> entry: a code, a code prefix ending in <c>*</c>, or a {type, subject} selector (format §5).</summary>
public sealed record PowerRef(string? Code, string? Prefix, string? Type, string? Subject, SourceSpan Span)
{
    public string Display => Code ?? (Prefix is not null ? Prefix + "*" : $"{{type: {Type}, subject: {Subject}}}");
}
