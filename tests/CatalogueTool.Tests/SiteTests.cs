using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CatalogueTool.Diagnostics;
using CatalogueTool.Emit;
using CatalogueTool.Emit.Excel;
using CatalogueTool.Validation;
using Snapshooter.Xunit;

namespace CatalogueTool.Tests;

/// <summary>The HTML column and open data: every page present, self-contained, linked, escaped, and as snapshotted.</summary>
public partial class SiteTests
{
    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex LinkAttribute();

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [Fact]
    public void Every_page_of_the_format_exists()
    {
        var site = BuiltExample.Site;
        foreach (var page in new[] { "index.html", "search.html", "coverage.html", "search/index.json", "social-assistance/index.html", "social-assistance/shjz-001.html",
                     "fragments/social-assistance.html", "sitemap.xml", "search/index.js", "assets/site.css", "assets/site.js", "assets/search.js" })
            Assert.True(File.Exists(Path.Combine(site, page)), page);
        Assert.True(File.Exists(Path.Combine(BuiltExample.Folder, "data", "catalogue.json")));
        Assert.True(File.Exists(Path.Combine(BuiltExample.Folder, "report", "validation.json")));
        var fragment = BuiltExample.Read("site/fragments/social-assistance.html");
        Assert.DoesNotContain("<html", fragment);
        Assert.Contains("<table", fragment);
        Assert.Contains($"href=\"{PublishedColumn}social-assistance/shjz-001.html\"", fragment);
        // Pasted into a portal page it has none of the site's stylesheet: borders and line breaks are in the markup, and
        // no word is left that only the stylesheet hides (√是).
        Assert.Contains("border=\"1\"", fragment);
        Assert.Contains("</span><br><span>", fragment);
        Assert.DoesNotContain("visually-hidden", fragment);
        Assert.DoesNotContain("<br>", BuiltExample.Read("site/social-assistance/index.html"));
        // No class a portal's own stylesheet could restyle (.content, .line …), a width that scrolls on a phone instead
        // of squeezing fifteen columns, and a tick read out as 是 rather than as the square-root sign it is.
        Assert.DoesNotContain("class=", fragment);
        Assert.Contains("min-width:60em", fragment);
        Assert.Contains("<span role=\"img\" aria-label=\"是\">√</span>", fragment);
        var area = BuiltExample.Read("site/social-assistance/index.html");
        Assert.Contains("<span aria-hidden=\"true\">√</span><span class=\"visually-hidden\">是</span>", area);
        Assert.DoesNotContain("fragments/", area); // an instruction for the CMS editor is no text for citizens
        Assert.DoesNotContain("colgroup", area);
    }

    [Fact]
    public void Without_a_published_address_fragments_link_relative_to_the_site()
    {
        var dir = TestPaths.ExampleEdited("catalogue.yaml", $"  base_url: {PublishedColumn}\n", "");
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Assert.Equal(0, CliTests.Run("build", dir, "-o", output).Code);
        var fragment = File.ReadAllText(Path.Combine(output, "site", "fragments", "social-assistance.html"));
        Assert.Contains("href=\"../social-assistance/shjz-001.html\"", fragment);
        Assert.DoesNotContain("://", fragment);
    }

    [Theory]
    [InlineData("https://www.qinghe.gov.cn/zwgk/jczwgk/?p=1")]
    [InlineData("https://www.qinghe.gov.cn/zwgk/jczwgk/#top")]
    [InlineData("\"https://www.qinghe.gov.cn/a\\\"b/\"")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://www.qinghe.gov.cn/zwgk/index.html")]
    public void A_published_address_pages_cannot_be_appended_to_is_refused_as_such(string value)
    {
        var dir = TestPaths.ExampleEdited("catalogue.yaml", $"  base_url: {PublishedColumn}\n", $"  base_url: {value}\n");
        var d = Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics);
        Assert.Equal(("CAT0113", "schema.base-url"), (d.Rule.Id, d.MessageKey));
        Assert.Contains("栏目发布地址", d.Format(Language.Chinese));
    }

    [Fact]
    public void A_published_address_without_its_final_slash_gets_one()
    {
        var dir = TestPaths.ExampleEdited("catalogue.yaml", $"  base_url: {PublishedColumn}\n", "  base_url: https://www.qinghe.gov.cn/zwgk/jczwgk\n");
        var result = Validator.Validate(dir, TestPaths.Today);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(PublishedColumn, result.Catalogue!.Manifest.Portal!.BaseUrl);
    }

    /// <summary>The example's portal.base_url: where the column is published, so where pasted fragments link to.</summary>
    private const string PublishedColumn = "https://www.qinghe.gov.cn/zwgk/jczwgk/";

    [Fact]
    public void No_external_references_and_no_broken_internal_links()
    {
        var site = BuiltExample.Site;
        var recordUrls = JsonDocument.Parse(BuiltExample.Read("data/catalogue.json")).RootElement.GetProperty("areas").EnumerateArray()
            .SelectMany(a => a.GetProperty("items").EnumerateArray()).SelectMany(i => i.GetProperty("records").EnumerateArray())
            .Where(r => r.TryGetProperty("url", out _)).Select(r => r.GetProperty("url").GetString()!).ToHashSet();
        Assert.NotEmpty(recordUrls);
        var checkedLinks = 0;
        foreach (var file in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
            foreach (Match m in LinkAttribute().Matches(html))
            {
                var link = System.Net.WebUtility.HtmlDecode(m.Groups[1].Value);
                // Fragments are pasted into portal pages elsewhere: they link to the published column, which is this site.
                if (Path.GetRelativePath(site, file).StartsWith("fragments", StringComparison.Ordinal) && link.StartsWith(PublishedColumn, StringComparison.Ordinal))
                    link = Path.GetRelativePath(Path.GetDirectoryName(file)!, Path.Combine(site, link[PublishedColumn.Length..])).Replace('\\', '/');
                if (link.Contains("://", StringComparison.Ordinal) || link.StartsWith("//", StringComparison.Ordinal))
                {
                    // The ICP number links to the ministry's register, as the rules for a filed site ask: a link, never a load.
                    Assert.True((recordUrls.Contains(link) || link == "https://beian.miit.gov.cn/") && m.Value.StartsWith("href", StringComparison.Ordinal), $"{file}: external reference {link}");
                    continue;
                }
                var (path, anchor) = link.IndexOf('#') is var h and >= 0 ? (link[..h], link[(h + 1)..]) : (link, null);
                var target = path.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
                Assert.True(File.Exists(target), $"{Path.GetRelativePath(site, file)}: broken link {link}");
                Assert.StartsWith(site, target);
                if (anchor is { Length: > 0 })
                    Assert.Contains(anchor, IdAttribute().Matches(File.ReadAllText(target)).Select(i => i.Groups[1].Value));
                checkedLinks++;
            }
        }
        Assert.True(checkedLinks > 1000, $"only {checkedLinks} links checked");
        foreach (var css in Directory.EnumerateFiles(site, "*.css", SearchOption.AllDirectories))
            Assert.DoesNotMatch("url\\(|@import", File.ReadAllText(css));
    }

