using System.Globalization;

namespace CatalogueTool.Diagnostics;

public enum Language
{
    Chinese,
    English,
}

public static class LanguageChoice
{
    /// <summary>Parses <c>zh-CN</c> / <c>en</c>; without a choice, follows the culture (Chinese when it is Chinese, and
    /// when none is chosen: LC_ALL, LC_MESSAGES and LANG unset, C or POSIX).</summary>
    public static Language Resolve(string? option, CultureInfo culture, string? lang = null)
    {
        if (!string.IsNullOrWhiteSpace(option))
            return option.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Chinese;
        // As POSIX reads them: LC_ALL overrides LC_MESSAGES, which overrides LANG.
        lang ??= new[] { "LC_ALL", "LC_MESSAGES", "LANG" }.Select(Environment.GetEnvironmentVariable).FirstOrDefault(v => !string.IsNullOrEmpty(v)) ?? "";
        if (culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            return Language.Chinese;
        // No language chosen at all (LANG unset, C or POSIX, as on CI machines and servers): the users are Chinese.
        var unchosen = lang.Length == 0 || lang is "C" or "POSIX" || lang.StartsWith("C.", StringComparison.Ordinal);
        return culture.Name.Length == 0 && unchosen ? Language.Chinese : Language.English;
    }
}
