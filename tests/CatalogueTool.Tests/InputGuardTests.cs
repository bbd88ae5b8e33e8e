using CatalogueTool.Diagnostics;
using CatalogueTool.Emit.Excel;
using CatalogueTool.Import;
using CatalogueTool.Loading;
using CatalogueTool.Validation;

namespace CatalogueTool.Tests;

/// <summary>Characters that act or mislead when taken as they come: control characters in lists, Excel's own escapes,
/// links a page cannot hold, line separators pasted from the web, sheet names Excel refuses.</summary>
public class InputGuardTests
{
    [Fact]
    public void A_control_character_in_a_csv_power_list_refuses_its_row_at_the_cell_and_never_reaches_a_terminal()
    {
        var file = Path.Combine(TestPaths.TempDir(), "list.csv");
        File.WriteAllText(file, "事项编码,事项名称,权力类型,实施主体\nA-001,对随地\u0007吐痰\u001b[31m的处罚,行政处罚,试验县城市管理局\nA-002,事项乙,行政处罚\u001b]0;x\u0007,试验县城市管理局\nA-003,事项丙,行政许可,试验县城市管理局\n");
        var bag = new DiagnosticBag();
        var list = PowerListLoader.Load(file, "list.csv", bag)!;
        Assert.Equal(["A-003"], list.Powers.Select(p => p.Code));
        var refused = bag.ToSortedList();
        Assert.Equal([(2, 2, "U+0007"), (3, 3, "U+001B")], refused.Select(d => (d.Span.Line, d.Span.Column, (string)d.Args[0]!)));
        Assert.All(refused, d => Assert.DoesNotContain('\u001b', d.Format(Language.Chinese)));
    }

    [Fact]
    public void Messages_show_control_characters_by_name()
    {
        var d = new Diagnostic(KnownRules.InvalidValue, Severity.Error, new SourceSpan("a.yaml", 1, 1), "powers.code-characters", ["A\u001b[2J"]);
        Assert.Contains("A<U+001B>[2J", d.Format(Language.English));
    }

    [Fact]
    public void A_file_linked_to_outside_the_repository_is_not_read_nor_quoted()
    {
        var dir = TestPaths.TempDir();
        PowerTests.CopyDirectory(TestPaths.Example, dir);
        var secret = Path.Combine(TestPaths.TempDir(), "runner-secret.yaml");
        File.WriteAllText(secret, "area: 令牌 ghp_SECRET\n");
        File.Delete(Path.Combine(dir, "areas", "health.yaml"));
        File.CreateSymbolicLink(Path.Combine(dir, "areas", "health.yaml"), secret);
        var result = Validator.Validate(dir, TestPaths.Today);
        Assert.Contains(result.Diagnostics, d => d is { MessageKey: "file.link-outside", Span.File: "areas/health.yaml" });
        Assert.DoesNotContain(result.Diagnostics, d => d.Format(Language.Chinese).Contains("SECRET"));
        // A link that stays inside the repository is read as before, and so is a repository reached through a link.
        var linked = Path.Combine(TestPaths.TempDir(), "repo-link");
        Directory.CreateSymbolicLink(linked, TestPaths.Example);
        Assert.DoesNotContain(Validator.Validate(linked, TestPaths.Today).Diagnostics, d => d.MessageKey == "file.link-outside");
    }

