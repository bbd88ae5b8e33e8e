namespace CatalogueTool.Tests;

/// <summary>Locations in the repository, found from the test binary upwards.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Cases => Path.Combine(RepoRoot, "tests", "CatalogueTool.Tests", "cases");
    public static string Example => Path.Combine(RepoRoot, "catalogues", "examples", "qinghe-county");
    public static DateOnly Today { get; } = new(2026, 11, 23);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CatalogueTool.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    /// <summary>A copy of the example county with one file replaced (or added) by the given text.</summary>
    public static string ExampleWith(string relativePath, string text)
    {
        var dir = TempDir();
        PowerTests.CopyDirectory(Example, dir);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(dir, relativePath))!);
        File.WriteAllText(Path.Combine(dir, relativePath), text);
        return dir;
    }

    /// <summary>A copy of the example county with every <paramref name="oldText"/> in one file replaced (it must be there).</summary>
    public static string ExampleEdited(string relativePath, string oldText, string newText)
    {
        var text = File.ReadAllText(Path.Combine(Example, relativePath));
        Assert.Contains(oldText, text);
        return ExampleWith(relativePath, text.Replace(oldText, newText));
    }

    public static string TempDir()
    {
        var d = Path.Combine(Path.GetTempPath(), "catalogue-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(d);
        return d;
    }

    /// <summary>A repository where every pilot area but the listed ones is not applicable, baseline off.</summary>
    public static string MinimalRepo(string? areaYaml = null, string areaId = "social-assistance", string extraManifest = "", string baseline = "none")
    {
        var dir = TempDir();
        var na = string.Join("\n", Model.PilotAreas.All.Where(a => a.Id != areaId || areaYaml is null).Select(a => $"  {a.Id}: 不涉及"));
        File.WriteAllText(Path.Combine(dir, "catalogue.yaml"),
            $"schema: 1\njurisdiction:\n  name: 试验县\npublisher: 试验县人民政府办公室\nedition: \"1\"\nbaseline: {baseline}\nnot_applicable:\n{na}\n{extraManifest}");
        if (areaYaml is not null)
        {
            Directory.CreateDirectory(Path.Combine(dir, "areas"));
            File.WriteAllText(Path.Combine(dir, "areas", areaId + ".yaml"), areaYaml);
        }
        return dir;
    }

    public const string GoodItem = """
          - id: shjz-001
            category: 综合业务
            name: 政策法规文件
            content: 政策文件
            basis: [《社会救助暂行办法》（国务院令第649号）]
            time_limit: 制定或获取信息之日起10个工作日内
            subject: 试验县民政局
            channels: [政府网站]
            audience: 全社会
            mode: 主动
            levels: [县级]
        """;
}
