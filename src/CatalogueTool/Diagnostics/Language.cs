using System.Globalization;

namespace CatalogueTool.Diagnostics;

public enum Language
{
    Chinese,
    English,
}

public static class LanguageChoice
{
    /// <summary>Parses <c>zh-CN</c> / <c>en</c>; without a choice, follows the culture (Chinese when it is Chinese).</summary>
    public static Language Resolve(string? option, CultureInfo culture)
    {
        if (!string.IsNullOrWhiteSpace(option))
            return option.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.Chinese;
        var lang = Environment.GetEnvironmentVariable("LANG") ?? "";
        if (culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) || lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase))
            return Language.Chinese;
        return culture.Name.Length == 0 && lang.Length == 0 ? Language.Chinese : Language.English;
    }
}
