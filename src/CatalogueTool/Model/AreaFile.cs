using CatalogueTool.Diagnostics;

namespace CatalogueTool.Model;

/// <summary>One <c>areas/&lt;area&gt;.yaml</c> file, or one baseline area file.</summary>
public sealed record AreaFile(PilotArea Area, string File, IReadOnlyList<Item> Items, IReadOnlyList<Waiver> Waived, SourceSpan Span)
{
    /// <summary>For baseline files: the guideline the items come from.</summary>
    public BaselineSource? Source { get; init; }

    /// <summary>
    /// Items written in the file that could not be bound (their errors are reported): their id and baseline reference,
    /// so that checks depending on them do not add false findings (标准事项未实施, a record naming an unknown item).
    /// </summary>
    public IReadOnlyList<UnboundItem> Unbound { get; init; } = [];

    /// <summary>Standard items named by waivers that could not be read (a waiver written on one line; reported): they are
    /// not reported as neither implemented nor waived as well.</summary>
    public IReadOnlyList<string> UnboundWaivers { get; init; } = [];

    /// <summary>True when the file's <c>items</c> could not be read (missing, misspelt, not a list; reported): the area is
    /// not judged empty, nor its standard items missing.</summary>
    public bool ItemsMissing { get; init; }
}

public sealed record BaselineSource(string Issuer, string Document, string Title, string Date, string CompiledFrom);

/// <summary>What is known of an item that could not be bound: its id, its baseline reference, the powers it links.</summary>
public sealed record UnboundItem(string? Id, string? Baseline, IReadOnlyList<PowerRef> Powers);
