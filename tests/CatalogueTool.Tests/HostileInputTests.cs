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
    public void Common_slips_in_yaml_are_named_for_what_they_are(string yaml, string key, int line, int column)
    {
        var d = Single(ValidateArea(yaml), "CAT0003");
        Assert.Equal((key, line, column), (d.MessageKey, d.Span.Line, d.Span.Column));
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
