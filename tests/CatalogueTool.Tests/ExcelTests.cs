using CatalogueTool.Emit;
using CatalogueTool.Emit.Excel;
using ClosedXML.Excel;

namespace CatalogueTool.Tests;

/// <summary>The workbooks read back with the exact template structure, keep text as typed, and are byte-identical across builds.</summary>
public class ExcelTests
{
    private static BuildResult Build(string output) =>
        BuildPipeline.Run(TestPaths.Example, new BuildOptions(output, new ExcelOptions(), TestPaths.Today, "1.0.0"));

    [Fact]
    public void Area_sheet_has_the_national_two_row_header_and_merged_categories()
    {
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Assert.True(Build(output).Written);
        using var wb = new XLWorkbook(Path.Combine(output, "excel", "areas", "social-assistance.xlsx"));
        var ws = wb.Worksheet("社会救助");
        Assert.Equal("青禾县社会救助领域基层政务公开标准目录", ws.Cell(1, 1).GetString());
        Assert.Equal(["序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "", "公开方式", "", "公开层级", "", "备注"],
            Enumerable.Range(1, 15).Select(c => ws.Cell(2, c).GetString()));
        Assert.Equal(["一级事项", "二级事项"], new[] { ws.Cell(3, 2).GetString(), ws.Cell(3, 3).GetString() });
        Assert.Equal(["全社会", "特定群体", "主动", "依申请", "县级", "乡级"], Enumerable.Range(9, 6).Select(c => ws.Cell(3, c).GetString()));
        Assert.True(ws.Cell(2, 1).IsMerged() && ws.Cell(3, 1).IsMerged());
        Assert.True(ws.Range(4, 2, 5, 2).IsMerged(), "综合业务 spans its two rows");
        Assert.Equal("综合业务", ws.Cell(4, 2).GetString());
        var channels = ws.Cell(4, 8).GetString().Split('\n', '\u3000');
        Assert.Equal(13, channels.Length);
        Assert.Equal("■政府网站", channels[0]);
        Assert.Equal("□政府公报", channels[1]);
        Assert.Equal("√", ws.Cell(4, 9).GetString());
        Assert.Equal(XLPageOrientation.Landscape, ws.PageSetup.PageOrientation);
        Assert.Equal(1, ws.PageSetup.PagesWide);
        Assert.Equal(3, ws.SheetView.SplitRow);
    }

    [Fact]
    public void Text_longer_than_an_excel_cell_holds_is_warned_about_and_cut_in_the_workbook_only()
    {
        var repo = TestPaths.ExampleEdited("areas/social-assistance.yaml", "content: 社会救助信访通讯地址；社会救助投诉举报电话",
            "content: " + string.Concat(Enumerable.Repeat("社会救助信访通讯地址", 4000)));
        var output = Path.Combine(TestPaths.TempDir(), "out");
        var result = BuildPipeline.Run(repo, new BuildOptions(output, new ExcelOptions(), TestPaths.Today, "1.0.0"));
        Assert.True(result.Written);
        var warning = Assert.Single(result.Validation.Diagnostics, d => d.Rule.Id == "CAT0305");
        Assert.Contains("40000", warning.Format(Diagnostics.Language.Chinese));
        using var wb = new XLWorkbook(Path.Combine(output, "excel", "areas", "social-assistance.xlsx"));
        var cell = wb.Worksheet("社会救助").Cell(5, 4).GetString();
        Assert.Equal(32_767, cell.Length);
        Assert.EndsWith("…", cell);
        Assert.Contains(string.Concat(Enumerable.Repeat("社会救助信访通讯地址", 4000)), File.ReadAllText(Path.Combine(output, "site", "social-assistance", "shjz-002.html"))); // the page keeps it whole
    }

    [Fact]
    public void Text_stays_text_and_the_combined_workbook_has_cover_and_every_area()
    {
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Build(output);
        using var wb = new XLWorkbook(Path.Combine(output, "excel", "青禾县-标准目录.xlsx"));
        Assert.Equal("封面", wb.Worksheet(1).Name);
        Assert.Equal(1 + 26, wb.Worksheets.Count);
        Assert.Equal("城乡规划", wb.Worksheet(2).Name);
        Assert.Contains(wb.Worksheet(1).CellsUsed(), c => c.GetString().Contains("户籍管理由县公安局垂直管理"));
        // Counts are numbers (the 序号 of each sheet, the cover's 事项数), so that Excel sums and sorts them; all else is text.
        foreach (var ws in wb.Worksheets)
            Assert.All(ws.CellsUsed(), c => Assert.Equal(IsCount(ws, c) ? XLDataType.Number : XLDataType.Text, c.DataType));
        var cover = wb.Worksheet(1);
        var countHeader = cover.CellsUsed().First(c => c.GetString() == "事项数");
        Assert.Equal(12, cover.Cell(countHeader.Address.RowNumber + 1, countHeader.Address.ColumnNumber).GetDouble());
        Assert.Equal(1, wb.Worksheet(2).Cell(4, 1).GetDouble());
    }

    private static bool IsCount(IXLWorksheet ws, IXLCell c) =>
        c.Address.RowNumber > 3 && c.Address.ColumnNumber == 1 && ws.Name != "封面"
        || ws.Name == "封面" && c.Address.ColumnNumber == 2 && double.TryParse(c.GetString(), out _)
            && c.Address.RowNumber > ws.CellsUsed().First(h => h.GetString() == "事项数").Address.RowNumber;

    [Fact]
    public void Each_row_carries_its_item_id_and_standard_item_in_hidden_columns_and_imports_back_with_them()
    {
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Build(output);
        using (var wb = new XLWorkbook(Path.Combine(output, "excel", "areas", "social-assistance.xlsx")))
        {
            var ws = wb.Worksheet(1);
            var idColumn = ws.Row(2).CellsUsed().First(c => c.GetString() == "事项编号").Address.ColumnNumber;
            Assert.True(ws.Column(idColumn).IsHidden && ws.Column(idColumn + 1).IsHidden);
            Assert.Equal(("shjz-001", "shjz-001"), (ws.Cell(4, idColumn).GetString(), ws.Cell(4, idColumn + 1).GetString()));
        }
        // A local area's items keep their ids (lv-001, not tourism-001), and no item is numbered anew.
        var imported = Path.Combine(TestPaths.TempDir(), "imp");
        var result = CatalogueTool.Import.CatalogueImporter.Import(Path.Combine(output, "excel", "青禾县-标准目录.xlsx"), null);
        var ids = result.Areas.SelectMany(a => a.Items).Select(i => i.Id).ToList();
        var original = CatalogueTool.Validation.Validator.Validate(TestPaths.Example, TestPaths.Today).Catalogue!;
        Assert.Equal(original.Items.Select(i => i.Id.Value).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Equal(original.Items.Select(i => i.Baseline?.Value).OrderBy(b => b, StringComparer.Ordinal),
            result.Areas.SelectMany(a => a.Items).Select(i => i.Baseline).OrderBy(b => b, StringComparer.Ordinal));
        // Power links, selectors and prefixes included, come back too.
        var links = result.Areas.SelectMany(a => a.Items).ToDictionary(i => i.Id, i => string.Join(" ", i.Powers.Select(p => p.Display)));
        Assert.All(original.Items, i => Assert.Equal(string.Join(" ", i.Powers.Select(p => p.Display)), links[i.Id.Value]));
        Assert.Contains(original.Items, i => i.Powers.Any(p => p.Type is not null));
    }

    [Fact]
    public void A_renamed_copy_of_a_local_item_inserted_above_it_leaves_the_original_its_id()
    {
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Build(output);
        var workbook = Path.Combine(output, "excel", "青禾县-标准目录.xlsx");
        using (var wb = new XLWorkbook(workbook))
        {
            var ws = wb.Worksheet("旅游");
            ws.Row(4).InsertRowsAbove(1);
            foreach (var cell in ws.Row(5).CellsUsed()) ws.Cell(4, cell.Address.ColumnNumber).Value = cell.Value;
            ws.Cell(4, 3).Value = "景区游客承载量实时公告";
            ws.Cell(4, 6).Value = ""; // the copy's 公开时限 cleared: what is said of it names its new id
            wb.Save();
        }
        var repo = TestPaths.ExampleWith("README.md", "x");
        var (code, report, err) = CliTests.Run("import", workbook, "-o", repo, "--force", "--lang", "zh-CN");
        Assert.True(code == 0, err);
        Assert.DoesNotContain("lv-001（景区游客承载量实时公告）", report);
        Assert.Contains("（景区游客承载量实时公告）缺少公开时限", report);
        var after = CatalogueTool.Validation.Validator.Validate(repo, TestPaths.Today).Catalogue!;
        var before = CatalogueTool.Validation.Validator.Validate(TestPaths.Example, TestPaths.Today).Catalogue!;
        var original = before.Items.First(i => i.Id.Value == "lv-001");
        Assert.Equal(original.Name, after.Items.First(i => i.Id.Value == "lv-001").Name);
        // numbered in the series of its area's ids (lv-), not the area's id (tourism-)
        Assert.Contains("  - id: lv-003\n    category: 旅游资源\n    name: 景区游客承载量实时公告\n", File.ReadAllText(Path.Combine(repo, "areas", "tourism.yaml")));
    }

    [Fact]
    public void The_workbook_imported_over_its_repository_changes_nothing()
    {
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Build(output);
        var repo = TestPaths.ExampleWith("README.md", "x");
        var (code, _, err) = CliTests.Run("import", Path.Combine(output, "excel", "青禾县-标准目录.xlsx"), "-o", repo, "--force", "--lang", "zh-CN");
        Assert.Equal(0, code);
        Assert.DoesNotContain("注意", err); // the cover agrees with catalogue.yaml: nothing to say
        File.WriteAllText(Path.Combine(repo, "catalogue.yaml"), File.ReadAllText(Path.Combine(repo, "catalogue.yaml")).Replace("edition: \"2025\"", "edition: 2024"));
        Assert.Contains("版次“2025”", CliTests.Run("import", Path.Combine(output, "excel", "青禾县-标准目录.xlsx"), "-o", repo, "--force", "--lang", "zh-CN").Err);
        File.WriteAllText(Path.Combine(repo, "catalogue.yaml"), File.ReadAllText(Path.Combine(repo, "catalogue.yaml")).Replace("edition: 2024", "edition: \"2025\""));
        var before = CatalogueTool.Validation.Validator.Validate(TestPaths.Example, TestPaths.Today).Catalogue!;
        var after = CatalogueTool.Validation.Validator.Validate(repo, TestPaths.Today);
        Assert.Empty(after.Diagnostics);
        Assert.True(CatalogueTool.Diff.EditionDiff.Compare(before, after.Catalogue!).IsEmpty);
    }

    [Fact]
    public void Numbers_dates_booleans_and_formulas_stay_exactly_as_typed()
    {
        var item = TestPaths.GoodItem.Replace("content: 政策文件", "content: \"0123\"").Replace("name: 政策法规文件", "name: \"2024-01-01\"")
            + "\n    note: \"=SUM(A1:A9)\"\n";
        var repo = TestPaths.MinimalRepo("area: 社会救助\nitems:\n" + item.Replace("category: 综合业务", "category: \"TRUE\""));
        var output = Path.Combine(TestPaths.TempDir(), "out");
        var result = BuildPipeline.Run(repo, new BuildOptions(output, new ExcelOptions(), TestPaths.Today, "1"));
        Assert.True(result.Written, string.Join("\n", result.Validation.Diagnostics.Select(d => d.Format(Diagnostics.Language.English))));
        using var wb = new XLWorkbook(Path.Combine(output, "excel", "areas", "social-assistance.xlsx"));
        var ws = wb.Worksheet(1);
        Assert.Equal(("TRUE", "2024-01-01", "0123"), (ws.Cell(4, 2).GetString(), ws.Cell(4, 3).GetString(), ws.Cell(4, 4).GetString()));
        Assert.Equal("=SUM(A1:A9)", ws.Cell(4, 15).GetString());
        Assert.False(ws.Cell(4, 15).HasFormula);
        Assert.All(ws.CellsUsed(), c => Assert.Equal(c.Address.ColumnNumber == 1 && c.Address.RowNumber > 3 ? XLDataType.Number : XLDataType.Text, c.DataType));
    }

    [Fact]
    public void A_local_carrier_whose_name_holds_a_separator_reads_back_as_one_carrier()
    {
        var repo = TestPaths.ExampleEdited("areas/social-assistance.yaml", "    channels: [政府网站, 公开查阅点, 政务服务中心]\n",
            "    channels: [政府网站, 其他：青禾发布、县融媒体中心, 其他：村广播]\n");
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Assert.True(BuildPipeline.Run(repo, new BuildOptions(output, new ExcelOptions(), TestPaths.Today, "1")).Written);
        var result = CatalogueTool.Import.CatalogueImporter.Import(Path.Combine(output, "excel", "areas", "social-assistance.xlsx"), null);
        var item = result.Areas.Single().Items.First(i => i.Id == "shjz-001");
        Assert.Equal(["政府网站", "其他：青禾发布、县融媒体中心", "其他：村广播"], item.Channels);
        Assert.Equal(["其他：微信公众号", "其他：村广播"], CatalogueTool.Import.CarrierParser.Parse("■其他：微信公众号、村广播").Channels);
        // Quotes that are part of a name stay; a quoted name holding quotes and 、 is one carrier.
        Assert.Equal(["其他：微信公众号“青禾财政”"], CatalogueTool.Import.CarrierParser.Parse("■其他：微信公众号“青禾财政”").Channels);
        Assert.Equal(["其他：微信公众号“青禾发布”、县融媒体", "其他：村广播"],
            CatalogueTool.Import.CarrierParser.Parse("■其他：“微信公众号“青禾发布”、县融媒体”、村广播").Channels);
        // ASCII quotes wrap a name too; a standard carrier after 其他 is that carrier; an empty name keeps the tick.
        Assert.Equal(["其他：青禾发布、县融媒体中心"], CatalogueTool.Import.CarrierParser.Parse("■其他：\"青禾发布、县融媒体中心\" □政府公报").Channels);
        Assert.Equal(["政府网站", "其他：青禾发布", "政府公报"], CatalogueTool.Import.CarrierParser.Parse("政府网站、其他：青禾发布、政府公报").Channels);
        Assert.Equal(["其他"], CatalogueTool.Import.CarrierParser.Parse("■其他：“”").Channels);
        // A list of the selected carriers only (build --selected-channels) reads back the same.
        var selected = Path.Combine(TestPaths.TempDir(), "selected");
        Assert.True(BuildPipeline.Run(repo, new BuildOptions(selected, new ExcelOptions(SelectedChannelsOnly: true), TestPaths.Today, "1")).Written);
        var again = CatalogueTool.Import.CatalogueImporter.Import(Path.Combine(selected, "excel", "areas", "social-assistance.xlsx"), null);
        Assert.Equal(["政府网站", "其他：青禾发布、县融媒体中心", "其他：村广播"], again.Areas.Single().Items.First(i => i.Id == "shjz-001").Channels);
    }

    [Fact]
    public void Two_builds_are_byte_identical()
    {
        var a = Path.Combine(TestPaths.TempDir(), "out");
        var b = Path.Combine(TestPaths.TempDir(), "out");
        var files = Build(a).Files;
        Build(b);
        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(b, f))));
    }

    [Fact]
    public void A_failed_build_keeps_the_previous_output()
    {
        var repo = TestPaths.TempDir();
        PowerTests.CopyDirectory(TestPaths.Example, repo);
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Assert.True(BuildPipeline.Run(repo, new BuildOptions(output, new ExcelOptions(), TestPaths.Today, "1")).Written);
        var before = File.ReadAllBytes(Path.Combine(output, "excel", "青禾县-标准目录.xlsx"));
        File.AppendAllText(Path.Combine(repo, "areas", "health.yaml"), "  - id: BAD\n");
        Assert.False(BuildPipeline.Run(repo, new BuildOptions(output, new ExcelOptions(), TestPaths.Today, "1")).Written);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(output, "excel", "青禾县-标准目录.xlsx")));
        Assert.DoesNotContain(Directory.GetDirectories(Path.GetDirectoryName(output)!), d => Path.GetFileName(d) != "out");
    }

    [Fact]
    public void Output_inside_the_sources_is_refused()
    {
        Assert.True(OutputTransaction.EndangersInput(TestPaths.Example, Path.Combine(TestPaths.Example, "areas")));
        Assert.True(OutputTransaction.EndangersInput(TestPaths.Example, TestPaths.Example));
        Assert.True(OutputTransaction.EndangersInput(TestPaths.Example, Path.GetDirectoryName(TestPaths.Example)!));
        Assert.False(OutputTransaction.EndangersInput(TestPaths.Example, Path.Combine(TestPaths.Example, "out")));
    }
}

/// <summary>The sheet XML of one area workbook, as written, against its snapshot.</summary>
public class ExcelSnapshotTests
{
    [Fact]
    public void Area_sheet_xml_matches_its_snapshot()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(BuiltExample.Folder, "excel", "areas", "social-assistance.xlsx"));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var xml = reader.ReadToEnd().Replace("><", ">\n<", StringComparison.Ordinal);
        Snapshooter.Xunit.Snapshot.Match(xml, "social-assistance-sheet1");
    }

    [Fact]
    public void Sheet_names_are_unique_and_never_cut_inside_a_character()
    {
        var names = WorkbookWriter.UniqueSheetNames(["旅游", "旅游", "封面", new string('长', 30) + "𠮷", new string('长', 30) + "𠮷x"], reserved: "封面");
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.DoesNotContain("封面", names);
        Assert.All(names, n => Assert.True(n.Length <= 31 && !char.IsHighSurrogate(n[^1]), n));
    }
}
