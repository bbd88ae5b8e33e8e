using System.CommandLine;
using CatalogueTool.Schema;

namespace CatalogueTool.Cli.Commands;

public static class SchemaCommand
{
    public static Command Create()
    {
        var file = new Option<string>("--file")
        {
            Description = "哪个文件的结构 / which file: manifest | area | powers | records | data (open data written by build) | review (review.json) | diff (diff --format json)",
            DefaultValueFactory = _ => "area",
        };
        file.AcceptOnlyFromAmong([.. JsonSchemaGenerator.Kinds, .. JsonSchemaGenerator.ReportKinds]);
        var output = new Option<string?>("--output", "-o") { Description = "把仓库各文件的结构（manifest、area、powers、records、data）写入此文件夹 / write the schemas of the repository's files into this folder" };
        var force = new Option<bool>("--force") { Description = "覆盖文件夹中已有的结构文件 / overwrite schema files already there" };
        var command = new Command("schema", "输出 JSON Schema（draft-07）/ print the JSON Schema of the files") { file, output, force };
        command.SetAction(parse =>
        {
            // Chinese unless --lang asks otherwise: schemas are files, the same on every machine.
            var language = CommonOptions.FileLanguage(parse);
            if (parse.GetValue(output) is { } folder)
            {
                var zh = CommonOptions.Language(parse) == Diagnostics.Language.Chinese;
                if (parse.GetResult(file) is { Implicit: false })
                    return Shell.Refuse(zh ? "-o 写出仓库各文件的全部结构，不能与 --file 同时使用。要单个结构，请去掉 -o，把输出重定向到文件：catalogue schema --file review > review.schema.json"
                        : "-o writes every schema of the repository's files and takes no --file; for one schema, drop -o and redirect: catalogue schema --file review > review.schema.json");
                var files = JsonSchemaGenerator.Kinds.Select(kind => (Path: Path.Combine(folder, kind + ".schema.json"), Text: JsonSchemaGenerator.Render(kind, language))).ToList();
                // Like every command that writes files: what is there is kept unless --force, and a link is replaced as a
                // file (never written through to where it points).
                var existing = files.Where(f => File.Exists(f.Path) || new FileInfo(f.Path).LinkTarget is not null).Select(f => f.Path).ToList();
                if (existing.Count > 0 && !parse.GetValue(force))
                    return Shell.Refuse(zh ? $"{string.Join("、", existing)} 已存在，未写入。要覆盖请加 --force。" : $"{string.Join(", ", existing)} exist; nothing written (use --force).");
                Emit.AtomicFile.WriteAll(files);
                Console.Error.WriteLine(zh ? $"已写入 {files.Count} 个结构文件到 {folder}" : $"wrote {files.Count} schema files to {folder}");
                return Shell.Ok;
            }
            Console.Out.Write(JsonSchemaGenerator.Render(parse.GetValue(file)!, language));
            return Shell.Ok;
        });
        return command;
    }
}
