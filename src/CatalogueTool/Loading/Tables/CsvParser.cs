using System.Text;

namespace CatalogueTool.Loading.Tables;

/// <summary>One record of a CSV file and the line it starts on (a quoted cell may span several lines).</summary>
public sealed record CsvRow(int Line, List<string> Cells);

/// <summary>The records of a CSV file, and the line of a quote left open at the end (null when every quote closes).</summary>
public sealed record CsvTable(List<CsvRow> Rows, int? UnclosedQuoteLine);

/// <summary>RFC 4180 CSV: quoted fields, doubled quotes, line breaks inside quotes. Comma, semicolon or tab separated (detected from the first line).</summary>
public static partial class CsvParser
{
    public static CsvTable Parse(string text)
    {
        var separator = DetectSeparator(text);
        var rows = new List<CsvRow>();
        var row = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var line = 1;
        var rowLine = 1;
        var quoteLine = 0;
        var start = 0;
        // Excel's separator line (sep=;) names the separator and is no record.
        if (SeparatorLine().Match(text) is { Success: true } sep)
        {
            separator = sep.Groups[1].Value[0];
            start = sep.Length;
            line = rowLine = 2;
        }
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            // Lines end with LF, CRLF or a lone CR (old Mac files); quoted cells count their lines too.
            if (c == '\n' || c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')) line++;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else inQuotes = false;
                }
                else if (c == '\r') field.Append('\n'); // a line break in a cell is one \n, whatever the file's line ends
                else if (c == '\n' && i > 0 && text[i - 1] == '\r') { }
                else field.Append(c);
                continue;
            }
            if (c == '"' && field.Length == 0)
            {
                inQuotes = true;
                quoteLine = line;
            }
            else if (c == separator) { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                    line++;
                }
                row.Add(field.ToString());
                field.Clear();
                rows.Add(new CsvRow(rowLine, row));
                row = [];
                rowLine = line;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(new CsvRow(rowLine, row));
        }
        return new CsvTable(rows, inQuotes ? quoteLine : null);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^sep=([,;\t|])\r?\n")]
    private static partial System.Text.RegularExpressions.Regex SeparatorLine();

    private static char DetectSeparator(string text)
    {
        var end = text.IndexOfAny(['\n', '\r']);
        var first = end < 0 ? text : text[..end];
        var counts = new[] { ',', ';', '\t', '，' }.Select(c => (c, n: first.Count(x => x == c))).OrderByDescending(p => p.n).First();
        return counts.n == 0 ? ',' : counts.c;
    }
}
