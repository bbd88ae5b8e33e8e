using CatalogueTool.Diagnostics;

namespace CatalogueTool.Loading.Yaml;

/// <summary>A YAML node with its source position. Built by <see cref="YamlDocumentReader"/> without aliases and with bounded depth.</summary>
public abstract record YNode(SourceSpan Span)
{
    /// <summary>What kind of value this is, in the words of a message (“这里是列表”).</summary>
    public abstract Localized KindName { get; }
}

public sealed record YScalar(string Value, bool IsNull, bool IsQuoted, SourceSpan Span) : YNode(Span)
{
    public override Localized KindName => IsNull ? new("空值", "empty") : new("文字", "text");
}

public sealed record YSequence(IReadOnlyList<YNode> Items, SourceSpan Span) : YNode(Span)
{
    public override Localized KindName => new("列表", "list");
}

public sealed record YEntry(YScalar Key, YNode Value);

public sealed record YMapping(IReadOnlyList<YEntry> Entries, SourceSpan Span) : YNode(Span)
{
    public override Localized KindName => new("一组“键: 值”", "mapping");

    public YNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;
}
