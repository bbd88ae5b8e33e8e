using System.Text;

namespace CatalogueTool.Diagnostics.Reports;

/// <summary>GitHub Actions workflow commands: <c>::error file=…,line=…,col=…::message</c>.</summary>
public sealed class GithubReportWriter : IReportWriter
{
    public string Render(ReportContext context)
    {
        var sb = new StringBuilder();
        foreach (var d in context.Result.Diagnostics)
        {
            var kind = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            sb.Append("::").Append(kind)
              .Append(" file=").Append(Escape(d.Span.File, true))
              .Append(",line=").Append(d.Span.Line)
              .Append(",col=").Append(d.Span.Column)
              .Append(",title=").Append(Escape(d.Rule.Id, true))
              .Append("::").AppendLine(Escape(d.Format(context.Language), false));
        }
        // Under --strict a run with warnings only fails: said as an error, so that the failed job shows why.
        if (context.Strict && context.Result.Errors == 0 && context.Result.Warnings > 0)
            sb.Append("::error::").AppendLine(Escape(context.Language == Language.Chinese
                ? $"按 --strict 的要求，{context.Result.Warnings} 个警告也算作不通过"
                : $"under --strict, the {context.Result.Warnings} warnings fail the check", false));
        return Text.ControlCharacters.Visible(sb.ToString()); // a file's name never acts on the terminal or log either
    }

    private static string Escape(string s, bool property)
    {
        var e = s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        return property ? e.Replace(":", "%3A").Replace(",", "%2C") : e;
    }
}
