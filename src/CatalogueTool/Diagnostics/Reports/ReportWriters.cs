namespace CatalogueTool.Diagnostics.Reports;

public static class ReportWriters
{
    public static IReadOnlyDictionary<string, IReportWriter> ByFormat { get; } = new Dictionary<string, IReportWriter>
    {
        ["text"] = new TextReportWriter(),
        ["json"] = new JsonReportWriter(),
        ["sarif"] = new SarifReportWriter(),
        ["junit"] = new JunitReportWriter(),
        ["github"] = new GithubReportWriter(),
    };

    public static string Location(SourceSpan span) => span.Cell is { } cell ? $"{span.File}:{cell}" : $"{span.File}:{span.Line}:{span.Column}";

    public static string SeverityName(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
