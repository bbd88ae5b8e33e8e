
using CatalogueTool.Diagnostics;
using CatalogueTool.Model;

namespace CatalogueTool.Rules;

/// <summary>What every check sees: the catalogue, its baseline (if any), the reference date, and where to report.</summary>
public sealed record CheckContext(Catalogue Catalogue, Baselines.Baseline? Baseline, DateOnly Today, DiagnosticBag Diagnostics)
{
    public void Report(Rule rule, SourceSpan span, string messageKey, params object?[] args) => Diagnostics.Add(rule, span, messageKey, args);
}
