using System.Diagnostics;
using CatalogueTool.Diagnostics;
using CatalogueTool.Validation;

namespace CatalogueTool.Review;

/// <summary>What a folder beside the repositories holds instead of one.</summary>
public enum NotRepositoryKind { Empty, Spreadsheets, Other }

/// <summary>A folder below the reviewed one that holds no repository, as a path relative to that folder.</summary>
public sealed record NotRepository(string Path, NotRepositoryKind Kind)
{
    public static NotRepository Of(string root, string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MaxRecursionDepth = 8 })
            .Where(f => !System.IO.Path.GetFileName(f).StartsWith('.')).Take(10_000).ToList();
        var kind = files.Count == 0 ? NotRepositoryKind.Empty
            : files.Any(f => System.IO.Path.GetExtension(f).ToLowerInvariant() is ".xlsx" or ".xls" or ".et" or ".csv") ? NotRepositoryKind.Spreadsheets
            : NotRepositoryKind.Other;
        return new NotRepository(System.IO.Path.GetRelativePath(root, folder).Replace('\\', '/'), kind);
    }

    /// <summary>Why the folder was not reviewed, and what to do.</summary>
    public string Text(bool zh) => Kind switch
    {
        NotRepositoryKind.Empty => zh ? "空文件夹" : "empty folder",
        NotRepositoryKind.Spreadsheets => zh ? "没有 catalogue.yaml，其中有表格文件：Excel 目录可先用 catalogue import 导入" : "no catalogue.yaml; it holds spreadsheets: import an Excel catalogue with catalogue import first",
        _ => zh ? "没有 catalogue.yaml，不是目录仓库" : "no catalogue.yaml: not a repository",
    };
}

public sealed record ReviewResult(string Folder, DateOnly Today, IReadOnlyList<JurisdictionReview> Jurisdictions)
{
    /// <summary>Folders beside the repositories that hold none, so that a reviewer knows what was not reviewed.</summary>
    public IReadOnlyList<NotRepository> NotRepositories { get; init; } = [];

    public int WithErrors => Jurisdictions.Count(j => j.Errors > 0 || j.Unreadable);

    /// <summary>The language of the rows' texts and of the dashboard, workbook and data written from them.</summary>
    public Language Language { get; init; } = Language.Chinese;

    /// <summary>
    /// Division codes declared by more than one repository of the same jurisdiction, with the paths that declare each, in
    /// code order. A county's code is its own, so two counties with one code are one too many (a copied repository whose
    /// manifest was never changed, or an old edition left beside the new one). A township carries its county's code
    /// (GB/T 2260 stops at counties), so townships clash only when they share the name as well. Computed from the rows
    /// each time: a copy of the result with other rows never shows stale clashes.
    /// </summary>
    public IReadOnlyList<(string Code, IReadOnlyList<string> Paths)> SharedCodes => Jurisdictions
        .Where(j => !string.IsNullOrWhiteSpace(j.Code))
        .GroupBy(j => (Code: Text.Punctuation.Key(j.Code!), Township: j.Level == "township" ? j.Name : null)) // ５１０９２３ and " 510923" are 510923
        .Where(g => g.Count() > 1)
        .OrderBy(g => g.Key.Code, StringComparer.Ordinal).ThenBy(g => g.Key.Township, StringComparer.Ordinal)
        .Select(g => (g.First().Code!, (IReadOnlyList<string>)g.Select(j => j.Path).ToList()))
        .ToList();

    /// <summary>Names more than one row has, so that the name alone does not tell which repository a row is (computed from
    /// the rows each time, like <see cref="SharedCodes"/>: take it once for many rows).</summary>
    public IReadOnlySet<string> SharedNames => Jurisdictions.GroupBy(j => j.Name, StringComparer.Ordinal)
        .Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether another row has the same name.</summary>
    public bool NameShared(JurisdictionReview row) => SharedNames.Contains(row.Name);
}

/// <summary>Validates every repository below a folder in parallel; a repository that cannot be read is a row, never the end of the run.</summary>
public static class ReviewRunner
{
    public static ReviewResult Run(string folder, DateOnly today, int jobs, Action<int, int, JurisdictionReview>? progress = null, Language language = Language.Chinese) =>
        Run(folder, RepositoryFinder.Find(folder), today, jobs, progress, language);

    /// <summary>Reviews repositories already found below <paramref name="folder"/> (the command finds them once, to check the output folder against them).</summary>
    public static ReviewResult Run(string folder, IReadOnlyList<string> repositories, DateOnly today, int jobs, Action<int, int, JurisdictionReview>? progress = null,
        Language language = Language.Chinese)
    {
        var root = Path.GetFullPath(folder);
        var rows = new JurisdictionReview[repositories.Count];
        var done = 0;
        Parallel.For(0, repositories.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, i =>
        {
            var relative = Path.GetRelativePath(root, repositories[i]).Replace('\\', '/');
            var clock = Stopwatch.StartNew();
            JurisdictionReview row;
            try
            {
                row = JurisdictionReview.From(relative, Validator.Validate(repositories[i], today, relative), clock.ElapsedMilliseconds, language);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                row = JurisdictionReview.Crashed(relative, ex, clock.ElapsedMilliseconds, language);
            }
            rows[i] = row;
            progress?.Invoke(Interlocked.Increment(ref done), repositories.Count, row);
        });
        return new ReviewResult(root, today, rows) { Language = language };
    }
}
