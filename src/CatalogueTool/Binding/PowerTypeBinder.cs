using CatalogueTool.Diagnostics;
using CatalogueTool.Model;
using CatalogueTool.Text;

namespace CatalogueTool.Binding;

/// <summary>Power types: the ten, their variants, and the abolished 非行政许可审批.</summary>
public static class PowerTypeBinder
{
    public static string? Bind(Located<string> written, DiagnosticBag bag)
    {
        if (Punctuation.Key(written.Value) == Vocabularies.ObsoletePowerType)
        {
            bag.Add(KnownRules.PowerObsoleteType, written.Span, "powers.obsolete-type", written.Value);
            return "其他行政权力";
        }
        var (term, match) = Vocabularies.PowerType.Match(written.Value);
        switch (match)
        {
            case TermMatch.Canonical or TermMatch.English:
                return term!.Canonical;
            case TermMatch.Variant:
                bag.Add(KnownRules.VariantNormalised, written.Span, "schema.variant", written.Value, term!.Canonical);
                return term.Canonical;
        }
        var suggestion = Vocabularies.PowerType.Suggest(written.Value);
        bag.Add(KnownRules.PowerType, written.Span, suggestion is null ? "powers.type" : "powers.type-suggest", written.Value, suggestion, Model.Vocabularies.PowerType.Listing);
        return null;
    }
}
