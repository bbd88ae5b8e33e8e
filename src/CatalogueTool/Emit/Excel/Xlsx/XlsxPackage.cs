using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using CatalogueTool.Loading.Tables;

namespace CatalogueTool.Emit.Excel.Xlsx;

/// <summary>
/// Writes sheets as an Office Open XML workbook directly: fixed part names and order, fixed relationship ids, inline
/// strings (every text stays text), timestamps from the edition, so the same input always gives the same bytes.
/// </summary>
public static class XlsxPackage
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false, CheckCharacters = false };

    /// <param name="stamp">The date the workbook carries; null writes no created/modified date (and the zip's earliest time).</param>
    public static void Write(string path, IReadOnlyList<SheetBuilder> sheets, DateTime? stamp)
    {
        var earliest = new DateTime(1980, 1, 2);
        var time = new DateTimeOffset(DateTime.SpecifyKind(stamp is not { } s0 || s0 < earliest ? earliest : s0, DateTimeKind.Unspecified), TimeSpan.Zero);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        void Part(string name, string text) => Entry(zip, name, time, s => { using var w = new StreamWriter(s, new UTF8Encoding(false)); w.Write(text); });

        Part("[Content_Types].xml", ContentTypes(sheets.Count));
        Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>""");
        var iso = stamp?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var dates = iso is null ? "" : $"""<dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{iso}</dcterms:modified>""";
        Part("docProps/core.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>catalogue</dc:creator><cp:lastModifiedBy>catalogue</cp:lastModifiedBy>{dates}</cp:coreProperties>""");
        Part("docProps/app.xml", """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>catalogue</Application></Properties>""");
        Entry(zip, "xl/workbook.xml", time, s => Workbook(s, sheets));
        Part("xl/_rels/workbook.xml.rels", WorkbookRels(sheets.Count));
        Part("xl/styles.xml", XlsxStyles.Xml);
        for (var i = 0; i < sheets.Count; i++)
        {
            var sheet = sheets[i];
            Entry(zip, $"xl/worksheets/sheet{i + 1}.xml", time, s => Worksheet(s, sheet, i == 0));
        }
    }

    private static void Entry(ZipArchive zip, string name, DateTimeOffset time, Action<Stream> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = time;
        using var s = entry.Open();
        write(s);
    }

    private static string ContentTypes(int sheets)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>""");
        for (var i = 1; i <= sheets; i++)
            sb.Append("<Override PartName=\"/xl/worksheets/sheet").Append(i).Append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        return sb.Append("</Types>").ToString();
    }

    private static string WorkbookRels(int sheets)
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        for (var i = 1; i <= sheets; i++)
            sb.Append("<Relationship Id=\"rId").Append(i).Append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").Append(i).Append(".xml\"/>");
        sb.Append("<Relationship Id=\"rId").Append(sheets + 1).Append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
        return sb.Append("</Relationships>").ToString();
    }

    private static void Workbook(Stream s, IReadOnlyList<SheetBuilder> sheets)
    {
        using var w = XmlWriter.Create(s, Settings);
        w.WriteStartDocument(true);
        w.WriteStartElement("workbook", Main);
        w.WriteAttributeString("xmlns", "r", null, RelNs);
        w.WriteStartElement("bookViews", Main);
        w.WriteStartElement("workbookView", Main);
        w.WriteAttributeString("activeTab", "0");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("sheets", Main);
        for (var i = 0; i < sheets.Count; i++)
        {
            w.WriteStartElement("sheet", Main);
            w.WriteAttributeString("name", Clean(sheets[i].Name));
            w.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("id", RelNs, $"rId{i + 1}");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        var titles = sheets.Select((sheet, i) => (sheet, i)).Where(x => x.sheet.Print.RepeatRows is not null).ToList();
        if (titles.Count > 0)
        {
            w.WriteStartElement("definedNames", Main);
            foreach (var (sheet, i) in titles)
            {
                var (first, last) = sheet.Print.RepeatRows!.Value;
                w.WriteStartElement("definedName", Main);
                w.WriteAttributeString("name", "_xlnm.Print_Titles");
                w.WriteAttributeString("localSheetId", i.ToString(CultureInfo.InvariantCulture));
                w.WriteString($"'{Clean(sheet.Name).Replace("'", "''", StringComparison.Ordinal)}'!${first}:${last}");
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static string Ref(int row, int col) => XlsxReader.ColumnLetters(col) + row.ToString(CultureInfo.InvariantCulture);

    private static string F(double d) => d.ToString("R", CultureInfo.InvariantCulture);

    private static void Worksheet(Stream s, SheetBuilder sheet, bool selected)
    {
        using var w = XmlWriter.Create(s, Settings);
        w.WriteStartDocument(true);
        w.WriteStartElement("worksheet", Main);
        w.WriteAttributeString("xmlns", "r", null, RelNs);
        if (sheet.Print.FitToWidth)
        {
            w.WriteStartElement("sheetPr", Main);
            w.WriteStartElement("pageSetUpPr", Main);
            w.WriteAttributeString("fitToPage", "1");
            w.WriteEndElement();
            w.WriteEndElement();
        }
        var maxRow = sheet.Rows.Count == 0 ? 1 : sheet.Rows.Keys.Max();
        var maxCol = Math.Max(1, sheet.Rows.Values.SelectMany(r => r.Keys).DefaultIfEmpty(1).Max());
        w.WriteStartElement("dimension", Main);
        w.WriteAttributeString("ref", $"A1:{Ref(maxRow, maxCol)}");
        w.WriteEndElement();
        w.WriteStartElement("sheetViews", Main);
        w.WriteStartElement("sheetView", Main);
        if (selected) w.WriteAttributeString("tabSelected", "1");
        w.WriteAttributeString("workbookViewId", "0");
        if (sheet.FreezeRows > 0 || sheet.FreezeColumns > 0)
        {
            w.WriteStartElement("pane", Main);
            if (sheet.FreezeColumns > 0) w.WriteAttributeString("xSplit", sheet.FreezeColumns.ToString(CultureInfo.InvariantCulture));
            if (sheet.FreezeRows > 0) w.WriteAttributeString("ySplit", sheet.FreezeRows.ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("topLeftCell", Ref(sheet.FreezeRows + 1, sheet.FreezeColumns + 1));
            w.WriteAttributeString("activePane", sheet.FreezeColumns > 0 && sheet.FreezeRows > 0 ? "bottomRight" : sheet.FreezeRows > 0 ? "bottomLeft" : "topRight");
            w.WriteAttributeString("state", "frozen");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("sheetFormatPr", Main);
        w.WriteAttributeString("defaultRowHeight", "14.25");
        w.WriteEndElement();
        if (sheet.Widths.Count > 0)
        {
            w.WriteStartElement("cols", Main);
            foreach (var (col, width) in sheet.Widths)
            {
                w.WriteStartElement("col", Main);
                w.WriteAttributeString("min", col.ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("max", col.ToString(CultureInfo.InvariantCulture));
                w.WriteAttributeString("width", F(width));
                w.WriteAttributeString("customWidth", "1");
                if (sheet.HiddenColumns.Contains(col)) w.WriteAttributeString("hidden", "1");
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteStartElement("sheetData", Main);
        foreach (var r in sheet.Rows.Keys.Union(sheet.Heights.Keys).Order())
        {
            w.WriteStartElement("row", Main);
            w.WriteAttributeString("r", r.ToString(CultureInfo.InvariantCulture));
            if (sheet.Heights.TryGetValue(r, out var height))
            {
                w.WriteAttributeString("ht", F(height));
                w.WriteAttributeString("customHeight", "1");
            }
            if (sheet.Rows.TryGetValue(r, out var cells))
                foreach (var (c, cell) in cells)
                {
                    w.WriteStartElement("c", Main);
                    w.WriteAttributeString("r", Ref(r, c));
                    if (cell.Style != CellStyle.Plain) w.WriteAttributeString("s", ((int)cell.Style).ToString(CultureInfo.InvariantCulture));
                    if (cell.Text is { Length: > 0 } text)
                    {
                        w.WriteAttributeString("t", "inlineStr");
                        w.WriteStartElement("is", Main);
                        w.WriteStartElement("t", Main);
                        if (text != text.Trim() || text.Contains('\n')) w.WriteAttributeString("xml", "space", null, "preserve");
                        w.WriteString(Clean(Text.OoxmlEscapes.Encode(FitCell(text))));
                        w.WriteEndElement();
                        w.WriteEndElement();
                    }
                    else if (cell.Number is { } number)
                        w.WriteElementString("v", Main, F(number));
                    w.WriteEndElement();
                }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        if (sheet.Merges.Count > 0)
        {
            w.WriteStartElement("mergeCells", Main);
            w.WriteAttributeString("count", sheet.Merges.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var (r1, c1, r2, c2) in sheet.Merges)
            {
                w.WriteStartElement("mergeCell", Main);
                w.WriteAttributeString("ref", $"{Ref(r1, c1)}:{Ref(r2, c2)}");
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        var print = sheet.Print;
        if (print.CenterHorizontally)
        {
            w.WriteStartElement("printOptions", Main);
            w.WriteAttributeString("horizontalCentered", "1");
            w.WriteEndElement();
        }
        w.WriteStartElement("pageMargins", Main);
        w.WriteAttributeString("left", F(print.Margins.Left));
        w.WriteAttributeString("right", F(print.Margins.Right));
        w.WriteAttributeString("top", F(print.Margins.Top));
        w.WriteAttributeString("bottom", F(print.Margins.Bottom));
        w.WriteAttributeString("header", "0.3");
        w.WriteAttributeString("footer", "0.3");
        w.WriteEndElement();
        w.WriteStartElement("pageSetup", Main);
        w.WriteAttributeString("paperSize", print.A3 ? "8" : "9");
        w.WriteAttributeString("orientation", print.Landscape ? "landscape" : "portrait");
        if (print.FitToWidth)
        {
            w.WriteAttributeString("fitToWidth", "1");
            w.WriteAttributeString("fitToHeight", "0");
        }
        w.WriteEndElement();
        if (print.PageFooter)
        {
            w.WriteStartElement("headerFooter", Main);
            w.WriteElementString("oddFooter", Main, "&C第 &P 页 共 &N 页");
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    /// <summary>Text cut to what an Excel cell holds (validate warns, CAT0305), never between a surrogate pair.</summary>
    private static string FitCell(string text)
    {
        const int limit = Rules.Content.CellLengthCheck.ExcelCellLimit;
        if (text.Length <= limit) return text;
        var cut = limit - 1;
        if (char.IsLowSurrogate(text[cut])) cut--;
        return text[..cut] + "…";
    }

    /// <summary>Characters XML 1.0 cannot carry (control characters, lone surrogates) become U+FFFD.</summary>
    private static string Clean(string text)
    {
        var ok = true;
        foreach (var c in text)
            if (!XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c)) { ok = false; break; }
        if (ok && !text.Any(char.IsSurrogate)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); continue; }
            sb.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
        }
        return sb.ToString();
    }
}
