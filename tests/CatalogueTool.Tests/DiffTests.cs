using CatalogueTool.Diff;
using CatalogueTool.Emit.Diff;
using CatalogueTool.Validation;
using ClosedXML.Excel;

namespace CatalogueTool.Tests;

/// <summary>Two editions of the example: every kind of change shows up, field by field.</summary>
public class DiffTests
{
    internal static string EditedEdition()
    {
        var dir = TestPaths.TempDir();
        PowerTests.CopyDirectory(TestPaths.Example, dir);
        void Edit(string file, string from, string to)
        {
            var path = Path.Combine(dir, file);
            var text = File.ReadAllText(path);
            Assert.Contains(from, text);
            File.WriteAllText(path, text.Replace(from, to));
        }
        Edit("areas/social-assistance.yaml", "制定或获取信息之日起10个工作日内", "制定或获取信息之日起15个工作日内");
        Edit("areas/social-assistance.yaml", "  - id: shjz-101\n", "  - id: shjz-201\n");
        Edit("areas/elderly-care.yaml", "waived:\n", "waived:\n  - baseline: ylfw-007\n    reason: 试验理由\n");
        Edit("powers/民政局.yaml", "    name: 高龄津贴给付\n    type: 行政给付", "    name: 高龄津贴给付\n    type: 其他行政权力");
        Edit("catalogue.yaml", "  tourism: 旅游\n", "");
        File.Delete(Path.Combine(dir, "areas", "tourism.yaml"));
        return dir;
    }

    private static EditionDiffResult Compare(string newDir) =>
        EditionDiff.Compare(Validator.Validate(TestPaths.Example, TestPaths.Today).Catalogue!, Validator.Validate(newDir, TestPaths.Today).Catalogue!);

