using System.Text.Json;
using System.Text.RegularExpressions;
using CatalogueTool.Emit.Review;
using CatalogueTool.Review;
using ClosedXML.Excel;

namespace CatalogueTool.Tests;

/// <summary>
/// A generated province: three good counties (one nested deeper), one with errors, one unreadable. The one with errors
/// is a copy of 青禾县 whose manifest was never changed: same name, same division code.
/// </summary>
public static class BuiltProvince
{
    private static readonly Lazy<(string Input, string Output, ReviewResult Result)> Made = new(() =>
    {
        var root = TestPaths.TempDir();
        var input = Path.Combine(root, "province");
        foreach (var (dir, name, code) in new[] { ("遂州市/青禾县", "青禾县", "510923"), ("遂州市/白河县", "白河县<script>", "510924"), ("临江市/下辖/江北区", "江北区", "510502"), ("遂州市/错误县", "青禾县", "510923") })
        {
            var target = Path.Combine(input, dir);
            PowerTests.CopyDirectory(TestPaths.Example, target);
            var manifest = Path.Combine(target, "catalogue.yaml");
            File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("name: 青禾县\n", $"name: \"{name}\"\n").Replace("code: \"510923\"", $"code: \"{code}\""));
        }
        var bad = Path.Combine(input, "遂州市", "错误县", "areas", "urban-law-enforcement.yaml");
        File.WriteAllText(bad, File.ReadAllText(bad).Replace("      - { type: 行政处罚, subject: 青禾县城市管理局 }", "      - \"510923-NO-SUCH\""));
        File.WriteAllText(Path.Combine(input, "临江市", "下辖", "江北区", "areas", "health.yaml"), "area: health\nitems:\n\t- id: x\n");
        Directory.CreateDirectory(Path.Combine(input, "遂州市", "坏仓库"));
        File.WriteAllBytes(Path.Combine(input, "遂州市", "坏仓库", "catalogue.yaml"), [0xFF, 0xFE, 0x00, 0x41, 0x00, 0x00, 0xC3]);
        var output = Path.Combine(root, "review");
        var result = ReviewRunner.Run(input, TestPaths.Today, 2);
        Directory.CreateDirectory(output);
        ReviewHtmlWriter.Write(result, output);
        ReviewWorkbookWriter.Write(result, Path.Combine(output, "review.xlsx"), new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc));
        File.WriteAllBytes(Path.Combine(output, "review.json"), ReviewJsonWriter.Write(result, "1.0.0"));
        return (input, output, result);
    });

    public static string Input => Made.Value.Input;
    public static string Output => Made.Value.Output;
    public static ReviewResult Result => Made.Value.Result;
}

public class ReviewTests
{
    [Fact]
    public void Every_repository_at_any_depth_is_a_row_even_the_unreadable_one()
    {
        var rows = BuiltProvince.Result.Jurisdictions;
        Assert.Equal(5, rows.Count);
        Assert.Equal(["临江市/下辖/江北区", "遂州市/坏仓库", "遂州市/白河县", "遂州市/错误县", "遂州市/青禾县"], rows.Select(r => r.Path));
        var unreadable = rows.Single(r => r.Path == "遂州市/坏仓库");
        Assert.True(unreadable.Unreadable);
        Assert.Contains("UTF", unreadable.Failure);
        var broken = rows.Single(r => r.Path == "遂州市/错误县");
        Assert.Equal(1, broken.Errors);
        Assert.Contains(broken.Findings, g => g.Rule == "CAT0701");
        Assert.True(broken.PowerCoverage < 100);
        var good = rows.Single(r => r.Path == "遂州市/青禾县");
        Assert.Equal((0, 0, 100.0, 100.0), (good.Errors, good.Warnings, good.BaselineCoverage, good.PowerCoverage));
        Assert.Equal(AreaState.NotApplicable, good.Areas.Single(a => a.AreaId == "household-registration").State);
        var unreadArea = rows.Single(r => r.Path == "临江市/下辖/江北区");
        Assert.Equal(AreaState.Unreadable, unreadArea.Areas.Single(a => a.AreaId == "health").State);
        Assert.Null(unreadArea.PowerCoverage); // unknown while an area file, which may link any power, is unread
        Assert.Null(unreadArea.BaselineCoverage); // and so are its standard items
        Assert.Equal(3, BuiltProvince.Result.WithErrors);
    }

