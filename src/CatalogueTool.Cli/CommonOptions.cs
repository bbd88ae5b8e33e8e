using System.CommandLine;
using System.Globalization;
using CatalogueTool.Diagnostics;

namespace CatalogueTool.Cli;

public static class CommonOptions
{
    public static readonly Option<string?> Lang = new("--lang")
    {
        Description = "消息语言 zh-CN 或 en（默认随系统）/ message language",
        Recursive = true,
    };

    static CommonOptions() => Lang.Validators.Add(result =>
    {
        if (result.GetValueOrDefault<string?>() is { } value && !value.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            result.AddError($"--lang 只能是 zh-CN 或 en，这里是“{value}” / --lang takes zh-CN or en");
    });

    public static Language Language(ParseResult parse) => LanguageChoice.Resolve(parse.GetValue(Lang), CultureInfo.CurrentUICulture);

    /// <summary>The language of the words a command writes into files: the one <c>--lang</c> asks for, else Chinese, so
    /// that the same inputs give the same files on every machine whatever its locale.</summary>
    public static Language FileLanguage(ParseResult parse) =>
        parse.GetValue(Lang) is { } chosen ? LanguageChoice.Resolve(chosen, CultureInfo.InvariantCulture) : Diagnostics.Language.Chinese;

    public static Argument<string> RepositoryArgument() => new("dir")
    {
        Description = "目录仓库文件夹（默认当前文件夹）/ repository folder",
        DefaultValueFactory = _ => ".",
    };

    public static Option<string?> Today()
    {
        var option = new Option<string?>("--today")
        {
            Description = "检查日期 YYYY-MM-DD（默认 SOURCE_DATE_EPOCH 或今天）/ reference date",
        };
        // A mistyped date must not silently fall back to the clock: the staleness checks would then judge another day.
        option.Validators.Add(result =>
        {
            var text = result.GetValueOrDefault<string?>();
            if (text is not null && !Validation.ReferenceDate.TryParse(text, out _))
                result.AddError($"--today 的值“{text}”不是有效日期，应写作 YYYY-MM-DD，如 2026-11-23 / --today must be a date written YYYY-MM-DD");
        });
        return option;
    }

    public static string Version => typeof(CommonOptions).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";
}
