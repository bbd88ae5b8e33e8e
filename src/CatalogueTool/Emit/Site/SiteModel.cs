namespace CatalogueTool.Emit.Site;

// The view models the templates see. Every string in them is catalogue data: templates print it with {{…}}, escaped.

/// <summary>A page rendered inside the layout: it carries the frame the layout prints.</summary>
public interface IPageModel
{
    PageFrame Page { get; }
}

/// <summary>What every page has: where the site root is, the page chrome, the breadcrumb.</summary>
public sealed record PageFrame(string Root, string Title, string PortalTitle, string Jurisdiction, string Publisher, string Edition,
    IReadOnlyList<Crumb> Breadcrumb, FooterView Footer, NavState Nav);

public sealed record NavState(bool Index, bool Search, bool Powers);

public sealed record Crumb(string Name, string? Href);

public sealed record FooterView(string? SiteCode, string? Icp, string? Psb, string Publisher, string Edition);

public sealed record AreaSummary(string Id, string Name, int Items, string? Updated, string Href)
{
    /// <summary>Whether the area's publication records are kept: without them the page says no "暂无更新记录" it never checked.</summary>
    public bool RecordsKept { get; init; }
}

public sealed record NotApplicableView(string Name, string Reason);

public sealed record IndexPage(PageFrame Page, IReadOnlyList<AreaSummary> Areas, IReadOnlyList<NotApplicableView> NotApplicable, int ItemCount, int RecordCount) : IPageModel
{
    public int AreaCount => Areas.Count;
}

/// <summary>The national template as an HTML table: header flags, then one row per item.</summary>
public sealed record AreaTable(string Caption, bool HasSub, bool HasVillage, bool HasNote, int LevelCount, IReadOnlyList<TableRow> Rows)
{
    /// <summary>
    /// Read without the site's stylesheet (a fragment pasted into a portal page): borders and scrolling as attributes, a
    /// line break between the lines of a cell, and a tick without the screen-reader word that only the stylesheet hides.
    /// </summary>
    public bool Standalone { get; init; }
}

public sealed record TableRow(int Number, string Href, string Category, int CategorySpan, string Name, string? Sub, string Content,
    IReadOnlyList<string> Basis, string TimeLimit, string Subject, IReadOnlyList<string> Channels,
    bool Public, bool Group, bool Proactive, bool OnRequest, bool County, bool Township, bool Village, string? Note);

public sealed record AreaPage(PageFrame Page, string AreaId, string AreaName, AreaTable Table, int Items) : IPageModel;

public sealed record PowerView(string Code, string Name, string Type, string? Basis, string Subject);

public sealed record RecordView(string Date, string? Title, string? Url, string? IndexNo, string? Statement);

public sealed record ItemPage(PageFrame Page, string AreaId, string AreaName, string Id, string Category, string Name, string? Sub,
    string Content, IReadOnlyList<string> Basis, string TimeLimit, string Subject, IReadOnlyList<string> Channels,
    string Audience, string Mode, string Levels, string? Note, IReadOnlyList<PowerView> Powers, IReadOnlyList<RecordView> Records) : IPageModel
{
    /// <summary>Disclosed on request only: nothing is published in its column, and the page says how to ask instead.</summary>
    public bool OnRequestOnly { get; init; }

    /// <summary>Whether the area's publication records are kept (records/&lt;area&gt;.yaml): without them the page does not
    /// say 暂无信息 (nothing published), which nobody checked, but where the item's information is published.</summary>
    public bool RecordsKept { get; init; }
}

public sealed record CoverageView(string Key, int Powers, int Disclosed, int Exempt, string Percent);

public sealed record PowersPage(PageFrame Page, IReadOnlyList<CoverageView> ByDepartment, IReadOnlyList<CoverageView> ByType, CoverageView? Total) : IPageModel;

public sealed record SearchPage(PageFrame Page) : IPageModel;

public sealed record FragmentPage(AreaTable Table, string Root);

public sealed record LayoutModel(PageFrame Page, string Body);