    [Fact]
    public void Changes_to_the_manifest_are_reported_with_the_edition_left_to_the_title()
    {
        var dir = TestPaths.ExampleEdited("catalogue.yaml", "  stale_after_days: 180\n", "  stale_after_days: 90\n");
        var manifest = Path.Combine(dir, "catalogue.yaml");
        File.WriteAllText(manifest, File.ReadAllText(manifest)
            .Replace("  \"510923-MZ-QT-0004\": 内部管理事项（本局机关内部财务审核），不对外公开\n", "  \"510923-MZ-QT-0004\": 内部事项\n  \"510923-MZ-QT-0009\": 试验\n")
            .Replace("    aliases: [县人社局]", "    aliases: [县人社局, 人社局]")
            .Replace("publisher: 青禾县人民政府办公室", "publisher: 青禾县政务服务和大数据管理局")
            .Replace("    psb: 川公网安备 51092302000000号", "    psb: 川公网安备 51092302000001号"));
        var d = Compare(dir);
        var settings = Assert.Single(d.In(EditionDiff.Manifest), c => c.Key == "catalogue.yaml");
        Assert.Equal(["publisher", "portal_psb", "stale_after_days"], settings.Fields.Select(f => f.Id));
        Assert.Equal(("180", "90"), (settings.Fields[2].Old, settings.Fields[2].New));
        Assert.Equal(ChangeKind.Added, Assert.Single(d.In(EditionDiff.Manifest), c => c.Key == "510923-MZ-QT-0009").Kind);
        Assert.Equal("内部事项", Assert.Single(d.In(EditionDiff.Manifest), c => c.Key == "510923-MZ-QT-0004").Fields.Single().New);
        Assert.Equal("县人社局、人社局", Assert.Single(d.In(EditionDiff.Manifest), c => c.Key == "青禾县人力资源和社会保障局").Fields.Single().New);
        Assert.Contains("目录信息", DiffWriters.Text(d));
        using var json = System.Text.Json.JsonDocument.Parse(DiffWriters.Json(d));
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("manifest").GetProperty("added").GetInt32());
    }

    [Fact]
    public void Every_kind_of_change_is_reported()
    {
        var d = Compare(EditedEdition());
        var changed = Assert.Single(d.Changes, c => c.Key == "shjz-001");
        Assert.Equal(ChangeKind.Changed, changed.Kind);
        Assert.Equal(new FieldChange("time_limit", "公开时限", "制定或获取信息之日起10个工作日内", "制定或获取信息之日起15个工作日内"), Assert.Single(changed.Fields));
        Assert.Contains(d.Changes, c => c is { Key: "shjz-101", Kind: ChangeKind.Removed }); // its time limit changed too
        Assert.Contains(d.Changes, c => c is { Key: "shjz-201", Kind: ChangeKind.Added });
        Assert.Contains(d.Changes, c => c is { Section: EditionDiff.Areas, Key: "tourism", Kind: ChangeKind.Removed });
        Assert.Contains(d.Changes, c => c is { Section: EditionDiff.Waivers, Key: "ylfw-007", Kind: ChangeKind.Added });
        var retyped = Assert.Single(d.Changes, c => c.Section == EditionDiff.Powers);
        Assert.Equal(new FieldChange("power_type", "权力类型", "行政给付", "其他行政权力"), Assert.Single(retyped.Fields));
        Assert.True(Compare(TestPaths.Example).IsEmpty);
    }

    [Fact]
    public void Items_put_in_another_order_or_renumbered_are_reported_as_such()
    {
        var dir = TestPaths.TempDir();
        PowerTests.CopyDirectory(TestPaths.Example, dir);
        var path = Path.Combine(dir, "areas", "social-assistance.yaml");
        var text = File.ReadAllText(path);
        int first = text.IndexOf("  - id: shjz-001\n", StringComparison.Ordinal), second = text.IndexOf("  - id: shjz-002\n", StringComparison.Ordinal), third = text.IndexOf("  - id: shjz-003\n", StringComparison.Ordinal);
        File.WriteAllText(path, (text[..first] + text[second..third] + text[first..second] + text[third..]).Replace("  - id: shjz-101\n", "  - id: shjz-201\n"));
        var d = Compare(dir);
        Assert.Equal(2, d.Changes.Count);
        // Of two items that traded places one moved; the other kept its order relative to the rest.
        var moved = Assert.Single(d.Changes, c => c.Key is "shjz-001" or "shjz-002");
        var place = Assert.Single(moved.Fields);
        Assert.Equal("顺序", place.Field);
        Assert.Contains((place.Old, place.New), new[] { ("第 1 项", "第 2 项"), ("第 2 项", "第 1 项") });
        // A new id with every element unchanged is one renumbered item, not one removed and one added.
        var renumbered = Assert.Single(d.Changes, c => c.Key == "shjz-201");
        Assert.Equal(new FieldChange("item_id", "事项编号", "shjz-101", "shjz-201"), Assert.Single(renumbered.Fields));
    }

    /// <summary>A copy of the example whose 社会救助 file is rewritten from its text and its first three items' blocks
    /// (shjz-001, shjz-002, shjz-003): before them, the items, after them.</summary>
    [Fact]
    public void Half_width_punctuation_is_no_change_and_fields_are_named_by_their_keys()
    {
        var same = TestPaths.ExampleEdited("areas/social-assistance.yaml", "content: 社会救助信访通讯地址；社会救助投诉举报电话", "content: 社会救助信访通讯地址;社会救助投诉举报电话");
        Assert.True(Compare(same).IsEmpty);
        var renamed = TestPaths.ExampleEdited("areas/social-assistance.yaml", "    name: 政策法规文件\n", "    name: 政策法规\n");
        Assert.All(Compare(renamed).Changes, change => Assert.Equal(("name", "二级事项"), (Assert.Single(change.Fields).Id, change.Fields[0].Field)));
    }

    [Fact]
    public void An_edition_with_an_item_refused_for_its_own_error_is_not_compared_as_if_the_item_were_gone()
    {
        var broken = TestPaths.ExampleEdited("areas/social-assistance.yaml", "content: 社会救助信访通讯地址；社会救助投诉举报电话", "content: \"\"");
        var (code, _, err) = CliTests.Run("diff", TestPaths.Example, broken, "--lang", "zh-CN");
        Assert.Equal(2, code);
        Assert.Contains("areas/social-assistance.yaml", err);
    }

    private static string SocialAssistanceRewritten(Func<string, string, string, string, string, string> rewrite)
    {
        var dir = TestPaths.TempDir();
        PowerTests.CopyDirectory(TestPaths.Example, dir);
        var path = Path.Combine(dir, "areas", "social-assistance.yaml");
        var text = File.ReadAllText(path);
        int Start(string id) => text.IndexOf($"  - id: {id}\n", StringComparison.Ordinal);
        int a = Start("shjz-001"), b = Start("shjz-002"), c = Start("shjz-003"), d = Start("shjz-004");
        File.WriteAllText(path, rewrite(text[..a], text[a..b], text[b..c], text[c..d], text[d..]));
        return dir;
    }

    [Fact]
    public void Three_items_reversed_are_two_moves_the_middle_one_kept_its_place()
    {
        var dir = SocialAssistanceRewritten((head, first, second, third, rest) => head + third + second + first + rest);
        var moves = Compare(dir).Changes.ToDictionary(x => x.Key, x => Assert.Single(x.Fields));
        Assert.Equal(["shjz-001", "shjz-003"], moves.Keys.Order());
        Assert.Equal(("第 1 项", "第 3 项"), (moves["shjz-001"].Old, moves["shjz-001"].New));
        Assert.Equal(("第 3 项", "第 1 项"), (moves["shjz-003"].Old, moves["shjz-003"].New));
    }

    [Fact]
    public void An_item_moved_while_others_were_added_is_reported_even_at_the_same_number()
    {
        // two new items on top, shjz-003 moved before shjz-001: it is the third item in both editions
        var dir = SocialAssistanceRewritten((head, first, second, third, rest) =>
        {
            string Added(string id) => first.Replace("shjz-001", id).Replace("name: 政策法规文件", "name: 新增事项" + id);
            return head + Added("shjz-901") + Added("shjz-902") + third + first + second + rest;
        });
        var moved = Assert.Single(Compare(dir).Changes, x => x.Kind == ChangeKind.Changed);
        Assert.Equal("shjz-003", moved.Key);
        Assert.Equal(("第 3 项", "第 3 项，移到 shjz-001 之前"), (moved.Fields.Single().Old, moved.Fields.Single().New));
    }

    [Fact]
    public void An_area_not_applicable_by_its_chinese_name_is_the_same_as_by_its_id()
    {
        var byName = TestPaths.ExampleEdited("catalogue.yaml", "  household-registration: 户籍管理由", "  户籍管理: 户籍管理由");
        Assert.True(Compare(byName).IsEmpty);
    }

    [Fact]
    public void Aliases_in_another_order_are_no_change()
    {
        var dir = TestPaths.ExampleEdited("catalogue.yaml", "    aliases: [县人社局]", "    aliases: [县人社局, 人社局]");
        var swapped = TestPaths.ExampleEdited("catalogue.yaml", "    aliases: [县人社局]", "    aliases: [人社局, 县人社局]");
        Assert.True(EditionDiff.Compare(Validator.Validate(dir, TestPaths.Today).Catalogue!, Validator.Validate(swapped, TestPaths.Today).Catalogue!).IsEmpty);
    }

    [Fact]
    public void The_same_channels_in_another_order_are_no_change_a_dropped_channel_is()
    {
        // The workbook gives channels back in its ticked columns' order, so an imported edition reorders them.
        var reordered = TestPaths.ExampleEdited("areas/social-assistance.yaml",
            "    channels: [政府网站, 公开查阅点, 政务服务中心, 社区/企事业单位/村公示栏（电子屏）]",
            "    channels: [社区/企事业单位/村公示栏（电子屏）, 政务服务中心, 政府网站, 公开查阅点]");
        Assert.True(Compare(reordered).IsEmpty);
        var dropped = TestPaths.ExampleEdited("areas/social-assistance.yaml",
            "    channels: [政府网站, 公开查阅点, 政务服务中心, 社区/企事业单位/村公示栏（电子屏）]",
            "    channels: [政务服务中心, 政府网站, 公开查阅点]");
        var field = Assert.Single(Assert.Single(Compare(dropped).Changes).Fields);
        // Both in the template's order, as every output lists them.
        Assert.Equal(("channels", "政府网站、公开查阅点、政务服务中心、社区/企事业单位/村公示栏（电子屏）", "政府网站、公开查阅点、政务服务中心"), (field.Id, field.Old, field.New));
    }

    [Fact]
    public void Lang_en_gives_english_labels_and_field_names_in_every_format()
    {
        var edited = EditedEdition();
        var (code, text, _) = CliTests.Run("diff", TestPaths.Example, edited, "--lang", "en");
        Assert.Equal(0, code);
        Assert.Contains("time limit: 制定或获取信息之日起10个工作日内 → 制定或获取信息之日起15个工作日内", text);
        Assert.Contains("baseline item ylfw-007 waived", text);
        Assert.Contains("area 旅游 removed", text);
        Assert.Contains(" added, ", text);
        Assert.DoesNotContain("公开时限", text);
        Assert.DoesNotContain("新增", text);
        var (_, md, _) = CliTests.Run("diff", TestPaths.Example, edited, "--lang", "en", "-f", "markdown");
        Assert.Contains("| change | id | name | field | before | after |", md);
        Assert.Contains("| changed | `shjz-001` |", md);
        var path = Path.Combine(TestPaths.TempDir(), "changes.xlsx");
        Assert.Equal(0, CliTests.Run("diff", TestPaths.Example, edited, "--lang", "en", "-f", "xlsx", "-o", path).Code);
        using var wb = new XLWorkbook(path);
        Assert.Equal("reviewer's decision", wb.Worksheet("Changes").Cell(2, 9).GetString());
    }

    [Fact]
    public void An_area_turned_not_applicable_is_one_change_its_waivers_go_with_it()
    {
        var dir = TestPaths.ExampleEdited("catalogue.yaml", "not_applicable:\n", "not_applicable:\n  elderly-care: 本县养老服务由遂州市统一管理\n");
        File.Delete(Path.Combine(dir, "areas", "elderly-care.yaml"));
        var d = Compare(dir);
        Assert.Contains(d.Changes, c => c is { Section: EditionDiff.Areas, Key: "elderly-care", Kind: ChangeKind.Changed });
        Assert.DoesNotContain(d.Changes, c => c.Section == EditionDiff.Waivers);
    }

    [Fact]
    public void An_area_compiled_again_shows_the_reason_it_had_and_a_local_area_added_is_not_told_twice()
    {
        var na = TestPaths.ExampleEdited("catalogue.yaml", "not_applicable:\n", "not_applicable:\n  elderly-care: 本县养老服务由遂州市统一管理\n");
        File.Delete(Path.Combine(na, "areas", "elderly-care.yaml"));
        var back = EditionDiff.Compare(Validator.Validate(na, TestPaths.Today).Catalogue!, Validator.Validate(TestPaths.Example, TestPaths.Today).Catalogue!);
        var change = Assert.Single(back.Changes, c => c.Key == "elderly-care");
        Assert.Equal(ChangeKind.Changed, change.Kind);
        var scope = Assert.Single(change.Fields);
        Assert.Equal("不涉及：本县养老服务由遂州市统一管理", scope.Old);
        Assert.StartsWith("在目录中（", scope.New);
        // The example without its local area, then with it: the area and its manifest entry, the name said in the label only.
        var added = EditionDiff.Compare(Validator.Validate(EditedEdition(), TestPaths.Today).Catalogue!, Validator.Validate(TestPaths.Example, TestPaths.Today).Catalogue!);
        Assert.DoesNotContain(added.Changes, c => c.Key == "tourism" && c.Fields.Any(f => f.Old == "" && f.New == "旅游"));
        Assert.Single(added.Changes, c => c.Key == "tourism"); // the area, not its manifest entry as well
    }

    [Fact]
    public void Cli_diff_takes_the_format_from_the_file_name_and_says_when_the_editions_are_of_two_jurisdictions()
    {
        var dir = TestPaths.TempDir();
        var xlsx = Path.Combine(dir, "变更.xlsx");
        Assert.Equal(0, CliTests.Run("diff", TestPaths.Example, EditedEdition(), "-o", xlsx).Code);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(xlsx)[..2]);
        var md = Path.Combine(dir, "变更.md");
        Assert.Equal(0, CliTests.Run("diff", TestPaths.Example, EditedEdition(), "-o", md).Code);
        Assert.StartsWith("### 目录变更", File.ReadAllText(md));
        var refused = CliTests.Run("diff", TestPaths.Example, EditedEdition(), "-f", "text", "-o", Path.Combine(dir, "x.xlsx"), "--lang", "zh-CN");
        Assert.Equal(2, refused.Code);
        Assert.False(File.Exists(Path.Combine(dir, "x.xlsx")));
        var other = TestPaths.ExampleEdited("catalogue.yaml", "code: \"510923\"", "code: \"510822\"");
        var (code, _, error) = CliTests.Run("diff", TestPaths.Example, other, "--lang", "zh-CN");
        Assert.Equal(0, code);
        Assert.Contains("不是同一个行政区", error);
        // Said in the report too (a pull request shows the Markdown, not the terminal), and in the JSON as a flag.
        var otherMd = Path.Combine(dir, "另一个县.md");
        Assert.Equal(0, CliTests.Run("diff", TestPaths.Example, other, "-o", otherMd, "--lang", "zh-CN").Code);
        Assert.Contains("> **注意：两个版本不是同一个行政区", File.ReadAllText(otherMd));
        using (var json = System.Text.Json.JsonDocument.Parse(CliTests.Run("diff", TestPaths.Example, other, "--format", "json").Out))
            Assert.True(json.RootElement.GetProperty("different_jurisdictions").GetBoolean());
        using (var same = System.Text.Json.JsonDocument.Parse(CliTests.Run("diff", TestPaths.Example, EditedEdition(), "--format", "json").Out))
            Assert.False(same.RootElement.GetProperty("different_jurisdictions").GetBoolean());
        Assert.DoesNotContain("不是同一个行政区", CliTests.Run("diff", TestPaths.Example, EditedEdition(), "--lang", "zh-CN").Err);
        // A corrected name keeps its code: the same jurisdiction.
        var renamed = TestPaths.ExampleEdited("catalogue.yaml", "  name: 青禾县\n", "  name: 清河县\n");
        Assert.DoesNotContain("不是同一个行政区", CliTests.Run("diff", TestPaths.Example, renamed, "--lang", "zh-CN").Err);
        Assert.Equal(2, CliTests.Run("diff", TestPaths.Example, EditedEdition(), "-o", Path.Combine(dir, "y.xls")).Code);
        // Two townships share their county's code: their names tell them apart.
        var town = TestPaths.TempDir();
        Assert.Equal(0, CliTests.Run("init", Path.Combine(town, "a"), "--name", "禾丰镇", "--code", "510923", "--level", "township", "--parent", "青禾县").Code);
        Assert.Equal(0, CliTests.Run("init", Path.Combine(town, "b"), "--name", "白河镇", "--code", "510923", "--level", "township", "--parent", "青禾县").Code);
        Assert.Contains("不是同一个行政区", CliTests.Run("diff", Path.Combine(town, "a"), Path.Combine(town, "b"), "--lang", "zh-CN").Err);
    }

    [Fact]
    public void Markdown_keeps_values_as_text()
    {
        var d = new EditionDiffResult("旧版", "新版", [new Change(EditionDiff.Items, ChangeKind.Changed, "shjz-001", "社会救助", [new FieldChange("content", "公开内容", "&amp; 原文", "第一行\n[点我](javascript:alert(1)) ![图](http://x/y.png) <b>粗</b>")])]);
        var md = DiffWriters.Markdown(d);
        Assert.Contains("&amp;amp; 原文", md);
        Assert.Contains("第一行<br>\\[点我\\]\\(javascript:alert\\(1\\)\\) \\!\\[图\\]\\(http://x/y.png\\) &lt;b&gt;粗&lt;/b&gt;", md);
        Assert.DoesNotContain("&lt;br", md);
    }

    [Fact]
    public void Markdown_json_and_change_sheet_carry_the_same_changes()
    {
        var d = Compare(EditedEdition());
        var md = DiffWriters.Markdown(d);
        Assert.Contains("| 修改 | `shjz-001` |", md);
        Assert.Contains("| 公开时限 | 制定或获取信息之日起10个工作日内 | 制定或获取信息之日起15个工作日内 |", md);
        Assert.Contains("\"key\": \"510923-MZ-JF-0009\"", DiffWriters.Json(d));
        Assert.Contains("\"field_id\": \"time_limit\"", DiffWriters.Json(d)); // the same in either language, for scripts
        var path = Path.Combine(TestPaths.TempDir(), "changes.xlsx");
        DiffWriters.Workbook(d, path, new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc));
        using var wb = new XLWorkbook(path);
        var ws = wb.Worksheet("变更清单");
        Assert.Equal(d.Changes.Sum(c => Math.Max(1, c.Fields.Count)), ws.RangeUsed().RowCount() - 2);
        Assert.Contains(ws.Column(4).CellsUsed(), c => c.GetString() == "shjz-001");
    }

    [Fact]
    public void Cli_diff_formats_and_unreadable_editions()
    {
        var edited = EditedEdition();
        var (code, output, _) = CliTests.Run("diff", TestPaths.Example, edited, "--format", "markdown", "--lang", "zh-CN");
        Assert.Equal(0, code);
        Assert.StartsWith("### 目录变更", output);
        Assert.Equal(2, CliTests.Run("diff", TestPaths.Example, Path.Combine(edited, "nothing-here")).Code);
        Assert.Equal(2, CliTests.Run("diff", TestPaths.Example, edited, "--format", "xlsx").Code);
        var manifest = File.ReadAllText(Path.Combine(edited, "catalogue.yaml"));
        Assert.Equal(2, CliTests.Run("diff", TestPaths.Example, edited, "-o", Path.Combine(edited, "catalogue.yaml"), "--force").Code);
        Assert.Equal(manifest, File.ReadAllText(Path.Combine(edited, "catalogue.yaml")));
    }
}
