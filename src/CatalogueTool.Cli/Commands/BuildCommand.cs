using System.CommandLine;
using System.Diagnostics;
using CatalogueTool.Diagnostics;
using CatalogueTool.Diagnostics.Reports;
using CatalogueTool.Emit;
using CatalogueTool.Emit.Excel;
using CatalogueTool.Text;
using CatalogueTool.Validation;

namespace CatalogueTool.Cli.Commands;

public static class BuildCommand
{
    public static Command Create()
    {
        var dir = CommonOptions.RepositoryArgument();
        var output = new Option<string?>("--output", "-o") { Description = "输出文件夹（默认 <dir>/out）/ output folder" };
        var a3 = new Option<bool>("--a3") { Description = "按 A3 纸打印 / print on A3" };
        var selected = new Option<bool>("--selected-channels") { Description = "公开渠道只列出选中的，不列 13 项清单 / list selected channels only" };
        var today = CommonOptions.Today();
        var timings = new Option<bool>("--timings") { Description = "显示各阶段用时 / show the time of each stage" };
        var command = new Command("build", "检查后生成 Excel 目录、网站栏目、开放数据和检查报告 / validate, then write the workbooks, the HTML column, open data and the report") { dir, output, a3, selected, today, timings };
        command.SetAction(parse =>
        {
            var lang = CommonOptions.Language(parse);
            var zh = lang == Language.Chinese;
            var repo = parse.GetValue(dir)!;
            var outDir = parse.GetValue(output) ?? Path.Combine(repo, "out");
            if (OutputTransaction.EndangersInput(repo, outDir))
                return Shell.Refuse(zh ? $"输出文件夹 {outDir} 与目录仓库的源文件重叠，会覆盖输入，已拒绝。请另选输出文件夹。" : $"output folder {outDir} overlaps the repository's sources; refused.");
            if (Shell.RefuseOutput(outDir, BuildPipeline.OutputEntries, zh) is { } refused) return refused;
            var clock = Stopwatch.StartNew();
            var date = ReferenceDate.Resolve(parse.GetValue(today));
            // The clock decides the checks (stale columns) only; the outputs carry the inputs' date (format §9).
            var fromClock = parse.GetValue(today) is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"));
            if (fromClock)
                Console.Error.WriteLine(zh
                    ? $"检查日期取今天（北京时间 {date:yyyy-MM-dd}），“栏目未更新”等检查按这一天判断，所以检查结果（report/validation.json、Excel 封面的“检查结果”）每天可能不同；其余文件里的日期取最新一条公开记录的日期。需要每天生成完全相同的文件时（如自动发布），请加 --today 日期（或设置环境变量 SOURCE_DATE_EPOCH）。"
                    : $"reference date: today ({date:yyyy-MM-dd}, China time); it decides the checks (stale columns), so the check results (report/validation.json, the workbook cover's 检查结果) follow the day; other files carry the newest record's date. Set SOURCE_DATE_EPOCH or --today for every file identical from day to day.");
            var result = BuildPipeline.Run(repo, new BuildOptions(outDir, new ExcelOptions(parse.GetValue(a3), parse.GetValue(selected)), date, CommonOptions.Version, CommonOptions.FileLanguage(parse), fromClock),
                stage => Console.Error.WriteLine(zh ? $"正在{StageName(stage)}……" : $"{stage}…"));
            if (parse.GetValue(timings))
                foreach (var (stage, ms) in result.Timings) Console.Error.WriteLine($"  {stage,-10} {ms,6} ms");
            var v = result.Validation;
            if (!result.Written)
            {
                Console.Out.Write(new TextReportWriter().Render(new ReportContext(v, lang, CommonOptions.Version, false)));
                Console.Error.WriteLine(zh ? "目录有错误，未生成输出（原有输出保持不变）。" : "the catalogue has errors; nothing written (previous output kept).");
                return ValidateCommand.ExitCode(v, false) == Shell.Usage ? Shell.Usage : Shell.Findings;
            }
            // Warnings are shown where they are found: a template's misspelt name, for one, is seen by build alone.
            foreach (var d in v.Diagnostics.Where(d => d.Severity == Severity.Warning)) Console.Out.WriteLine(TextReportWriter.Line(d, lang));
            if (v.Catalogue?.Manifest.Portal?.BaseUrl is null)
                Console.Out.WriteLine(zh
                    ? "未设置栏目发布地址（catalogue.yaml 的 portal.base_url）：site/fragments/ 中的表格用相对链接，粘贴到门户网站别处后会失效；也没有生成 sitemap.xml。"
                    : "no published address (portal.base_url in catalogue.yaml): the tables in site/fragments/ link relatively, which breaks once pasted elsewhere in the portal, and no sitemap.xml is written.");
            if (v.Catalogue?.Manifest.Portal?.Footer is not { SiteCode: { Length: > 0 }, Icp: { Length: > 0 } })
                Console.Out.WriteLine(zh
                    ? "页脚没有网站标识码或 ICP 备案号（catalogue.yaml 的 portal.footer：site_code、icp）：政府网站页脚通常须显示这些信息，栏目页脚现在不显示。"
                    : "the footer has no site code or ICP number (portal.footer in catalogue.yaml: site_code, icp): government sites usually show them; the column's footer does not.");
            if (v.RecordAreas is { NotKept: > 0 } records)
                Console.Out.WriteLine(zh
                    ? $"公开记录：{records.NotKept} 个领域未登记（records/<领域编号>.yaml），这些领域的事项网页只说明由公开主体通过所列渠道发布、本栏目尚未汇集链接，是否空白栏目没有检查。"
                    : $"publication records: none kept for {English.Count(records.NotKept, "area")} (records/<area id>.yaml); their item pages say that the publishing body publishes through the carriers listed and that the column does not gather the links yet, and they were not checked for blank columns.");
            Console.Out.WriteLine(zh
                ? $"已生成 {result.Files.Count} 个文件到 {outDir}（{v.Items} 个事项，{v.Warnings} 个警告，用时 {clock.ElapsedMilliseconds} 毫秒）"
                : $"wrote {English.Count(result.Files.Count, "file")} to {outDir} ({English.Count(v.Items, "item")}, {English.Count(v.Warnings, "warning")}, {clock.ElapsedMilliseconds} ms)");
            return Shell.Ok;
        });
        return command;
    }

    private static string StageName(string stage) => stage switch
    {
        "validate" => "检查目录",
        "templates" => "读取网站模板",
        "excel" => "生成 Excel 目录",
        "site" => "生成网站栏目",
        "data" => "生成开放数据",
        "report" => "写入检查报告",
        "commit" => "替换输出文件夹",
        _ => stage,
    };
}
