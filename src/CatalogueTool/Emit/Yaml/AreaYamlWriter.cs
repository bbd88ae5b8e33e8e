using System.Text;
using CatalogueTool.Model;

namespace CatalogueTool.Emit.Yaml;

/// <summary>Writes an area file (format §3) from the model, in the key order of the format.</summary>
public static class AreaYamlWriter
{
    public const string Modeline = "# yaml-language-server: $schema=../schemas/area.schema.json";

    public static string Write(string areaId, string? header, IEnumerable<ItemDraft> items, IEnumerable<(string Baseline, string Reason)> waived)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Modeline);
        if (header is not null) foreach (var line in header.Split('\n')) sb.Append("# ").AppendLine(line.TrimEnd());
        sb.Append("area: ").AppendLine(areaId);
        var list = items.ToList();
        sb.AppendLine(list.Count == 0 ? "items: []" : "items:");
        foreach (var i in list)
        {
            sb.Append("  - id: ").AppendLine(YamlText.Scalar(i.Id));
            Field(sb, "category", i.Category);
            Field(sb, "name", i.Name);
            if (i.Sub is not null) Field(sb, "sub", i.Sub);
            Field(sb, "content", i.Content);
            sb.AppendLine("    basis:");
            foreach (var b in i.Basis) sb.Append("      - ").AppendLine(YamlText.Scalar(b));
            Field(sb, "time_limit", i.TimeLimit);
            Field(sb, "subject", i.Subject);
            sb.Append("    channels: ").AppendLine(YamlText.FlowList(i.Channels));
            sb.Append("    audience: ").AppendLine(OneOrList(i.Audience));
            sb.Append("    mode: ").AppendLine(OneOrList(i.Mode));
            sb.Append("    levels: ").AppendLine(YamlText.FlowList(i.Levels));
            if (i.Powers.Count > 0)
            {
                sb.AppendLine("    powers:");
                foreach (var p in i.Powers)
                    sb.Append("      - ").AppendLine(p.Code is { } code ? YamlText.Quote(code)
                        : p.Prefix is { } prefix ? YamlText.Quote(prefix + "*")
                        : "{" + string.Join(", ", new[] { ("type", p.Type), ("subject", p.Subject) }.Where(x => x.Item2 is not null).Select(x => $"{x.Item1}: {YamlText.FlowScalar(x.Item2!)}")) + "}");
            }
            if (i.Baseline is not null) Field(sb, "baseline", i.Baseline);
            if (i.Note is not null) Field(sb, "note", i.Note);
        }
        var w = waived.ToList();
        if (w.Count > 0)
        {
            sb.AppendLine("waived:");
            foreach (var (baseline, reason) in w)
            {
                sb.Append("  - baseline: ").AppendLine(YamlText.Scalar(baseline));
                sb.Append("    reason: ").AppendLine(YamlText.Scalar(reason));
            }
        }
        return sb.ToString().Replace("\r\n", "\n");
    }

    private static string OneOrList(IReadOnlyList<string> values) => values.Count == 1 ? YamlText.Scalar(values[0]) : YamlText.FlowList(values);

    private static void Field(StringBuilder sb, string key, string value) => sb.Append("    ").Append(key).Append(": ").AppendLine(YamlText.Scalar(value));
}

/// <summary>An item as it will be written: plain values, no positions.</summary>
public sealed record ItemDraft(
    string Id, string Category, string Name, string? Sub, string Content, IReadOnlyList<string> Basis, string TimeLimit, string Subject,
    IReadOnlyList<string> Channels, IReadOnlyList<string> Audience, IReadOnlyList<string> Mode, IReadOnlyList<string> Levels, string? Baseline, string? Note)
{
    /// <summary>The id was read from the workbook (its 事项编号 column) and is kept, not numbered anew.</summary>
    public bool IdGiven { get; init; }

    /// <summary>Where the workbook gave the standard item (社会救助!Q7), for messages about it.</summary>
    public string? BaselineCell { get; init; }

    /// <summary>Where the workbook gave the id (社会救助!P7).</summary>
    public string? IdCell { get; init; }

    /// <summary>The powers the item links (format §5), as the workbook's hidden 关联职权 column gives them back.</summary>
    public IReadOnlyList<PowerRef> Powers { get; init; } = [];

    public static ItemDraft From(Item i) => new(
        i.Id.Value, i.Category, i.Name, i.Sub, i.Content, i.Basis.Select(b => b.Value).ToList(), i.TimeLimit.Value.Text, i.Subject.Value,
        i.Channels.Select(c => c.Value).ToList(), i.Audience, i.Mode, i.Levels, i.Baseline?.Value, i.Note) { Powers = i.Powers };
}
