namespace CatalogueTool.Diagnostics;

/// <summary>One finding. Data only: renderers turn it into text, JSON, SARIF and the rest.</summary>
public sealed record Diagnostic(Rule Rule, Severity Severity, SourceSpan Span, string MessageKey, IReadOnlyList<object?> Args)
{
    /// <summary>For grouped findings: every code the group stands for, written out in the JSON report.</summary>
    public IReadOnlyList<string>? Codes { get; init; }

    public string Format(Language lang) => Messages.Format(lang, MessageKey, Args);
}
