using System.Text;

namespace CatalogueTool.Emit;

/// <summary>Writes one file beside its target and moves it into place, so a failed run never leaves half a file.</summary>
public static class AtomicFile
{
    /// <summary>
    /// Several files as one step: every file is first written beside its target, and only when all are written are
    /// they moved into place; a failure before that removes the temporary files and leaves every target as it was.
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Path, string Text)> files)
    {
        var staged = new List<(string Temp, string Target)>();
        try
        {
            foreach (var (path, text) in files)
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
                Directory.CreateDirectory(folder);
                var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
                staged.Add((temp, path)); // before writing: a write that fails half way is removed too
                File.WriteAllText(temp, text, new UTF8Encoding(false));
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
}
