namespace CatalogueTool.Rules.Site;

/// <summary>A repository's customised site templates (templates/), checked without compiling them, so that
/// <c>validate</c> and <c>review</c> report what <c>build</c> would stop on.</summary>
public sealed class TemplateCheck : ICheck
{
    public void Run(CheckContext context) => Emit.Site.TemplateSet.CheckOverrides(context.Catalogue.Root, context.Diagnostics);
}
