using System.Globalization;

namespace CatalogueTool.Text;

/// <summary>Counts in the English messages: "1 item", "2 items", "0 errors".</summary>
public static class English
{
    public static string Count(int n, string noun, string? plural = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : plural ?? noun + "s");
}
