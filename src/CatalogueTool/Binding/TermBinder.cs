using CatalogueTool.Diagnostics;
using CatalogueTool.Model;
using CatalogueTool.Text;

namespace CatalogueTool.Binding;

/// <summary>Normalises enumerated values: English spellings silently, variants with a warning, unknowns with a suggestion.</summary>
public static class TermBinder
{
    public static string? Bind(Vocabulary vocabulary, Located<string> written, DiagnosticBag bag)
    {
        var (term, match) = vocabulary.Match(written.Value);
        switch (match)
        {
            case TermMatch.Canonical:
            case TermMatch.English:
                return term!.Canonical;
            case TermMatch.Variant:
                bag.Add(KnownRules.VariantNormalised, written.Span, "schema.variant", written.Value, term!.Canonical);
                return term.Canonical;
        }
        var suggestion = vocabulary.Suggest(written.Value);
        bag.Add(KnownRules.InvalidValue, written.Span, suggestion is null ? "schema.invalid-value" : "schema.invalid-value-suggest",
            written.Value, vocabulary.Name, vocabulary.Listing, suggestion);
        return null;
    }

    public static IReadOnlyList<string> BindAll(Vocabulary vocabulary, IReadOnlyList<Located<string>>? written, DiagnosticBag bag)
    {
        if (written is null) return [];
        var result = new List<string>();
        foreach (var w in written)
        {
            foreach (var part in SplitCombined(vocabulary, w).SelectMany(p => SplitWritten(p, v => vocabulary.Match(v).Match != TermMatch.Unknown, bag)))
            {
                if (Bind(vocabulary, part, bag) is { } c && !result.Contains(c)) result.Add(c);
            }
        }
        return vocabulary.Terms.Select(t => t.Canonical).Where(result.Contains).ToList();
    }

    /// <summary>"乡、村级" names two levels at once.</summary>
    private static IEnumerable<Located<string>> SplitCombined(Vocabulary vocabulary, Located<string> w)
    {
        if (vocabulary == Vocabularies.Level && Punctuation.Key(w.Value) is "乡、村级" or "镇、村级" or "乡村级")
            return [w with { Value = "乡级" }, w with { Value = "村级" }];
        return [w];
    }

    /// <summary>
    /// Several values written as one, separated the Chinese way (政府网站、公开查阅点 or 县级，乡级): read as a list, with a
    /// warning that shows the list form, when at least one part is a value of the list on its own; each part is then
    /// bound on its own, so an unknown part gets its usual message. A 其他：… part takes the rest of the text (a local
    /// carrier's name may hold 、). Text of which no part is known is left whole.
    /// </summary>
    public static IEnumerable<Located<string>> SplitWritten(Located<string> w, Func<string, bool> known, DiagnosticBag bag)
    {
        if (known(w.Value) || w.Value.IndexOfAny(Separators) < 0) return [w];
        var parts = new List<string>();
        var rest = w.Value.Trim();
        while (rest.Length > 0)
        {
            var cut = IsOther(rest) ? -1 : rest.IndexOfAny(Separators);
            parts.Add((cut < 0 ? rest : rest[..cut]).Trim());
            rest = cut < 0 ? "" : rest[(cut + 1)..].Trim();
        }
        parts.RemoveAll(p => p.Length == 0);
        if (parts.Count < 2 || !parts.Any(known)) return [w];
        bag.Add(KnownRules.VariantNormalised, w.Span, "schema.list-separator", w.Value, parts.Count, string.Join(", ", parts));
        return parts.Select(p => w with { Value = p });
    }

    private static readonly char[] Separators = ['、', '，', ',', '；', ';'];

    private static bool IsOther(string text) =>
        Punctuation.Key(text) is var key && (key.StartsWith("其他:", StringComparison.Ordinal) || key.StartsWith("其它:", StringComparison.Ordinal));

    /// <summary>Whether a carrier is one of the 13, a variant of one, or 其他：… (whose name may hold any punctuation).</summary>
    public static bool IsChannel(string written) => IsOther(written) || Vocabularies.Channel.Match(written).Match != TermMatch.Unknown;

    /// <summary>A carrier: one of the 13, a variant of one, or <c>其他：&lt;name&gt;</c>.</summary>
    public static string? BindChannel(Located<string> written, DiagnosticBag bag)
    {
        if (IsOther(written.Value))
        {
            var name = written.Value.Trim()[3..].Trim();
            if (name.Length == 0)
            {
                bag.Add(KnownRules.BlankText, written.Span, "content.blank-other");
                return null;
            }
            return Vocabularies.OtherPrefix + name;
        }
        var (term, match) = Vocabularies.Channel.Match(written.Value);
        if (match is TermMatch.Canonical or TermMatch.English) return term!.Canonical;
        if (match == TermMatch.Variant)
        {
            bag.Add(KnownRules.VariantNormalised, written.Span, "schema.variant", written.Value, term!.Canonical);
            return term.Canonical;
        }
        var suggestion = Vocabularies.Channel.Suggest(written.Value);
        bag.Add(KnownRules.InvalidValue, written.Span, suggestion is null ? "schema.invalid-channel" : "schema.invalid-channel-suggest",
            written.Value, Vocabularies.OtherPrefix + written.Value.Trim(), suggestion);
        return null;
    }
}
