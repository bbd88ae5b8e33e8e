using System.CommandLine;
using CatalogueTool.Diagnostics;
using CatalogueTool.Emit;
using CatalogueTool.Emit.Yaml;
using CatalogueTool.Import;
using CatalogueTool.Model;

namespace CatalogueTool.Cli.Commands;

/// <summary><c>catalogue import &lt;file.xlsx|.xls&gt; [-o dir] [--area id] [--check] [--force]</c>: an existing Excel catalogue → area files.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("file") { Description = "已有的 Excel 目录（.xlsx 或 .xls）/ existing Excel catalogue" };
        var output = new Option<string>("--output", "-o") { Description = "目录仓库文件夹（默认当前文件夹）/ repository folder", DefaultValueFactory = _ => "." };
        var area = new Option<string?>("--area") { Description = "表格中看不出领域时使用的领域，如 social-assistance 或 社会救助 / area when nothing says" };
        var check = new Option<bool>("--check") { Description = "只报告，不写文件 / report only" };
        var force = new Option<bool>("--force") { Description = "覆盖已有的领域文件 / overwrite existing area files" };
        var command = new Command("import", "把已有的 Excel 目录导入为领域文件 / import an existing Excel catalogue") { input, output, area, check, force };
        command.SetAction(parse =>
        {
            var lang = CommonOptions.Language(parse);
            var zh = lang == Language.Chinese;
            var file = parse.GetValue(input)!;
            var dir = parse.GetValue(output)!;
            var ext = Path.GetExtension(file).ToLowerInvariant();
            if (!File.Exists(file)) return Shell.Refuse(zh ? $"找不到文件 {file}。" : $"file not found: {file}");
            if (ext is not (".xlsx" or ".xls"))
                return Shell.Refuse(zh ? $"{file}：只能导入 .xlsx 或 .xls 文件（WPS 的 .et 请另存为 .xlsx）。" : $"{file}: only .xlsx and .xls files can be imported (save WPS .et files as .xlsx).");
            if (parse.GetValue(area) is { } a && PilotAreas.FindById(a) is null && PilotAreas.Find(a, out _) is null)
                return Shell.Refuse(zh ? $"--area “{a}”不是试点领域。可用：{string.Join("、", PilotAreas.All.Select(p => p.Id))}"
                    : $"--area '{a}' is not a pilot area. Use one of: {string.Join(", ", PilotAreas.All.Select(p => p.Id))}");

            var result = CatalogueImporter.Import(file, parse.GetValue(area));
            if (!result.Unreadable) result = BaselineMatcher.Apply(result, Baselines.BaselineLoader.LoadNational().Baseline);
            Console.Out.Write(ImportReport.Text(result, lang));
            if (result.Unreadable) return Shell.Usage;
            if (result.Areas.Count == 0)
            {
                Console.Error.WriteLine(zh ? "没有导入任何事项，未写入文件。" : "no item imported; nothing written.");
                return Shell.Findings;
            }
            if (parse.GetValue(check)) return result.Findings.Any(f => f.Severity == Severity.Error) ? Shell.Findings : Shell.Ok;

            var targets = result.Areas.Select(x => (x, Path: Path.Combine(dir, "areas", x.Area.Id + ".yaml"))).ToList();
            var existing = targets.Where(t => File.Exists(t.Path)).Select(t => t.Path).ToList();
            if (existing.Count > 0 && !parse.GetValue(force))
                return Shell.Refuse((zh ? "这些文件已存在，未写入任何文件（要覆盖请加 --force）：" : "these files exist; nothing written (use --force to overwrite):")
                    + $"\n  {string.Join("\n  ", existing)}");

            var header = $"由 catalogue import 从 {result.File} 导入，请核对后删除本行";
            var files = targets.Select(t => (t.Path, Text: AreaYamlWriter.Write(t.x.Area.Id, header, t.x.Items, []))).ToList();
            var manifest = Path.Combine(dir, "catalogue.yaml");
            if (!File.Exists(manifest)) files.Add((manifest, Manifest(result)));
            files.Add((Path.Combine(dir, "import-report.txt"), ImportReport.Text(result, lang)));
            files.Add((Path.Combine(dir, "import-report.json"), ImportReport.Json(result, lang)));
            AtomicFile.WriteAll(files);
            Console.Out.WriteLine(zh
                ? $"已写入 {targets.Count} 个领域文件到 {Path.Combine(dir, "areas")}，报告见 import-report.txt。下一步：catalogue validate {dir}"
                : $"wrote {targets.Count} area files to {Path.Combine(dir, "areas")}; report in import-report.txt. Next: catalogue validate {dir}");
            return result.Findings.Any(f => f.Severity == Severity.Error) ? Shell.Findings : Shell.Ok;
        });
        return command;
    }

    private static string Manifest(ImportResult r) =>
        $"# yaml-language-server: $schema=schemas/manifest.schema.json\n# 由 catalogue import 生成，请补全行政区划代码、发布机关，并为未导入的领域写明不涉及的理由\nschema: 1\njurisdiction:\n  name: {YamlText.Scalar(r.Jurisdiction ?? "待填写")}\n  level: county\npublisher: 待填写\nedition: \"1\"\nbaseline: national\n";
}
