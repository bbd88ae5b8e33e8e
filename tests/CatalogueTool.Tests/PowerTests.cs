using CatalogueTool.Diagnostics;
using CatalogueTool.Validation;
using ClosedXML.Excel;

namespace CatalogueTool.Tests;

public class PowerTests
{
    [Fact]
    public void Deleting_the_selector_makes_the_penalties_undisclosed_by_code()
    {
        var dir = TestPaths.ExampleEdited("areas/urban-law-enforcement.yaml", "      - { type: 行政处罚, subject: 青禾县城市管理局 }\n", "      - \"510923-CG-CF-0001\"\n");
        var r = Validator.Validate(dir, TestPaths.Today);
        var d = Assert.Single(r.Diagnostics, x => x.Rule.Id == "CAT0705");
        Assert.Equal(99, d.Codes!.Count);
        Assert.Equal(["510923-CG-CF-0002", "510923-CG-CF-0003", "510923-CG-CF-0004"], d.Codes.Take(3));
        Assert.DoesNotContain("510923-CG-CF-0001", d.Codes);
        Assert.Equal("powers/城市管理局.csv", d.Span.File);
        Assert.Equal(4, d.Span.Line);
    }

    [Fact]
    public void Penalty_item_with_20_days_gets_the_7_day_warning()
    {
        var dir = TestPaths.ExampleEdited("areas/urban-law-enforcement.yaml", "time_limit: 作出行政处罚决定之日起7个工作日内", "time_limit: 作出行政处罚决定之日起20个工作日内");
        var d = Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics);
        Assert.Equal("CAT0706", d.Rule.Id);
        Assert.Contains("118号", d.Format(Language.Chinese));
    }

    [Fact]
    public void Xlsx_list_with_title_rows_keeps_codes_as_text_and_names_the_cell()
    {
        var dir = TestPaths.MinimalRepo(extraManifest: "");
        Directory.CreateDirectory(Path.Combine(dir, "powers"));
        using (var wb = new XLWorkbook())
        {
            var ws = wb.AddWorksheet("权责清单");
            ws.Cell(1, 1).SetValue("试验县人社局权责清单");
            ws.Cell(2, 1).SetValue("序号"); ws.Cell(2, 2).SetValue("职权编码"); ws.Cell(2, 3).SetValue("职权名称"); ws.Cell(2, 4).SetValue("职权类型"); ws.Cell(2, 5).SetValue("备注");
            ws.Cell(3, 2).SetValue("000123"); ws.Cell(3, 3).SetValue("职业技能鉴定"); ws.Cell(3, 4).SetValue("其他职权");
            ws.Cell(5, 2).SetValue("000124"); ws.Cell(5, 3).SetValue("劳动保障监察处罚"); ws.Cell(5, 4).SetValue("行政处理");
            wb.SaveAs(Path.Combine(dir, "powers", "人社局.xlsx"));
        }
        var r = Validator.Validate(dir, TestPaths.Today);
        var undisclosed = Assert.Single(r.Diagnostics, d => d.Rule.Id == "CAT0705");
        Assert.Contains("000123", undisclosed.Format(Language.Chinese));
        var type = Assert.Single(r.Diagnostics, d => d.Rule.Id == "CAT0704");
        Assert.Equal("权责清单!D5", type.Span.Cell);
        Assert.Contains(r.Diagnostics, d => d.Rule.Id == "CAT0105" && d.Span.Cell == "权责清单!D3");
        // No subject column: the body is the one the title names, not the file's short name.
        Assert.Equal("powers.no-subject-title", Assert.Single(r.Diagnostics, d => d.Rule.Id == "CAT0711").MessageKey);
        Assert.All(r.Catalogue!.Powers, p => Assert.Equal("试验县人社局", p.Subject));
    }

    [Fact]
    public void A_list_without_a_subject_column_says_the_file_name_stands_in_and_an_uncalculated_formula_is_named()
    {
        var dir = TestPaths.MinimalRepo(extraManifest: "");
        Directory.CreateDirectory(Path.Combine(dir, "powers"));
        var path = Path.Combine(dir, "powers", "人社局.xlsx");
        using (var wb = new XLWorkbook())
        {
            var ws = wb.AddWorksheet("权责清单");
            ws.Cell(1, 1).SetValue("职权编码"); ws.Cell(1, 2).SetValue("职权名称"); ws.Cell(1, 3).SetValue("职权类型");
            ws.Cell(2, 1).SetValue("000123"); ws.Cell(2, 2).SetValue("职业技能鉴定"); ws.Cell(2, 3).SetValue("其他行政权力");
            ws.Cell(3, 1).SetValue("000124"); ws.Cell(3, 2).SetValue("劳动保障监察"); ws.Cell(3, 3).SetValue("行政检查");
            ws.Cell(4, 1).SetValue("000125"); ws.Cell(4, 2).SetValue("劳动保障年审"); ws.Cell(4, 3).SetValue("行政检查");
            ws.Cell(2, 4).SetValue("备注");
            ws.Cell(1, 5).SetValue("备注");
            wb.SaveAs(path);
        }
        ImportTests.WithFormula(path, "A3", "\"0001\"&\"24\"");
        ImportTests.WithFormula(path, "B2", "\"职业\"&\"技能鉴定\""); // a required cell: the row is refused, said once
        ImportTests.WithFormula(path, "D2", "\"《条例》\""); // beyond the header's columns: never read, nothing lost
        ImportTests.WithFormula(path, "E1", "\"备\"&\"注\""); // a header cell: read
        var r = Validator.Validate(dir, TestPaths.Today);
        var note = Assert.Single(r.Diagnostics, d => d.Rule.Id == "CAT0711");
        Assert.Equal((Severity.Info, "权责清单!A1"), (note.Severity, note.Span.Cell));
        Assert.Contains("“人社局”", note.Format(Language.Chinese));
        Assert.Equal("人社局", Assert.Single(r.Catalogue!.Powers).Subject);
        var formula = Assert.Single(r.Diagnostics, d => d.Span.Cell == "权责清单!A3");
        Assert.Contains("公式", formula.Format(Language.Chinese));
        Assert.Equal("powers.cell-formula", Assert.Single(r.Diagnostics, d => d.Span.Cell == "权责清单!B2").MessageKey);
        Assert.DoesNotContain(r.Diagnostics, d => d.Span.Cell == "权责清单!D2");
        Assert.Equal("CAT0712", Assert.Single(r.Diagnostics, d => d.Span.Cell == "权责清单!E1").Rule.Id);
    }

    [Fact]
    public void Every_visible_sheet_is_read_what_is_not_read_is_named_and_full_width_codes_are_one_code()
    {
        var dir = TestPaths.MinimalRepo(extraManifest: "undisclosed_powers:\n  \"５１０９９９－ＪＹ－０００１\": 内部事项\n");
        Directory.CreateDirectory(Path.Combine(dir, "powers"));
        using (var wb = new XLWorkbook())
        {
            foreach (var (sheet, code, hidden) in new[] { ("民政局", "510999-MZ-0001", false), ("教育局", "510999-JY-0001", false), ("卫健局", "510999-WJ-0001", true) })
            {
                var ws = wb.AddWorksheet(sheet);
                ws.Cell(1, 1).SetValue("职权编码"); ws.Cell(1, 2).SetValue("职权名称"); ws.Cell(1, 3).SetValue("职权类型");
                ws.Cell(2, 1).SetValue(code); ws.Cell(2, 2).SetValue(sheet + "检查"); ws.Cell(2, 3).SetValue("行政检查");
                if (hidden) ws.Visibility = XLWorksheetVisibility.Hidden;
            }
            wb.AddWorksheet("说明").Cell(1, 1).SetValue("本表由各部门填报");
            wb.AddWorksheet("Sheet5");
            wb.SaveAs(Path.Combine(dir, "powers", "权责清单.xlsx"));
        }
        File.WriteAllText(Path.Combine(dir, "powers", "城管局.csv"), "事项编码,事项名称,权力类型,实施主体\n５１０９９９－ＣＧ－０００１,占道检查,行政检查,试验县城管局\n");
        var r = Validator.Validate(dir, TestPaths.Today);
        Assert.Equal(["510999-CG-0001", "510999-JY-0001", "510999-MZ-0001"], r.Catalogue!.Powers.Select(p => p.Code).Order());
        Assert.Equal(["教育局", "民政局"], r.Catalogue.Powers.Where(p => p.Code.Contains("JY") || p.Code.Contains("MZ")).Select(p => p.Subject).Order());
        var skipped = r.Diagnostics.Where(d => d.Rule.Id == "CAT0713").Select(d => (d.Span.Cell, d.MessageKey)).ToList();
        Assert.Equal([("卫健局!A1", "powers.sheet-hidden"), ("说明!A1", "powers.sheet-no-header")], skipped); // the empty Sheet5 says nothing
        // the full-width undisclosed code is the half-width power: not "undisclosed" by itself, not unknown
        Assert.DoesNotContain(r.Diagnostics, d => d.Rule.Id == "CAT0705" && d.Codes is { } c && c.Contains("510999-JY-0001"));
        Assert.DoesNotContain(r.Diagnostics, d => d.Rule.Id == "CAT0708");
    }

    [Fact]
    public void Five_thousand_powers_group_into_one_line_per_department_and_type()
    {
        var dir = TestPaths.MinimalRepo();
        Directory.CreateDirectory(Path.Combine(dir, "powers"));
        var lines = new List<string> { "事项编码,事项名称,权力类型,实施主体" };
        for (var i = 0; i < 5000; i++) lines.Add($"P{i:00000},处罚事项{i},{(i % 2 == 0 ? "行政处罚" : "行政检查")},试验县{(i % 5 == 0 ? "城管局" : "市场监管局")}");
        File.WriteAllLines(Path.Combine(dir, "powers", "list.csv"), lines);
        var r = Validator.Validate(dir, TestPaths.Today);
        var groups = r.Diagnostics.Where(d => d.Rule.Id == "CAT0705").ToList();
        Assert.Equal(4, groups.Count);
        Assert.Equal(5000, groups.Sum(g => g.Codes!.Count));
    }

    internal static void CopyDirectory(string from, string to)
    {
        foreach (var f in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target, true);
        }
    }

    [Fact]
    public void A_bare_star_selector_is_refused_not_a_match_for_every_power()
    {
        var repo = TestPaths.TempDir();
        CopyDirectory(TestPaths.Example, repo);
        var file = Path.Combine(repo, "areas", "elderly-care.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("powers: [\"510923-MZ-QT-0003\"]", "powers: [\"510923-MZ-QT-0003\", \"*\"]"));
        var result = Validation.Validator.Validate(repo, TestPaths.Today);
        var d = Assert.Single(result.Diagnostics, d => d.MessageKey == "powers.prefix-empty");
        Assert.Equal(("areas/elderly-care.yaml", 58), (d.Span.File, d.Span.Line));
    }

    [Fact]
    public void A_mistyped_power_type_is_pointed_to_the_type_it_shares_most_with() =>
        Assert.Equal("行政处罚", Model.Vocabularies.PowerType.Suggest("行政罚款"));

    [Fact]
    public void A_power_refused_for_its_own_error_is_not_also_unknown_to_the_item_linking_it()
    {
        var repo = TestPaths.ExampleEdited("powers/民政局.yaml", "    name: 养老机构备案\n    type: 其他行政权力", "    name: 养老机构备案\n    type: 乱写的类型");
        var result = Validation.Validator.Validate(repo, TestPaths.Today);
        Assert.Contains(result.Diagnostics, d => d.Rule.Id == "CAT0704" && d.Span.File == "powers/民政局.yaml");
        Assert.DoesNotContain(result.Diagnostics, d => d.Rule.Id is "CAT0701" or "CAT0702");
    }
}
