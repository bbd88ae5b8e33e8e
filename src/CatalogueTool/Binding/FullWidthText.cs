using CatalogueTool.Diagnostics;
using CatalogueTool.Model;

namespace CatalogueTool.Binding;

/// <summary>Values a Chinese input method typed full-width where only half-width makes sense (links, dates, ids).</summary>
public static class FullWidthText
{
    /// <summary>
    /// A link, date or id typed with the input method's full-width letters, digits and signs (https：//…, 2025－03－14) is
    /// read as the half-width text it means (format §3: the two are equivalent), with a warning showing that text.
    /// </summary>
    public static Located<string>? Folded(Located<string>? written, DiagnosticBag bag)
    {
        if (written is not { } w || Text.Punctuation.HalfWidth(w.Value) is var half && half == w.Value) return written;
        bag.Add(KnownRules.VariantNormalised, w.Span, "records.full-width", w.Value, half);
        return w with { Value = half };
    }
}
