using System.Globalization;
using CatalogueTool.Diagnostics;
using CatalogueTool.Loading.Yaml;
using CatalogueTool.Model;

namespace CatalogueTool.Binding;

/// <summary>records/&lt;area&gt;.yaml → <see cref="Record"/>s (format §7).</summary>
public static partial class RecordsBinder
{
    /// <param name="refused">Receives the item of each record dropped for an error (its error is reported), so that the
    /// item is not also reported as a blank column.</param>
    public static IReadOnlyList<Record> Bind(YNode? root, string file, DiagnosticBag bag, Action<string>? refused = null)
    {
        var result = new List<Record>();
        if (root is null) return result;
        if (root is not YSequence seq)
        {
            bag.Add(KnownRules.WrongType, root.Span, "schema.root-sequence", file);
            return result;
        }
        foreach (var m in MappingReader.MappingsOf(seq, "records", bag))
        {
            var r = new MappingReader(m, "record", Keys.Record, bag);
            var item = FullWidthText.Folded(r.Text("item", required: true), bag); // an id is never full-width: ｓｈｊｚ－００３ is shjz-003
            // An id written as an item's id is read (SHJZ-001 as shjz-001, as the item's own is): said, and then found.
            if (item is { } named && !ItemIdRules.IsValid(named.Value) && ItemIdRules.MeantUsable(named.Value) is { } meant)
            {
                bag.Add(KnownRules.VariantNormalised, named.Span, "records.item-id-meant", named.Value, meant);
                item = named with { Value = meant };
            }
            var dateText = FullWidthText.Folded(r.Text("date", required: true), bag);
            var title = r.Text("title", required: false);
            // A link is folded only when it is no link as written (https：//…): full-width characters in a file's name
            // (通知（２０２６）.pdf) are that file's name.
            var url = r.Text("url", required: false);
            if (url is { } written && !UrlRules.IsHttp(written.Value)) url = FullWidthText.Folded(written, bag);
            var statement = r.Text("statement", required: false);
            if (title is null && statement is null) r.ReportMissing("title");
            if (url is { } u && !UrlRules.IsHttp(u.Value))
            {
                // A link that is a web address once its spaces are taken out was refused for the spaces alone.
                var withoutSpaces = string.Concat(u.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
                // A link written without its scheme (www.qinghe.gov.cn/…) is told to add it.
                // A colon before any slash names a scheme (javascript:, mailto:), except a port's (www.x.cn:8080/…).
                var schemeColon = withoutSpaces.IndexOf(':') is var c && c >= 0 && (c == withoutSpaces.Length - 1 || !char.IsAsciiDigit(withoutSpaces[c + 1]));
                var key = UrlRules.IsHttp(withoutSpaces) ? "records.url-space"
                    : !schemeColon && withoutSpaces.Contains('.') && UrlRules.IsHttp("https://" + withoutSpaces) ? "records.url-scheme"
                    : withoutSpaces.IndexOfAny(['"', '<', '>', '\\', '`']) >= 0 ? "records.url-characters"
                    : Uri.TryCreate(withoutSpaces, UriKind.Absolute, out var parsed) && parsed.UserInfo.Length > 0 ? "records.url-user"
                    : withoutSpaces.Any(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format) ? "records.url-invisible"
                    : "records.url";
                bag.Add(KnownRules.RecordUrl, u.Span, key, u.Value, withoutSpaces);
                url = null;
            }
            if (url is { } given)
            {
                // A full-width mark typed after the address (…/101.html，) would be published as part of it.
                if (given.Value.TrimEnd() is { Length: > 0 } trimmed && TrailingMarks.Contains(trimmed[^1]) && !ClosesItsBracket(trimmed))
                {
                    bag.Add(KnownRules.RecordUrl, given.Span, "records.url-trailing", given.Value, trimmed[^1].ToString());
                    url = null;
                }
                // Two links written as one (…/1.html，https://…/2.html): each needs a record of its own.
                else if (SecondLink().IsMatch(given.Value))
                {
                    bag.Add(KnownRules.RecordUrl, given.Span, "records.url-two", given.Value);
                    url = null;
                }
                else
                {
                    if (UrlRules.IsPrivate(given.Value)) bag.Add(KnownRules.RecordUrlPrivate, given.Span, "records.url-private", given.Value);
                    url = given with { Value = UrlRules.Normalised(given.Value) };
                }
            }
            DateOnly? date = null;
            if (dateText is { } d)
            {
                if (Validation.ReferenceDate.TryParse(d.Value, out var parsed))
                {
                    date = parsed;
                    // 2026年3月1日, 2026/3/1: read as meant, and said, so that the file and its schema (YYYY-MM-DD) agree.
                    var iso = parsed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    if (d.Value.Trim() != iso) bag.Add(KnownRules.VariantNormalised, d.Span, "records.date-variant", d.Value, iso);
                }
                else
                    bag.Add(KnownRules.WrongType, d.Span, "records.date", d.Value);
            }
            if (item is null || date is null || (title is null && statement is null))
            {
                if (item is not null) refused?.Invoke(item.Value.Value);
                continue;
            }
            result.Add(new Record(item.Value, title?.Value, date.Value, url?.Value, r.Text("index_no", false)?.Value, statement?.Value, m.Span) { DateSpan = dateText!.Value.Span });
        }
        return result;
    }

    /// <summary>Marks that end a sentence, not an address: typed after a link, they would become part of it.</summary>
    private static readonly string TrailingMarks = "，。；、：！？）》”’,;.";

    /// <summary>A bracket that closes one opened in the link (…/社会救助（中国）): part of the address.</summary>
    private static bool ClosesItsBracket(string url) => url[^1] switch
    {
        '）' => url.Count(c => c == '（') == url.Count(c => c == '）'),
        '》' => url.Count(c => c == '《') == url.Count(c => c == '》'),
        '”' => url.Count(c => c == '“') == url.Count(c => c == '”'),
        _ => false,
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"[，,；;、\s]+https?[:：]", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SecondLink();
}
