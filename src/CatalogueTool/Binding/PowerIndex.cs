using CatalogueTool.Model;
using CatalogueTool.Rules.Content;
using CatalogueTool.Text;

namespace CatalogueTool.Binding;

/// <summary>A reference of an item that resolved to nothing.</summary>
public sealed record UnresolvedPowerRef(Item Item, PowerRef Ref, string? Suggestion);

/// <summary>
/// Powers bound to the items that disclose them: codes, prefixes and selectors resolved once,
/// shared by the checks, the coverage figures and the outputs.
/// </summary>
public sealed class PowerIndex
{
    private readonly Dictionary<string, Power> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Power>> _linked = new(StringComparer.Ordinal);
    private readonly HashSet<string> _disclosed = new(StringComparer.Ordinal);

    public IReadOnlyList<Power> Powers { get; }
    public IReadOnlyList<(Power First, Power Second)> Duplicates { get; }
    public IReadOnlyList<UnresolvedPowerRef> Unresolved { get; }
    private readonly Func<string, string> _canonicalBody;

    public PowerIndex(Catalogue catalogue)
    {
        _canonicalBody = BodyNames(catalogue.Manifest.Departments);
        var duplicates = new List<(Power, Power)>();
        var powers = new List<Power>();
        foreach (var p in catalogue.Powers)
        {
            if (_byCode.TryGetValue(p.Code, out var first)) duplicates.Add((first, p));
            else
            {
                _byCode[p.Code] = p;
                powers.Add(p);
            }
        }
        Powers = powers;
        Duplicates = duplicates;
        var unresolved = new List<UnresolvedPowerRef>();
        foreach (var item in catalogue.Items)
        {
            var linked = new List<Power>();
            foreach (var r in item.Powers)
            {
                var matches = Resolve(r);
                if (matches.Count == 0)
                {
                    var suggestion = r.Code is { } c ? Suggestions.Closest(c, _byCode.Keys, 3) : null;
                    unresolved.Add(new UnresolvedPowerRef(item, r, suggestion));
                }
                foreach (var m in matches)
                {
                    if (!linked.Contains(m)) linked.Add(m);
                    _disclosed.Add(m.Code);
                }
            }
            _linked[item.Id.Value] = linked;
        }
        Unresolved = unresolved;
        // Powers linked by an item that has errors of its own are not reported undisclosed as well.
        foreach (var r in catalogue.Areas.SelectMany(a => a.Unbound).SelectMany(u => u.Powers))
            foreach (var m in Resolve(r)) _disclosed.Add(m.Code);
    }

    public bool Exists(string code) => _byCode.ContainsKey(code);

    public bool IsDisclosed(Power power) => _disclosed.Contains(power.Code);

    public IReadOnlyList<Power> LinkedTo(Item item) => _linked.GetValueOrDefault(item.Id.Value) ?? [];

    /// <summary>The canonical name of a body, folding declared aliases and punctuation.</summary>
    public string Body(string name) => _canonicalBody(name);

    private List<Power> Resolve(PowerRef r)
    {
        if (r.Code is { } code) return _byCode.TryGetValue(code, out var p) ? [p] : [];
        if (r.Prefix is { } prefix) return Powers.Where(p => p.Code.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var subject = r.Subject is null ? null : Body(r.Subject);
        return Powers.Where(p => (r.Type is null || p.Type == r.Type) && (subject is null || Body(p.Subject) == subject)).ToList();
    }

    private static Func<string, string> BodyNames(IReadOnlyList<Department> departments)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in departments)
        {
            foreach (var n in d.Aliases.Prepend(d.Name)) map.TryAdd(Punctuation.Key(n), Punctuation.Key(d.Name));
        }
        return name => map.TryGetValue(Punctuation.Key(name), out var canonical) ? canonical : Punctuation.Key(name);
    }

    /// <summary>True when one of the item's subjects is the body holding the power.</summary>
    public bool SubjectHolds(Item item, Power power)
    {
        var body = Body(power.Subject);
        return SubjectParts.Split(item.Subject.Value).Any(s => Body(s) == body);
    }
}
