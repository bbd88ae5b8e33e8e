using System.Text;

namespace CatalogueTool.Emit;

/// <summary>Writes one file beside its target and moves it into place, so a failed run never leaves half a file.</summary>
public static class AtomicFile
{
    /// <summary>
    /// Several files as one step: every file is first written beside its target, and only when all are written are
    /// they moved into place; a failure before that removes the temporary files and leaves every target as it was.
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Path, string Text)> files) =>
        WriteAll(files.Select(f => (f.Path, (Action<string>)(temp => File.WriteAllText(temp, f.Text, new UTF8Encoding(false))))).ToList());

    /// <summary>As <see cref="WriteAll(IReadOnlyList{ValueTuple{string, string}})"/>, each file written by its own
    /// writer (a workbook, say) to the temporary path it is given.</summary>
    public static void WriteAll(IReadOnlyList<(string Path, Action<string> Write)> files)
    {
        // A target that is a folder cannot be replaced: found before anything moves, so no file is replaced and another not.
        if (files.Select(f => f.Path).FirstOrDefault(Directory.Exists) is { } folderTarget)
            throw new IOException($"'{Path.GetFullPath(folderTarget)}' Is a directory");
        var staged = new List<(string Temp, string Target)>();
        try
        {
            foreach (var (path, write) in files)
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
                Directory.CreateDirectory(folder);
                var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
                staged.Add((temp, path)); // before writing: a write that fails half way is removed too
                write(temp);
            }
        }
        catch
        {
            foreach (var (temp, _) in staged) QuietFiles.Delete(temp);
            throw;
        }
        var moved = 0;
        try
        {
            foreach (var (temp, target) in staged)
            {
                File.Move(temp, target, overwrite: true);
                moved++;
            }
        }
        finally
        {
            // A target that cannot be replaced (a folder of that name, no permission) leaves no temporary file behind.
            foreach (var (temp, _) in staged.Skip(moved)) QuietFiles.Delete(temp);
        }
    }

    public static void Write(string target, string text) => WriteAll([(target, text)]);

    public static void Write(string target, Action<string> write) => WriteAll([(target, write)]);
}
