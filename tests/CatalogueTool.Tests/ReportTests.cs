using System.Text.Json;
using System.Xml.Linq;
using CatalogueTool.Diagnostics;
using CatalogueTool.Diagnostics.Reports;
using CatalogueTool.Validation;

namespace CatalogueTool.Tests;

public class ReportTests
{
    private static ReportContext Planted(Language lang = Language.Chinese) =>
        new(Validator.Validate(Path.Combine(TestPaths.Cases, "planted"), new DateOnly(2025, 6, 1)), lang, "1.0.0", false);

    [Fact]
    public void Every_message_formats_in_both_languages()
    {
        Assert.Equal(Diagnostics.MessagesZh.Table.Keys.Order(), Diagnostics.MessagesEn.Table.Keys.Order());
        object?[] args = ["a", "b", "c", "d", "e", "f"];
        foreach (var key in Diagnostics.MessagesZh.Table.Keys)
            foreach (var language in new[] { Language.Chinese, Language.English })
                Assert.DoesNotMatch(@"\{[0-9]+\}", Diagnostics.Messages.Format(language, key, args)); // formats (a stray brace throws), no placeholder left
    }

    [Fact]
    public void Text_is_one_line_per_finding_then_a_summary()
    {
        var ctx = Planted();
        var lines = ReportWriters.ByFormat["text"].Render(ctx).TrimEnd('\n').Split('\n');
        Assert.Equal("catalogue.yaml:23:3: error CAT0202: 领域“社会救助”既有文件 areas/social-assistance.yaml，又列在 not_applicable 中。请删除其一", lines.Single(l => l.Contains("CAT0202")));
        Assert.StartsWith("检查了 4 个文件、4 个事项：31 个错误", lines[^1]); // the item refused for its own errors was checked too
    }

    [Fact]
    public void Json_has_the_documented_shape_and_sorted_diagnostics()
    {
        var ctx = Planted(Language.English);
        using var doc = JsonDocument.Parse(ReportWriters.ByFormat["json"].Render(ctx));
        var root = doc.RootElement;
        Assert.Equal("catalogue", root.GetProperty("tool").GetString());
        Assert.Equal("2025-06-01", root.GetProperty("date").GetString()); // the date the checks were made against
        Assert.Equal(31, root.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(4, root.GetProperty("summary").GetProperty("items").GetInt32());
        var diags = root.GetProperty("diagnostics").EnumerateArray().Select(d => (d.GetProperty("file").GetString()!, d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32())).ToList();
        Assert.Equal(diags.OrderBy(d => d.Item1, StringComparer.Ordinal).ThenBy(d => d.Item2).ThenBy(d => d.Item3).ToList(), diags);
    }

    [Fact]
    public void English_json_coverage_keeps_its_keys_and_adds_labels()
    {
        JsonElement Coverage(Language lang)
        {
            var ctx = new ReportContext(Validator.Validate(TestPaths.Example, TestPaths.Today), lang, "1.0.0", false);
            return JsonDocument.Parse(ReportWriters.ByFormat["json"].Render(ctx)).RootElement.GetProperty("summary").GetProperty("power_coverage").Clone();
        }
        var en = Coverage(Language.English);
        var licensing = en.GetProperty("by_type").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "行政许可");
        Assert.Equal("licensing (行政许可)", licensing.GetProperty("label").GetString());
        Assert.Equal(("合计", "Total"), (en.GetProperty("total").GetProperty("key").GetString(), en.GetProperty("total").GetProperty("label").GetString()));
        Assert.Equal("合计", Coverage(Language.Chinese).GetProperty("total").GetProperty("label").GetString()); // the same keys in either language
    }

    [Fact]
    public void The_areas_whose_records_are_not_kept_are_counted_so_that_no_warning_is_not_read_as_full_columns()
    {
        var ctx = new ReportContext(Validator.Validate(TestPaths.Example, TestPaths.Today), Language.Chinese, "1.0.0", false);
        Assert.Contains("公开记录：1 个领域已登记，25 个领域未登记", ReportWriters.ByFormat["text"].Render(ctx));
        using var doc = JsonDocument.Parse(ReportWriters.ByFormat["json"].Render(ctx));
        var records = doc.RootElement.GetProperty("summary").GetProperty("record_areas");
        Assert.Equal((1, 25), (records.GetProperty("kept").GetInt32(), records.GetProperty("not_kept").GetInt32()));
    }

    [Fact]
    public void Strict_is_said_in_the_machine_reports_and_a_finding_stays_on_one_line()
    {
        var dir = TestPaths.ExampleEdited("areas/social-assistance.yaml", "    time_limit: 制定或获取信息之日起10个工作日内\n", "    time_limit: |\n      看情况\n      再定\n");
        var result = Validator.Validate(dir, TestPaths.Today);
        Assert.True(result.Warnings > 0 && result.Errors == 0);
        var strict = new ReportContext(result, Language.Chinese, "1.0.0", true);
        using var doc = JsonDocument.Parse(ReportWriters.ByFormat["json"].Render(strict));
        Assert.Equal((true, false), (doc.RootElement.GetProperty("summary").GetProperty("strict").GetBoolean(), doc.RootElement.GetProperty("summary").GetProperty("passed").GetBoolean()));
        Assert.Contains("::error::按 --strict", ReportWriters.ByFormat["github"].Render(strict));
        var text = ReportWriters.ByFormat["text"].Render(strict);
        var line = text.Split('\n').First(l => l.Contains("看情况"));
        Assert.Contains("看情况\\n再定", line);
    }

    [Fact]
    public void Sarif_is_2_1_0_with_rule_index_and_region()
    {
        using var doc = JsonDocument.Parse(ReportWriters.ByFormat["sarif"].Render(Planted()));
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var run = doc.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(result.GetProperty("ruleId").GetString(), rules[index].GetProperty("id").GetString());
            Assert.True(result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        }
    }

    [Fact]
    public void Junit_is_one_case_per_file()
    {
        var xml = XDocument.Parse(ReportWriters.ByFormat["junit"].Render(Planted()));
        var cases = xml.Descendants("testcase").Select(c => (string)c.Attribute("name")!).ToList();
        Assert.Equal(["areas/social-assistance.yaml", "catalogue.yaml", "powers/民政局.yaml", "records/social-assistance.yaml"], cases);
        Assert.Equal(4, xml.Descendants("failure").Count());
    }

    [Fact]
    public void Junit_lists_every_file_read_even_when_clean()
    {
        var result = Validation.Validator.Validate(TestPaths.Example, TestPaths.Today);
        var xml = XDocument.Parse(ReportWriters.ByFormat["junit"].Render(new ReportContext(result, Language.Chinese, "1.0.0", false)));
        var cases = xml.Descendants("testcase").Select(c => (string)c.Attribute("name")!).ToList();
        Assert.Equal(result.Files, cases.Count);
        Assert.Contains("areas/social-assistance.yaml", cases);
        Assert.Contains("powers/民政局.yaml", cases);
        Assert.Empty(xml.Descendants("failure"));
    }

    [Fact]
    public void Github_prints_workflow_commands_with_escaped_properties()
    {
        var text = ReportWriters.ByFormat["github"].Render(Planted());
        Assert.Contains("::error file=catalogue.yaml,line=23,col=3,title=CAT0202::", text);
        Assert.Contains("::notice file=areas/social-assistance.yaml,line=12,col=16,title=CAT0604::", text);
    }
}
