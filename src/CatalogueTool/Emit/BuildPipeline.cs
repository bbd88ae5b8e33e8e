using System.Text;
using CatalogueTool.Diagnostics;
using CatalogueTool.Diagnostics.Reports;
using CatalogueTool.Emit.Data;
using CatalogueTool.Emit.Excel;
using CatalogueTool.Emit.Site;
using CatalogueTool.Validation;

namespace CatalogueTool.Emit;

/// <param name="ReportLanguage">The language of the report and the data schema's words: Chinese unless asked for.</param>
/// <param name="DateFromClock">Whether <paramref name="Today"/> is the clock's (no --today, no SOURCE_DATE_EPOCH): it then decides the
/// checks only, and the dates written into the outputs come from the inputs (format §9).</param>
public sealed record BuildOptions(string Output, ExcelOptions Excel, DateOnly Today, string Version, Language ReportLanguage = Language.Chinese, bool DateFromClock = false);

public sealed record BuildResult(ValidationResult Validation, bool Written, IReadOnlyList<string> Files)
{
    /// <summary>Milliseconds per stage, in order (shown by <c>build --timings</c>).</summary>
    public IReadOnlyList<(string Stage, long Milliseconds)> Timings { get; init; } = [];
}

/// <summary>validate, then emit every output into a staging folder that replaces the previous output only when complete.</summary>
public static class BuildPipeline
{
    /// <summary>What a build writes at the top of its output folder.</summary>
    public static readonly IReadOnlyCollection<string> OutputEntries = ["data", "excel", "report", "site", OutputTransaction.Listing];

    public static BuildResult Run(string repository, BuildOptions options, Action<string>? progress = null)
    {
        var timings = new System.Collections.Concurrent.ConcurrentQueue<(string, long)>();
        T Timed<T>(string stage, Func<T> work)
        {
            progress?.Invoke(stage);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var value = work();
            timings.Enqueue((stage, clock.ElapsedMilliseconds));
            return value;
        }
        void Run(string stage, Action work) => Timed(stage, () => { work(); return 0; });

        // Templates compile on another core while the catalogue is validated.
        var templateErrors = new DiagnosticBag();
        var templateClock = System.Diagnostics.Stopwatch.StartNew();
        var templatesTask = Task.Run(() => (Set: TemplateSet.Load(repository, templateErrors), Ms: templateClock.ElapsedMilliseconds));
        var validation = Timed("validate", () => Validator.Validate(repository, options.Today));
        var (templates, templateMs) = templatesTask.GetAwaiter().GetResult();
        timings.Enqueue(("templates", templateMs));
        if (validation.Catalogue is not { UnreadAreaFiles.Count: 0 } || validation.Errors > 0) return new BuildResult(validation, false, []) { Timings = [.. timings] };
        if (templateErrors.Count > 0)
        {
            // The site templates' findings (errors, or warnings such as a misspelt name) join the catalogue's, in order.
            templateErrors.AddRange(validation.Diagnostics);
            validation = validation with { Diagnostics = templateErrors.ToSortedList() };
        }
        if (templates is null) return new BuildResult(validation, false, []) { Timings = [.. timings] };

        using var tx = new OutputTransaction(options.Output, listFiles: true);
        var stampDate = options.DateFromClock ? InputDate(validation, options.Today) : options.Today;
        var stamp = stampDate?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        // Every output shares the cores: each stage is parallel inside, and they run side by side.
        try
        {
            Parallel.Invoke(
                () => Run("excel", () => WorkbookWriter.WriteAll(validation, Path.Combine(tx.Staging, "excel"), options.Excel, stamp)),
                () => Run("site", () => SiteWriter.Write(validation, templates, Path.Combine(tx.Staging, "site"))),
                () => Run("data", () => WriteData(validation, Path.Combine(tx.Staging, "data"), stampDate, options.ReportLanguage)),
                () => Run("report", () => WriteReport(validation, Path.Combine(tx.Staging, "report"), options.Version, options.ReportLanguage)));
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.FirstOrDefault(x => x is TemplateRenderException or HandlebarsDotNet.HandlebarsException) is { } render)
        {
            // A customised template that compiles but fails on the pages (a partial calling itself…): the user's to fix,
            // reported like any finding at the template that failed; the earlier output stays.
            var bag = new DiagnosticBag();
            bag.AddRange(validation.Diagnostics);
            var (key, args) = render is TemplateRenderException t ? t.Finding : ("template.render", [render.Message]);
            bag.Add(KnownRules.TemplateError, SourceSpan.OfFile(render is TemplateRenderException f ? f.File : "templates"), key, args);
            return new BuildResult(validation with { Diagnostics = bag.ToSortedList() }, false, []) { Timings = [.. timings] };
        }
        Run("commit", tx.Commit);
        return new BuildResult(validation, true, tx.Files) { Timings = [.. timings] };
    }

    /// <summary>The date of the inputs: the newest publication record not after the reference date, or none.</summary>
    public static DateOnly? InputDate(ValidationResult validation, DateOnly today) =>
        validation.Catalogue?.Records.Where(r => r.Date <= today).Select(r => (DateOnly?)r.Date).Max();

    private static void WriteData(ValidationResult validation, string folder, DateOnly? generated, Language language)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "catalogue.json"), CatalogueJsonWriter.Write(validation, generated));
        File.WriteAllBytes(Path.Combine(folder, "items.csv"), ItemsCsvWriter.Write(validation));
        File.WriteAllText(Path.Combine(folder, "catalogue.schema.json"), Schema.JsonSchemaGenerator.Render("data", language), Utf8);
    }

    private static void WriteReport(ValidationResult validation, string folder, string version, Language language)
    {
        Directory.CreateDirectory(folder);
        var json = new JsonReportWriter().Render(new ReportContext(validation, language, version, false));
        File.WriteAllText(Path.Combine(folder, "validation.json"), json, Utf8);
    }

    private static readonly UTF8Encoding Utf8 = new(false);
}
