using System.Diagnostics;

namespace CatalogueTool.Tests;

/// <summary>The command line as CI and clerks use it: exit codes, language, no stack traces.</summary>
public class CliTests
{
    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "catalogue.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["SOURCE_DATE_EPOCH"] = "1795392000";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr);
    }

    [Fact]
    public void Validate_example_exits_0()
    {
        var (code, output, _) = Run("validate", TestPaths.Example, "--lang", "zh-CN");
        Assert.Equal(0, code);
        Assert.Contains("0 个错误", output);
    }

    [Fact]
    public void Findings_exit_1_and_strict_counts_warnings()
    {
        Assert.Equal(1, Run("validate", Path.Combine(TestPaths.Cases, "planted"), "--today", "2025-06-01").Code);
        var warnOnly = TestPaths.MinimalRepo("area: 社会救助\nitems:\n" + TestPaths.GoodItem.Replace("政府网站", "门户网站"));
        Assert.Equal(0, Run("validate", warnOnly).Code);
        Assert.Equal(1, Run("validate", warnOnly, "--strict").Code);
    }

    [Fact]
    public void Unreadable_input_and_usage_errors_exit_2_without_stack_trace()
    {
        var missing = Run("validate", "/nonexistent/folder", "--lang", "zh-CN");
        Assert.Equal(2, missing.Code);
        var usage = Run("validate", "--format", "pdf");
        Assert.Equal(2, usage.Code);
        Assert.DoesNotContain("   at ", missing.Out + missing.Err + usage.Out + usage.Err);
    }

    [Fact]
    public void Rules_lists_every_rule()
    {
        var (code, output, _) = Run("rules", "--lang", "en");
        Assert.Equal(0, code);
        Assert.All(Diagnostics.KnownRules.All, r => Assert.Contains(r.Id, output));
    }

    [Fact]
    public void Init_refuses_a_non_empty_folder()
    {
        var dir = TestPaths.TempDir();
        File.WriteAllText(Path.Combine(dir, "keep.txt"), "x");
        Assert.Equal(2, Run("init", dir, "--name", "测试县").Code);
        Assert.Equal("x", File.ReadAllText(Path.Combine(dir, "keep.txt")));
        Assert.Single(Directory.EnumerateFileSystemEntries(dir));
    }
}
