using System.CommandLine;
using CatalogueTool.Schema;

namespace CatalogueTool.Cli.Commands;

public static class SchemaCommand
{
    public static Command Create()
    {
        var file = new Option<string>("--file")
        {
            Description = "哪个文件的结构 / which file: manifest | area | powers | records | data (open data written by build)",
            DefaultValueFactory = _ => "area",
        };
        file.AcceptOnlyFromAmong(JsonSchemaGenerator.Kinds);
        var output = new Option<string?>("--output", "-o") { Description = "把全部结构写入此文件夹 / write every schema into this folder" };
        var command = new Command("schema", "输出 JSON Schema（draft-07）/ print the JSON Schema of the files") { file, output };
        command.SetAction(parse =>
        {
            // Chinese unless --lang asks otherwise: schemas are files, the same on every machine.
            var language = CommonOptions.FileLanguage(parse);
            if (parse.GetValue(output) is { } folder)
            {
                Directory.CreateDirectory(folder);
                foreach (var kind in JsonSchemaGenerator.Kinds)
                    File.WriteAllText(Path.Combine(folder, kind + ".schema.json"), JsonSchemaGenerator.Render(kind, language));
                return Shell.Ok;
            }
            Console.Out.Write(JsonSchemaGenerator.Render(parse.GetValue(file)!, language));
            return Shell.Ok;
        });
        return command;
    }
}