    [Fact]
    public void An_area_not_applicable_by_its_chinese_name_is_not_applicable_on_the_dashboard()
    {
        var input = Path.Combine(TestPaths.TempDir(), "province");
        PowerTests.CopyDirectory(TestPaths.ExampleEdited("catalogue.yaml", "  household-registration: 户籍管理由", "  户籍管理: 户籍管理由"), Path.Combine(input, "a"));
        var row = Assert.Single(ReviewRunner.Run(input, TestPaths.Today, 1).Jurisdictions);
        Assert.Equal(AreaState.NotApplicable, row.Areas.Single(x => x.AreaId == "household-registration").State);
    }

    [Fact]
    public void A_county_folder_whose_manifest_is_missing_or_a_folder_is_an_unreadable_row_not_a_gap()
    {
        var input = Path.Combine(TestPaths.TempDir(), "province");
        foreach (var name in new[] { "a-good", "b-deleted", "c-folder" }) PowerTests.CopyDirectory(TestPaths.Example, Path.Combine(input, name));
        File.Delete(Path.Combine(input, "b-deleted", "catalogue.yaml"));
        File.Delete(Path.Combine(input, "c-folder", "catalogue.yaml"));
        Directory.CreateDirectory(Path.Combine(input, "c-folder", "catalogue.yaml"));
        var rows = ReviewRunner.Run(input, TestPaths.Today, 2).Jurisdictions;
        Assert.Equal(["a-good", "b-deleted", "c-folder"], rows.Select(r => r.Path));
        Assert.All(rows.Skip(1), r =>
        {
            Assert.True(r.Unreadable);
            Assert.Contains("catalogue.yaml", r.Failure);
        });
        Assert.Contains("文件夹", rows[2].Failure); // a folder of that name is said to be one
        // named by its path below the reviewed folder, never by where that folder sits on this machine
        Assert.All(rows.Skip(1), r => Assert.DoesNotContain(input, r.Failure));
        Assert.Contains("c-folder", rows[2].Failure);
    }

