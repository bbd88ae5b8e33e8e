using CatalogueTool.Validation;

namespace CatalogueTool.Tests;

/// <summary>Each folder under cases/ is a repository; expected.txt lists every finding as <c>file:line:col RULE</c>.</summary>
public class CorpusTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(TestPaths.Cases).Where(d => File.Exists(Path.Combine(d, "expected.txt"))).Order())
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_exactly_the_expected_findings(string name)
    {
        var dir = Path.Combine(TestPaths.Cases, name);
        var result = Validator.Validate(dir, new DateOnly(2025, 6, 1));
        var actual = result.Diagnostics.Select(d => $"{d.Span.File}:{d.Span.Line}:{d.Span.Column} {d.Rule.Id}").ToList();
        var expected = File.ReadAllLines(Path.Combine(dir, "expected.txt")).Where(l => l.Trim().Length > 0).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Planted_mistakes_cover_a_dozen_rules_each_at_its_own_line()
    {
        var result = Validator.Validate(Path.Combine(TestPaths.Cases, "planted"), new DateOnly(2025, 6, 1));
        Assert.True(result.Diagnostics.Select(d => d.Rule.Id).Distinct().Count() >= 12);
        Assert.Contains(result.Diagnostics, d => d.Rule.Id == "CAT0101" && d.Span.Line == 45 && d.Span.Column == 5);
        Assert.Contains(result.Diagnostics, d => d.Rule.Id == "CAT0107" && d.Span.Line == 30);
    }
}
