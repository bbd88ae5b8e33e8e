using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CatalogueTool.Model;
using CatalogueTool.Validation;

namespace CatalogueTool.Emit.Site;

/// <summary>Writes the HTML column (format §9): pages, fragments, assets, the offline search index and the sitemap.</summary>
public static class SiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void Write(ValidationResult result, TemplateSet templates, string folder)
    {
        var catalogue = result.Catalogue!;
        var views = new SiteViews(result);
        var pages = new List<(string Path, Func<string> Render)>
        {
            ("index.html", () => Page(templates, "index", views.Index())),
            ("search.html", () => Page(templates, "search", views.Search())),
            ("coverage.html", () => Page(templates, "powers", views.Powers())),
        };
        foreach (var area in catalogue.Areas)
        {
            var dir = SiteViews.AreaFolder(area);
            pages.Add(($"{dir}/index.html", () => Page(templates, "area", views.Area(area))));
            pages.Add(($"fragments/{dir}.html", () => templates.Render("fragment", views.Fragment(area))));
            foreach (var item in area.Items)
                pages.Add(($"{dir}/{SiteViews.ItemFile(item)}", () => Page(templates, "item", views.Item(area, item))));
        }
        foreach (var dir in pages.Select(p => Path.GetDirectoryName(p.Path)).Distinct())
            Directory.CreateDirectory(Path.Combine(folder, dir ?? ""));
        Parallel.ForEach(pages, page => File.WriteAllText(Contained(folder, page.Path), page.Render(), Utf8));

        foreach (var (name, bytes) in templates.Assets)
        {
            var path = Contained(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
        Directory.CreateDirectory(Path.Combine(folder, "search"));
        var index = SearchIndexJson(catalogue);
        File.WriteAllText(Path.Combine(folder, "search", "index.json"), index + "\n", Utf8);
        File.WriteAllText(Path.Combine(folder, "search", "index.js"), "window.CATALOGUE_SEARCH = " + ScriptSafe(index) + ";\n", Utf8);
        if (catalogue.Manifest.Portal?.BaseUrl is { } baseUrl)
            File.WriteAllText(Path.Combine(folder, "sitemap.xml"), Sitemap(baseUrl, pages.Select(p => p.Path).Where(p => !p.StartsWith("fragments/", StringComparison.Ordinal))), Utf8);
    }

    /// <summary>
    /// For <c>validate</c>, when the repository customises templates: compiles them and renders one page of each kind in
    /// memory, so that a template failing on the pages is found before <c>build</c> (the compiler's and the page's errors,
    /// at the template's file). Nothing is written.
    /// </summary>
    public static IReadOnlyList<Diagnostics.Diagnostic> Trial(ValidationResult result)
    {
        var bag = new Diagnostics.DiagnosticBag();
        var loaded = new Diagnostics.DiagnosticBag();
        var templates = TemplateSet.Load(result.Root, loaded);
        // The other findings of the templates are the template check's own: only what compiling finds is added here.
        bag.AddRange(loaded.ToSortedList().Where(d => d.MessageKey == "template.compile"));
        if (templates is null || result.Catalogue is not { } catalogue) return bag.ToSortedList();
        var views = new SiteViews(result);
        try
        {
            Page(templates, "index", views.Index());
            Page(templates, "search", views.Search());
            Page(templates, "powers", views.Powers());
            // Each area's table; the items with the most to show (records, powers, a sub-item, a note), so that a template's
            // blocks over them run.
            var recorded = catalogue.Records.Select(r => r.Item.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var area in catalogue.Areas)
            {
                Page(templates, "area", views.Area(area));
                templates.Render("fragment", views.Fragment(area));
            }
            var items = catalogue.Areas.SelectMany(a => a.Items.Select(i => (Area: a, Item: i))).ToList();
            foreach (var pick in new Func<Model.Item, bool>[] { i => recorded.Contains(i.Id.Value), i => result.Powers?.LinkedTo(i).Any() == true, i => i.Sub is not null, i => i.Note is not null, _ => true })
                if (items.FirstOrDefault(x => pick(x.Item)) is { Area: not null } chosen)
                    Page(templates, "item", views.Item(chosen.Area, chosen.Item));
        }
        catch (TemplateRenderException e)
        {
            bag.Add(Diagnostics.KnownRules.TemplateError, Diagnostics.SourceSpan.OfFile(e.File), e.Finding.Key, e.Finding.Args);
        }
        return bag.ToSortedList();
    }

    private static string Page(TemplateSet templates, string name, IPageModel model) =>
        templates.Render("layout", new LayoutModel(model.Page, templates.Render(name, model)));

    /// <summary>The full path of a relative output name, refused if it would leave the output folder.</summary>
    public static string Contained(string folder, string relative)
    {
        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"output path {relative} leaves the output folder");
        return full;
    }

    private static readonly JsonSerializerOptions IndexJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The search index, one entry per item: search/index.json, and the same as a script for the page (pages opened from disk cannot fetch JSON).</summary>
    public static string SearchIndexJson(Catalogue catalogue)
    {
        var entries = catalogue.Areas.SelectMany(a => a.Items.Select(i => new Dictionary<string, string?>
        {
            ["id"] = i.Id.Value,
            ["area"] = a.Area.Name,
            ["category"] = i.Category,
            ["name"] = i.Name,
            ["sub"] = i.Sub,
            ["content"] = i.Content,
            ["subject"] = i.Subject.Value,
            ["href"] = $"{SiteViews.AreaFolder(a)}/{SiteViews.ItemFile(i)}",
        }));
        return JsonSerializer.Serialize(entries, IndexJson);
    }

    /// <summary>JSON made safe to run as a script: line separators escaped, and no "&lt;/" that could end a script element.</summary>
    private static string ScriptSafe(string json) =>
        json.Replace("\u2028", "\\u2028").Replace("\u2029", "\\u2029").Replace("</", "<\\/");

    public static string Sitemap(string baseUrl, IEnumerable<string> paths)
    {
        var root = Binding.UrlRules.AsBase(baseUrl);
        var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var p in paths.Order(StringComparer.Ordinal))
        {
            var url = root + string.Join('/', p.Split('/').Select(Uri.EscapeDataString));
            sb.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(url)).Append("</loc></url>\n");
        }
        return sb.Append("</urlset>\n").ToString();
    }
}
