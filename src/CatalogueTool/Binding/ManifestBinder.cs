using System.Text.RegularExpressions;
using CatalogueTool.Diagnostics;
using CatalogueTool.Loading.Yaml;
using CatalogueTool.Model;

namespace CatalogueTool.Binding;

/// <summary>catalogue.yaml → <see cref="Manifest"/> (format §2).</summary>
public static partial class ManifestBinder
{
    [GeneratedRegex(@"^[0-9]{6}$")] // ASCII digits only: \d would also take full-width ones (５１０９２３)
    private static partial Regex DivisionCode();

    /// <summary>A GB/T 2260 division code as the format takes it: six ASCII digits.</summary>
    public static bool IsDivisionCode(string code) => DivisionCode().IsMatch(code);

    /// <summary>Six digits some of which are full-width (５１０９２３): the slip of a Chinese input method, said as such.</summary>
    public static bool IsFullWidthDivisionCode(string code) => !IsDivisionCode(code) && IsDivisionCode(Text.Punctuation.HalfWidth(code));

    /// <summary>A township's own code (nine digits, or the twelve of the statistical division code), where the county's six go.</summary>
    public static bool IsTownshipCode(string code) => code.Length is 9 or 12 && code.All(char.IsAsciiDigit);

    /// <summary>The message for a code that is no six-digit division code, by the slip it most likely is.</summary>
    private static string CodeSlip(string code) =>
        IsFullWidthDivisionCode(code) ? "schema.division-code-fullwidth"
        : code.Length > 2 && code[0] is '“' or '‘' && code[^1] is '”' or '’' && IsDivisionCode(code[1..^1]) ? "schema.division-code-curly"
        : IsTownshipCode(code) ? "schema.division-code-township"
        : "schema.division-code";

    public static Manifest? Bind(YNode? root, string file, DiagnosticBag bag)
    {
        if (root is not YMapping map)
        {
            bag.Add(KnownRules.WrongType, root?.Span ?? SourceSpan.OfFile(file), "schema.root-mapping", file);
            return null;
        }
        var r = new MappingReader(map, "catalogue.yaml", Keys.Manifest, bag);
        if (r.Text("schema", required: false) is { } schema && schema.Value != "1")
            bag.Add(KnownRules.SchemaVersion, schema.Span, "schema.version", schema.Value);

        var jurisdiction = BindJurisdiction(r, bag);
        var publisher = Filled(r.Text("publisher", required: true), "publisher", bag);
        var edition = r.Text("edition", required: true);
        var baseline = r.Node("baseline") is YScalar { IsNull: true } written ? new Located<string>("", written.Span) : r.Text("baseline", required: false);
        if (baseline is { } b && string.IsNullOrWhiteSpace(b.Value))
        {
            // An empty baseline would name the repository folder itself: one error here, and no baseline checks.
            bag.Add(KnownRules.BlankText, b.Span, "content.blank", "baseline");
            baseline = new Located<string>("", b.Span);
        }
        var stale = 180;
        if (r.Mapping("records", required: false) is { } recordsMap)
        {
            var rr = new MappingReader(recordsMap, "records", Keys.RecordsSettings, bag);
            if (rr.Text("stale_after_days", required: false) is { } days)
            {
                if (int.TryParse(days.Value, out var n) && n > 0) stale = n;
                else bag.Add(KnownRules.WrongType, days.Span, "schema.expected-number", "stale_after_days", days.Value);
            }
        }
        // Without a jurisdiction nothing is known of the catalogue; a missing publisher or edition (reported above) still
        // lets every other file be checked, and build stops on the error anyway.
        if (jurisdiction is null) return null;
        return new Manifest
        {
            Jurisdiction = jurisdiction,
            Publisher = publisher?.Value ?? "",
            Edition = edition?.Value ?? "",
            Baseline = baseline ?? new Located<string>("national", r.Span),
            Portal = BindPortal(r, bag),
            NotApplicable = BindNotApplicable(r, bag),
            NotApplicableUnread = r.Has("not_applicable") && r.Node("not_applicable") is not YMapping,
            ExtraAreas = BindExtraAreas(r, bag),
            Departments = BindDepartments(r, bag),
            UndisclosedPowers = BindUndisclosed(r, bag),
            StaleAfterDays = stale,
        };
    }

