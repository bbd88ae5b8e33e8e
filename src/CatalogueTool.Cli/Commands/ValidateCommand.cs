using System.CommandLine;
using CatalogueTool.Diagnostics;
using CatalogueTool.Diagnostics.Reports;
using CatalogueTool.Validation;

namespace CatalogueTool.Cli.Commands;

public static class ValidateCommand
{
    public static Command Create()
    {
        var dir = CommonOptions.RepositoryArgument();
        var format = new Option<string>("--format", "-f")
        {
            Description = "报告格式 / report format: text | json | sarif | junit | github",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. ReportWriters.ByFormat.Keys]);
        var strict = new Option<bool>("--strict") { Description = "有警告也返回 1 / exit 1 on warnings too" };
        var today = CommonOptions.Today();
        var command = new Command("validate", "检查目录仓库 / check a catalogue repository") { dir, format, strict, today };
        command.SetAction(parse =>
        {
            var lang = CommonOptions.Language(parse);
            var result = Validator.Validate(parse.GetValue(dir)!, ReferenceDate.Resolve(parse.GetValue(today)));
            var isStrict = parse.GetValue(strict);
            Console.Out.Write(ReportWriters.ByFormat[parse.GetValue(format)!].Render(new ReportContext(result, lang, CommonOptions.Version, isStrict)));
            return ExitCode(result, isStrict);
        });
        return command;
    }

    public static int ExitCode(ValidationResult result, bool strict)
    {
        if (result.Unreadable) return Shell.Usage;
        if (result.Errors > 0 || (strict && result.Warnings > 0)) return Shell.Findings;
        return Shell.Ok;
    }
}
