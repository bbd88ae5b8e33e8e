using CatalogueTool.Diagnostics;
using CatalogueTool.Import;
using CatalogueTool.Emit.Yaml;
using CatalogueTool.Validation;

namespace CatalogueTool.Tests;

/// <summary>Existing Excel catalogues → area files: our own template round-trips, and the tables counties made read correctly.</summary>
public class ImportTests
{
    private static string Temp(string name) => Path.Combine(TestPaths.TempDir(), name);

    /// <summary>A one-row-header sheet with the given rows under it (序号 一级事项 二级事项 公开内容 公开依据 公开时限 公开主体 公开渠道 全社会 特定群体 主动 依申请 县级 乡级).</summary>
    private static ImportResult ImportRows(string sheetName, params string[][] rows)
    {
        var path = Path.Combine(TestPaths.TempDir(), "rows.xlsx");
        using (var wb = new ClosedXML.Excel.XLWorkbook())
        {
            var ws = wb.AddWorksheet(sheetName);
            string[] head = ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道", "全社会", "特定群体", "主动", "依申请", "县级", "乡级"];
            for (var c = 0; c < head.Length; c++) ws.Cell(1, c + 1).SetValue(head[c]);
            for (var r = 0; r < rows.Length; r++)
                for (var c = 0; c < rows[r].Length; c++) ws.Cell(r + 2, c + 1).SetValue(rows[r][c]);
            wb.SaveAs(path);
        }
        return CatalogueImporter.Import(path, null);
    }

    private static string[] Row(string number, string category, string name, params string[] marks) =>
        [number, category, name, "内容", "《社会救助暂行办法》", "信息形成或者变更之日起20个工作日内", "试验县民政局", "政府网站", .. marks];

    [Fact]
    public void An_item_id_column_keeps_usable_ids_and_numbers_the_others_anew_with_a_word()
    {
        var path = Path.Combine(TestPaths.TempDir(), "ids.xlsx");
        using (var wb = new ClosedXML.Excel.XLWorkbook())
        {
            var ws = wb.AddWorksheet("社会救助");
            string[] head = ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道", "全社会", "特定群体", "主动", "依申请", "县级", "乡级", "事项编号", "对应标准事项"];
            for (var c = 0; c < head.Length; c++) ws.Cell(1, c + 1).SetValue(head[c]);
            string[] ids = ["shjz-900", "第1项", "shjz-900", "ＳＨＪＺ－９０１"];
            for (var r = 0; r < ids.Length; r++)
            {
                string[] row = [.. Row((r + 1).ToString(), "综合业务", "事项" + r, "√", "", "√", "", "√", ""), ids[r]];
                for (var c = 0; c < row.Length; c++) ws.Cell(r + 2, c + 1).SetValue(row[c]);
            }
            wb.SaveAs(path);
        }
        var result = CatalogueImporter.Import(path, null);
        var got = result.Areas.Single().Items.Select(i => i.Id).ToList();
        Assert.Equal("shjz-900", got[0]);
        Assert.Equal("shjz-901", got[3]); // full-width and capitals folded
        Assert.Equal(4, got.Distinct().Count());
        Assert.Equal(2, result.Findings.Count(f => f.Message.Contains("已重新编号")));
        // Another workbook's own 事项编号 column (no 对应标准事项 beside it) is its numbering, not ids: kept as a note.
        var other = ImportRows("社会救助", Row("1", "综合业务", "政策法规文件", "√", "", "√", "", "√", ""));
        Assert.StartsWith("shjz-", other.Areas.Single().Items.Single().Id);
    }

    [Theory]
    [InlineData("510923-MZ-JF-0001", "510923-MZ-JF-0001")]
    [InlineData("510923-MZ-JF-0001 510923-MZ-QR-0001", "510923-MZ-JF-0001|510923-MZ-QR-0001")]
    [InlineData("５１０９２３－ＭＺ－＊", "510923-MZ-*")]
    [InlineData("{ type: 行政处罚, subject: 青禾县民政局（综合行政执法大队） }", "{type: 行政处罚, subject: 青禾县民政局（综合行政执法大队）}")]
    [InlineData("{type: 行政许可, subject: }", "{type: 行政许可, subject: }")]
    [InlineData("hello: world", null)]
    [InlineData("{a: b}", null)]
    [InlineData("*", null)]
    [InlineData("见权责清单第3页", null)]
    [InlineData("510923-民政-XK-0001", "510923-民政-XK-0001")]
    [InlineData("510923-MZ-JF-0001\u3000510923-MZ-QR-0001", "510923-MZ-JF-0001|510923-MZ-QR-0001")]
    public void A_hidden_power_cell_line_reads_as_the_tool_wrote_it_or_not_at_all(string line, string? expected)
    {
        var read = CatalogueTool.Model.PowerRef.FromDisplay(line, CatalogueTool.Diagnostics.SourceSpan.OfFile("x"));
        Assert.Equal(expected, read is null ? null : string.Join("|", read.Select(p => p.Display)));
    }

    private static ItemDraft Draft(string id, string category, string name, string? baseline, bool given = true) =>
        new(id, category, name, null, "内容", ["《社会救助暂行办法》"], "20个工作日内", "民政局", ["政府网站"], ["全社会"], ["主动"], ["县级"], baseline, null)
        { IdGiven = given, BaselineCell = "社会救助!Q" + id[^1], Powers = given && baseline is not null ? [new CatalogueTool.Model.PowerRef("P-" + id, null, null, null, CatalogueTool.Diagnostics.SourceSpan.OfFile("x"))] : [] };

    private static IReadOnlyList<ItemDraft> Matched(params ItemDraft[] items)
    {
        var area = CatalogueTool.Model.PilotAreas.FindById("social-assistance")!;
        var result = new ImportResult("x.xlsx", null, [new ImportedArea(area, items, ["社会救助"])], [], false);
        return BaselineMatcher.Apply(result, CatalogueTool.Baselines.BaselineLoader.LoadNational().Baseline).Areas.Single().Items;
    }

