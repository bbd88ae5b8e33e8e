using System.Text.RegularExpressions;
using CatalogueTool.Diagnostics;

namespace CatalogueTool.Emit.Site;

/// <summary>
/// A customised template or asset that makes the pages load something from another host (a script, style, font or image;
/// a request from a script): the column would no longer work offline, and every visit would be told to that host (CAT0803).
/// Links to other sites (a href, a canonical link, a form) load nothing and are fine. Every pattern runs without
/// backtracking, so a hostile file of a megabyte is read in linear time.
/// </summary>
public static partial class TemplateRemoteLoads
{
    /// <summary>Where an address to another host begins; the patterns end there, and the address is read on by hand (a
    /// capture of a megabyte-long match costs the regex engine seconds).</summary>
    private const string Url = @"(?:https?:|wss?:)?//";
    private const int MostPerFile = 20;

    /// <summary>Hosts whose scripts the State Council's rules for government websites require on every page (the 政府网站找错
    /// error-report button, the 党政机关 site badge): a county cannot leave them out, so they are not warned about.</summary>
    private static readonly string[] RequiredHosts = ["pucha.kaipuyun.cn", "dcs.conac.cn"];

    /// <summary>What loads in any file: CSS (url(), @import) and script (fetch, import, requests, a script's .src).</summary>
    private static readonly Regex[] Loads =
    [
        new(@"url\(\s*[""']?\s*" + Url, RegexOptions.IgnoreCase | RegexOptions.NonBacktracking),
        new(@"@import\s+(?:url\(\s*)?[""']?\s*" + Url, RegexOptions.IgnoreCase | RegexOptions.NonBacktracking),
        new(@"\b(?:fetch|sendBeacon|importScripts)\s*\(\s*[""'`]" + Url, RegexOptions.NonBacktracking),
        new(@"\bimport\s*\(?\s*[""'`]" + Url, RegexOptions.NonBacktracking),
        new(@"\bfrom\s*[""']" + Url, RegexOptions.NonBacktracking),
        new(@"\.open\s*\(\s*[""'][A-Za-z]+[""']\s*,\s*[""'`]" + Url, RegexOptions.NonBacktracking),
        new(@"\bnew\s+(?:WebSocket|EventSource|Worker)\s*\(\s*[""'`]" + Url, RegexOptions.NonBacktracking),
        new(@"\.src\s*=\s*[""'`]" + Url, RegexOptions.NonBacktracking), // a script's .src loads; its .href is a link
        new(@"image-set\(\s*[""']\s*" + Url, RegexOptions.IgnoreCase | RegexOptions.NonBacktracking), // image-set("https://…" 1x)
    ];

    /// <summary>What loads or sends in a template's HTML besides src: a ping on every click, a meta refresh to another host
    /// (the page goes there by itself), an SVG image or use that names another host.</summary>
    private static readonly Regex[] HtmlLoads =
    [
        new(@"(?:^|[^\w-])ping\s*=\s*[""']?\s*" + Url, RegexOptions.IgnoreCase | RegexOptions.NonBacktracking),
        new(@"http-equiv\s*=\s*[""']?refresh[^>]{0,200}?url\s*=\s*[""']?\s*" + Url, RegexOptions.IgnoreCase | RegexOptions.NonBacktracking),
        new(@"<(?:image|use|feImage)\b[^>]{0,400}?(?:xlink:)?href\s*=\s*[""']?\s*" + Url, RegexOptions.IgnoreCase | RegexOptions.NonBacktracking),
    ];

