namespace CatalogueTool.Binding;

public static class UrlRules
{
    /// <summary>
    /// Only absolute http(s) URLs with a host are published; javascript:, data:, file: and relative links are refused, and
    /// so are characters a link may not hold as written: spaces (which end it), quotes, angle brackets and backquotes (which
    /// make the page's HTML invalid) and backslashes (which browsers turn into slashes: https:\\host is https://host).
    /// </summary>
    public static bool IsHttp(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u)
        && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)
        && u.Host.Length > 0
        && u.UserInfo.Length == 0 // https://www.qinghe.gov.cn@other.example/ goes to other.example
        && url.Trim().StartsWith(u.Scheme + "://", StringComparison.OrdinalIgnoreCase)
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '"' or '<' or '>' or '\\' or '`'
            || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format); // U+202E, U+2066, U+00AD: a link that reads otherwise than it goes

    /// <summary>
    /// A column's published address, to which page names are appended (fragments, the sitemap): http(s) like a record
    /// link, and also a folder: without a query or an anchor (?p=1/area/x.html and #top/area/x.html lead nowhere), without
    /// quotes, angle brackets or backslashes, and not ending in a page name (…/index.html).
    /// </summary>
    public static bool IsBase(string url)
    {
        if (!IsHttp(url) || url.IndexOfAny(['?', '#', '"', '\'', '<', '>', '\\']) >= 0) return false;
        var path = new Uri(url.Trim()).AbsolutePath;
        return !path.TrimEnd('/').Split('/')[^1].Contains('.') || path.EndsWith('/');
    }

    /// <summary>The column's address as page names are appended to it: with a final slash.</summary>
    public static string AsBase(string url) => url.Trim().EndsWith('/') ? url.Trim() : url.Trim() + "/";
}
