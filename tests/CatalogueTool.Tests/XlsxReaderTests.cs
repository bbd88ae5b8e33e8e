using CatalogueTool.Loading.Tables;
using ClosedXML.Excel;

namespace CatalogueTool.Tests;

/// <summary>The streaming reader shows cells as the user typed them and never evaluates anything.</summary>
public class XlsxReaderTests
{
    [Fact]
    public void Cells_read_as_typed_with_merges_and_cached_formula_values()
    {
        var path = Path.Combine(TestPaths.TempDir(), "t.xlsx");
        using (var wb = new XLWorkbook())
        {
            var ws = wb.AddWorksheet("目录");
            ws.Cell("A1").SetValue("0123");
            ws.Cell("B1").Value = 42.5;
            ws.Cell("C1").Value = new DateTime(2024, 1, 2);
            ws.Cell("D1").Value = true;
            ws.Cell("E1").SetValue("=HYPERLINK(\"http://x\")");
            ws.Cell("F1").FormulaA1 = "1+1";
            ws.Cell("A3").SetValue("合并");
            ws.Range("A3:A5").Merge();
            ws.Cell("AA7").SetValue("远处");
            wb.AddWorksheet("第二张").Cell("B2").SetValue("二");
            wb.SaveAs(path);
        }
        var sheets = XlsxReader.Read(path, 1000, 64);
        Assert.Equal(["目录", "第二张"], sheets.Select(s => s.Name));
        var s = sheets[0];
        Assert.Equal("0123", s.Cell(1, 1));
        Assert.Equal("42.5", s.Cell(1, 2));
        Assert.Equal("2024-01-02", s.Cell(1, 3));
        Assert.Equal("TRUE", s.Cell(1, 4));
        Assert.Equal("=HYPERLINK(\"http://x\")", s.Cell(1, 5));
        Assert.Equal("", s.Cell(2, 1));
        Assert.Equal("远处", s.Cell(7, 27));
        Assert.Equal(new CellRange(3, 1, 5, 1), Assert.Single(s.Merges));
        Assert.Equal("二", sheets[1].Cell(2, 2));
        Assert.Equal("AA", XlsxReader.ColumnLetters(27));
        Assert.Equal(3, XlsxReader.Read(path, 3, 64)[0].Rows.Count);
        // Rows past the most read are never dropped without a word: the sheet says it was cut.
        Assert.True(XlsxReader.Read(path, 3, 64)[0].Truncated);
        Assert.False(XlsxReader.Read(path, 1000, 64)[0].Truncated);
        // A row past the limit with a height and no value is no lost row.
        var padded = Path.Combine(TestPaths.TempDir(), "padded.xlsx");
        using (var wb = new XLWorkbook())
        {
            var ws = wb.AddWorksheet("表");
            ws.Cell(1, 1).Value = "序号";
            ws.Cell(2, 1).Value = "1";
            ws.Row(40).Height = 30;
            wb.SaveAs(padded);
        }
        Assert.False(XlsxReader.Read(padded, 5, 64)[0].Truncated);
    }

    [Fact]
    public void A_number_formatted_with_words_reads_as_shown_and_a_plain_format_keeps_the_digits()
    {
        var path = Path.Combine(TestPaths.TempDir(), "formats.xlsx");
        using (var wb = new XLWorkbook())
        {
            var ws = wb.AddWorksheet("目录");
            ws.Cell("A1").Value = 20;
            ws.Cell("A1").Style.NumberFormat.Format = "0\"个工作日\"";
            ws.Cell("A2").Value = 15;
            ws.Cell("A2").Style.NumberFormat.Format = "\"信息形成之日起\"0\"个工作日内\"";
            ws.Cell("A3").Value = 1234.5;
            ws.Cell("A3").Style.NumberFormat.Format = "#,##0.00";
            ws.Cell("A4").Value = 7;
            ws.Cell("A4").Style.NumberFormat.Format = "General\"日\"";
            ws.Cell("A5").Value = 3;
            ws.Cell("A5").Style.NumberFormat.Format = "0天;\"负\"0天";
            ws.Cell("A6").Value = 12;
            ws.Cell("A6").Style.NumberFormat.Format = "[Red]0";
            ws.Cell("A7").Value = new DateTime(2025, 3, 1);
            ws.Cell("A7").Style.NumberFormat.Format = "yyyy-mm-dd";
            ws.Cell("A8").Value = new DateTime(2026, 3, 31);
            ws.Cell("A8").Style.NumberFormat.Format = "m\"月\"d\"日\"";
            ws.Cell("A9").Value = 10;
            ws.Cell("A9").Style.NumberFormat.Format = "G/通用格式\"个工作日\"";
            ws.Cell("A10").Value = 10;
            ws.Cell("A10").Style.NumberFormat.Format = "0\\个\\工\\作\\日";
            ws.Cell("A11").Value = 12000;
            ws.Cell("A11").Style.NumberFormat.Format = "0,\"千\"";
            ws.Cell("A12").Value = 0.2;
            ws.Cell("A12").Style.NumberFormat.Format = "0%\"以上\"";
            ws.Cell("A13").Value = 0;
            ws.Cell("A13").Style.NumberFormat.Format = "0\"天\";-0\"天\";\"当日\"";
            ws.Cell("A14").Value = 50;
            ws.Cell("A14").Style.NumberFormat.Format = "[>=100]0\"大\";0\"小\"";
            wb.SaveAs(path);
        }
        var s = XlsxReader.Read(path, 1000, 64)[0];
        Assert.Equal("20个工作日", s.Cell(1, 1));
        Assert.Equal("信息形成之日起15个工作日内", s.Cell(2, 1));
        Assert.Equal("1234.5", s.Cell(3, 1));
        Assert.Equal("7日", s.Cell(4, 1));
        Assert.Equal("3天", s.Cell(5, 1));
        Assert.Equal("12", s.Cell(6, 1));
        Assert.Equal("2025-03-01", s.Cell(7, 1));
        Assert.Equal("3月31日", s.Cell(8, 1));
        Assert.Equal("10个工作日", s.Cell(9, 1));
        Assert.Equal("10个工作日", s.Cell(10, 1));
        Assert.Equal("12千", s.Cell(11, 1));
        Assert.Equal("20%以上", s.Cell(12, 1));
        Assert.Equal("当日", s.Cell(13, 1));
        Assert.Equal("50", s.Cell(14, 1)); // a conditional format is not rendered: the number as written
    }

    [Fact]
    public void A_legacy_xls_number_formatted_with_words_reads_as_shown()
    {
        var bag = new CatalogueTool.Diagnostics.DiagnosticBag();
        var sheets = CatalogueTool.Import.WorkbookSource.Read(Path.Combine(TestPaths.Cases, "import", "formats.xls"), "formats.xls", bag);
        Assert.NotNull(sheets);
        Assert.Equal("20个工作日", sheets[0].Cell(1, 1));
        Assert.Equal("1234.5", sheets[0].Cell(2, 1));
        Assert.Equal("文本", sheets[0].Cell(3, 1));
    }
}
