namespace CatalogueTool.Diagnostics;

/// <summary>A message argument with a Chinese and an English form (a kind of value, a unit): formatted in the report's language.</summary>
public sealed record Localized(string Zh, string En)
{
    public string In(Language language) => language == Language.Chinese ? Zh : En;

    public override string ToString() => En;
}
