using CatalogueTool.Baselines;
using CatalogueTool.Diagnostics;
using CatalogueTool.Init;
using CatalogueTool.Model;
using CatalogueTool.Schema;
using CatalogueTool.Validation;

namespace CatalogueTool.Tests;

/// <summary>The shipped data: the example county, the national baseline, init, and the committed schemas.</summary>
public class RepositoryTests
{
    [Theory]
    [InlineData("    channels: 政府网站、公开查阅点、政务服务中心\n", 3, true)]
    [InlineData("    channels: [政府网站，公开查阅点，政务服务中心]\n", 3, true)]
    [InlineData("    channels: [政府网站, 公开查阅点, 政务服务中心, 其他：村广播、微信群]\n", 4, false)]
    [InlineData("    channels: 社区、企事业单位、村公示栏（电子屏）、政府网站、公开查阅点\n", 3, true)]
    [InlineData("    channels: 其他：县融媒体中心、政府网站\n", 2, true)]
    [InlineData("    channels: 政府网站，社区，企事业单位，村公示栏（电子屏）\n", 2, true)]
    public void Lists_written_with_chinese_separators_are_read_as_lists(string channels, int count, bool warned)
    {
        var dir = TestPaths.ExampleEdited("areas/social-assistance.yaml", "    channels: [政府网站, 公开查阅点, 政务服务中心]\n", channels);
        var result = Validator.Validate(dir, TestPaths.Today);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(count, result.Catalogue!.Items.First(i => i.Id.Value == "shjz-001").Channels.Count);
        var warnings = result.Diagnostics.Where(d => d.Rule.Id == "CAT0105" && d.MessageKey == "schema.list-separator").ToList(); // one per item written so
        Assert.Equal(warned, warnings.Count > 0);
    }

    [Theory]
    [InlineData("social-assistance - 副本.yaml")]
    [InlineData("social-assistance(1).yaml")]
    [InlineData("social-assistance.bak.yaml")]
    [InlineData("0-social-assistance.yaml")]
    public void A_copy_of_an_area_file_never_takes_the_place_of_the_file_named_after_the_area(string copy)
    {
        var dir = TestPaths.ExampleEdited("areas/social-assistance.yaml", "    name: 政策法规文件\n", "    name: 政策法规文件（今年改过）\n");
        // The copy is last year's file: unedited.
        File.Copy(Path.Combine(TestPaths.Example, "areas", "social-assistance.yaml"), Path.Combine(dir, "areas", copy));
        var result = Validator.Validate(dir, TestPaths.Today);
        Assert.Equal("政策法规文件（今年改过）", result.Catalogue!.Items.First(i => i.Id.Value == "shjz-001").Name);
        var twice = Assert.Single(result.Diagnostics, d => d.Rule.Id == "CAT0109");
        Assert.Equal(("scope.area-twice", "areas/" + copy), (twice.MessageKey, twice.Span.File));
        Assert.Contains("删除或移出", twice.Format(Language.Chinese));
    }

