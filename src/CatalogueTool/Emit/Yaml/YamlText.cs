using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CatalogueTool.Emit.Yaml;

/// <summary>Writes YAML scalars safely: plain when unambiguous, double-quoted (JSON escapes) otherwise.</summary>
public static partial class YamlText
{
    [GeneratedRegex(@"^(?:[-+]?[0-9][0-9_.:eE+-]*|true|false|yes|no|on|off|y|n|null|~|\.inf|\.nan)$", RegexOptions.IgnoreCase)]
    private static partial Regex Ambiguous();

    public static string Scalar(string? value)
    {
        if (value is null) return "~";
        if (value.Length == 0 || NeedsQuotes(value)) return Quote(value);
        return value;
    }

    private static bool NeedsQuotes(string v) =>
        Ambiguous().IsMatch(v)
        || char.IsWhiteSpace(v[0]) || char.IsWhiteSpace(v[^1])
        || "-?:,[]{}#&*!|>'\"%@`".Contains(v[0])
        || v.Contains(": ", StringComparison.Ordinal) || v.Contains(" #", StringComparison.Ordinal) || v.EndsWith(':')
        || v.Any(Escaped);

    /// <summary>Characters a YAML file must not hold as they are: C0 and C1 controls (U+0085 is a line break to YAML),
    /// the line and paragraph separators, and the byte-order mark.</summary>
    private static bool Escaped(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF';

    public static string Quote(string v)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in v)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (Escaped(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    public static string FlowList(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(FlowScalar)) + "]";

    /// <summary>Inside a flow list commas and brackets are also significant.</summary>
    internal static string FlowScalar(string v) => v.IndexOfAny([',', '[', ']', '{', '}']) >= 0 ? Quote(v) : Scalar(v);
}
