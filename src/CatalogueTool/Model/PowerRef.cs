using CatalogueTool.Diagnostics;

namespace CatalogueTool.Model;

/// <summary>An item's <c>powers:</c> entry: a code, a code prefix ending in <c>*</c>, or a {type, subject} selector (format §5).</summary>
public sealed record PowerRef(string? Code, string? Prefix, string? Type, string? Subject, SourceSpan Span)
{
    public string Display => Code ?? (Prefix is not null ? Prefix + "*" : $"{{type: {Type}, subject: {Subject}}}");

    /// <summary>
    /// The entries of one line as <see cref="Display"/> writes them (a workbook's hidden 关联职权 cell): a {type, subject}
    /// selector, spaces inside its braces allowed; or codes and prefixes, several separated by spaces, 、 or commas (as
    /// items.csv joins them). Codes are read half-width; a subject is kept as written. Null when the line is none of these.
    /// </summary>
    public static IReadOnlyList<PowerRef>? FromDisplay(string text, SourceSpan span)
    {
        var t = text.Trim();
        if (t.Length == 0) return [];
        if (t.StartsWith('{') && t.EndsWith('}'))
        {
            var m = System.Text.RegularExpressions.Regex.Match(t, @"^\{\s*type\s*[:：]\s*(?<t>[^,，]*?)\s*[,，]\s*subject\s*[:：]\s*(?<s>[^{}]*?)\s*\}$");
            if (!m.Success) return null;
            string? Part(string g) => m.Groups[g].Value.Trim().Trim('"', '\'') is { Length: > 0 } v ? v : null;
            return Part("t") is null && Part("s") is null ? null : [new PowerRef(null, null, Part("t"), Part("s"), span)];
        }
        var refs = new List<PowerRef>();
        foreach (var word in Text.Punctuation.HalfWidth(t).Split([' ', '\t', '\u3000', '、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries))
        {
            // A code is one word without YAML's signs (510923-MZ-JF-0001), a prefix the same ending in *.
            var code = word.Trim('"', '\'');
            // Chinese words (见权责清单第3页, 请核对) are a note, not a code; a code may hold Chinese (510923-民政-XK-0001)
            // beside its digits and hyphens.
            var words = code.Any(c => c is >= '\u4E00' and <= '\u9FFF') && !(code.Contains('-') && code.Any(char.IsAsciiDigit));
            if (code.Length == 0 || words || code.Any(c => c is ':' or '{' or '}' or '[' or ']' or '"' or '\'' or '#' or '&' or '!' || char.IsControl(c))) return null;
            if (OfWord(code, span) is not { } read) return null;
            refs.Add(read);
        }
        return refs;
    }

    /// <summary>A written code (510923-MZ-JF-0001) or prefix ending in * (510923-MZ-*); null for a bare *, which would
    /// link every power there is.</summary>
    public static PowerRef? OfWord(string word, SourceSpan span) =>
        !word.EndsWith('*') ? new PowerRef(word, null, null, null, span)
        : word.TrimEnd('*').Length > 0 ? new PowerRef(null, word.TrimEnd('*'), null, null, span)
        : null;
}