    [Fact]
    public void Dashboard_workbook_and_json_agree()
    {
        var rows = BuiltProvince.Result.Jurisdictions;
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(BuiltProvince.Output, "review.json")));
        var jrows = json.RootElement.GetProperty("jurisdictions").EnumerateArray().ToList();
        Assert.Equal(rows.Select(r => (r.Name, r.Errors, r.Warnings)), jrows.Select(j => (j.GetProperty("name").GetString()!, j.GetProperty("errors").GetInt32(), j.GetProperty("warnings").GetInt32())));
        using var wb = new XLWorkbook(Path.Combine(BuiltProvince.Output, "review.xlsx"));
        var sheet = wb.Worksheet("总览");
        Assert.Equal(rows.Select(r => (r.Name, r.Errors.ToString())), Enumerable.Range(2, rows.Count).Select(i => (sheet.Cell(i, 1).GetString(), sheet.Cell(i, 6).GetString())));
        Assert.Equal(rows.Sum(r => r.Findings.Sum(g => g.Diagnostics.Count)), wb.Worksheet("问题明细").RangeUsed().RowCount() - 1);
        // Counts and shares are numbers, so that the columns sort and sum; a share is shown as a percentage.
        var good = rows.ToList().FindIndex(r => r.Path == "遂州市/青禾县") + 2;
        Assert.Equal(XLDataType.Number, sheet.Cell(good, 6).DataType);
        Assert.Equal((XLDataType.Number, 1.0), (sheet.Cell(good, 9).DataType, sheet.Cell(good, 9).GetDouble()));
        Assert.Equal("0.0%", sheet.Cell(good, 9).Style.NumberFormat.Format);
        var html = File.ReadAllText(Path.Combine(BuiltProvince.Output, "index.html"));
        Assert.Equal(rows.Count, Regex.Matches(html, "<tr class=").Count);
        Assert.DoesNotContain("<script>\"", html);
        Assert.Contains("白河县&lt;script&gt;", html);
        for (var i = 0; i < rows.Count; i++)
            Assert.True(File.Exists(Path.Combine(BuiltProvince.Output, ReviewHtmlWriter.PageFile(i))));
        Assert.Contains("CAT0701", File.ReadAllText(Path.Combine(BuiltProvince.Output, ReviewHtmlWriter.PageFile(3))));
    }

    [Fact]
    public void Gaps_never_read_as_clean_missing_areas_no_records_and_missing_power_lists()
    {
        var input = Path.Combine(TestPaths.TempDir(), "province");
        foreach (var name in new[] { "a-whole", "b-missing-area", "c-no-records", "d-no-powers" }) PowerTests.CopyDirectory(TestPaths.Example, Path.Combine(input, name));
        File.Delete(Path.Combine(input, "b-missing-area", "areas", "health.yaml"));
        Directory.Delete(Path.Combine(input, "c-no-records", "records"), true);
        Directory.Delete(Path.Combine(input, "d-no-powers", "powers"), true);
        Directory.CreateDirectory(Path.Combine(input, "e-empty"));
        Directory.CreateDirectory(Path.Combine(input, "f-spreadsheets"));
        File.WriteAllText(Path.Combine(input, "f-spreadsheets", "目录.xlsx"), "");
        Directory.CreateDirectory(Path.Combine(input, "a-whole", "附件")); // a folder inside a repository is its own business
        // A build's output beside the repositories (excel/areas/ inside) is neither a repository nor a folder left unreviewed.
        Directory.CreateDirectory(Path.Combine(input, "out", "excel", "areas"));
        File.WriteAllText(Path.Combine(input, "out", Emit.OutputTransaction.Listing), "excel/areas/x.xlsx\n");
        var (found, _, barren) = RepositoryFinder.Survey(input);
        var review = ReviewRunner.Run(input, found, TestPaths.Today, 2) with { NotRepositories = barren.Select(b => NotRepository.Of(input, b)).ToList() };
        var rows = review.Jurisdictions.ToDictionary(r => r.Path);
        Assert.Equal(100.0, rows["a-whole"].BaselineCoverage);
        // The 10 standard items of 卫生健康 are gone with its file: not covered, not left out of the share.
        var standard = Baselines.BaselineLoader.LoadNational().Baseline;
        var total = Model.PilotAreas.All.Where(a => a.Id != "household-registration" && a.Id != "tax-administration")
            .Sum(a => standard.ForArea(a.Id)?.Items.Count ?? 0);
        Assert.Equal(Math.Round(100.0 * (total - standard.ForArea("health")!.Items.Count) / total, 1), rows["b-missing-area"].BaselineCoverage);
        Assert.Equal((0, 0), (rows["a-whole"].BlankColumns, rows["a-whole"].StaleColumns));
        Assert.Equal((null, null), (rows["c-no-records"].BlankColumns, rows["c-no-records"].StaleColumns));
        Assert.Equal("—", JurisdictionReview.ColumnsText(rows["c-no-records"].BlankColumns));
        // The example keeps records for one area of 26: its 0 says how much was judged.
        Assert.Equal("0（1/26 个领域）", rows["a-whole"].ColumnsText(rows["a-whole"].BlankColumns, true));
        Assert.False(rows["a-whole"].PowerListsIncomplete);
        Assert.True(rows["d-no-powers"].PowerListsIncomplete);
        // Without power lists, the undisclosed powers cannot be checked either: the one finding is CAT0715, not an error each.
        Assert.DoesNotContain(rows["d-no-powers"].Findings, g => g.Rule == "CAT0708");
        Assert.Contains(rows["d-no-powers"].Findings, g => g.Rule == "CAT0715");
        Assert.Equal("清单不全", rows["d-no-powers"].PowerCoverageText(true));
        Assert.Equal([("e-empty", NotRepositoryKind.Empty), ("f-spreadsheets", NotRepositoryKind.Spreadsheets)], review.NotRepositories.Select(n => (n.Path, n.Kind)));
        var output = Path.Combine(TestPaths.TempDir(), "review");
        ReviewHtmlWriter.Write(review, output);
        var html = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("未审核的文件夹", html);
        Assert.Contains("e-empty/", html);
        using var json = JsonDocument.Parse(ReviewJsonWriter.Write(review, "1.0.0"));
        var c = json.RootElement.GetProperty("jurisdictions").EnumerateArray().Single(j => j.GetProperty("path").GetString() == "c-no-records");
        Assert.Equal(JsonValueKind.Null, c.GetProperty("blank_columns").ValueKind);
        Assert.Equal(0, c.GetProperty("record_areas").GetProperty("kept").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("not_repositories").GetArrayLength());
    }

    [Fact]
    public void An_unreadable_repository_is_told_by_its_manifest_error_first()
    {
        var input = Path.Combine(TestPaths.TempDir(), "province");
        var repo = Path.Combine(input, "gbk");
        PowerTests.CopyDirectory(TestPaths.Example, repo);
        File.WriteAllText(Path.Combine(repo, "areas", "affordable-housing.yaml"), "area: affordable-housing\nitems:\n\t- id: x\n");
        File.WriteAllBytes(Path.Combine(repo, "catalogue.yaml"), [.. "jurisdiction:\n  name: "u8, 0xC7, 0xE0, 0xBA, 0xCC, (byte)'\n']);
        var row = Assert.Single(ReviewRunner.Run(input, TestPaths.Today, 1).Jurisdictions);
        Assert.StartsWith("catalogue.yaml:", row.Failure);
    }

    [Fact]
    public void A_division_code_two_repositories_declare_is_flagged_and_rows_of_one_name_show_their_path()
    {
        var review = BuiltProvince.Result;
        var (code, paths) = Assert.Single(review.SharedCodes);
        Assert.Equal("510923", code);
        Assert.Equal(["遂州市/错误县", "遂州市/青禾县"], paths);
        Assert.True(review.NameShared(review.Jurisdictions.Single(j => j.Path == "遂州市/错误县")));
        Assert.False(review.NameShared(review.Jurisdictions.Single(j => j.Path == "临江市/下辖/江北区")));
        var html = File.ReadAllText(Path.Combine(BuiltProvince.Output, "index.html"));
        Assert.Contains("<h2 id=\"clash\">行政区划代码重复</h2>", html);
        Assert.Contains("<li><code>510923</code>：遂州市/错误县、遂州市/青禾县</li>", html);
        Assert.Contains("<span class=\"path\">遂州市/错误县</span>", html);
        Assert.DoesNotContain("<span class=\"path\">临江市/下辖/江北区</span>", html);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(BuiltProvince.Output, "review.json")));
        var shared = Assert.Single(json.RootElement.GetProperty("shared_codes").EnumerateArray());
        Assert.Equal("510923", shared.GetProperty("code").GetString());
        using var wb = new XLWorkbook(Path.Combine(BuiltProvince.Output, "review.xlsx"));
        var sheet = wb.Worksheet("总览");
        var row = Enumerable.Range(2, review.Jurisdictions.Count).Single(r => sheet.Cell(r, 3).GetString() == "遂州市/青禾县");
        Assert.Contains("与 遂州市/错误县 相同", sheet.Row(row).CellsUsed().Last().GetString());
    }

    [Fact]
    public void Townships_carry_their_county_code_and_clash_only_when_their_names_do_too()
    {
        var county = TestPaths.TempDir();
        foreach (var (folder, name) in new[] { ("禾丰镇", "禾丰镇"), ("白塔乡", "白塔乡"), ("禾丰镇-旧版", "禾丰镇") })
            RepositoryTests.Init(new Init.InitOptions(name, "510923", "township", "青禾县"), Path.Combine(county, folder));
        var review = ReviewRunner.Run(county, TestPaths.Today, 2);
        var (code, paths) = Assert.Single(review.SharedCodes);
        Assert.Equal("510923", code);
        Assert.Equal(["禾丰镇", "禾丰镇-旧版"], paths);
    }

    /// <summary>Runs <c>catalogue review</c> on the province into a new folder: exit code, console output, output folder.</summary>
    [Fact]
    public async Task Review_json_and_diff_json_conform_to_the_schemas_that_catalogue_schema_prints()
    {
        var review = await NJsonSchema.JsonSchema.FromJsonAsync(Schema.JsonSchemaGenerator.Render("review"));
        var errors = review.Validate(File.ReadAllText(Path.Combine(BuiltProvince.Output, "review.json")));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Path}: {e.Kind}")));
        Assert.NotEmpty(review.Validate("{\"tool\": \"catalogue\", \"jurisdictions\": [{\"blank_columns\": -1}]}"));
        var diff = await NJsonSchema.JsonSchema.FromJsonAsync(Schema.JsonSchemaGenerator.Render("diff"));
        var other = TestPaths.ExampleEdited("catalogue.yaml", "code: \"510923\"", "code: \"510822\"");
        foreach (var edition in new[] { DiffTests.EditedEdition(), other })
        {
            var found = diff.Validate(CliTests.Run("diff", TestPaths.Example, edition, "--format", "json").Out);
            Assert.True(found.Count == 0, string.Join("\n", found.Take(10).Select(e => $"{e.Path}: {e.Kind}")));
        }
        Assert.Equal(0, CliTests.Run("schema", "--file", "diff").Code);
    }

    private static (int Code, string Stdout, string Output) ReviewCli(string language)
    {
        var output = Path.Combine(TestPaths.TempDir(), "out");
        var (code, stdout, _) = CliTests.Run("review", BuiltProvince.Input, "-o", output, "--lang", language);
        return (code, stdout, output);
    }

    [Fact]
    public void Lang_en_writes_the_dashboard_pages_workbook_and_data_in_english()
    {
        var (code, stdout, output) = ReviewCli("en");
        Assert.Equal(1, code);
        Assert.Contains("reviewed 5 jurisdictions", stdout);
        Assert.Contains("division code 510923 is used by 2 repositories", stdout);
        var html = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<h2 id=\"clash\">Division codes declared by more than one repository</h2>", html);
        Assert.Contains("Baseline coverage", html);
        Assert.DoesNotContain("行政区划代码重复", html);
        var broken = BuiltProvince.Result.Jurisdictions.ToList().FindIndex(j => j.Path == "遂州市/错误县");
        var page = File.ReadAllText(Path.Combine(output, ReviewHtmlWriter.PageFile(broken)));
        Assert.Contains("CAT0701 Linked power does not exist (error, 1 place)", page);
        Assert.Contains("Repository 遂州市/错误县: 1 error, 1 warning, 0 infos;", page);
        using var wb = new XLWorkbook(Path.Combine(output, "review.xlsx"));
        Assert.Equal("Jurisdiction", wb.Worksheet("Overview").Cell(1, 1).GetString());
        Assert.Contains(wb.Worksheet("Findings").RowsUsed(), r => r.Cell(2).GetString() == "遂州市/坏仓库" && r.Cell(4).GetString() == "error");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "review.json")));
        var unreadable = json.RootElement.GetProperty("jurisdictions").EnumerateArray().Single(j => j.GetProperty("path").GetString() == "遂州市/坏仓库");
        Assert.DoesNotMatch("[\u4e00-\u9fff]", unreadable.GetProperty("failure").GetString()!);
    }

    [Fact]
    public void Cli_exits_1_on_errors_and_refuses_output_inside_a_repository()
    {
        var (code, stdout, output) = ReviewCli("zh-CN");
        Assert.Equal(1, code);
        Assert.Contains("审核了 5 个行政区", stdout);
        Assert.Contains("行政区划代码 510923 被 2 个仓库使用：遂州市/错误县、遂州市/青禾县", stdout);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.True(File.Exists(Path.Combine(output, "review.xlsx")));
        var inside = Path.Combine(BuiltProvince.Input, "遂州市", "青禾县", "areas", "review");
        Assert.Equal(2, CliTests.Run("review", BuiltProvince.Input, "-o", inside).Code);
        Assert.False(Directory.Exists(inside));
        // Not among its sources, but inside a county's repository all the same: the review would be committed with it.
        var beside = Path.Combine(BuiltProvince.Input, "遂州市", "青禾县", "审核");
        var refused = CliTests.Run("review", BuiltProvince.Input, "-o", beside, "--lang", "zh-CN");
        Assert.Equal(2, refused.Code);
        Assert.Contains("在被审核的目录仓库", refused.Err);
        Assert.False(Directory.Exists(beside));
    }

    [Fact]
    public void Nested_linked_and_oddly_named_repositories_are_all_found_and_a_link_loop_ends()
    {
        var root = TestPaths.TempDir();
        void Repo(string relative)
        {
            Directory.CreateDirectory(Path.Combine(root, relative));
            File.WriteAllText(Path.Combine(root, relative, "catalogue.yaml"), "schema: 1\n");
        }
        Repo("市/县");
        Repo("市/县/乡镇/禾丰镇");     // a township kept inside its county's folder
        Repo("市/out");               // a county folder that happens to be called out
        Repo("外部/远县");
        Directory.CreateDirectory(Path.Combine(root, "市/县/out/site")); // the county's own output: not searched
        File.WriteAllText(Path.Combine(root, "市/县/out/site/catalogue.yaml"), "");
        Directory.CreateSymbolicLink(Path.Combine(root, "市/链接县"), Path.Combine(root, "外部/远县"));
        Directory.CreateSymbolicLink(Path.Combine(root, "市/环"), Path.Combine(root, "市")); // a loop
        var (found, skipped) = Review.RepositoryFinder.Search(Path.Combine(root, "市"));
        Assert.Equal(["市/out", "市/县", "市/县/乡镇/禾丰镇", "市/链接县"], found.Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')));
        Assert.Empty(skipped);
    }
}
