using CatalogueTool.Model;

namespace CatalogueTool.Binding;

/// <summary>Coverage of one department or power type: how many powers, how many disclosed.</summary>
public sealed record CoverageRow(string Key, int Powers, int Disclosed, int Exempt)
{
    public double Percent => Powers == 0 ? 100 : Math.Round(100.0 * (Disclosed + Exempt) / Powers, 1);
}

public sealed record PowerCoverage(IReadOnlyList<CoverageRow> ByDepartment, IReadOnlyList<CoverageRow> ByType, CoverageRow Total)
{
    /// <summary>A row's name for a reader: in English, power types carry their English names beside the Chinese and the total is
    /// "Total"; departments keep their names.</summary>
    public string Label(CoverageRow row, Diagnostics.Language language) =>
        language == Diagnostics.Language.Chinese ? row.Key
        : ReferenceEquals(row, Total) ? "Total"
        : ByType.Contains(row) && Vocabularies.PowerType.Match(row.Key).Term is { } type ? $"{type.English} ({row.Key})"
        : row.Key;

    public static PowerCoverage Compute(PowerIndex index, Manifest manifest)
    {
        var exempt = manifest.UndisclosedPowers.Where(u => u.Reason.Length > 0).Select(u => u.Code.Value).ToHashSet(StringComparer.Ordinal);
        CoverageRow Row(string key, IEnumerable<Power> powers)
        {
            var list = powers.ToList();
            var disclosed = list.Count(index.IsDisclosed);
            var ex = list.Count(p => !index.IsDisclosed(p) && exempt.Contains(p.Code));
            return new CoverageRow(key, list.Count, disclosed, ex);
        }
        var typeOrder = Vocabularies.PowerType.Terms.Select(t => t.Canonical).ToList();
        return new PowerCoverage(
            index.Powers.GroupBy(p => p.Subject).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Row(g.Key, g)).ToList(),
            index.Powers.GroupBy(p => p.Type).OrderBy(g => typeOrder.IndexOf(g.Key)).Select(g => Row(g.Key, g)).ToList(),
            Row("合计", index.Powers));
    }
}
