using CatalogueTool.Binding;
using CatalogueTool.Diagnostics;
using CatalogueTool.Emit.Site;
using CatalogueTool.Import;
using CatalogueTool.Loading;
using CatalogueTool.Model;
using CsCheck;

namespace CatalogueTool.Tests;

/// <summary>No input makes the loader, the time-limit interpreter or the importer's cell normalisation throw.</summary>
public class PropertyTests
{
    private const string YamlChars = "ab:- \n\t#&*!|>'\"%@`[]{},?~=0123456789项目公开：，、（）《》\u3000\uFEFF\u2028\0";
    private static readonly Gen<string> YamlLike = Gen.String[Gen.Char[YamlChars], 0, 300];

    private static readonly string[] AreaLines =
    [
        "  - id: shjz-001", "    category: 综合", "    name: 文件", "    content: 内容", "    basis: [依据]", "    time_limit: 20个工作日内",
        "    subject: 民政局", "    channels: [政府网站, 其他：x]", "    audience: 全社会", "    mode: [主动, 依申请]", "    levels: [县级]",
        "    powers: [\"A*\", {type: 行政处罚}]", "    baseline: none", "waived:", "  - baseline: x", "    reason: ''",
    ];

    /// <summary>Lines of real area files recombined with noise, so that the generator reaches the binders, not only the parser.</summary>
    private static readonly Gen<string> AreaLike =
        from picks in Gen.Int[0, 15].Array[0, 40]
        from noise in YamlLike
        select "area: 社会救助\nitems:\n" + string.Join("\n", picks.Select(i => AreaLines[i])) + noise;


    [Fact]
    public void Loader_and_binders_never_throw() =>
        Gen.OneOf(YamlLike, AreaLike).Sample(text =>
        {
            var bag = new DiagnosticBag();
            var node = YamlFile.LoadText(text, "areas/social-assistance.yaml", bag);
            AreaBinder.Bind(node, "areas/social-assistance.yaml", t => PilotAreas.Find(t, out _), bag);
            ManifestBinder.Bind(node, "catalogue.yaml", bag);
            RecordsBinder.Bind(node, "records/x.yaml", bag);
            PowerListBinder.Bind(node, "powers/x.yaml", bag);
        }, iter: 30000);

    [Fact]
    public void Decoding_arbitrary_bytes_never_throws() =>
        Gen.Byte.Array[0, 400].Sample(bytes => { SourceFile.Decode(bytes, "x.yaml", new DiagnosticBag()); }, iter: 30000);

    [Fact]
    public void Time_limit_interpreter_never_throws_and_keeps_the_text() =>
        Gen.String[Gen.Char["0123456789一二三十百个工作日内之起后前每年月日公示批复决定作出形成变更实时及时，。（）"], 0, 80]
            .Sample(text => TimeLimitInterpreter.Interpret(text).Text == text, iter: 50000);

    [Fact]
    public void Cell_cleaning_never_throws_and_is_idempotent() =>
        Gen.String[Gen.Char["ab AB12 　\u00A0\t\n\r政策文件,;:()?!，；：（）■□口√\uFEFF\u0001\uD800"], 0, 120]
            .Sample(text => CellText.Clean(CellText.Clean(text)) == CellText.Clean(text), iter: 50000);

    [Fact]
    public void Carrier_parsing_never_throws_and_yields_known_or_other_carriers() =>
        Gen.String[Gen.Char["■□口☑√政府网站两微一端其他：、，;/\n 1.2)注备①"], 0, 120].Sample(text =>
            CarrierParser.Parse(text).Channels.All(c => c == "其他" || c.StartsWith(Vocabularies.OtherPrefix, StringComparison.Ordinal)
                || Vocabularies.Channel.Match(c).Match == TermMatch.Canonical), iter: 50000);

    [Fact]
    public void Escaped_html_never_contains_markup_characters() =>
        Gen.String.Sample(text => HtmlTextEncoder.Escape(text).IndexOfAny(['<', '>', '"', '\'', '`']) < 0, iter: 30000);
}
