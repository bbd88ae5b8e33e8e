namespace CatalogueTool.Text;

/// <summary>"Did you mean" suggestions by edit distance.</summary>
public static class Suggestions
{
    public static string? Closest(string input, IEnumerable<string> candidates, int? maxDistance = null)
    {
        var limit = maxDistance ?? Math.Max(2, input.Length / 2);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestShared = -1;
        foreach (var c in candidates)
        {
            var d = Distance(input, c);
            if (c.Contains(input, StringComparison.Ordinal) || input.Contains(c, StringComparison.Ordinal)) d = Math.Min(d, 1);
            // At equal distance the candidate sharing more characters wins: 行政罚款 is nearer 行政处罚 than 行政许可.
            var shared = d <= bestDistance ? c.Distinct().Count(input.Contains) : 0;
            if (d < bestDistance || d == bestDistance && shared > bestShared)
            {
                bestDistance = d;
                bestShared = shared;
                best = c;
            }
        }
        // A candidate sharing no character with the input (旅游 → 扶贫) is no suggestion, however short both are.
        return bestDistance <= limit && best is not null && best.Any(input.Contains) ? best : null;
    }

    public static int Distance(string a, string b)
    {
        if (a.Length == 0) return b.Length;
        if (b.Length == 0) return a.Length;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) prev[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}
