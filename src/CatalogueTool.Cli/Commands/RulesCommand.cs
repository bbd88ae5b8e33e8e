using System.CommandLine;
using System.Text;
using CatalogueTool.Diagnostics;
using CatalogueTool.Diagnostics.Reports;

namespace CatalogueTool.Cli.Commands;

public static class RulesCommand
{
    public static Command Create()
    {
        var ids = new Argument<string[]>("id") { Description = "只列出这些规则，如 CAT0601 / only these rules", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("rules", "列出全部检查规则 / list every rule") { ids };
        command.SetAction(parse =>
        {
            var lang = CommonOptions.Language(parse);
            var zh = lang == Language.Chinese;
            var asked = parse.GetValue(ids) ?? [];
            // A rule named by its number as a finding shows it (CAT0601, cat0601, 0601).
            var rules = new List<Rule>();
            foreach (var id in asked)
            {
                var digits = id.Trim().TrimStart('C', 'c', 'A', 'a', 'T', 't');
                if ((KnownRules.Find(id.Trim()) ?? KnownRules.Find("CAT" + digits)) is { } rule) rules.Add(rule);
                else return Shell.Refuse(zh ? $"没有规则“{id}”。不带参数运行 catalogue rules 可列出全部规则。" : $"no rule '{id}'; catalogue rules without arguments lists them all.");
            }
            var sb = new StringBuilder();
            foreach (var r in asked.Length == 0 ? KnownRules.All : rules)
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
