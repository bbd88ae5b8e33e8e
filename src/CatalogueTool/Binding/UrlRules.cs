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

    /// <summary>
    /// A record link as published: its scheme and host in lower case (the host in its ASCII form), and the characters an
    /// address may not hold as written (通知公告.html, |, ^, a % that starts no escape) percent-encoded, so that the open
    /// data's "format": "uri" holds and every output links alike. Only for a link <see cref="IsHttp"/> accepts.
    /// </summary>
    public static string Normalised(string url)
    {
        var u = new Uri(url.Trim());
        // Brackets stand only around an IPv6 host in an address, and a second # nowhere: escaped where the library leaves them.
        var absolute = u.AbsoluteUri;
        var hostEnd = absolute.IndexOf('/', absolute.IndexOf("://", StringComparison.Ordinal) + 3);
        if (hostEnd > 0)
        {
            var rest = absolute[hostEnd..].Replace("[", "%5B", StringComparison.Ordinal).Replace("]", "%5D", StringComparison.Ordinal);
            var hash = rest.IndexOf('#');
            if (hash >= 0) rest = rest[..(hash + 1)] + rest[(hash + 1)..].Replace("#", "%23", StringComparison.Ordinal);
            absolute = absolute[..hostEnd] + rest;
        }
        // Only a name has an ASCII form of its own; an IPv6 literal keeps its brackets.
        if (u.HostNameType != UriHostNameType.Dns || u.IdnHost == u.Host) return absolute;
        return absolute.Replace("://" + u.Host, "://" + u.IdnHost, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a link's host is one the public cannot reach: a private or loopback address, localhost, or a name
    /// without a dot (an office's intranet server).</summary>
    public static bool IsPrivate(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u)) return false;
        if (u.IsLoopback || u.HostNameType == UriHostNameType.Basic) return true;
        if (u.HostNameType == UriHostNameType.Dns) return !u.IdnHost.Contains('.') || u.IdnHost.EndsWith(".local", StringComparison.OrdinalIgnoreCase);
        if (u.HostNameType == UriHostNameType.IPv4 && System.Net.IPAddress.TryParse(u.Host, out var ip))
        {
            var b = ip.GetAddressBytes();
            return b[0] == 10 || b[0] == 127 || b[0] == 172 && b[1] is >= 16 and <= 31 || b[0] == 192 && b[1] == 168 || b[0] == 169 && b[1] == 254;
        }
        return u.HostNameType == UriHostNameType.IPv6 && System.Net.IPAddress.TryParse(u.Host.Trim('[', ']'), out var v6)
            && (v6.IsIPv6LinkLocal || v6.IsIPv6SiteLocal || v6.IsIPv6UniqueLocal);
    }

    /// <summary>The column's address as page names are appended to it: with a final slash.</summary>
    public static string AsBase(string url) => url.Trim().EndsWith('/') ? url.Trim() : url.Trim() + "/";
}
