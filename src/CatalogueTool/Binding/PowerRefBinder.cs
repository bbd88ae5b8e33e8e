using CatalogueTool.Diagnostics;
using CatalogueTool.Loading.Yaml;
using CatalogueTool.Model;

namespace CatalogueTool.Binding;

/// <summary>An item's <c>powers:</c> list: codes, prefixes ending in *, and {type, subject} selectors.</summary>
public static class PowerRefBinder
{
    public static IReadOnlyList<PowerRef> Bind(MappingReader item, DiagnosticBag bag)
    {
        var result = new List<PowerRef>();
        if (item.Sequence("powers", required: false) is not { } seq) return result;
        foreach (var written in seq.Items)
        {
            // Full-width and half-width forms are one code (format §3): ５１０９２３－ＭＺ－＊ is the prefix 510923-MZ-.
            var node = written is YScalar { IsNull: false } w ? w with { Value = Text.Punctuation.HalfWidth(w.Value) } : written;
            switch (node)
            {
                case YScalar { IsNull: false } s when s.Value.Trim().Length > 0:
                    // A bare * would link every power of every list and make coverage 100% by itself.
                    if (PowerRef.OfWord(s.Value.Trim(), s.Span) is { } read) result.Add(read);
                    else bag.Add(KnownRules.MissingField, s.Span, "powers.prefix-empty");
                    break;
                case YMapping m:
                {
                    var r = new MappingReader(m, "powers", Keys.PowerSelector, bag);
                    var type = r.Text("type", required: false);
                    var subject = r.Text("subject", required: false);
                    if (type is null && subject is null)
                    {
                        bag.Add(KnownRules.MissingField, m.Span, "powers.selector-empty");
                        break;
                    }
                    string? canonicalType = null;
                    if (type is { } t)
                    {
                        canonicalType = PowerTypeBinder.Bind(t, bag);
                        if (canonicalType is null) break;
                    }
                    result.Add(new PowerRef(null, null, canonicalType, subject?.Value, m.Span));
                    break;
                }
                default:
                    bag.Add(KnownRules.WrongType, node.Span, "schema.expected-text", "powers", node.KindName);
                    break;
            }
        }
        return result;
    }
}
