namespace CatalogueTool.Binding;

public static class UrlRules
{
    /// <summary>Only absolute http(s) URLs with a host are published; javascript:, data:, file: and relative links are refused.</summary>
    public static bool IsHttp(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u)
        && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)
        && u.Host.Length > 0
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)); // a space would end the link in a page
}
