using CatalogueTool.Import;
using CatalogueTool.Validation;

namespace CatalogueTool.Tests;

/// <summary>Existing Excel catalogues → area files: our own template round-trips, and the tables counties made read correctly.</summary>
public class ImportTests
{
    private static string Temp(string name) => Path.Combine(TestPaths.TempDir(), name);

    [Fact]
    public void The_built_workbook_imports_back_to_the_same_items()
    {
        var result = CatalogueImporter.Import(Path.Combine(BuiltExample.Folder, "excel", "青禾县-标准目录.xlsx"), null);
        Assert.Equal("青禾县", result.Jurisdiction);
        var original = Validator.Validate(TestPaths.Example, TestPaths.Today).Catalogue!;
        foreach (var area in original.Areas.Where(a => a.Area.IsPilot))
        {
            var imported = Assert.Single(result.Areas, a => a.Area.Id == area.Area.Id);
            Assert.Equal(area.Items.Count, imported.Items.Count);
            foreach (var (was, now) in area.Items.Zip(imported.Items))
            {
                Assert.Equal((was.Category, was.Name, was.Sub, CellText.Clean(was.Content)), (now.Category, now.Name, now.Sub, now.Content));
                Assert.Equal(was.Basis.Select(b => b.Value), now.Basis);
                Assert.Equal((was.TimeLimit.Value.Text, was.Subject.Value, was.Note), (now.TimeLimit, now.Subject, now.Note));
                Assert.Equal(was.Channels.Select(c => c.Value).Order(), now.Channels.Order());
                Assert.Equal(was.Audience, now.Audience);
                Assert.Equal(was.Mode, now.Mode);
                Assert.Equal(was.Levels, now.Levels);
            }
        }
        Assert.Contains(result.Findings, f => f.Location.StartsWith("旅游", StringComparison.Ordinal) && f.Message.Contains("--area"));
    }

    [Fact]
    public void A_county_table_with_merged_headers_ditto_checklists_and_marks()
    {
        var path = Temp("白河县.xlsx");
        MessyWorkbooks.TwoRowHeader(path);
        var result = CatalogueImporter.Import(path, null);
        Assert.Equal("白河县", result.Jurisdiction);
        var area = Assert.Single(result.Areas);
        Assert.Equal("social-assistance", area.Area.Id);
        var items = area.Items;
        Assert.Equal(["shjz-001", "shjz-002", "shjz-003"], items.Select(i => i.Id));
        Assert.Equal("政策文件", items[0].Name);
        Assert.Equal("低保政策文件（含标准）", items[0].Content);
        Assert.Equal(["《社会救助暂行办法》", "《最低生活保障审核确认办法》"], items[0].Basis);
        Assert.Equal(["政府网站", "两微一端"], items[0].Channels);
        Assert.Equal("同步在便民服务站张贴；责任科室：社会救助股", items[0].Note);
        Assert.Equal("最低生活保障", items[1].Category);
        Assert.Equal(items[0].Basis, items[1].Basis);
        Assert.Equal("县民政局", items[1].Subject);
        Assert.Equal(["政府网站", "社区/企事业单位/村公示栏（电子屏）"], items[1].Channels);
        Assert.Equal(["特定群体"], items[1].Audience);
        Assert.Equal(["乡级", "村级"], items[1].Levels);
        Assert.StartsWith("涉及隐私的不公开", items[1].Note);
        Assert.Equal(["政府网站", "便民服务站", "入户/现场"], items[2].Channels);
        Assert.Equal(["县级", "乡级", "村级"], items[2].Levels);
        Assert.Contains(result.Findings, f => f.Message.Contains("责任科室") && f.Location == "Sheet1!O3");
    }

    [Fact]
    public void Several_areas_on_one_sheet_under_section_headings()
    {
        var path = Temp("合订本.xlsx");
        MessyWorkbooks.Sections(path);
        var result = CatalogueImporter.Import(path, null);
        Assert.Equal(["elderly-care", "employment"], result.Areas.Select(a => a.Area.Id));
        var elderly = result.Areas[0].Items;
        Assert.Equal(["ylfw-001", "ylfw-002"], elderly.Select(i => i.Id));
        Assert.Equal(("养老机构名录", "养老机构名录"), (elderly[0].Category, elderly[0].Name));
        Assert.Equal(["政府网站", "两微一端"], elderly[0].Channels);
        Assert.Equal(["主动", "依申请"], elderly[1].Mode);
        Assert.Equal(["县级"], elderly[0].Levels);
        Assert.Equal(["其他：公共就业服务平台", "政府网站"], result.Areas[1].Items[0].Channels);
        Assert.Contains(result.Findings, f => f.Message.Contains("没有公开层级列"));
    }

