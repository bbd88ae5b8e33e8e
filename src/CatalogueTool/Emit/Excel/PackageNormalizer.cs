using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace CatalogueTool.Emit.Excel;

/// <summary>
/// ClosedXML output differs from run to run (zip timestamps, random relationship ids, a random-GUID part).
/// Rewrite the package: fixed entry order and timestamps, relationship ids and GUIDs renamed in order of appearance.
/// </summary>
public static partial class PackageNormalizer
{
    [GeneratedRegex(@"[0-9a-f]{32}(?=\.psmdcp)|\bR[0-9a-f]{16,}\b|\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?")]
    private static partial Regex RandomIds();

    public static void Normalize(string path, DateTime stamp)
    {
        var entries = new List<(string Name, byte[] Data)>();
        using (var zip = ZipFile.OpenRead(path))
        {
            foreach (var e in zip.Entries)
            {
                using var s = e.Open();
                using var ms = new MemoryStream();
                s.CopyTo(ms);
                entries.Add((e.FullName, ms.ToArray()));
            }
        }
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        string Rename(Match m)
        {
            if (!renames.TryGetValue(m.Value, out var r))
            {
                r = m.Value.Length == 32 ? "core" + renames.Count
                    : m.Value.StartsWith('R') ? $"rIdc{renames.Count + 1}"
                    : $"{{00000000-0000-0000-0000-{renames.Count:000000000000}}}";
                if (m.Value.Length == 36) r = r.Trim('{', '}');
                renames[m.Value] = r;
            }
            return r;
        }
        entries = entries.Select(e => (RandomIds().Replace(e.Name, Rename), e.Data)).ToList();
        var ordered = entries.OrderBy(e => e.Name == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
        var time = new DateTimeOffset(stamp < new DateTime(1980, 1, 2) ? new DateTime(1980, 1, 2) : stamp, TimeSpan.Zero);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in ordered)
            {
                var bytes = data;
                if (name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal))
                    bytes = Encoding.UTF8.GetBytes(RandomIds().Replace(Encoding.UTF8.GetString(data), Rename));
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = time;
                using var s = entry.Open();
                s.Write(bytes);
            }
        }
        File.WriteAllBytes(path, output.ToArray());
    }
}
