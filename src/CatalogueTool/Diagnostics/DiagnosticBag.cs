namespace CatalogueTool.Diagnostics;

/// <summary>Collects diagnostics during one run. Thread-safe so that files can be loaded in parallel.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public int Count
    {
        get { lock (_gate) return _items.Count; }
    }

    public void Add(Rule rule, SourceSpan span, string messageKey, params object?[] args) =>
        Add(new Diagnostic(rule, rule.Severity, span, messageKey, args));

    public void Add(Rule rule, SourceSpan span, params object?[] args) => Add(rule, span, rule.Id, args);

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate) _items.AddRange(diagnostics);
    }

    public bool HasErrors
    {
        get { lock (_gate) return _items.Any(d => d.Severity == Severity.Error); }
    }

    /// <summary>Sorted by file, line, column, rule (format §8), with exact repeats removed.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            return _items
                .OrderBy(d => d.Span.File, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Line)
                .ThenBy(d => d.Span.Column)
                .ThenBy(d => d.Rule.Id, StringComparer.Ordinal)
                .ThenBy(d => d.MessageKey, StringComparer.Ordinal)
                .ThenBy(d => string.Join("\u0001", d.Args), StringComparer.Ordinal)
                .DistinctBy(d => (d.Rule.Id, d.Span, d.MessageKey, string.Join("\u0001", d.Args)))
                .ToList();
        }
    }
}
