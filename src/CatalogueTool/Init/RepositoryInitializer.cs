using System.Text;
using CatalogueTool.Baselines;
using CatalogueTool.Emit.Yaml;
using CatalogueTool.Schema;

namespace CatalogueTool.Init;

public sealed record InitOptions(string Name, string? Code, string Level, string? Parent);

/// <summary>
/// A new repository that validates clean: the manifest, every baseline area copied with concrete subjects,
/// empty powers/ and records/ with a README, the schemas, a .gitignore and a CI workflow.
/// </summary>
public static class RepositoryInitializer
{
    public static IReadOnlyList<(string Path, string Text)> Files(InitOptions options)
    {
        var (baseline, _) = BaselineLoader.LoadNational();
        var files = new List<(string, string)>();
        var notApplicable = new List<string>();
        foreach (var area in baseline.Areas)
        {
            // A township publishes the items whose level includes 乡级; the county-only ones are waived with the reason.
            bool Published(Model.Item i) => options.Level != "township" || i.Levels.Contains("乡级");
            var drafts = area.Items.Where(Published).Select(i =>
            {
                var subject = DepartmentNames.Concretise(i.Subject.Value, options.Name, options.Level, options.Parent);
                return ItemDraft.From(i) with { Subject = subject, Baseline = i.Id.Value, Note = null };
            }).ToList();
            var waived = area.Items.Where(i => !Published(i)).Select(i => (i.Id.Value, "标准指引中该事项只在县级公开，由县级部门公开")).ToList();
            // An area none of whose items a township publishes would be a blank column: it is declared not applicable.
            if (drafts.Count == 0 && waived.Count > 0)
            {
                notApplicable.Add(area.Area.Id);
                continue;
            }
            var header = $"{options.Name}{area.Area.Name}领域基层政务公开标准目录。由 catalogue init 从国家标准指引复制（{area.Source?.Document}），请按本地实际调整。";
            files.Add(($"areas/{area.Area.Id}.yaml", AreaYamlWriter.Write(area.Area.Id, header, drafts, waived)));
        }
        files.Add(("catalogue.yaml", Manifest(options, notApplicable)));
        files.Add(("powers/README.md", "# 权责清单\n\n把本级各部门的权责清单放在这里：YAML（格式见 catalogue schema --file powers）、CSV 或 Excel（.xlsx）。\n表头需包含事项编码、事项名称、权力类型，可选实施依据、实施主体。\n可用 `catalogue import-powers 清单.xlsx -o powers/部门.yaml` 转换。\n"));
        files.Add(("records/README.md", "# 公开记录\n\n每个领域一个文件 records/<领域>.yaml，记录每个事项实际发布的信息（标题、日期、链接、索引号），\n没有可公开的信息时写情况说明（statement）。没有记录的主动公开事项会被报告为“空白栏目”。\n"));
        files.Add((".gitignore", "out/\n.out.tmp-*/\n*.tmp\n~$*\n.catalogue-tool/\nimport-report.txt\nimport-report.json\n"));
        files.Add((".github/workflows/catalogue.yml", Workflow));
        foreach (var kind in JsonSchemaGenerator.Kinds) files.Add(($"schemas/{kind}.schema.json", JsonSchemaGenerator.Render(kind)));
        return files;
    }

    private static string Manifest(InitOptions o, IReadOnlyList<string> notApplicable)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# yaml-language-server: $schema=schemas/manifest.schema.json");
        sb.AppendLine("schema: 1");
        sb.AppendLine("jurisdiction:");
        sb.Append("  name: ").AppendLine(YamlText.Scalar(o.Name));
        if (o.Code is not null) sb.Append("  code: ").AppendLine(YamlText.Quote(o.Code));
        sb.Append("  level: ").AppendLine(o.Level);
        if (o.Parent is not null) sb.Append("  parent: ").AppendLine(YamlText.Scalar(o.Parent));
        // A 街道办事处 publishes itself; a county or township government through its office.
        var government = DepartmentNames.Government(o.Name);
        sb.Append("publisher: ").AppendLine(YamlText.Scalar(government.EndsWith("办事处", StringComparison.Ordinal) ? government : government + "办公室"));
        sb.AppendLine("edition: \"1\"");
        sb.AppendLine("baseline: national");
        if (notApplicable.Count == 0)
        {
            // The first edit a county makes: said where it is made, so that nobody writes an entry under the braces.
            sb.AppendLine("# 本级不涉及的领域：把下面的“{}”删去，在下一行缩进两格写“领域编号: 理由”，并删除 areas/ 中这个领域的文件，例如");
            sb.AppendLine("#   household-registration: 户籍管理由县公安局垂直管理，本级不涉及");
            sb.AppendLine("not_applicable: {}");
        }
        else
        {
            sb.AppendLine("not_applicable:");
            foreach (var id in notApplicable) sb.Append("  ").Append(id).AppendLine(": 标准指引中本领域事项均只在县级公开，由县级部门公开");
        }
        return sb.ToString();
    }

    /// <summary>
    /// The repository's CI: builds the tool from its source repository (named by the repository variable
    /// CATALOGUE_TOOL_REPO, as the tool is not published to a package feed) and validates with annotations. A missing
    /// variable or a failed build fails the job with a message; nothing is installed from a feed by name.
    /// </summary>
    private const string Workflow = """
        # 每次提交都检查目录；发现错误时在改动的文件行上标注。
        # 使用前：在本仓库 Settings → Secrets and variables → Actions → Variables 中新建变量
        #   CATALOGUE_TOOL_REPO：CatalogueTool 源代码所在的仓库，如 某省政务公开办/CatalogueTool；
        #   CATALOGUE_TOOL_REF（可选）：使用的版本（分支、标签或提交），默认 main。建议设为固定的标签或提交：
        #   工具更新可能增加检查，固定版本后，同样的目录今天通过、明天也通过，升级时再改这个变量。
        # 工具仓库是私有的：再在 Secrets 中新建 CATALOGUE_TOOL_TOKEN（能读取该仓库的访问令牌）。
        # 工具源代码须在 GitHub 上；放在其他代码托管平台时，请改写下面“编译 catalogue”之前的两步。
        name: catalogue
        on: [push, pull_request]
        permissions:
          contents: read
        jobs:
          validate:
            runs-on: ubuntu-latest
            steps:
              - name: 检查是否已设置工具仓库
                if: ${{ vars.CATALOGUE_TOOL_REPO == '' }}
                run: |
                  echo "::error::请在仓库变量中设置 CATALOGUE_TOOL_REPO（CatalogueTool 源代码仓库，如 某省政务公开办/CatalogueTool），见本文件开头的说明"
                  exit 1
              - uses: actions/checkout@v4
              - uses: actions/checkout@v4
                with:
                  repository: ${{ vars.CATALOGUE_TOOL_REPO }}
                  ref: ${{ vars.CATALOGUE_TOOL_REF || 'main' }}
                  token: ${{ secrets.CATALOGUE_TOOL_TOKEN || github.token }}
                  path: .catalogue-tool
              - uses: actions/setup-dotnet@v4
                with:
                  global-json-file: .catalogue-tool/global.json
              - name: 编译 catalogue
                run: dotnet publish .catalogue-tool/src/CatalogueTool.Cli -c Release -o "$RUNNER_TEMP/catalogue"
              - name: 检查目录
                run: '"$RUNNER_TEMP/catalogue/catalogue" validate --format github --lang zh-CN'

        """;
}