    [Fact]
    public void Hidden_cells_parted_from_their_rows_are_not_trusted_and_a_renamed_copy_above_leaves_the_original_its_id()
    {
        // The visible cells of two rows named 审批信息 swapped under 最低生活保障 and 特困人员救助供养: their 一级事项 tell.
        var swapped = Matched(Draft("shjz-006", "特困人员救助供养", "审批信息", "shjz-006"), Draft("shjz-010", "最低生活保障", "审批信息", "shjz-010"));
        Assert.Equal([("shjz-010", "shjz-010"), ("shjz-006", "shjz-006")], swapped.Select(i => (i.Id, i.Baseline)));
        Assert.All(swapped, i => Assert.Empty(i.Powers)); // the parted power links are not imported
        // A copy inserted above 审批信息 and renamed carried its id; the original below was numbered anew.
        var copied = Matched(Draft("shjz-006", "最低生活保障", "低保对象动态管理信息", "shjz-006"), Draft("shjz-007", "最低生活保障", "审批信息", null, given: false));
        Assert.Equal(("shjz-006", "shjz-006"), (copied[1].Id, copied[1].Baseline));
        Assert.NotEqual("shjz-006", copied[0].Id);
        Assert.Null(copied[0].Baseline);
    }

    [Fact]
    public void A_workbook_under_the_other_extension_is_read_and_a_blank_name_is_said()
    {
        var renamed = Temp("白河县.xlsx");
        File.Copy(Path.Combine(TestPaths.Cases, "import", "白河县.xls"), renamed);
        Assert.NotEmpty(CatalogueImporter.Import(renamed, null).Areas);
        var result = ImportRows("社会救助", Row("1", "综合业务", "", "√", "", "√", "", "√", ""));
        Assert.Equal("综合业务", result.Areas.Single().Items.Single().Name);
        Assert.Contains(result.Findings, f => f.Message.StartsWith("二级事项是空的"));
    }

