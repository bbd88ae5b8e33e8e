using System.CommandLine;
using System.Text;
using CatalogueTool.Diagnostics;
using CatalogueTool.Emit;
using CatalogueTool.Init;

namespace CatalogueTool.Cli.Commands;

public static class InitCommand
{
    /// <summary>Words that end a government's or an office's name, not a place's: 人民政府, 办事处, 街道办, 政府, 办公室.</summary>
    private static readonly string[] GovernmentWords = ["人民政府", "办事处", "街道办", "政府", "办公室"];

    /// <summary>A place's name as init takes it: one line of 1 to 40 characters with Chinese in it.</summary>
    private static bool IsPlaceName(string name) =>
        name.Length is > 0 and <= 40 && !name.Any(char.IsControl) && name.Any(c => c >= 0x4E00 && c <= 0x9FFF);

    /// <summary>A government's or an office's name (青禾县人民政府, 新桥街道办事处), not a place's.</summary>
    private static bool NamesAGovernment(string name) => name.Length > 2 && GovernmentWords.Any(w => name.EndsWith(w, StringComparison.Ordinal));

    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "新仓库的文件夹（必须不存在或为空）/ folder of the new repository" };
        var name = new Option<string>("--name") { Description = "行政区名称，如 青禾县 / jurisdiction name", Required = true };
        var code = new Option<string?>("--code") { Description = "六位行政区划代码 / six-digit division code" };
        var level = new Option<string>("--level")
        {
            Description = "county（县级，也可写 县、区）| township（乡级，也可写 乡、镇、街道）；默认按名称（…镇、…乡、…街道为乡级）",
            HelpName = "county|township",
        };
        // Checked by hand rather than listed: the two dozen words it reads would crowd the help out of its columns.
        level.Validators.Add(result =>
        {
            if (result.Tokens is [{ } token] && Binding.ManifestBinder.JurisdictionLevel(token.Value) is null)
                result.AddError($"--level 应是 county（县级）或 township（乡级），不能是“{token.Value}” / --level is county or township, not '{token.Value}'");
        });
        var parent = new Option<string?>("--parent") { Description = "上级行政区 / parent jurisdiction" };
        var command = new Command("init", "从国家标准指引新建目录仓库 / new repository from the national baseline") { dir, name, code, level, parent };
        command.SetAction(parse =>
        {
            var lang = CommonOptions.Language(parse);
            var zh = lang == Language.Chinese;
            var target = parse.GetValue(dir)!;
            var nameValue = parse.GetValue(name)!.Trim();
            if (!IsPlaceName(nameValue))
                return Shell.Refuse(zh ? $"行政区名称“{nameValue}”不可用：应是行政区的中文名称（1 至 40 个字，一行），如 --name 青禾县。" : $"jurisdiction name '{nameValue}' is not usable: the jurisdiction's Chinese name, one line of 1 to 40 characters, e.g. --name 青禾县.");
            // The name of the place, not of its government: the bodies' names are made from it (新桥街道 → 新桥街道办事处).
            if (NamesAGovernment(nameValue))
                return Shell.Refuse(zh ? $"行政区名称“{nameValue}”请只写地名（如 --name 新桥街道、--name 青禾县），不带“人民政府”“办事处”：机关名称由工具按地名生成。"
                    : $"jurisdiction name '{nameValue}': write the place's name only (--name 新桥街道, --name 青禾县), without 人民政府 or 办事处; the bodies' names are made from it.");
            // The parent is a place's name too, written into the bodies' names (青禾县民政局): not a path, not a government.
            var parentValue = parse.GetValue(parent)?.Trim();
            if (parentValue is not null && (!IsPlaceName(parentValue) || parentValue.Any(c => char.IsWhiteSpace(c) || c is '/' or '\\' or '.' or ':') || NamesAGovernment(parentValue)))
                return Shell.Refuse(zh ? $"上级行政区“{parentValue}”不可用：请只写上级的地名，如 --parent 青禾县（不是文件夹路径，不带“人民政府”，中间不留空格）。"
                    : $"parent '{parentValue}' is not usable: write the parent place's name only, e.g. --parent 青禾县 (not a folder path, without 人民政府, no spaces).");
            var codeValue = parse.GetValue(code);
            if (codeValue is not null && !Binding.ManifestBinder.IsDivisionCode(codeValue))
                return Shell.Refuse(Binding.ManifestBinder.IsFullWidthDivisionCode(codeValue)
                    ? zh ? $"行政区划代码“{codeValue}”用了全角数字，请改为半角数字（英文输入状态下输入），如 --code 510923。" : $"division code '{codeValue}' is written in full-width digits; use ASCII digits, e.g. --code 510923."
                    : Binding.ManifestBinder.IsTownshipCode(codeValue)
                        ? zh ? $"“{codeValue}”是乡镇的代码：--code 只填六位的县级行政区划代码，乡镇也填所属县的代码，如 --code 510923。" : $"'{codeValue}' is a township's code: --code takes the six-digit county code, the county's for a township too, e.g. --code 510923."
                    : zh ? $"行政区划代码“{codeValue}”应是六位数字，如 --code 510923。" : $"division code '{codeValue}' should be six digits, e.g. --code 510923.");
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
                return Shell.Refuse(zh ? $"文件夹 {target} 不是空的，未写入任何文件。请指定新的文件夹。" : $"folder {target} is not empty; nothing written.");
            if (File.Exists(target))
                return Shell.Refuse(zh ? $"{target} 是一个文件，不是文件夹。" : $"{target} is a file.");
            // Without --level the name decides: a 镇, 乡, 街道 or 苏木 is a township, and is told so.
            var levelValue = parse.GetValue(level) is { } written ? Binding.ManifestBinder.JurisdictionLevel(written)!
                : Import.CatalogueImporter.IsTownship(nameValue) ? "township" : "county";
            if (levelValue == "township" && nameValue[^1] is '县' or '区' or '市' or '旗')
                Console.Error.WriteLine(zh ? $"注意：“{nameValue}”看起来是县级的名称，却按乡级（township）目录生成；如果不对，请改用 --level county。"
                    : $"note: '{nameValue}' looks like a county's name but is made a township repository; use --level county if that is wrong.");
            if (parse.GetValue(level) is null && levelValue == "township")
                Console.Error.WriteLine(zh ? $"按名称把“{nameValue}”作为乡级（township）目录；县级目录请加 --level county。" : $"'{nameValue}' is taken for a township (its name says so); add --level county for a county's catalogue.");
            var files = RepositoryInitializer.Files(new InitOptions(nameValue, codeValue, levelValue, parentValue));
            if (Directory.Exists(target))
            {
                // An existing empty folder is kept (its owner, permissions, a shell standing in it): written in place,
                // and emptied again if the writing fails.
                var created = new List<string>();
                try
                {
                    Write(target, files, created);
                }
                catch
                {
                    // Only what this run made is removed, deepest first; the original failure is what the user sees.
                    foreach (var path in Enumerable.Reverse(created)) QuietFiles.Delete(path);
                    throw;
                }
            }
            else
            {
                // A new folder is written aside and moved in whole: a failed init leaves no half repository behind.
                using var tx = new OutputTransaction(target);
                Write(tx.Staging, files);
                tx.Commit();
            }
            Console.Out.WriteLine(zh
                ? $"已新建目录仓库 {target}：{files.Count(f => f.Path.StartsWith("areas/", StringComparison.Ordinal))} 个领域文件。下一步：按本地实际调整 areas/，然后运行 catalogue validate {target}"
                : $"created {target} with {files.Count(f => f.Path.StartsWith("areas/", StringComparison.Ordinal))} area files; next: adapt areas/ and run catalogue validate {target}");
            // Reviews tell counties apart, and diff two editions, by the division code: its absence is said once here.
            if (codeValue is null)
                Console.Error.WriteLine(zh ? "提示：没有给出 --code。请在 catalogue.yaml 的 jurisdiction 下写上六位行政区划代码（code: \"510923\"）：省级审核和版本比较靠它区分各县。"
                    : "note: no --code was given; write the six-digit division code under jurisdiction in catalogue.yaml (code: \"510923\"): reviews and diffs tell counties apart by it.");
            return Shell.Ok;
        });
        return command;
    }

    /// <summary>Writes the files below <paramref name="folder"/>; <paramref name="created"/>, when given, receives every
    /// folder and file made, in the order made.</summary>
    private static void Write(string folder, IEnumerable<(string Path, string Text)> files, List<string>? created = null)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(folder, path);
            var parent = Path.GetDirectoryName(full)!;
            var missing = new Stack<string>();
            for (var dir = parent; dir.Length > folder.Length && !Directory.Exists(dir); dir = Path.GetDirectoryName(dir)!) missing.Push(dir);
            foreach (var dir in missing)
            {
                Directory.CreateDirectory(dir);
                created?.Add(dir);
            }
            created?.Add(full);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }
    }
}
