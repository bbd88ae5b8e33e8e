using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CatalogueTool.Diagnostics;
using CatalogueTool.Diff;
using CatalogueTool.Emit.Excel;
using CatalogueTool.Emit.Excel.Xlsx;

namespace CatalogueTool.Emit.Diff;

/// <summary>The diff between two editions as text, as Markdown for a pull-request comment, as JSON, and as a change sheet.</summary>
public static class DiffWriters
{
    private static (string Section, string Title)[] Sections(EditionDiffResult d) => Zh(d)
        ? [(EditionDiff.Manifest, "目录信息"), (EditionDiff.Areas, "领域"), (EditionDiff.Items, "事项"), (EditionDiff.Waivers, "标准事项不适用说明"), (EditionDiff.Powers, "权责清单")]
        : [(EditionDiff.Manifest, "Manifest"), (EditionDiff.Areas, "Areas"), (EditionDiff.Items, "Items"), (EditionDiff.Waivers, "Waived baseline items"), (EditionDiff.Powers, "Power lists")];

    private static bool Zh(EditionDiffResult d) => d.Language == Language.Chinese;

    private static string Verb(ChangeKind k, bool zh) => zh
        ? k switch { ChangeKind.Added => "新增", ChangeKind.Removed => "删除", _ => "修改" }
        : k switch { ChangeKind.Added => "added", ChangeKind.Removed => "removed", _ => "changed" };

    private static string Summary(EditionDiffResult d)
    {
        var zh = Zh(d);
        if (d.IsEmpty) return zh ? "两个版本没有差异。" : "The two editions do not differ.";
        var parts = Sections(d).Select(s => (s.Title, Changes: d.In(s.Section).ToList())).Where(s => s.Changes.Count > 0)
            .Select(s => (s.Title, Added: s.Changes.Count(c => c.Kind == ChangeKind.Added), Removed: s.Changes.Count(c => c.Kind == ChangeKind.Removed), Changed: s.Changes.Count(c => c.Kind == ChangeKind.Changed)));
        return zh
            ? string.Join("；", parts.Select(s => $"{s.Title}：新增 {s.Added}，删除 {s.Removed}，修改 {s.Changed}")) + "。"
            : string.Join("; ", parts.Select(s => $"{s.Title}: {s.Added} added, {s.Removed} removed, {s.Changed} changed")) + ".";
    }

    public static string Text(EditionDiffResult d)
    {
        var sb = new StringBuilder();
        sb.Append(d.OldName).Append(" → ").Append(d.NewName).Append('\n');
        if (d.JurisdictionNote is { } note) sb.Append(note).Append('\n');
        foreach (var (section, title) in Sections(d))
        {
            var changes = d.In(section).ToList();
            if (changes.Count == 0) continue;
            sb.Append('\n').Append(title).Append('\n');
            foreach (var c in changes)
            {
                sb.Append(c.Kind switch { ChangeKind.Added => "  + ", ChangeKind.Removed => "  - ", _ => "  ~ " }).Append(c.Key).Append("  ").Append(c.Label).Append('\n');
                foreach (var f in c.Fields) sb.Append("      ").Append(f.Field).Append(Zh(d) ? "：" : ": ").Append(Show(f.Old, Zh(d))).Append(" → ").Append(Show(f.New, Zh(d))).Append('\n');
            }
        }
        // Values quoted from the files never act on the terminal or log the report is printed to.
        return CatalogueTool.Text.ControlCharacters.Visible(sb.Append('\n').Append(Summary(d)).Append('\n').ToString());
    }

    /// <summary>A value on one line of the text report: line breaks shown as ⏎, so every change stays one line.</summary>
    private static string Show(string s, bool zh) => s.Length == 0 ? zh ? "（空）" : "(empty)" : s.Replace("\r\n", "\n").Replace('\r', '\n').Replace("\n", " ⏎ ");

