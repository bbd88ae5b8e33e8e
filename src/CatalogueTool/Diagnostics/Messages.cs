using System.Globalization;

namespace CatalogueTool.Diagnostics;

/// <summary>Formats a message key with its arguments in the chosen language. The texts live in one catalogue per language.</summary>
public static class Messages
{
    public static string Format(Language lang, string key, IReadOnlyList<object?> args)
    {
        var table = lang == Language.Chinese ? MessagesZh.Table : MessagesEn.Table;
        if (!table.TryGetValue(key, out var template)) return key + " " + string.Join(" ", args);
        var formatted = args.Select(a => a switch
        {
            double d => d.ToString("0.#", CultureInfo.InvariantCulture),
            Localized l => l.In(lang),
            null => "",
            // A value quoted from a file never acts on the terminal or log it is printed to.
            _ => Text.ControlCharacters.Visible(Convert.ToString(a, CultureInfo.InvariantCulture) ?? ""),
        }).ToArray<object?>();
        return string.Format(CultureInfo.InvariantCulture, template, formatted);
    }

    public static IEnumerable<string> Keys(Language lang) => (lang == Language.Chinese ? MessagesZh.Table : MessagesEn.Table).Keys;
}
