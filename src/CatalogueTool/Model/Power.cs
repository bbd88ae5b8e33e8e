using CatalogueTool.Diagnostics;

namespace CatalogueTool.Model;

/// <summary>One power of a power-and-responsibility list (format §5).</summary>
public sealed record Power(string Code, string Name, string Type, string? Basis, string Subject, SourceSpan Span);

public sealed record PowerList(string File, string? Department, string? Source, IReadOnlyList<Power> Powers)
{
    /// <summary>Rows or entries refused for an error of their own (reported), by the code they carried (empty when none):
    /// an item linking one of them is not told the code is unknown as well.</summary>
    public IReadOnlyList<string> Refused { get; init; } = [];

    /// <summary>What the reader of a CSV or Excel list filled in or folded (同上 repeated from above, a full-width code),
    /// said by <c>import-powers</c>, which writes the result; <c>validate</c> reads such a list as it stands.</summary>
    public IReadOnlyList<Diagnostic> Conversions { get; init; } = [];
}
