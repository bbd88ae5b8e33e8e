using System.Globalization;
using System.Text;
using CatalogueTool.Diagnostics;
using CatalogueTool.Diagnostics.Reports;
using CatalogueTool.Emit.Site;
using CatalogueTool.Model;
using CatalogueTool.Review;
using CatalogueTool.Text;

namespace CatalogueTool.Emit.Review;

/// <summary>
/// review/index.html (one row per jurisdiction, one column per pilot area, sortable) and one page per jurisdiction with its
/// diagnostics grouped by rule. Self-contained: relative links, local CSS and script, every text escaped.
/// </summary>
public static class ReviewHtmlWriter
{
    private static string H(string? text) => HtmlTextEncoder.Escape(text ?? "");

    public static string PageFile(int index) => $"jurisdictions/{index + 1:0000}.html";

    public static void Write(ReviewResult review, string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "jurisdictions"));
        Directory.CreateDirectory(Path.Combine(folder, "assets"));
        var utf8 = new UTF8Encoding(false);
        var zh = review.Language == Language.Chinese;
        File.WriteAllText(Path.Combine(folder, "index.html"), Dashboard(review), utf8);
        for (var i = 0; i < review.Jurisdictions.Count; i++)
            File.WriteAllText(Path.Combine(folder, PageFile(i)), Jurisdiction(review.Jurisdictions[i], zh), utf8);
        File.WriteAllText(Path.Combine(folder, "assets", "review.css"), Css, utf8);
        File.WriteAllText(Path.Combine(folder, "assets", "review.js"), Js, utf8);
    }

    private static void Open(StringBuilder sb, string title, string root, bool zh)
    {
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(zh ? "zh-CN" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(H(title)).Append("</title>\n<link rel=\"stylesheet\" href=\"").Append(root).Append("assets/review.css\">\n</head>\n<body>\n")
          .Append("<a class=\"skip\" href=\"#main\">").Append(zh ? "跳到正文" : "Skip to content").Append("</a>\n<header class=\"bar\"><p>")
          .Append(zh ? "基层政务公开标准目录 · 审核" : "Disclosure catalogues · review").Append("</p></header>\n<main id=\"main\">\n");
    }

    private static void Close(StringBuilder sb, string root, bool script, bool zh)
    {
        sb.Append("</main>\n<footer class=\"foot\"><p>").Append(zh ? "由 catalogue review 生成" : "Made by catalogue review").Append("</p></footer>\n");
        if (script) sb.Append("<script src=\"").Append(root).Append("assets/review.js\"></script>\n");
        sb.Append("</body>\n</html>\n");
    }


    private static string Dashboard(ReviewResult review)
    {
        var zh = review.Language == Language.Chinese;
        var sb = new StringBuilder();
        Open(sb, zh ? "目录审核总览" : "Catalogue review", "", zh);
        var rows = review.Jurisdictions;
        var date = review.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        sb.Append(zh ? "<h1>目录审核总览</h1>\n" : "<h1>Catalogue review</h1>\n").Append("<p class=\"lead\">").Append(zh
            ? $"检查日期 {date}。共 {rows.Count} 个行政区，其中 {review.WithErrors} 个有错误或无法读取。点击表头可排序；点击行政区名称查看其全部问题。各领域列中“✓”后的数字为事项数，“—”表示本级不涉及（悬停或聚焦查看理由），“缺”表示既未编制也未说明不涉及，“无法读取”表示该领域文件存在但无法解析（原因见行政区详情）。空白栏目、未更新栏目为“—”表示该仓库没有登记公开记录（records/），无从判断，括号中的“1/26 个领域”表示只检查了登记了公开记录的领域；职权公开率为“清单不全”表示事项关联的职权不在其权责清单中（缺清单或清单不全）。"
            : $"Checked as of {date}: {English.Count(rows.Count, "jurisdiction")}, {review.WithErrors} with errors or unreadable. Click a column heading to sort, a jurisdiction to see all its findings. In the area columns, the number after ✓ counts the items, — means not applicable at this level (hover or focus for the reason), “missing” means neither compiled nor declared not applicable, and “unreadable” means the area file exists but cannot be read (the jurisdiction's page says why). Blank and stale columns show — where the repository keeps no publication records (records/) to judge by, and “(1/26 areas)” when only the areas keeping records were judged; powers disclosed shows “lists incomplete” where items link powers that its power lists do not hold.")
          .Append("</p>\n");
        var sharedCodes = review.SharedCodes;
        var sharedNames = review.SharedNames;
        if (sharedCodes.Count > 0)
        {
            sb.Append("<section class=\"clash\" aria-labelledby=\"clash\">\n<h2 id=\"clash\">").Append(zh ? "行政区划代码重复" : "Division codes declared by more than one repository").Append("</h2>\n<p>").Append(zh
                ? "一个代码只对应一个县级行政区（乡镇沿用所属县的代码，以名称区分）。下列代码被多个仓库使用，其中至少一个仓库不是它自称的行政区（多半是复制后没有改 catalogue.yaml 的仓库，或留在旁边的旧版本），请核实后再比较这些行："
                : "One code is one county (a township carries its county's code and is told apart by its name). These codes are declared by several repositories, so at least one of them is not the jurisdiction it claims to be (most often a copy whose catalogue.yaml was never changed, or an old edition left beside the new one); check them before comparing these rows:")
              .Append("</p>\n<ul>\n");
            foreach (var (code, paths) in sharedCodes)
                sb.Append("<li><code>").Append(H(code)).Append("</code>").Append(zh ? "：" : ": ").Append(string.Join(zh ? "、" : ", ", paths.Select(H))).Append("</li>\n");
            sb.Append("</ul>\n</section>\n");
        }
        if (review.NotRepositories.Count > 0)
        {
            sb.Append("<section class=\"clash\" aria-labelledby=\"skipped\">\n<h2 id=\"skipped\">").Append(zh ? "未审核的文件夹" : "Folders not reviewed").Append("</h2>\n<p>").Append(zh
                ? "下列文件夹里没有目录仓库（含 catalogue.yaml 的文件夹），没有审核："
                : "These folders hold no repository (a folder with catalogue.yaml) and were not reviewed:").Append("</p>\n<ul>\n");
            foreach (var n in review.NotRepositories)
                sb.Append("<li><code>").Append(H(n.Path)).Append("/</code>").Append(zh ? "：" : ": ").Append(H(n.Text(zh))).Append("</li>\n");
            sb.Append("</ul>\n</section>\n");
        }
        sb.Append("<div class=\"scroll\" role=\"region\" aria-label=\"").Append(zh ? "审核总览表" : "Review table").Append("\" tabindex=\"0\">\n<table id=\"review\" class=\"matrix\">\n<caption>")
          .Append(zh ? "各行政区目录检查结果" : "Results by jurisdiction").Append("</caption>\n<thead><tr>");
        string[] heads = zh
            ? ["行政区", "代码", "错误", "警告", "事项", "标准事项覆盖率", "职权公开率", "空白栏目", "未更新栏目"]
            : ["Jurisdiction", "Code", "Errors", "Warnings", "Items", "Baseline coverage", "Powers disclosed", "Blank columns", "Stale columns"];
        for (var k = 0; k < heads.Length; k++)
            sb.Append("<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" data-col=\"").Append(k).Append("\">").Append(heads[k]).Append("</button></th>");
        foreach (var a in PilotAreas.All) sb.Append("<th scope=\"col\" class=\"area\"><span>").Append(H(a.NameIn(review.Language))).Append("</span></th>");
        sb.Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var j = rows[i];
            var status = j.Unreadable ? "bad" : j.Errors > 0 ? "bad" : j.Warnings > 0 ? "warn" : "ok";
            sb.Append("<tr class=\"").Append(status).Append("\"><th scope=\"row\"><a href=\"").Append(PageFile(i)).Append("\">").Append(H(j.Name)).Append("</a>");
            if (sharedNames.Contains(j.Name)) sb.Append("<span class=\"path\">").Append(H(j.Path)).Append("</span>");
            var about = string.Join(zh ? "，" : ", ", new[] { j.Level == "township" ? ReviewWorkbookWriter.LevelText(j, zh) : null, j.Edition is null ? null : (zh ? "版次 " : "edition ") + j.Edition }.OfType<string>());
            if (about.Length > 0) sb.Append("<span class=\"path\">").Append(H(about)).Append("</span>");
            if (j.Failure is not null) sb.Append("<span class=\"failure\">").Append(H(j.Failure)).Append("</span>");
            sb.Append("</th><td>").Append(H(j.Code ?? "")).Append("</td>");
            Num(sb, j.Errors); Num(sb, j.Warnings); Num(sb, j.Items);
            Cell(sb, JurisdictionReview.Percent(j.BaselineCoverage), j.BaselineCoverage ?? -1);
            Cell(sb, j.PowerCoverageText(zh), j.PowerListsIncomplete ? -2 : j.PowerCoverage ?? -1);
            Cell(sb, j.ColumnsText(j.BlankColumns, zh), j.BlankColumns ?? -1);
            Cell(sb, j.ColumnsText(j.StaleColumns, zh), j.StaleColumns ?? -1);
            foreach (var a in PilotAreas.All)
            {
                var cell = j.Areas.FirstOrDefault(c => c.AreaId == a.Id);
                switch (cell?.State)
                {
                    case AreaState.Covered: sb.Append("<td class=\"covered\">").Append(H(cell.Text(zh))).Append("</td>"); break;
                    case AreaState.NotApplicable:
                        var na = H(Text.Blank.Is(cell.Reason) ? (zh ? "不涉及：（未写理由）" : "not applicable: (no reason given)") : cell.Text(zh));
                        sb.Append("<td class=\"na\" title=\"").Append(na).Append("\"><span aria-hidden=\"true\">—</span><span class=\"vh\">").Append(na).Append("</span></td>");
                        break;
                    case AreaState.Missing or AreaState.Unreadable: sb.Append("<td class=\"missing\">").Append(H(cell.Text(zh))).Append("</td>"); break;
                    default: sb.Append("<td></td>"); break;
                }
            }
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table>\n</div>\n<p>").Append(zh
            ? "同样的内容另见 <a href=\"review.xlsx\">review.xlsx</a>（可打印）和 <a href=\"review.json\">review.json</a>（数据）。"
            : "The same in <a href=\"review.xlsx\">review.xlsx</a> (for printing) and <a href=\"review.json\">review.json</a> (data).").Append("</p>\n");
        Close(sb, "", true, zh);
        return sb.ToString();
    }

    private static void Num(StringBuilder sb, int n) => Cell(sb, n.ToString(CultureInfo.InvariantCulture), n);

    private static void Cell(StringBuilder sb, string text, double sortKey) =>
        sb.Append("<td class=\"n\" data-sort=\"").Append(sortKey.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(H(text)).Append("</td>");

    private static string Jurisdiction(JurisdictionReview j, bool zh)
    {
        var language = zh ? Language.Chinese : Language.English;
        var sb = new StringBuilder();
        Open(sb, j.Name + (zh ? " 检查结果" : ": findings"), "../", zh);
        sb.Append("<nav aria-label=\"").Append(zh ? "当前位置" : "You are here").Append("\" class=\"crumbs\"><a href=\"../index.html\">").Append(zh ? "审核总览" : "Catalogue review")
          .Append("</a> › <span aria-current=\"page\">").Append(H(j.Name)).Append("</span></nav>\n");
        sb.Append("<h1>").Append(H(j.Name)).Append(j.Code is null ? "" : zh ? "（" + H(j.Code) + "）" : " (" + H(j.Code) + ")").Append("</h1>\n");
        var (baseline, powers) = (JurisdictionReview.Percent(j.BaselineCoverage), j.PowerCoverageText(zh));
        sb.Append("<p class=\"lead\">").Append(H(zh
            ? $"仓库 {j.Path}：{j.Errors} 个错误，{j.Warnings} 个警告，{j.Infos} 条提示；{j.Items} 个事项，{j.Powers} 项职权；标准事项覆盖率 {baseline}，职权公开率 {powers}。"
            : $"Repository {j.Path}: {English.Count(j.Errors, "error")}, {English.Count(j.Warnings, "warning")}, {English.Count(j.Infos, "info")}; {English.Count(j.Items, "item")}, {English.Count(j.Powers, "power")}; baseline coverage {baseline}, powers disclosed {powers}."))
          .Append("</p>\n");
        if (j.Failure is not null) sb.Append("<p class=\"failure\">").Append(H(j.Failure)).Append("</p>\n");
        if (j.Findings.Count == 0) sb.Append(zh ? "<p>没有发现问题。</p>\n" : "<p>No findings.</p>\n");
        foreach (var g in j.Findings)
        {
            var id = "rule-" + H(g.Rule);
            var count = zh ? $"（{JurisdictionReview.SeverityName(g.Severity)}，{g.Diagnostics.Count} 处）" : $" ({JurisdictionReview.SeverityName(g.Severity, language)}, {English.Count(g.Diagnostics.Count, "place")})";
            sb.Append("<section aria-labelledby=\"").Append(id).Append("\">\n<h2 id=\"").Append(id).Append("\">").Append(H(g.Rule)).Append(' ').Append(H(g.Title))
              .Append(H(count)).Append("</h2>\n<ul class=\"findings\">\n");
            foreach (var d in g.Diagnostics)
                sb.Append("<li><code>").Append(H(ReportWriters.Location(d.Span))).Append("</code> ").Append(H(d.Format(language))).Append("</li>\n");
            sb.Append("</ul>\n</section>\n");
        }
        Close(sb, "../", false, zh);
        return sb.ToString();
    }


    private const string Css = """
        body { margin: 0; font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: #1f2329; background: #f6f7f9; line-height: 1.6; }
        .skip { position: absolute; left: -9999px; } .skip:focus { left: 8px; top: 8px; background: #fff; padding: 6px 12px; }
        .bar { background: #a4161a; color: #fff; padding: 10px 20px; } .bar p { margin: 0; font-size: 1.1rem; font-weight: 700; }
        main { padding: 8px 20px 24px; } h1 { color: #7d1013; font-size: 1.6rem; } h2 { font-size: 1.15rem; border-left: 5px solid #a4161a; padding-left: 8px; }
        .lead { color: #4a5260; max-width: 70em; } a { color: #0b4a8b; } :focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }
        .scroll { overflow: auto; border: 1px solid #c9ced6; background: #fff; max-height: 80vh; }
        table { border-collapse: collapse; font-size: 0.9rem; } caption { text-align: left; font-weight: 700; padding: 8px; }
        th, td { border: 1px solid #c9ced6; padding: 4px 6px; vertical-align: top; }
        thead th { background: #eef2f7; position: sticky; top: 0; z-index: 1; }
        thead th button { white-space: nowrap; font: inherit; font-weight: 700; background: none; border: 0; padding: 0; cursor: pointer; color: #1f2329; text-align: left; }
        th.area span { writing-mode: vertical-rl; white-space: nowrap; font-weight: 400; }
        tbody th { text-align: left; font-weight: 400; min-width: 8em; background: #fff; position: sticky; left: 0; z-index: 1; }
        thead th:first-child { left: 0; z-index: 2; }
        td.n { text-align: right; } td.covered { color: #1d5e20; white-space: nowrap; } td.na { color: #4a5260; text-align: center; }
        td.missing { background: #fdecea; color: #8a1c12; font-weight: 700; text-align: center; }
        tr.bad th { border-left: 5px solid #b3261e; } tr.warn th { border-left: 5px solid #b7791f; } tr.ok th { border-left: 5px solid #2e7d32; }
        .failure { display: block; color: #8a1c12; font-size: 0.85rem; } .path { display: block; color: #4a5260; font-size: 0.85rem; }
        .clash { background: #fdecea; border-left: 5px solid #b3261e; padding: 4px 12px; margin-bottom: 12px; max-width: 70em; } .clash h2 { border: 0; padding: 0; }
        .vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .findings code { background: #eef2f7; padding: 0 4px; } .crumbs { margin-top: 8px; }
        .foot { color: #4a5260; font-size: 0.85rem; padding: 8px 20px; }
        @media print { .scroll { overflow: visible; max-height: none; border: 0; } thead th, tbody th { position: static; } .bar, .foot, .skip { display: none; } }
        """;

    private const string Js = """
        // 审核总览表：点击表头按该列排序（再次点击反向）。不联网、不依赖外部库。
        (function () {
          var table = document.getElementById("review");
          if (!table) return;
          var body = table.tBodies[0];
          var headers = table.tHead.rows[0].cells;
          Array.prototype.forEach.call(table.querySelectorAll("thead button"), function (button) {
            button.addEventListener("click", function () {
              var col = +button.getAttribute("data-col");
              var th = button.parentNode;
              var ascending = th.getAttribute("aria-sort") !== "ascending";
              Array.prototype.forEach.call(headers, function (h) { if (h.hasAttribute("aria-sort")) h.setAttribute("aria-sort", "none"); });
              th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = a.cells[col], y = b.cells[col];
                var u = x.hasAttribute("data-sort") ? +x.getAttribute("data-sort") : x.textContent;
                var v = y.hasAttribute("data-sort") ? +y.getAttribute("data-sort") : y.textContent;
                var c = typeof u === "number" ? u - v : String(u).localeCompare(String(v), "zh-CN");
                return ascending ? c : -c;
              });
              rows.forEach(function (r) { body.appendChild(r); });
            });
          });
        })();
        """;
}
