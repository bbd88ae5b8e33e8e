using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using CatalogueTool.Diagnostics;

namespace CatalogueTool.Cli;

/// <summary>Runs the command line: usage errors exit 2, and no exception ever reaches the user as a stack trace (exit 70).</summary>
public static class Shell
{
    public const int Ok = 0, Findings = 1, Usage = 2, Bug = 70;

    /// <summary>Refuses a command line or an input before any work: the reason on standard error, exit 2.</summary>
    public static int Refuse(string message)
    {
        Console.Error.WriteLine(message);
        return Usage;
    }

    /// <summary>
    /// An import with errors has left rows or cells out: it never replaces files the user has, --force or not. Says so, and
    /// which files were kept, on standard error; exit 1 (the errors are findings, not a usage error).
    /// </summary>
    public static int KeepExisting(int errors, IEnumerable<string> files, bool zh)
    {
        Console.Error.WriteLine((zh
            ? $"导入有 {errors} 个错误（有的行或单元格没有读到）；为免已有的文件被不完整的导入替换，未写入（--force 也不覆盖）。请先改正表格，或用 -o 写到新的位置后再对照："
            : $"the import has {Text.English.Count(errors, "error")} (rows or cells not read); so that existing files are not replaced by an incomplete import, nothing was written (not even with --force). Fix the table first, or write elsewhere with -o and compare:")
            + $"\n  {string.Join("\n  ", files)}");
        return Findings;
    }

