using CatalogueTool.Diagnostics;
using CatalogueTool.Loading.Yaml;
using CatalogueTool.Model;

namespace CatalogueTool.Binding;

/// <summary>powers/*.yaml → <see cref="PowerList"/> (format §5).</summary>
public static class PowerListBinder
{
    public static PowerList? Bind(YNode? root, string file, DiagnosticBag bag)
    {
        if (root is not YMapping map)
        {
            bag.Add(KnownRules.WrongType, root?.Span ?? SourceSpan.OfFile(file), "schema.root-mapping", file);
            return null;
        }
        var r = new MappingReader(map, "powers file", Keys.PowerFile, bag);
        var department = r.Text("department", required: false)?.Value;
        var source = r.Text("source", required: false)?.Value;
        var powers = new List<Power>();
        var refused = new List<string>();
        if (r.Sequence("powers", required: true) is { } seq)
        {
            foreach (var pm in MappingReader.MappingsOf(seq, "powers", bag))
            {
                var p = new MappingReader(pm, "power", Keys.Power, bag);
                var code = p.Text("code", required: true);
                var name = p.Text("name", required: true);
                var typeText = p.Text("type", required: true);
                var type = typeText is { } t ? PowerTypeBinder.Bind(t, bag) : null;
                var subject = p.Text("subject", required: false)?.Value ?? department;
                if (subject is null && code is not null)
                    bag.Add(KnownRules.MissingField, pm.Span, "schema.missing", "subject", "power");
                if (code is { } c && !Loading.Tables.PowerTableReader.IsCode(c.Value))
                {
                    bag.Add(KnownRules.InvalidValue, c.Span, "powers.code-characters", c.Value);
                    refused.Add(c.Value);
                    continue;
                }
                if (code is null || name is null || type is null || subject is null)
                {
                    refused.Add(code?.Value ?? "");
                    continue;
                }
                powers.Add(new Power(Text.Punctuation.HalfWidth(code.Value.Value), name.Value.Value, type, p.Text("basis", required: false)?.Value, subject, pm.Span));
            }
        }
        return new PowerList(file, department, source, powers) { Refused = refused };
    }
}
