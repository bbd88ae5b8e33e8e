namespace CatalogueTool.Model;

/// <summary>One of the 26 pilot areas (format §3), or an extra area declared by a jurisdiction.</summary>
public sealed record PilotArea(int Number, string Id, string Name, IReadOnlyList<string> Variants, string Prefix)
{
    public bool IsPilot => Number > 0;
}
