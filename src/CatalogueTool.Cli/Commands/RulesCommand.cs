using System.CommandLine;
using System.Text;
using CatalogueTool.Diagnostics;
using CatalogueTool.Diagnostics.Reports;

namespace CatalogueTool.Cli.Commands;

public static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", "列出全部检查规则 / list every rule");
        command.SetAction(parse =>
        {
            var lang = CommonOptions.Language(parse);
            var sb = new StringBuilder();
            foreach (var r in KnownRules.All)
            {
                sb.Append(r.Id).Append("  ").Append(ReportWriters.SeverityName(r.Severity)).Append("  ").AppendLine(r.Title(lang));
                sb.Append("    ").AppendLine(r.Explanation(lang));
            }
            Console.Out.Write(sb.ToString());
            return Shell.Ok;
        });
        return command;
    }
}
