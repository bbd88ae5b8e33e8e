using CatalogueTool.Diagnostics;
using CatalogueTool.Import;
using CatalogueTool.Loading;
using ClosedXML.Excel;

namespace CatalogueTool.Tests;

/// <summary>Power lists in the forms counties have them, and <c>import-powers</c> turning them into YAML.</summary>
public class ImportPowersTests
{
    [Theory]
    [InlineData("事项编码,事项名称,权力类型,实施依据,实施主体")]
    [InlineData("职权编码,职权名称,职权类型,设定依据,法定主体")]
    [InlineData("编码,名称,事项类型,依据,行使主体")]
    [InlineData("code,name,type,basis,subject")]
    [InlineData("事项 编码,事项名称（全称）,权力类型 ,实施依据,实施主体")]
    public void Header_variants_are_recognised(string header)
    {
        var file = WriteCsv("标题行：试验县权责清单,,,,\n" + header + "\nA-001,事项甲,行政许可,《条例》第一条,试验县某局\n,,,,\n");
        var bag = new DiagnosticBag();
        var list = PowerListLoader.Load(file, "list.csv", bag);
        var power = Assert.Single(list!.Powers);
        Assert.Equal(("A-001", "事项甲", "行政许可", "《条例》第一条", "试验县某局"), (power.Code, power.Name, power.Type, power.Basis, power.Subject));
        Assert.DoesNotContain(bag.ToSortedList(), d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Sub_items_under_a_merged_main_item_and_a_two_row_header_are_each_a_power()
    {
        var path = Path.Combine(TestPaths.TempDir(), "交通运输局.xlsx");
        using (var wb = new XLWorkbook())
        {
            var ws = wb.AddWorksheet("清单");
            ws.Cell(1, 1).SetValue("松溪县交通运输局权责清单"); ws.Range(1, 1, 1, 6).Merge();
            string[] top = ["序号", "职权编码", "职权名称", "", "职权类型", "实施主体"];
            for (var c = 0; c < top.Length; c++) ws.Cell(2, c + 1).SetValue(top[c]);
            ws.Cell(3, 3).SetValue("主项名称"); ws.Cell(3, 4).SetValue("子项名称");
            ws.Range(2, 3, 2, 4).Merge();
            foreach (var c in new[] { 1, 2, 5, 6 }) ws.Range(2, c, 3, c).Merge();
            string[][] rows =
            [
                ["1", "JT-XK-0001", "公路建设项目施工许可", "", "行政许可", "松溪县交通运输局"],
                ["2", "JT-CF-0001", "对超限运输的处罚", "对车货总质量超限的处罚", "行政处罚", "松溪县交通运输局"],
                ["3", "JT-CF-0002", "", "对擅自超限运输的处罚", "同上", ""],
                ["4", "JT-CF-0003", "", "对租借超限运输车辆通行证的处罚", "行政处罚", "松溪县交通运输局"], // not merged: the 主项 above
            ];
            for (var r = 0; r < rows.Length; r++)
                for (var c = 0; c < rows[r].Length; c++) ws.Cell(4 + r, c + 1).SetValue(rows[r][c]);
            ws.Range(5, 3, 6, 3).Merge(); // the main item over its two sub-items
            ws.Range(5, 6, 6, 6).Merge(); // one subject for both
            wb.SaveAs(path);
        }
        var import = PowerListImport.Read(path);
        Assert.DoesNotContain(import.Diagnostics, d => d.Severity == Severity.Error); // the second header row is no data row
        Assert.Equal(0, import.Skipped);
        Assert.Equal(["公路建设项目施工许可", "对超限运输的处罚：对车货总质量超限的处罚", "对超限运输的处罚：对擅自超限运输的处罚", "对超限运输的处罚：对租借超限运输车辆通行证的处罚"],
            import.Powers.Select(p => p.Name));
        Assert.All(import.Powers, p => Assert.Equal("松溪县交通运输局", p.Subject));
        Assert.Equal("行政处罚", import.Powers[2].Type);
    }

    [Fact]
    public void A_header_merged_over_two_rows_a_main_sub_header_and_a_notes_sheet_read_right()
    {
        var path = Path.Combine(TestPaths.TempDir(), "民政局测试.xlsx");
        using (var wb = new XLWorkbook())
        {
            wb.AddWorksheet("填表说明").Cell(1, 1).SetValue("按部门填报");
            var ws = wb.AddWorksheet("权责清单");
            string[] head = ["职权编码", "职权名称", "", "职权类型"];
            for (var c = 0; c < head.Length; c++) ws.Cell(1, c + 1).SetValue(head[c]);
            ws.Cell(2, 2).SetValue("主项"); ws.Cell(2, 3).SetValue("子项");
            ws.Range(1, 2, 1, 3).Merge();
            foreach (var c in new[] { 1, 4 }) ws.Range(1, c, 2, c).Merge(); // merged down over both header rows
            ws.Cell(3, 1).SetValue("MZ-1"); ws.Cell(3, 2).SetValue("社会团体登记"); ws.Cell(3, 3).SetValue("成立登记"); ws.Cell(3, 4).SetValue("行政许可");
            wb.SaveAs(path);
        }
        var import = PowerListImport.Read(path);
        Assert.DoesNotContain(import.Diagnostics, d => d.Severity == Severity.Error);
        var power = Assert.Single(import.Powers);
        Assert.Equal(("社会团体登记：成立登记", "民政局测试"), (power.Name, power.Subject)); // a notes sheet beside it does not make 权责清单 a department

        var tall = Path.Combine(TestPaths.TempDir(), "tall.xlsx");
        using (var wb = new XLWorkbook())
        {
            var ws = wb.AddWorksheet("清单");
            string[] head = ["事项编码", "事项名称", "权力类型"];
            for (var c = 0; c < head.Length; c++) { ws.Cell(1, c + 1).SetValue(head[c]); ws.Range(1, c + 1, 2, c + 1).Merge(); }
            ws.Cell(3, 1).SetValue("A-1"); ws.Cell(3, 2).SetValue("检查"); ws.Cell(3, 3).SetValue("行政检查");
            wb.SaveAs(tall);
        }
        var tallImport = PowerListImport.Read(tall);
        Assert.DoesNotContain(tallImport.Diagnostics, d => d.Severity == Severity.Error); // the header's merged copy is no power
        Assert.Single(tallImport.Powers);
    }

    [Fact]
    public void A_list_only_on_a_hidden_sheet_is_named_beside_the_missing_header()
    {
        var path = Path.Combine(TestPaths.TempDir(), "隐藏.xlsx");
        using (var wb = new XLWorkbook())
        {
            wb.AddWorksheet("说明").Cell(1, 1).SetValue("清单见下一个工作表");
            var ws = wb.AddWorksheet("清单");
            ws.Cell(1, 1).SetValue("事项编码"); ws.Cell(1, 2).SetValue("事项名称"); ws.Cell(1, 3).SetValue("权力类型");
            ws.Cell(2, 1).SetValue("A-1"); ws.Cell(2, 2).SetValue("检查"); ws.Cell(2, 3).SetValue("行政检查");
            ws.Visibility = XLWorksheetVisibility.Hidden;
            wb.SaveAs(path);
        }
        var import = PowerListImport.Read(path);
        Assert.Contains(import.Diagnostics, d => d.Rule.Id == "CAT0710");
        Assert.Equal("清单!A1", Assert.Single(import.Diagnostics, d => d.Rule.Id == "CAT0713").Span.Cell);
    }

    [Fact]
    public void A_gbk_csv_is_converted_by_import_powers_with_a_note_but_refused_in_a_repository()
    {
        var file = WriteCsv("");
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(file, System.Text.Encoding.GetEncoding("GB18030").GetBytes("事项编码,事项名称,权力类型,实施主体\nA-001,\"事项甲，含逗号\",行政许可,试验县民政局\n"));
        var imported = PowerListImport.Read(file);
        var power = Assert.Single(imported.Powers);
        Assert.Equal(("事项甲，含逗号", "试验县民政局"), (power.Name, power.Subject));
        Assert.Equal("CAT0010", Assert.Single(imported.Diagnostics).Rule.Id);
        var bag = new DiagnosticBag();
        Assert.Null(PowerListLoader.Load(file, "list.csv", bag)); // validate: a repository's files are UTF-8
        Assert.Equal("CAT0001", Assert.Single(bag.ToSortedList()).Rule.Id);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Csv_rows_are_located_on_their_own_line_dittos_repeat_and_unsafe_codes_are_refused(string newline)
    {
        var file = WriteCsv(("事项编码,事项名称,权力类型,实施依据,实施主体\n"
            + "A-001,\"事项甲\n（含两行）\",行政许可,《条例》,试验县某局\n"
            + "A-002,事项乙,同上,《条例》,同前\n"
            + "=1+1,事项丙,行政处罚,《条例》,试验县某局\n"
            + "A-001,事项丁,行政处罚,《条例》,试验县某局\n"
            + "A-004,\"未闭合,行政处罚,《条例》,试验县某局\n").Replace("\n", newline));
        var bag = new DiagnosticBag();
        var list = PowerListLoader.Load(file, "list.csv", bag)!;
        var diagnostics = bag.ToSortedList();
        var second = list.Powers.Single(p => p.Code == "A-002");
        Assert.Equal(("行政许可", "试验县某局"), (second.Type, second.Subject));
        Assert.Contains(diagnostics, d => d.MessageKey == "powers.code-characters" && d.Span.Line == 5);
        Assert.Equal([2, 6], list.Powers.Where(p => p.Code == "A-001").Select(p => p.Span.Line)); // after a two-line cell
        Assert.Contains(diagnostics, d => d.Rule.Id == "CAT0009" && d.Span.Line == 7);
    }

    [Fact]
    public void Import_names_each_ditto_it_filled_and_each_full_width_code_it_folded_validate_reads_them_silently()
    {
        var file = WriteCsv("事项编码,事项名称,权力类型,实施依据,实施主体\n"
            + "A-001,事项甲,行政许可,《条例》,试验县某局\n"
            + "Ａ－００２,事项乙,同上,《条例》,同前\n"
            + "Ｂ－００１,事项丙\u0007,同上,《条例》,同前\n"); // refused: what it would have filled or folded is not said
        var import = PowerListImport.Read(file);
        Assert.Equal(["A-001", "A-002"], import.Powers.Select(p => p.Code));
        var filled = import.Diagnostics.Where(d => d.Rule.Id == "CAT0714").ToList();
        Assert.Equal([(3, 3, "同上", "行政许可"), (3, 5, "同前", "试验县某局")], filled.Select(d => (d.Span.Line, d.Span.Column, (string)d.Args[0]!, (string)d.Args[1]!)));
        var folded = Assert.Single(import.Diagnostics, d => d.Rule.Id == "CAT0105");
        Assert.Equal((3, 1, "Ａ－００２", "A-002"), (folded.Span.Line, folded.Span.Column, (string)folded.Args[0]!, (string)folded.Args[1]!));
        Assert.Equal(1, import.Normalised);
        Assert.Contains(import.Diagnostics, d => d.MessageKey == "powers.control-character" && d.Span.Line == 4);
        var bag = new DiagnosticBag();
        Assert.Equal(2, PowerListLoader.Load(file, "list.csv", bag)!.Powers.Count);
        Assert.Equal("powers.control-character", Assert.Single(bag.ToSortedList()).MessageKey); // nothing else: validate reads as it stands
    }

    [Fact]
    public void Excels_separator_line_names_the_separator_and_a_cells_line_breaks_are_one_each()
    {
        var file = WriteCsv("sep=;\r\n事项编码;事项名称;权力类型;实施依据;实施主体\r\nA-001;事项甲;行政许可;\"《条例》\r\n《办法》\";试验县某局\r\nA-002;事项乙;行政处罚;《条例》;试验县某局\r\n");
        var bag = new DiagnosticBag();
        var list = PowerListLoader.Load(file, "list.csv", bag)!;
        Assert.Empty(bag.ToSortedList());
        Assert.Equal(["A-001", "A-002"], list.Powers.Select(p => p.Code));
        Assert.Equal("《条例》\n《办法》", list.Powers[0].Basis);
        Assert.Equal([3, 5], list.Powers.Select(p => p.Span.Line)); // lines as the file counts them
        Assert.NotEqual("sep=", list.Source);
    }

    [Fact]
    public void Notes_and_totals_under_a_list_are_no_powers_and_no_errors()
    {
        var file = WriteCsv("事项编码,事项名称,权力类型,实施主体\nA-001,事项甲,行政许可,试验县某局\n合计,,,\n注：本清单实行动态调整,,,\n共 1 项,,,\n,事项乙,行政处罚,试验县某局\n合计 3,000 项,,,\n合计：3000,,,\n合计,\"3,000\",,\n合计,2项,,\n合计,2,项,\n小计,1,行政许可,\n");
        var bag = new DiagnosticBag();
        var list = PowerListLoader.Load(file, "list.csv", bag)!;
        Assert.Equal(["A-001"], list.Powers.Select(p => p.Code));
        // a row with a power's name but no code is still an error
        Assert.Equal(6, Assert.Single(bag.ToSortedList()).Span.Line);
    }

    [Fact]
    public void Five_thousand_row_xlsx_loads_every_power_as_text()
    {
        var path = Path.Combine(TestPaths.TempDir(), "人社局.xlsx");
        using (var wb = new XLWorkbook())
        {
            var ws = wb.AddWorksheet("权责清单");
            ws.Cell(1, 1).SetValue("试验县人力资源和社会保障局权责清单");
            ws.Cell(2, 1).SetValue("（2024年版）");
            string[] header = ["序号", "职权编码", "职权名称", "职权类型", "设定依据", "行使主体", "备注"];
            for (var c = 0; c < header.Length; c++) ws.Cell(3, c + 1).SetValue(header[c]);
            var row = 4;
            for (var i = 0; i < 5000; i++, row++)
            {
                if (i % 1000 == 999) row++; // a blank row now and then
                ws.Cell(row, 1).SetValue(i + 1);
                ws.Cell(row, 2).SetValue($"{i:000000}");
                ws.Cell(row, 3).SetValue($"劳动保障监察事项{i}");
                ws.Cell(row, 4).SetValue(i % 3 == 0 ? "行政处罚" : "其他职权");
                ws.Cell(row, 6).SetValue("试验县人力资源和社会保障局");
            }
            wb.SaveAs(path);
        }
        var bag = new DiagnosticBag();
        var list = PowerListLoader.Load(path, "powers/人社局.xlsx", bag);
        Assert.Equal(5000, list!.Powers.Count);
        Assert.Equal("000000", list.Powers[0].Code);
        Assert.Equal("试验县人力资源和社会保障局权责清单", list.Source);
        Assert.Equal(3333, bag.ToSortedList().Count(d => d.Rule.Id == "CAT0105"));
        Assert.Contains(bag.ToSortedList(), d => d.Span.Cell == "权责清单!D5");
    }

    [Theory]
    [InlineData("青禾县民政局权责清单（2024年版）", "青禾县民政局")]
    [InlineData("青禾县民政局权力和责任清单", "青禾县民政局")]
    [InlineData("青禾县民政局行政权力清单", "青禾县民政局")]
    [InlineData("《青禾县民政局权责清单》", "青禾县民政局")]
    [InlineData("附件1：青禾县民政局权责事项清单", "青禾县民政局")]
    [InlineData("附件1,,\n青禾县民政局权责清单", "青禾县民政局")]
    [InlineData("2024年青禾县民政局权责清单", "青禾县民政局")]
    [InlineData("青禾县民政局2024年度权责清单", "青禾县民政局")]
    [InlineData("2024年版", "导出")]
    public void Without_a_subject_column_the_title_names_the_body_and_notes_are_no_normalisation(string title, string body)
    {
        var file = WriteCsv($"{title},,\n事项编码,事项名称,权力类型\nA-001,事项甲,行政许可\nA-002,事项乙,行政处罚\n", "导出.csv");
        var import = PowerListImport.Read(file);
        Assert.Equal(body, import.Department);
        Assert.All(import.Powers, p => Assert.Equal(body, p.Subject));
        Assert.Equal((0, 0, 0), (import.Skipped, import.Normalised, import.Errors));
        Assert.Equal("CAT0711", Assert.Single(import.Diagnostics).Rule.Id);
    }

    [Fact]
    public void Import_writes_yaml_that_reads_back_the_same_and_reports_what_it_skipped()
    {
        var file = WriteCsv("青禾县某局权责清单,,,,\n序号,事项编码,事项名称,权力类型,实施主体\n"
            + "1,0123,事项：甲,其他职权,\n2,0124,事项乙,行政处罚,青禾县某局\n3,0123,重复,行政处罚,\n4,,缺编码,行政处罚,\n5,0125,事项丙,行政检查,青禾县另一局\n");
        var import = PowerListImport.Read(file);
        Assert.Equal("青禾县某局", import.Department);
        Assert.Equal(3, import.Powers.Count);
        Assert.Equal(2, import.Skipped);
        Assert.Equal(1, import.Normalised);
        var yaml = Path.Combine(Path.GetDirectoryName(file)!, "out.yaml");
        File.WriteAllText(yaml, Emit.Yaml.PowerListYamlWriter.Write(import));
        var bag = new DiagnosticBag();
        var back = PowerListLoader.Load(yaml, "out.yaml", bag)!;
        Assert.Empty(bag.ToSortedList());
        Assert.Equal(import.Powers.Select(p => (p.Code, p.Name, p.Type, p.Subject)), back.Powers.Select(p => (p.Code, p.Name, p.Type, p.Subject)));
        Assert.Equal("青禾县某局权责清单", back.Source);
    }

    [Fact]
    public void Cli_never_overwrites_without_force()
    {
        var file = WriteCsv("事项编码,事项名称,权力类型\nA1,事项甲,行政许可\n");
        var yaml = Path.ChangeExtension(file, ".yaml");
        File.WriteAllText(yaml, "原有内容");
        var (code, _, err) = Run("import-powers", file, "--lang", "zh-CN");
        Assert.Equal(2, code);
        Assert.Contains("--force", err);
        Assert.Equal("原有内容", File.ReadAllText(yaml));
        Assert.Equal(0, Run("import-powers", file, "--force").Code);
        Assert.Contains("\"A1\"", File.ReadAllText(yaml));
        Assert.Equal(2, Run("import-powers", Path.ChangeExtension(file, ".txt")).Code);
        // A list with errors has rows left out: it never replaces the file, --force or not.
        File.WriteAllText(file, "事项编码,事项名称,权力类型\nA1,事项甲,行政许可\nA2,,行政许可\n");
        var (refused, _, why) = Run("import-powers", file, "--force", "--lang", "zh-CN");
        Assert.Equal(1, refused);
        Assert.Contains("--force 也不覆盖", why);
        Assert.Contains("\"A1\"", File.ReadAllText(yaml));
        Assert.Equal(1, Run("import-powers", file, "-o", Path.ChangeExtension(file, ".new.yaml")).Code); // a new file is written, errors said
        Assert.True(File.Exists(Path.ChangeExtension(file, ".new.yaml")));
    }

    [Fact]
    public void Both_basis_columns_are_kept_a_main_item_row_without_a_code_is_no_error_and_a_near_header_says_what_it_lacks()
    {
        var both = WriteCsv("权力事项编码,权力事项名称,权力类型,设定依据,实施依据,实施机关\nA-001,事项甲,行政许可,《法》第一条,《条例》第二条,试验县某局\n");
        var bag = new DiagnosticBag();
        var power = Assert.Single(PowerListLoader.Load(both, "list.csv", bag)!.Powers);
        Assert.Equal(("《法》第一条；《条例》第二条", "试验县某局"), (power.Basis, power.Subject));
        // 主项 on a row of its own, its 子项 rows carrying the codes: a note, not an error, so the import can be written.
        var main = WriteCsv("事项编码,主项名称,子项名称,权力类型\n,社会团体登记,,行政许可\nB-1,,成立登记,行政许可\nB-2,,注销登记,行政许可\n");
        var mainBag = new DiagnosticBag();
        var list = PowerListLoader.Load(main, "list.csv", mainBag)!;
        Assert.Equal(["社会团体登记：成立登记", "社会团体登记：注销登记"], list.Powers.Select(p => p.Name));
        Assert.Equal(2, Assert.Single(mainBag.ToSortedList(), d => d.Rule.Id == "CAT0716").Span.Line);
        Assert.DoesNotContain(mainBag.ToSortedList(), d => d.Severity == Severity.Error);
        // A row with its basis filled is a power whose code was forgotten: still an error, not a 主项.
        var forgotten = WriteCsv("事项编码,主项名称,子项名称,权力类型,实施依据\n1,,对违法行为的处罚,,行政处罚,《某条例》\nC-2,乙,,行政许可,《条例》\n".Replace("1,,对违法行为的处罚,,", ",对违法行为的处罚,,"));
        var forgottenBag = new DiagnosticBag();
        PowerListLoader.Load(forgotten, "list.csv", forgottenBag);
        Assert.Contains(forgottenBag.ToSortedList(), d => d.Severity == Severity.Error && d.Span.Line == 2);
        Assert.DoesNotContain(forgottenBag.ToSortedList(), d => d.Rule.Id == "CAT0716");
        var near = WriteCsv("标题\n序号,事项编码,名字,类型\n1,C1,x,行政许可\n");
        var nearBag = new DiagnosticBag();
        Assert.Null(PowerListLoader.Load(near, "list.csv", nearBag));
        var d = Assert.Single(nearBag.ToSortedList());
        Assert.Equal(("powers.header-partial", 2), (d.MessageKey, d.Span.Line));
        Assert.Contains("没有 事项名称 列", d.Format(Language.Chinese));
    }

    private static string WriteCsv(string text, string name = "list.csv")
    {
        var path = Path.Combine(TestPaths.TempDir(), name);
        File.WriteAllText(path, text);
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => CliTests.Run(args);
}
