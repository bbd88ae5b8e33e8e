
using CatalogueTool.Binding;
using CatalogueTool.Diagnostics;
using CatalogueTool.Model;

namespace CatalogueTool.Rules;

/// <summary>What every check sees: the catalogue, its baseline (if any), the reference date, and where to report.</summary>
public sealed record CheckContext(Catalogue Catalogue, Baselines.Baseline? Baseline, DateOnly Today, DiagnosticBag Diagnostics)
{
    private PowerIndex? _powers;

    /// <summary>The power lists resolved against the items' links, built once and shared by checks and emitters.</summary>
    public PowerIndex Powers => _powers ??= new PowerIndex(Catalogue);

    public void Report(Rule rule, SourceSpan span, string messageKey, params object?[] args) => Diagnostics.Add(rule, span, messageKey, args);
}
