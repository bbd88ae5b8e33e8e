using System.CommandLine;
using System.Globalization;
using System.Text;
using CatalogueTool.Cli;
using CatalogueTool.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);
// Numbers and dates in every output are written the same on every machine (100.0%, never 100,0%): the outputs are
// reproducible whatever the locale. Messages follow the UI language, which stays as it is.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var root = new RootCommand("catalogue：基层政务公开标准目录编译器 / compiler for standardized government-affairs disclosure catalogues");
root.Add(CommonOptions.Lang);
root.Add(ValidateCommand.Create());
root.Add(BuildCommand.Create());
root.Add(InitCommand.Create());
root.Add(ImportCommand.Create());
root.Add(ImportPowersCommand.Create());
root.Add(ReviewCommand.Create());
root.Add(DiffCommand.Create());
root.Add(RulesCommand.Create());
root.Add(SchemaCommand.Create());
return await Shell.RunAsync(root, args);