    [Fact]
    public void A_renamed_areas_folder_or_manifest_is_said_once_for_what_it_is()
    {
        var dir = TestPaths.ExampleWith("README.md", "x");
        Directory.Move(Path.Combine(dir, "areas"), Path.Combine(dir, "领域"));
        var finding = Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics);
        Assert.Equal("scope.no-areas-folder", finding.MessageKey);
        Assert.Contains("领域/", finding.Format(Language.Chinese));
        Directory.Move(Path.Combine(dir, "领域"), Path.Combine(dir, "areas"));
        foreach (var file in Directory.GetFiles(Path.Combine(dir, "areas"))) File.Move(file, Path.Combine(dir, Path.GetFileName(file)));
        Assert.Equal("scope.areas-folder-empty", Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics).MessageKey);
        File.Move(Path.Combine(dir, "catalogue.yaml"), Path.Combine(dir, "catalogue.yml"));
        Assert.Equal("schema.manifest-yml", Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics).MessageKey);
    }

    [Fact]
    public void A_subject_left_with_a_departments_old_name_is_pointed_at_the_department_its_alias_names()
    {
        var dir = TestPaths.ExampleEdited("catalogue.yaml", "  - name: 青禾县民政局\n", "  - name: 青禾县民政和社会事务局\n");
        var finding = Validator.Validate(dir, TestPaths.Today).Diagnostics.First(d => d.Rule.Id == "CAT0303");
        Assert.Equal(("青禾县民政局", "青禾县民政和社会事务局"), (finding.Args[0], finding.Args[1]));
    }

    [Fact]
    public void A_copy_never_wins_over_a_file_named_by_the_areas_chinese_name_and_a_file_name_in_a_link_is_kept()
    {
        var dir = TestPaths.ExampleEdited("areas/social-assistance.yaml", "    name: 政策法规文件\n", "    name: 政策法规文件（今年改过）\n");
        File.Move(Path.Combine(dir, "areas", "social-assistance.yaml"), Path.Combine(dir, "areas", "社会救助.yaml"));
        File.Copy(Path.Combine(TestPaths.Example, "areas", "social-assistance.yaml"), Path.Combine(dir, "areas", "社会救助 - 副本.yaml"));
        var result = Validator.Validate(dir, TestPaths.Today);
        Assert.Equal("政策法规文件（今年改过）", result.Catalogue!.Items.First(i => i.Id.Value == "shjz-001").Name);
        Assert.Equal("areas/社会救助 - 副本.yaml", Assert.Single(result.Diagnostics, d => d.MessageKey == "scope.area-twice").Span.File);

        var link = TestPaths.ExampleEdited("records/social-assistance.yaml", "  url: https://www.qinghe.gov.cn/zwgk/jczwgk/shjz/2026/0618/101.html\n",
            "  url: https://www.qinghe.gov.cn/upload/通知（２０２６）.pdf\n");
        var linked = Validator.Validate(link, TestPaths.Today);
        // Kept as written (not folded to 通知(2026)), and published percent-encoded, as an address is.
        Assert.Contains(linked.Catalogue!.Records, r => r.Url == Binding.UrlRules.Normalised("https://www.qinghe.gov.cn/upload/通知（２０２６）.pdf"));
        Assert.Contains(linked.Catalogue!.Records, r => r.Url!.EndsWith("%EF%BC%88%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%96%EF%BC%89.pdf", StringComparison.Ordinal));
        Assert.DoesNotContain(linked.Diagnostics, d => d.MessageKey == "records.full-width");
    }

    [Fact]
    public void Blank_and_missing_fields_are_named_by_their_column_and_a_stand_in_value_is_said_as_written()
    {
        var dir = TestPaths.ExampleEdited("areas/social-assistance.yaml", "    time_limit: 制定或获取信息之日起10个工作日内\n", "    time_limit: 暂无\n");
        var d = Validator.Validate(dir, TestPaths.Today).Diagnostics.First(d => d.MessageKey == "content.stand-in");
        Assert.StartsWith("“公开时限（time_limit）”写的是“暂无”", d.Format(Language.Chinese));
        Assert.StartsWith("'time_limit' says “暂无”", d.Format(Language.English));
        // Outside an item, no waiver advice.
        var publisher = TestPaths.ExampleEdited("catalogue.yaml", "publisher: 青禾县人民政府办公室\n", "publisher: 无\n");
        var plain = Validator.Validate(publisher, TestPaths.Today).Diagnostics.First(d => d.MessageKey.StartsWith("content.stand-in", StringComparison.Ordinal));
        Assert.Equal("content.stand-in-plain", plain.MessageKey);
        var missing = TestPaths.ExampleEdited("areas/social-assistance.yaml", "    time_limit: 制定或获取信息之日起10个工作日内\n", "");
        var m = Validator.Validate(missing, TestPaths.Today).Diagnostics.First(d => d.MessageKey == "schema.missing");
        Assert.Equal("缺少必填项“公开时限（time_limit）”（事项）", m.Format(Language.Chinese));
    }

    [Fact]
    public void Windows_device_names_are_no_ids()
    {
        var item = TestPaths.ExampleEdited("areas/tourism.yaml", "id: lv-001", "id: con");
        Assert.Contains(Validator.Validate(item, TestPaths.Today).Diagnostics, d => d is { Rule.Id: "CAT0106", MessageKey: "schema.item-id-device" });
        var area = TestPaths.ExampleEdited("catalogue.yaml", "  tourism: 旅游\n", "  tourism: 旅游\n  nul: 空\n");
        Assert.Contains(Validator.Validate(area, TestPaths.Today).Diagnostics, d => d is { Rule.Id: "CAT0204", MessageKey: "scope.extra-id" } && d.Args[0] as string == "nul");
        Assert.False(Binding.ItemIdRules.IsWindowsDevice("com10"));
        Assert.True(Binding.ItemIdRules.IsWindowsDevice("lpt1"));
    }

    [Fact]
    public void A_record_of_a_waived_standard_item_is_told_that_the_item_is_waived()
    {
        var dir = TestPaths.ExampleWith("records/elderly-care.yaml", "- item: ylfw-008\n  title: 养老机构等级评定结果\n  date: 2026-10-01\n");
        var d = Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics, d => d.Rule.Id == "CAT0501");
        Assert.Equal("records.waived-item", d.MessageKey);
        Assert.Contains("养老服务", d.Format(Language.Chinese));
    }

    [Fact]
    public void An_item_updated_on_a_schedule_of_its_own_is_stale_once_its_period_has_passed()
    {
        // shjz-006 was last published 2026-10-12, 42 days before the tests' today: behind a monthly schedule, not a quarterly one.
        const string limit = "    time_limit: 制定或获取信息之日起10个工作日内\n    subject: 青禾县民政局、乡镇人民政府（街道办事处）\n    channels: [政府网站, 社区/企事业单位/村公示栏（电子屏）]\n    audience: 全社会\n    mode: 主动\n    levels: [县级, 乡级]\n    powers: [\"510923-MZ-JF-0001\"";
        var monthly = Validator.Validate(TestPaths.ExampleEdited("areas/social-assistance.yaml", limit, limit.Replace("制定或获取信息之日起10个工作日内", "每月更新")), TestPaths.Today);
        var d = Assert.Single(monthly.Diagnostics, d => d.Rule.Id == "CAT0505");
        Assert.Equal("records.behind-schedule", d.MessageKey);
        Assert.Contains("每月更新", d.Format(Language.Chinese));
        Assert.Contains("已 42 天", d.Format(Language.Chinese));
        var quarterly = Validator.Validate(TestPaths.ExampleEdited("areas/social-assistance.yaml", limit, limit.Replace("制定或获取信息之日起10个工作日内", "每季度更新")), TestPaths.Today);
        Assert.DoesNotContain(quarterly.Diagnostics, d => d.Severity != Severity.Info);
        // A prompt limit updated monthly besides is judged by its month too.
        var prompt = Validator.Validate(TestPaths.ExampleEdited("areas/social-assistance.yaml", limit, limit.Replace("制定或获取信息之日起10个工作日内", "及时公开，每月更新")), TestPaths.Today);
        Assert.Equal("records.behind-schedule", Assert.Single(prompt.Diagnostics, d => d.Rule.Id == "CAT0505").MessageKey);
        // A yearly item 200 days after its last record is on time: its year, not the 180-day threshold, judges it.
        var yearly = TestPaths.ExampleEdited("areas/social-assistance.yaml", limit, limit.Replace("制定或获取信息之日起10个工作日内", "每年更新"));
        Assert.DoesNotContain(Validator.Validate(yearly, TestPaths.Today.AddDays(158)).Diagnostics, d => d.Rule.Id == "CAT0505" && d.Args[0] as string == "shjz-006");
    }

    [Fact]
    public void Full_width_links_dates_and_ids_are_read_as_meant_or_told_as_such()
    {
        var dir = TestPaths.ExampleEdited("records/social-assistance.yaml",
            "  date: 2026-06-18\n  url: https://www.qinghe.gov.cn/zwgk/jczwgk/shjz/2026/0618/101.html\n",
            "  date: 2026－06－18\n  url: https：//www.qinghe.gov.cn/zwgk/jczwgk/shjz/2026/0618/101.html\n");
        var result = Validator.Validate(dir, TestPaths.Today);
        Assert.Equal(2, result.Diagnostics.Count(d => d is { Rule.Id: "CAT0105", MessageKey: "records.full-width" }));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        // An item named full-width in a record or a baseline link is the item meant.
        var named = TestPaths.ExampleEdited("records/social-assistance.yaml", "- item: shjz-001\n", "- item: ｓｈｊｚ－００１\n");
        Assert.DoesNotContain(Validator.Validate(named, TestPaths.Today).Diagnostics, d => d.Severity == Severity.Error);
        var linked = TestPaths.ExampleEdited("areas/social-assistance.yaml", "    baseline: shjz-001\n", "    baseline: shjz－001\n");
        Assert.DoesNotContain(Validator.Validate(linked, TestPaths.Today).Diagnostics, d => d.Severity == Severity.Error);
        var ids = Validator.Validate(TestPaths.ExampleEdited("areas/social-assistance.yaml", "  - id: shjz-001\n", "  - id: shjz－００１\n"), TestPaths.Today);
        var id = Assert.Single(ids.Diagnostics, d => d.Rule.Id == "CAT0106");
        Assert.Contains("应写作 shjz-001", id.Format(Language.Chinese));
    }

    [Fact]
    public void Every_schema_text_has_its_english_and_english_schemas_are_otherwise_the_same()
    {
        static IEnumerable<string> Texts(System.Text.Json.Nodes.JsonNode? node) => node switch
        {
            System.Text.Json.Nodes.JsonObject o => o.Where(p => p.Key is "title" or "description" && p.Value is System.Text.Json.Nodes.JsonValue)
                .Select(p => p.Value!.GetValue<string>()).Concat(o.SelectMany(p => Texts(p.Value))),
            System.Text.Json.Nodes.JsonArray a => a.SelectMany(Texts),
            _ => [],
        };
        foreach (var kind in JsonSchemaGenerator.Kinds.Concat(JsonSchemaGenerator.ReportKinds))
        {
            var chinese = System.Text.Json.Nodes.JsonNode.Parse(JsonSchemaGenerator.Render(kind));
            Assert.All(Texts(chinese), t => Assert.True(SchemaEnglish.Texts.ContainsKey(t), $"{kind}: no English for “{t}”"));
            var english = System.Text.Json.Nodes.JsonNode.Parse(JsonSchemaGenerator.Render(kind, Language.English));
            Assert.DoesNotContain(Texts(english), t => SchemaEnglish.Texts.ContainsKey(t));
            // Only the words differ: the same keys, types and values.
            SchemaEnglish.Translate(chinese);
            Assert.Equal(chinese!.ToJsonString(), english!.ToJsonString());
        }
    }

    [Fact]
    public void Spaces_around_a_subjects_separators_are_taken_out_with_a_warning()
    {
        var dir = TestPaths.ExampleEdited("areas/social-assistance.yaml", "    subject: 青禾县民政局、乡镇人民政府（街道办事处）\n", "    subject: \"青禾县民政局 、乡镇人民政府（街道办事处）\"\n");
        var result = Validator.Validate(dir, TestPaths.Today);
        Assert.Contains(result.Diagnostics, d => d is { Rule.Id: "CAT0105", MessageKey: "content.subject-spaces" });
        Assert.DoesNotContain(result.Diagnostics, d => d.Rule.Id == "CAT0303");
        Assert.Equal("青禾县民政局、乡镇人民政府（街道办事处）", result.Catalogue!.Items.First(i => i.Id.Value == "shjz-001").Subject.Value);
    }

    [Fact]
    public void Record_dates_and_links_are_judged_where_they_are_written()
    {
        var dir = TestPaths.ExampleEdited("records/social-assistance.yaml",
            "  date: 2026-06-18\n  url: https://www.qinghe.gov.cn/zwgk/jczwgk/shjz/2026/0618/101.html\n",
            "  date: 2099-06-18\n  url: https://www.qinghe.gov.cn/zwgk/jczwgk/shjz/2026/0618/ 101.html\n");
        File.WriteAllText(Path.Combine(dir, "records", "social-assistance.yaml"),
            File.ReadAllText(Path.Combine(dir, "records", "social-assistance.yaml")).Replace("  date: 2026-07-01\n", "  date: 2026.07.01\n")
                .Replace("  url: https://www.qinghe.gov.cn/zwgk/jczwgk/shjz/2026/0710/103.html", "  url: www.qinghe.gov.cn/zwgk/jczwgk/shjz/2026/0710/103.html")
                .Replace("  url: https://www.qinghe.gov.cn/zwgk/jczwgk/shjz/2026/0710/104.html", "  url: \"http://\""));
        var result = Validator.Validate(dir, TestPaths.Today);
        var future = Assert.Single(result.Diagnostics, d => d.MessageKey == "records.future");
        Assert.Equal((5, 9), (future.Span.Line, future.Span.Column)); // the date: line, not the record's first line
        Assert.Single(result.Diagnostics, d => d.MessageKey == "records.url-space");
        Assert.Equal(16, Assert.Single(result.Diagnostics, d => d.MessageKey == "records.url-scheme").Span.Line); // www… without https://
        Assert.Contains("不是完整的网址", Assert.Single(result.Diagnostics, d => d.MessageKey == "records.url").Format(Diagnostics.Language.Chinese)); // not "not http://" for http://
        Assert.DoesNotContain(result.Diagnostics, d => d.MessageKey == "records.date"); // 2026.07.01 is a date
    }

    [Fact]
    public void An_area_written_twice_under_not_applicable_and_text_starting_with_a_star_are_named()
    {
        var twice = Validator.Validate(TestPaths.ExampleEdited("catalogue.yaml", "not_applicable:\n", "not_applicable:\n  税收管理: 垂直管理\n"), TestPaths.Today);
        var d = Assert.Single(twice.Diagnostics, d => d.MessageKey == "scope.na-twice");
        Assert.Contains("第 20 行", d.Format(Diagnostics.Language.Chinese));
        var waiver = Validator.Validate(TestPaths.ExampleEdited("areas/elderly-care.yaml", "  - baseline: ylfw-008\n    reason: 本县尚未开展养老机构等级评定，待遂州市统一部署后公开\n", "  - ylfw-008：本县尚未开展\n"), TestPaths.Today);
        Assert.Contains("- baseline: ylfw-008", Assert.Single(waiver.Diagnostics, d => d.MessageKey == "schema.waiver-text").Format(Diagnostics.Language.Chinese));
        Assert.DoesNotContain(waiver.Diagnostics, d => d.Rule.Id == "CAT0601"); // the slip is the finding, not a missing standard item
        var prefix = Validator.Validate(TestPaths.ExampleEdited("areas/elderly-care.yaml", "powers: [\"510923-MZ-QT-0003\"]", "powers: [\"５１０９２３－ＭＺ－ＱＴ－＊\"]"), TestPaths.Today);
        Assert.DoesNotContain(prefix.Diagnostics, d => d.Rule.Id is "CAT0701" or "CAT0702"); // a full-width ＊ is the prefix's *
        var star = Validator.Validate(TestPaths.ExampleEdited("areas/social-assistance.yaml", "    name: 监督检查\n", "    name: *监督检查\n"), TestPaths.Today);
        var starMessage = Assert.Single(star.Diagnostics, d => d.Severity == Diagnostics.Severity.Error).Format(Diagnostics.Language.Chinese);
        Assert.Contains("*监督检查", starMessage);
        Assert.Contains("英文引号", starMessage);
    }

    [Fact]
    public void A_manifest_without_its_publisher_still_lets_every_area_be_checked()
    {
        var dir = TestPaths.ExampleEdited("catalogue.yaml", "publisher: 青禾县人民政府办公室\n", "");
        File.WriteAllText(Path.Combine(dir, "areas", "employment.yaml"), File.ReadAllText(Path.Combine(dir, "areas", "employment.yaml")).Replace("  - id: jy-002\n", "  - id: jy-001\n"));
        var result = Validator.Validate(dir, TestPaths.Today);
        Assert.Contains(result.Diagnostics, d => d.Rule.Id == "CAT0102" && d.Format(Language.Chinese).Contains("publisher"));
        Assert.Contains(result.Diagnostics, d => d.Rule.Id == "CAT0107" && d.Span.File == "areas/employment.yaml");
    }

    [Fact]
    public void A_key_written_with_nothing_after_it_is_named_where_it_stands_and_contexts_are_chinese()
    {
        var dir = TestPaths.ExampleEdited("areas/employment.yaml", "    name: 就业政策法规咨询\n", "    name:\n    nmae: x\n");
        var result = Validator.Validate(dir, TestPaths.Today);
        var blank = Assert.Single(result.Diagnostics, d => d.MessageKey == "content.blank");
        Assert.Equal((7, 5), (blank.Span.Line, blank.Span.Column));
        var unknown = Assert.Single(result.Diagnostics, d => d.Rule.Id == "CAT0101");
        Assert.Contains("（事项）", unknown.Format(Language.Chinese));
        Assert.Contains("(item)", unknown.Format(Language.English));
    }

    [Fact]
    public void The_ci_workflow_builds_the_tool_from_its_source_and_never_hides_a_failure()
    {
        var workflow = RepositoryInitializer.Files(new InitOptions("测试县", "510000", "county", null)).Single(f => f.Path.StartsWith(".github/workflows/")).Text;
        Assert.DoesNotContain("dotnet tool install", workflow);
        Assert.DoesNotContain("|| true", workflow);
        Assert.Contains("vars.CATALOGUE_TOOL_REPO", workflow);
        Assert.Contains("validate --format github", workflow);
        Assert.Contains("permissions:\n  contents: read\n", workflow); // the job reads the repository, nothing more
        var bag = new DiagnosticBag();
        Assert.NotNull(CatalogueTool.Loading.YamlFile.LoadText(workflow, "catalogue.yml", bag));
        Assert.Empty(bag.ToSortedList());
    }

    [Fact]
    public void A_division_code_in_full_width_digits_says_so()
    {
        var dir = TestPaths.ExampleEdited("catalogue.yaml", "code: \"510923\"", "code: \"５１０９２３\"");
        var d = Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics);
        Assert.Equal(("CAT0112", "schema.division-code-fullwidth"), (d.Rule.Id, d.MessageKey));
        Assert.Contains("全角数字", d.Format(Language.Chinese));
    }

    [Fact]
    public void An_unreadable_area_file_is_one_error_not_a_cascade()
    {
        var dir = TestPaths.ExampleWith("areas/employment.yaml", "area: 就业\nitems:\n  - id: jy-001\n\tname: 坏\n");
        var r = Validator.Validate(dir, TestPaths.Today);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal(("CAT0004", "areas/employment.yaml", 4), (d.Rule.Id, d.Span.File, d.Span.Line));
        Assert.Null(r.Coverage); // the unread file may link any power: no partial coverage table
        var text = new Diagnostics.Reports.TextReportWriter().Render(new(r, Language.Chinese, "1", false));
        Assert.Contains("有领域文件或权责清单未能读取", text);
        Assert.DoesNotContain("合计", text);
    }

    [Fact]
    public void A_file_saved_with_an_extension_too_many_is_one_error_naming_the_name_to_use_not_a_cascade()
    {
        // Notepad's 另存为 while Windows hides extensions: social-assistance.yaml.txt. Its records and powers are not then
        // told that the items they name do not exist (they do, in the misnamed file).
        var dir = TestPaths.ExampleWith("README.md", "x");
        File.Move(Path.Combine(dir, "areas", "social-assistance.yaml"), Path.Combine(dir, "areas", "social-assistance.yaml.txt"));
        File.WriteAllBytes(Path.Combine(dir, "powers", "财政局.xls"), [0xD0, 0xCF, 0x11, 0xE0]);
        File.WriteAllText(Path.Combine(dir, "powers", "说明.md"), "清单来源");
        var r = Validator.Validate(dir, TestPaths.Today);
        Assert.Equal([("CAT0008", "areas/social-assistance.yaml.txt", "file.double-extension"), ("CAT0013", "powers/财政局.xls", "file.power-format")],
            r.Diagnostics.Select(d => (d.Rule.Id, d.Span.File, d.MessageKey)));
        Assert.Contains("改名为“social-assistance.yaml”", r.Diagnostics[0].Format(Language.Chinese));
        // A backup beside its file is no misnamed file; a name is only ever told to become one the folder reads.
        File.Move(Path.Combine(dir, "areas", "social-assistance.yaml.txt"), Path.Combine(dir, "areas", "social-assistance.yaml"));
        File.WriteAllText(Path.Combine(dir, "areas", "social-assistance.yaml.bak"), "x");
        File.WriteAllText(Path.Combine(dir, "records", "social-assistance.yaml.orig"), "x");
        File.WriteAllText(Path.Combine(dir, "areas", "notes.csv.txt"), "x");
        File.WriteAllText(Path.Combine(dir, "areas", "README.txt"), "说明");
        Assert.Equal([("CAT0013", "powers/财政局.xls")], Validator.Validate(dir, TestPaths.Today).Diagnostics.Select(d => (d.Rule.Id, d.Span.File)));
        // Saved as .txt without .yaml: told the name to use, and no cascade either.
        File.Move(Path.Combine(dir, "areas", "employment.yaml"), Path.Combine(dir, "areas", "employment.txt"));
        Assert.Equal([("CAT0013", "powers/财政局.xls", "file.power-format"), ("CAT0008", "areas/employment.txt", "file.wrong-extension")],
            Validator.Validate(dir, TestPaths.Today).Diagnostics.Select(d => (d.Rule.Id, d.Span.File, d.MessageKey)).OrderBy(x => x.MessageKey == "file.wrong-extension"));
        File.Move(Path.Combine(dir, "areas", "employment.txt"), Path.Combine(dir, "areas", "employment.yaml"));
        // The manifest saved so: said for what it is, at its own name.
        File.Move(Path.Combine(dir, "catalogue.yaml"), Path.Combine(dir, "catalogue.yaml.txt"));
        var manifest = Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics);
        Assert.Equal(("schema.manifest-misnamed", "catalogue.yaml.txt"), (manifest.MessageKey, manifest.Span.File));
        // No manifest at all: the advice is to restore it, not to init a folder init would refuse.
        File.Delete(Path.Combine(dir, "catalogue.yaml.txt"));
        Assert.Contains("git checkout catalogue.yaml", Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics).Format(Language.Chinese));
    }

    [Theory]
    [InlineData("SHJZ-001")]
    [InlineData("shjz_001")]
    [InlineData("\"“shjz-001”\"")]
    public void An_id_written_almost_right_is_one_finding_naming_the_id_to_use_not_a_cascade(string written)
    {
        // Its records name shjz-001: they find it, and it is no blank column.
        var dir = TestPaths.ExampleEdited("areas/social-assistance.yaml", "  - id: shjz-001\n", $"  - id: {written}\n");
        var d = Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics);
        Assert.Equal(("CAT0106", "schema.item-id-meant"), (d.Rule.Id, d.MessageKey));
        Assert.Contains("请改为“shjz-001”", d.Format(Language.Chinese));
    }

    [Fact]
    public void An_id_written_almost_right_in_the_item_and_its_records_alike_is_still_one_error_and_a_reserved_name_is_never_suggested()
    {
        var dir = TestPaths.ExampleEdited("areas/social-assistance.yaml", "  - id: shjz-001\n", "  - id: SHJZ-001\n");
        File.WriteAllText(Path.Combine(dir, "records", "social-assistance.yaml"), File.ReadAllText(Path.Combine(dir, "records", "social-assistance.yaml")).Replace("item: shjz-001", "item: SHJZ-001"));
        var found = Validator.Validate(dir, TestPaths.Today).Diagnostics;
        Assert.Equal(["CAT0106"], found.Where(d => d.Severity == Diagnostics.Severity.Error).Select(d => d.Rule.Id));
        Assert.Contains(found, d => d.MessageKey == "records.item-id-meant");
        Assert.DoesNotContain(found, d => d.Rule.Id is "CAT0501" or "CAT0504");
        foreach (var (written, key) in new[] { ("INDEX", "schema.item-id-reserved"), ("CON", "schema.item-id-device") })
        {
            // Its records, naming it as written, find it: no advice to write the reserved name, no dangling record.
            var reserved = TestPaths.ExampleEdited("areas/social-assistance.yaml", "  - id: shjz-001\n", $"  - id: {written}\n");
            File.WriteAllText(Path.Combine(reserved, "records", "social-assistance.yaml"), File.ReadAllText(Path.Combine(reserved, "records", "social-assistance.yaml")).Replace("item: shjz-001", $"item: {written}"));
            var findings = Validator.Validate(reserved, TestPaths.Today).Diagnostics;
            Assert.Equal(key, Assert.Single(findings).MessageKey);
        }
    }

    [Fact]
    public void An_emptied_records_file_or_manifest_is_told_to_be_restored()
    {
        var records = TestPaths.ExampleWith("records/social-assistance.yaml", "# 记录\n");
        var r = Validator.Validate(records, TestPaths.Today);
        Assert.Equal("records/social-assistance.yaml", Assert.Single(r.Diagnostics, d => d.Rule.Id == "CAT0509").Span.File);
        Assert.Contains(r.Diagnostics, d => d.Rule.Id == "CAT0504"); // the blank columns it leaves are still said
        var manifest = TestPaths.ExampleWith("catalogue.yaml", "");
        var m = Assert.Single(Validator.Validate(manifest, TestPaths.Today).Diagnostics);
        Assert.Equal("file.empty-manifest", m.MessageKey);
        Assert.DoesNotContain("删除", m.Format(Language.Chinese)); // the generic advice to delete an unneeded file
    }

    [Theory]
    [InlineData("\"“510923”\"", "schema.division-code-curly")]
    [InlineData("\"510923101\"", "schema.division-code-township")]
    public void A_division_code_in_chinese_quotes_or_a_townships_own_code_is_told_for_what_it_is(string code, string key)
    {
        var dir = TestPaths.ExampleEdited("catalogue.yaml", "  code: \"510923\"\n", $"  code: {code}\n");
        Assert.Equal(key, Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics).MessageKey);
    }

    [Fact]
    public void A_record_date_written_another_way_is_read_and_said_in_the_form_the_schema_asks()
    {
        var dir = TestPaths.ExampleEdited("records/social-assistance.yaml", "  date: 2026-06-18\n", "  date: 2026年6月18日\n");
        var found = Validator.Validate(dir, TestPaths.Today).Diagnostics;
        Assert.NotEmpty(found);
        Assert.All(found, d => Assert.Equal(("records.date-variant", "2026-06-18"), (d.MessageKey, d.Args[1])));
    }

    [Theory]
    [InlineData("镇级", "township")]
    [InlineData("乡镇级", "township")]
    [InlineData("街道", "township")]
    [InlineData("县", "county")]
    [InlineData("镇", "township")]
    [InlineData("区", "county")]
    public void A_level_is_read_in_the_words_clerks_write(string written, string level)
    {
        Assert.Equal(level, Binding.ManifestBinder.JurisdictionLevel(written));
        var dir = TestPaths.ExampleEdited("catalogue.yaml", "  level: county\n", $"  level: {written}\n");
        var result = Validator.Validate(dir, TestPaths.Today);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal(level, result.Catalogue!.Manifest.Jurisdiction.Level);
    }

    [Fact]
    public void A_departments_list_lacking_a_body_is_one_finding_a_body_and_never_suggests_another_bureau()
    {
        // 青禾县财政局 is one character from 青禾县民政局 and another body altogether: no 是不是“青禾县民政局”.
        var text = File.ReadAllText(Path.Combine(TestPaths.Example, "catalogue.yaml"));
        var start = text.IndexOf("departments:", StringComparison.Ordinal);
        var end = text.IndexOf("\n", text.IndexOf("aliases: [县民政局, 民政局]", start, StringComparison.Ordinal), StringComparison.Ordinal) + 1;
        var dir = TestPaths.ExampleWith("catalogue.yaml", text[..end] + string.Concat(text[end..].Split('\n').SkipWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l + "\n")).TrimEnd('\n') + "\n");
        var found = Validator.Validate(dir, TestPaths.Today).Diagnostics.Where(d => d.Rule.Id == "CAT0303").ToList();
        Assert.NotEmpty(found);
        Assert.Equal(found.Count, found.Select(d => (string)d.Args[0]!).Distinct().Count()); // each body once
        Assert.Contains(found, d => d.MessageKey == "content.subject-many");
        Assert.DoesNotContain(found, d => d.Format(Language.Chinese).Contains("是不是“青禾县民政局”", StringComparison.Ordinal));
    }

    [Fact]
    public void Example_county_validates_clean()
    {
        var r = Validator.Validate(TestPaths.Example, TestPaths.Today);
        Assert.Empty(r.Diagnostics);
        Assert.True(r.Items > 200);
        Assert.Equal(26 - 2 + 2, r.Catalogue!.Areas.Count);
        Assert.True(r.Catalogue.Powers.Count() > 200);
        Assert.Equal(["csv", "xlsx", "yaml"], r.Catalogue.PowerLists.Select(l => Path.GetExtension(l.File).TrimStart('.')).Distinct().Order());
    }

    [Fact]
    public void Every_national_baseline_file_loads_without_findings()
    {
        var (baseline, diagnostics) = BaselineLoader.LoadNational();
        Assert.Empty(diagnostics.Select(d => $"{d.Span.File}:{d.Span.Line} {d.Rule.Id} {d.Format(Language.English)}"));
        Assert.Equal(26, baseline.Areas.Count);
        Assert.All(baseline.Areas, a =>
        {
            Assert.NotNull(a.Source);
            Assert.False(string.IsNullOrWhiteSpace(a.Source!.Issuer));
            Assert.False(string.IsNullOrWhiteSpace(a.Source.CompiledFrom));
            Assert.NotEmpty(a.Items);
            Assert.All(a.Items, i => Assert.StartsWith(a.Area.Prefix + "-", i.Id.Value));
        });
    }

    [Fact]
    public void The_national_baseline_table_matches_the_files()
    {
        // catalogues/national/README.md tells reviewers how complete each area is; it must not drift from the data.
        var (baseline, _) = BaselineLoader.LoadNational();
        var readme = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "catalogues", "national", "README.md"));
        var rows = readme.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\| \d+ \|"))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray()).ToList();
        Assert.Equal(PilotAreas.All.Count, rows.Count);
        foreach (var (pilot, row) in PilotAreas.All.Zip(rows))
        {
            var area = baseline.Areas.Single(a => a.Area.Id == pilot.Id);
            Assert.Equal((pilot.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), pilot.Name, pilot.Id + ".yaml"), (row[1], row[2], row[3]));
            Assert.True(row[4] == area.Source!.Document, $"{pilot.Name}: table says {row[4]}, file says {area.Source.Document}");
            Assert.True(row[5] == area.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{pilot.Name}: table says {row[5]} items, file has {area.Items.Count}");
        }
        var total = baseline.Areas.Sum(a => a.Items.Count);
        Assert.Contains($"合计已收 {total} 项。", readme);
    }

    [Fact]
    public void An_item_with_an_error_is_reported_once_not_also_as_missing_or_unknown()
    {
        var repo = TestPaths.TempDir();
        PowerTests.CopyDirectory(TestPaths.Example, repo);
        var file = Path.Combine(repo, "areas", "social-assistance.yaml");
        var text = File.ReadAllText(file);
        const string limit = "time_limit: 制定或获取信息之日起10个工作日内";
        var at = text.IndexOf(limit, StringComparison.Ordinal); // shjz-001's, the first item
        File.WriteAllText(file, text[..at] + "time_limit: ~" + text[(at + limit.Length)..]);
        var result = Validator.Validate(repo, TestPaths.Today);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("areas/social-assistance.yaml", error.Span.File);
        Assert.DoesNotContain(result.Diagnostics, d => d.Rule.Id is "CAT0601" or "CAT0501");
    }

    [Fact]
    public void A_power_list_that_cannot_be_read_is_one_error_and_coverage_is_unknown()
    {
        var repo = TestPaths.ExampleWith("powers/民政局.yaml", "powers: [\n");
        var result = Validator.Validate(repo, TestPaths.Today);
        Assert.All(result.Diagnostics.Where(d => d.Severity == Severity.Error), d => Assert.Equal("powers/民政局.yaml", d.Span.File));
        Assert.DoesNotContain(result.Diagnostics, d => d.Rule.Id is "CAT0701" or "CAT0705");
        Assert.Null(result.Coverage);
        Assert.True(result.CoverageUnknown);
    }

    [Fact]
    public void A_misspelt_items_key_or_a_stray_records_file_is_reported_once()
    {
        // social-assistance: its items have records and link powers, so every follow-on finding would show.
        var result = Validator.Validate(TestPaths.ExampleEdited("areas/social-assistance.yaml", "\nitems:\n", "\nitemz:\n"), TestPaths.Today);
        Assert.All(result.Diagnostics, d => Assert.Equal("areas/social-assistance.yaml", d.Span.File));
        Assert.DoesNotContain(result.Diagnostics, d => d.Rule.Id is "CAT0601" or "CAT0205" or "CAT0501" or "CAT0705");
        Assert.Null(result.Coverage);

        var records = File.ReadAllText(Path.Combine(TestPaths.Example, "records", "social-assistance.yaml"));
        var copy = Validator.Validate(TestPaths.ExampleWith("records/social-assistance-备份.yaml", records), TestPaths.Today);
        var d = Assert.Single(copy.Diagnostics);
        Assert.Equal(("CAT0506", "records/social-assistance-备份.yaml"), (d.Rule.Id, d.Span.File));
    }

    [Fact]
    public void Escaped_control_characters_are_refused_like_literal_ones()
    {
        var file = File.ReadAllText(Path.Combine(TestPaths.Example, "areas", "health.yaml"));
        var at = file.IndexOf("    name: ", StringComparison.Ordinal);
        var end = file.IndexOf('\n', at);
        var result = Validator.Validate(TestPaths.ExampleWith("areas/health.yaml", file[..at] + "    name: \"监督\\x1b[2J检查\"" + file[end..]), TestPaths.Today);
        Assert.Contains(result.Diagnostics, d => d is { Rule.Id: "CAT0003", MessageKey: "yaml.control" } && d.Span.File == "areas/health.yaml");
    }

    [Fact]
    public void A_township_repository_names_its_countys_departments_and_waives_county_only_items()
    {
        var dir = Init(new InitOptions("禾丰镇", "510923", "township", "青禾县"));
        var result = Validator.Validate(dir, TestPaths.Today);
        Assert.Empty(result.Diagnostics);
        var subjects = result.Catalogue!.Items.Select(i => i.Subject.Value).ToList();
        Assert.DoesNotContain(subjects, s => s.Contains("禾丰镇教育局") || s.Contains("禾丰镇民政局"));
        Assert.Contains(subjects, s => s.Contains("青禾县民政局"));
        Assert.All(result.Catalogue.Items, i => Assert.Contains("乡级", i.Levels));
        Assert.NotEmpty(result.Catalogue.Areas.SelectMany(a => a.Waived));
        // An area a township publishes nothing of is declared not applicable, not left a blank column.
        Assert.False(File.Exists(Path.Combine(dir, "areas", "public-resource-trading.yaml")));
        Assert.Contains(result.Catalogue.Manifest.NotApplicable, n => n.AreaId.Value == "public-resource-trading" && n.Reason.Contains("县级"));
        Assert.All(result.Catalogue.Areas, a => Assert.NotEmpty(a.Items));
    }

    [Fact]
    public void An_area_with_no_items_is_a_blank_column_unless_its_items_were_refused()
    {
        var waivedAll = TestPaths.MinimalRepo("area: social-assistance\nitems: []\nwaived:\n  shjz-001: 本级不涉及\n", baseline: "national");
        var blank = Assert.Single(Validator.Validate(waivedAll, TestPaths.Today).Diagnostics, d => d.Rule.Id == "CAT0205");
        Assert.Contains("空白栏目", blank.Format(Language.Chinese));
        var refused = TestPaths.MinimalRepo("area: social-assistance\nitems:\n  - id: shjz-001\n    category: 综合业务\n");
        var result = Validator.Validate(refused, TestPaths.Today);
        Assert.Contains(result.Diagnostics, d => d.Rule.Id == "CAT0102");
        Assert.DoesNotContain(result.Diagnostics, d => d.Rule.Id == "CAT0205");
    }

    [Fact]
    public void Init_takes_the_places_name_and_reads_a_township_from_it()
    {
        foreach (var government in new[] { "新桥街道办事处", "新桥乡人民政府办公室", "新桥街道办", "新桥镇政府" })
        {
            var refused = CliTests.Run("init", Path.Combine(TestPaths.TempDir(), "x"), "--name", government, "--lang", "zh-CN");
            Assert.Equal(2, refused.Code);
            Assert.Contains("只写地名", refused.Err + refused.Out);
        }
        var dir = Path.Combine(TestPaths.TempDir(), "town");
        var made = CliTests.Run("init", dir, "--name", "新桥街道", "--code", "510923", "--lang", "zh-CN");
        Assert.Equal(0, made.Code);
        Assert.Contains("level: township", File.ReadAllText(Path.Combine(dir, "catalogue.yaml")));
        Assert.Contains("乡级", made.Err);
    }

    [Fact]
    public void A_sub_district_is_run_by_its_office_not_a_peoples_government()
    {
        var dir = Init(new InitOptions("新桥街道", "510923", "township", "青禾县"));
        var result = Validator.Validate(dir, TestPaths.Today);
        Assert.Empty(result.Diagnostics);
        Assert.Contains("publisher: 新桥街道办事处\n", File.ReadAllText(Path.Combine(dir, "catalogue.yaml")));
        var subjects = result.Catalogue!.Items.Select(i => i.Subject.Value).ToList();
        Assert.Contains(subjects, s => s.Contains("新桥街道办事处", StringComparison.Ordinal));
        Assert.DoesNotContain(subjects, s => s.Contains("街道人民政府", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("    reason: 无\n", "baseline.waiver-reason")]
    [InlineData("    reason: /\n", "baseline.waiver-reason")]
    [InlineData("    reason: ——\n", "baseline.waiver-reason")]
    [InlineData("    reason: 暂无。\n", "baseline.waiver-reason")]
    [InlineData("    reason: N/A\n", "baseline.waiver-reason")]
    [InlineData("    reason: \"  \"\n", "baseline.waiver-reason")]
    public void A_waiver_reason_that_says_nothing_is_missing_at_the_reason(string reason, string key)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Example, "areas", "elderly-care.yaml"));
        var at = text.IndexOf("    reason: ", StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n') + 1;
        var dir = TestPaths.ExampleWith("areas/elderly-care.yaml", text[..at] + reason + text[(text.IndexOf('\n', at) + 1)..]);
        var finding = Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics);
        Assert.Equal((key, line, 13), (finding.MessageKey, finding.Span.Line, finding.Span.Column));
    }

    [Fact]
    public void A_not_applicable_reason_that_says_nothing_is_missing()
    {
        var dir = TestPaths.ExampleEdited("catalogue.yaml", "  household-registration: 户籍管理由县公安局垂直管理，相关信息由遂州市公安局统一公开，本级目录不涉及", "  household-registration: 暂无");
        Assert.Equal("CAT0203", Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics).Rule.Id);
    }

    [Fact]
    public void The_same_standard_item_waived_twice_is_said_at_the_second()
    {
        var dir = TestPaths.ExampleEdited("areas/elderly-care.yaml", "waived:\n", "waived:\n  - baseline: ylfw-008\n    reason: 重复的理由\n");
        var finding = Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics);
        Assert.Equal(("CAT0609", "baseline.waived-twice"), (finding.Rule.Id, finding.MessageKey));
    }

    [Fact]
    public void A_records_file_named_in_chinese_is_told_the_area_file_name_it_means()
    {
        var dir = TestPaths.TempDir();
        PowerTests.CopyDirectory(TestPaths.Example, dir);
        File.Move(Path.Combine(dir, "records", "social-assistance.yaml"), Path.Combine(dir, "records", "社会救助.yaml"));
        var finding = Assert.Single(Validator.Validate(dir, TestPaths.Today).Diagnostics, d => d.Rule.Id == "CAT0506");
        Assert.Equal("social-assistance.yaml", finding.Args[1]);
    }

    internal static string Init(InitOptions? options = null, string? into = null)
    {
        var dir = into ?? TestPaths.TempDir();
        foreach (var (path, text) in RepositoryInitializer.Files(options ?? new InitOptions("测试县", "510000", "county", null)))
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return dir;
    }

    /// <summary>A fresh repository with baseline item shjz-002 removed and <paramref name="appended"/> added to the area file.</summary>
    private static string InitWithoutShjz002(string appended)
    {
        var dir = Init();
        var path = Path.Combine(dir, "areas", "social-assistance.yaml");
        var text = File.ReadAllText(path);
        var start = text.IndexOf("  - id: shjz-002", StringComparison.Ordinal);
        var end = text.IndexOf("  - id: shjz-003", StringComparison.Ordinal);
        File.WriteAllText(path, text.Remove(start, end - start) + appended);
        return dir;
    }

    [Fact]
    public void Init_then_validate_is_clean()
    {
        var r = Validator.Validate(Init(), TestPaths.Today);
        Assert.Empty(r.Diagnostics.Select(d => $"{d.Span.File}:{d.Span.Line} {d.Rule.Id} {d.Format(Language.English)}"));
        Assert.Contains(r.Catalogue!.Items, i => i.Subject.Value.Contains("测试县民政局"));
    }

    [Fact]
    public void Dropping_a_standard_item_is_an_error_that_names_it()
    {
        var dir = InitWithoutShjz002(string.Empty);
        var r = Validator.Validate(dir, TestPaths.Today);
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("CAT0601", d.Rule.Id);
        Assert.Contains("shjz-002", d.Format(Language.Chinese));
        Assert.Contains("监督检查", d.Format(Language.Chinese));
    }

    [Fact]
    public void Waiving_with_a_reason_satisfies_the_baseline()
    {
        var dir = InitWithoutShjz002("waived:\n  - baseline: shjz-002\n    reason: 由市民政局统一公开\n");
        Assert.Empty(Validator.Validate(dir, TestPaths.Today).Diagnostics);
    }

    [Theory]
    [InlineData("manifest")]
    [InlineData("area")]
    [InlineData("powers")]
    [InlineData("records")]
    [InlineData("data")]
    public void Committed_schema_is_current(string kind)
    {
        var committed = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "schemas", kind + ".schema.json"));
        Assert.True(committed == JsonSchemaGenerator.Render(kind), $"schemas/{kind}.schema.json is stale: run `catalogue schema -o schemas --force`");
        // The example repository carries its own copy of the files' schemas for editors' completion; it must not lag behind either.
        if (kind != "data")
            Assert.True(File.ReadAllText(Path.Combine(TestPaths.Example, "schemas", kind + ".schema.json")) == committed, $"the example's schemas/{kind}.schema.json is stale");
        using var doc = System.Text.Json.JsonDocument.Parse(committed);
        Assert.Equal("http://json-schema.org/draft-07/schema#", doc.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Every_message_key_used_in_the_code_exists_in_both_languages()
    {
        var source = Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src", "CatalogueTool"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("Messages", StringComparison.Ordinal))
            .Select(File.ReadAllText);
        var keys = source.SelectMany(s => System.Text.RegularExpressions.Regex.Matches(s, "\"((?:file|yaml|schema|content|scope|time|records|baseline|powers|template)\\.[a-z0-9-]+)\"").Select(m => m.Groups[1].Value))
            .Distinct().ToList();
        Assert.NotEmpty(keys);
        var zh = Messages.Keys(Language.Chinese).ToHashSet();
        var en = Messages.Keys(Language.English).ToHashSet();
        Assert.DoesNotContain(keys, k => !zh.Contains(k) || !en.Contains(k));
        Assert.Equal(zh.Order(), en.Order());
    }

    [Fact]
    public void Every_rule_has_both_explanations()
    {
        Assert.True(KnownRules.All.Count >= 40);
        Assert.Equal(KnownRules.All.Count, KnownRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(KnownRules.All, r => Assert.False(string.IsNullOrWhiteSpace(r.ExplanationZh) || string.IsNullOrWhiteSpace(r.ExplanationEn)));
    }
}
