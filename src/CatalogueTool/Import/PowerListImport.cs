using CatalogueTool.Diagnostics;
using CatalogueTool.Loading;
using CatalogueTool.Model;

namespace CatalogueTool.Import;

/// <summary>What <c>import-powers</c> read: the powers kept, the department they belong to, and every row it normalised or skipped.</summary>
public sealed record PowerImport(string Department, string? Source, IReadOnlyList<Power> Powers, IReadOnlyList<Diagnostic> Diagnostics, int Skipped)
{
    /// <summary>Values written in a variant or obsolete form and normalised (同上 and the like are not counted).</summary>
    public int Normalised => Diagnostics.Count(d => d.Rule == KnownRules.VariantNormalised || d.Rule == KnownRules.PowerObsoleteType);

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
}

/// <summary>A county's CSV or XLSX power list → the powers YAML form (format §5), keeping the first of duplicate codes.</summary>
public static class PowerListImport
{
    public static readonly string[] Extensions = [".csv", ".xlsx"];

    public static PowerImport Read(string full)
    {
        var bag = new DiagnosticBag();
        var list = PowerListLoader.Load(full, Path.GetFileName(full), bag, converting: true);
        if (list is null) return new PowerImport("", null, [], bag.ToSortedList(), 0);
        bag.AddRange(list.Conversions);
        var seen = new Dictionary<string, Power>(StringComparer.Ordinal);
        var kept = new List<Power>();
        var skipped = list.Refused.Count;
        foreach (var power in list.Powers)
        {
            if (seen.TryGetValue(power.Code, out var first))
            {
                skipped++;
                bag.Add(KnownRules.PowerDuplicate, power.Span, "powers.duplicate-skipped", power.Code, first.Span.Cell ?? $"{first.Span.File}:{first.Span.Line}");
                continue;
            }
            seen.Add(power.Code, power);
            kept.Add(power);
        }
        // Rows without a subject were given the file's name; they belong to the body that holds most of the others. A body
        // named by a title or a sheet is a body of its own.
        var stem = list.Department == Path.GetFileNameWithoutExtension(full) ? list.Department : null;
        var department = MainSubject(kept.Where(p => p.Subject != stem).ToList()) ?? list.Department ?? "";
        var powers = kept.Select(p => p.Subject == stem ? p with { Subject = department } : p).ToList();
        return new PowerImport(department, list.Source, powers, bag.ToSortedList(), skipped);
    }

    /// <summary>The body that holds most of the powers becomes the file's department (on a tie, the one met first: groups keep
    /// first-appearance order and the sort is stable); the others keep their own subject.</summary>
    private static string? MainSubject(IReadOnlyList<Power> powers) =>
        powers.GroupBy(p => p.Subject, StringComparer.Ordinal).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
}
