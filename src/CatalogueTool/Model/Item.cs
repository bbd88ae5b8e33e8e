using CatalogueTool.Diagnostics;

namespace CatalogueTool.Model;

/// <summary>One catalogue item: a row of the national template (format §3).</summary>
public sealed record Item
{
    public required Located<string> Id { get; init; }
    public required string AreaId { get; init; }
    public required string Category { get; init; }
    public required string Name { get; init; }
    public string? Sub { get; init; }
    public required string Content { get; init; }
    public required IReadOnlyList<Located<string>> Basis { get; init; }
    public required Located<TimeLimit> TimeLimit { get; init; }
    public required Located<string> Subject { get; init; }
    public required IReadOnlyList<Located<string>> Channels { get; init; }
    public required IReadOnlyList<string> Audience { get; init; }
    public required IReadOnlyList<string> Mode { get; init; }
    public required IReadOnlyList<string> Levels { get; init; }
    public IReadOnlyList<PowerRef> Powers { get; init; } = [];
    public Located<string>? Baseline { get; init; }
    public string? Note { get; init; }
    public required SourceSpan Span { get; init; }

    /// <summary>The basis as one text, a document a line: as the workbook's cell holds it (and as its length is checked).</summary>
    public string BasisText => string.Join("\n", Basis.Select(b => b.Value));

    public bool IsProactive => Mode.Contains("主动");
    public bool IsOnRequestOnly => !IsProactive && Mode.Contains("依申请");
}
