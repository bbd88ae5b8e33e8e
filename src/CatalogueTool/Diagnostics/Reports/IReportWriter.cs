namespace CatalogueTool.Diagnostics.Reports;

/// <summary>Renders a list of diagnostics in one format. Every format renders the same data.</summary>
public interface IReportWriter
{
    string Render(ReportContext context);
}
