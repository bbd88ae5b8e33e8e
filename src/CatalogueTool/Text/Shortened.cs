namespace CatalogueTool.Text;

/// <summary>A value quoted in a message: on one line, cut after a number of characters with "…", never inside a surrogate pair.</summary>
public static class Shortened
{
    public static string Of(string text, int max = 30)
    {
        var flat = text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
        if (flat.Length <= max) return flat;
        var cut = char.IsHighSurrogate(flat[max - 1]) ? max - 1 : max;
        return flat[..cut] + "…";
    }
}
