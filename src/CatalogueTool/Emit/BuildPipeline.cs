using System.Text;
using CatalogueTool.Diagnostics;
using CatalogueTool.Diagnostics.Reports;
using CatalogueTool.Emit.Data;
using CatalogueTool.Emit.Excel;
using CatalogueTool.Emit.Site;
using CatalogueTool.Validation;

namespace CatalogueTool.Emit;

public sealed record BuildOptions(string Output, ExcelOptions Excel, DateOnly Today, string Version);

public sealed record BuildResult(ValidationResult Validation, bool Written, IReadOnlyList<string> Files);

/// <summary>validate, then emit every output into a staging folder that replaces the previous output only when complete.</summary>
public static class BuildPipeline
{
    public static BuildResult Run(string repository, BuildOptions options, Action<string>? progress = null)
    {
        var validation = Validator.Validate(repository, options.Today);
        if (validation.Catalogue is null || validation.Errors > 0) return new BuildResult(validation, false, []);
        var templateErrors = new DiagnosticBag();
        var templates = TemplateSet.Load(repository, templateErrors);
        if (templates is null)
            return new BuildResult(validation with { Diagnostics = [.. validation.Diagnostics, .. templateErrors.ToSortedList()] }, false, []);
        using var tx = new OutputTransaction(options.Output);
        var stamp = options.Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        progress?.Invoke("excel");
        WorkbookWriter.WriteAll(validation, Path.Combine(tx.Staging, "excel"), options.Excel, stamp);
        progress?.Invoke("site");
        SiteWriter.Write(validation, templates, Path.Combine(tx.Staging, "site"));
        progress?.Invoke("data");
        var data = Path.Combine(tx.Staging, "data");
        Directory.CreateDirectory(data);
        File.WriteAllBytes(Path.Combine(data, "catalogue.json"), CatalogueJsonWriter.Write(validation, options.Today));
        File.WriteAllBytes(Path.Combine(data, "items.csv"), ItemsCsvWriter.Write(validation));
        File.WriteAllText(Path.Combine(data, "catalogue.schema.json"), Schema.JsonSchemaGenerator.Render("data"), new UTF8Encoding(false));
        progress?.Invoke("report");
        Directory.CreateDirectory(Path.Combine(tx.Staging, "report"));
        var json = new JsonReportWriter().Render(new ReportContext(validation, Language.Chinese, options.Version, false));
        File.WriteAllText(Path.Combine(tx.Staging, "report", "validation.json"), json, new UTF8Encoding(false));
        var files = Directory.EnumerateFiles(tx.Staging, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(tx.Staging, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        tx.Commit();
        return new BuildResult(validation, true, files);
    }
}
