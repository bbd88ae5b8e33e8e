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
    private const string Url = @"((?:https?:|wss?:)?//[^\s""'`<>)]+)";
    private const int MostPerFile = 20;

    /// <summary>Hosts whose scripts the State Council's rules for government websites require on every page (the 政府网站找错
    /// error-report button, the 党政机关 site badge): a county cannot leave them out, so they are not warned about.</summary>
    private static readonly string[] RequiredHosts = ["pucha.kaipuyun.cn", "dcs.conac.cn"];

    private static readonly Regex[] Loads =
    [
        new(@"\s(?:src|srcset|poster|data-src)\s*=\s*[""']?\s*" + Url, RegexOptions.IgnoreCase | RegexOptions.NonBacktracking),
        new(@"url\(\s*[""']?\s*" + Url, RegexOptions.IgnoreCase | RegexOptions.NonBacktracking),
        new(@"@import\s+(?:url\(\s*)?[""']?\s*" + Url, RegexOptions.IgnoreCase | RegexOptions.NonBacktracking),
        new(@"\b(?:fetch|import|sendBeacon|importScripts)\s*\(\s*[""'`]" + Url, RegexOptions.NonBacktracking),
        new(@"\bfrom\s*[""']" + Url, RegexOptions.NonBacktracking),
        new(@"\.open\s*\(\s*[""'][A-Za-z]+[""']\s*,\s*[""'`]" + Url, RegexOptions.NonBacktracking),
        new(@"\bnew\s+(?:WebSocket|EventSource|Worker)\s*\(\s*[""'`]" + Url, RegexOptions.NonBacktracking),
    ];

    /// <summary>A stylesheet, icon, preload or manifest link: the kinds of link element that load what they name.</summary>
    [GeneratedRegex(@"\brel\s*=\s*[""']?[^""'>]*\b(?:stylesheet|icon|preload|modulepreload|prefetch|manifest)\b", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex LoadingRel();

    [GeneratedRegex(@"\bhref\s*=\s*[""']?\s*" + Url, RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex Href();

    public static void Check(string text, string file, DiagnosticBag bag)
    {
        var scanned = file.EndsWith(".hbs", StringComparison.Ordinal) ? WithoutComments(text) : text;
        var found = new SortedDictionary<int, string>();
        foreach (var pattern in Loads)
            foreach (Match m in pattern.Matches(scanned))
                found.TryAdd(m.Groups[1].Index, m.Groups[1].Value);
        foreach (var (at, url) in LinkElements(scanned)) found.TryAdd(at, url);
        var lines = new Text.LineIndex(text);
        foreach (var (at, url) in found.Where(f => !RequiredHosts.Any(h => Host(f.Value) == h)).Take(MostPerFile))
        {
            var (line, col) = lines.Of(at);
            bag.Add(KnownRules.TemplateRemote, new SourceSpan(file, line, col), "template.remote", Text.Shortened.Of(url, 60));
        }
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
                yield return (i + href.Groups[1].Index, href.Groups[1].Value);
        }
    }

    private static string Host(string url)
    {
        var rest = url[(url.IndexOf("//", StringComparison.Ordinal) + 2)..];
        var end = rest.IndexOfAny(['/', ':', '?', '#']);
        return (end < 0 ? rest : rest[..end]).ToLowerInvariant();
    }

    /// <summary>The template with its comments ({{!-- … --}}, {{! … }}) blanked out, offsets kept.</summary>
    private static string WithoutComments(string text)
    {
        var chars = text.ToCharArray();
        for (var i = text.IndexOf("{{!", StringComparison.Ordinal); i >= 0; i = text.IndexOf("{{!", i + 3, StringComparison.Ordinal))
        {
            var close = text.AsSpan(i).StartsWith("{{!--") ? "--}}" : "}}";
            var end = text.IndexOf(close, i + 3, StringComparison.Ordinal);
            var stop = end < 0 ? text.Length : end + close.Length;
            for (var k = i; k < stop; k++) if (chars[k] != '\n') chars[k] = ' ';
            if (end < 0) break;
            i = stop - 3;
        }
        return new string(chars);
    }
}
