using CatalogueTool.Emit;
using CatalogueTool.Emit.Excel;

namespace CatalogueTool.Tests;

/// <summary>The example county built once per test run, for the tests that only read its output.</summary>
public static class BuiltExample
{
    private static readonly Lazy<string> Output = new(() =>
    {
        var output = Path.Combine(TestPaths.TempDir(), "out");
        var result = BuildPipeline.Run(TestPaths.Example, new BuildOptions(output, new ExcelOptions(), TestPaths.Today, "1.0.0"));
        if (!result.Written) throw new InvalidOperationException("the example county did not build");
        return output;
    });

    public static string Folder => Output.Value;

    public static string Site => Path.Combine(Folder, "site");

    public static string Read(string relative) => File.ReadAllText(Path.Combine(Folder, relative));
}
