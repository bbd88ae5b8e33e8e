using System.Text;
using CatalogueTool.Diagnostics;
using CatalogueTool.Validation;

namespace CatalogueTool.Tests;

/// <summary>Hostile files end with a clear diagnostic at the right place, never a crash.</summary>
public class HostileInputTests
{
    private static ValidationResult ValidateArea(byte[] bytes)
    {
        var dir = TestPaths.MinimalRepo("placeholder");
        File.WriteAllBytes(Path.Combine(dir, "areas", "social-assistance.yaml"), bytes);
        return Validator.Validate(dir, TestPaths.Today);
    }

    private static ValidationResult ValidateArea(string text) => ValidateArea(new UTF8Encoding(false).GetBytes(text));

    private static Diagnostic Single(ValidationResult r, string rule) =>
        Assert.Single(r.Diagnostics, d => d.Rule.Id == rule && d.Span.File == "areas/social-assistance.yaml");

    [Fact]
    public void Deep_nesting_of_100000_levels_is_an_error_not_a_stack_overflow()
    {
        var r = ValidateArea("area: " + new string('[', 100_000) + new string(']', 100_000));
        Assert.Equal("CAT0006", Single(r, "CAT0006").Rule.Id);
    }

    [Fact]
    public void Deep_block_nesting_is_an_error()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 200; i++) sb.Append(new string(' ', i * 2)).Append("k").Append(i).AppendLine(":");
        Single(ValidateArea(sb.ToString()), "CAT0006");
    }

    [Fact]
    public void A_60_MB_file_is_refused_before_reading()
    {
        var bytes = new byte[60 * 1024 * 1024];
        Array.Fill(bytes, (byte)'a');
        Single(ValidateArea(bytes), "CAT0002");
    }

    [Fact]
    public void Billion_laughs_is_refused_at_the_first_anchor()
    {
        var yaml = "a: &a [\"lol\",\"lol\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n";
        var d = Single(ValidateArea(yaml), "CAT0005");
        Assert.Equal((1, 4), (d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void Gbk_file_is_named_as_such()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("area: 社会救助\nitems: []\n");
        var d = Single(ValidateArea(bytes), "CAT0001");
        Assert.Contains("GBK", d.Format(Language.Chinese));
        Assert.Equal(1, d.Span.Line);
    }

    [Fact]
    public void A_gbk_power_list_csv_points_at_import_powers()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var dir = TestPaths.ExampleWith("powers/财政局.csv", "");
        File.WriteAllBytes(Path.Combine(dir, "powers", "财政局.csv"), Encoding.GetEncoding("GB18030").GetBytes("职权编码,职权名称,职权类型,实施主体\n1,征收,行政征收,青禾县财政局\n"));
        var d = Assert.Single(Validation.Validator.Validate(dir, TestPaths.Today).Diagnostics, d => d.Span.File == "powers/财政局.csv" && d.Rule.Id == "CAT0001");
        Assert.Equal("file.gbk-csv", d.MessageKey);
        Assert.Contains("import-powers", d.Format(Language.Chinese));
    }

    [Fact]
    public void Utf16_file_is_refused()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("area: x")).ToArray();
        Single(ValidateArea(bytes), "CAT0001");
    }

    [Fact]
    public void Utf8_bom_is_tolerated()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("area: 社会救助\nitems:\n" + TestPaths.GoodItem)).ToArray();
        var r = ValidateArea(bytes);
        Assert.Equal(0, r.Errors);
    }

    [Fact]
    public void Binary_garbage_is_an_encoding_error()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var r = ValidateArea(bytes);
        Assert.Contains(r.Diagnostics, d => d.Rule.Id is "CAT0001" or "CAT0003");
    }

    [Fact]
    public void Tabs_are_reported_on_their_own_lines()
    {
        var r = ValidateArea("area: 社会救助\nitems:\n\t- id: a\n  \t- id: b\n");
        var tabs = r.Diagnostics.Where(d => d.Rule.Id == "CAT0004").Select(d => (d.Span.Line, d.Span.Column)).ToList();
        Assert.Equal([(3, 1), (4, 3)], tabs);
    }

    [Fact]
    public void Duplicate_keys_are_reported_at_the_second()
    {
        var d = Single(ValidateArea("area: 社会救助\narea: 养老服务\nitems: []\n"), "CAT0007");
        Assert.Equal((2, 1), (d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void Truncated_yaml_is_a_syntax_error_with_position()
    {
        var d = Single(ValidateArea("area: 社会救助\nitems:\n  - id: \"shjz-001\n"), "CAT0003");
        Assert.True(d.Span.Line >= 3);
    }


    [Theory]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n    name：临时救助\n    category: 救助\n", 4, 9, "name")]
    [InlineData("area: social-assistance\nitems:\n  - id：shjz-001\n    name: 临时救助\n", 3, 7, "id")]
    [InlineData("area：social-assistance\nitems: []\n", 1, 5, "area")]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n    \"name\"：临时救助\n    category: 救助\n", 4, 11, "name")]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n    note：见附件: 第二条\n", 4, 9, "note")]
    [InlineData("area: social-assistance\nitems:\n  - {id：shjz-001}\n", 3, 8, "id")]
    [InlineData("area: social-assistance\nlocal_id：旅游\nitems: []\n", 2, 9, "local_id")]
    public void A_key_with_a_chinese_colon_is_named_at_the_colon(string yaml, int line, int column, string key)
    {
        var d = Single(ValidateArea(yaml), "CAT0003");
        Assert.Equal(("yaml.fullwidth-colon", line, column), (d.MessageKey, d.Span.Line, d.Span.Column));
        Assert.Contains($"“{key}”后面是中文冒号", d.Format(Language.Chinese));
    }
    [Theory]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n　　name: 临时救助\n", "yaml.fullwidth-indent", 4, 1)]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n    name:临时救助\n    category: 救助\n", "yaml.colon-space", 4, 9)]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n    category: 救助\n   name: 临时救助\n", "yaml.key-indent", 5, 4)]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n    content: 办法\n      basis:\n        - 条例\n    name: 临时救助\n", "yaml.key-indent", 5, 7)]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n    content: 办法\n  　basis:\n      - 条例\n", "yaml.fullwidth-indent", 5, 3)]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n    content: 对象\n      条件: 城乡居民\n", "yaml.colon-in-value", 5, 9)]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n    name:\u00a0临时救助\n", "yaml.invisible", 4, 10)]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n  \u00a0 name: 临时救助\n", "yaml.invisible", 4, 3)]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n    name: 临时救助\n  － id: shjz-002\n", "yaml.fullwidth-dash", 5, 3)]
    [InlineData("area: social-assistance\nitems:\n  -id: shjz-001\n    name: 临时救助\n", "yaml.dash-space", 3, 3)]
    [InlineData("area: social-assistance\nitems: []\n  - id: shjz-001\n", "yaml.empty-then-entries", 2, 8)]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n    basis:\n      - 《条例》\n      -《办法》\n    name: 临时救助\n", "yaml.dash-space-text", 6, 7)]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n    name: \"政策\"法规\"文件\"\n", "yaml.quote-in-quote", 4, 14)]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n    name: '政策'法规'文件'\n", "yaml.quote-in-quote", 4, 14)]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n    basis:\n      －《条例》\n      - 《办法》\n", "yaml.dash-in-text", 5, 7)]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n    basis:\n      -《条例》\n    name: 临时救助\n", "yaml.dash-in-text", 5, 7)]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n    basis:\n      《条例》\n      - 《办法》\n", "yaml.dash-after-text", 6, 7)]
    [InlineData("area: social-assistance\nitems:\n  - id: shjz-001\n    basis:\n      - 《条例》\n      －《办法》\n    name: 临时救助\n", "yaml.dash-in-text", 6, 7)]
    public void Common_slips_in_yaml_are_named_for_what_they_are(string yaml, string key, int line, int column)
    {
        var d = Single(ValidateArea(yaml), "CAT0003");
        Assert.Equal((key, line, column), (d.MessageKey, d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void A_pair_written_in_a_list_is_told_at_its_place_with_the_colon_to_use_and_dashes_that_are_punctuation_pass()
    {
        foreach (var (yaml, line, column) in new[] { ("    channels: [政府网站, 其他: 微信群]\n", 4, 22), ("    channels:\n      - 政府网站\n      - 其他: 微信群\n", 6, 9) })
        {
            var d = Single(ValidateArea("area: social-assistance\nitems:\n  - id: shjz-001\n" + yaml), "CAT0103");
            Assert.Equal(("schema.entry-colon", line, column), (d.MessageKey, d.Span.Line, d.Span.Column));
            Assert.Contains("其他：微信群", d.Format(Language.Chinese));
        }
        // A Chinese dash pair, a quoted or block text, and a wrapped text that is no list, are text: no finding.
        var wrapped = ValidateArea("area: social-assistance\nitems:\n  - id: shjz-001\n    content: 低温预警\n      -5℃以下\n      —依照条例\n");
        Assert.DoesNotContain(wrapped.Diagnostics, d => d.MessageKey is "yaml.dash-in-text" or "yaml.dash-after-text");
        // A value is told once, at its first slip; a file with hundreds of them, twenty times and a count.
        var one = ValidateArea("area: social-assistance\nitems:\n  - id: shjz-001\n    basis:\n      《条例》\n" + string.Concat(Enumerable.Repeat("      －《办法》\n", 3000)));
        Assert.Equal(1, one.Diagnostics.Count(d => d.MessageKey.StartsWith("yaml.dash-in-text", StringComparison.Ordinal)));
        var many = ValidateArea("area: social-assistance\nitems:\n" + string.Concat(Enumerable.Range(1, 300).Select(i => $"  - id: shjz-{i:000}\n    basis:\n      《条例》\n      －《办法》\n")));
        Assert.Equal(21, many.Diagnostics.Count(d => d.MessageKey.StartsWith("yaml.dash-in-text", StringComparison.Ordinal)));
        var fine = ValidateArea("area: social-assistance\nitems:\n  - id: shjz-001\n    content: 名单\n      ——依照条例\n    note: \"x\n      －y\"\n    sub: |\n      －z\n");
        Assert.DoesNotContain(fine.Diagnostics, d => d.MessageKey == "yaml.dash-in-text");
    }

    [Theory]
    [InlineData("    公开时限: 20个工作日内\n", "CAT0101", "schema.unknown-key-chinese", "time_limit")]
    [InlineData("    公开内容（要素）: 文件\n", "CAT0101", "schema.unknown-key-chinese", "content")]
    [InlineData("    name:\u3000政策法规文件\n", "CAT0003", "yaml.colon-fullwidth-space", "全角空格")]
    [InlineData("    audience: 全体群众\n", "CAT0105", "schema.variant", "全社会")]
    [InlineData("    channels: 政府网站 公开查阅点\n", "CAT0105", "schema.list-separator-space", "政府网站, 公开查阅点")]
    public void A_clerks_slip_is_answered_with_the_fix_not_a_guess(string line, string rule, string key, string said)
    {
        var r = ValidateArea("area: social-assistance\nitems:\n  - id: shjz-001\n" + line);
        var d = Assert.Single(r.Diagnostics, d => d.MessageKey == key);
        Assert.Equal((rule, 4), (d.Rule.Id, d.Span.Line));
        Assert.Contains(said, d.Format(Language.Chinese));
        Assert.DoesNotContain(r.Diagnostics, d => d.Format(Language.Chinese).Contains("特定群体", StringComparison.Ordinal)); // 全体群众 is no 特定群体
    }

    [Fact]
    public void A_list_entry_holding_a_line_break_is_read_as_the_entries_it_holds_and_said()
    {
        var r = ValidateArea("area: social-assistance\nitems:\n  - id: shjz-001\n    basis: [\"《条例甲》\\n《条例乙》\", 《条例丙》]\n");
        var d = Single(r, "CAT0105");
        Assert.Equal(("content.entry-lines", 4, 13), (d.MessageKey, d.Span.Line, d.Span.Column));
        Assert.Contains("“《条例甲》”、“《条例乙》”", d.Format(Language.Chinese));
    }

    [Fact]
    public void Text_lost_or_hidden_in_a_value_is_warned_about_where_it_is()
    {
        var r = ValidateArea("area: social-assistance\nitems: # 事项\n  - id: shjz-001\n    category: 综合业务\n    name: 监督检查\n"
            + "    content: 投诉举报电话 #转分机2\n    channels: ［政府网站，公开查阅点］\n    subject: 试验县民\u200b政局\n");
        var comment = Single(r, "CAT0012");
        Assert.Equal((6, 21), (comment.Span.Line, comment.Span.Column));
        Assert.Contains("投诉举报电话", comment.Format(Language.Chinese));
        var invisible = Single(r, "CAT0011");
        Assert.Equal((8, 18), (invisible.Span.Line, invisible.Span.Column));
        Assert.Contains("零宽空格", invisible.Format(Language.Chinese));
        var list = Single(r, "CAT0105");
        Assert.Contains("[政府网站, 公开查阅点]", list.Format(Language.Chinese));
        Assert.DoesNotContain(r.Diagnostics, d => d.Rule.Id == "CAT0104"); // the brackets are the list's, not part of a carrier
    }

    [Fact]
    public void A_local_area_gets_advice_that_fits_it_not_a_pilot_area_sharing_nothing_with_it()
    {
        var unknown = Validator.Validate(TestPaths.MinimalRepo("area: 旅游\nitems: []\n", areaId: "tourism"), TestPaths.Today);
        Assert.Equal("scope.unknown-area", Assert.Single(unknown.Diagnostics, d => d.Rule.Id == "CAT0108").MessageKey); // not "是不是扶贫"
        var local = Validator.Validate(TestPaths.ExampleEdited("areas/tourism.yaml", "  - id: lv-001\n", "  - id: lv-001\n    baseline: ly-001\n"), TestPaths.Today);
        var d = Assert.Single(local.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("baseline.local-area", d.MessageKey);
        Assert.Contains("本地增设的领域", d.Format(Language.Chinese));
    }

    [Fact]
    public void A_comment_on_the_further_lines_of_a_plain_value_is_warned_about_and_quoted_text_is_not()
    {
        var r = ValidateArea("area: social-assistance\nitems: []\nnote: 法律法规和政策\n  文件 #转分机\ncontent:\n  续行文字 #注\n"
            + "quoted: \"第一行\n  第二行 #不是注释\"\nbasis:\n  - 政府网站\n    公开栏 #注\nlevel: county # 县级\nbaseline: shjz-001 # 对应标准事项\n");
        var lines = r.Diagnostics.Where(d => d.Rule.Id == "CAT0012").Select(d => d.Span.Line).ToList();
        Assert.Equal([4, 6, 11], lines); // a comment after a code, an id or a word of a fixed list is a comment as meant
    }

    [Fact]
    public void A_manifest_mapping_written_with_a_chinese_colon_or_below_braces_says_so()
    {
        foreach (var key in new[] { "tax-administration", "税收管理" })
        {
            var among = Validator.Validate(TestPaths.ExampleEdited("catalogue.yaml", "  tax-administration: ", $"  {key}："), TestPaths.Today);
            var d = Assert.Single(among.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal(("yaml.fullwidth-colon", 21), (d.MessageKey, d.Span.Line));
        }
        var alone = Validator.Validate(TestPaths.ExampleEdited("catalogue.yaml", "  household-registration: 户籍管理由县公安局垂直管理，相关信息由遂州市公安局统一公开，本级目录不涉及\n  tax-administration: ", "  税收管理："), TestPaths.Today);
        Assert.Contains(alone.Diagnostics, d => d.MessageKey == "schema.expected-mapping-colon" && d.Format(Language.Chinese).Contains("“税收管理”后面是中文冒号"));
        Assert.DoesNotContain(alone.Diagnostics, d => d.Rule.Id == "CAT0201"); // which areas it meant is unknown: none is called missing
        var flow = Validator.Validate(TestPaths.ExampleEdited("catalogue.yaml",
            "not_applicable:\n  household-registration: 户籍管理由县公安局垂直管理，相关信息由遂州市公安局统一公开，本级目录不涉及\n  tax-administration: 税收管理由国家税务总局青禾县税务局垂直管理，相关信息在国家税务总局四川省税务局网站公开\n",
            "not_applicable: {household-registration: 公安垂直管理, 税收管理：税务垂直管理}\n"), TestPaths.Today);
        var slip = Assert.Single(flow.Diagnostics, d => d.Severity == Severity.Error); // read as meant: no unknown area, no missing one
        Assert.Equal("yaml.fullwidth-colon", slip.MessageKey);
        var braces = Validator.Validate(TestPaths.ExampleEdited("catalogue.yaml", "not_applicable:\n", "not_applicable: {}\n"), TestPaths.Today);
        var empty = Assert.Single(braces.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("yaml.empty-then-entries", 19, 17), (empty.MessageKey, empty.Span.Line, empty.Span.Column));
    }

    [Fact]
    public void A_chinese_paragraph_indent_in_block_text_is_not_blamed_for_the_next_lines_error()
    {
        var d = Single(ValidateArea("area: social-assistance\nitems:\n  - id: shjz-001\n    content: |\n      　　各地配套政策法规文件\n   name: 临时救助\n"), "CAT0003");
        Assert.NotEqual("yaml.fullwidth-indent", d.MessageKey);
        Assert.Equal(6, d.Span.Line);
    }

    [Fact]
    public void A_chinese_colon_in_a_value_above_an_unrelated_error_is_not_blamed()
    {
        var d = Single(ValidateArea("area: social-assistance\nitems:\n  - id: shjz-001\n    channels:\n      - APP：青禾发布\n     name: 临时救助\n"), "CAT0003");
        Assert.NotEqual("yaml.fullwidth-colon", d.MessageKey);
    }

    [Fact]
    public async Task Long_runs_of_spaces_and_many_commented_lines_are_read_in_time_proportional_to_them()
    {
        // Each of these took seconds to minutes with the first patterns written for the slips they name (found by review).
        var waiver = "area: social-assistance\nitems: []\nwaived:\n  - \"shjz-001" + new string(' ', 3000) + "x\\ny\"\n";
        var comment = "area: social-assistance\nitems: []\nnote: a" + new string(' ', 1_000_000) + "b #c\n";
        var lines = "area: social-assistance\nitems: []\nbasis:\n" + string.Concat(Enumerable.Repeat("- x #c\n", 40_000));
        foreach (var text in new[] { waiver, comment, lines })
            await Task.Run(() => ValidateArea(text)).WaitAsync(TimeSpan.FromSeconds(60));
        var many = await Task.Run(() => ValidateArea(lines)).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(21, many.Diagnostics.Count(d => d.Rule.Id == "CAT0012")); // 20 a file, and how many more
        Assert.Contains("39980", Assert.Single(many.Diagnostics, d => d.MessageKey == "yaml.trailing-comment-more").Format(Language.Chinese));
    }

    [Fact]
    public void Enormous_scalar_is_bounded()
    {
        var r = ValidateArea("area: " + new string('x', 200_000));
        Single(r, "CAT0002");
    }

    [Fact]
    public void Missing_folder_is_unreadable_input()
    {
        var r = Validator.Validate(Path.Combine(TestPaths.TempDir(), "nope"), TestPaths.Today);
        Assert.True(r.Unreadable);
        Assert.Equal("CAT0008", Assert.Single(r.Diagnostics).Rule.Id);
    }

    [Fact]
    public void Folder_without_manifest_is_unreadable_input()
    {
        var r = Validator.Validate(TestPaths.TempDir(), TestPaths.Today);
        Assert.True(r.Unreadable);
        Assert.Equal("CAT0111", Assert.Single(r.Diagnostics).Rule.Id);
    }
}

/// <summary>Inputs the fuzzer found (fuzz/, docs/fuzzing.md), kept so that what was fixed stays fixed.</summary>
public class FuzzFindingTests
{
    [Theory]
    [InlineData("yaml-hang-control.yaml", "CAT0003")]
    [InlineData("yaml-slow-1024.yaml", "CAT0003")]
    public async Task Fuzzer_findings_end_in_a_syntax_error(string file, string rule)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Cases, "fuzz", file));
        var bag = new Diagnostics.DiagnosticBag();
        var text = Loading.SourceFile.Decode(bytes, file, bag);
        Assert.NotNull(text);
        var task = Task.Run(() => Loading.YamlFile.LoadText(text, file, bag));
        var finished = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(20))) == task; // a hang guard, not a timing assertion
        Assert.True(finished, "the YAML reader did not finish");
        Assert.Contains(bag.ToSortedList(), d => d.Rule.Id == rule);
    }
}
