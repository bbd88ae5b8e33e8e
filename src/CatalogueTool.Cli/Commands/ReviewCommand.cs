using System.CommandLine;
using System.Diagnostics;
using System.Text;
using CatalogueTool.Diagnostics;
using CatalogueTool.Emit;
using CatalogueTool.Emit.Review;
using CatalogueTool.Review;
using CatalogueTool.Text;
using CatalogueTool.Validation;

namespace CatalogueTool.Cli.Commands;

/// <summary><c>catalogue review &lt;folder&gt; [-o out] [--format text|json] [--jobs N]</c>: every repository below a folder, one dashboard.</summary>
public static class ReviewCommand
{
    /// <summary>What a review writes at the top of its output folder.</summary>
    private static readonly string[] ReviewOutputEntries = ["assets", "index.html", "jurisdictions", "review.json", "review.xlsx", OutputTransaction.Listing];

    private static int WarningsOnly(ReviewResult result) => result.Jurisdictions.Count(j => !j.Unreadable && j.Errors == 0 && j.Warnings > 0);

    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "包含多个目录仓库的文件夹 / folder holding many repositories" };
        var output = new Option<string>("--output", "-o") { Description = "输出文件夹（默认 ./review）/ output folder", DefaultValueFactory = _ => "review" };
        var format = new Option<string>("--format", "-f") { Description = "终端输出格式 / console output: text | json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var jobs = new Option<int>("--jobs", "-j") { Description = "并行数（默认全部核心）/ parallel jobs", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(result =>
        {
            // Only a number below 1 is this check's: text that is no number is the parser's own error.
            if (result.Tokens is [{ } token] && int.TryParse(token.Value, out var n) && n < 1)
                result.AddError("--jobs 应是 1 或更大的整数 / --jobs must be 1 or more");
        });
        var today = CommonOptions.Today();
        var command = new Command("review", "审核文件夹下的全部目录仓库，生成总览 / validate every repository below a folder; dashboard") { folder, output, format, jobs, today };
        command.SetAction(parse =>
        {
            var zh = CommonOptions.Language(parse) == Language.Chinese;
            var input = parse.GetValue(folder)!;
            var outDir = parse.GetValue(output)!;
            if (!Directory.Exists(input))
                return Shell.Refuse(File.Exists(input)
                    ? zh ? $"{input} 是一个文件。请指定存放各目录仓库的文件夹。" : $"{input} is a file; give the folder that holds the repositories."
                    : zh ? $"找不到文件夹 {input}。" : $"folder not found: {input}");
            var (repositories, skipped, barren) = RepositoryFinder.Survey(input);
            foreach (var (skippedFolder, reason) in skipped)
                Console.Error.WriteLine(zh
                    ? $"未能查找 {skippedFolder}：{(reason == "too-deep" ? "文件夹层级超过 16 层" : "没有读取权限")}，其中的目录仓库没有审核"
                    : $"could not search {skippedFolder} ({(reason == "too-deep" ? "more than 16 levels deep" : "not readable")}); repositories in it are not reviewed");
            if (OutputTransaction.EndangersInput(input, outDir) || repositories.Any(repo => OutputTransaction.EndangersInput(repo, outDir)))
                return Shell.Refuse(zh ? $"输出文件夹 {outDir} 与被审核的仓库重叠，已拒绝。请另选输出文件夹。" : $"output folder {outDir} overlaps the repositories; refused.");
            // Inside a county's repository (its own folder, not only its sources) the review would be committed with that
            // county's catalogue: refused, with the repository named.
            if (repositories.FirstOrDefault(repo => OutputTransaction.Inside(repo, outDir)) is { } holder)
                return Shell.Refuse(zh ? $"输出文件夹 {outDir} 在被审核的目录仓库 {holder} 之中，审核结果会混进这个县的目录。请把审核结果写到各仓库之外，如 -o 审核结果。"
                    : $"output folder {outDir} lies inside the reviewed repository {holder}, where the review would mix with that county's catalogue; write it outside the repositories (-o review).");
            if (Shell.RefuseOutput(outDir, ReviewOutputEntries, zh) is { } refused) return refused;
            var interactive = !Console.IsErrorRedirected;
            var clock = Stopwatch.StartNew();
            var nextMilestone = 0.1;
            var gate = new object();
            var result = ReviewRunner.Run(input, repositories, ReferenceDate.Resolve(parse.GetValue(today)), parse.GetValue(jobs), (done, total, row) =>
            {
                lock (gate)
                {
                    if (interactive)
                        Console.Error.WriteLine(zh
                            ? $"[{done,4}/{total}] {row.Path}（{row.Name}）：{row.Errors} 个错误，{row.Warnings} 个警告（{row.Milliseconds / 1000.0:0.00} 秒，累计 {clock.Elapsed.TotalSeconds:0.0} 秒）"
                            : $"[{done,4}/{total}] {row.Path} ({row.Name}): {English.Count(row.Errors, "error")}, {English.Count(row.Warnings, "warning")} ({row.Milliseconds / 1000.0:0.00} s, {clock.Elapsed.TotalSeconds:0.0} s in all)");
                    else if (done >= nextMilestone * total || done == total)
                    {
                        Console.Error.WriteLine(zh ? $"已检查 {done}/{total} 个行政区（{clock.Elapsed.TotalSeconds:0.0} 秒）" : $"checked {done}/{total} jurisdictions ({clock.Elapsed.TotalSeconds:0.0} s)");
                        while (nextMilestone * total <= done) nextMilestone += 0.1;
                    }
                }
            }, zh ? Language.Chinese : Language.English);
            // The review's own output folder is no folder left unreviewed (an earlier one, which lists its files, the finder
            // already passes over; this run's may exist empty).
            var ownOutput = Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar);
            result = result with
            {
                NotRepositories = barren.Where(b => b.TrimEnd(Path.DirectorySeparatorChar) != ownOutput).Select(b => NotRepository.Of(result.Folder, b)).ToList(),
            };
            if (result.Jurisdictions.Count == 0)
                return Shell.Refuse(zh ? $"{input} 下没有找到目录仓库（含 catalogue.yaml 的文件夹）。" : $"no repository (folder with catalogue.yaml) below {input}.");
            var stamp = result.Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var json = ReviewJsonWriter.Write(result, CommonOptions.Version);
            using (var tx = new OutputTransaction(outDir, listFiles: true))
            {
                ReviewHtmlWriter.Write(result, tx.Staging);
                ReviewWorkbookWriter.Write(result, Path.Combine(tx.Staging, "review.xlsx"), stamp);
                File.WriteAllBytes(Path.Combine(tx.Staging, "review.json"), json);
                tx.Commit();
            }
            if (parse.GetValue(format) == "json") Console.Out.Write(Encoding.UTF8.GetString(json));
            else
            {
                foreach (var j in result.Jurisdictions.Where(j => j.Errors > 0 || j.Unreadable))
                {
                    // The folder's name is usually the jurisdiction's: said once then.
                    var named = Path.GetFileName(j.Path) == j.Name;
                    Console.Out.WriteLine(zh ? $"  {j.Path}{(named ? "" : $"（{j.Name}）")}：{j.Errors} 个错误{(j.Failure is null ? "" : "：" + j.Failure)}"
                        : $"  {j.Path}{(named ? "" : $" ({j.Name})")}: {English.Count(j.Errors, "error")}{(j.Failure is null ? "" : ": " + j.Failure)}");
                }
                foreach (var n in result.NotRepositories)
                    Console.Out.WriteLine(zh ? $"  {n.Path}/：未审核，{n.Text(zh)}" : $"  {n.Path}/: not reviewed, {n.Text(zh)}");
                foreach (var (code, paths) in result.SharedCodes)
                    Console.Out.WriteLine(zh
                        ? $"  行政区划代码 {code} 被 {paths.Count} 个仓库使用：{string.Join("、", paths)}。一个代码只对应一个行政区，请核实"
                        : $"  division code {code} is used by {paths.Count} repositories: {string.Join(", ", paths)}; one code is one jurisdiction, check them");
                Console.Out.WriteLine(zh
                    ? $"审核了 {result.Jurisdictions.Count} 个行政区：{result.WithErrors} 个有错误或无法读取，{WarningsOnly(result)} 个只有警告。总览：{Path.Combine(outDir, "index.html")}（用时 {clock.Elapsed.TotalSeconds:0.0} 秒）"
                    : $"reviewed {English.Count(result.Jurisdictions.Count, "jurisdiction")}: {result.WithErrors} with errors or unreadable, {WarningsOnly(result)} with warnings only. Dashboard: {Path.Combine(outDir, "index.html")} ({clock.Elapsed.TotalSeconds:0.0} s)");
            }
            return result.WithErrors > 0 ? Shell.Findings : Shell.Ok;
        });
        return command;
    }
}
