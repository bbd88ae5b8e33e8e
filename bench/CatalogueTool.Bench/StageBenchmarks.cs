using BenchmarkDotNet.Attributes;
using CatalogueTool.Diagnostics;
using CatalogueTool.Emit.Excel;
using CatalogueTool.Emit.Site;
using CatalogueTool.Validation;

namespace CatalogueTool.Bench;

/// <summary>The stages of a build on the synthetic county, warm: validate (load, bind, check), workbooks, site.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string _repo = "";
    private string _out = "";
    private ValidationResult _validated = null!;
    private TemplateSet _templates = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = Path.Combine(Path.GetTempPath(), "catalogue-bench");
        _repo = Path.Combine(root, "county");
        if (Directory.Exists(root)) Directory.Delete(root, true);
        SyntheticCounty.Write(_repo, "基准县", "510999");
        _out = Path.Combine(root, "out");
        _validated = Validator.Validate(_repo, SyntheticCounty.Today);
        _templates = TemplateSet.Load(_repo, new DiagnosticBag())!;
    }

    [Benchmark]
    public int Validate() => Validator.Validate(_repo, SyntheticCounty.Today).Diagnostics.Count;

    [Benchmark]
    public void Workbooks() => WorkbookWriter.WriteAll(_validated, Fresh("excel"), new ExcelOptions(), new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc));

    [Benchmark]
    public void Site() => SiteWriter.Write(_validated, _templates, Fresh("site"));

    [Benchmark]
    public TemplateSet? CompileTemplates() => TemplateSet.Load(_repo, new DiagnosticBag());

    private string Fresh(string name)
    {
        var dir = Path.Combine(_out, name);
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
        return dir;
    }
}
