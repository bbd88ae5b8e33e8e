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
            foreach (var part in SplitCombined(vocabulary, w))
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

    /// <summary>A carrier: one of the 13, a variant of one, or <c>其他：&lt;name&gt;</c>.</summary>
    public static string? BindChannel(Located<string> written, DiagnosticBag bag)
    {
        var key = Punctuation.Key(written.Value);
        if (key.StartsWith("其他:", StringComparison.Ordinal) || key.StartsWith("其它:", StringComparison.Ordinal))
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
