using System.Text.RegularExpressions;

namespace CatalogueTool.Binding;

public static partial class ItemIdRules
{
    /// <summary>[a-z0-9][a-z0-9-]{0,63}: safe as a file name on every system, and never a path.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string id) => Pattern().IsMatch(id);

    /// <summary>An id as it was surely meant (SHJZ-001, ｓｈｊｚ－００１, shjz_001, “shjz-001”: shjz-001), or null when folding
    /// gives no valid id either. The written id is still an error; the folded one lets the records and checks that name
    /// the item find it, so that one slip is one finding.</summary>
    public static string? Meant(string id)
    {
        var folded = Text.Punctuation.HalfWidth(id).Trim().Trim('"', '\'', '“', '”', '‘', '’').Trim().ToLowerInvariant().Replace('_', '-');
        return IsValid(folded) ? folded : null;
    }

    /// <summary>The id meant (<see cref="Meant"/>) when it is one an item may have: never a reserved or device name
    /// (INDEX is not read as index, the area's own page).</summary>
    public static string? MeantUsable(string id) =>
        Meant(id) is { } meant && !ReservedItemIds.Contains(meant) && !IsWindowsDevice(meant) ? meant : null;

    /// <summary>Item ids that would name a page the site writes for the area itself (index.html).</summary>
    public static readonly IReadOnlySet<string> ReservedItemIds = new HashSet<string>(StringComparer.Ordinal) { "index" };

    /// <summary>
    /// Names Windows keeps for devices (CON, PRN, AUX, NUL, COM1–9, LPT1–9), with any extension: con.html or nul.xlsx
    /// cannot be created or copied there, where the county's staff work.
    /// </summary>
    [GeneratedRegex("^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$")]
    private static partial Regex WindowsDevice();

    public static bool IsWindowsDevice(string id) => WindowsDevice().IsMatch(id);

    /// <summary>Area ids that would name a folder of the site's own (assets/, search/, fragments/).</summary>
    public static readonly IReadOnlySet<string> ReservedAreaIds = new HashSet<string>(StringComparer.Ordinal) { "assets", "search", "fragments" };
}
