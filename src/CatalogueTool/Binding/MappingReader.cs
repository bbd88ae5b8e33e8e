using CatalogueTool.Diagnostics;
using CatalogueTool.Loading.Yaml;
using CatalogueTool.Model;
using CatalogueTool.Text;

namespace CatalogueTool.Binding;

/// <summary>
/// Reads one YAML mapping against the keys its context allows: unknown keys are reported with a suggestion,
/// required keys when missing, and values of the wrong shape. Every getter returns null after reporting.
/// </summary>
public sealed class MappingReader
{
    private readonly YMapping _map;
    private readonly DiagnosticBag _bag;
    private readonly Localized _context;
    private readonly string _contextKey;

    /// <summary>What a mapping is, as the messages name it: the format's word in English, the clerk's word in Chinese.</summary>
    private static readonly Dictionary<string, string> ContextZh = new(StringComparer.Ordinal)
    {
        ["area"] = "领域文件", ["item"] = "事项", ["waived"] = "豁免说明", ["source"] = "来源说明", ["record"] = "公开记录",
        ["records"] = "公开记录设置", ["power"] = "职权", ["powers"] = "职权选择器", ["powers file"] = "权责清单文件",
        ["jurisdiction"] = "行政区", ["portal"] = "栏目设置", ["footer"] = "页脚", ["departments"] = "部门",
    };

    public MappingReader(YMapping map, string context, IReadOnlyCollection<string> knownKeys, DiagnosticBag bag)
    {
        _map = map;
        _bag = bag;
        _context = new Localized(ContextZh.GetValueOrDefault(context, context), context);
        _contextKey = context;
        foreach (var entry in map.Entries)
        {
            if (knownKeys.Contains(entry.Key.Value)) continue;
            // "type：行政处罚" in a flow mapping, or "note：见附件: x", reads as one key: a known key and a Chinese colon.
            if (entry.Key.Value.IndexOf('：') is > 0 and var colon && knownKeys.Contains(entry.Key.Value[..colon].Trim()))
            {
                var at = entry.Key.Span.Line == 0 ? entry.Key.Span : entry.Key.Span with { Column = entry.Key.Span.Column + colon };
                bag.Add(KnownRules.YamlSyntax, at, "yaml.fullwidth-colon", entry.Key.Value[..colon].Trim());
                continue;
            }
            // "　　name" indented with full-width spaces is a key of the mapping above, with the spaces in its name.
            if (entry.Key.Value.StartsWith('\u3000'))
            {
                bag.Add(KnownRules.YamlSyntax, entry.Key.Span, "yaml.fullwidth-indent");
                continue;
            }
            // "name:临时救助" glued to the next line's key reads as one long key: a known key and a colon without its space.
            if (entry.Key.Value.IndexOf(':') is > 0 and var glued && knownKeys.Contains(entry.Key.Value[..glued]))
            {
                bag.Add(KnownRules.YamlSyntax, entry.Key.Span with { Column = entry.Key.Span.Column + glued },
                    glued + 1 < entry.Key.Value.Length && entry.Key.Value[glued + 1] == '\u3000' ? "yaml.colon-fullwidth-space" : "yaml.colon-space", entry.Key.Value[..glued]);
                continue;
            }
            var suggestion = Suggestions.Closest(entry.Key.Value, knownKeys);
            // 公开时限: the template's column name written as the key.
            if (FieldLabels.KeyNamed(entry.Key.Value, _contextKey, knownKeys) is { } named)
                bag.Add(KnownRules.UnknownKey, entry.Key.Span, "schema.unknown-key-chinese", entry.Key.Value, _context, named);
            else if (suggestion is null)
                bag.Add(KnownRules.UnknownKey, entry.Key.Span, "schema.unknown-key", entry.Key.Value, _context, string.Join(", ", knownKeys));
            else
                bag.Add(KnownRules.UnknownKey, entry.Key.Span, "schema.unknown-key-suggest", entry.Key.Value, _context, suggestion);
        }
    }

