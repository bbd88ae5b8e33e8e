using System.Text;
using CatalogueTool.Emit.Excel.Xlsx;

namespace CatalogueTool.Tests;

/// <summary>
/// Every file type the tool reads, with every kind of hostile content, through the real command line: each ends in a
/// clear diagnostic and exit code 1 or 2, never a stack trace, never a hang (the process is killed after a minute).
/// </summary>
public class HostileCorpusTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { "manifest", "area", "records", "powers-yaml" })
            foreach (var payload in new[] { "garbage", "truncated", "gbk", "huge", "deep", "aliases", "duplicate-keys", "tabs" })
                data.Add(kind, payload);
        foreach (var kind in new[] { "powers-csv", "powers-xlsx", "template", "import-xlsx", "import-xls" })
            foreach (var payload in new[] { "garbage", "truncated", "huge" })
                if (!(kind == "import-xls" && payload == "huge")) // bytes after an OLE file are ignored by every reader, rightly
                    data.Add(kind, payload);
        data.Add("powers-xlsx", "zip-bomb");
        data.Add("import-xlsx", "zip-bomb");
        data.Add("template", "unclosed-block");
        data.Add("template", "symlink-outside");
        data.Add("records", "javascript-url");
        data.Add("area", "path-id");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_file_ends_in_a_diagnostic_not_a_crash(string kind, string payload)
    {
        var repo = TestPaths.MinimalRepo("area: 社会救助\nitems:\n" + TestPaths.GoodItem);
        var (file, valid) = Target(repo, kind);
        var bytes = Payload(payload, valid);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        if (payload == "symlink-outside")
        {
            var outside = Path.Combine(TestPaths.TempDir(), "secret.txt");
            File.WriteAllText(outside, "机密");
            File.CreateSymbolicLink(file, outside);
        }
        else File.WriteAllBytes(file, bytes);

        var args = kind switch
        {
            "template" => new[] { "build", repo, "-o", Path.Combine(TestPaths.TempDir(), "out") },
            "import-xlsx" or "import-xls" => ["import", file, "-o", Path.Combine(TestPaths.TempDir(), "imported")],
            _ => ["validate", repo],
        };
        var (code, stdout, stderr) = CliTests.Run([.. args, "--lang", "zh-CN"]);
        Assert.True(code is 1 or 2, $"{kind}/{payload}: exit {code}\n{stdout}\n{stderr}");
        Assert.DoesNotContain("   at ", stdout + stderr);
        Assert.DoesNotContain("内部错误", stdout + stderr);
        Assert.False(string.IsNullOrWhiteSpace(stdout + stderr));
    }

    private static (string File, byte[] Valid) Target(string repo, string kind)
    {
        string P(params string[] parts) => Path.Combine([repo, .. parts]);
        var utf8 = new UTF8Encoding(false);
        return kind switch
        {
            "manifest" => (P("catalogue.yaml"), File.ReadAllBytes(P("catalogue.yaml"))),
            "area" => (P("areas", "social-assistance.yaml"), File.ReadAllBytes(P("areas", "social-assistance.yaml"))),
            "records" => (P("records", "social-assistance.yaml"), utf8.GetBytes("- item: shjz-001\n  title: 通知\n  date: 2026-01-05\n  url: https://example.gov.cn/1.html\n")),
            "powers-yaml" => (P("powers", "局.yaml"), utf8.GetBytes("department: 试验县民政局\npowers:\n  - code: \"A-1\"\n    name: 事项\n    type: 行政许可\n")),
            "powers-csv" => (P("powers", "局.csv"), utf8.GetBytes("事项编码,事项名称,权力类型\nA-1,事项,行政许可\n")),
            "powers-xlsx" => (P("powers", "局.xlsx"), PowerWorkbook()),
            "template" => (P("templates", "item.hbs"), utf8.GetBytes("<h1>{{Name}}</h1>{{#each Basis}}<p>{{this}}</p>{{/each}}")),
            "import-xlsx" => (Path.Combine(TestPaths.TempDir(), "目录.xlsx"), ImportWorkbook()),
            "import-xls" => (Path.Combine(TestPaths.TempDir(), "目录.xls"), File.ReadAllBytes(Path.Combine(TestPaths.Cases, "import", "白河县.xls"))),
            _ => throw new ArgumentException(kind),
        };
    }

    private static byte[] PowerWorkbook()
    {
        var sheet = new SheetBuilder("权责清单");
        sheet.Text(1, 1, "事项编码"); sheet.Text(1, 2, "事项名称"); sheet.Text(1, 3, "权力类型");
        sheet.Text(2, 1, "A-1"); sheet.Text(2, 2, "=cmd|' /C calc'!A0"); sheet.Text(2, 3, "行政许可");
        return Saved(sheet);
    }

    private static byte[] ImportWorkbook()
    {
        var sheet = new SheetBuilder("社会救助");
        string[] head = ["序号", "一级事项", "二级事项", "公开内容", "公开依据", "公开时限", "公开主体", "公开渠道和载体"];
        for (var c = 0; c < head.Length; c++) sheet.Text(1, c + 1, head[c]);
        string[] row = ["1", "<script>alert(1)</script>", "=HYPERLINK(\"http://x\")", "内容", "依据", "20个工作日内", "民政局", "政府网站"];
        for (var c = 0; c < row.Length; c++) sheet.Text(2, c + 1, row[c]);
        return Saved(sheet);
    }

    private static byte[] Saved(SheetBuilder sheet)
    {
        var path = Path.Combine(TestPaths.TempDir(), "w.xlsx");
        XlsxPackage.Write(path, [sheet], new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        return File.ReadAllBytes(path);
    }

    private static byte[] Payload(string payload, byte[] valid)
    {
        var utf8 = new UTF8Encoding(false);
        switch (payload)
        {
            case "garbage":
                var random = new Random(7);
                var bytes = new byte[20_000];
                random.NextBytes(bytes);
                return bytes;
            case "truncated":
                return valid[..Math.Max(1, valid.Length / 2)];
            case "gbk":
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                return Encoding.GetEncoding("GBK").GetBytes(utf8.GetString(valid) + "\n# 中文注释：用记事本另存为 ANSI\n");
            case "huge":
                return [.. valid, .. utf8.GetBytes("\n" + new string('长', 3_000_000) + "\n")];
            case "deep":
                return utf8.GetBytes(new string('[', 100_000));
            case "aliases":
                var sb = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
                for (var i = 0; i < 9; i++) sb.Append($"{(char)('b' + i)}: &{(char)('b' + i)} [*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)}]\n");
                return utf8.GetBytes(sb.ToString());
            case "duplicate-keys":
                return utf8.GetBytes(utf8.GetString(valid).Split('\n')[0] + "\n" + utf8.GetString(valid));
            case "tabs":
                return utf8.GetBytes(utf8.GetString(valid).Replace("\n  ", "\n\t", StringComparison.Ordinal));
            case "zip-bomb":
                return ZipBomb();
            case "unclosed-block":
                return utf8.GetBytes("<h1>{{Name}}</h1>\n{{#each Basis}}\n<p>{{this}}</p>\n");
            case "javascript-url":
                return utf8.GetBytes("- item: shjz-001\n  title: 通知\n  date: 2026-01-05\n  url: \"javascript:alert(document.cookie)\"\n");
            case "path-id":
                return utf8.GetBytes(utf8.GetString(valid).Replace("id: shjz-001", "id: ../../../etc/passwd", StringComparison.Ordinal));
            case "symlink-outside":
                return [];
            default:
                throw new ArgumentException(payload);
        }
    }

    /// <summary>A small file whose one entry claims to expand to gigabytes.</summary>
    private static byte[] ZipBomb()
    {
        using var ms = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(ms, System.IO.Compression.ZipArchiveMode.Create, true))
        {
            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", System.IO.Compression.CompressionLevel.SmallestSize);
            using var s = entry.Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 700; i++) s.Write(zeros);
        }
        return ms.ToArray();
    }
}

