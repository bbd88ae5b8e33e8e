using System.CommandLine;
using CatalogueTool.Diagnostics;
using CatalogueTool.Emit;
using CatalogueTool.Emit.Yaml;
using CatalogueTool.Import;
using CatalogueTool.Model;
using CatalogueTool.Text;

namespace CatalogueTool.Cli.Commands;

/// <summary><c>catalogue import &lt;file.xlsx|.xls&gt; [-o dir] [--area id] [--check] [--force]</c>: an existing Excel catalogue → area files.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("file") { Description = "已有的 Excel 目录（.xlsx 或 .xls）/ existing Excel catalogue" };
        var output = new Option<string>("--output", "-o") { Description = "目录仓库文件夹（默认当前文件夹）/ repository folder", DefaultValueFactory = _ => "." };
        var area = new Option<string?>("--area") { Description = "表格中看不出领域时使用的领域，如 social-assistance 或 社会救助 / area when nothing says" };
        var extra = new Option<string[]>("--extra-area")
        {
            Description = "本地增设的领域（26个试点领域之外），写作 名称=编号，如 旅游=tourism，可写多次 / a local area beyond the 26: name=id",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var check = new Option<bool>("--check") { Description = "只报告，不写文件 / report only" };
        var force = new Option<bool>("--force") { Description = "覆盖已有的领域文件 / overwrite existing area files" };
        var command = new Command("import", "把已有的 Excel 目录导入为领域文件 / import an existing Excel catalogue") { input, output, area, extra, check, force };
        command.SetAction(parse =>
        {
            var lang = CommonOptions.Language(parse);
            var zh = lang == Language.Chinese;
            var file = parse.GetValue(input)!;
            var dir = parse.GetValue(output)!;
            var ext = Path.GetExtension(file).ToLowerInvariant();
            if (!File.Exists(file)) return Shell.Refuse(zh ? $"找不到文件 {file}。" : $"file not found: {file}");
            // The repository folder, or a folder above it, is a file: said before anything is read.
            for (var up = Path.GetFullPath(dir); up is not null; up = Path.GetDirectoryName(up))
                if (File.Exists(up))
                    return Shell.Refuse(zh ? $"输出位置 {dir} 不能用：{up} 是一个文件，不是文件夹。请用 -o 指定一个文件夹。" : $"output {dir} cannot be used: {up} is a file, not a folder. Give a folder with -o.");
            if (ext is not (".xlsx" or ".xls"))
                return Shell.Refuse(zh ? $"{file}：只能导入 .xlsx 或 .xls 文件（WPS 的 .et 请另存为 .xlsx）。" : $"{file}: only .xlsx and .xls files can be imported (save WPS .et files as .xlsx).");
            var extras = new List<PilotArea>();
            foreach (var spec in parse.GetValue(extra) ?? [])
            {
                var parts = spec.Split('=', 2, StringSplitOptions.TrimEntries);
                if (parts.Length == 2 && Binding.ItemIdRules.ReservedAreaIds.Contains(parts[1]))
                    return Shell.Refuse(zh ? $"--extra-area “{spec}”：“{parts[1]}”是网站的文件夹名，不能做领域编号，请换一个（如 tourism）。"
                        : $"--extra-area '{spec}': '{parts[1]}' names a folder of the site and cannot be an area id; choose another (e.g. tourism).");
                if ((parts.Length == 2 ? CatalogueImporter.LocalArea(parts[0], parts[1]) : null) is not { } local)
                    return Shell.Refuse(zh ? $"--extra-area “{spec}”应写作 名称=编号，编号用小写字母、数字和连字符且不与试点领域重复，如 --extra-area 旅游=tourism。"
                        : $"--extra-area '{spec}' should read name=id, the id in lower-case letters, digits and hyphens and not a pilot area's, e.g. --extra-area 旅游=tourism.");
                if (extras.Any(e => e.Id == local.Id || e.Name == local.Name))
                    return Shell.Refuse(zh ? $"--extra-area “{spec}”与前面的领域重复。" : $"--extra-area '{spec}' repeats an earlier one.");
                extras.Add(local);
            }
            if (parse.GetValue(area) is { } a && PilotAreas.FindById(a) is null && PilotAreas.Find(a, out _) is null && !extras.Any(e => e.Id == a || e.Name == a))
                return Shell.Refuse(zh ? $"--area “{a}”不是试点领域。可用：{string.Join("、", PilotAreas.All.Select(p => p.Id))}"
                    : $"--area '{a}' is not a pilot area. Use one of: {string.Join(", ", PilotAreas.All.Select(p => p.Id))}");

            // The repository imported into, if any, read once: its items' names by id decide, of two rows carrying one id,
            // which keeps it, and its manifest is what the cover is compared with.
            var repository = File.Exists(Path.Combine(dir, "catalogue.yaml")) ? CatalogueTool.Loading.RepositoryLoader.Load(dir, new DiagnosticBag()).Catalogue : null;
            var previous = repository?.Items.GroupBy(i => i.Id.Value)
                .ToDictionary(g => g.Key, g => ImportedAreas.NamesKey(g.First().Category, g.First().Name, g.First().Sub), StringComparer.Ordinal);
            var result = CatalogueImporter.Import(file, parse.GetValue(area), extras, previous);
            if (!result.Unreadable) result = BaselineMatcher.Apply(result, Baselines.BaselineLoader.LoadNational().Baseline);
            // Files that will not be replaced without --force are said before the report, not only after it.
            if (!result.Unreadable && !parse.GetValue(check) && !parse.GetValue(force)
                && result.Areas.Count(x => File.Exists(Path.Combine(dir, "areas", x.Area.Id + ".yaml"))) is > 0 and var taken)
                Console.Error.WriteLine(zh ? $"注意：{taken} 个领域文件已存在，没有 --force 不会写入任何文件；以下是这次导入的检查结果。"
                    : $"note: {English.Count(taken, "area file")} exist, and without --force nothing will be written; the import's report follows.");
            Console.Out.Write(ImportReport.Text(result, lang));
            if (result.Unreadable) return Shell.Usage;
            if (result.Areas.Count == 0)
            {
                Console.Error.WriteLine(zh ? "没有导入任何事项，未写入文件。" : "no item imported; nothing written.");
                return Shell.Findings;
            }
            if (parse.GetValue(check)) return result.Findings.Any(f => f.Severity == Severity.Error) ? Shell.Findings : Shell.Ok;

            var targets = result.Areas.Select(x => (x, Path: Path.Combine(dir, "areas", x.Area.Id + ".yaml"))).ToList();
            var existing = targets.Where(t => File.Exists(t.Path)).Select(t => t.Path).ToList();
            // An import with errors has left rows out: it never replaces a file the user has, --force or not (so --force is
            // offered only to an import without errors).
            if (existing.Count > 0 && result.Findings.Count(f => f.Severity == Severity.Error) is > 0 and var errors)
                return Shell.KeepExisting(errors, existing, zh);
            if (existing.Count > 0 && !parse.GetValue(force))
                return Shell.Refuse((zh ? "这些文件已存在，未写入任何文件（要覆盖请加 --force）：" : "these files exist; nothing written (use --force to overwrite):")
                    + $"\n  {string.Join("\n  ", existing)}");

            var header = $"由 catalogue import 从 {result.File} 导入，请核对后删除本行";
            // The standard items the cover lists as not implemented come back as waivers, unless an imported item implements one.
            IEnumerable<(string, string)> Waived(ImportedArea a) => (result.Cover?.Waived ?? []).Where(w => w.AreaId == a.Area.Id && a.Items.All(i => i.Baseline != w.Baseline))
                .Select(w => (w.Baseline, w.Reason));
            var files = targets.Select(t => (t.Path, Text: AreaYamlWriter.Write(t.x.Area.Id, header, t.x.Items, Waived(t.x)))).ToList();
            var manifest = Path.Combine(dir, "catalogue.yaml");
            if (!File.Exists(manifest)) files.Add((manifest, Manifest(result)));
            else if (repository is not null)
                ExistingManifestNotes(repository.Manifest, result, zh);
            // The schemas every written file's first line names, so that an editor checks the files as they are typed.
            foreach (var kind in CatalogueTool.Schema.JsonSchemaGenerator.Kinds)
                if (Path.Combine(dir, "schemas", $"{kind}.schema.json") is var schema && !File.Exists(schema))
                    files.Add((schema, CatalogueTool.Schema.JsonSchemaGenerator.Render(kind)));
            // Area files of the repository the workbook no longer has (a sheet deleted): kept, and said.
            var imported = targets.Select(t => Path.GetFullPath(t.Path)).ToHashSet(StringComparer.Ordinal);
            var absent = CatalogueTool.Loading.RepositoryPaths.YamlFiles(Path.Combine(dir, "areas")).Where(f => !imported.Contains(Path.GetFullPath(f))).Select(Path.GetFileName).ToList();
            if (absent.Count > 0 && result.Cover is not null)
                Console.Error.WriteLine(zh
                    ? $"注意：工作簿里没有这些领域，仓库中的文件保留未动：{string.Join("、", absent)}。若已不适用，请删除文件并在 catalogue.yaml 的 not_applicable 中说明理由"
                    : $"note: the workbook has none of these areas; their files are kept as they are: {string.Join(", ", absent)}. If they no longer apply, delete them and give the reason under not_applicable in catalogue.yaml");
            files.Add((Path.Combine(dir, "import-report.txt"), ImportReport.Text(result, lang)));
            files.Add((Path.Combine(dir, "import-report.json"), ImportReport.Json(result, lang)));
            AtomicFile.WriteAll(files);
            Console.Out.WriteLine(zh
                ? $"已写入 {targets.Count} 个领域文件到 {Path.Combine(dir, "areas")}，报告见 {Path.Combine(dir, "import-report.txt")}。下一步：catalogue validate {dir}"
                : $"wrote {English.Count(targets.Count, "area file")} to {Path.Combine(dir, "areas")}; report in {Path.Combine(dir, "import-report.txt")}. Next: catalogue validate {dir}");
            return result.Findings.Any(f => f.Severity == Severity.Error) ? Shell.Findings : Shell.Ok;
        });
        return command;
    }

    /// <summary>
    /// An existing catalogue.yaml is the user's and is never rewritten: what the workbook says differently (its local
    /// areas, the cover's edition, publisher and areas not applicable) is said, for the user to carry over.
    /// </summary>
    private static void ExistingManifestNotes(Manifest m, ImportResult result, bool zh)
    {
        var local = result.Areas.Where(x => !x.Area.IsPilot && m.ExtraAreas.All(e => e.Id.Value != x.Area.Id)).ToList();
        if (local.Count > 0)
            Console.Error.WriteLine((zh ? "请在 catalogue.yaml 的 extra_areas 中加上：" : "add to extra_areas in catalogue.yaml:")
                + string.Concat(local.Select(x => $"\n  {x.Area.Id}: {x.Area.Name}")));
        var differing = new List<string>();
        if (result.Edition is { } edition && edition != m.Edition) differing.Add(zh ? $"版次“{edition}”" : $"edition '{edition}'");
        if (result.Cover?.Publisher is { } publisher && publisher != m.Publisher) differing.Add(zh ? $"发布机关“{publisher}”" : $"publisher '{publisher}'");
        if (result.Cover is { } cover)
        {
            string Name(string id) => PilotAreas.FindById(id)?.Name ?? id;
            var declared = m.NotApplicable.GroupBy(m.AreaIdOf).ToDictionary(g => g.Key, g => g.First().Reason, StringComparer.Ordinal);
            var covered = cover.NotApplicable.GroupBy(n => n.AreaId).ToDictionary(g => g.Key, g => g.First().Reason, StringComparer.Ordinal);
            foreach (var (id, reason) in covered)
                if (!declared.TryGetValue(id, out var was)) differing.Add(zh ? $"不适用领域“{Name(id)}”" : $"area not applicable '{Name(id)}'");
                else if (was != reason) differing.Add(zh ? $"“{Name(id)}”不适用的理由" : $"why '{Name(id)}' does not apply");
            foreach (var id in declared.Keys.Where(id => !covered.ContainsKey(id)))
                differing.Add(zh ? $"已不再列为不适用的“{Name(id)}”" : $"'{Name(id)}' no longer listed as not applicable");
        }
        if (differing.Count > 0)
            Console.Error.WriteLine(zh
                ? $"注意：catalogue.yaml 已存在，未改动；封面上的{string.Join("、", differing)}与它不同，如需采用请在 catalogue.yaml 中修改"
                : $"note: catalogue.yaml exists and was left as it is; the cover's {string.Join(", ", differing)} differ from it: change catalogue.yaml to adopt them");
    }

    /// <summary>The comment at the top of an imported catalogue.yaml: what is left to fill in.</summary>
    private static string Todo(ImportResult r)
    {
        var missing = new List<string>();
        if (r.Jurisdiction is null) missing.Add("行政区名称");
        if (r.Code is null) missing.Add("行政区划代码");
        if (r.Cover?.Publisher is null) missing.Add("发布机关");
        if (r.Edition is null) missing.Add("版次（edition）");
        return "# 由 catalogue import 生成，请" + (missing.Count > 0 ? $"补全{string.Join("、", missing)}，并" : "") + "为未导入的领域写明不涉及的理由";
    }

    private static string Manifest(ImportResult r)
    {
        var code = r.Code is { } c ? $"  code: \"{c}\"\n" : "";
        var text = $"# yaml-language-server: $schema=schemas/manifest.schema.json\n{Todo(r)}\nschema: 1\njurisdiction:\n  name: {YamlText.Scalar(r.Jurisdiction ?? "待填写")}\n{code}  level: {(r.Jurisdiction is { } j && CatalogueImporter.IsTownship(j) ? "township" : "county")}\npublisher: {YamlText.Scalar(r.Cover?.Publisher ?? "待填写")}\nedition: {YamlText.Scalar(r.Edition ?? "1")}\nbaseline: national\n";
        // Areas the cover lists as not applicable keep their reasons (the tool's own workbook imports back whole).
        if (r.Cover?.NotApplicable.Where(na => r.Areas.All(a => a.Area.Id != na.AreaId)).ToList() is { Count: > 0 } na)
            text += "not_applicable:\n" + string.Concat(na.Select(n => $"  {n.AreaId}: {YamlText.Scalar(n.Reason)}\n"));
        var local = r.Areas.Where(a => !a.Area.IsPilot).ToList();
        return local.Count == 0 ? text : text + "extra_areas:\n" + string.Concat(local.Select(a => $"  {a.Area.Id}: {YamlText.Scalar(a.Area.Name)}\n"));
    }
}
