using System.Text;

namespace CatalogueTool.Emit;

/// <summary>Writes one file beside its target and moves it into place, so a failed run never leaves half a file.</summary>
public static class AtomicFile
{
    public static void Write(string target, string text)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, target, overwrite: true);
    }
}
