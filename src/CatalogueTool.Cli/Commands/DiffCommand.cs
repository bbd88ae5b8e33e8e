using System.CommandLine;
using CatalogueTool.Diagnostics;
using CatalogueTool.Diff;
using CatalogueTool.Emit.Diff;
using CatalogueTool.Text;
using CatalogueTool.Validation;

namespace CatalogueTool.Cli.Commands;

/// <summary><c>catalogue diff &lt;old-dir&gt; &lt;new-dir&gt; [--format text|markdown|json|xlsx] [-o file]</c>.</summary>
public static class DiffCommand
{
    public static Command Create()
    {
        var oldDir = new Argument<string>("old-dir") { Description = "旧版本的目录仓库 / the old edition" };
        var newDir = new Argument<string>("new-dir") { Description = "新版本的目录仓库 / the new edition" };
        var format = new Option<string>("--format", "-f") { Description = "text | markdown | json | xlsx（xlsx 需要 -o；不写时按 -o 的扩展名：.xlsx、.md、.json）", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = "写入文件而不是屏幕 / write to a file" };
        var force = new Option<bool>("--force") { Description = "覆盖已有的输出文件 / overwrite an existing output file" };
        var today = CommonOptions.Today();
        var command = new Command("diff", "比较两个版本的目录 / items added, removed and changed between two editions") { oldDir, newDir, format, output, force, today };
        command.SetAction(parse =>
        {
            var zh = CommonOptions.Language(parse) == Language.Chinese;
            var date = ReferenceDate.Resolve(parse.GetValue(today));
            var (before, after) = (Validator.Validate(parse.GetValue(oldDir)!, date), Validator.Validate(parse.GetValue(newDir)!, date));
            foreach (var (result, dir) in new[] { (before, parse.GetValue(oldDir)!), (after, parse.GetValue(newDir)!) })
            {
                // A file that cannot be read, or an item or power dropped for an error in its form, would show as deleted:
                // the comparison is refused until the edition reads whole.
                var dropping = result.Diagnostics.Where(DropsContent).ToList();
                // An item or waiver refused for an error of its own (a blank 公开依据) is left out too, whatever the rule.
                if (result.Catalogue?.Areas.Any(a => a.Unbound.Count > 0 || a.UnboundWaivers.Count > 0) == true && dropping.Count == 0)
                    dropping = result.Diagnostics.Where(d => d.Severity == Severity.Error && d.Span.File.StartsWith("areas/", StringComparison.Ordinal)).ToList();
                if (result.Catalogue is { UnreadAreaFiles.Count: 0 } && dropping.Count == 0) continue;
                Console.Error.WriteLine(zh ? $"无法完整读取目录仓库 {dir}，改正以下错误后再比较：" : $"cannot read the repository {dir} whole; fix these errors, then compare again:");
                foreach (var d in (dropping.Count > 0 ? dropping : result.Diagnostics.Where(d => d.Severity == Severity.Error)).Take(5))
                    Console.Error.WriteLine($"  {Diagnostics.Reports.ReportWriters.Location(d.Span)}: {d.Format(zh ? Language.Chinese : Language.English)}");
                return Shell.Usage;
            }
            var diff = EditionDiff.Compare(before.Catalogue!, after.Catalogue!, zh ? Language.Chinese : Language.English);
            // Two different jurisdictions compare as wholesale change: said on the terminal and in the report, so that a
            // reviewer who picked the wrong folder is not misled by the list.
            if (diff.JurisdictionNote is { } note) Console.Error.WriteLine(note);
            var target = parse.GetValue(output);
            // Without --format, the output file's extension chooses (变更.xlsx is a workbook, .md markdown, .json JSON);
            // a format that contradicts the extension is refused rather than writing text into a .xlsx.
            var byExtension = Path.GetExtension(target ?? "").ToLowerInvariant() switch { ".xlsx" => "xlsx", ".md" => "markdown", ".json" => "json", _ => null };
            var kind = parse.GetResult(format) is { Implicit: false } ? parse.GetValue(format)! : byExtension ?? parse.GetValue(format)!;
            if (Path.GetExtension(target ?? "").Equals(".xls", StringComparison.OrdinalIgnoreCase))
                return Shell.Refuse(zh ? $"{target}：变更清单只能写成 .xlsx，请把文件名改为 .xlsx。" : $"{target}: the change sheet is written as .xlsx only; name the file .xlsx.");
            if (byExtension == "xlsx" && kind != "xlsx")
                return Shell.Refuse(zh ? $"{target} 是 Excel 文件名，但输出格式是 {kind}。请去掉 --format 或写 --format xlsx，或换一个文件名。"
                    : $"{target} is named as a workbook but the format is {kind}; drop --format, write --format xlsx, or choose another name.");
            if (target is not null && (Emit.OutputTransaction.EndangersInput(parse.GetValue(oldDir)!, target) || Emit.OutputTransaction.EndangersInput(parse.GetValue(newDir)!, target)))
                return Shell.Refuse(zh ? $"{target} 在被比较的目录仓库的源文件中，写入会覆盖输入，已拒绝。请另选输出文件。" : $"{target} lies among the compared repositories' sources; refused.");
            if (target is not null && File.Exists(target) && !parse.GetValue(force))
                return Shell.Refuse(zh ? $"{target} 已存在，未写入。要覆盖请加 --force。" : $"{target} exists; nothing written (use --force).");
            if (kind == "xlsx")
            {
                if (target is null)
                    return Shell.Refuse(zh ? "xlsx 格式需要用 -o 指定输出文件，例如 -o 变更清单.xlsx。" : "xlsx needs -o <file.xlsx>.");
                var rows = 0;
                Emit.AtomicFile.Write(target, temp => rows = DiffWriters.Workbook(diff, temp, date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
                Console.Out.WriteLine(zh ? $"已写入变更清单 {target}（{diff.Changes.Count} 处变更，共 {rows} 行）" : $"wrote {target} ({English.Count(diff.Changes.Count, "change")}, {English.Count(rows, "row")})");
                return Shell.Ok;
            }
            var text = kind switch { "markdown" => DiffWriters.Markdown(diff), "json" => DiffWriters.Json(diff), _ => DiffWriters.Text(diff) };
            if (target is null) Console.Out.Write(text);
            else
            {
                Emit.AtomicFile.Write(target, text);
                Console.Out.WriteLine(zh ? $"已写入 {target}（{diff.Changes.Count} 处变更）" : $"wrote {target} ({English.Count(diff.Changes.Count, "change")})");
            }
            return Shell.Ok;
        });
        return command;
    }

    /// <summary>
    /// An error that leaves out something diff compares (the manifest's scope, an area's items and waivers, a power):
    /// a file that cannot be read, a field missing or wrong, a power row refused. Records are not compared; an unknown
    /// key or a malformed division code leaves everything in.
    /// </summary>
    private static bool DropsContent(Diagnostic d) =>
        d.Severity == Severity.Error
        && (d.Span.File == "catalogue.yaml" || d.Span.File.StartsWith("areas/", StringComparison.Ordinal) || d.Span.File.StartsWith("powers/", StringComparison.Ordinal))
        && (d.Rule.Family is "file" or "schema" || d.Rule == KnownRules.PowerHeader || d.Rule == KnownRules.PowerType
            || d.Span.File == "catalogue.yaml" && d.Rule == KnownRules.BlankText) // a blank edition or publisher: no title to compare
        && d.Rule != KnownRules.UnknownKey && d.Rule != KnownRules.InvalidCode;
}
