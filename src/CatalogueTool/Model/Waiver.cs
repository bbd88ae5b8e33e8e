using CatalogueTool.Diagnostics;

namespace CatalogueTool.Model;

/// <summary>A baseline item deliberately left out, with its reason.</summary>
public sealed record Waiver(Located<string> Baseline, string Reason, SourceSpan Span);