    public SourceSpan Span => _map.Span;

    public YNode? Node(string key) => _map[key];

    public SourceSpan SpanOf(string key) => _map[key]?.Span ?? _map.Span;

    public bool Has(string key) => _map[key] is { } n && !(n is YScalar { IsNull: true });

    /// <summary>The key as messages name it: 公开时限（time_limit）.</summary>
    private Localized Label(string key) => FieldLabels.Of(_contextKey, key);

    /// <summary>A required key that is absent (said at the mapping), or written with nothing after it (said at the key).</summary>
    public void ReportMissing(string key)
    {
        if (_map.Entries.FirstOrDefault(e => e.Key.Value == key) is { } written)
            _bag.Add(KnownRules.BlankText, written.Key.Span, "content.blank", Label(key));
        else
            _bag.Add(KnownRules.MissingField, _map.Span, "schema.missing", Label(key), _context);
    }

    /// <summary>A required value left blank: nothing, or a stand-in such as 无 or 暂无, which is said as such.</summary>
    private void ReportBlank(SourceSpan at, string key, string value) =>
        _bag.Add(KnownRules.BlankText, at, value.Trim().Length == 0 ? "content.blank" : _contextKey == "item" ? "content.stand-in" : "content.stand-in-plain", Label(key), value.Trim());

    /// <summary>A text value. Numbers and booleans written plainly are taken as their text.</summary>
    public Located<string>? Text(string key, bool required)
    {
        var node = _map[key];
        if (node is null || node is YScalar { IsNull: true })
        {
            if (required) ReportMissing(key);
            return null;
        }
        if (node is not YScalar scalar)
        {
            _bag.Add(KnownRules.WrongType, node.Span, "schema.expected-text", key, node.KindName);
            return null;
        }
        var value = scalar.Value.Trim();
        if (required && IsBlank(value))
        {
            ReportBlank(node.Span, key, value);
            return null;
        }
        return new Located<string>(value, node.Span);
    }

    /// <summary>One text or a list of texts (audience, levels, channels, basis).</summary>
    public IReadOnlyList<Located<string>>? TextList(string key, bool required)
    {
        var node = _map[key];
        if (node is null || node is YScalar { IsNull: true })
        {
            if (required) ReportMissing(key);
            return null;
        }
        if (node is YScalar single)
        {
            if (required && IsBlank(single.Value))
            {
                ReportBlank(node.Span, key, single.Value);
                return null;
            }
            return [new Located<string>(single.Value.Trim(), single.Span)];
        }
        if (node is not YSequence seq)
        {
            _bag.Add(KnownRules.WrongType, node.Span, "schema.expected-list", key, node.KindName);
            return null;
        }
        var list = new List<Located<string>>();
        foreach (var element in seq.Items)
        {
            if (element is YScalar s && !s.IsNull && !IsBlank(s.Value))
            {
                // One entry holding a line break ("《条例甲》\n《条例乙》", or |- text) is two to the reader, and the CSV, which
                // puts one entry on a line, would show two: read as the entries it holds, with a warning showing the list form.
                var lines = s.Value.Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (lines.Length > 1)
                {
                    _bag.Add(KnownRules.VariantNormalised, s.Span, "content.entry-lines", Label(key), string.Join("、", lines.Take(5).Select(l => $"“{CatalogueTool.Text.Shortened.Of(l)}”")) + (lines.Length > 5 ? "…" : ""));
                    list.AddRange(lines.Select(l => new Located<string>(l, s.Span)));
                }
                else list.Add(new Located<string>(s.Value.Trim(), s.Span));
            }
            else if (element is YScalar) _bag.Add(KnownRules.BlankText, element.Span, "content.blank-entry", Label(key));
            // 其他: 微信群 is one entry to the clerk, a key and its value to YAML (an ASCII colon with a space after it).
            else if (element is YMapping { Entries: [{ Key: var k, Value: YScalar v }] })
                _bag.Add(KnownRules.WrongType, element.Span, "schema.entry-colon", Label(key), k.Value, v.Value);
            else _bag.Add(KnownRules.WrongType, element.Span, "schema.expected-text", key, element.KindName);
        }
        // A list whose every entry was reported (basis: [无]) is said once, at those entries.
        if (required && list.Count == 0 && seq.Items.Count == 0)
        {
            _bag.Add(KnownRules.MissingField, node.Span, "schema.empty-list", Label(key), _context);
            return null;
        }
        return required && list.Count == 0 ? null : list;
    }

