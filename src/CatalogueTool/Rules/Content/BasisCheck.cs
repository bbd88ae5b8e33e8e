using CatalogueTool.Diagnostics;

namespace CatalogueTool.Rules.Content;

/// <summary>A basis names its document in 《》 and does not cite the superseded 2007 regulation (国务院令第492号).</summary>
public sealed class BasisCheck : ICheck
{
    /// <summary>The guidelines' own wording for documents each locality supplies (各地相关政策法规文件).</summary>
    private static bool IsLocalPlaceholder(string text) => text.StartsWith("各地", StringComparison.Ordinal) || text.StartsWith("各省", StringComparison.Ordinal);

    public void Run(CheckContext context)
    {
        foreach (var item in context.Catalogue.Items)
        {
            foreach (var basis in item.Basis)
            {
                var text = Text.Punctuation.Key(basis.Value);
                if ((!text.Contains('《') || !text.Contains('》')) && !IsLocalPlaceholder(text))
                    context.Report(KnownRules.BasisTitle, basis.Span, "content.basis-title", basis.Value);
                if (text.Contains("492号", StringComparison.Ordinal))
                    context.Report(KnownRules.BasisOutdated, basis.Span, "content.basis-492");
            }
        }
    }
}
