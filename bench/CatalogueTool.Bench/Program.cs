using BenchmarkDotNet.Running;
using CatalogueTool.Bench;

// catalogue-bench county <dir>              one synthetic county
// catalogue-bench province <dir> <n>        n synthetic counties
// catalogue-bench hugo <dir>                the same pages as Hugo content
// catalogue-bench stages [BenchmarkDotNet args]
switch (args.FirstOrDefault())
{
    case "county":
        SyntheticCounty.Write(args[1], "基准县", "510999");
        return 0;
    case "province":
        var n = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < n; i++) SyntheticCounty.Write(Path.Combine(args[1], $"county-{i + 1:000}"), $"基准{i + 1}县", $"51{i + 1:0000}");
        return 0;
    case "hugo":
        Console.WriteLine(SyntheticCounty.WriteHugoSite(args[1]));
        return 0;
    case "stages":
        BenchmarkRunner.Run<StageBenchmarks>(args: args[1..]);
        return 0;
    default:
        Console.Error.WriteLine("usage: catalogue-bench county <dir> | province <dir> <n> | hugo <dir> | stages [BenchmarkDotNet args]");
        return 2;
}
