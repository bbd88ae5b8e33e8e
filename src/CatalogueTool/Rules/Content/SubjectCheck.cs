using CatalogueTool.Diagnostics;
using CatalogueTool.Text;

namespace CatalogueTool.Rules.Content;

/// <summary>When departments are declared, each subject (several separated by 、) is a department name or alias.</summary>
public sealed class SubjectCheck : ICheck
{
    public void Run(CheckContext context)
    {
        var departments = context.Catalogue.Manifest.Departments;
        if (departments.Count == 0) return;
        var known = departments.SelectMany(d => d.Aliases.Prepend(d.Name)).Select(Punctuation.Key).ToHashSet(StringComparer.Ordinal);
        // Each unknown body once, at its first item, with how many items name it: a departments list that lacks one
        // body is one finding, not one per item.
        var unknown = context.Catalogue.Items
            .SelectMany(item => SubjectParts.Split(item.Subject.Value).Where(part => !known.Contains(Punctuation.Key(part))).Select(part => (Part: part, item.Subject.Span)))
            .GroupBy(x => Punctuation.Key(x.Part), StringComparer.Ordinal);
        foreach (var group in unknown)
        {
            var (part, span) = group.First();
            var suggestion = Meant(part, departments);
            var count = group.Count();
            context.Report(KnownRules.UnknownSubject, span, (suggestion is null ? "content.subject" : "content.subject-suggest") + (count > 1 ? "-many" : ""), part, suggestion, count);
        }
    }

    /// <summary>
    /// The department a subject most likely means: one whose name or alias the subject contains, or that contains it
    /// (青禾县民政局 after the bureau became 青禾县民政和社会事务局 with the alias 县民政局), the longest such match first;
    /// else the closest name by spelling.
    /// </summary>
    internal static string? Meant(string part, IReadOnlyList<Model.Department> departments)
    {
        var key = Punctuation.Key(part);
        var byWord = departments
            .SelectMany(d => d.Aliases.Prepend(d.Name).Select(w => (Department: d.Name, Word: Punctuation.Key(w))))
            // The subject holds the name or alias (青禾县民政局 holds 民政局), or is most of it (民政 of 民政局): a bare
            // 青禾县 or 县, in every department's name, means none of them in particular.
            .Where(x => x.Word.Length >= 2 && (key.Contains(x.Word, StringComparison.Ordinal) || x.Word.Contains(key, StringComparison.Ordinal) && key.Length * 2 > x.Word.Length))
            .OrderByDescending(x => Math.Min(x.Word.Length, key.Length)).ThenBy(x => x.Department, StringComparer.Ordinal)
            .Select(x => x.Department).FirstOrDefault();
        // By spelling only for a long name (青禾县人力资源和社会保障局 typed with one slip): 青禾县财政局 is one character
        // from 青禾县民政局 and means another body altogether.
        return byWord ?? (key.Length >= 8 ? Suggestions.Closest(part, departments.Select(d => d.Name), 1) : null);
    }
}