    public static string Markdown(EditionDiffResult d)
    {
        // Text stays text in any Markdown renderer: HTML is escaped first, then every character Markdown gives a meaning
        // to ([x](javascript:…), ![x](http://…), emphasis, code, table pipes), and line breaks become <br> last.
        static string Md(string s)
        {
            var sb = new StringBuilder(s.Length + 8);
            foreach (var c in s.Replace("\r\n", "\n"))
                sb.Append(c switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '\n' => "<br>",
                    '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '!' or '|' or '#' or '~' => "\\" + c,
                    _ => c.ToString(),
                });
            return sb.ToString();
        }
        var zh = Zh(d);
        var sb = new StringBuilder();
        sb.Append(zh ? "### 目录变更：" : "### Catalogue changes: ").Append(Md(d.OldName)).Append(" → ").Append(Md(d.NewName)).Append("\n\n");
        if (d.JurisdictionNote is { } note) sb.Append("> **").Append(Md(note)).Append("**\n\n");
        sb.Append(Summary(d)).Append('\n');
        foreach (var (section, title) in Sections(d))
        {
            var changes = d.In(section).ToList();
            if (changes.Count == 0) continue;
            sb.Append("\n#### ").Append(title).Append(zh ? "\n\n| 变更 | 编号 | 名称 | 字段 | 原内容 | 新内容 |\n" : "\n\n| change | id | name | field | before | after |\n").Append("|---|---|---|---|---|---|\n");
            foreach (var c in changes)
            {
                if (c.Fields.Count == 0) sb.Append($"| {Verb(c.Kind, zh)} | `{Md(c.Key)}` | {Md(c.Label)} | | | |\n");
                foreach (var f in c.Fields) sb.Append($"| {Verb(c.Kind, zh)} | `{Md(c.Key)}` | {Md(c.Label)} | {Md(f.Field)} | {Md(f.Old)} | {Md(f.New)} |\n");
            }
        }
        return CatalogueTool.Text.ControlCharacters.Visible(sb.ToString());
    }

    public static string Json(EditionDiffResult d)
    {
        var doc = new
        {
            old = d.OldName,
            @new = d.NewName,
            different_jurisdictions = d.JurisdictionNote is not null,
            note = d.JurisdictionNote,
            summary = new[] { EditionDiff.Manifest, EditionDiff.Areas, EditionDiff.Items, EditionDiff.Waivers, EditionDiff.Powers }.ToDictionary(s => s, s => new
            {
                added = d.In(s).Count(c => c.Kind == ChangeKind.Added),
                removed = d.In(s).Count(c => c.Kind == ChangeKind.Removed),
                changed = d.In(s).Count(c => c.Kind == ChangeKind.Changed),
            }),
            changes = d.Changes.Select(c => new
            {
                section = c.Section,
                kind = c.Kind.ToString().ToLowerInvariant(),
                key = c.Key,
                label = c.Label,
                fields = c.Fields.Select(f => new { field_id = f.Id, field = f.Field, old = f.Old, @new = f.New }),
            }),
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>A change sheet for approval: one row per changed field, with a column for the reviewer's decision. Returns how many rows it wrote.</summary>
    public static int Workbook(EditionDiffResult d, string path, DateTime stamp)
    {
        var zh = Zh(d);
        var ws = new SheetBuilder(zh ? "变更清单" : "Changes");
        string[] head = zh
            ? ["序号", "类别", "变更", "编号", "名称", "字段", "原内容", "新内容", "审核意见"]
            : ["No.", "section", "change", "id", "name", "field", "before", "after", "reviewer's decision"];
        double[] widths = [5, 10, 6, 16, 24, 10, 36, 36, 16];
        ws.Text(1, 1, zh ? $"基层政务公开标准目录变更清单：{d.OldName} → {d.NewName}" : $"Changes to the disclosure catalogue: {d.OldName} → {d.NewName}", CellStyle.Subtitle);
        ws.Merge(1, 1, 1, head.Length);
        ws.Height(1, 28);
        var first = 2;
        if (d.JurisdictionNote is { } note)
        {
            ws.Text(2, 1, note, CellStyle.BodyTop);
            ws.Merge(2, 1, 2, head.Length);
            first = 3;
        }
        for (var c = 0; c < head.Length; c++)
        {
            ws.Text(first, c + 1, head[c], CellStyle.Header);
            ws.Width(c + 1, widths[c]);
        }
        var row = first + 1;
        var n = 1;
        foreach (var (section, title) in Sections(d))
            foreach (var ch in d.In(section))
                foreach (var f in ch.Fields.Count == 0 ? [new FieldChange("", "", "", "")] : ch.Fields)
                {
                    string[] cells = [(n++).ToString(System.Globalization.CultureInfo.InvariantCulture), title, Verb(ch.Kind, zh), ch.Key, ch.Label, f.Field, f.Old, f.New, ""];
                    ws.Number(row, 1, n - 1, CellStyle.BodyTop);
                    for (var c = 1; c < cells.Length; c++) ws.Text(row, c + 1, cells[c], CellStyle.BodyTop);
                    ws.Height(row, RowHeights.Estimate([(ch.Label, 24), (f.Old, 36), (f.New, 36)]));
                    row++;
                }
        ws.FreezeRows = first;
        ws.Print = new PrintSetup { RepeatRows = (first, first), PageFooter = true };
        XlsxPackage.Write(path, [ws], stamp);
        return n - 1;
    }
}