    public YMapping? Mapping(string key, bool required)
    {
        var node = _map[key];
        if (node is null || node is YScalar { IsNull: true })
        {
            if (required) ReportMissing(key);
            return null;
        }
        if (node is YMapping m) return m;
        ReportNotMapping(node, key, _bag);
        return null;
    }

    public YSequence? Sequence(string key, bool required)
    {
        var node = _map[key];
        if (node is null || node is YScalar { IsNull: true })
        {
            if (required) ReportMissing(key);
            return null;
        }
        if (node is YSequence s) return s;
        _bag.Add(KnownRules.WrongType, node.Span, "schema.expected-list", key, node.KindName);
        return null;
    }

    /// <summary>The mappings of a list; any other element is reported as the wrong shape.</summary>
    public static IEnumerable<YMapping> MappingsOf(YSequence seq, string key, DiagnosticBag bag)
    {
        foreach (var node in seq.Items)
        {
            if (node is YMapping m) yield return m;
            else ReportNotMapping(node, key, bag);
        }
    }

    /// <summary>
    /// A value that should be a mapping and is not. Text holding a Chinese colon (税收管理：税务部门垂直管理) is a key and
    /// value whose colon the input method wrote full-width: that is said, with the fix.
    /// </summary>
    private static void ReportNotMapping(YNode node, string key, DiagnosticBag bag)
    {
        // A waiver written as one line (- shjz-013：本县无此事项) is shown in its two-line form.
        if (key == "waived" && node is YScalar { IsNull: false } w && WaiverLine(w.Value) is var (id, reason))
            bag.Add(KnownRules.WrongType, node.Span, "schema.waiver-text", id, reason);
        else if (node is YScalar { IsQuoted: false } s && s.Value.IndexOf('：') is > 0 and var colon && !s.Value.Contains('\n'))
            bag.Add(KnownRules.WrongType, node.Span, "schema.expected-mapping-colon", key, s.Value[..colon].Trim());
        else
            bag.Add(KnownRules.WrongType, node.Span, "schema.expected-mapping", key, node.KindName);
    }

    /// <summary>A waiver written as one line of text: an id, a separator (：, :, ，, 、 or spaces), a reason; split by hand.</summary>
    private static (string Id, string Reason)? WaiverLine(string text)
    {
        var line = text.Split('\n')[0].Trim();
        if (LeadingId(line) is not { } id) return null;
        var reason = line[id.Length..].TrimStart(' ', '\t', '：', ':', '，', ',', '、').Trim();
        return reason.Length > 0 && reason.Length < line.Length - id.Length ? (id, CatalogueTool.Text.Shortened.Of(reason, 40)) : null;
    }

    /// <summary>The item id a text starts with (shjz-013 of "shjz-013：本县无此事项"): lower-case letters, digits and hyphens
    /// from a letter on; null when it starts otherwise.</summary>
    internal static string? LeadingId(string text)
    {
        var end = 0;
        while (end < text.Length && (char.IsAsciiLetterLower(text[end]) || char.IsAsciiDigit(text[end]) || text[end] == '-')) end++;
        return end > 0 && char.IsAsciiLetterLower(text[0]) ? text[..end] : null;
    }

    private static bool IsBlank(string value) => CatalogueTool.Text.Blank.Is(value);
}