    [Fact]
    public void A_legacy_xls_file_reads_like_the_xlsx()
    {
        var result = CatalogueImporter.Import(Path.Combine(TestPaths.Cases, "import", "白河县.xls"), null);
        var xlsx = Temp("白河县.xlsx");
        MessyWorkbooks.TwoRowHeader(xlsx);
        var expected = CatalogueImporter.Import(xlsx, null);
        Assert.False(result.Unreadable, string.Join("\n", result.Findings.Select(f => f.Message)));
        Assert.Equal(expected.Areas.Single().Items, result.Areas.Single().Items, new DraftComparer());
    }

    private sealed class DraftComparer : IEqualityComparer<Emit.Yaml.ItemDraft>
    {
        public bool Equals(Emit.Yaml.ItemDraft? a, Emit.Yaml.ItemDraft? b) =>
            a is not null && b is not null && a.Id == b.Id && a.Name == b.Name && a.Content == b.Content && a.Basis.SequenceEqual(b.Basis)
            && a.Channels.SequenceEqual(b.Channels) && a.Audience.SequenceEqual(b.Audience) && a.Levels.SequenceEqual(b.Levels) && a.Note == b.Note;

        public int GetHashCode(Emit.Yaml.ItemDraft d) => d.Id.GetHashCode(StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_checks_without_writing_never_overwrites_and_imports_into_a_repository_that_validates()
    {
        var path = Temp("白河县.xlsx");
        MessyWorkbooks.TwoRowHeader(path);
        var dir = Temp("repo");
        Assert.Equal(0, CliTests.Run("import", path, "-o", dir, "--check").Code);
        Assert.False(Directory.Exists(dir));
        var (code, output, _) = CliTests.Run("import", path, "-o", dir);
        Assert.Equal(0, code);
        Assert.Contains("社会救助：3 个事项", output);
        var written = File.ReadAllText(Path.Combine(dir, "areas", "social-assistance.yaml"));
        File.WriteAllText(Path.Combine(dir, "areas", "social-assistance.yaml"), written + "# 我的修改\n");
        Assert.Equal(2, CliTests.Run("import", path, "-o", dir).Code);
        Assert.EndsWith("# 我的修改\n", File.ReadAllText(Path.Combine(dir, "areas", "social-assistance.yaml")));
        Assert.Equal(0, CliTests.Run("import", path, "-o", dir, "--force").Code);
        Assert.True(File.Exists(Path.Combine(dir, "import-report.json")));
        var v = Validator.Validate(dir, TestPaths.Today);
        Assert.NotNull(v.Catalogue);
        Assert.DoesNotContain(v.Diagnostics, d => d.Span.File == "areas/social-assistance.yaml" && d.Rule.Family is "file" or "schema");
        Assert.Equal(2, CliTests.Run("import", Path.Combine(dir, "catalogue.yaml")).Code);
    }

    [Fact]
    public void Hostile_workbooks_end_in_a_report_not_a_crash()
    {
        var garbage = Temp("garbage.xlsx");
        File.WriteAllBytes(garbage, [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 37))]);
        Assert.True(CatalogueImporter.Import(garbage, null).Unreadable);
        var xls = Temp("garbage.xls");
        File.WriteAllBytes(xls, [0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3]);
        Assert.True(CatalogueImporter.Import(xls, null).Unreadable);
        var (code, _, err) = CliTests.Run("import", garbage);
        Assert.Equal(2, code);
        Assert.DoesNotContain("   at ", err);
    }
}

public class ImportBaselineTests
{
    [Fact]
    public void Imported_items_are_linked_to_the_standard_items_they_name()
    {
        var result = CatalogueImporter.Import(Path.Combine(BuiltExample.Folder, "excel", "areas", "social-assistance.xlsx"), null);
        var linked = BaselineMatcher.Apply(result, Baselines.BaselineLoader.LoadNational().Baseline);
        var original = Validator.Validate(TestPaths.Example, TestPaths.Today).Catalogue!.Areas.Single(a => a.Area.Id == "social-assistance");
        Assert.Equal(original.Items.Select(i => i.Baseline?.Value), linked.Areas.Single().Items.Select(i => i.Baseline));
    }
}