    private static Jurisdiction? BindJurisdiction(MappingReader r, DiagnosticBag bag)
    {
        if (r.Mapping("jurisdiction", required: true) is not { } map) return null;
        var j = new MappingReader(map, "jurisdiction", Keys.Jurisdiction, bag);
        var name = Filled(j.Text("name", required: true), "name", bag);
        var code = j.Text("code", required: false);
        if (code is { } c && (!IsDivisionCode(c.Value) || j.Node("code") is YScalar { IsQuoted: false } && c.Value.StartsWith('0')))
            bag.Add(KnownRules.InvalidCode, c.Span, CodeSlip(c.Value), c.Value);
        var level = "county";
        if (j.Text("level", required: false) is { } l)
        {
            level = JurisdictionLevel(l.Value) ?? Invalid(l);
        }
        return name is null ? null : new Jurisdiction(name.Value.Value, code?.Value, level, j.Text("parent", required: false)?.Value);

        string Invalid(Located<string> l)
        {
            bag.Add(KnownRules.InvalidValue, l.Span, "schema.invalid-value", l.Value, "level", "county（县级）、township（乡级）", null);
            return "county";
        }
    }

    private static Portal? BindPortal(MappingReader r, DiagnosticBag bag)
    {
        if (r.Mapping("portal", required: false) is not { } map) return null;
        var p = new MappingReader(map, "portal", Keys.Portal, bag);
        var baseUrl = p.Text("base_url", required: false);
        if (baseUrl is { } u && !UrlRules.IsBase(u.Value))
            bag.Add(KnownRules.PortalAddress, u.Span, "schema.base-url", u.Value);
        // An intranet address would send every pasted fragment's links where the public cannot follow.
        else if (baseUrl is { } intranet && UrlRules.IsPrivate(intranet.Value))
            bag.Add(KnownRules.RecordUrlPrivate, intranet.Span, "schema.base-url-private", intranet.Value);
        PortalFooter? footer = null;
        if (p.Mapping("footer", required: false) is { } fm)
        {
            var f = new MappingReader(fm, "footer", Keys.Footer, bag);
            footer = new PortalFooter(f.Text("site_code", false)?.Value, f.Text("icp", false)?.Value, f.Text("psb", false)?.Value);
        }
        // Kept only when page names can be appended to it, and then with its final slash: every page that links to the
        // published column takes it as it is.
        var url = baseUrl is { } b && UrlRules.IsBase(b.Value) ? UrlRules.AsBase(b.Value) : null;
        return new Portal(p.Text("title", false)?.Value, url, footer);
    }

    private static List<NotApplicable> BindNotApplicable(MappingReader r, DiagnosticBag bag)
    {
        var result = new List<NotApplicable>();
        if (r.Mapping("not_applicable", required: false) is not { } map) return result;
        foreach (var e in map.Entries)
        {
            // {税收管理：垂直管理}: with a Chinese colon, area and reason are one key without a value. The slip is named,
            // and the entry read as meant, so that no area is then reported as missing for it.
            if (e.Value is YScalar { IsNull: true } && e.Key.Value.IndexOf('：') is > 0 and var colon)
            {
                var area = e.Key.Value[..colon].Trim();
                bag.Add(KnownRules.YamlSyntax, e.Key.Span, "yaml.fullwidth-colon", area);
                result.Add(new NotApplicable(new Located<string>(area, e.Key.Span), e.Key.Value[(colon + 1)..].Trim(), e.Key.Span));
                continue;
            }
            var reason = e.Value is YScalar s ? s.Value.Trim() : "";
            if (e.Value is not YScalar) bag.Add(KnownRules.WrongType, e.Value.Span, "schema.expected-text", e.Key.Value, e.Value.KindName);
            else if (Text.Blank.Is(reason)) bag.Add(KnownRules.NotApplicableReason, e.Key.Span, "scope.na-reason", (object?)PilotAreas.FindById(e.Key.Value)?.Label ?? e.Key.Value);
            result.Add(new NotApplicable(new Located<string>(e.Key.Value, e.Key.Span), reason, e.Key.Span));
        }
        return result;
    }

