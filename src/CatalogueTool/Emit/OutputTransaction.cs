namespace CatalogueTool.Emit;

/// <summary>
/// Writes an output folder as a whole: everything goes into a temporary sibling, which replaces the target only
/// when complete. A failed or killed run leaves the previous output exactly as it was.
/// </summary>
public sealed class OutputTransaction : IDisposable
{
    private bool _committed;

    /// <summary>The file, at the top of an output folder, that lists every file the run wrote there.</summary>
    public const string Listing = ".catalogue-files";

    private readonly bool _listFiles;

    /// <param name="listFiles">Write <see cref="Listing"/> into the output, so that a later run can tell its own files
    /// from files a user added (see <see cref="ForeignEntry"/>).</param>
    public OutputTransaction(string target, bool listFiles = false)
    {
        _listFiles = listFiles;
        // An output folder reached through a link (a web root deployed by symlink) is written where the link leads:
        // the link itself is never swapped out, and nothing is deleted through it.
        Target = Resolve(target);
        var parent = Path.GetDirectoryName(Target) ?? throw new ArgumentException("output folder has no parent", nameof(target));
        Directory.CreateDirectory(parent);
        Recover(parent, Path.GetFileName(Target));
        Staging = Path.Combine(parent, $".{Path.GetFileName(Target)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Staging);
    }

    /// <summary>
    /// Repairs what a killed run can leave: if it died between moving the previous output aside and moving the new
    /// one in, the previous output is moved back; staging folders of runs that are no longer alive are removed.
    /// </summary>
    private static void Recover(string parent, string name)
    {
        var target = Path.Combine(parent, name);
        var aside = Directory.GetDirectories(parent, $".{name}.old-*").OrderBy(d => Directory.GetCreationTimeUtc(d)).ToList();
        if (!Directory.Exists(target) && aside.Count > 0)
        {
            Directory.Move(aside[^1], target);
            aside.RemoveAt(aside.Count - 1);
        }
        foreach (var dir in aside) TryDelete(dir);
        foreach (var dir in Directory.GetDirectories(parent, $".{name}.tmp-*"))
        {
            var pid = Path.GetFileName(dir).Split('-') is { Length: > 2 } parts && int.TryParse(parts[^2], out var p) ? p : -1;
            if (pid > 0 && !IsAlive(pid)) TryDelete(dir);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    public string Target { get; }

    /// <summary>With <c>listFiles</c>, after <see cref="Commit"/>: the files the run wrote, as listed in <see cref="Listing"/>.</summary>
    public IReadOnlyList<string> Files { get; private set; } = [];

    /// <summary>Where this run writes; becomes <see cref="Target"/> on commit.</summary>
    public string Staging { get; }

    public void Commit()
    {
        if (_listFiles)
        {
            Files = Directory.EnumerateFiles(Staging, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Staging, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
            File.WriteAllText(Path.Combine(Staging, Listing), string.Join("\n", Files) + "\n", new System.Text.UTF8Encoding(false));
        }
        // On Linux the new output and the previous one trade places in one atomic step (renameat2 RENAME_EXCHANGE):
        // at every instant the target is either the whole previous output or the whole new one.
        if (Directory.Exists(Target) && AtomicExchange.TryExchange(Staging, Target))
        {
            _committed = true;
            TryDelete(Staging); // now holds the previous output
            return;
        }
        string? old = null;
        if (Directory.Exists(Target))
        {
            old = Path.Combine(Path.GetDirectoryName(Target)!, $".{Path.GetFileName(Target)}.old-{Guid.NewGuid():N}");
            Directory.Move(Target, old);
        }
        try
        {
            Directory.Move(Staging, Target);
        }
        catch
        {
            if (old is not null) Directory.Move(old, Target);
            throw;
        }
        _committed = true;
        if (old is not null) TryDelete(old);
    }

    public void Dispose()
    {
        if (!_committed) TryDelete(Staging);
    }

    /// <summary>
    /// Removes a folder this class made, as far as it can: a file that cannot be removed (held open, no permission)
    /// is left behind for the next run's recovery and never fails the run that has already succeeded.
    /// </summary>
    private static void TryDelete(string dir)
    {
        if (!Directory.Exists(dir)) return;
        if (new DirectoryInfo(dir).LinkTarget is not null)
        {
            QuietFiles.Delete(dir); // the link alone, never what it leads to
            return;
        }
        // A previous output holds a thousand files and more: its folders are removed on every core, then the rest.
        // Links are removed, never followed (Directory.Delete does not descend into a linked folder).
        // Each folder's failure is caught where it happens: an exception escaping Parallel.ForEach would arrive
        // wrapped in an AggregateException.
        var folders = QuietFiles.Run(() => new DirectoryInfo(dir).EnumerateDirectories().Where(d => d.LinkTarget is null).ToList()) ?? [];
        Parallel.ForEach(folders, d => QuietFiles.Run(() => d.Delete(recursive: true)));
        QuietFiles.Run(() => Directory.Delete(dir, recursive: true));
    }

    /// <summary>
    /// The first entry of an existing folder that is not among <paramref name="own"/>, the names this tool writes there
    /// (null when there is none): replacing the folder would delete it, so a command refuses such a folder.
    /// </summary>
    public static string? ForeignEntry(string target, IReadOnlyCollection<string> own)
    {
        target = Resolve(target);
        if (!Directory.Exists(target)) return null;
        var listing = Path.Combine(target, Listing);
        if (!File.Exists(listing))
            return Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName).Where(n => n is not null && !own.Contains(n) && !IsSystemLitter(n)).Order(StringComparer.Ordinal).FirstOrDefault();
        // An output that lists its files: anything else in it, at any depth, is the user's (a logo in site/images…).
        var listed = File.ReadLines(listing).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        var folders = listed.SelectMany(Ancestors).ToHashSet(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        return new DirectoryInfo(target).EnumerateFileSystemInfos("*", options)
            .Select(e => (Path: Path.GetRelativePath(target, e.FullName).Replace('\\', '/'), IsFolder: e is DirectoryInfo && e.LinkTarget is null))
            .Where(e => e.Path != Listing && !IsSystemLitter(e.Path) && !(e.IsFolder ? folders.Contains(e.Path) : listed.Contains(e.Path)))
            .Select(e => e.Path).Order(StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>Files a file manager leaves in any folder it shows (Finder, Explorer), and the lock files Excel, WPS and
    /// LibreOffice keep beside a workbook they have open (<c>~$目录.xlsx</c>, <c>.~lock.目录.xlsx#</c>): not the user's work.</summary>
    private static bool IsSystemLitter(string path) =>
        Path.GetFileName(path) is ".DS_Store" or "Thumbs.db" or "desktop.ini" or "Desktop.ini"
        || Path.GetFileName(path).StartsWith("._", StringComparison.Ordinal) || Path.GetFileName(path).StartsWith("~$", StringComparison.Ordinal)
        || Path.GetFileName(path).StartsWith(".~lock.", StringComparison.Ordinal);

    /// <summary>
    /// The first folder of an existing output (the folder itself included) that this user may not change, relative to it
    /// ("." for the folder itself), or null. Replacing the output removes its files, which needs leave to change their
    /// folders: a folder made read-only to protect a published edition would otherwise be moved aside and left there.
    /// On Windows, where a folder's read-only mark does not protect it, a read-only file is what stops the removal.
    /// </summary>
    public static string? LockedEntry(string target)
    {
        target = Resolve(target);
        if (!Directory.Exists(target)) return null;
        var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true };
        string Relative(string path) => Path.GetRelativePath(target, path).Replace('\\', '/');
        if (OperatingSystem.IsWindows())
            return new DirectoryInfo(target).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
                .FirstOrDefault(f => f.Attributes.HasFlag(FileAttributes.ReadOnly)) is { } file ? Relative(file.FullName) : null;
        // Folders walked one by one, the output itself first ("."): one that cannot be read or changed is named (an
        // unreadable folder cannot be emptied either).
        var pending = new Stack<string>([target]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            if (!Writable(folder) || Access(folder, ReadAndSearch) != 0) return Relative(folder);
            foreach (var child in new DirectoryInfo(folder).EnumerateDirectories("*", options))
                if (child.LinkTarget is null) pending.Push(child.FullName);
        }
        return null;
    }

    /// <summary>
    /// On Windows, the first workbook of an existing output that a program holds open (Excel, WPS), relative to it, or null:
    /// an open file cannot be replaced there. A lock file (~$…) left by a program that crashed stops nothing.
    /// </summary>
    public static string? OpenWorkbook(string target)
    {
        target = Resolve(target);
        if (!OperatingSystem.IsWindows() || !Directory.Exists(target)) return null;
        foreach (var file in Directory.EnumerateFiles(target, "*.xlsx", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
        {
            try
            {
                using var _ = File.Open(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                return Path.GetRelativePath(target, file).Replace('\\', '/');
            }
            catch (UnauthorizedAccessException)
            {
                // read-only: said by LockedEntry
            }
        }
        return null;
    }

    private static bool Writable(string folder) => Access(folder, WriteAndSearch) == 0;

    private const int WriteAndSearch = 2 | 1, ReadAndSearch = 4 | 1; // W_OK | X_OK, R_OK | X_OK

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "access", SetLastError = true)]
    private static extern int Access([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, int mode);

    private static IEnumerable<string> Ancestors(string path)
    {
        for (var i = path.LastIndexOf('/'); i > 0; i = path.LastIndexOf('/', i - 1))
            yield return path[..i];
    }

    /// <summary>
    /// The folder an output path names: absolute, without a trailing separator, and through a link to where it leads.
    /// Every check of an output folder and the transaction itself use this one answer.
    /// </summary>
    public static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        if (full.Length > 1) full = Path.TrimEndingDirectorySeparator(full);
        return new DirectoryInfo(full) is { LinkTarget: not null } link && link.ResolveLinkTarget(returnFinalTarget: true) is { } real ? real.FullName : full;
    }

    /// <summary>An output folder that is, contains, or lies inside the repository's source folders would destroy input.</summary>
    public static bool EndangersInput(string repositoryRoot, string output)
    {
        var root = Normal(repositoryRoot);
        var target = Normal(Resolve(output));
        if (target == root || root.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return true;
        return Loading.RepositoryPaths.Sources.Select(s => Normal(Path.Combine(repositoryRoot, s)))
            .Any(s => target == s || target.StartsWith(s + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="output"/> lies inside <paramref name="folder"/> (below it, links followed as for <see cref="EndangersInput"/>).</summary>
    public static bool Inside(string folder, string output) =>
        Normal(Resolve(output)).StartsWith(Normal(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Normal(string p) => Path.GetFullPath(p).TrimEnd(Path.DirectorySeparatorChar);
}
