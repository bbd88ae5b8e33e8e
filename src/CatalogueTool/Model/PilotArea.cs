using CatalogueTool.Diagnostics;

namespace CatalogueTool.Model;

/// <summary>One of the 26 pilot areas (format §3), or an extra area declared by a jurisdiction.</summary>
public sealed record PilotArea(int Number, string Id, string Name, IReadOnlyList<string> Variants, string Prefix, string? English = null)
{
    public bool IsPilot => Number > 0;

    /// <summary>The area as a message names it: its Chinese name, and in English its English name with the Chinese
    /// one beside it (the name every file and workbook uses). A local area has only the name its county gave it.</summary>
    /// <summary>The area's name alone, in English where it has one (column headings).</summary>
    public string NameIn(Language language) => language == Language.English && English is not null ? English : Name;

    public Localized Label => new(Name, English is null ? Name : $"{English} ({Name})");
}
