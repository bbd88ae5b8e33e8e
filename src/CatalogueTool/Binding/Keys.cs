namespace CatalogueTool.Binding;

/// <summary>The keys each kind of mapping allows (format §2–§7). The JSON Schema is generated from the same lists.</summary>
public static class Keys
{
    public static readonly string[] Manifest =
        ["schema", "jurisdiction", "publisher", "edition", "baseline", "portal", "not_applicable", "extra_areas", "departments", "undisclosed_powers", "records"];
    public static readonly string[] Jurisdiction = ["name", "code", "level", "parent"];
    public static readonly string[] Portal = ["title", "base_url", "footer"];
    public static readonly string[] Footer = ["site_code", "icp", "psb"];
    public static readonly string[] Department = ["name", "aliases"];
    public static readonly string[] RecordsSettings = ["stale_after_days"];
    public static readonly string[] AreaFile = ["area", "items", "waived", "source"];
    public static readonly string[] Source = ["issuer", "document", "title", "date", "compiled_from"];
    public static readonly string[] Item =
        ["id", "category", "name", "sub", "content", "basis", "time_limit", "subject", "channels", "audience", "mode", "levels", "powers", "baseline", "note"];
    public static readonly string[] Waiver = ["baseline", "reason"];
    public static readonly string[] PowerFile = ["department", "source", "powers"];
    public static readonly string[] Power = ["code", "name", "type", "basis", "subject"];
    public static readonly string[] PowerSelector = ["type", "subject"];
    public static readonly string[] Record = ["item", "title", "date", "url", "index_no", "statement"];

    /// <summary>Every key of every kind of mapping, and the pilot areas' ids (keys of not_applicable).</summary>
    public static IReadOnlySet<string> Any { get; } = new[] { Manifest, Jurisdiction, Portal, Footer, Department, RecordsSettings, AreaFile, Source, Item, Waiver, PowerFile, Power, PowerSelector, Record }
        .SelectMany(k => k).Concat(Model.PilotAreas.All.Select(a => a.Id)).ToHashSet(StringComparer.Ordinal);
}
