using System.Globalization;
using System.Text;
using CatalogueTool.Emit.Yaml;
using CatalogueTool.Model;

namespace CatalogueTool.Bench;

/// <summary>
/// Writes a synthetic county for timing: 26 areas × 40 items, 3,000 powers of ten departments (every power disclosed
/// through {type, subject} selectors), and 3 records per item dated within the last 100 days of the reference date.
/// The text lengths follow the example county; the content is filler, never meant to be read.
/// </summary>
public static class SyntheticCounty
{
    public const int ItemsPerArea = 40, Departments = 10, PowersPerDepartment = 300, RecordsPerItem = 3;
    public static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly string[] Types = ["行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查", "行政确认", "行政奖励", "行政裁决", "其他行政权力"];
    private static readonly string[] DepartmentNames = ["民政局", "人力资源和社会保障局", "自然资源局", "住房和城乡建设局", "生态环境局", "农业农村局", "卫生健康局", "教育局", "市场监督管理局", "城市管理局"];

    public static void Write(string dir, string name, string code)
    {
        var utf8 = new UTF8Encoding(false);
        Directory.CreateDirectory(Path.Combine(dir, "areas"));
        Directory.CreateDirectory(Path.Combine(dir, "powers"));
        Directory.CreateDirectory(Path.Combine(dir, "records"));
        string Dept(int d) => name + DepartmentNames[d];

        var manifest = new StringBuilder()
            .Append("schema: 1\njurisdiction:\n  name: ").Append(name).Append("\n  code: \"").Append(code).Append("\"\n  level: county\n")
            .Append("publisher: ").Append(name).Append("人民政府办公室\nedition: \"2026\"\nbaseline: none\n")
            .Append("portal:\n  title: ").Append(name).Append("人民政府\n  base_url: https://www.example.gov.cn/zwgk/\n")
            .Append("records:\n  stale_after_days: 180\ndepartments:\n");
        for (var d = 0; d < Departments; d++) manifest.Append("  - name: ").Append(Dept(d)).Append('\n');
        File.WriteAllText(Path.Combine(dir, "catalogue.yaml"), manifest.ToString(), utf8);

        for (var d = 0; d < Departments; d++)
        {
            var sb = new StringBuilder("department: ").Append(Dept(d)).Append("\npowers:\n");
            for (var p = 0; p < PowersPerDepartment; p++)
            {
                var type = Types[p % Types.Length];
                sb.Append("  - code: \"").Append(code).Append('-').Append(d.ToString("00", CultureInfo.InvariantCulture)).Append('-').Append(p.ToString("0000", CultureInfo.InvariantCulture))
                  .Append("\"\n    name: 对违反《某某管理条例》第").Append(p + 1).Append("条规定行为的").Append(type).Append("事项\n    type: ").Append(type)
                  .Append("\n    basis: 《某某管理条例》第").Append(p + 1).Append("条\n");
            }
            File.WriteAllText(Path.Combine(dir, "powers", DepartmentNames[d] + ".yaml"), sb.ToString(), utf8);
        }

        var pilots = PilotAreas.All;
        for (var a = 0; a < pilots.Count; a++)
        {
            var area = pilots[a];
            var dept = a % Departments;
            var items = new StringBuilder("area: ").Append(area.Id).Append("\nitems:\n");
            var records = new StringBuilder();
            for (var i = 0; i < ItemsPerArea; i++)
            {
                var id = $"{area.Prefix}-{i + 1:000}";
                // The first area of each department carries one selector per power type, so that every power is disclosed.
                var selector = a < Departments && i < Types.Length ? Types[i] : null;
                var limit = selector is "行政许可" ? "作出行政许可决定之日起7个工作日内"
                    : selector is "行政处罚" ? "作出行政处罚决定之日起7个工作日内"
                    : "制定或获取信息之日起20个工作日内";
                items.Append("  - id: ").Append(id).Append("\n    category: ").Append(area.Name).Append("第").Append(i / 5 + 1).Append("类事项\n")
                     .Append("    name: ").Append(area.Name).Append("公开事项").Append(i + 1).Append('\n')
                     .Append("    content: 事项名称、办理依据、申请条件、办理流程、办理时限、收费标准、办理结果、咨询电话和监督投诉渠道等").Append(i + 1).Append('\n')
                     .Append("    basis:\n      - 《中华人民共和国政府信息公开条例》\n      - 《").Append(area.Name).Append("管理办法》第").Append(i + 1).Append("条\n")
                     .Append("    time_limit: ").Append(limit).Append('\n')
                     .Append("    subject: ").Append(Dept(dept)).Append('\n')
                     .Append("    channels: [政府网站, 两微一端, 公开查阅点, 政务服务中心]\n    audience: 全社会\n    mode: 主动\n    levels: [县级, 乡级]\n");
                if (selector is not null) items.Append("    powers:\n      - { type: ").Append(selector).Append(", subject: ").Append(Dept(dept)).Append(" }\n");
                for (var r = 0; r < RecordsPerItem; r++)
                {
                    var date = Today.AddDays(-((i * 7 + r * 31 + a) % 100) - 1);
                    records.Append("- item: ").Append(id).Append("\n  title: ").Append(name).Append(area.Name).Append("公开事项").Append(i + 1).Append("第").Append(r + 1).Append("号公告\n")
                           .Append("  date: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
                           .Append("  url: https://www.example.gov.cn/zwgk/").Append(area.Prefix).Append('/').Append(i + 1).Append('-').Append(r + 1).Append(".html\n")
                           .Append("  index_no: ").Append(YamlText.Scalar($"{code}-{a:00}{i:000}{r}")).Append('\n');
                }
            }
            File.WriteAllText(Path.Combine(dir, "areas", area.Id + ".yaml"), items.ToString(), utf8);
            File.WriteAllText(Path.Combine(dir, "records", area.Id + ".yaml"), records.ToString(), utf8);
        }
    }

    /// <summary>The same pages as Markdown content for Hugo: a home page, 26 area sections and one page per item.</summary>
    public static int WriteHugoSite(string dir)
    {
        var utf8 = new UTF8Encoding(false);
        Directory.CreateDirectory(Path.Combine(dir, "content"));
        Directory.CreateDirectory(Path.Combine(dir, "layouts", "_default"));
        File.WriteAllText(Path.Combine(dir, "hugo.toml"), "baseURL = 'https://www.example.gov.cn/zwgk/'\nlanguageCode = 'zh-cn'\ntitle = '基层政务公开标准目录'\ndisableKinds = ['taxonomy', 'term', 'RSS']\n", utf8);
        const string baseof = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n";
        File.WriteAllText(Path.Combine(dir, "layouts", "_default", "baseof.html"), baseof, utf8);
        File.WriteAllText(Path.Combine(dir, "layouts", "_default", "list.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><table>{{ range .Pages }}<tr><td><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></td><td>{{ .Params.content }}</td><td>{{ .Params.subject }}</td></tr>{{ end }}</table>{{ end }}\n", utf8);
        File.WriteAllText(Path.Combine(dir, "layouts", "_default", "single.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><dl><dt>公开内容</dt><dd>{{ .Params.content }}</dd><dt>公开主体</dt><dd>{{ .Params.subject }}</dd></dl>{{ .Content }}{{ end }}\n", utf8);
        File.WriteAllText(Path.Combine(dir, "content", "_index.md"), "---\ntitle: 基层政务公开标准目录\n---\n", utf8);
        var pages = 1;
        foreach (var area in PilotAreas.All)
        {
            var folder = Path.Combine(dir, "content", area.Id);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "_index.md"), $"---\ntitle: {area.Name}\n---\n", utf8);
            pages++;
            for (var i = 0; i < ItemsPerArea; i++)
            {
                var md = new StringBuilder($"---\ntitle: {area.Name}公开事项{i + 1}\ncontent: 事项名称、办理依据、申请条件、办理流程、办理时限、收费标准、办理结果、咨询电话和监督投诉渠道等{i + 1}\nsubject: 某部门\n---\n\n");
                for (var r = 0; r < RecordsPerItem; r++) md.Append($"- [{area.Name}公开事项{i + 1}第{r + 1}号公告](https://www.example.gov.cn/zwgk/{area.Prefix}/{i + 1}-{r + 1}.html) 2026-11-0{r + 1}\n");
                File.WriteAllText(Path.Combine(folder, $"{area.Prefix}-{i + 1:000}.md"), md.ToString(), utf8);
                pages++;
            }
        }
        return pages;
    }
}
