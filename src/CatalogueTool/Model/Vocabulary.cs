using CatalogueTool.Text;

namespace CatalogueTool.Model;

/// <summary>How a written value matched an enumeration.</summary>
public enum TermMatch
{
    Canonical,
    English,
    Variant,
    Unknown,
}

public sealed record Term(string Canonical, string English, IReadOnlyList<string> Variants);

/// <summary>An enumerated value set: canonical Chinese spellings, English spellings, and known variants.</summary>
public sealed class Vocabulary(string name, IReadOnlyList<Term> terms)
{
    private readonly Dictionary<string, (Term Term, TermMatch Match)> _lookup = Build(terms);

    public string Name { get; } = name;
    public IReadOnlyList<Term> Terms { get; } = terms;

    private static Dictionary<string, (Term, TermMatch)> Build(IReadOnlyList<Term> terms)
    {
        var d = new Dictionary<string, (Term, TermMatch)>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in terms)
        {
            d[Punctuation.Key(t.Canonical)] = (t, TermMatch.Canonical);
            d[Punctuation.Key(t.English)] = (t, TermMatch.English);
            foreach (var v in t.Variants) d.TryAdd(Punctuation.Key(v), (t, TermMatch.Variant));
        }
        return d;
    }

    public (Term? Term, TermMatch Match) Match(string text)
    {
        return _lookup.TryGetValue(Punctuation.Key(text), out var hit) ? hit : (null, TermMatch.Unknown);
    }

    public string? Suggest(string text) =>
        Suggestions.Closest(Punctuation.Key(text), Terms.Select(t => t.Canonical).Concat(Terms.SelectMany(t => t.Variants)))
            is { } s ? Terms.First(t => t.Canonical == s || t.Variants.Contains(s)).Canonical : null;

    /// <summary>The values, for a message: in English each with its English spelling beside it, which files may use too.</summary>
    public Diagnostics.Localized Listing => new(string.Join("、", Terms.Select(t => t.Canonical)),
        string.Join(", ", Terms.Select(t => t.English.Length > 0 && t.English != t.Canonical ? $"{t.Canonical} ({t.English})" : t.Canonical)));
}