    [Fact]
    public void A_heading_that_only_mentions_another_area_keeps_the_sheets_area_an_items_named_合计_and_numbers_in_brackets_are_told_apart()
    {
        var result = ImportRows("社会救助",
            Row("1", "综合业务", "政策法规文件", "√", "", "√", "", "√", ""),
            ["就业救助", "就业救助", "就业救助", "就业救助", "就业救助", "就业救助", "就业救助", "就业救助", "就业救助", "就业救助", "就业救助", "就业救助", "就业救助", "就业救助"],
            Row("2", "就业救助", "合计", "√", "", "√", "", "√", ""),
            ["（1）", "（2）", "（3）", "（4）", "（5）", "（6）"],
            ["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "10", "", "11", ""],
            ["①", "②", "③", "④"],
            ["1", "2", "", "4", "5", "6", "7", "8"],
            Row("3", "医疗救助", "办事指南", "特定群体", "", "依申请", "", "乡级", ""));
        var area = Assert.Single(result.Areas);
        Assert.Equal("social-assistance", area.Area.Id);
        Assert.Equal(["政策法规文件", "合计", "办事指南"], area.Items.Select(i => i.Name));
        foreach (var row in new[] { 5, 6, 7, 8 }) Assert.Contains(result.Findings, f => f.Location == $"社会救助!A{row}" && f.Message.Contains("列序号"));
        // a mark column holding another column's word: imported as its own column's tick, and said
        Assert.Equal(3, result.Findings.Count(f => f.Severity == Diagnostics.Severity.Warning && f.Location.StartsWith("社会救助!", StringComparison.Ordinal) && f.Location.EndsWith("9", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_cleaning_far_into_a_cell_is_shown_where_it_happened()
    {
        var row = Row("1", "综合业务", "政策法规文件", "√", "", "√", "", "√", "");
        row[3] = "这是一段很长的公开内容，包含三十多个字符的说明文字，用来测试显示的位置是否正确 ， 末尾";
        var note = Assert.Single(ImportRows("社会救助", row).Findings, f => f.Location == "社会救助!D2");
        Assert.Contains("是否正确 ， 末尾”→“…", note.Message);
        Assert.EndsWith("是否正确，末尾”", note.Message);
    }

    [Fact]
    public void After_a_section_of_another_area_a_heading_naming_the_sheets_own_returns_to_it()
    {
        string[] Heading(string text) => Enumerable.Repeat(text, 14).ToArray();
        var result = ImportRows("扶贫",
            Row("1", "政策文件", "扶贫政策", "√", "", "√", "", "√", ""),
            Heading("养老服务"),
            Row("1", "养老机构", "养老机构名录", "√", "", "√", "", "√", ""),
            Heading("二、产业扶贫"),
            Row("1", "产业扶贫", "产业扶贫项目", "√", "", "√", "", "√", ""));
        Assert.Equal([("poverty-alleviation", 2), ("elderly-care", 1)], result.Areas.Select(a => (a.Area.Id, a.Items.Count)).OrderByDescending(x => x.Count));
    }

    [Fact]
    public void A_header_whose_middle_row_names_the_items_and_is_not_merged_down()
    {
        var path = Path.Combine(TestPaths.TempDir(), "中间行.xlsx");
        using (var wb = new ClosedXML.Excel.XLWorkbook())
        {
            var ws = wb.AddWorksheet("社会救助");
            string[] top = ["序号", "公开事项", "", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道", "公开对象及方式", "", "", ""];
            string[] middle = ["", "一级事项", "二级事项", "", "", "", "", "", "公开对象", "", "公开方式", ""];
            string[] bottom = ["", "", "", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请"];
            for (var c = 0; c < top.Length; c++) { ws.Cell(1, c + 1).SetValue(top[c]); ws.Cell(2, c + 1).SetValue(middle[c]); ws.Cell(3, c + 1).SetValue(bottom[c]); }
            string[] row = ["1", "综合业务", "政策法规文件", "政策文件", "《社会救助暂行办法》", "信息形成或者变更之日起20个工作日内", "试验县民政局", "政府网站", "√", "", "", "√"];
            for (var c = 0; c < row.Length; c++) ws.Cell(4, c + 1).SetValue(row[c]);
            wb.SaveAs(path);
        }
        var item = Assert.Single(Assert.Single(CatalogueImporter.Import(path, null).Areas).Items);
        Assert.Equal(("综合业务", "政策法规文件"), (item.Category, item.Name));
        Assert.Equal(["全社会"], item.Audience);
        Assert.Equal(["依申请"], item.Mode);
    }

    [Fact]
    public void A_header_over_three_rows_reads_its_lowest_sub_columns()
    {
        var path = Path.Combine(TestPaths.TempDir(), "三行表头.xlsx");
        using (var wb = new ClosedXML.Excel.XLWorkbook())
        {
            var ws = wb.AddWorksheet("社会救助");
            string[] top = ["序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象及方式", "", "", "", "公开层级", ""];
            string[] middle = ["", "一级事项", "二级事项", "", "", "", "", "", "公开对象", "", "公开方式", "", "县级", "乡级"];
            string[] bottom = ["", "", "", "", "", "", "", "", "全社会", "特定群体", "主动", "依申请", "", ""];
            for (var c = 0; c < top.Length; c++) { ws.Cell(1, c + 1).SetValue(top[c]); ws.Cell(2, c + 1).SetValue(middle[c]); ws.Cell(3, c + 1).SetValue(bottom[c]); }
            foreach (var c in new[] { 1, 4, 5, 6, 7, 8 }) ws.Range(1, c, 3, c).Merge();
            ws.Range(2, 2, 3, 2).Merge(); ws.Range(2, 3, 3, 3).Merge(); ws.Range(2, 13, 3, 13).Merge(); ws.Range(2, 14, 3, 14).Merge();
            ws.Range(1, 2, 1, 3).Merge(); ws.Range(1, 9, 1, 12).Merge(); ws.Range(2, 9, 2, 10).Merge(); ws.Range(2, 11, 2, 12).Merge(); ws.Range(1, 13, 1, 14).Merge();
            string[] row = ["1", "综合业务", "政策法规文件", "政策文件", "《社会救助暂行办法》", "信息形成或者变更之日起20个工作日内", "试验县民政局", "政府网站", "", "√", "√", "", "√", ""];
            for (var c = 0; c < row.Length; c++) ws.Cell(4, c + 1).SetValue(row[c]);
            wb.SaveAs(path);
        }
        var item = Assert.Single(Assert.Single(CatalogueImporter.Import(path, null).Areas).Items);
        Assert.Equal(["特定群体"], item.Audience);
        Assert.Equal(["主动"], item.Mode);
        Assert.Equal(["县级"], item.Levels);
    }

    [Fact]
    public void A_number_for_a_time_limit_a_year_opening_a_basis_and_an_item_on_two_sheets_are_said()
    {
        var path = Path.Combine(TestPaths.TempDir(), "两级.xlsx");
        using (var wb = new ClosedXML.Excel.XLWorkbook())
        {
            foreach (var name in new[] { "社会救助（县级）", "社会救助（乡级）" })
            {
                var ws = wb.AddWorksheet(name);
                string[] head = ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道", "公开对象", "公开方式"];
                for (var c = 0; c < head.Length; c++) ws.Cell(1, c + 1).SetValue(head[c]);
                string[] row = ["1", "综合业务", "政策法规文件", "政策文件", "1.《社会救助暂行办法》\n2.2014年修订的《最低生活保障审核审批办法》", "20", "试验县民政局", "政府网站", "全社会", "主动"];
                for (var c = 0; c < row.Length; c++) ws.Cell(2, c + 1).SetValue(row[c]);
                ws.Cell(2, 6).SetValue(20); // typed as a number
            }
            wb.SaveAs(path);
        }
        var result = CatalogueImporter.Import(path, null);
        var items = Assert.Single(result.Areas).Items;
        Assert.Equal(["《社会救助暂行办法》", "2014年修订的《最低生活保障审核审批办法》"], items[0].Basis);
        Assert.Contains(result.Findings, f => f.Location == "社会救助（县级）!F2" && f.Severity == Diagnostics.Severity.Warning && f.Message.Contains("只是一个数字"));
        Assert.Contains(result.Findings, f => f.Location == "社会救助（乡级）!A2" && f.Message.Contains("社会救助（县级）!A2"));
    }

    [Fact]
    public void Rows_beside_the_items_are_told_apart_and_nothing_is_lost_silently()
    {
        var path = Path.Combine(TestPaths.TempDir(), "扶贫.xlsx");
        MessyWorkbooks.RowsBesideItems(path);
        var result = CatalogueImporter.Import(path, null);
        var area = Assert.Single(result.Areas); // the 教育扶贫 subsection stays in 扶贫
        Assert.Equal("poverty-alleviation", area.Area.Id);
        Assert.Equal(["扶贫政策", "资助信息"], area.Items.Select(i => i.Name)); // marks written as words; a name joined from two lines
        Assert.Equal(["特定群体"], area.Items[1].Audience); // □ is an empty box
        Assert.Equal(["全社会"], area.Items[0].Audience);
        Assert.Equal(["县级"], area.Items[0].Levels);
        Assert.Contains(result.Findings, f => f.Location == "扶贫!A4" && f.Message.Contains("列序号"));
        Assert.Contains(result.Findings, f => f.Location == "扶贫!A8" && f.Message.Contains("合计"));
        var unheaded = Assert.Single(result.Findings, f => f.Location == "扶贫!P7");
        Assert.Equal(Diagnostics.Severity.Warning, unheaded.Severity);
        Assert.Contains("县教育局学生资助中心负责", unheaded.Message);
        Assert.Equal("2024", result.Edition);
    }

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
        // The local areas come back too: the cover names them (本地增设领域).
        Assert.Contains(result.Areas, a => a.Area.Id == "tourism" && a.Items.Count > 0);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
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
        Assert.Contains(result.Findings, f => f.Message.Contains("责任科室") && f.Location == "Sheet1!O2"); // the merged header cell's own address
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
    public void Variant_area_names_third_level_items_and_a_report_naming_each_interpreted_cell()
    {
        var path = Temp("涉农.xlsx");
        MessyWorkbooks.ThreeLevels(path);
        var result = CatalogueImporter.Import(path, null);
        var area = Assert.Single(result.Areas);
        Assert.Equal("agricultural-subsidies", area.Area.Id);
        var (first, second) = (area.Items[0], area.Items[1]);
        Assert.Equal(("补贴政策", "耕地地力保护补贴", "补贴标准"), (first.Category, first.Name, first.Sub));
        Assert.Equal("10个工作日内", first.TimeLimit);
        Assert.Equal(["政府网站", "两微一端"], first.Channels);
        Assert.Equal(["县级", "乡级", "村级"], first.Levels);
        Assert.Equal(["主动"], first.Mode);
        Assert.Equal(first.Basis, second.Basis);
        Assert.Equal((first.TimeLimit, first.Subject), (second.TimeLimit, second.Subject));
        Assert.Equal(["特定群体"], second.Audience);
        Assert.Equal(["乡级", "村级"], second.Levels);
        Assert.Contains(result.Findings, f => f.Location == "涉农资金!F3" && f.Message.Contains("按上一行"));
        Assert.Contains(result.Findings, f => f.Location == "涉农资金!G2" && f.Message.Contains("规范"));
        Assert.Contains(result.Findings, f => f.Location == "涉农资金!I2" && f.Message.Contains("门户网站"));
    }

    [Fact]
    public void Missing_marks_are_reported_never_invented()
    {
        var path = Temp("缺标记.xlsx");
        WriteSheet(path, "社会救助", ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "特定群体", "主动", "依申请", "县级", "乡级"], ["1", "低保", "政策", "政策文件", "《办法》", "20个工作日内", "县民政局", "政府网站", "", "", "√", "", "√", ""]);
        var result = CatalogueImporter.Import(path, null);
        var item = result.Areas.Single().Items.Single();
        Assert.Empty(item.Audience);
        Assert.Contains(result.Findings, f => f.Location == "社会救助!A2" && f.Message.Contains("没有公开对象标记"));
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("没有公开方式"));
    }

    [Fact]
    public void A_village_catalogue_with_only_a_village_column_keeps_its_marks()
    {
        // A village's own catalogue has a single 村级 column: its marks are read, not replaced by the 县级 default.
        var path = Temp("村级.xlsx");
        WriteSheet(path, "社会救助", ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "特定群体", "主动", "依申请", "村级"],
            ["1", "低保", "对象公示", "姓名、金额", "《办法》", "20个工作日内", "村民委员会", "公开栏", "√", "", "√", "", "√"],
            ["2", "低保", "政策", "政策文件", "《办法》", "20个工作日内", "村民委员会", "公开栏", "√", "", "√", "", ""]);
        var result = CatalogueImporter.Import(path, null);
        var items = result.Areas.Single().Items;
        Assert.Equal(["村级"], items[0].Levels);
        Assert.Empty(items[1].Levels);
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("没有公开层级列"));
    }

    [Fact]
    public void A_ditto_with_nothing_above_and_an_excel_error_value_are_errors_never_text()
    {
        var path = Temp("同上.xlsx");
        WriteSheet(path, "社会救助", ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "特定群体", "主动", "依申请", "县级", "乡级"],
            ["1", "同上", "政策", "#DIV/0!", "《办法》", "20个工作日内", "县民政局", "政府网站", "√", "", "√", "", "√", ""],
            ["2", "同上", "标准", "保障标准", "《办法》", "20个工作日内", "县民政局", "政府网站", "√", "", "√", "", "√", ""]);
        var result = CatalogueImporter.Import(path, null);
        var items = result.Areas.Single().Items;
        Assert.DoesNotContain(items, i => i.Category == "同上" || i.Content.StartsWith('#'));
        Assert.Contains(result.Findings, f => f.Location == "社会救助!B2" && f.Severity == Severity.Error && f.Message.Contains("同上"));
        Assert.Contains(result.Findings, f => f.Location == "社会救助!B3" && f.Severity == Severity.Error);
        Assert.Contains(result.Findings, f => f.Location == "社会救助!D2" && f.Severity == Severity.Error && f.Message.Contains("#DIV/0!"));
    }

    [Fact]
    public void A_column_naming_each_rows_area_decides_it()
    {
        var path = Temp("领域列.xlsx");
        WriteSheet(path, "目录", ["序号", "领域", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "特定群体", "主动", "依申请", "县级", "乡级"],
            ["1", "社会救助", "低保", "政策", "政策文件", "《办法》", "20个工作日内", "县民政局", "政府网站", "√", "", "√", "", "√", ""],
            ["2", "养老服务", "补贴", "高龄津贴", "补贴标准", "《办法》", "20个工作日内", "县民政局", "政府网站", "√", "", "√", "", "√", ""],
            ["3", "天文观测", "星图", "星表", "星表", "《办法》", "20个工作日内", "县民政局", "政府网站", "√", "", "√", "", "√", ""],
            ["4", "社会救助、养老服务", "救助", "两者", "内容", "《办法》", "20个工作日内", "县民政局", "政府网站", "√", "", "√", "", "√", ""]);
        var result = CatalogueImporter.Import(path, null);
        Assert.Equal(["elderly-care", "social-assistance"], result.Areas.Select(a => a.Area.Id).Order());
        Assert.All(result.Areas, a => Assert.Single(a.Items));
        Assert.DoesNotContain(result.Areas.SelectMany(a => a.Items), i => (i.Note ?? "").Contains("领域"));
        Assert.Contains(result.Findings, f => f.Location == "目录!B4" && f.Severity == Severity.Error && f.Message.Contains("天文观测"));
        Assert.Contains(result.Findings, f => f.Location == "目录!B5" && f.Severity == Severity.Error && f.Message.Contains("不止一个领域"));
    }

    [Theory]
    [InlineData("白河县基层政务公开标准目录(社会救助)", "白河县")]
    [InlineData("白河县基层政务公开标准目录", "白河县")]
    [InlineData("白河县2024年基层政务公开标准目录", "白河县")]
    [InlineData("四川省遂州市白河县基层政务公开标准目录", "白河县")]
    [InlineData("白河县人民政府基层政务公开标准目录", "白河县")]
    [InlineData("白河镇基层政务公开标准目录", "白河镇")]
    [InlineData("遂州市白河区社会救助领域基层政务公开标准目录", "白河区")]
    [InlineData("北京市通州区社会救助领域基层政务公开标准目录", "通州区")]
    [InlineData("社会救助领域基层政务公开标准目录", null)]
    [InlineData("济南市市中区社会救助领域基层政务公开标准目录", "市中区")]
    [InlineData("市中区基层政务公开标准目录", "市中区")]
    [InlineData("白河县乡镇社会救助领域基层政务公开标准目录", "白河县")]
    [InlineData("白河县街道社区基层政务公开标准目录", "白河县")]
    [InlineData("2024年白河县基层政务公开标准目录", "白河县")]
    [InlineData("白河县白河镇基层政务公开标准目录", "白河镇")]
    [InlineData("城关街道基层政务公开标准目录", "城关街道")]
    [InlineData("青羊区草市街街道社会救助领域基层政务公开标准目录", "草市街街道")]
    [InlineData("新市街道社会救助领域基层政务公开标准目录", "新市街道")]
    [InlineData("草市街街道办事处基层政务公开标准目录", "草市街街道")]
    [InlineData("青禾县（社会救助领域）基层政务公开标准目录", "青禾县")]
    [InlineData("青禾县县级基层政务公开标准目录", "青禾县")]
    [InlineData("附件 2024年 青禾县基层政务公开标准目录", "青禾县")]
    [InlineData("松溪县（510924）基层政务公开标准目录", "松溪县")]
    [InlineData("松溪县(510924)社会救助领域基层政务公开标准目录", "松溪县")]
    [InlineData("白河县（990000）社会救助领域基层政务公开标准目录", "白河县")] // no code, and no part of the name either
    [InlineData("白河县（2024）社会救助领域基层政务公开标准目录", "白河县")]
    public void The_title_names_the_jurisdiction(string title, string? expected) =>
        Assert.Equal(expected, SheetImport.JurisdictionIn(title));

    [Theory]
    [InlineData("松溪县（510924）基层政务公开标准目录", "510924")]
    [InlineData("松溪县(５１０９２４)基层政务公开标准目录", "510924")]
    [InlineData("松溪县2024年基层政务公开标准目录", null)]
    [InlineData("松溪县基层政务公开标准目录（202405）", null)] // a date, not a division code
    public void A_title_gives_the_division_code_it_writes_in_brackets(string title, string? expected) =>
        Assert.Equal(expected, SheetImport.CodeIn(title));

    [Fact]
    public void A_cover_with_a_code_row_and_no_jurisdiction_row_is_read_as_a_cover()
    {
        var path = Temp("封面.xlsx");
        WriteSheet(path, "社会救助", ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "特定群体", "主动", "依申请", "县级", "乡级"],
            ["1", "低保", "政策", "政策文件", "《办法》", "20个工作日内", "县民政局", "政府网站", "√", "", "√", "", "√", ""]);
        using (var wb = new ClosedXML.Excel.XLWorkbook(path))
        {
            var cover = wb.AddWorksheet("封面", 1);
            cover.Cell(1, 1).SetValue("松溪县基层政务公开标准目录");
            cover.Cell(3, 1).SetValue("行政区划代码"); cover.Cell(3, 2).SetValue(510924); // stored as a number
            cover.Cell(4, 1).SetValue("版次"); cover.Cell(4, 2).SetValue("2026");
            cover.Cell(5, 1).SetValue("发布机关"); cover.Cell(5, 2).SetValue("松溪县人民政府办公室");
            wb.Save();
        }
        var result = CatalogueImporter.Import(path, null);
        Assert.Equal(("松溪县", "510924", "2026", "松溪县人民政府办公室"), (result.Jurisdiction, result.Code, result.Cover?.Edition, result.Cover?.Publisher));
        Assert.DoesNotContain(result.Findings, f => f.Location == "封面" && f.Message.Contains("没有找到目录表头"));
    }

    [Fact]
    public void A_hidden_row_is_imported_and_said()
    {
        var path = Temp("隐藏行.xlsx");
        string[] head = ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "特定群体", "主动", "依申请", "县级", "乡级"];
        WriteSheet(path, "社会救助", head,
            ["1", "低保", "政策", "政策文件", "《办法》", "20个工作日内", "县民政局", "政府网站", "√", "", "√", "", "√", ""],
            ["2", "低保", "审核", "审核结果", "《办法》", "20个工作日内", "县民政局", "政府网站", "√", "", "√", "", "√", ""]);
        using (var wb = new ClosedXML.Excel.XLWorkbook(path))
        {
            wb.Worksheet(1).Row(3).Hide();
            wb.Save();
        }
        var result = CatalogueImporter.Import(path, null);
        Assert.Equal(2, result.Items);
        var note = Assert.Single(result.Findings, f => f.Location == "社会救助!A3");
        Assert.Contains("隐藏", note.Message);
    }

