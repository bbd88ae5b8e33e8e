using CatalogueTool.Diagnostics;

namespace CatalogueTool.Loading.Yaml;

/// <summary>A YAML node with its source position. Built by <see cref="YamlDocumentReader"/> without aliases and with bounded depth.</summary>
public abstract record YNode(SourceSpan Span)
{
    public abstract string KindName { get; }
}

public sealed record YScalar(string Value, bool IsNull, bool IsQuoted, SourceSpan Span) : YNode(Span)
{
    public override string KindName => "text";
}

public sealed record YSequence(IReadOnlyList<YNode> Items, SourceSpan Span) : YNode(Span)
{
    public override string KindName => "list";
}

public sealed record YEntry(YScalar Key, YNode Value);

public sealed record YMapping(IReadOnlyList<YEntry> Entries, SourceSpan Span) : YNode(Span)
{
    public override string KindName => "mapping";

    public YNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;
}
