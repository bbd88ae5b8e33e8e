using System.Globalization;
using CatalogueTool.Model;
using CatalogueTool.Validation;

namespace CatalogueTool.Emit.Site;

/// <summary>Builds the view models of the site's pages from a validated catalogue. Links are always relative.</summary>
public sealed class SiteViews
{
    private readonly ValidationResult _result;
    private readonly Catalogue _catalogue;

    public SiteViews(ValidationResult result)
    {
        _result = result;
        _catalogue = result.Catalogue!;
    }

    public static string AreaFolder(AreaFile area) => OutputNames.Safe(area.Area.Id);

    public static string ItemFile(Item item) => OutputNames.Safe(item.Id.Value) + ".html";

    private string Jurisdiction => _catalogue.Manifest.Jurisdiction.Name;

    public PageFrame Frame(string root, string title, IReadOnlyList<Crumb> trail, NavState nav)
    {
        var m = _catalogue.Manifest;
        var crumbs = new List<Crumb> { new("基层政务公开标准目录", root + "index.html") };
        crumbs.AddRange(trail);
        if (trail.Count == 0) crumbs[^1] = crumbs[^1] with { Href = null };
        var footer = new FooterView(m.Portal?.Footer?.SiteCode, m.Portal?.Footer?.Icp, m.Portal?.Footer?.Psb, m.Publisher, m.Edition);
        return new PageFrame(root, title, m.Portal?.Title ?? Jurisdiction + "人民政府", Jurisdiction, m.Publisher, m.Edition, crumbs.Counted(), footer, nav);
    }

    public IndexPage Index()
    {
        var areas = _catalogue.Areas.Select(a => new AreaSummary(a.Area.Id, a.Area.Name, a.Items.Count, LastUpdate(a), AreaFolder(a) + "/index.html") { RecordsKept = _catalogue.KeepsRecords(a.Area.Id) }).Counted();
        var na = _catalogue.Manifest.NotApplicableInOrder
            .Select(n => new NotApplicableView(n.Area?.Name ?? n.Entry.AreaId.Value, n.Entry.Reason)).Counted();
        return new IndexPage(Frame("", "基层政务公开标准目录", [], new NavState(true, false, false)), areas, na,
            _catalogue.Items.Count(), _catalogue.Records.Count);
    }

    private string? LastUpdate(AreaFile area) =>
        area.Items.SelectMany(i => _catalogue.RecordsOf(i).Take(1)).Select(r => (DateOnly?)r.Date).Max()?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public AreaPage Area(AreaFile area) =>
        new(Frame("../", area.Area.Name, [new Crumb(area.Area.Name, null)], new NavState(false, false, false)),
            area.Area.Id, area.Area.Name, Table(area, ""), area.Items.Count);

    /// <summary>
    /// The area table alone, for pasting into the portal's content system: the page it is pasted into lives at another
    /// address, so its links lead to the published column (portal.base_url) when that is known, else relative to fragments/;
    /// and it has none of the site's stylesheet, so the table reads right without it.
    /// </summary>
    public FragmentPage Fragment(AreaFile area) => PublishedAt is { } column
        ? new(Table(area, $"{column}{AreaFolder(area)}/") with { Standalone = true }, column)
        : new(Table(area, $"../{AreaFolder(area)}/") with { Standalone = true }, "../");

    /// <summary>The published column's address with its final slash, when the manifest gives a usable one.</summary>
    private string? PublishedAt => _catalogue.Manifest.Portal?.BaseUrl;

    /// <summary>The national template as table rows; <paramref name="linkPrefix"/> leads from the page to the area folder.</summary>
    public AreaTable Table(AreaFile area, string linkPrefix)
    {
        var items = area.Items;
        var columns = Excel.TemplateColumns.For(items);
        var rows = new List<TableRow>(items.Count);
        var number = 0;
        foreach (var group in CategoryGroups.Of(items))
        {
            for (var k = 0; k < group.Count; k++)
            {
                var item = group[k];
                number++;
                rows.Add(new TableRow(number, linkPrefix + ItemFile(item), item.Category, k == 0 ? group.Count : 0, item.Name, item.Sub, item.Content,
                    item.Basis.Select(b => b.Value).Counted(), item.TimeLimit.Value.Text, item.Subject.Value, Channels(item),
                    item.Audience.Contains("全社会"), item.Audience.Contains("特定群体"), item.Mode.Contains("主动"), item.Mode.Contains("依申请"),
                    item.Levels.Contains("县级"), item.Levels.Contains("乡级"), item.Levels.Contains("村级"), item.Note));
            }
        }
        return new AreaTable($"{Jurisdiction}{area.Area.Name}领域基层政务公开标准目录", columns.HasSub, columns.HasVillage, columns.HasNote, columns.Levels.Count, rows.Counted());
    }

    private static IReadOnlyList<string> Channels(Item item) => item.Channels.Select(c => c.Value).Counted();

    public ItemPage Item(AreaFile area, Item item)
    {
        var trail = new List<Crumb> { new(area.Area.Name, "index.html"), new(item.Name, null) };
        var powers = _result.Powers?.LinkedTo(item).Select(p => new PowerView(p.Code, p.Name, p.Type, p.Basis, p.Subject)).Counted() ?? [];
        var records = _catalogue.RecordsOf(item).Select(r => new RecordView(r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Title,
            UrlIsWeb(r.Url) ? r.Url : null, r.IndexNo, r.Statement)).Counted();
        // Many items share a name (政策法规文件, 办事指南): the page's title adds the item's category and area, so that a
        // browser's tabs, history and bookmarks tell them apart.
        var name = item.Sub is { Length: > 0 } sub ? $"{item.Name}（{sub}）" : item.Name;
        var title = item.Category == item.Name || item.Category == area.Area.Name ? $"{name} - {area.Area.Name}" : $"{name} - {item.Category} - {area.Area.Name}";
        return new ItemPage(Frame("../", title, trail, new NavState(false, false, false)), area.Area.Id, area.Area.Name, item.Id.Value,
            item.Category, item.Name, item.Sub, item.Content, item.Basis.Select(b => b.Value).Counted(), item.TimeLimit.Value.Text,
            item.Subject.Value, Channels(item), string.Join("、", item.Audience), string.Join("、", item.Mode), string.Join("、", item.Levels),
            item.Note, powers, records) { OnRequestOnly = item.IsOnRequestOnly, RecordsKept = _catalogue.KeepsRecords(area.Area.Id) };
    }

    /// <summary>Only http(s) links reach a page, whatever the records say (validation already reports the others).</summary>
    public static bool UrlIsWeb(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps);

    public PowersPage Powers()
    {
        static CoverageView View(Binding.CoverageRow r) =>
            new(r.Key, r.Powers, r.Disclosed, r.Exempt, r.Percent.ToString("0.0", CultureInfo.InvariantCulture) + "%");
        var coverage = _result.Coverage;
        var frame = Frame("", "权责事项公开情况", [new Crumb("权责事项公开情况", null)], new NavState(false, false, true));
        if (coverage is null || coverage.Total.Powers == 0) return new PowersPage(frame, [], [], null);
        return new PowersPage(frame, coverage.ByDepartment.Select(View).Counted(), coverage.ByType.Select(View).Counted(), View(coverage.Total));
    }

    public SearchPage Search() => new(Frame("", "事项检索", [new Crumb("事项检索", null)], new NavState(false, true, false)));
}
