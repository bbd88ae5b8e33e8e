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
        foreach (var item in context.Catalogue.Items)
        {
            foreach (var part in SubjectParts.Split(item.Subject.Value))
            {
                if (known.Contains(Punctuation.Key(part))) continue;
                var suggestion = Suggestions.Closest(part, departments.Select(d => d.Name));
                context.Report(KnownRules.UnknownSubject, item.Subject.Span, suggestion is null ? "content.subject" : "content.subject-suggest", part, suggestion);
            }
        }
    }
}
