using System.Text;
using CatalogueTool.Model;
using CatalogueTool.Validation;

namespace CatalogueTool.Emit.Data;

/// <summary>
/// data/items.csv: one row per item, UTF-8 with BOM so that Excel and WPS open it as UTF-8 (the columns and how lists are
/// joined: docs/catalogue-format.md §10). Lists whose members may hold 、 (basis, channels: a 其他：… carrier's name may)
/// are joined by line breaks, the template's fixed words by 、, power codes by spaces.
/// </summary>
public static class ItemsCsvWriter
{
    private static readonly string[] Header =
        ["领域编码", "领域", "事项编号", "一级事项", "二级事项", "三级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体",
         "公开渠道和载体", "公开对象", "公开方式", "公开层级", "备注", "关联职权", "已公开信息条数",
         // Added after the first seventeen, so that a reader by position keeps working: the standard item, and the
         // jurisdiction on every row, so that the files of many counties can be put together.
         "对应标准事项", "行政区划代码", "行政区", "行政区层级", "版次"];

    public static byte[] Write(ValidationResult result)
    {
        var c = result.Catalogue!;
        var j = c.Manifest.Jurisdiction;
        var level = j.Level == "township" ? "乡级" : "县级";
        var sb = new StringBuilder();
        Row(sb, Header);
        foreach (var area in c.Areas)
            foreach (var i in area.Items)
                Row(sb, [area.Area.Id, area.Area.Name, i.Id.Value, i.Category, i.Name, i.Sub ?? "", i.Content,
                    string.Join("\n", i.Basis.Select(b => b.Value)), i.TimeLimit.Value.Text, i.Subject.Value,
                    string.Join("\n", i.Channels.Select(ch => ch.Value)), string.Join("、", i.Audience), string.Join("、", i.Mode),
                    string.Join("、", i.Levels), i.Note ?? "", string.Join(" ", result.Powers?.LinkedTo(i).Select(p => p.Code) ?? []),
                    c.RecordsOf(i).Count().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    i.Baseline?.Value ?? "", j.Code ?? "", j.Name, level, c.Manifest.Edition]);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    private static void Row(StringBuilder sb, IReadOnlyList<string> cells)
    {
        for (var k = 0; k < cells.Count; k++)
        {
            if (k > 0) sb.Append(',');
            sb.Append(Cell(cells[k]));
        }
        sb.Append("\r\n");
    }

    /// <summary>Quoted when needed; a text that a spreadsheet would run as a formula gets a leading apostrophe.</summary>
    public static string Cell(string text)
    {
        // A value that begins with an apostrophe gets one more, so that removing the first always gives the value back.
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\'') text = "'" + text;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
