namespace CatalogueTool.Diagnostics;

/// <summary>A check with a stable id, a default severity and an explanation printed by <c>catalogue rules</c>.</summary>
public sealed record Rule(string Id, Severity Severity, string Family, string TitleZh, string TitleEn, string ExplanationZh, string ExplanationEn)
{
    public string Title(Language lang) => lang == Language.Chinese ? TitleZh : TitleEn;
    public string Explanation(Language lang) => lang == Language.Chinese ? ExplanationZh : ExplanationEn;
}
