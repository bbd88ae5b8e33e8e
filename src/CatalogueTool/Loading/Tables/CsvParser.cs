using System.Text;

namespace CatalogueTool.Loading.Tables;

/// <summary>RFC 4180 CSV: quoted fields, doubled quotes, line breaks inside quotes. Comma, semicolon or tab separated (detected from the first line).</summary>
public static class CsvParser
{
    public static List<List<string>> Parse(string text)
    {
        var separator = DetectSeparator(text);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else inQuotes = false;
                }
                else field.Append(c);
                continue;
            }
            if (c == '"' && field.Length == 0) inQuotes = true;
            else if (c == separator) { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }
        return rows;
    }

    private static char DetectSeparator(string text)
    {
        var end = text.IndexOf('\n');
        var first = end < 0 ? text : text[..end];
        var counts = new[] { ',', ';', '\t', '，' }.Select(c => (c, n: first.Count(x => x == c))).OrderByDescending(p => p.n).First();
        return counts.n == 0 ? ',' : counts.c;
    }
}