/// <summary>Nothing lost: a killed build leaves one whole output, and no command but init and import touches the inputs.</summary>
public class NothingLostTests
{
    [Fact]
    public void Build_and_review_refuse_an_output_folder_holding_files_they_did_not_write()
    {
        foreach (var command in new[] { "build", "review" })
        {
            var desk = TestPaths.TempDir();
            File.WriteAllText(Path.Combine(desk, "工作总结.docx"), "用户自己的文件");
            Directory.CreateDirectory(Path.Combine(desk, "照片"));
            var input = command == "build" ? TestPaths.Example : Path.GetDirectoryName(TestPaths.Example)!;
            var (code, _, err) = CliTests.Run(command, input, "-o", desk, "--lang", "zh-CN");
            Assert.Equal(2, code);
            Assert.Contains("工作总结.docx", err);
            Assert.Equal("用户自己的文件", File.ReadAllText(Path.Combine(desk, "工作总结.docx")));
            Assert.True(Directory.Exists(Path.Combine(desk, "照片")));
        }
        // A file where the folder should be is refused too, and an earlier output is replaced as before.
        var file = Path.Combine(TestPaths.TempDir(), "out");
        File.WriteAllText(file, "x");
        Assert.Equal(2, CliTests.Run("build", TestPaths.Example, "-o", file).Code);
        Assert.Equal("x", File.ReadAllText(file));
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Assert.Equal(0, CliTests.Run("build", TestPaths.Example, "-o", output).Code);
        Assert.Equal(0, CliTests.Run("build", TestPaths.Example, "-o", output).Code);
        // A file a user put deep inside an earlier output is theirs too: the output lists its own files.
        Directory.CreateDirectory(Path.Combine(output, "site", "images"));
        File.WriteAllText(Path.Combine(output, "site", "images", "logo.png"), "用户的图片");
        var (code2, _, err2) = CliTests.Run("build", TestPaths.Example, "-o", output, "--lang", "zh-CN");
        Assert.Equal(2, code2);
        Assert.Contains("site/images", err2);
        Assert.True(File.Exists(Path.Combine(output, "site", "images", "logo.png")));
        File.Delete(Path.Combine(output, "site", "images", "logo.png"));
        Directory.Delete(Path.Combine(output, "site", "images"));
        Assert.Equal(0, CliTests.Run("build", TestPaths.Example, "-o", output).Code);
    }