    private static List<ExtraArea> BindExtraAreas(MappingReader r, DiagnosticBag bag)
    {
        var result = new List<ExtraArea>();
        if (r.Mapping("extra_areas", required: false) is not { } map) return result;
        foreach (var e in map.Entries)
        {
            if (e.Value is not YScalar { IsNull: false } s || s.Value.Trim().Length == 0)
            {
                bag.Add(KnownRules.ExtraAreas, e.Key.Span, "scope.extra-name", e.Key.Value);
                continue;
            }
            if (!ItemIdRules.IsValid(e.Key.Value) || ItemIdRules.ReservedAreaIds.Contains(e.Key.Value) || ItemIdRules.IsWindowsDevice(e.Key.Value))
            {
                bag.Add(KnownRules.ExtraAreas, e.Key.Span, "scope.extra-id", e.Key.Value);
                continue;
            }
            if ((PilotAreas.Find(e.Key.Value, out _) ?? PilotAreas.Find(s.Value.Trim(), out _)) is { } pilot)
            {
                bag.Add(KnownRules.ExtraAreas, e.Key.Span, "scope.extra-pilot", e.Key.Value, pilot.Label);
                continue;
            }
            result.Add(new ExtraArea(new Located<string>(e.Key.Value, e.Key.Span), s.Value.Trim()));
        }
        return result;
    }

    private static List<Department> BindDepartments(MappingReader r, DiagnosticBag bag)
    {
        var result = new List<Department>();
        if (r.Sequence("departments", required: false) is not { } seq) return result;
        foreach (var m in MappingReader.MappingsOf(seq, "departments", bag))
        {
            var d = new MappingReader(m, "departments", Keys.Department, bag);
            var name = d.Text("name", required: true);
            var aliases = d.TextList("aliases", required: false) ?? [];
            if (name is not null) result.Add(new Department(name.Value.Value, aliases.Select(a => a.Value).ToList()));
        }
        return result;
    }

    private static List<UndisclosedPower> BindUndisclosed(MappingReader r, DiagnosticBag bag)
    {
        var result = new List<UndisclosedPower>();
        if (r.Mapping("undisclosed_powers", required: false) is not { } map) return result;
        foreach (var e in map.Entries)
        {
            var reason = e.Value is YScalar s ? s.Value.Trim() : "";
            if (reason.Length == 0) bag.Add(KnownRules.UndisclosedEntry, e.Key.Span, "powers.undisclosed-reason", e.Key.Value);
            result.Add(new UndisclosedPower(new Located<string>(Text.Punctuation.HalfWidth(e.Key.Value), e.Key.Span), reason));
        }
        return result;
    }

    /// <summary>The placeholder that <c>import</c> writes for what only the clerk knows: an error until it is filled in,
    /// so that 主办：待填写 is never published.</summary>
    private const string Placeholder = "待填写";

    private static Located<string>? Filled(Located<string>? value, string key, DiagnosticBag bag)
    {
        if (value is { } v && v.Value == Placeholder) bag.Add(KnownRules.BlankText, v.Span, "content.placeholder", key);
        return value;
    }

    /// <summary>The words a clerk writes for the two levels, in the manifest and to <c>init --level</c>.</summary>
    public static readonly IReadOnlyList<string> CountyWords = ["county", "县级", "区县", "县", "区", "县级市", "市辖区", "旗", "区级"];

    public static readonly IReadOnlyList<string> TownshipWords = ["township", "乡级", "镇级", "乡镇级", "乡镇", "乡", "镇", "街道", "街道办事处", "乡镇/街道", "乡镇（街道）", "苏木", "民族乡"];

    /// <summary>county or township for a word of either list, else null.</summary>
    public static string? JurisdictionLevel(string written) =>
        CountyWords.Contains(written.Trim()) ? "county" : TownshipWords.Contains(written.Trim()) ? "township" : null;
}