    [Fact]
    public void A_formula_the_file_holds_no_result_for_is_an_error_at_its_cell()
    {
        var path = Temp("公式.xlsx");
        WriteSheet(path, "社会救助", ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "特定群体", "主动", "依申请", "县级", "乡级"],
            ["1", "低保", "政策", "政策文件", "《办法》", "20个工作日内", "县民政局", "政府网站", "√", "", "√", "", "√", ""]);
        WithFormula(path, "D2", "CONCATENATE(\"政策\",\"文件\")");
        WithFormula(path, "E1", "\"公开\"&\"依据\""); // a header cell: the whole column would go
        WithFormula(path, "F2", "IF(1,\"\",\"x\")", stored: ""); // a formula whose stored result is "": blank, no finding
        WithFormula(path, "A2", "ROW()-1"); // 序号 is never imported: nothing lost
        WithFormula(path, "G2", "CONCATENATE(\"县\",\"民政局\")", stored: "", type: null); // openpyxl and pandas write <v></v>: no result either
        var result = CatalogueImporter.Import(path, null);
        var finding = Assert.Single(result.Findings, f => f.Location == "社会救助!D2" && f.Severity == Severity.Error);
        Assert.Contains("公式", finding.Message);
        Assert.Contains("保存一次", finding.Message);
        Assert.Contains(result.Findings, f => f.Location == "社会救助!E1" && f.Severity == Severity.Error && f.Message.Contains("公式"));
        Assert.DoesNotContain(result.Findings, f => f.Location == "社会救助!F2" && f.Message.Contains("公式"));
        Assert.DoesNotContain(result.Findings, f => f.Location == "社会救助!A2" && f.Message.Contains("公式"));
        Assert.Contains(result.Findings, f => f.Location == "社会救助!G2" && f.Severity == Severity.Error && f.Message.Contains("公式"));
    }

    /// <summary>Replaces a cell by a formula with no cached result, as programs that write workbooks leave it.</summary>
    internal static void WithFormula(string path, string cell, string formula, string? stored = null, string? type = "str")
    {
        using var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Update);
        var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
        // The package's own namespace prefix (ClosedXML writes x:c) is kept.
        var replaced = System.Text.RegularExpressions.Regex.Replace(xml, $"<(?<p>\\w+:)?c r=\"{cell}\"[^>]*?(/>|>.*?</\\k<p>c>)",
            m =>
            {
                var p = m.Groups["p"].Value;
                var value = stored is null ? "" : $"<{p}v>{System.Security.SecurityElement.Escape(stored)}</{p}v>";
                return $"<{p}c r=\"{cell}\"{(stored is null || type is null ? "" : $" t=\"{type}\"")}><{p}f>{System.Security.SecurityElement.Escape(formula)}</{p}f>{value}</{p}c>";
            });
        Assert.NotEqual(xml, replaced);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
        writer.Write(replaced);
    }

    [Fact]
    public void The_tools_own_workbook_imports_back_with_its_local_areas_declared()
    {
        var workbook = Directory.GetFiles(Path.Combine(BuiltExample.Folder, "excel"), "*标准目录.xlsx").Single();
        // A local area's own workbook has no cover to name it: it needs --extra-area.
        var (refused, refusedOut, _) = CliTests.Run("import", Path.Combine(BuiltExample.Folder, "excel", "areas", "tourism.xlsx"), "-o", Temp("repo-without"), "--lang", "zh-CN");
        Assert.Equal(1, refused);
        Assert.Contains("--extra-area", refusedOut);
        // The whole workbook's cover names its local areas (本地增设领域): it imports back whole without options.
        var dir = Temp("repo");
        var (code, _, err) = CliTests.Run("import", workbook, "-o", dir, "--lang", "zh-CN");
        Assert.True(code == 0, err);
        Assert.True(File.Exists(Path.Combine(dir, "areas", "tourism.yaml")));
        var manifest = File.ReadAllText(Path.Combine(dir, "catalogue.yaml"));
        Assert.Contains("extra_areas:\n  civil-affairs: 民政事务\n  tourism: 旅游\n", manifest);
        // The cover sheet gives back the code, the edition and the publisher.
        Assert.Contains("  name: 青禾县\n  code: \"510923\"\n", manifest);
        Assert.Contains("publisher: 青禾县人民政府办公室\n", manifest);
        Assert.Contains("edition: \"2025\"\n", manifest);
        // The areas the cover lists as 不适用 come back with their reasons: no area is left unaccounted for.
        // (in the official order: 税收管理 is area 6, 户籍管理 area 16)
        Assert.Contains("not_applicable:\n  tax-administration: 税收管理由国家税务总局青禾县税务局垂直管理", manifest);
        Assert.Contains("  household-registration: 户籍管理由县公安局垂直管理", manifest);
        // and the standard items it waived come back with their reasons: the imported repository validates clean.
        Assert.Contains("waived:\n  - baseline: ylfw-008\n    reason: 本县尚未开展养老机构等级评定", File.ReadAllText(Path.Combine(dir, "areas", "elderly-care.yaml")));
        var back = Validator.Validate(dir, TestPaths.Today);
        // The items' power links come back too; until the power lists are added they cannot be checked, which is said once.
        Assert.Equal((0, 1), (back.Errors, back.Warnings));
        Assert.Equal("CAT0715", Assert.Single(back.Diagnostics, d => d.Severity == Severity.Warning).Rule.Id);
        Assert.Equal(2, CliTests.Run("import", workbook, "-o", Temp("bad"), "--extra-area", "旅游").Code);
        Assert.Contains("网站的文件夹名", CliTests.Run("import", workbook, "-o", Temp("bad"), "--extra-area", "旅游=assets", "--lang", "zh-CN").Err);
    }

    [Fact]
    public void A_one_row_header_with_text_audience_mode_and_level_columns_imports_every_row()
    {
        // Many counties write 全社会 / 主动 / 县级 as text in one column each: the first item row is not a second header.
        var path = Temp("一行表头.xlsx");
        WriteSheet(path, "义务教育", ["序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级"],
            ["1", "教育", "招生", "招生计划", "《义务教育法》", "及时", "白水县教育局", "政府网站", "全社会", "主动", "县级"],
            ["2", "教育", "收费", "收费标准", "《义务教育法》", "及时", "白水县教育局", "政府网站", "特定群体", "依申请", "县级、乡级"]);
        var items = CatalogueImporter.Import(path, null).Areas.Single().Items;
        Assert.Equal(2, items.Count);
        Assert.Equal(["全社会"], items[0].Audience);
        Assert.Equal(["主动"], items[0].Mode);
        Assert.Equal(["县级"], items[0].Levels);
        Assert.Equal(["县级", "乡级"], items[1].Levels);
    }

    [Fact]
    public void A_hidden_sheet_is_named_in_the_report_and_not_imported()
    {
        var path = Temp("隐藏.xlsx");
        using (var wb = new ClosedXML.Excel.XLWorkbook())
        {
            foreach (var name in new[] { "社会救助", "社会救助(旧版)" })
            {
                var ws = wb.AddWorksheet(name);
                string[] head = ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级"];
                for (var c = 0; c < head.Length; c++) ws.Cell(1, c + 1).SetValue(head[c]);
                string[] row = ["1", "低保", "政策", "政策文件", "《办法》", "20个工作日内", "县民政局", "政府网站", "全社会", "主动", "县级"];
                for (var c = 0; c < row.Length; c++) ws.Cell(2, c + 1).SetValue(row[c]);
            }
            wb.Worksheet("社会救助(旧版)").Hide();
            wb.SaveAs(path);
        }
        var result = CatalogueImporter.Import(path, null);
        Assert.Single(result.Areas.Single().Items);
        Assert.Contains(result.Findings, f => f.Location == "社会救助(旧版)" && f.Message.Contains("隐藏"));
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
        var (code, output, _) = CliTests.Run("import", path, "-o", dir, "--lang", "zh-CN");
        Assert.Equal(0, code);
        Assert.Contains("社会救助：3 个事项", output);
        var written = File.ReadAllText(Path.Combine(dir, "areas", "social-assistance.yaml"));
        File.WriteAllText(Path.Combine(dir, "areas", "social-assistance.yaml"), written + "# 我的修改\n");
        var kept = CliTests.Run("import", path, "-o", dir, "--lang", "zh-CN");
        Assert.Equal(2, kept.Code);
        Assert.StartsWith("注意：1 个领域文件已存在，没有 --force 不会写入任何文件", kept.Err); // said before the report, not only after it
        Assert.EndsWith("# 我的修改\n", File.ReadAllText(Path.Combine(dir, "areas", "social-assistance.yaml")));
        Assert.Equal(0, CliTests.Run("import", path, "-o", dir, "--force").Code);
        Assert.True(File.Exists(Path.Combine(dir, "import-report.json")));
        // A workbook with errors has rows left out: it never replaces the files, --force or not.
        var broken = Temp("白河县-有错.xlsx");
        File.Copy(path, broken);
        WithFormula(broken, "D4", "CONCATENATE(\"低保\",\"政策\")");
        var before = File.ReadAllText(Path.Combine(dir, "areas", "social-assistance.yaml"));
        var (refused, _, why) = CliTests.Run("import", broken, "-o", dir, "--force", "--lang", "zh-CN");
        Assert.Equal(1, refused);
        Assert.Contains("--force 也不覆盖", why);
        Assert.Equal(before, File.ReadAllText(Path.Combine(dir, "areas", "social-assistance.yaml")));
        var v = Validator.Validate(dir, TestPaths.Today);
        Assert.NotNull(v.Catalogue);
        Assert.DoesNotContain(v.Diagnostics, d => d.Span.File == "areas/social-assistance.yaml" && d.Rule.Family is "file" or "schema");
        // What only the clerk knows is left as 待填写, and validate asks for it until it is filled in.
        Assert.Contains(v.Diagnostics, d => d is { MessageKey: "content.placeholder", Span.File: "catalogue.yaml" });
        Assert.Equal(2, CliTests.Run("import", Path.Combine(dir, "catalogue.yaml")).Code);
    }

    [Fact]
    public void Import_speaks_the_language_asked_for()
    {
        var path = Temp("白河县.xlsx");
        MessyWorkbooks.TwoRowHeader(path);
        var (code, output, _) = CliTests.Run("import", path, "--check", "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("社会救助: 3 items → areas/social-assistance.yaml", output);
        Assert.Contains("items linked by name to national standard items", output);
        Assert.DoesNotContain("个事项", output);
        Assert.Contains("file not found", CliTests.Run("import", Temp("none.xlsx"), "--lang", "en").Err);
    }

    [Fact]
    public void Hostile_workbooks_end_in_a_report_not_a_crash()
    {
        var garbage = Temp("garbage.xlsx");
        File.WriteAllBytes(garbage, [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 37))]);
        Assert.True(CatalogueImporter.Import(garbage, null).Unreadable);
        var xls = Temp("garbage.xls");
        File.WriteAllBytes(xls, [0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3]);
        var broken = CatalogueImporter.Import(xls, null);
        Assert.True(broken.Unreadable);
        Assert.Contains("不是有效的 .xls 工作簿", Assert.Single(broken.Findings).Message); // not the library's English
        var dtd = Temp("dtd.xlsx");
        using (var zip = System.IO.Compression.ZipFile.Open(dtd, System.IO.Compression.ZipArchiveMode.Create))
            foreach (var part in new[] { "[Content_Types].xml", "xl/workbook.xml" })
                using (var w = new StreamWriter(zip.CreateEntry(part).Open()))
                    w.Write("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><x/>");
        Assert.Contains("DTD", Assert.Single(CatalogueImporter.Import(dtd, null).Findings).Message);
        var (code, _, err) = CliTests.Run("import", garbage);
        Assert.Equal(2, code);
        Assert.DoesNotContain("   at ", err);
    }

    /// <summary>A one-sheet workbook: a header row, then the rows as written.</summary>
    [Fact]
    public void Carriers_ticked_one_a_column_under_their_group_are_read_and_a_carriers_cell_naming_one_is_no_header()
    {
        var path = Temp("载体分列.xlsx");
        string[] carriers = ["政府网站", "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质媒体", "公开查阅点", "政务服务中心", "便民服务站", "入户/现场", "社区/企事业单位/村公示栏（电子屏）", "精准推送", "其他"];
        // The group written once over its thirteen columns (not merged), as many county tables have it.
        WriteSheet(path, "社会救助", ["一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", .. Enumerable.Repeat("", 12), "全社会", "特定群体", "主动", "依申请", "县级", "乡级"],
            ["", "", "", "", "", "", .. carriers, "", "", "", "", "", ""],
            ["综合业务", "政策法规文件", "文件", "《条例》", "10个工作日内", "青禾县民政局", "√", "", "√", "", "", "", "●", "", "", "", "", "", "青禾发布", "√", "", "√", "", "√", ""],
            ["综合业务", "办事指南", "指南", "《条例》", "10个工作日内", "青禾县民政局", "待定", "", "", "", "", "", "√", "", "", "", "", "", "", "√", "", "√", "", "√", ""]);
        var result = CatalogueImporter.Import(path, null);
        var items = result.Areas.Single().Items;
        Assert.Equal(2, items.Count); // the row of carrier names is header, not an item
        Assert.Equal(["政府网站", "两微一端", "公开查阅点", "其他：青禾发布"], items[0].Channels);
        Assert.Equal(["公开查阅点"], items[1].Channels);
        Assert.Contains("政府网站：待定", items[1].Note);
        Assert.Contains(result.Findings, f => f.Location == "社会救助!G4" && f.Severity == Severity.Warning && f.Message.Contains("待定"));
    }

    [Theory]
    [InlineData("一级事项名称", "二级事项名称", "公开内容", "法律依据", "时限要求", "责任部门")]
    [InlineData("事项类别", "具体事项", "公开内容（要素）", "政策法规依据", "发布时限", "公开责任单位")]
    [InlineData("一级", "二级", "公开要素", "依据", "公开时间", "公开单位")]
    public void Header_wordings_of_county_tables_are_read_as_their_template_columns(string category, string name, string content, string basis, string limit, string subject)
    {
        var path = Temp("表头.xlsx");
        WriteSheet(path, "社会救助", [category, name, content, basis, limit, subject, "公开渠道和载体", "全社会", "主动", "县级"],
            ["综合业务", "政策法规文件", "文件", "《条例》", "10个工作日内", "青禾县民政局", "政府网站", "√", "√", "√"]);
        var item = CatalogueImporter.Import(path, null).Areas.Single().Items.Single();
        Assert.Equal(("综合业务", "政策法规文件", "文件", "《条例》", "10个工作日内", "青禾县民政局", (string?)null),
            (item.Category, item.Name, item.Content, item.Basis.Single(), item.TimeLimit, item.Subject, item.Note));
    }

    [Theory]
    [InlineData("√", true)]
    [InlineData("●", true)]
    [InlineData("是", true)]
    [InlineData("v", true)]
    [InlineData("1", true)]
    [InlineData("特定群体", true)]
    [InlineData("○", false)]
    [InlineData("〇", false)]
    [InlineData("N", false)]
    [InlineData("x", false)]
    [InlineData("否", false)]
    [InlineData("见备注", null)]
    [InlineData("✔\uFE0F", true)]
    public void A_mark_column_reads_known_ticks_leaves_crosses_and_circles_unticked_and_tells_any_other_text(string mark, bool? ticked)
    {
        var path = Temp("标记.xlsx");
        WriteSheet(path, "社会救助", ["一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "特定群体", "主动", "依申请", "县级", "乡级"],
            ["综合业务", "政策法规文件", "文件", "《条例》", "10个工作日内", "青禾县民政局", "政府网站", "√", mark, "√", "", "√", ""]);
        var result = CatalogueImporter.Import(path, null);
        var item = result.Areas.Single().Items.Single();
        Assert.Equal(ticked == true ? ["全社会", "特定群体"] : ["全社会"], item.Audience);
        if (ticked is null)
        {
            Assert.Contains(result.Findings, f => f.Location == "社会救助!I2" && f.Severity == Severity.Warning && f.Message.Contains(mark));
            Assert.Contains(mark, item.Note);
        }
        else Assert.DoesNotContain(result.Findings, f => f.Location == "社会救助!I2" && f.Severity == Severity.Warning);
    }

    [Theory]
    [InlineData("√政府网站 ×政府公报 ×两微一端 √公开查阅点")]
    [InlineData("政府网站√ 政府公报 公开查阅点√")]
    [InlineData("政府网站（√）政府公报（ ）公开查阅点（√）")]
    [InlineData("政府网站 ×政府公报 公开查阅点")]
    [InlineData("政府网站 √ 政府公报 × 公开查阅点 √")]
    [InlineData("政府网站：√；政府公报：×；公开查阅点：√")]
    [InlineData("√政府网站×政府公报√公开查阅点")]
    [InlineData("政府网站[√] 政府公报[ ] 公开查阅点[√]")]
    [InlineData("✔\uFE0F政府网站 ✔\uFE0F公开查阅点")]
    [InlineData("政府网站：是；政府公报：否；公开查阅点：是")]
    public void Carriers_marked_before_after_or_in_brackets_are_chosen_by_their_marks(string cell)
    {
        var carriers = CarrierParser.Parse(cell);
        Assert.Equal(["政府网站", "公开查阅点"], carriers.Channels);
        Assert.Empty(carriers.Unrecognised);
    }

    [Fact]
    public void Notes_and_sign_offs_under_the_table_are_no_items_and_a_heading_naming_no_area_says_where_its_rows_go()
    {
        var path = Temp("落款.xlsx");
        WriteSheet(path, "社会救助", ["一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "主动", "县级"],
            ["综合业务", "政策法规文件", "文件", "《条例》", "10个工作日内", "青禾县民政局", "政府网站", "√", "√", "√"],
            ["（三）民政局其他事项", "（三）民政局其他事项", "（三）民政局其他事项", "（三）民政局其他事项", "（三）民政局其他事项", "（三）民政局其他事项", "（三）民政局其他事项", "（三）民政局其他事项", "（三）民政局其他事项", "（三）民政局其他事项"],
            ["婚姻登记", "婚姻登记指南", "指南", "《条例》", "10个工作日内", "青禾县民政局", "政府网站", "√", "√", "√"],
            ["填表人：张三", "", "", "联系电话：0825-1234567", "", "审核人（签字）：李四"],
            ["说明：1.本目录根据……"]);
        var result = CatalogueImporter.Import(path, null);
        Assert.Equal(2, result.Items);
        Assert.Contains(result.Findings, f => f.Location == "社会救助!A3" && f.Severity == Severity.Warning && f.Message.Contains("仍归入社会救助"));
        Assert.Contains(result.Findings, f => f.Location == "社会救助!A5" && f.Severity == Severity.Info && f.Message.Contains("落款"));
        Assert.Contains(result.Findings, f => f.Location == "社会救助!A6" && f.Severity == Severity.Info && f.Message.Contains("注释"));
    }

    [Fact]
    public void A_heading_naming_two_areas_says_where_its_rows_go()
    {
        var path = Temp("两个领域.xlsx");
        WriteSheet(path, "汇总", ["一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "全社会", "主动", "县级"],
            [.. Enumerable.Repeat("二、社会救助和养老服务", 10)],
            ["综合业务", "政策法规文件", "文件", "《条例》", "10个工作日内", "青禾县民政局", "政府网站", "√", "√", "√"]);
        var result = CatalogueImporter.Import(path, null);
        Assert.Equal("social-assistance", result.Areas.Single().Area.Id);
        Assert.Contains(result.Findings, f => f.Location == "汇总!A2" && f.Severity == Severity.Warning && f.Message.Contains("养老服务"));
    }

    [Fact]
    public void A_workbook_with_a_password_or_a_web_page_saved_as_xls_is_told_for_what_it_is()
    {
        var page = Temp("导出.xls");
        File.WriteAllText(page, "<html><body><table><tr><td>一级事项</td></tr></table></body></html>");
        var bag = new Diagnostics.DiagnosticBag();
        Assert.True(Loading.Tables.SpreadsheetGuard.Disguised(page, "导出.xls", bag));
        Assert.Equal("file.html-workbook", Assert.Single(bag.ToSortedList()).MessageKey);
        // Excel's encrypted package: an OLE compound file holding an EncryptionInfo stream.
        var locked = Temp("加密.xlsx");
        File.WriteAllBytes(locked, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504], .. System.Text.Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[64]]);
        var encrypted = new Diagnostics.DiagnosticBag();
        Assert.True(Loading.Tables.SpreadsheetGuard.Disguised(locked, "加密.xlsx", encrypted));
        Assert.Equal("file.encrypted", Assert.Single(encrypted.ToSortedList()).MessageKey);
        Assert.False(Loading.Tables.SpreadsheetGuard.Disguised(Path.Combine(BuiltExample.Folder, "excel", "areas", "social-assistance.xlsx"), "x.xlsx", new Diagnostics.DiagnosticBag()));
    }

    private static void WriteSheet(string path, string sheet, string[] head, params string[][] rows)
    {
        using var wb = new ClosedXML.Excel.XLWorkbook();
        var ws = wb.AddWorksheet(sheet);
        for (var c = 0; c < head.Length; c++) ws.Cell(1, c + 1).SetValue(head[c]);
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++) ws.Cell(r + 2, c + 1).SetValue(rows[r][c]);
        wb.SaveAs(path);
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
        // A linked item carries its standard item's id; a local one the 101 series, never an unrelated standard item's id.
        Assert.All(linked.Areas.Single().Items, i => Assert.Equal(i.Baseline ?? i.Id, i.Id));
        Assert.All(linked.Areas.Single().Items.Where(i => i.Baseline is null), i => Assert.Matches("^shjz-1[0-9]{2}$", i.Id));
        Assert.Contains(linked.Areas.Single().Items, i => i.Baseline is null);
    }
}