    /// <summary>
    /// Refuses an output folder that a command would destroy by replacing it: a file of that name, or a folder holding
    /// anything the command did not write there (<paramref name="own"/>). Null when the folder may be written.
    /// </summary>
    public static int? RefuseOutput(string outDir, IReadOnlyCollection<string> own, bool zh)
    {
        outDir = Emit.OutputTransaction.Resolve(outDir);
        if (File.Exists(outDir))
            return Refuse(zh ? $"输出位置 {outDir} 是一个文件，不是文件夹，未写入。请用 -o 指定一个文件夹。" : $"output {outDir} is a file, not a folder; nothing written. Give a folder with -o.");
        if (Emit.OutputTransaction.OpenWorkbook(outDir) is { } open)
            return Refuse(zh
                ? $"输出文件夹 {outDir} 里的工作簿 {open} 正在 Excel 或 WPS 中打开，无法替换，未写入任何文件。请先关闭它，再重新运行。"
                : $"the workbook {open} of the output folder {outDir} is open in Excel or WPS and cannot be replaced; nothing written. Close it and run again.");
        if (Emit.OutputTransaction.ForeignEntry(outDir, own) is { } entry)
            return Refuse(zh
                ? $"输出文件夹 {outDir} 里有不是 catalogue 生成的“{entry}”，生成时整个文件夹会被替换，为免删除它，已拒绝。请用 -o 指定一个空文件夹或以前的输出文件夹。"
                : $"output folder {outDir} holds '{entry}', which catalogue did not write; the whole folder would be replaced, so nothing was written. Give an empty folder or an earlier output folder with -o.");
        if (Emit.OutputTransaction.LockedEntry(outDir) is { } locked)
            return Refuse(zh
                ? $"输出文件夹 {outDir}{(locked == "." ? " " : $" 中的“{locked}”")}是只读的或无法读取（可能是为保护已发布的版本而设），无法替换为新的输出，未写入任何文件。请先取消只读，或用 -o 另选一个文件夹。"
                : $"{(locked == "." ? "the output folder" : $"'{locked}' in the output folder")} {outDir} is read-only or unreadable (perhaps to protect a published edition), so it cannot be replaced; nothing written. Make it writable, or give another folder with -o.");
        return null;
    }

    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        try
        {
            // --version beside the global --lang: the parser refuses any other argument with it, but the language changes nothing here.
            if (args.Contains("--version") && StripLang(args) is ["--version"])
            {
                Console.Out.WriteLine(CommonOptions.Version);
                return Ok;
            }
            // No response files: a name such as @县 is a name, not a file of arguments to read.
            var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (UnknownOptions(parse).Where(u => BeforeDoubleDash(args, u.Token)).ToList() is [_, ..] unknown)
            {
                // A mistyped option (--strcit) is otherwise taken for the folder, and the folder then reported as the
                // unknown word: name the option, with the one meant when it is close.
                var lang = LanguageChoice.Resolve(LangArgument(args), CultureInfo.CurrentUICulture);
                foreach (var (token, meant) in unknown)
                    Console.Error.WriteLine(lang == Language.Chinese
                        ? $"用法错误：无法识别的选项“{token}”。" + (meant is null ? "" : $"是否想用 {meant}？")
                        : $"usage error: unknown option '{token}'." + (meant is null ? "" : $" Did you mean {meant}?"));
                Console.Error.WriteLine(lang == Language.Chinese ? $"运行 {HelpFor(root, parse)} 查看用法。" : $"Run {HelpFor(root, parse)} for usage.");
                return Usage;
            }
            if (parse.Errors.Count > 0 && parse.CommandResult.Command == root && StripLang(args) is [var first, ..] && !first.StartsWith('-')
                && !root.Subcommands.Any(c => c.Name == first))
            {
                // A mistyped command (valdate): named, with the command meant; the words after it follow from it.
                var lang = LanguageChoice.Resolve(LangArgument(args), CultureInfo.CurrentUICulture);
                var meant = CatalogueTool.Text.Suggestions.Closest(first, root.Subcommands.Select(c => c.Name));
                Console.Error.WriteLine(lang == Language.Chinese
                    ? $"用法错误：没有“{first}”这个命令。" + (meant is null ? "" : $"是否想用 catalogue {meant}？")
                    : $"usage error: there is no command '{first}'." + (meant is null ? "" : $" Did you mean catalogue {meant}?"));
                Console.Error.WriteLine(lang == Language.Chinese ? "运行 catalogue --help 查看全部命令。" : "Run catalogue --help for the commands.");
                return Usage;
            }
            if (parse.Errors.Count > 0)
            {
                var lang = LanguageChoice.Resolve(LangArgument(args), CultureInfo.CurrentUICulture);
                // An unknown word already says why no command was found: "no command" beside it is noise.
                var errors = parse.Errors.DistinctBy(e => e.Message).ToList();
                if (errors.Any(e => e.Message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal)))
                    errors.RemoveAll(e => e.Message.StartsWith("Required command was not provided", StringComparison.Ordinal));
                foreach (var e in errors)
                    Console.Error.WriteLine(lang == Language.Chinese ? "用法错误：" + UsageInChinese(e.Message) : "usage error: " + e.Message);
                // Help for the command that was typed, when there is one.
                Console.Error.WriteLine(lang == Language.Chinese ? $"运行 {HelpFor(root, parse)} 查看用法。" : $"Run {HelpFor(root, parse)} for usage.");
                return Usage;
            }
            if (!args.Any(a => a is "-h" or "--help" or "-?" or "/?" or "/h"))
                return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            // Help: the parser writes its headings in English; Chinese users read them in Chinese.
            var helpLang = LanguageChoice.Resolve(LangArgument(args), CultureInfo.CurrentUICulture);
            var captured = new StringWriter();
            var exit = await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = captured });
            Console.Out.Write(helpLang == Language.Chinese ? HelpInChinese(captured.ToString()) : captured.ToString());
            return exit;
        }
        catch (InputRefusedException refused)
        {
            Console.Error.WriteLine(refused.Text(LanguageChoice.Resolve(LangArgument(args), CultureInfo.CurrentUICulture)));
            return Usage;
        }
        catch (Exception ex) when (FileSystemProblem(ex) is { } io)
        {
            // A path that is a file, a folder without write permission, a full disk: the user's to fix, not a bug.
            var lang = LanguageChoice.Resolve(LangArgument(args), CultureInfo.CurrentUICulture);
            var system = ShownPaths(io.Message.TrimEnd('.'));
            Console.Error.WriteLine(lang == Language.Chinese
                ? (QuotedPath(system) is { } path
                    ? $"无法读写文件（{ProblemInChinese(io)}）：{path}。请检查路径是否正确、是否有写入权限、磁盘是否已满，然后重新运行。"
                    : $"无法读写文件（{ProblemInChinese(io)}）。请检查路径是否正确、是否有写入权限、磁盘是否已满，然后重新运行。（系统信息：{system}）")
                : $"cannot read or write a file: {system}. Check the path, the permissions and the free space, then run again.");
            return Usage;
        }
        catch (Exception ex)
        {
            var lang = LanguageChoice.Resolve(LangArgument(args), CultureInfo.CurrentUICulture);
            Console.Error.WriteLine(lang == Language.Chinese
                ? $"catalogue 内部错误（{ex.GetType().Name}）：{ex.Message}。这是工具的缺陷，请把命令和输入文件报告给维护者。"
                : $"catalogue internal error ({ex.GetType().Name}): {ex.Message}. This is a bug; please report the command and input files.");
            if (Environment.GetEnvironmentVariable("CATALOGUE_DEBUG") == "1") Console.Error.WriteLine(ex);
            return Bug;
        }
    }

    /// <summary>Whether a word is written before any "--": words after it are arguments whatever they look like (a folder named -old).</summary>
    private static bool BeforeDoubleDash(string[] args, string token)
    {
        for (var i = 0; i < args.Length && args[i] != "--"; i++)
            if (args[i] == token || args[i].StartsWith(token + "=", StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The help command for the command that was typed, when there is one.</summary>
    private static string HelpFor(RootCommand root, ParseResult parse) =>
        parse.CommandResult.Command is { } typed && typed != root ? $"catalogue {typed.Name} --help" : "catalogue --help";

    /// <summary>
    /// Words written as options (a dash and a letter) that no option of the command has, with the option meant when one
    /// is within two keystrokes: those the parser left over and those it took for the command's arguments. A folder whose
    /// name starts with a dash is written ./-name.
    /// </summary>
    internal static List<(string Token, string? Meant)> UnknownOptions(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var known = new List<string>();
        for (var c = parse.CommandResult as System.CommandLine.Parsing.SymbolResult; c is not null; c = c.Parent)
            if (c is System.CommandLine.Parsing.CommandResult cr)
                foreach (var o in cr.Command.Options)
                    if (cr.Command == command || o.Recursive)
                        known.AddRange([o.Name, .. o.Aliases]);
        var words = parse.UnmatchedTokens
            .Concat(parse.CommandResult.Children.OfType<System.CommandLine.Parsing.ArgumentResult>().SelectMany(a => a.Tokens.Select(t => t.Value)));
        return [.. words
            .Where(w => w.Length > 1 && w[0] == '-' && (char.IsAsciiLetterOrDigit(w[1]) || w[1] == '-' && w.Length > 2 && char.IsLetter(w[2])))
            .Select(w => w.Split('=', 2)[0])
            .Where(w => !known.Contains(w))
            .Distinct()
            // -0 for -o is meant by a short option; --outptu by a long one.
            .Select(w => (w, w.StartsWith("--", StringComparison.Ordinal)
                ? Text.Suggestions.Closest(w, known.Where(k => k.StartsWith("--", StringComparison.Ordinal)), 2)
                : known.FirstOrDefault(k => k.Length == 2 && k != w && char.ToLowerInvariant(k[1]) == char.ToLowerInvariant(w[1] == '0' ? 'o' : w[1]))))];
    }

    /// <summary>The arguments without <c>--lang X</c> / <c>--lang=X</c>.</summary>
    private static string[] StripLang(string[] args)
    {
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang") { i++; continue; }
            if (args[i].StartsWith("--lang=", StringComparison.Ordinal)) continue;
            rest.Add(args[i]);
        }
        return [.. rest];
    }

    /// <summary>The help text's headings and stock phrases in Chinese (the descriptions are bilingual already).</summary>
    internal static string HelpInChinese(string help)
    {
        var text = Regex.Replace(help, @"^Description:$", "说明：", RegexOptions.Multiline);
        text = Regex.Replace(text, @"^Usage:$", "用法：", RegexOptions.Multiline);
        text = Regex.Replace(text, @"^Arguments:$", "参数：", RegexOptions.Multiline);
        text = Regex.Replace(text, @"^Options:$", "选项：", RegexOptions.Multiline);
        text = Regex.Replace(text, @"^Commands:$", "命令：", RegexOptions.Multiline);
        text = text.Replace("Show help and usage information", "显示帮助和用法").Replace("Show version information", "显示版本号")
            .Replace("[options]", "[选项]").Replace("[command]", "[命令]").Replace("(REQUIRED)", "（必填）  "); // two columns narrower on screen than (REQUIRED): padded to keep the descriptions aligned
        return Regex.Replace(text, @"\[default: ([^\]]*)\]", "[默认：$1]");
    }

    /// <summary>A value that shows what an option takes, for the message that says it is missing.</summary>
    private static string ExampleValue(string option) => option switch
    {
        "--name" => "青禾县",
        "--parent" => "遂州市",
        "--code" => "510923",
        "--level" => "county",
        "--today" => "2026-11-23",
        "--format" => "text",
        "--lang" => "zh-CN",
        "--jobs" => "4",
        "--area" => "social-assistance",
        "--extra-area" => "旅游=tourism",
        "--file" => "area",
        _ => "out",
    };

    /// <summary>The command-line parser's messages are English: the usual ones are said in Chinese, others kept as they are.</summary>
    internal static string UsageInChinese(string message)
    {
        var flat = message.Replace("\r", "").Replace("\n\t", " ").Replace("\n", " ");
        if (flat.StartsWith("Required command was not provided", StringComparison.Ordinal)) return "缺少命令，例如 catalogue validate 。";
        if (Regex.Match(flat, @"^Unrecognized command or argument '(.*)'") is { Success: true } u) return $"无法识别的命令或参数“{u.Groups[1].Value}”。";
        if (Regex.Match(flat, @"^Option '(.*)' is required") is { Success: true } o) return $"缺少必需的选项 {o.Groups[1].Value} 。";
        if (Regex.Match(flat, @"^Required argument missing for option: '(.*)'") is { Success: true } v0)
            return $"选项 {v0.Groups[1].Value} 后面缺少值，例如 {v0.Groups[1].Value} {ExampleValue(v0.Groups[1].Value)} 。";
        if (Regex.Match(flat, @"^Required argument '(.*)' missing for command: '(.*)'") is { Success: true } a) return $"命令 {a.Groups[2].Value} 缺少参数 {a.Groups[1].Value} 。";
        if (Regex.Match(flat, @"^Argument '(.*)' not recognized\. Must be one of: (.*)$") is { Success: true } v)
            return $"“{v.Groups[1].Value}”不是可选的值，可选：{v.Groups[2].Value.Replace("'", "").Trim()}。";
        if (Regex.Match(flat, @"^Cannot parse argument '(.*)' for option '(.*)' as expected type 'System\.Int32'") is { Success: true } n)
            return $"选项 {n.Groups[2].Value} 的值“{n.Groups[1].Value}”应是整数。";
        if (Regex.Match(flat, @"^Option '(.*)' expects a single argument but ([0-9]+) were provided") is { Success: true } m)
            return $"选项 {m.Groups[1].Value} 只能给一个值，这里给了 {m.Groups[2].Value} 个：可能把 {m.Groups[1].Value} 写了两次，或者值里有空格而没有加引号（\"青禾 县\"）。";
        if (Regex.Match(flat, @"^Cannot parse argument '(.*)' for (?:option|command) '(.*)' as expected type") is { Success: true } t)
            return $"{t.Groups[2].Value} 的值“{t.Groups[1].Value}”格式不对。";
        if (Regex.Match(flat, @"^Response file not found '(.*)'") is { Success: true } r)
            return $"找不到参数文件 {r.Groups[1].Value}（以 @ 开头的参数表示从文件读取参数；文件名本身以 @ 开头时请写成 ./@…）。";
        if (Regex.Match(flat, @"^'(.*)' was not matched\. Did you mean one of the following\?(.*)$") is { Success: true } d)
            return $"无法识别“{d.Groups[1].Value}”。是不是：{d.Groups[2].Value.Trim()}？";
        if (Regex.Match(flat, @"^(.*) option cannot be combined with other arguments") is { Success: true } c)
            return $"选项 {c.Groups[1].Value} 不能和其他参数一起用。";
        return message;
    }

    /// <summary>The system's text with a path in the hidden folder a run writes into (<c>.out.tmp-123-…/excel/x.xlsx</c>)
    /// shown as the output path it stands for (<c>out/excel/x.xlsx</c>): the folder the user knows.</summary>
    public static string ShownPaths(string message) =>
        Regex.Replace(Regex.Replace(message, @"\.([^/\\]+)\.(?:tmp|old)-(?:\d+-)?[0-9a-f]{32}", "$1"), @"([/\\])\.([^/\\']+)\.\d+\.tmp(?=$|['\s])", "$1$2");

    /// <summary>The path the system's text quotes ('…'), if any.</summary>
    private static string? QuotedPath(string message) =>
        Regex.Match(message, @"'([^']+)'") is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>What kind of file-system problem it is, in Chinese.</summary>
    private static string ProblemInChinese(Exception io) => io switch
    {
        DirectoryNotFoundException => "找不到路径中的文件夹",
        FileNotFoundException => "找不到文件",
        UnauthorizedAccessException => "没有权限",
        PathTooLongException => "路径太长",
        _ when io.Message.Contains("already exists", StringComparison.OrdinalIgnoreCase) => "已有同名文件",
        _ when io.Message.Contains("Is a directory", StringComparison.OrdinalIgnoreCase) => "同名的是文件夹",
        _ when io.Message.Contains("No space", StringComparison.OrdinalIgnoreCase) => "磁盘已满",
        _ when io.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase) => "磁盘只读",
        _ when io.Message.Contains("denied", StringComparison.OrdinalIgnoreCase) => "没有权限",
        _ => "读写失败",
    };

    /// <summary>The file-system error behind an exception (also one wrapped by a parallel loop), or null for anything else.</summary>
    private static Exception? FileSystemProblem(Exception ex) => ex switch
    {
        _ when Emit.QuietFiles.IsFileSystemError(ex) => ex,
        AggregateException agg when agg.Flatten().InnerExceptions is { Count: > 0 } inner && inner.All(Emit.QuietFiles.IsFileSystemError) => inner[0],
        _ => null,
    };

    private static string? LangArgument(string[] args)
    {
        for (var i = 0; i < args.Length - 1; i++)
            if (args[i] == "--lang") return args[i + 1];
        return args.FirstOrDefault(a => a.StartsWith("--lang=", StringComparison.Ordinal))?[7..];
    }
}
