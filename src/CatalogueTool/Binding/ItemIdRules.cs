using System.Text.RegularExpressions;

namespace CatalogueTool.Binding;

public static partial class ItemIdRules
{
    /// <summary>[a-z0-9][a-z0-9-]{0,63}: safe as a file name on every system, and never a path.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string id) => Pattern().IsMatch(id);

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
