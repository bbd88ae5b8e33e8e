using CatalogueTool.Validation;

namespace CatalogueTool.Diagnostics.Reports;

/// <summary>What every report renderer gets: the validation result, the language and the tool version.</summary>
public sealed record ReportContext(ValidationResult Result, Language Language, string Version, bool Strict);
