using System.Text.RegularExpressions;

namespace CatalogueTool.Binding;

public static partial class ItemIdRules
{
    /// <summary>[a-z0-9][a-z0-9-]{0,63}: safe as a file name on every system, and never a path.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex Pattern();

    public static bool IsValid(string id) => Pattern().IsMatch(id);
}