    [Fact]
    public void An_output_location_that_cannot_be_written_is_the_users_to_fix_not_a_bug()
    {
        var parent = TestPaths.TempDir();
        var blocked = Path.Combine(parent, "blocked.txt");
        File.WriteAllText(blocked, "x");
        // The output's parent is a file: no folder can be made there.
        var (code, _, err) = CliTests.Run("build", TestPaths.Example, "-o", Path.Combine(blocked, "out"), "--lang", "zh-CN");
        Assert.Equal(2, code);
        Assert.Contains("无法读写文件", err);
        Assert.DoesNotContain("内部错误", err);
        // A report written over a folder: refused by the file system, and its temporary file is removed.
        var (diff, _, derr) = CliTests.Run("diff", TestPaths.Example, TestPaths.Example, "-o", parent, "--force", "--lang", "zh-CN");
        Assert.Equal(2, diff);
        Assert.DoesNotContain("内部错误", derr);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(parent)!, $".{Path.GetFileName(parent)}*"));
        Assert.Equal(["blocked.txt"], Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
    }

    [Fact]
    public void A_build_killed_at_any_moment_leaves_one_whole_output()
    {
        var repo = TestPaths.TempDir();
        PowerTests.CopyDirectory(TestPaths.Example, repo);
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Assert.Equal(0, CliTests.Run("build", repo, "-o", output).Code);
        var before = Snapshot(output);
        var manifest = Path.Combine(repo, "catalogue.yaml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("publisher: 青禾县人民政府办公室", "publisher: 青禾县人民政府办公室（修订）", StringComparison.Ordinal));
        var fresh = Path.Combine(TestPaths.TempDir(), "fresh");
        Assert.Equal(0, CliTests.Run("build", repo, "-o", fresh).Code);
        var edited = Snapshot(fresh);
        Assert.NotEqual(before.OrderBy(k => k.Key), edited.OrderBy(k => k.Key));
        foreach (var delay in new[] { 150, 300, 450, 600, 900 })
        {
            var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.Environment["SOURCE_DATE_EPOCH"] = "1795392000"; // the same reference date as CliTests.Run, so a finished build equals the fresh one
            psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "catalogue.dll"));
            foreach (var a in new[] { "build", repo, "-o", output }) psi.ArgumentList.Add(a);
            using var p = System.Diagnostics.Process.Start(psi)!;
            Thread.Sleep(delay);
            try { p.Kill(); } catch (InvalidOperationException) { }
            p.WaitForExit();
            var after = Snapshot(output).OrderBy(k => k.Key).ToList();
            Assert.True(after.SequenceEqual(before.OrderBy(k => k.Key)) || after.SequenceEqual(edited.OrderBy(k => k.Key)),
                $"after a kill at {delay} ms the output is neither the previous build nor the new one: "
                + string.Join(", ", after.Where(kv => !before.TryGetValue(kv.Key, out var h) || h != kv.Value).Where(kv => !edited.TryGetValue(kv.Key, out var h) || h != kv.Value).Select(kv => kv.Key).Take(5))
                + $" ({after.Count} files, before {before.Count}, new {edited.Count})");
        }
        CliTests.Run("build", repo, "-o", output);
        Assert.DoesNotContain(Directory.GetDirectories(Path.GetDirectoryName(output)!), d => Path.GetFileName(d).StartsWith(".out", StringComparison.Ordinal));
    }

    [Fact]
    public void A_previous_output_that_cannot_be_removed_does_not_fail_the_build()
    {
        var parent = TestPaths.TempDir();
        var output = Path.Combine(parent, "out");
        var stuck = Path.Combine(output, "site", "stuck"); // inside an earlier output
        Directory.CreateDirectory(stuck);
        var file = Path.Combine(stuck, "held.txt");
        File.WriteAllText(file, "不能删除的文件");
        using (Undeletable(stuck, file, parent))
        {
            var (code, _, stderr) = CliTests.Run("build", TestPaths.Example, "-o", output);
            Assert.True(code == 0, stderr);
            Assert.True(File.Exists(Path.Combine(output, "site", "index.html")));
            Assert.False(Directory.Exists(stuck));
        }
        // What was left behind is removed by a later run once it can be.
        var (again, _, err) = CliTests.Run("build", TestPaths.Example, "-o", output);
        Assert.True(again == 0, err);
        Assert.Empty(Directory.GetFiles(parent, "held.txt", SearchOption.AllDirectories));
    }

    /// <summary>
    /// Makes <paramref name="file"/> impossible to remove until disposed: a folder without write permission stops
    /// an ordinary user, the immutable attribute stops root (as in CI). Disposing finds the file again under
    /// <paramref name="searchRoot"/>, wherever the build moved it.
    /// </summary>
    private static IDisposable Undeletable(string folder, string file, string searchRoot)
    {
        if (Environment.UserName != "root" && (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()))
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            // The build moves the previous output aside: the folder is found again wherever it went.
            return new Cleanup(() =>
            {
                if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
                var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
                foreach (var moved in Directory.GetDirectories(searchRoot, Path.GetFileName(folder), options))
                    File.SetUnixFileMode(moved, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            });
        }
        Chattr("+i", file);
        // The build moves the previous output aside: the file is found again wherever it went.
        return new Cleanup(() =>
        {
            foreach (var moved in Directory.GetFiles(searchRoot, Path.GetFileName(file), new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
                Chattr("-i", moved);
        });
    }

    private static void Chattr(string flag, string file)
    {
        var psi = new System.Diagnostics.ProcessStartInfo("chattr") { ArgumentList = { flag, file }, RedirectStandardError = true };
        using var p = System.Diagnostics.Process.Start(psi)!;
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"chattr {flag} failed: {err}");
    }

    private sealed class Cleanup(Action action) : IDisposable
    {
        public void Dispose() => action();
    }

    [Fact]
    public void A_run_killed_between_the_two_moves_is_repaired_by_the_next_run()
    {
        var parent = TestPaths.TempDir();
        var aside = Path.Combine(parent, ".out.old-0123");
        Directory.CreateDirectory(aside);
        File.WriteAllText(Path.Combine(aside, "index.html"), "上一次的输出");
        var stale = Path.Combine(parent, ".out.tmp-999999-abc");
        Directory.CreateDirectory(stale);
        using (new Emit.OutputTransaction(Path.Combine(parent, "out")))
        {
            Assert.Equal("上一次的输出", File.ReadAllText(Path.Combine(parent, "out", "index.html")));
        }
        Assert.False(Directory.Exists(aside));
        Assert.False(Directory.Exists(stale));
    }

    private static Dictionary<string, string> Snapshot(string dir) =>
        !Directory.Exists(dir) ? [] : Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void Validate_build_review_and_diff_never_modify_their_inputs()
    {
        var root = TestPaths.TempDir();
        var repo = Path.Combine(root, "青禾县");
        PowerTests.CopyDirectory(TestPaths.Example, repo);
        var before = Snapshot(root);
        CliTests.Run("validate", repo, "--format", "json");
        CliTests.Run("build", repo, "-o", Path.Combine(TestPaths.TempDir(), "out"));
        CliTests.Run("review", root, "-o", Path.Combine(TestPaths.TempDir(), "review"));
        CliTests.Run("diff", repo, repo, "--format", "markdown");
        Assert.Equal(before, Snapshot(root));
    }
}
