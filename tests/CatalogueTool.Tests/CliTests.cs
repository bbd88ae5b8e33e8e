using CatalogueTool.Diagnostics;
using System.Diagnostics;

namespace CatalogueTool.Tests;

/// <summary>The command line as CI and clerks use it: exit codes, language, no stack traces.</summary>
public class CliTests
{
    internal static (int Code, string Out, string Err) Run(params string[] args) => RunWith("1795392000", args);

    /// <summary>The command line with SOURCE_DATE_EPOCH set as given.</summary>
    internal static (int Code, string Out, string Err) RunWith(string sourceDateEpoch, params string[] args) =>
        RunIn(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = sourceDateEpoch }, args);

    /// <summary>The command line with these environment variables set.</summary>
    internal static (int Code, string Out, string Err) RunIn(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunAt(environment, null, args);

    /// <summary>The command line with these environment variables set, in this working folder.</summary>
    internal static (int Code, string Out, string Err) RunAt(IReadOnlyDictionary<string, string> environment, string? folder, params string[] args) =>
        RunProcess("dotnet", environment, folder, [Path.Combine(AppContext.BaseDirectory, "catalogue.dll"), .. args]);

    /// <summary>Any program, with these environment variables set, in this working folder: exit code, output, errors.</summary>
    internal static (int Code, string Out, string Err) RunProcess(string file, IReadOnlyDictionary<string, string> environment, string? folder, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = folder ?? "" };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (name, value) in environment) psi.Environment[name] = value;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr);
    }

    [Fact]
    public void Source_date_epoch_is_a_day_in_china_time_like_the_clock()
    {
        // 2026-11-22 23:00 UTC is 2026-11-23 07:00 in Beijing: the JSON report's date is the 23rd.
        var (_, json, _) = RunWith("1795388400", "validate", TestPaths.Example, "--format", "json");
        Assert.Equal("2026-11-23", System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public void Schema_into_a_folder_keeps_what_is_there_unless_forced_and_never_writes_through_a_link()
    {
        var dir = TestPaths.TempDir();
        var outside = Path.Combine(TestPaths.TempDir(), "bashrc");
        File.WriteAllText(outside, "secret");
        File.CreateSymbolicLink(Path.Combine(dir, "powers.schema.json"), outside);
        Assert.Equal(2, Run("schema", "-o", dir).Code);
        Assert.False(File.Exists(Path.Combine(dir, "area.schema.json")));
        Assert.Equal(0, Run("schema", "-o", dir, "--force").Code);
        Assert.Equal("secret", File.ReadAllText(outside));
        Assert.Null(new FileInfo(Path.Combine(dir, "powers.schema.json")).LinkTarget);
        Assert.Equal(5, Directory.GetFiles(dir, "*.schema.json").Length);
    }

    [Fact]
    public void Help_speaks_the_users_language()
    {
        var (code, zh, _) = Run("validate", "--help", "--lang", "zh-CN");
        Assert.Equal(0, code);
        Assert.Contains("用法：", zh);
        Assert.Contains("显示帮助和用法", zh);
        Assert.DoesNotContain("Usage:", zh);
        var (_, en, _) = Run("validate", "--help", "--lang", "en");
        Assert.Contains("Usage:", en);
        var (versionCode, version, _) = Run("--version", "--lang", "zh-CN"); // --lang is global: it does not spoil --version
        Assert.Equal((0, "1.0.0"), (versionCode, version.Trim()));
    }

    [Fact]
    public void Usage_errors_point_to_the_help_of_the_command_typed_and_say_one_thing_at_a_time()
    {
        var (code, _, err) = Run("frob", "--lang", "zh-CN");
        Assert.Equal(2, code);
        Assert.Contains("没有“frob”这个命令", err);
        Assert.DoesNotContain("缺少命令", err);
        var (_, _, initErr) = Run("init", Path.Combine(TestPaths.TempDir(), "x"), "--lang", "zh-CN");
        Assert.Contains("运行 catalogue init --help 查看用法", initErr);
        var (_, _, codeErr) = Run("init", Path.Combine(TestPaths.TempDir(), "y"), "--name", "禾丰镇", "--code", "５１０９２３", "--lang", "zh-CN");
        Assert.Contains("全角数字", codeErr);
    }

    [Theory]
    [InlineData(null, "", "", Language.Chinese)]
    [InlineData(null, "", "C.UTF-8", Language.Chinese)] // CI machines and servers: no language chosen
    [InlineData(null, "", "POSIX", Language.Chinese)]
    [InlineData(null, "en-US", "en_US.UTF-8", Language.English)]
    [InlineData(null, "zh-CN", "zh_CN.UTF-8", Language.Chinese)]
    [InlineData(null, "", "zh_CN.UTF-8", Language.Chinese)]
    [InlineData(null, "", "de_DE.UTF-8", Language.English)]
    [InlineData("en", "zh-CN", "zh_CN.UTF-8", Language.English)]
    public void The_language_follows_the_option_then_the_environment_and_is_chinese_when_none_is_chosen(string? option, string culture, string lang, Language expected) =>
        Assert.Equal(expected, LanguageChoice.Resolve(option, new System.Globalization.CultureInfo(culture), lang));

    [Fact]
    public void A_workbook_open_in_excel_does_not_block_the_build_and_a_read_only_output_is_refused_not_bypassed()
    {
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Assert.Equal(0, Run("build", TestPaths.Example, "-o", output).Code);
        // Excel and WPS keep a lock file beside an open workbook; LibreOffice its own.
        File.WriteAllText(Path.Combine(output, "excel", "~$青禾县-标准目录.xlsx"), "lock");
        File.WriteAllText(Path.Combine(output, "excel", ".~lock.青禾县-标准目录.xlsx#"), "lock");
        Assert.Null(CatalogueTool.Emit.OutputTransaction.ForeignEntry(output, CatalogueTool.Emit.BuildPipeline.OutputEntries));
        Assert.Equal(0, Run("build", TestPaths.Example, "-o", output).Code);

        // A folder made read-only to protect the published edition: refused before anything is written. Root may
        // write anywhere, so the command is run as an ordinary user where the machine allows.
        if (OperatingSystem.IsWindows()) return;
        var asUser = Environment.UserName == "root" ? "/usr/bin/setpriv" : null;
        if (asUser is not null && !File.Exists(asUser)) return;
        File.SetUnixFileMode(Path.GetDirectoryName(output)!, (UnixFileMode)0b111_111_111);
        if (asUser is not null) RunProcess("chown", "-R", "65534:65534", output);
        var excel = Path.Combine(output, "excel");
        File.SetUnixFileMode(excel, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var before = Directory.GetFiles(output, "*", SearchOption.AllDirectories).Order().ToList();
        string[] command = [Path.Combine(AppContext.BaseDirectory, "catalogue.dll"), "build", TestPaths.Example, "-o", output, "--lang", "zh-CN"];
        var (code, stdout, stderr) = asUser is null
            ? RunProcess("dotnet", command)
            : RunProcess(asUser, ["--reuid=65534", "--regid=65534", "--clear-groups", "env", "HOME=" + Path.GetDirectoryName(output), "DOTNET_CLI_HOME=" + Path.GetDirectoryName(output), "SOURCE_DATE_EPOCH=1795392000", "dotnet", .. command]);
        File.SetUnixFileMode(excel, (UnixFileMode)0b111_101_101);
        Assert.Equal(2, code);
        Assert.Contains("“excel”是只读的", stdout + stderr);
        Assert.Equal(before, Directory.GetFiles(output, "*", SearchOption.AllDirectories).Order().ToList());
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(output)!, ".out.*"));
    }

    [Fact]
    public void A_file_system_error_names_the_output_path_the_user_knows_not_the_hidden_staging_folder() =>
        Assert.Equal("No space left on device : '/srv/qinghe/out/excel/areas/health.xlsx'",
            CatalogueTool.Cli.Shell.ShownPaths("No space left on device : '/srv/qinghe/.out.tmp-24075-0123456789abcdef0123456789abcdef/excel/areas/health.xlsx'"));

    private static (int Code, string Out, string Err) RunProcess(string file, params string[] args) => RunProcess(file, new Dictionary<string, string>(), null, args);

    [Fact]
    public void English_reports_name_the_values_english_spellings_and_keep_the_coverage_table_aligned()
    {
        var dir = TestPaths.ExampleEdited("areas/social-assistance.yaml", "    audience: 全社会\n", "    audience: everyone\n");
        var (_, output, _) = Run("validate", dir, "--lang", "en");
        Assert.Contains("全社会 (public), 特定群体 (specific-groups)", output);
        Assert.Contains("licensing (行政许可)", output);
        // Each row's figures start at the same terminal column, Chinese characters counting two.
        var rows = output.Split('\n').SkipWhile(l => !l.StartsWith("Power coverage")).Skip(1).TakeWhile(l => l.StartsWith("  ")).ToList();
        Assert.True(rows.Count > 5);
        Assert.True(rows.Select(l => CatalogueTool.Text.DisplayWidth.Of(l[..(l.IndexOf('/') + 1)])).Distinct().Count() == 1, string.Join("\n", rows));
    }

    [Fact]
    public void A_mistyped_command_is_named_with_the_one_meant_and_today_takes_the_dates_records_take()
    {
        var (code, _, err) = Run("valdate", TestPaths.Example, "--lang", "zh-CN");
        Assert.Equal(2, code);
        Assert.Contains("是否想用 catalogue validate", err);
        Assert.DoesNotContain(TestPaths.Example, err);
        Assert.Equal(0, Run("validate", TestPaths.Example, "--today", "2026年11月1日").Code);
        Assert.Equal(0, Run("validate", TestPaths.Example, "--today", "2026.11.1").Code);
        Assert.Equal(2, Run("validate", TestPaths.Example, "--today", "2026.13.1").Code);
    }

    [Fact]
    public void Import_writes_the_schemas_its_files_name()
    {
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Assert.Equal(0, Run("build", TestPaths.Example, "-o", output).Code);
        var imported = Path.Combine(TestPaths.TempDir(), "imp");
        Assert.Equal(0, Run("import", Path.Combine(output, "excel", "青禾县-标准目录.xlsx"), "-o", imported).Code);
        Assert.True(File.Exists(Path.Combine(imported, "schemas", "area.schema.json")));
        Assert.StartsWith("# yaml-language-server: $schema=schemas/manifest.schema.json", File.ReadAllText(Path.Combine(imported, "catalogue.yaml")));
        // A target that is a folder stops the import before any file is replaced.
        File.WriteAllText(Path.Combine(imported, "areas", "health.yaml"), "# 我改过的\n");
        File.Delete(Path.Combine(imported, "import-report.txt"));
        Directory.CreateDirectory(Path.Combine(imported, "import-report.txt"));
        var (code, _, err) = Run("import", Path.Combine(output, "excel", "青禾县-标准目录.xlsx"), "-o", imported, "--force", "--lang", "zh-CN");
        Assert.Equal(2, code);
        Assert.Contains("import-report.txt", err);
        Assert.Equal("# 我改过的\n", File.ReadAllText(Path.Combine(imported, "areas", "health.yaml")));
    }

    [Fact]
    public void LC_ALL_overrides_LANG_as_posix_says()
    {
        var (_, output, _) = RunIn(new Dictionary<string, string> { ["LANG"] = "zh_CN.UTF-8", ["LC_ALL"] = "en_US.UTF-8" }, "validate", TestPaths.Example);
        Assert.Contains("files", output);
        var (_, chinese, _) = RunIn(new Dictionary<string, string> { ["LANG"] = "en_US.UTF-8", ["LC_ALL"] = "zh_CN.UTF-8" }, "validate", TestPaths.Example);
        Assert.Contains("个文件", chinese);
    }

    [Fact]
    public void The_build_report_is_chinese_unless_another_language_is_asked_for()
    {
        var dir = TestPaths.ExampleEdited("areas/social-assistance.yaml", "    time_limit: 制定或获取信息之日起10个工作日内\n", "    time_limit: 看情况\n");
        var english = Path.Combine(TestPaths.TempDir(), "en");
        Assert.Equal(0, Run("build", dir, "-o", english, "--lang", "en").Code);
        Assert.Contains("cannot be interpreted", File.ReadAllText(Path.Combine(english, "report", "validation.json")));
        var unchosen = Path.Combine(TestPaths.TempDir(), "unchosen");
        Assert.Equal(0, RunIn(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1795392000", ["LANG"] = "en_US.UTF-8" }, "build", dir, "-o", unchosen).Code);
        Assert.Contains("无法解读", File.ReadAllText(Path.Combine(unchosen, "report", "validation.json")));
    }

    [Theory]
    [InlineData("/tmp/county")]
    [InlineData("county")]
    [InlineData("青禾 县")]
    [InlineData("青禾县人民政府")]
    public void Init_refuses_a_parent_that_is_no_places_name(string parent)
    {
        var dir = Path.Combine(TestPaths.TempDir(), "x");
        var (code, output, err) = Run("init", dir, "--name", "白沙乡", "--code", "510923", "--parent", parent, "--lang", "zh-CN");
        Assert.Equal(2, code);
        Assert.Contains("上级的地名", output + err);
        Assert.Equal(2, Run("init", dir, "--name", "Baihe", "--code", "510923").Code); // a county's name is Chinese
        Assert.False(Directory.Exists(dir));
        Assert.Equal(0, Run("init", dir, "--name", "白沙乡", "--code", "510923", "--parent", " 青禾县 ").Code);
        Assert.Contains("parent: 青禾县\n", File.ReadAllText(Path.Combine(dir, "catalogue.yaml")));
    }

    [Fact]
    public void A_mistyped_option_is_named_with_the_one_meant_instead_of_being_read_as_the_folder()
    {
        var (code, _, err) = Run("validate", "--strcit", TestPaths.Example, "--lang", "zh-CN");
        Assert.Equal(2, code);
        Assert.Contains("无法识别的选项“--strcit”。是否想用 --strict？", err);
        Assert.DoesNotContain(TestPaths.Example, err); // the folder is not blamed for the option's slip
        var (_, _, en) = Run("validate", TestPaths.Example, "--fromat=json", "--lang", "en");
        Assert.Contains("unknown option '--fromat'. Did you mean --format?", en);
        var (_, _, far) = Run("build", TestPaths.Example, "-o", Path.Combine(TestPaths.TempDir(), "o"), "--xyz", "--lang", "en");
        Assert.Contains("unknown option '--xyz'.", far);
        Assert.DoesNotContain("Did you mean", far);
        var (_, _, zero) = Run("build", "-0", Path.Combine(TestPaths.TempDir(), "o"), TestPaths.Example, "--lang", "zh-CN"); // a zero for the letter o
        Assert.Contains("无法识别的选项“-0”。是否想用 -o？", zero);
        var dashed = Path.Combine(TestPaths.TempDir(), "-old"); // after "--", a word starting with a dash is the folder
        PowerTests.CopyDirectory(TestPaths.Example, dashed);
        Assert.Equal(0, RunAt(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1795392000" }, Path.GetDirectoryName(dashed)!, "validate", "--", "-old").Code);
        var unchosen = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1795392000", ["LANG"] = "C.UTF-8", ["LC_ALL"] = "C.UTF-8" };
        Assert.Contains("选项 -o 后面缺少值", RunIn(unchosen, "build", TestPaths.Example, "-o").Err); // Chinese where no language is chosen
        var (ok, _, _) = Run("validate", TestPaths.Example, "--lang=zh-CN", "--strict");
        Assert.Equal(0, ok);
    }

    [Fact]
    public void Validate_example_exits_0()
    {
        var (code, output, _) = Run("validate", TestPaths.Example, "--lang", "zh-CN");
        Assert.Equal(0, code);
        Assert.Contains("0 个错误", output);
    }

    [Fact]
    public void Findings_exit_1_and_strict_counts_warnings()
    {
        Assert.Equal(1, Run("validate", Path.Combine(TestPaths.Cases, "planted"), "--today", "2025-06-01").Code);
        var warnOnly = TestPaths.MinimalRepo("area: 社会救助\nitems:\n" + TestPaths.GoodItem.Replace("政府网站", "门户网站"));
        Assert.Equal(0, Run("validate", warnOnly).Code);
        Assert.Equal(1, Run("validate", warnOnly, "--strict").Code);
    }

    [Fact]
    public void Unreadable_input_and_usage_errors_exit_2_without_stack_trace()
    {
        var missing = Run("validate", "/nonexistent/folder", "--lang", "zh-CN");
        Assert.Equal(2, missing.Code);
        var usage = Run("validate", "--format", "pdf");
        Assert.Equal(2, usage.Code);
        Assert.DoesNotContain("   at ", missing.Out + missing.Err + usage.Out + usage.Err);
        // An import whose output folder lies below a file is refused before anything is read, in the user's words.
        var file = Path.Combine(TestPaths.TempDir(), "a-file");
        File.WriteAllText(file, "x");
        var below = Run("import", Path.Combine(BuiltExample.Folder, "excel", "areas", "social-assistance.xlsx"), "-o", Path.Combine(file, "repo"), "--lang", "zh-CN");
        Assert.Equal(2, below.Code);
        Assert.Contains("是一个文件，不是文件夹", below.Err + below.Out);
        Assert.DoesNotContain("Could not find", below.Err + below.Out);
    }

    [Fact]
    public void Rules_lists_every_rule()
    {
        var (code, output, _) = Run("rules", "--lang", "en");
        Assert.Equal(0, code);
        Assert.All(Diagnostics.KnownRules.All, r => Assert.Contains(r.Id, output));
        // One rule, as a finding names it (any case, or its number alone); an unknown one refused in words.
        var one = Run("rules", "cat0601", "0105", "--lang", "zh-CN");
        Assert.Equal(0, one.Code);
        Assert.Equal(["CAT0601", "CAT0105"], System.Text.RegularExpressions.Regex.Matches(one.Out, "^CAT[0-9]{4}", System.Text.RegularExpressions.RegexOptions.Multiline).Select(m => m.Value));
        var unknown = Run("rules", "CAT9999", "--lang", "zh-CN");
        Assert.Equal(2, unknown.Code);
        Assert.Contains("没有规则“CAT9999”", unknown.Err);
        // Level words are checked, not listed: the help stays readable.
        Assert.Contains("--level <county|township>", Run("init", "--help").Out);
        Assert.Equal(2, Run("schema", "--file", "review", "-o", TestPaths.TempDir()).Code);
    }

    [Fact]
    public void Init_refuses_a_non_empty_folder()
    {
        var dir = TestPaths.TempDir();
        File.WriteAllText(Path.Combine(dir, "keep.txt"), "x");
        Assert.Equal(2, Run("init", dir, "--name", "测试县").Code);
        Assert.Equal("x", File.ReadAllText(Path.Combine(dir, "keep.txt")));
        Assert.Single(Directory.EnumerateFileSystemEntries(dir));
    }

    [Fact]
    public void A_mistyped_date_is_a_usage_error_not_the_clock()
    {
        var (code, _, err) = Run("validate", TestPaths.Example, "--today", "2025-13-45");
        Assert.Equal(2, code);
        Assert.Contains("YYYY-MM-DD", err);
    }

    [Fact]
    public void Init_refuses_a_blank_name()
    {
        var dir = Path.Combine(TestPaths.TempDir(), "x");
        Assert.Equal(2, Run("init", dir, "--name", " ").Code);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void An_unreadable_manifest_exits_2_with_one_finding_about_it()
    {
        var repo = TestPaths.TempDir();
        PowerTests.CopyDirectory(TestPaths.Example, repo);
        File.WriteAllText(Path.Combine(repo, "catalogue.yaml"), "");
        var (code, output, _) = Run("validate", repo, "--lang", "zh-CN");
        Assert.Equal(2, code);
        Assert.Contains("catalogue.yaml:1:1", output);
        Assert.DoesNotContain("CAT0108", output); // the extra areas it declares are not reported unknown
    }

    [Fact]
    public void An_empty_area_file_is_an_error_and_build_stops_cleanly()
    {
        var repo = TestPaths.ExampleWith("areas/social-assistance.yaml", "# 待填写\n");
        var (code, output, _) = Run("validate", repo, "--lang", "zh-CN");
        Assert.Equal(1, code);
        Assert.Contains("areas/social-assistance.yaml:1:1: error CAT0008", output);
        Assert.DoesNotContain("CAT0501", output); // its records are not reported as naming unknown items
        var (built, _, err) = Run("build", repo, "-o", Path.Combine(TestPaths.TempDir(), "out"), "--lang", "zh-CN");
        Assert.Equal(1, built);
        Assert.DoesNotContain("内部错误", err);
        // diff would show the area as deleted: it refuses instead.
        Assert.Equal(2, Run("diff", TestPaths.Example, repo).Code);
    }

    [Fact]
    public void An_empty_baseline_setting_is_one_error_not_the_repository_as_baseline()
    {
        var repo = TestPaths.TempDir();
        PowerTests.CopyDirectory(TestPaths.Example, repo);
        var manifest = Path.Combine(repo, "catalogue.yaml");
        var text = File.ReadAllText(manifest);
        Assert.Contains("baseline: national", text);
        File.WriteAllText(manifest, text.Replace("baseline: national", "baseline: \"\""));
        var (code, output, _) = Run("validate", repo, "--lang", "zh-CN");
        Assert.Equal(1, code);
        Assert.Contains("1 个错误", output);
        Assert.Contains("“baseline”不能为空", output);
    }

    [Fact]
    public async Task Special_files_in_a_repository_neither_hang_nor_crash()
    {
        if (!OperatingSystem.IsLinux()) return;
        var repo = TestPaths.TempDir();
        PowerTests.CopyDirectory(TestPaths.Example, repo);
        var area = Path.Combine(repo, "areas", "social-assistance.yaml");
        File.Delete(area);
        File.CreateSymbolicLink(area, "/dev/zero");
        var (code, output, err) = Run("validate", repo, "--lang", "zh-CN");
        Assert.Equal(1, code);
        Assert.Contains("areas/social-assistance.yaml:1:1", output);
        Assert.DoesNotContain("内部错误", err);
        File.Delete(area);
        using (var mkfifo = Process.Start("mkfifo", [area])) mkfifo.WaitForExit();
        var (fifoCode, _, _) = await Task.Run(() => Run("validate", repo)).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(1, fifoCode);
    }

    [Fact]
    public void Chinese_users_get_chinese_usage_yaml_and_type_messages()
    {
        var (code, _, err) = Run("frob", "--lang", "zh-CN");
        Assert.Equal(2, code);
        Assert.Contains("没有“frob”这个命令", err);
        Assert.Contains("“xml”不是可选的值", Run("validate", TestPaths.Example, "--format", "xml", "--lang", "zh-CN").Err);

        var colon = TestPaths.MinimalRepo("area: 社会救助\nitems:\n  - id: shjz-001\n    name: 对象: 城乡居民\n");
        var (_, colonOut, _) = Run("validate", colon, "--lang", "zh-CN");
        Assert.Contains("areas/social-assistance.yaml:4:", colonOut);
        Assert.Contains("请给整个值加英文引号", colonOut);
        Assert.DoesNotContain("While", colonOut);

        var list = TestPaths.MinimalRepo("area: 社会救助\nitems:\n  - id: [shjz-001]\n");
        Assert.Contains("“id”应当是文字，这里是列表", Run("validate", list, "--lang", "zh-CN").Out);
    }

    [Fact]
    public void An_unusable_source_date_epoch_is_refused_not_a_crash_nor_the_clock()
    {
        foreach (var epoch in new[] { "abc", "99999999999999" })
        {
            var (code, _, err) = RunWith(epoch, "validate", TestPaths.Example, "--lang", "zh-CN");
            Assert.Equal(2, code);
            Assert.Contains("SOURCE_DATE_EPOCH", err);
            Assert.DoesNotContain("内部错误", err);
        }
    }

    [Fact]
    public void Reserved_ids_that_would_overwrite_site_pages_are_errors()
    {
        var item = TestPaths.MinimalRepo("area: 社会救助\nitems:\n" + TestPaths.GoodItem.Replace("shjz-001", "index"));
        var (code, output, _) = Run("validate", item, "--lang", "zh-CN");
        Assert.Equal(1, code);
        Assert.Contains("事项 id 不能是“index”", output);
        var area = TestPaths.MinimalRepo(extraManifest: "extra_areas:\n  assets: 资产\n");
        Assert.Contains("CAT0204", Run("validate", area).Out);
    }

    [Fact]
    public void Diff_refuses_an_edition_whose_power_list_or_area_lost_content_to_an_error()
    {
        var repo = TestPaths.ExampleWith("powers/民政局.yaml", "powers: [\n");
        var (code, output, err) = Run("diff", TestPaths.Example, repo, "--lang", "zh-CN");
        Assert.Equal(2, code);
        Assert.Contains("powers/民政局.yaml", err);
        Assert.DoesNotContain("删除", output);
    }

    [Fact]
    public void Customised_templates_are_checked_by_validate_and_a_failing_render_is_a_finding()
    {
        var repo = TestPaths.TempDir();
        PowerTests.CopyDirectory(TestPaths.Example, repo);
        Directory.CreateDirectory(Path.Combine(repo, "templates"));
        File.WriteAllText(Path.Combine(repo, "templates", "layout.hbs"), "{{/if}}");
        Assert.Contains("templates/layout.hbs:1:1: error CAT0801", Run("validate", repo, "--lang", "zh-CN").Out);
        File.WriteAllText(Path.Combine(repo, "templates", "layout.hbs"), "{{{Body}}}");
        File.WriteAllText(Path.Combine(repo, "templates", "area-table.hbs"), "{{> area-table Table}}");
        Assert.Contains("templates/area-table.hbs:1:1: error CAT0801", Run("validate", repo, "--lang", "zh-CN").Out);
        File.WriteAllText(Path.Combine(repo, "templates", "area-table.hbs"), "{{#with}}{{/with}}");
        var (code, output, err) = Run("build", repo, "-o", Path.Combine(TestPaths.TempDir(), "out"), "--lang", "zh-CN");
        Assert.True(code is 1, output + err);
        Assert.DoesNotContain("内部错误", err);
        Directory.CreateDirectory(Path.Combine(repo, "templates", "assets"));
        File.WriteAllBytes(Path.Combine(repo, "templates", "assets", "site.js"), [0x7F, 0x45, 0x4C, 0x46, 0, 0xFF, 0xFE]);
        Assert.Contains("templates/assets/site.js:1:1: error CAT0801", Run("validate", repo, "--lang", "zh-CN").Out);
    }

    [Fact]
    public void Outputs_are_the_same_whatever_the_machines_locale()
    {
        var plain = Path.Combine(TestPaths.TempDir(), "out");
        var turkish = Path.Combine(TestPaths.TempDir(), "out");
        Assert.Equal(0, Run("build", TestPaths.Example, "-o", plain, "--lang", "zh-CN").Code);
        Assert.Equal(0, RunIn(new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1795392000", ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8" },
            "build", TestPaths.Example, "-o", turkish, "--lang", "zh-CN").Code);
        foreach (var file in Directory.GetFiles(plain, "*", SearchOption.AllDirectories))
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(turkish, Path.GetRelativePath(plain, file)))), Path.GetRelativePath(plain, file));
    }

    [Fact]
    public void Options_out_of_range_are_usage_errors_and_chinese_level_names_work()
    {
        Assert.Equal(2, Run("review", Path.GetDirectoryName(TestPaths.Example)!, "--jobs", "0", "-o", Path.Combine(TestPaths.TempDir(), "r")).Code);
        Assert.Equal(2, Run("validate", TestPaths.Example, "--lang", "fr").Code);
        var (code, output, _) = Run("validate", Path.Combine(TestPaths.Example, "catalogue.yaml"), "--lang", "zh-CN");
        Assert.Equal(2, code);
        Assert.Contains("是一个文件", output);
        var dir = Path.Combine(TestPaths.TempDir(), "乡");
        Assert.Equal(0, Run("init", dir, "--name", "青禾镇", "--code", "510923", "--level", "乡级").Code);
        Assert.Contains("level: township", File.ReadAllText(Path.Combine(dir, "catalogue.yaml")));
        var at = Path.Combine(TestPaths.TempDir(), "at");
        Assert.Equal(0, Run("init", at, "--name", "@县", "--code", "510923").Code); // a name, not a response file
        Assert.Contains("name: \"@县\"", File.ReadAllText(Path.Combine(at, "catalogue.yaml")));
    }
}