    /// <summary>A &lt;base href&gt; to another host: every relative link and the column's own assets would come from there.</summary>
    [GeneratedRegex(@"<base\b[^>]{0,400}?href\s*=\s*[""']?\s*(?:https?:)?//", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Base();

    /// <summary>What loads in a template's HTML: an element's src, poster or data attribute (an image, a script, an object).</summary>
    private static readonly Regex Attribute =
        new(@"(?:^|[^\w-])(?:src|poster|data|data-src)\s*=\s*[""']?\s*" + Url, RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

    /// <summary>A srcset, each of whose candidates (a.png 1x, https://…/b.png 2x) loads.</summary>
    [GeneratedRegex(@"srcset\s*=\s*[""']", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex SourceSet();

    /// <summary>A stylesheet, icon, preload or manifest link: the kinds of link element that load what they name.</summary>
    [GeneratedRegex(@"\brel\s*=\s*[""']?(?:[^""'>]*\s)?(?:stylesheet|icon|apple-touch-icon|apple-touch-icon-precomposed|mask-icon|preload|modulepreload|prefetch|dns-prefetch|preconnect|prerender|manifest)(?:[\s""'>]|$)", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex LoadingRel();

    [GeneratedRegex(@"\bhref\s*=\s*[""']?\s*(?:https?:|wss?:)?//", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Href();

    public static void Check(string text, string file, DiagnosticBag bag)
    {
        var template = file.EndsWith(".hbs", StringComparison.Ordinal);
        // Read as the browser reads it: character references decoded (&#104;ttps:) and a backslash taken for a slash
        // (https:\\host); offsets are mapped back to the file for the finding's place.
        var uncommented = WithoutComments(text, template);
        var (scanned, origin) = AsBrowserReads(uncommented, template);
        var found = new SortedDictionary<int, string>();
        foreach (var pattern in template ? [.. Loads, Attribute, .. HtmlLoads] : Loads)
            foreach (Match m in pattern.Matches(scanned))
                if (UrlEndingAt(scanned, m.Index + m.Length) is var (at, url)) found.TryAdd(at, url);
        // A stylesheet's or a script's escapes are read by the browser too (url(\68ttps://…), fetch("\x68ttps://…")): the
        // text is read once more with them decoded, and what loads there is found at its place in the file.
        if (uncommented.Contains('\\'))
        {
            var (decoded, decodedOrigin) = Unescaped(uncommented);
            var (again, againOrigin) = AsBrowserReads(decoded, template);
            var more = 0;
            foreach (var pattern in Loads)
                foreach (Match m in pattern.Matches(again))
                    if (++more <= MostPerFile && UrlEndingAt(again, m.Index + m.Length) is var (at, url))
                    {
                        var inFile = decodedOrigin[againOrigin[at]];
                        // Kept at its place in the first reading's terms, so that one address is reported once (the offsets
                        // only grow, so the place is found by halving).
                        var first = Array.BinarySearch(origin, inFile);
                        found.TryAdd(first >= 0 ? first : ~inFile, url);
                    }
        }
        var lines = new Text.LineIndex(text);
        if (template)
        {
            foreach (Match b in Base().Matches(scanned))
            {
                var (at, url) = UrlEndingAt(scanned, b.Index + b.Length);
                var (line, col) = lines.Of(origin[at]);
                bag.Add(KnownRules.TemplateError, new SourceSpan(file, line, col), "template.remote-base", Text.Shortened.Of(url, 60));
            }
            foreach (var (at, url) in LinkElements(scanned)) found.TryAdd(at, url);
            foreach (Match set in SourceSet().Matches(scanned))
            {
                var offset = set.Index + set.Length;
                var close = scanned.IndexOf(scanned[offset - 1], offset, Math.Min(8192, scanned.Length - offset));
                foreach (var candidate in scanned[offset..(close < 0 ? Math.Min(scanned.Length, offset + 8192) : close)].Split(','))
                {
                    var url = candidate.Trim().Split(' ')[0];
                    if (url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
                        found.TryAdd(offset + candidate.IndexOf(url, StringComparison.Ordinal), url);
                    offset += candidate.Length + 1;
                }
            }
        }
        foreach (var (at, url) in found.Where(f => !IsRequired(f.Value)).Take(MostPerFile))
        {
            var (line, col) = lines.Of(at >= 0 ? origin[at] : ~at);
            bag.Add(KnownRules.TemplateRemote, new SourceSpan(file, line, col), "template.remote", Text.Shortened.Of(url, 60));
        }
    }

    /// <summary>
    /// The text as a browser reads addresses in it: numeric and the usual named character references of a template
    /// decoded (&amp;#104;, &amp;#x68;, &amp;colon;, &amp;sol;…), and a backslash read as a slash. With each character's
    /// offset in the original text, and one more for the end.
    /// </summary>
    private static (string Text, int[] Origin) AsBrowserReads(string text, bool template)
    {
        if (text.IndexOf('\\') < 0 && (!template || text.IndexOf('&') < 0)) return (text, Enumerable.Range(0, text.Length + 1).ToArray());
        var sb = new System.Text.StringBuilder(text.Length);
        var origin = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length;)
        {
            if (template && text[i] == '&' && Reference(text, i) is var (decoded, length) && length > 0)
            {
                // &Tab; and &NewLine; are taken out of an address by the browser, as a tab or line break is.
                if (decoded is not ('\t' or '\n'))
                {
                    sb.Append(decoded);
                    origin.Add(i);
                }
                i += length;
                continue;
            }
            sb.Append(text[i] == '\\' ? '/' : text[i]);
            origin.Add(i);
            i++;
        }
        origin.Add(text.Length);
        return (sb.ToString(), origin.ToArray());
    }

    /// <summary>
    /// The text with CSS and JavaScript escapes decoded as a browser decodes them: CSS's \68 (one to six hex digits and one
    /// optional space) and \: (any other character as itself), JavaScript's \x68, \u0068 and \u{68}. With each
    /// character's offset in the given text, and one more for the end.
    /// </summary>
    private static (string Text, int[] Origin) Unescaped(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var origin = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length;)
        {
            if (text[i] != '\\' || i + 1 >= text.Length)
            {
                sb.Append(text[i]);
                origin.Add(i);
                i++;
                continue;
            }
            var start = i;
            var next = text[i + 1];
            int code;
            int length;
            if (next is 'x' && i + 3 < text.Length && IsHex(text, i + 2, 2)) (code, length) = (Hex(text, i + 2, 2), 4);
            else if (next is 'u' && i + 2 < text.Length && text[i + 2] == '{' && text.IndexOf('}', i + 3, Math.Min(8, text.Length - i - 3)) is > 0 and var close && IsHex(text, i + 3, close - i - 3))
                (code, length) = (Hex(text, i + 3, close - i - 3), close - i + 1);
            else if (next is 'u' && i + 5 < text.Length && IsHex(text, i + 2, 4)) (code, length) = (Hex(text, i + 2, 4), 6);
            else if (char.IsAsciiHexDigit(next))
            {
                var end = i + 1;
                while (end < text.Length && end - i - 1 < 6 && char.IsAsciiHexDigit(text[end])) end++;
                code = Hex(text, i + 1, end - i - 1);
                length = end - i + (end < text.Length && text[end] is ' ' or '\t' or '\n' ? 1 : 0);
            }
            else if (next is '\n' or '\r') { i += 2; continue; } // a line continued: nothing
            else (code, length) = (next, 2);
            if (code is <= 0 or > 0xFFFF) code = '\uFFFD';
            sb.Append((char)code);
            origin.Add(start);
            i += length;
        }
        origin.Add(text.Length);
        return (sb.ToString(), origin.ToArray());
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private static bool IsHex(string text, int from, int count) =>
        count > 0 && from + count <= text.Length && !text.AsSpan(from, count).ContainsAnyExcept(HexDigits);

    private static int Hex(string text, int from, int count) =>
        int.TryParse(text.AsSpan(from, Math.Min(count, 6)), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : 0;

    private static readonly Dictionary<string, char> Named = new(StringComparer.Ordinal)
    {
        ["colon"] = ':', ["sol"] = '/', ["bsol"] = '/', ["period"] = '.', ["lpar"] = '(', ["rpar"] = ')', ["quot"] = '"',
        ["apos"] = '\'', ["Tab"] = '\t', ["NewLine"] = '\n', ["amp"] = '&', ["lt"] = '<', ["gt"] = '>', ["equals"] = '=', ["num"] = '#',
    };

    /// <summary>The character a reference at <paramref name="i"/> stands for (&amp;#104; &amp;#x68; &amp;colon;) and its length, or length 0.</summary>
    private static (char Decoded, int Length) Reference(string text, int i)
    {
        // A numeric reference needs no semicolon for the browser (&#104ttps: is https:); a named one here does.
        if (i + 2 < text.Length && text[i + 1] == '#')
        {
            var hex = text[i + 2] is 'x' or 'X';
            var from = i + (hex ? 3 : 2);
            var to = from;
            while (to < text.Length && to - from < 8 && (hex ? char.IsAsciiHexDigit(text[to]) : char.IsAsciiDigit(text[to]))) to++;
            if (to == from || !int.TryParse(text.AsSpan(from, to - from), hex ? System.Globalization.NumberStyles.HexNumber : System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var code) || code is <= 0 or >= 0xFFFF)
                return ('\0', 0);
            return ((char)code, to - i + (to < text.Length && text[to] == ';' ? 1 : 0));
        }
        var end = text.IndexOf(';', i, Math.Min(12, text.Length - i));
        if (end < 0) return ('\0', 0);
        return Named.TryGetValue(text.Substring(i + 1, end - i - 1), out var c) ? (c, end - i + 1) : ('\0', 0);
    }

    /// <summary>The remote address of each &lt;link&gt; that loads what it names, found by plain search (each element read once).</summary>
    private static IEnumerable<(int At, string Url)> LinkElements(string text)
    {
        for (var i = text.IndexOf("<link", StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf("<link", i + 5, StringComparison.OrdinalIgnoreCase))
        {
            // An element is read to its '>' within 4 KB: a run of unclosed <link costs no more than its length.
            var window = Math.Min(4096, text.Length - i);
            var end = text.IndexOf('>', i, window);
            var element = text.Substring(i, end < 0 ? window : end - i);
            if (LoadingRel().IsMatch(element) && Href().Match(element) is { Success: true } href)
                yield return UrlEndingAt(text, i + href.Index + href.Length);
        }
    }

    /// <summary>The address whose "//" ends at <paramref name="end"/>: from its scheme, if any, to the first space, quote,
    /// angle bracket or parenthesis, at most 2,048 characters.</summary>
    private static (int At, string Url) UrlEndingAt(string text, int end)
    {
        var start = end - 2;
        foreach (var scheme in (string[])["https:", "http:", "wss:", "ws:"])
            if (start >= scheme.Length && text.AsSpan(start - scheme.Length, scheme.Length).Equals(scheme, StringComparison.OrdinalIgnoreCase)) { start -= scheme.Length; break; }
        var stop = end;
        while (stop < text.Length && stop - start < 2048 && !char.IsWhiteSpace(text[stop]) && text[stop] is not ('"' or '\'' or '`' or '<' or '>' or ')')) stop++;
        return (start, text[start..stop]);
    }

    /// <summary>A script of a required host, read as a browser reads the address (no user part such as host:443@other).</summary>
    private static bool IsRequired(string url) =>
        url.Length <= 2048 // an address of a megabyte is no required script (and Uri would take quadratic time on it)
        && Uri.TryCreate(url.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url, UriKind.Absolute, out var uri)
        && uri.UserInfo.Length == 0 && RequiredHosts.Contains(uri.IdnHost.ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>
    /// The text with its comments blanked out, offsets kept: a template's {{!-- … --}}, {{! … }} (not an escaped \{{!,
    /// which is printed) and &lt;!-- … --&gt;; a stylesheet's /* … */.
    /// </summary>
    private static string WithoutComments(string text, bool template)
    {
        var chars = text.ToCharArray();
        void Blank(string open, Func<int, string> close)
        {
            for (var i = text.IndexOf(open, StringComparison.Ordinal); i >= 0; i = text.IndexOf(open, i + open.Length, StringComparison.Ordinal))
            {
                if (open == "{{!" && i > 0 && text[i - 1] == '\\') continue;
                var closing = close(i);
                var end = text.IndexOf(closing, i + open.Length, StringComparison.Ordinal);
                var stop = end < 0 ? text.Length : end + closing.Length;
                for (var k = i; k < stop; k++) if (chars[k] != '\n') chars[k] = ' ';
                if (end < 0) break;
                i = stop - open.Length;
            }
        }
        if (template)
        {
            Blank("{{!", i => text.AsSpan(i).StartsWith("{{!--") ? "--}}" : "}}");
            Blank("<!--", _ => "-->");
        }
        else Blank("/*", _ => "*/");
        return new string(chars);
    }
}
