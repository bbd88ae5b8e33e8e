namespace CatalogueTool.Emit;

/// <summary>
/// Clearing up after work that has already succeeded or already failed: a file-system error here (a file held open,
/// no permission) must neither fail the run nor hide the error that matters. Anything else still escapes.
/// </summary>
public static class QuietFiles
{
    /// <summary>An error of the file system rather than of the program: the user's to fix (a path, a permission, space).</summary>
    public static bool IsFileSystemError(Exception e) => e is IOException or UnauthorizedAccessException;

    public static void Run(Action action) => Run<object?>(() => { action(); return null; });

    public static T? Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (IsFileSystemError(e))
        {
            return default;
        }
    }

    /// <summary>Removes a file, an empty folder or a link to a folder (never what it leads to), if it can.</summary>
    public static void Delete(string path) => Run(() =>
    {
        if (Directory.Exists(path)) Directory.Delete(path);
        else File.Delete(path);
    });
}
