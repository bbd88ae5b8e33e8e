using CatalogueTool.Validation;

namespace CatalogueTool.Tests;

/// <summary>A province's own baseline folder (baseline: &lt;path&gt;): each problem of the folder said once, at its real path,
/// and nothing that only follows from it.</summary>
public class BaselineFolderTests
{
    private static (string County, string Baseline) CountyWithBaseline(Action<string> editBaseline)
    {
        var root = TestPaths.TempDir();
        var baseline = Path.Combine(root, "省级标准目录");
        PowerTests.CopyDirectory(Path.Combine(TestPaths.RepoRoot, "catalogues", "national"), baseline);
        File.Delete(Path.Combine(baseline, "README.md"));
        editBaseline(baseline);
        var county = Path.Combine(root, "county");
        PowerTests.CopyDirectory(TestPaths.Example, county);
        var manifest = Path.Combine(county, "catalogue.yaml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("baseline: national", "baseline: ../省级标准目录"));
        return (county, baseline);
    }

    private static List<string> Findings(string county) =>
        Validator.Validate(county, TestPaths.Today).Diagnostics.Select(d => $"{d.Span.File}:{d.Span.Line} {d.Rule.Id}").ToList();

    [Fact]
    public void A_copy_of_the_national_baseline_checks_clean()
    {
        var (county, _) = CountyWithBaseline(_ => { });
        Assert.DoesNotContain(Validator.Validate(county, TestPaths.Today).Diagnostics, d => d.Severity != Diagnostics.Severity.Info);
    }

    [Fact]
    public void A_second_file_for_an_area_is_named_at_its_real_path_and_the_file_named_after_the_area_is_used()
    {
        var (county, _) = CountyWithBaseline(b => File.Copy(Path.Combine(b, "social-assistance.yaml"), Path.Combine(b, "social-assistance.bak.yaml")));
        var result = Validator.Validate(county, TestPaths.Today); // used to crash: two areas of one key
        var twice = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal(("CAT0109", "../省级标准目录/social-assistance.bak.yaml"), (twice.Rule.Id, twice.Span.File));
    }

    [Fact]
    public void Missing_unreadable_and_empty_area_files_are_said_once_without_an_error_per_link()
    {
        var (county, _) = CountyWithBaseline(b =>
        {
            File.Delete(Path.Combine(b, "employment.yaml"));
            File.WriteAllText(Path.Combine(b, "work-safety.yaml"), "# 待补\n");
            File.WriteAllText(Path.Combine(b, "health.yaml"), File.ReadAllText(Path.Combine(b, "health.yaml")).Replace("items:", "items: [", StringComparison.Ordinal));
        });
        var findings = Findings(county);
        Assert.Contains("catalogue.yaml:11 CAT0608", findings); // 就业: no file
        Assert.Contains("../省级标准目录/work-safety.yaml:1 CAT0008", findings);
        Assert.Contains(findings, f => f.StartsWith("../省级标准目录/health.yaml:", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.EndsWith("CAT0603", StringComparison.Ordinal) || f.EndsWith("CAT0601", StringComparison.Ordinal));
        Assert.Equal(3, findings.Count(f => !f.EndsWith("CAT0604", StringComparison.Ordinal) && !f.EndsWith("CAT0605", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_area_the_baseline_lacks_gets_no_time_limit_warning_its_standard_might_have_allowed()
    {
        var (county, _) = CountyWithBaseline(b => File.Delete(Path.Combine(b, "land-expropriation.yaml")));
        var findings = Findings(county);
        Assert.Contains("catalogue.yaml:11 CAT0608", findings);
        Assert.DoesNotContain(findings, f => f.EndsWith("CAT0402", StringComparison.Ordinal)); // 征收土地公告之日起45日内
    }

    [Fact]
    public void An_item_refused_in_the_baseline_is_not_unknown_to_the_county_and_an_id_used_twice_is_reported()
    {
        var (county, _) = CountyWithBaseline(b =>
        {
            var path = Path.Combine(b, "social-assistance.yaml");
            var text = File.ReadAllText(path);
            var at = text.IndexOf("  - id: shjz-003", StringComparison.Ordinal);
            var limit = text.IndexOf("    time_limit:", at, StringComparison.Ordinal);
            text = text[..limit] + text[(text.IndexOf('\n', limit) + 1)..];
            File.WriteAllText(path, text);
            var elderly = Path.Combine(b, "elderly-care.yaml");
            File.WriteAllText(elderly, File.ReadAllText(elderly).Replace("- id: ylfw-001", "- id: shjz-001", StringComparison.Ordinal));
        });
        var findings = Findings(county);
        Assert.Contains(findings, f => f.StartsWith("../省级标准目录/social-assistance.yaml:", StringComparison.Ordinal) && f.EndsWith("CAT0102", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("../省级标准目录/elderly-care.yaml:", StringComparison.Ordinal) && f.EndsWith("CAT0107", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.StartsWith("areas/social-assistance.yaml", StringComparison.Ordinal) && f.EndsWith("CAT0603", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("baseline: ../nowhere", "baseline.folder")]
    [InlineData("baseline: ..\\\\nowhere", "baseline.folder-backslash")]
    [InlineData("baseline: ../省级标准目录/social-assistance.yaml", "baseline.folder-is-file")]
    [InlineData("baseline: ../empty", "baseline.folder-empty")]
    [InlineData("baseline: ~", "content.blank")]
    public void A_setting_that_names_no_usable_folder_is_one_error_and_nothing_that_depends_on_the_baseline_is_said(string setting, string key)
    {
        var (county, _) = CountyWithBaseline(_ => { });
        Directory.CreateDirectory(Path.Combine(county, "..", "empty"));
        var manifest = Path.Combine(county, "catalogue.yaml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("baseline: ../省级标准目录", setting));
        var result = Validator.Validate(county, TestPaths.Today);
        Assert.Equal(key, Assert.Single(result.Diagnostics).MessageKey); // no CAT0402 for 45 days a baseline would sanction
    }

    [Fact]
    public void A_province_baseline_may_hold_a_local_area_the_county_declares()
    {
        var (county, _) = CountyWithBaseline(b => File.WriteAllText(Path.Combine(b, "tourism.yaml"), "area: tourism\nitems: []\n"));
        Assert.DoesNotContain(Findings(county), f => f.EndsWith("CAT0108", StringComparison.Ordinal));
    }
}
