using CatalogueTool.Diagnostics;

namespace CatalogueTool.Model;

/// <summary>One <c>areas/&lt;area&gt;.yaml</c> file, or one baseline area file.</summary>
public sealed record AreaFile(PilotArea Area, string File, IReadOnlyList<Item> Items, IReadOnlyList<Waiver> Waived, SourceSpan Span)
{
    /// <summary>For baseline files: the guideline the items come from.</summary>
    public BaselineSource? Source { get; init; }
}

public sealed record BaselineSource(string Issuer, string Document, string Title, string Date, string CompiledFrom);