    [Fact]
    public void Output_names_fit_a_file_name_and_never_name_a_windows_device()
    {
        var name = Emit.OutputNames.Safe(new string('县', 300));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(name + "-标准目录.xlsx") <= 255);
        Assert.Equal(50, name.Length);
        Assert.Equal("_CON", Emit.OutputNames.Safe("CON"));
        Assert.Equal("_nul.txt", Emit.OutputNames.Safe("nul.txt"));
        Assert.Equal("𠀀", Emit.OutputNames.Safe("𠀀")); // a character beyond the BMP is kept whole
        // A jurisdiction named at length still builds.
        var dir = TestPaths.ExampleEdited("catalogue.yaml", "name: 青禾县\n", $"name: {new string('青', 120)}县\n");
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Assert.True(Emit.BuildPipeline.Run(dir, new Emit.BuildOptions(output, new Emit.Excel.ExcelOptions(), TestPaths.Today, "1.0.0")).Written);
    }

    [Theory]
    [InlineData("景区名称_x000D_\n_x0041_等级", "景区名称\r\nA等级")]
    [InlineData("a_x005F_x0041_b", "a_x0041_b")]
    [InlineData("no_escape_here", "no_escape_here")]
    [InlineData("a_x005F_x005F_x005F_x0041_b", "a_x005F_x0041_b")] // text that is itself an escape, overlapping ones included
    public void Excel_escapes_are_read_as_excel_shows_them_and_written_so_that_it_shows_the_text(string stored, string shown)
    {
        Assert.Equal(shown, Text.OoxmlEscapes.Decode(stored));
        Assert.Equal(shown.Replace("\r", ""), Text.OoxmlEscapes.Decode(Text.OoxmlEscapes.Encode(shown.Replace("\r", ""))));
    }

    [Fact]
    public void Control_characters_are_dropped_from_imported_cells()
    {
        Assert.Equal("监督检查", CellText.Clean("监督\u001b检查\u0007"));
    }

    [Theory]
    [InlineData("'民政'", "_民政_")]
    [InlineData("It's 旅游", "It's 旅游")]
    [InlineData("History", "History_")]
    [InlineData("history", "history_")]
    public void Sheet_names_keep_to_excels_rules(string area, string sheet) =>
        Assert.Equal(sheet, WorkbookWriter.SheetName(area));

    [Theory]
    [InlineData("https://www.qinghe.gov.cn/a\"b", "records.url-characters")]
    [InlineData("https://www.qinghe.gov.cn/a<b>", "records.url-characters")]
    [InlineData("https:\\\\evil.com", "records.url-characters")]
    [InlineData("https://www.qinghe.gov.cn@evil.example/x.html", "records.url-user")]
    [InlineData("http://user:pass@evil.example/", "records.url-user")]
    [InlineData("https://www.qinghe.gov.cn/\u202Elmth.exe", "records.url-invisible")]
    [InlineData("https:evil.com", "records.url")]
    [InlineData("https://www.qinghe.gov.cn/zwgk/101.html，", "records.url-trailing")]
    [InlineData("https://www.qinghe.gov.cn/zwgk/101.html。", "records.url-trailing")]
    [InlineData("http://10.0.0.1/oa/101.html", "records.url-private")]
    [InlineData("http://192.168.1.20/101.html", "records.url-private")]
    [InlineData("http://oa/101.html", "records.url-private")]
    [InlineData("https://www.qinghe.gov.cn/zwgk/101.html.", "records.url-trailing")]
    [InlineData("https://www.qinghe.gov.cn/1.html，https://www.qinghe.gov.cn/2.html", "records.url-two")]
    public void A_record_link_a_page_cannot_hold_as_written_is_refused(string url, string key)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Example, "records", "social-assistance.yaml"));
        var first = text.IndexOf("url: ", StringComparison.Ordinal);
        var dir = TestPaths.ExampleWith("records/social-assistance.yaml", text[..first] + "url: '" + url.Replace("'", "''") + "'" + text[text.IndexOf('\n', first)..]);
        var result = Validator.Validate(dir, TestPaths.Today);
        Assert.Contains(result.Diagnostics, d => d.MessageKey == key && d.Span.File == "records/social-assistance.yaml");
    }

    [Theory]
    [InlineData("HTTPS://WWW.QINGHE.GOV.CN/b.html", "https://www.qinghe.gov.cn/b.html")]
    [InlineData("https://www.qinghe.gov.cn/zwgk/通知公告.html", "https://www.qinghe.gov.cn/zwgk/%E9%80%9A%E7%9F%A5%E5%85%AC%E5%91%8A.html")]
    [InlineData("https://www.qinghe.gov.cn/a#%zz", "https://www.qinghe.gov.cn/a#%25zz")]
    [InlineData("https://青禾.中国/a", "https://xn--2lzs91d.xn--fiqs8s/a")]
    [InlineData("https://www.qinghe.gov.cn/zwgk/%E9%80%9A.html", "https://www.qinghe.gov.cn/zwgk/%E9%80%9A.html")]
    [InlineData("https://[2001:db8::1]:8443/a", "https://[2001:db8::1]:8443/a")]
    [InlineData("https://www.qinghe.gov.cn/a?x=[1]", "https://www.qinghe.gov.cn/a?x=%5B1%5D")]
    [InlineData("https://www.qinghe.gov.cn/a#b#c", "https://www.qinghe.gov.cn/a#b%23c")]
    public void A_record_link_is_published_in_one_form_that_open_data_checkers_accept_as_a_uri(string written, string published)
    {
        // A bracket the link itself opened is part of it (…/社会救助（中国）), not punctuation after it.
        var text = File.ReadAllText(Path.Combine(TestPaths.Example, "records", "social-assistance.yaml"));
        var first = text.IndexOf("url: ", StringComparison.Ordinal);
        var bracketed = TestPaths.ExampleWith("records/social-assistance.yaml", text[..first] + "url: https://baike.baidu.com/item/社会救助（中国）" + text[text.IndexOf('\n', first)..]);
        Assert.DoesNotContain(Validator.Validate(bracketed, TestPaths.Today).Diagnostics, d => d.Rule.Id == "CAT0503");
        Assert.Equal(published, Binding.UrlRules.Normalised(written));
        Assert.False(Binding.UrlRules.IsPrivate(written));
    }

    [Fact]
    public void A_record_kept_in_another_areas_file_is_told_where_it_belongs()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Example, "records", "social-assistance.yaml"));
        var dir = TestPaths.ExampleWith("records/social-assistance.yaml", text + "- item: jz-001\n  title: 救灾通知\n  date: 2026-06-01\n");
        var d = Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics, d => d.Rule.Id == "CAT0508");
        Assert.Equal(("records/social-assistance.yaml", Severity.Warning), (d.Span.File, d.Severity));
        Assert.Contains("records/disaster-relief.yaml", d.Format(Language.Chinese));
    }

    [Theory]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    [InlineData('\u0085')]
    public void A_line_separator_pasted_into_a_value_is_named_where_it_is(char separator)
    {
        var dir = TestPaths.ExampleEdited("areas/social-assistance.yaml", "    name: 政策法规文件\n", $"    name: \"政策法规{separator}文件\"\n");
        var finding = Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics);
        Assert.Equal("yaml.line-separator", finding.MessageKey);
        Assert.Equal($"U+{(int)separator:X4}", finding.Args[0]);
    }

    [Fact]
    public void A_direction_override_is_warned_about_and_shown_by_name()
    {
        var dir = TestPaths.ExampleEdited("areas/social-assistance.yaml", "    name: 政策法规文件\n", "    name: 政策法规\u202E文件\n");
        var finding = Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics);
        Assert.Equal("CAT0011", finding.Rule.Id);
        Assert.Equal("<U+202E>", Text.ControlCharacters.Visible("\u202E"));
    }

    [Fact]
    public void A_link_to_nothing_is_said_in_the_users_words()
    {
        var dir = TestPaths.TempDir();
        PowerTests.CopyDirectory(TestPaths.Example, dir);
        var target = Path.Combine(dir, "areas", "tourism.yaml");
        File.Delete(target);
        File.CreateSymbolicLink(target, Path.Combine(dir, "nowhere.yaml"));
        var finding = Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics, d => d.Span.File == "areas/tourism.yaml");
        Assert.Equal("file.gone", finding.MessageKey);
    }

    [Fact]
    public void The_import_report_shows_a_cells_control_characters_by_name()
    {
        var result = new ImportResult("a.xlsx", null, [], [new ImportFinding("社会救助!C5", Severity.Info, "“监督\u001b[31m检查”", "'监督\u001b[31m检查'")], false);
        Assert.Contains("监督<U+001B>[31m检查", ImportReport.Text(result));
    }
}
