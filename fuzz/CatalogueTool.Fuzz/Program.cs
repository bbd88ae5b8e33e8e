using CatalogueTool.Binding;
using CatalogueTool.Diagnostics;
using CatalogueTool.Import;
using CatalogueTool.Loading;
using CatalogueTool.Loading.Tables;
using CatalogueTool.Model;
using SharpFuzz;

// Fuzz targets for AFL through SharpFuzz (docs/fuzzing.md). Any exception that escapes is a finding:
// hostile input must always end in a diagnostic, never a crash.
//   catalogue-fuzz yaml    bytes → decoding → YAML reader → every binder
//   catalogue-fuzz xlsx    bytes → workbook reader → catalogue importer and power-list reader
//   catalogue-fuzz <target> <file>   replays one input without AFL (to reproduce a crash)
if (args.Length == 0 || args[0] is not ("yaml" or "xlsx"))
{
    Console.Error.WriteLine("usage: catalogue-fuzz yaml|xlsx [input-file]");
    return 2;
}
var target = args[0];
var scratch = Path.Combine(Path.GetTempPath(), $"catalogue-fuzz-{Environment.ProcessId}.xlsx");
void Run(byte[] bytes)
{
    if (target == "yaml")
    {
        var bag = new DiagnosticBag();
        var text = SourceFile.Decode(bytes, "f.yaml", bag);
        if (text is null) return;
        var node = YamlFile.LoadText(text, "f.yaml", bag);
        AreaBinder.Bind(node, "areas/f.yaml", t => PilotAreas.Find(t, out _), bag);
        ManifestBinder.Bind(node, "catalogue.yaml", bag);
        RecordsBinder.Bind(node, "records/f.yaml", bag);
        PowerListBinder.Bind(node, "powers/f.yaml", bag);
        return;
    }
    File.WriteAllBytes(scratch, bytes);
    CatalogueImporter.Import(scratch, "social-assistance");
    PowerTableReader.FromXlsx(scratch, "powers/f.xlsx", new DiagnosticBag());
}
if (args.Length > 1)
{
    Run(File.ReadAllBytes(args[1]));
    return 0;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var ms = new MemoryStream();
    stream.CopyTo(ms);
    Run(ms.ToArray());
});
return 0;
