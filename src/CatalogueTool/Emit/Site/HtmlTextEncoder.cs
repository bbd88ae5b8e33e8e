using System.Text;
using HandlebarsDotNet;

namespace CatalogueTool.Emit.Site;

/// <summary>
/// Escapes every text the templates print with {{…}} so that it is safe both between tags and inside quoted or
/// unquoted attribute values: &amp; &lt; &gt; " ' ` = become entities; everything else, Chinese included, stays as is.
/// </summary>
public sealed class HtmlTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target)
    {
        if (text is null) return;
        foreach (var chunk in text.GetChunks())
            foreach (var c in chunk.Span) Write(c, target);
    }

    public void Encode(string? text, TextWriter target)
    {
        if (text is null) return;
        foreach (var c in text) Write(c, target);
    }

    public void Encode<T>(T? text, TextWriter target) where T : IEnumerator<char>
    {
        if (text is null) return;
        while (text.MoveNext()) Write(text.Current, target);
    }

    public static string Escape(string text)
    {
        using var w = new StringWriter();
        foreach (var c in text) Write(c, w);
        return w.ToString();
    }

    private static void Write(char c, TextWriter target)
    {
        switch (c)
        {
            case '&': target.Write("&amp;"); break;
            case '<': target.Write("&lt;"); break;
            case '>': target.Write("&gt;"); break;
            case '"': target.Write("&quot;"); break;
            case '\'': target.Write("&#39;"); break;
            case '`': target.Write("&#96;"); break;
            case '=': target.Write("&#61;"); break;
            case '\0': target.Write('\uFFFD'); break;
            default: target.Write(c); break;
        }
    }
}