    [Fact]
    public void Item_pages_show_records_newest_first_statements_and_empty_columns()
    {
        var page = BuiltExample.Read("site/social-assistance/shjz-001.html");
        Assert.Contains("发布日期", page);
        Assert.Contains("索引号", page);
        var withStatement = Directory.EnumerateFiles(Path.Combine(BuiltExample.Site, "social-assistance"), "*.html")
            .Select(File.ReadAllText).FirstOrDefault(p => p.Contains("情况说明：", StringComparison.Ordinal));
        Assert.NotNull(withStatement);
        // An area whose records are not kept says where its information is published, not 暂无信息 (nothing published),
        // which nobody checked, and its card on the home page says no 暂无更新记录 either.
        var unkept = BuiltExample.Read("site/urban-rural-planning/cxgh-001.html");
        Assert.DoesNotContain("暂无信息", unkept);
        Assert.Contains("本栏目尚未汇集已公开信息的链接", unkept);
        Assert.DoesNotContain("暂无更新记录", BuiltExample.Read("site/index.html"));
        // In an area whose records are kept, an item without any is a blank column, and says so.
        var kept = TestPaths.ExampleWith("records/social-assistance.yaml", "- item: shjz-002\n  date: 2026-11-01\n  title: 通知\n");
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Assert.True(BuildPipeline.Run(kept, new BuildOptions(output, new ExcelOptions(), TestPaths.Today, "1.0.0")).Written);
        Assert.Contains("暂无信息", File.ReadAllText(Path.Combine(output, "site", "social-assistance", "shjz-001.html")));
        // An item disclosed on request only publishes nothing in its column: its page says how to ask instead.
        var onRequest = Directory.EnumerateFiles(Path.Combine(BuiltExample.Site, "ecological-environment"), "*.html").Select(File.ReadAllText)
            .Where(p => p.Contains("本事项依申请公开", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(onRequest);
        Assert.All(onRequest, p => Assert.DoesNotContain("暂无信息", p));
        var dates = Regex.Matches(page, "datetime=\"([0-9-]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public void Pages_match_their_snapshots()
    {
        Snapshot.Match(BuiltExample.Read("site/social-assistance/index.html"), "area-social-assistance");
        Snapshot.Match(BuiltExample.Read("site/social-assistance/shjz-001.html"), "item-shjz-001");
        Snapshot.Match(BuiltExample.Read("site/index.html"), "index");
    }

    [Fact]
    public void Hostile_catalogue_text_is_escaped_everywhere_and_never_run_as_a_template()
    {
        const string evil = "<script>alert(1)</script>\" onmouseover=\"x' {{Page.Root}} {{{Body}}}";
        var item = TestPaths.GoodItem.Replace("content: 政策文件", "content: '" + evil.Replace("'", "''") + "'");
        Assert.Contains("onmouseover", item);
        var repo = TestPaths.MinimalRepo("area: 社会救助\nitems:\n" + item);
        var output = Path.Combine(TestPaths.TempDir(), "out");
        var result = BuildPipeline.Run(repo, new BuildOptions(output, new ExcelOptions(), TestPaths.Today, "1.0.0"));
        Assert.True(result.Written, string.Join("\n", result.Validation.Diagnostics.Select(d => d.Format(Diagnostics.Language.English))));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(output, "site"), "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("\" onmouseover", html);
        }
        var table = File.ReadAllText(Path.Combine(output, "site", "social-assistance", "index.html"));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover&#61;&quot;x&#39; {{Page.Root}} {{{Body}}}", table);
        var csv = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(output, "data", "items.csv")));
        Assert.StartsWith("\uFEFF领域编码", csv);
    }

    [Fact]
    public void A_broken_template_override_stops_the_build_naming_file_and_block()
    {
        var repo = TestPaths.MinimalRepo("area: 社会救助\nitems:\n" + TestPaths.GoodItem);
        Directory.CreateDirectory(Path.Combine(repo, "templates"));
        File.WriteAllText(Path.Combine(repo, "templates", "item.hbs"), "<h1>{{Name}}</h1>\n<ul>\n  {{#each Basis}}<li>{{this}}</li>\n</ul>\n");
        var output = Path.Combine(TestPaths.TempDir(), "out");
        var result = BuildPipeline.Run(repo, new BuildOptions(output, new ExcelOptions(), TestPaths.Today, "1.0.0"));
        Assert.False(result.Written);
        Assert.False(Directory.Exists(output));
        var d = Assert.Single(result.Validation.Diagnostics, d => d.Rule.Id == "CAT0801");
        Assert.Equal(("templates/item.hbs", 3, 3), (d.Span.File, d.Span.Line, d.Span.Column));
        Assert.Contains("{{#each}}", d.Format(Diagnostics.Language.Chinese));
    }

