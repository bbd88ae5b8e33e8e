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
    /// bound on its own, so an unknown part gets its usual message. Separators inside brackets (县(市、区)级) do not split,
    /// the longest run of parts that is itself a value stays whole (社区、企事业单位、村公示栏（电子屏）), and a 其他：…
    /// part takes the rest of the text (a local carrier's name may hold 、). Text of which no part is known is left whole.
    /// </summary>
    public static IEnumerable<Located<string>> SplitWritten(Located<string> w, Func<string, bool> known, DiagnosticBag bag)
    {
        var text = w.Value.Trim();
        // A list written in full-width brackets (［政府网站，公开查阅点］) is one text to YAML: its brackets are the list's.
        if (text.Length > 2 && (text[0], text[^1]) is ('［', '］') or ('【', '】') or ('[', ']'))
        {
            text = text[1..^1].Trim();
            if (text.Length > 0 && TopLevelTokens(text).Count == 1) return [w with { Value = text }];
        }
        var tokens = TopLevelTokens(text);
        // Values parted by spaces only (政府网站 公开查阅点), each a value on its own: a list too.
        if (tokens.Count < 2 && !known(text) && text.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } spaced
            && spaced.All(p => known(p) && !IsOther(p)))
        {
            bag.Add(KnownRules.VariantNormalised, w.Span, "schema.list-separator-space", w.Value, spaced.Length, string.Join(", ", spaced));
            return spaced.Select(p => w with { Value = p });
        }
        if (tokens.Count < 2 || known(text) && !IsOther(text)) return [w];
        // A run is a value when it is one as written or with its separators read as 、 (社区，企事业单位，村公示栏（电子屏）).
        bool Known(string run) => known(run) || known(run.Replace('，', '、').Replace(',', '、'));
        var parts = new List<string>();
        for (var i = 0; i < tokens.Count;)
        {
            var end = i;
            if (IsOther(text[tokens[i].Start..].TrimStart()))
            {
                // A local carrier's name runs on to the next part that is a standard carrier on its own.
                while (end + 1 < tokens.Count && !(Known(text[tokens[end + 1].Start..tokens[end + 1].End].Trim()) && !IsOther(text[tokens[end + 1].Start..].TrimStart())))
                    end++;
            }
            else
            {
                // The longest run from here that is a value as a whole, else the one part.
                for (var j = tokens.Count - 1; j > i; j--)
                    if (Known(text[tokens[i].Start..tokens[j].End].Trim())) { end = j; break; }
            }
            parts.Add(text[tokens[i].Start..tokens[end].End].Trim());
            i = end + 1;
        }
        parts.RemoveAll(p => p.Length == 0);
        // A run that is a value only with its separators read as 、 is given in that form.
        parts = parts.Select(p => known(p) || !Known(p) ? p : p.Replace('，', '、').Replace(',', '、')).ToList();
        if (parts.Count == 1 && parts[0] != text) return [w with { Value = parts[0] }];
        if (parts.Count < 2 || !parts.Any(known)) return [w];
        bag.Add(KnownRules.VariantNormalised, w.Span, "schema.list-separator", w.Value, parts.Count, string.Join(", ", parts));
        return parts.Select(p => w with { Value = p });
    }

    /// <summary>The parts of a text between separators that stand outside brackets, as ranges of the text.</summary>
    private static List<(int Start, int End)> TopLevelTokens(string text)
    {
        var tokens = new List<(int, int)>();
        var depth = 0;
        var start = 0;
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            if (c is '（' or '(' or '《' or '[' or '【') depth++;
            else if (c is '）' or ')' or '》' or ']' or '】') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && Separators.Contains(c))
            {
                tokens.Add((start, k));
                start = k + 1;
            }
        }
        tokens.Add((start, text.Length));
        return tokens;
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
