using CatalogueTool.Diagnostics;

namespace CatalogueTool.Model;

/// <summary>An item's <c>powers:</c> entry: a code, a code prefix ending in <c>*</c>, or a {type, subject} selector (format §5).</summary>
public sealed record PowerRef(string? Code, string? Prefix, string? Type, string? Subject, SourceSpan Span)
{
    public string Display => Code ?? (Prefix is not null ? Prefix + "*" : $"{{type: {Type}, subject: {Subject}}}");

    /// <summary>An entry as <see cref="Display"/> writes it (a workbook's hidden 关联职权 cell, one a line), or null.</summary>
    public static PowerRef? FromDisplay(string text, SourceSpan span)
    {
        var t = Text.Punctuation.HalfWidth(text.Trim());
        if (t.Length == 0 || t.IndexOfAny(['\n', '\r']) >= 0) return null;
        if (t.StartsWith('{') && t.EndsWith('}'))
        {
            var m = System.Text.RegularExpressions.Regex.Match(t, @"^\{type:\s*(?<t>[^,]*),\s*subject:\s*(?<s>.*)\}$");
            if (!m.Success) return null;
            string? Part(string g) => m.Groups[g].Value.Trim() is { Length: > 0 } v ? v : null;
            return Part("t") is null && Part("s") is null ? null : new PowerRef(null, null, Part("t"), Part("s"), span);
        }
        if (t.EndsWith('*')) return t.TrimEnd('*').Length == 0 ? null : new PowerRef(null, t.TrimEnd('*'), null, null, span);
        return new PowerRef(t, null, null, null, span);
    }
}