    [Fact]
    public void Helpers_rings_of_partials_raw_blocks_and_remote_loads_are_found_before_any_page_is_rendered()
    {
        var repo = TestPaths.MinimalRepo("area: 社会救助\nitems:\n" + TestPaths.GoodItem);
        var templates = Path.Combine(repo, "templates");
        Directory.CreateDirectory(Path.Combine(templates, "assets"));
        File.WriteAllText(Path.Combine(templates, "item.hbs"), "<h1>{{Name}}</h1>\n{{log Name}}\n{{#upper Name}}x{{/upper}}\n{{{{raw}}}}{{x}}{{{{/raw}}}}\n");
        File.WriteAllText(Path.Combine(templates, "area-table.hbs"), "<table>{{> fragment}}</table>\n");
        File.WriteAllText(Path.Combine(templates, "layout.hbs"), "<link rel=\"stylesheet\" href=\"https://cdn.example.com/x.css\">{{{Body}}}<a href=\"https://www.gov.cn/\">中国政府网</a>\n");
        File.WriteAllText(Path.Combine(templates, "assets", "site.css"), "body { background: url(//x.example/a.png); }\n");
        var bag = new Diagnostics.DiagnosticBag();
        Assert.Null(Emit.Site.TemplateSet.Load(repo, bag));
        var found = bag.ToSortedList().Select(d => $"{d.Span.File}:{d.Span.Line}:{d.Span.Column} {d.Rule.Id} {d.MessageKey}").ToList();
        Assert.Equal([
            "templates/area-table.hbs:1:8 CAT0801 template.partial-ring",
            "templates/assets/site.css:1:24 CAT0803 template.remote",
            "templates/item.hbs:2:1 CAT0801 template.unknown-helper",
            "templates/item.hbs:3:1 CAT0801 template.unknown-helper",
            "templates/item.hbs:4:1 CAT0801 template.raw-block",
            "templates/layout.hbs:1:30 CAT0803 template.remote",
        ], found);
    }

