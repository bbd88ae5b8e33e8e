using System.CommandLine;
using CatalogueTool.Diagnostics;
using CatalogueTool.Diagnostics.Reports;
using CatalogueTool.Emit;
using CatalogueTool.Emit.Yaml;
using CatalogueTool.Import;
using CatalogueTool.Text;

namespace CatalogueTool.Cli.Commands;

/// <summary><c>catalogue import-powers &lt;file.xlsx|.csv&gt; [-o file.yaml] [--force]</c>: a county's power list → powers YAML, with a report.</summary>
public static class ImportPowersCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("file") { Description = "权责清单 .xlsx 或 .csv / power list" };
        var output = new Option<string?>("--output", "-o") { Description = "输出的 YAML 文件（默认与输入同名 .yaml）/ output YAML file" };
        var force = new Option<bool>("--force") { Description = "覆盖已有的输出文件 / overwrite an existing output file" };
        var command = new Command("import-powers", "把权责清单表格转换为 YAML / convert a power list to YAML") { input, output, force };
        command.SetAction(parse =>
        {
            var zh = CommonOptions.Language(parse) == Language.Chinese;
            var source = parse.GetValue(input)!;
            var target = parse.GetValue(output) ?? Path.ChangeExtension(source, ".yaml");
            if (!File.Exists(source))
                return Shell.Refuse(zh ? $"找不到文件 {source}。" : $"file not found: {source}");
            if (!PowerListImport.Extensions.Contains(Path.GetExtension(source).ToLowerInvariant()))
                return Shell.Refuse(zh ? $"{source}：只能导入 .xlsx 或 .csv 格式的权责清单（.xls 请先在 Excel/WPS 中另存为 .xlsx）。" : $"{source}: only .xlsx and .csv power lists can be imported (save .xls as .xlsx first).");
            if (Path.GetFullPath(target) == Path.GetFullPath(source))
                return Shell.Refuse(zh ? "输出文件不能与输入文件相同。" : "the output cannot be the input file.");
            var import = PowerListImport.Read(source);
            var lang = zh ? Language.Chinese : Language.English;
            foreach (var d in import.Diagnostics)
                Console.Out.WriteLine(TextReportWriter.Line(d, lang));
            if (import.Powers.Count == 0)
                return Shell.Refuse(zh ? $"{source} 中没有读到任何职权，未写入文件。" : $"no powers read from {source}; nothing written.");
            // An import with errors has left rows out: it never replaces the file the user has, --force or not (so --force
            // is offered only to an import without errors).
            if (File.Exists(target) && import.Errors == 0 && !parse.GetValue(force))
                return Shell.Refuse(zh ? $"{target} 已存在，未写入。要覆盖请加 --force，或用 -o 指定新文件。" : $"{target} exists; nothing written. Use --force to overwrite or -o for another file.");
            if (File.Exists(target) && import.Errors > 0) return Shell.KeepExisting(import.Errors, [target], zh);
            AtomicFile.Write(target, PowerListYamlWriter.Write(import));
            var bodies = import.Powers.Select(p => p.Subject).Distinct(StringComparer.Ordinal).Count();
            Console.Out.WriteLine(zh
                ? $"已写入 {target}：{import.Powers.Count} 项职权（{import.Department}{(bodies > 1 ? $"等 {bodies} 个部门" : "")}），规范化 {import.Normalised} 处，跳过 {import.Skipped} 行。"
                : $"wrote {target}: {English.Count(import.Powers.Count, "power")} ({import.Department}{(bodies > 1 ? $" and {bodies - 1} other bodies" : "")}), {import.Normalised} normalised, {English.Count(import.Skipped, "row")} skipped.");
            return import.Errors > 0 ? Shell.Findings : Shell.Ok;
        });
        return command;
    }
}
