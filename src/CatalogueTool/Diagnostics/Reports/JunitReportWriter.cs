using System.Xml.Linq;
using CatalogueTool.Text;

namespace CatalogueTool.Diagnostics.Reports;

/// <summary>JUnit XML: one test case per file; a file with errors fails (warnings too under --strict).</summary>
public sealed class JunitReportWriter : IReportWriter
{
    public string Render(ReportContext context)
    {
        var result = context.Result;
        var byFile = result.Diagnostics.GroupBy(d => d.Span.File).ToDictionary(g => g.Key, g => g.ToList());
        var files = byFile.Keys.Union(result.ReadFiles).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) files.Add("catalogue.yaml");
        var cases = new List<XElement>();
        var failures = 0;
        foreach (var file in files)
        {
            var list = byFile.GetValueOrDefault(file) ?? [];
            var failing = list.Where(d => d.Severity == Severity.Error || (context.Strict && d.Severity == Severity.Warning)).ToList();
            var testCase = new XElement("testcase", new XAttribute("classname", "catalogue"), new XAttribute("name", file));
            if (failing.Count > 0)
            {
                failures++;
                testCase.Add(new XElement("failure",
                    new XAttribute("message", context.Language == Language.Chinese ? $"{failing.Count} 个问题" : English.Count(failing.Count, "finding")),
                    string.Join("\n", failing.Select(d => $"{ReportWriters.Location(d.Span)}: {ReportWriters.SeverityName(d.Severity)} {d.Rule.Id}: {d.Format(context.Language)}"))));
            }
            var others = list.Except(failing).ToList();
            if (others.Count > 0)
                testCase.Add(new XElement("system-out", string.Join("\n", others.Select(d => $"{ReportWriters.Location(d.Span)}: {ReportWriters.SeverityName(d.Severity)} {d.Rule.Id}: {d.Format(context.Language)}"))));
            cases.Add(testCase);
        }
        var suite = new XElement("testsuite",
            new XAttribute("name", "catalogue validate"),
            new XAttribute("tests", cases.Count),
            new XAttribute("failures", failures),
            new XAttribute("errors", 0),
            cases);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", suite)).Declaration + "\n" + new XElement("testsuites", suite) + "\n";
    }
}