    [Fact]
    public void Data_printed_unescaped_a_layout_without_its_body_an_empty_template_and_names_the_page_lacks_are_found()
    {
        var repo = TestPaths.MinimalRepo("area: 社会救助\nitems:\n" + TestPaths.GoodItem);
        var templates = Path.Combine(repo, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "item.hbs"), "<h1>{{{Name}}}</h1>{{#each Records}}<p>{{& Title}}</p>{{/each}}\n");
        File.WriteAllText(Path.Combine(templates, "layout.hbs"), "<title>{{Title}} {{Page.Title}}</title>\n<main>{{Body}}</main>\n");
        File.WriteAllText(Path.Combine(templates, "index.hbs"), "  \n");
        File.WriteAllText(Path.Combine(templates, "powers.hbs"), "{{#each ByType}}{{Key}}{{/each}}{{Page.Title}}{{Total.Percent}}\n");
        var bag = new Diagnostics.DiagnosticBag();
        Assert.Null(Emit.Site.TemplateSet.Load(repo, bag));
        Assert.Equal([
            "templates/index.hbs:1:1 CAT0801 template.empty",
            "templates/item.hbs:1:5 CAT0801 template.unescaped",
            "templates/item.hbs:1:40 CAT0801 template.unescaped",
            "templates/layout.hbs:1:8 CAT0802 template.unknown-name-suggest",
            "templates/layout.hbs:2:7 CAT0801 template.layout-escaped-body",
        ], bag.ToSortedList().Select(d => $"{d.Span.File}:{d.Span.Line}:{d.Span.Column} {d.Rule.Id} {d.MessageKey}"));
        Assert.Equal("Page.Title", bag.ToSortedList().Single(d => d.Rule.Id == "CAT0802").Args[1]);
        // A Body bound by the template is data, printed raw: refused; a {{{Body}}} only in a comment is none; names read
        // inside an inline partial or a section are the caller's, not the page's.
        var bound = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateChecker.Check("{{#with Page.Title as |Body|}}<p>{{{Body}}}</p>{{/with}}{{{Body}}}", "templates/layout.hbs", new HashSet<string>(), new HashSet<string>(["Page", "Body", "Title"]), bound, new HashSet<string>(["Page", "Body"]));
        Assert.Equal("template.unescaped", Assert.Single(bound.ToSortedList()).MessageKey);
        var reached = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateChecker.Check("{{#*inline \"main\"}}<main>{{{Body}}}</main>{{/inline}}{{> main}}", "templates/layout.hbs",
            new HashSet<string>(), new HashSet<string>(["Page", "Body"]), reached, new HashSet<string>(["Page", "Body"]));
        Emit.Site.TemplateChecker.Check("{{#with Page}}<main>{{{../Body}}}</main>{{/with}}", "templates/layout.hbs",
            new HashSet<string>(), new HashSet<string>(["Page", "Body"]), reached, new HashSet<string>(["Page", "Body"]));
        Assert.Equal(0, reached.Count); // the layout's Body reached from an inline partial or through ../
        var twice = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateChecker.Check("<!-- {{{Body}}} --><main>{{{Body}}}</main><aside>{{{Body}}}</aside>", "templates/layout.hbs",
            new HashSet<string>(), new HashSet<string>(["Page", "Body"]), twice, new HashSet<string>(["Page", "Body"]));
        Assert.Equal(["template.layout-body-commented", "template.layout-two-bodies"], twice.ToSortedList().Select(d => d.MessageKey));
        var mentioned = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateChecker.Check("<!-- the page Body goes here --><main></main>", "templates/layout.hbs",
            new HashSet<string>(), new HashSet<string>(["Page", "Body"]), mentioned, new HashSet<string>(["Page", "Body"]));
        Assert.Equal("template.layout-no-body", Assert.Single(mentioned.ToSortedList()).MessageKey); // a comment naming Body is no Body
        var commented = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateChecker.Check("<main>{{!-- {{{Body}}} --}}</main>", "templates/layout.hbs", new HashSet<string>(), new HashSet<string>(["Page", "Body"]), commented, new HashSet<string>(["Page", "Body"]));
        Assert.Equal("template.layout-no-body", Assert.Single(commented.ToSortedList()).MessageKey);
        var inner = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateChecker.Check("{{#*inline \"rec\"}}{{Title}} {{Date}}{{/inline}}{{#each Records}}{{> rec}}{{/each}}{{#Records}}{{Date}}{{/Records}}", "templates/item.hbs",
            new HashSet<string>(), new HashSet<string>(["Records", "Title", "Date", "Page"]), inner, new HashSet<string>(["Page", "Records"]));
        Assert.Equal(0, inner.Count);
        var none = Path.Combine(TestPaths.MinimalRepo("area: 社会救助\nitems:\n" + TestPaths.GoodItem), "templates");
        Directory.CreateDirectory(none);
        File.WriteAllText(Path.Combine(none, "layout.hbs"), "<html><body>hello</body></html>\n");
        var missing = new Diagnostics.DiagnosticBag();
        Assert.Null(Emit.Site.TemplateSet.Load(Path.GetDirectoryName(none)!, missing));
        Assert.Equal("template.layout-no-body", Assert.Single(missing.ToSortedList()).MessageKey);
    }

    [Theory]
    [InlineData("{{#each}}x{{/each}}", "template.block-arguments")]
    [InlineData("{{#if}}x{{/if}}", "template.block-arguments")]
    [InlineData("{{#with Page Records}}x{{/with}}", "template.block-arguments")]
    [InlineData("{{lookup}}", "template.lookup-arguments")]
    [InlineData("{{lookup Page}}", "template.lookup-arguments")]
    [InlineData("{{#if Records}}x{{else if}}y{{/if}}", "template.else-arguments")]
    [InlineData("{{#if Records}}x{{else Records}}y{{/if}}", "template.else-arguments")]
    [InlineData("{{#if Records}}x{{else if Page}}y{{else}}z{{/if}}{{#each Records as |r i|}}{{lookup r \"Title\"}}{{/each}}{{#if (lookup Page \"Title\")}}t{{/if}}{{#each Records}}{{else each Records}}{{/each}}", null)]
    public void A_block_or_lookup_with_the_wrong_number_of_arguments_is_told_at_its_place_not_by_the_library_in_English(string template, string? key)
    {
        // The library's own words for these ("Sequence contains no elements") carry no place and no advice.
        var bag = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateChecker.Check("<p>\n" + template, "templates/item.hbs", new HashSet<string>(), new HashSet<string>(["Records", "Title", "Page"]), bag,
            new HashSet<string>(["Page", "Records"]));
        if (key is null) Assert.Empty(bag.ToSortedList());
        else
        {
            var d = Assert.Single(bag.ToSortedList());
            Assert.Equal(key, d.MessageKey);
            Assert.Equal(2, d.Span.Line);
        }
    }

    [Theory]
    [InlineData("{{#if false}}{{{Body}}}{{/if}}", true)]
    [InlineData("{{#unless true}}<main>{{{Body}}}</main>{{/unless}}", true)]
    [InlineData("{{#if 0}}{{{Body}}}{{/if}}", true)]
    [InlineData("{{#if \"\"}}{{{Body}}}{{/if}}", true)]
    [InlineData("{{~#if   null ~}}{{{Body}}}{{/if}}", true)]
    [InlineData("{{#if true}}{{{Body}}}{{/if}}", false)]
    [InlineData("{{#unless Page.Title}}{{/unless}}{{{Body}}}", false)]
    [InlineData("{{#if false}}<p>维护中</p>{{else}}{{{Body}}}{{/if}}", false)]
    [InlineData("{{#if False}}{{{Body}}}{{/if}}", true)]
    [InlineData("{{#if Page.Nope}}{{{Body}}}{{/if}}", true)]
    [InlineData("{{#if Page.Title}}{{{Body}}}{{/if}}", false)]
    public void A_layout_body_under_a_condition_that_never_holds_is_refused(string layout, bool refused)
    {
        var bag = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateChecker.Check(layout, "templates/layout.hbs", new HashSet<string>(), new HashSet<string>(["Page", "Body", "Title"]), bag,
            new HashSet<string>(["Page", "Body"]));
        Assert.Equal(refused ? ["template.layout-body-constant"] : [], bag.ToSortedList().Where(d => d.Rule.Id == "CAT0801").Select(d => d.MessageKey));
    }

    [Fact]
    public void Validate_tries_customised_templates_on_the_pages_and_refuses_blocks_nested_too_deep()
    {
        // It used to fail only on an item with records, found by the trial render; it is now told at its place before that.
        var repo = TestPaths.ExampleWith("templates/item.hbs", "{{#each Records}}{{#with}}{{/with}}{{/each}}\n");
        var d = Assert.Single(Validation.Validator.Validate(repo, TestPaths.Today).Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal(("CAT0801", "template.block-arguments", "templates/item.hbs", 18), (d.Rule.Id, d.MessageKey, d.Span.File, d.Span.Column));
        var compile = TestPaths.ExampleWith("templates/powers.hbs", "{{#if}}x{{/if}}\n");
        Assert.Contains(Validation.Validator.Validate(compile, TestPaths.Today).Diagnostics, d => d is { MessageKey: "template.block-arguments", Span.File: "templates/powers.hbs" });
        var deep = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateChecker.Check(string.Concat(Enumerable.Repeat("{{#if Page}}", 20_000)) + string.Concat(Enumerable.Repeat("{{/if}}", 20_000)), "templates/item.hbs", new HashSet<string>(), new HashSet<string>(["Page"]), deep);
        Assert.Equal("template.too-deep", Assert.Single(deep.ToSortedList()).MessageKey);
    }

    [Fact]
    public void A_countys_own_images_fonts_and_styles_under_templates_assets_are_published_and_svg_is_not()
    {
        var repo = TestPaths.MinimalRepo("area: 社会救助\nitems:\n" + TestPaths.GoodItem);
        var assets = Path.Combine(repo, "templates", "assets");
        Directory.CreateDirectory(Path.Combine(assets, "img"));
        File.WriteAllBytes(Path.Combine(assets, "img", "logo.png"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF]);
        File.WriteAllText(Path.Combine(assets, "county.css"), "h1 { color: #a00; }\n");
        File.WriteAllText(Path.Combine(assets, "badge.svg"), "<svg onload=\"alert(1)\"/>");
        var bag = new Diagnostics.DiagnosticBag();
        var set = Emit.Site.TemplateSet.Load(repo, bag);
        Assert.NotNull(set);
        Assert.Contains("assets/img/logo.png", set!.Assets.Keys);
        Assert.Contains("assets/county.css", set.Assets.Keys);
        Assert.DoesNotContain("assets/badge.svg", set.Assets.Keys);
        Assert.Equal(("templates/assets/badge.svg", "template.unknown-file"), (Assert.Single(bag.ToSortedList()).Span.File, bag.ToSortedList()[0].MessageKey));
    }

    [Fact]
    public void A_templates_folder_linked_out_of_the_repository_is_refused_and_not_listed()
    {
        var repo = TestPaths.MinimalRepo("area: 社会救助\nitems:\n" + TestPaths.GoodItem);
        var outside = TestPaths.TempDir();
        File.WriteAllText(Path.Combine(outside, "passwd"), "root:x:0:0");
        Directory.CreateSymbolicLink(Path.Combine(repo, "templates"), outside);
        var bag = new Diagnostics.DiagnosticBag();
        Assert.Null(Emit.Site.TemplateSet.Load(repo, bag));
        Assert.Equal("template.folder-outside", Assert.Single(bag.ToSortedList()).MessageKey);
    }

    [Fact]
    public void Templates_whose_pages_would_never_end_are_stopped_loops_over_loops_and_partials_that_multiply()
    {
        // Each row × each row × … five deep: the page outgrows its limit, said at the partial that loops.
        var loops = TestPaths.ExampleWith("templates/area-table.hbs",
            "{{#each Rows}}{{#each ../Rows}}{{#each ../../Rows}}{{#each ../../../Rows}}{{#each ../../../../Rows}}<td>{{Name}} {{Content}}</td>{{/each}}{{/each}}{{/each}}{{/each}}{{/each}}\n");
        var d = Assert.Single(Validation.Validator.Validate(loops, TestPaths.Today).Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal(("template.page-too-large", "templates/area-table.hbs"), (d.MessageKey, d.Span.File));
        // Eight loops deep that write nothing: only counting the steps stops them.
        var silent = "{{#each Table.Rows}}" + string.Concat(Enumerable.Range(1, 7).Select(i => "{{#each " + string.Concat(Enumerable.Repeat("../", i)) + "Table.Rows}}"))
            + "{{#if Sub}}{{/if}}" + string.Concat(Enumerable.Repeat("{{/each}}", 8));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var stopped = Assert.Single(Validation.Validator.Validate(TestPaths.ExampleWith("templates/area.hbs", silent), TestPaths.Today).Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal(("template.too-much-work", "templates/area.hbs"), (stopped.MessageKey, stopped.Span.File));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}"); // a guard against a hang (it was endless), not a speed goal
        // Forty inline partials, each calling the next twice: 2^40 calls, refused before anything renders.
        var doubling = string.Concat(Enumerable.Range(0, 40).Select(i => $"{{{{#*inline \"p{i}\"}}}}{{{{> p{i + 1}}}}}{{{{> p{i + 1}}}}}{{{{/inline}}}}")) + "{{#*inline \"p40\"}}x{{/inline}}{{> p0}}";
        var bag = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateChecker.Check(doubling, "templates/fragment.hbs", new HashSet<string>(), new HashSet<string>(), bag);
        Assert.Equal("template.partial-fanout", Assert.Single(bag.ToSortedList()).MessageKey);
    }

    [Fact]
    public void Partial_blocks_subexpressions_commented_calls_and_links_that_load_nothing_are_read_as_handlebars_does()
    {
        var names = new HashSet<string>(["Rows", "Name", "Table"], StringComparer.Ordinal);
        var partials = new HashSet<string>(["item", "area-table", "fragment"], StringComparer.Ordinal);
        var bag = new Diagnostics.DiagnosticBag();
        var calls = Emit.Site.TemplateChecker.Check("{{#> area-table Table}}无表格{{/area-table}}{{!-- {{> fragment}} --}}", "templates/item.hbs", partials, names, bag);
        Assert.Equal(0, bag.Count);
        Assert.Equal(["area-table"], calls.Select(c => c.Name)); // the commented call is no call
        Emit.Site.TemplateChecker.Check("{{#if (eq Rows 3)}}x{{/if}}{{lookup . (concat 'a' 'b')}}{{> (lookup . 'Name')}}", "templates/item.hbs", partials, names, bag);
        // Two helpers that do not exist, and a partial whose name the data would choose.
        Assert.Equal(["template.unknown-helper eq", "template.unknown-helper concat", "template.dynamic-partial "],
            bag.ToSortedList().Select(d => $"{d.MessageKey} {(d.Args.Count > 0 ? d.Args[0] : "")}"));
        // @partial-block, a partial block whose partial is missing (its content shows), brackets inside quoted text: fine
        var fine = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateChecker.Check("{{> @partial-block}}{{#> sidebar}}兜底{{/sidebar}}{{> fragment title=\"Note (see below)\"}}", "templates/item.hbs", partials, names, fine);
        Assert.Equal(0, fine.Count);
        // an inline partial calling itself never ends, nor do two calling each other
        var self = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateChecker.Check("{{#*inline \"rowx\"}}a{{> rowx}}{{/inline}}{{> rowx}}", "templates/area.hbs", partials, names, self);
        Assert.Equal("template.partial-self", Assert.Single(self.ToSortedList()).MessageKey);
        var round = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateChecker.Check("{{#*inline \"x\"}}a{{> y}}{{/inline}}\n{{#*inline \"y\"}}{{> x}}{{/inline}}{{> x}}", "templates/powers.hbs", partials, names, round);
        Assert.Equal("template.partial-ring", Assert.Single(round.ToSortedList()).MessageKey);
        // @partial-block in a partial called plainly by the default templates
        var repo = TestPaths.MinimalRepo("area: 社会救助\nitems:\n" + TestPaths.GoodItem);
        Directory.CreateDirectory(Path.Combine(repo, "templates"));
        File.WriteAllText(Path.Combine(repo, "templates", "area-table.hbs"), File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "templates", "site", "area-table.hbs")) + "{{> @partial-block}}\n");
        var blocks = new Diagnostics.DiagnosticBag();
        Assert.Null(Emit.Site.TemplateSet.Load(repo, blocks));
        Assert.Equal(("template.partial-block-plain", "templates/area-table.hbs"), (Assert.Single(blocks.ToSortedList()).MessageKey, blocks.ToSortedList()[0].Span.File));
        // …but fine inside an inline partial, or under {{#if @partial-block}}; a page the site renders itself has no block
        string Default(string name) => File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "templates", "site", name));
        File.WriteAllText(Path.Combine(repo, "templates", "area-table.hbs"), Default("area-table.hbs") + "{{#if @partial-block}}{{> @partial-block}}{{/if}}\n");
        File.WriteAllText(Path.Combine(repo, "templates", "index.hbs"), "{{#*inline \"frame\"}}<div>{{> @partial-block}}</div>{{/inline}}{{#> frame}}hi{{/frame}}\n" + Default("index.hbs"));
        var fineBlocks = new Diagnostics.DiagnosticBag();
        Assert.NotNull(Emit.Site.TemplateSet.Load(repo, fineBlocks));
        File.WriteAllText(Path.Combine(repo, "templates", "fragment.hbs"), Default("fragment.hbs") + "{{> @partial-block}}\n");
        File.WriteAllText(Path.Combine(repo, "templates", "area.hbs"), Default("area.hbs") + "{{#> fragment}}x{{/fragment}}\n");
        var page = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateSet.Load(repo, page);
        Assert.Contains(page.ToSortedList(), d => d.MessageKey == "template.partial-block-page" && d.Span.File == "templates/fragment.hbs");
        // inline rings found however the calls branch
        var branching = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateChecker.Check("{{#*inline \"a\"}}{{> f}}{{> b}}{{/inline}}{{#*inline \"b\"}}{{> d}}{{> c}}{{/inline}}{{#*inline \"c\"}}{{> e}}{{> a}}{{/inline}}"
            + "{{#*inline \"d\"}}d{{/inline}}{{#*inline \"e\"}}e{{/inline}}{{#*inline \"f\"}}f{{/inline}}{{> a}}", "templates/powers.hbs", partials, names, branching);
        Assert.Equal("template.partial-ring", Assert.Single(branching.ToSortedList()).MessageKey);
        var remote = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateRemoteLoads.Check("<link rel=\"canonical\" href=\"https://www.qinghe.gov.cn/zwgk/\"><form action=\"https://www.gov.cn/search\"></form>"
            + "{{!-- <script src=\"https://cdn.example.com/a.js\"></script> --}}<script src=\"//pucha.kaipuyun.cn/exposure/jiucuo.js\"></script>"
            + "<script type=\"module\">import x from 'https://cdn.example.com/m.js';</script>", "templates/layout.hbs", remote);
        Assert.Equal("https://cdn.example.com/m.js", (string)Assert.Single(remote.ToSortedList()).Args[0]!);
        var more = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateRemoteLoads.Check("<!-- <script src=\"https://old.example/a.js\"></script> --><img srcset=\"a.png 1x, https://second.example/b.png 2x\"><object data=\"https://obj.example/x\"></object>"
            + "<script src=\"https://pucha.kaipuyun.cn:443@evil.example/b.js\"></script>", "templates/layout.hbs", more);
        Emit.Site.TemplateRemoteLoads.Check("s.src = \"https://evil.example/a.js\"; import \"https://cdn.example/side.js\"; /* fetch(\"https://gone.example\") */ location.href = \"https://link.example/\";", "templates/assets/site.js", more);
        Emit.Site.TemplateRemoteLoads.Check("<link rel=\"dns-prefetch\" href=\"//dns.example\"><link rel=\"shortcut icon\" href=\"https://icon.example/i.ico\">", "templates/index.hbs", more);
        Assert.Equal(["//dns.example", "https://cdn.example/side.js", "https://evil.example/a.js", "https://icon.example/i.ico", "https://obj.example/x", "https://pucha.kaipuyun.cn:443@evil.example/b.js", "https://second.example/b.png"],
            more.ToSortedList().Select(d => (string)d.Args[0]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Remote_loads_are_found_as_the_browser_reads_them_and_a_base_to_another_host_is_an_error()
    {
        var bag = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateRemoteLoads.Check("<!DOCTYPE html><html><head>\n<base href=\"https://evil.example/\">\n"
            + "<meta http-equiv=\"refresh\" content=\"600;url=https://evil2.example/\">\n<link rel=\"preconnect\" href=\"https://evil3.example\">\n"
            + "<script src=\"&#104;ttps://evil4.example/x.js\"></script>\n<script src=\"https:\\\\evil5.example\\y.js\"></script>\n"
            + "<style>body{background-image:image-set(\"https://evil6.example/bg.png\" 1x)}</style>\n"
            + "</head><body><svg><image href=\"https://evil7.example/i.png\"/><use xlink:href=\"https://evil8.example/s.svg#a\"/></svg>\n"
            + "<a href=\"/x.html\" ping=\"https://evil9.example/p\">x</a><a href=\"https://www.gov.cn/\">中国政府网</a>{{{Body}}}"
            + "<img src=\"&#104ttps://evil10.example/a.png\"><img src=\"ht&Tab;tps://evil11.example/b.png\"></body></html>", "templates/layout.hbs", bag);
        var found = bag.ToSortedList();
        var based = Assert.Single(found, d => d.Rule.Id == "CAT0801");
        Assert.Equal(("template.remote-base", 2), (based.MessageKey, based.Span.Line));
        var hosts = found.Where(d => d.Rule.Id == "CAT0803").Select(d => new Uri(((string)d.Args[0]!).Replace('\\', '/')).Host).ToList();
        Assert.Equal(["evil10.example", "evil11.example", "evil2.example", "evil3.example", "evil4.example", "evil5.example", "evil6.example", "evil7.example", "evil8.example", "evil9.example"], hosts.Order(StringComparer.Ordinal));
        // The finding is placed where the file has it, references and all.
        Assert.Equal(5, found.Single(d => d.Rule.Id == "CAT0803" && ((string)d.Args[0]!).Contains("evil4")).Span.Line);
        // A stylesheet's and a script's escapes are read as the browser reads them.
        var escaped = new Diagnostics.DiagnosticBag();
        Emit.Site.TemplateRemoteLoads.Check("body{}\n.a{background:url(\\68ttps://css1.example/a.png)}\n.b{background:url(\\000068 ttps://css2.example/b.png)}\n"
            + ".c{background:url(h\\ttps://css3.example/c.png)}\n.d{background:url(data/x.png)}\n", "templates/assets/extra.css", escaped);
        Emit.Site.TemplateRemoteLoads.Check("fetch(\"\\x68ttps://js1.example/a\");\nfetch('\\u0068ttps://js2.example/b');\nfetch(`\\u{68}ttps://js3.example/c`);\nvar a = \"\\\\\";\n",
            "templates/assets/extra.js", escaped);
        Assert.Equal([("css1.example", 2), ("css2.example", 3), ("css3.example", 4), ("js1.example", 1), ("js2.example", 2), ("js3.example", 3)],
            escaped.ToSortedList().Select(d => (new Uri(((string)d.Args[0]!).Replace('\\', '/')).Host, d.Span.Line)).OrderBy(x => x.Host, StringComparer.Ordinal));
    }

    [Fact]
    public void A_hostile_megabyte_of_css_is_read_in_linear_time()
    {
        var bag = new Diagnostics.DiagnosticBag();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Emit.Site.TemplateRemoteLoads.Check("a{background:url(" + new string(' ', 1_000_000) + ")}" + string.Concat(Enumerable.Repeat("<link ", 100_000)), "templates/assets/site.css", bag);
        Emit.Site.TemplateRemoteLoads.Check(string.Concat(Enumerable.Repeat(" src=//a ", 100_000)), "templates/layout.hbs", bag);
        Emit.Site.TemplateRemoteLoads.Check("url(" + new string('/', 1_000_000), "templates/assets/site.css", bag); // one match a megabyte long
        Emit.Site.TemplateRemoteLoads.Check("<img srcset=\"" + new string('/', 1_000_000), "templates/item.hbs", bag);
        // a hundred calls of each partial in a chain of templates: one edge each, one visit each
        var chain = new[] { "area", "area-table", "fragment", "powers", "search", "item", "index" };
        var templates = chain.Select((t, k) => (t, Calls: (IReadOnlyList<(string, int, bool)>)Enumerable.Repeat((chain[(k + 1) % chain.Length], 0, false), 100).ToList()))
            .ToDictionary(x => x.t, x => (File: $"templates/{x.t}.hbs", Text: "x", x.Calls));
        Emit.Site.TemplatePartialCalls.Check(templates, bag);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}"); // a guard against a hang, not a speed goal (it was hours)
        Assert.Equal(20 + 1 + 1 + 1 + 1, bag.Count); // at most 20 a file; the long address once each; the ring once; the hundredfold calls once
    }

    [Theory]
    [InlineData("{{#*inline \"row\"}}<b>{{Name}}</b>{{/inline}}{{> row}}")]
    [InlineData("\\{{shown as it is}} {{#each ../../..}}{{/each}}")]
    [InlineData("{{lookup Rows 0}}{{Name}}{{#each Rows as |row i|}}{{i}}{{/each}}")]
    public void Valid_handlebars_of_other_shapes_draws_nothing(string template)
    {
        var bag = new Diagnostics.DiagnosticBag();
        var names = new HashSet<string>(["Rows", "Name"], StringComparer.Ordinal);
        Emit.Site.TemplateChecker.Check(template, "templates/item.hbs", new HashSet<string>(["item"]), names, bag);
        Assert.Equal(0, bag.Count);
    }

    [Fact]
    public void A_misspelt_name_or_a_stray_template_file_is_a_warning_the_build_shows()
    {
        var repo = TestPaths.MinimalRepo("area: 社会救助\nitems:\n" + TestPaths.GoodItem);
        Directory.CreateDirectory(Path.Combine(repo, "templates"));
        File.WriteAllText(Path.Combine(repo, "templates", "item.hbs"), "<h1>{{Nmae}}</h1>\n{{#each Basis}}<p>{{this}}</p>{{/each}}\n{{#if ../Page.Title}}{{/if}}\n");
        File.WriteAllText(Path.Combine(repo, "templates", "bogus.hbs"), "<p>从未使用</p>");
        var output = Path.Combine(TestPaths.TempDir(), "out");
        var (code, stdout, _) = CliTests.Run("build", repo, "-o", output, "--lang", "zh-CN");
        Assert.Equal(0, code);
        Assert.Contains("templates/item.hbs:1:5: warning CAT0802", stdout);
        Assert.Contains("是不是“Name”", stdout);
        Assert.Contains("templates/bogus.hbs:1:1: warning CAT0802", stdout);
        Assert.Equal(2, stdout.Split('\n').Count(l => l.Contains("CAT0802")));
        // The shipped templates use only names the pages have.
        var bag = new Diagnostics.DiagnosticBag();
        Assert.NotNull(Emit.Site.TemplateSet.Load(TestPaths.Example, bag));
        Assert.Equal(0, bag.Count);
    }

    [Theory]
    [InlineData("{{#each Rows as |row|}}{{row.Name}}{{/each}}")]
    [InlineData("{{#if (lookup . \"Caption\")}}x{{/if}}")]
    [InlineData("{{#each Rows}}{{.}}{{./Name}}{{@index}}{{/each}}")]
    [InlineData("{{Rows.Count}}{{Rows.[0].Name}}")]
    [InlineData("{{#if Sub}}a{{else if Note}}b{{/if}}{{~Name~}}{{Body}}")]
    public void Valid_handlebars_draws_no_name_warning(string template)
    {
        var bag = new Diagnostics.DiagnosticBag();
        var names = new HashSet<string>(["Rows", "Name", "Caption", "Sub", "Note", "Body"], StringComparer.Ordinal);
        Emit.Site.TemplateChecker.Check(template, "templates/item.hbs", new HashSet<string>(["item"]), names, bag);
        Assert.Equal(0, bag.Count);
        Emit.Site.TemplateChecker.Check("{{#if Sub}}a{{else if Nmae}}b{{/if}}", "templates/item.hbs", new HashSet<string>(["item"]), names, bag);
        Assert.Equal(1, bag.Count);
        // A block parameter's members are checked, and it is unknown again after its block.
        Emit.Site.TemplateChecker.Check("{{#each Rows as |row|}}{{row.Nmae}}{{/each}}{{row}}", "templates/item.hbs", new HashSet<string>(["item"]), names, bag);
        Assert.Equal(3, bag.Count);
    }

    [Fact]
    public void Template_overrides_are_used_by_name_and_cannot_reach_outside_templates()
    {
        var repo = TestPaths.MinimalRepo("area: 社会救助\nitems:\n" + TestPaths.GoodItem);
        Directory.CreateDirectory(Path.Combine(repo, "templates", "assets"));
        File.WriteAllText(Path.Combine(repo, "templates", "assets", "site.css"), "body { color: #123456; }");
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Assert.True(BuildPipeline.Run(repo, new BuildOptions(output, new ExcelOptions(), TestPaths.Today, "1.0.0")).Written);
        Assert.Equal("body { color: #123456; }", File.ReadAllText(Path.Combine(output, "site", "assets", "site.css")));

        var secret = Path.Combine(TestPaths.TempDir(), "secret.txt");
        File.WriteAllText(secret, "机密");
        File.CreateSymbolicLink(Path.Combine(repo, "templates", "index.hbs"), secret);
        var result = BuildPipeline.Run(repo, new BuildOptions(Path.Combine(TestPaths.TempDir(), "out2"), new ExcelOptions(), TestPaths.Today, "1.0.0"));
        Assert.False(result.Written);
        Assert.Contains(result.Validation.Diagnostics, d => d.Rule.Id == "CAT0801" && d.Span.File == "templates/index.hbs");
    }

    [Fact]
    public void Open_data_describes_every_item_with_its_records_and_powers()
    {
        using var doc = JsonDocument.Parse(BuiltExample.Read("data/catalogue.json"));
        var root = doc.RootElement;
        Assert.Equal("青禾县", root.GetProperty("jurisdiction").GetProperty("name").GetString());
        var items = root.GetProperty("areas").EnumerateArray().SelectMany(a => a.GetProperty("items").EnumerateArray()).ToList();
        var csvLines = BuiltExample.Read("data/items.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.True(items.Count > 200);
        Assert.Contains(items, i => i.GetProperty("records").GetArrayLength() > 0);
        Assert.Contains(items, i => i.GetProperty("powers").GetArrayLength() > 0);
        Assert.Equal("from_formation", items[0].GetProperty("time_limit").GetProperty("kind").GetString());
        Assert.True(csvLines.Length >= items.Count + 1);
        // Every row says whose it is, so that the files of many counties can be put together; the standard item is there too.
        Assert.EndsWith(",已公开信息条数,对应标准事项,行政区划代码,行政区,行政区层级,版次", csvLines[0]);
        Assert.EndsWith(",cxgh-001,510923,青禾县,县级,2025", csvLines[1]);
        // A value that begins with an apostrophe gets one more: taking the first away always gives the value back.
        Assert.Equal(("''不是公式", "'=1+1"), (Emit.Data.ItemsCsvWriter.Cell("'不是公式"), Emit.Data.ItemsCsvWriter.Cell("=1+1")));
        // A limit in calendar days carries the figure as written beside its conversion (批准后20日内: 20 calendar days).
        var budget = items.First(i => i.GetProperty("time_limit").GetProperty("text").GetString() == "本级人民代表大会或其常务委员会批准后20日内").GetProperty("time_limit");
        Assert.Equal((20, "calendar", 14.3), (budget.GetProperty("days").GetInt32(), budget.GetProperty("day_unit").GetString(), budget.GetProperty("working_days").GetDouble()));
        Assert.Equal("after_approval", budget.GetProperty("kind").GetString());
        // A notice due before a hearing is no limit after formation: its kind says so and it has no working days.
        var hearing = items.First(i => i.GetProperty("time_limit").GetProperty("text").GetString()!.StartsWith("《听证通知书》在组织听证7个工作日前")).GetProperty("time_limit");
        Assert.Equal(("before_event", 7, false), (hearing.GetProperty("kind").GetString(), hearing.GetProperty("days").GetInt32(), hearing.TryGetProperty("working_days", out _)));
        // A power left undisclosed with a reason carries the reason, so that coverage can be counted from the data.
        var powers = root.GetProperty("powers").EnumerateArray().ToList();
        var exempt = Assert.Single(powers, p => p.TryGetProperty("undisclosed_reason", out _));
        Assert.Equal(("510923-MZ-QT-0004", false), (exempt.GetProperty("code").GetString(), exempt.GetProperty("disclosed").GetBoolean()));
    }

    [Fact]
    public async Task Open_data_conforms_to_the_schema_that_catalogue_schema_prints()
    {
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(Schema.JsonSchemaGenerator.Render("data"));
        var errors = schema.Validate(BuiltExample.Read("data/catalogue.json"));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10).Select(e => $"{e.Path}: {e.Kind}")));
        Assert.NotEmpty(schema.Validate("{\"schema\": 1, \"areas\": [{\"id\": 3}]}"));
        Assert.Equal(Schema.JsonSchemaGenerator.Render("data"), BuiltExample.Read("data/catalogue.schema.json"));
    }

    [Fact]
    public void Whole_output_is_byte_identical_across_builds()
    {
        var a = Path.Combine(TestPaths.TempDir(), "a");
        var b = Path.Combine(TestPaths.TempDir(), "b");
        BuildPipeline.Run(TestPaths.Example, new BuildOptions(a, new ExcelOptions(), TestPaths.Today, "1.0.0"));
        BuildPipeline.Run(TestPaths.Example, new BuildOptions(b, new ExcelOptions(), TestPaths.Today, "1.0.0"));
        var files = Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order().ToList();
        Assert.Equal(files, Directory.EnumerateFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order());
        foreach (var f in files)
            Assert.True(File.ReadAllBytes(Path.Combine(a, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))), f);
    }

    [Fact]
    public void Built_from_the_clock_on_two_days_the_publication_is_the_same_bytes_dated_by_the_inputs()
    {
        // The reference date decides the checks; without --today or SOURCE_DATE_EPOCH the files carry the newest record's date.
        var a = Path.Combine(TestPaths.TempDir(), "a");
        var b = Path.Combine(TestPaths.TempDir(), "b");
        BuildPipeline.Run(TestPaths.Example, new BuildOptions(a, new ExcelOptions(), TestPaths.Today, "1.0.0", DateFromClock: true));
        BuildPipeline.Run(TestPaths.Example, new BuildOptions(b, new ExcelOptions(), TestPaths.Today.AddDays(3), "1.0.0", DateFromClock: true));
        foreach (var f in Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Where(f => !f.StartsWith("report")))
            Assert.True(File.ReadAllBytes(Path.Combine(a, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))), f);
        Assert.Contains("\"generated\": \"2026-10-20\"", File.ReadAllText(Path.Combine(a, "data", "catalogue.json")));
        // No records, no date: none is written rather than the clock's.
        var bare = TestPaths.TempDir();
        PowerTests.CopyDirectory(TestPaths.Example, bare);
        Directory.Delete(Path.Combine(bare, "records"), true);
        var c = Path.Combine(TestPaths.TempDir(), "c");
        BuildPipeline.Run(bare, new BuildOptions(c, new ExcelOptions(), TestPaths.Today, "1.0.0", DateFromClock: true));
        Assert.DoesNotContain("\"generated\"", File.ReadAllText(Path.Combine(c, "data", "catalogue.json")));
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(c, "excel", "areas", "health.xlsx"));
        using var core = new StreamReader(zip.GetEntry("docProps/core.xml")!.Open());
        Assert.DoesNotContain("dcterms:created", core.ReadToEnd());
    }
}
