using System.CommandLine;
using System.Globalization;
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

    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                var lang = LanguageChoice.Resolve(LangArgument(args), CultureInfo.CurrentUICulture);
                foreach (var e in parse.Errors) Console.Error.WriteLine((lang == Language.Chinese ? "用法错误：" : "usage error: ") + e.Message);
                Console.Error.WriteLine(lang == Language.Chinese ? "运行 catalogue --help 查看用法。" : "Run catalogue --help for usage.");
                return Usage;
            }
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
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

    private static string? LangArgument(string[] args)
    {
        for (var i = 0; i < args.Length - 1; i++)
            if (args[i] == "--lang") return args[i + 1];
        return args.FirstOrDefault(a => a.StartsWith("--lang=", StringComparison.Ordinal))?[7..];
    }
}
