using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CatalogueTool.Tests;

/// <summary>One Chromium (Debian's, never downloaded) shared by the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
    }
}

/// <summary>The site in a real browser: axe WCAG 2 A/AA, keyboard, offline search, the elder mode, screenshots as artifacts.</summary>
public class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Pages = ["index.html", "social-assistance/index.html", "social-assistance/shjz-001.html", "search.html", "coverage.html"];

    private static string Url(string page) => new Uri(Path.Combine(BuiltExample.Site, page)).AbsoluteUri;

    private async Task<IPage> Open(string page, int width = 1366, int height = 900, string? root = null)
    {
        var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, Offline = true });
        var p = await context.NewPageAsync();
        await p.GotoAsync(root is null ? Url(page) : new Uri(Path.Combine(root, page)).AbsoluteUri);
        return p;
    }

    private static async Task AssertNoViolations(IPage p)
    {
        var results = await p.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(results.Violations.Length == 0, string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})")));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("jurisdictions/0004.html")]
    public async Task Review_pages_pass_axe_and_sort_by_keyboard(string page)
    {
        var p = await Open(page, root: BuiltProvince.Output);
        await AssertNoViolations(p);
        if (page == "index.html")
        {
            // Column 0 is the jurisdiction, 1 its code, 2 the errors.
            await p.FocusAsync("thead button[data-col='2']");
            await p.Keyboard.PressAsync("Enter");
            await p.Keyboard.PressAsync("Enter");
            Assert.Equal("descending", await p.GetAttributeAsync("thead th:nth-child(3)", "aria-sort"));
            Assert.Equal("1", await p.TextContentAsync("#review tbody tr:first-child td:nth-of-type(2)"));
            Assert.Equal("0", await p.TextContentAsync("#review tbody tr:last-child td:nth-of-type(2)"));
            Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
            await p.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "review-dashboard.png") });
        }
        await p.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(PageNames))]
    public async Task Axe_finds_no_wcag_a_or_aa_violation(string page)
    {
        var p = await Open(page);
        await AssertNoViolations(p);
        await p.Context.CloseAsync();
    }

    public static TheoryData<string> PageNames() => [.. Pages];

    [Fact]
    public async Task Keyboard_alone_reaches_every_item_of_an_area()
    {
        var p = await Open("social-assistance/index.html");
        var expected = await p.EvalOnSelectorAllAsync<string[]>("table.catalogue-table tbody a", "as => as.map(a => a.href)");
        Assert.NotEmpty(expected);
        var reached = new HashSet<string>();
        for (var i = 0; i < 400 && !expected.All(reached.Contains); i++)
        {
            await p.Keyboard.PressAsync("Tab");
            if (await p.EvaluateAsync<string?>("document.activeElement && document.activeElement.href || null") is { } href) reached.Add(href);
        }
        Assert.Empty(expected.Except(reached));
        await p.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_finds_an_item_by_a_word_of_its_content_offline()
    {
        var p = await Open("search.html");
        // The search runs a moment after the last key (not on each letter an input method composes): waited for.
        Task Status(string text) => p.WaitForFunctionAsync($"document.getElementById('search-status').textContent.includes('{text}')");
        await p.FillAsync("#q", "初审对象");
        await Status("找到 ");
        var hits = await p.EvalOnSelectorAllAsync<string[]>("#search-results a", "as => as.map(a => a.getAttribute('href'))");
        Assert.Contains("social-assistance/shjz-005.html", hits);
        await p.FillAsync("#q", "不存在的词语组合");
        await Status("没有找到");
        await p.FillAsync("#q", "ＳＨＪＺ－００５"); // full-width, as a Chinese input method types it
        await Status("找到 1 个");
        Assert.Contains("social-assistance/shjz-005.html", await p.EvalOnSelectorAllAsync<string[]>("#search-results a", "as => as.map(a => a.getAttribute('href'))"));
        // More hits than are listed: said, with the advice to narrow the words.
        await p.FillAsync("#q", "县");
        await Status("前 200 个");
        Assert.Equal(200, (await p.EvalOnSelectorAllAsync<string[]>("#search-results a", "as => as.map(a => a.getAttribute('href'))")).Length);
        await p.Context.CloseAsync();
    }

    [Fact]
    public async Task Elder_mode_button_enlarges_text_and_is_remembered()
    {
        var p = await Open("index.html");
        var before = await p.EvaluateAsync<string>("getComputedStyle(document.documentElement).fontSize");
        await p.ClickAsync("#mode-toggle");
        Assert.Equal("true", await p.GetAttributeAsync("#mode-toggle", "aria-pressed"));
        var after = await p.EvaluateAsync<string>("getComputedStyle(document.documentElement).fontSize");
        Assert.NotEqual(before, after);
        await p.GotoAsync(Url("social-assistance/index.html"));
        Assert.True(await p.EvaluateAsync<bool>("document.documentElement.classList.contains('elder')"));
        await p.Context.CloseAsync();
    }

    [Fact]
    public async Task A_long_word_without_spaces_never_widens_an_item_page_past_a_phone_screen()
    {
        var repo = TestPaths.ExampleEdited("areas/social-assistance.yaml", "content: 社会救助信访通讯地址；社会救助投诉举报电话",
            "content: 附件qinghe_shehuijiuzhu_zuidishenghuobaozhang_shishixize_2026_xiuding_gao.pdf");
        var output = Path.Combine(TestPaths.TempDir(), "out");
        Assert.Equal(0, CliTests.Run("build", repo, "-o", output).Code);
        var p = await Open("social-assistance/shjz-002.html", 390, 844, Path.Combine(output, "site"));
        Assert.True(await p.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");
        await p.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_an_area_table_scrolls_inside_its_box_and_the_page_stays_the_screens_width()
    {
        // The visually hidden 是 after each √ once escaped the table's scroll box and widened every area page to ~1,250 px.
        foreach (var large in new[] { false, true })
        {
            var p = await Open("social-assistance/index.html", 390, 844);
            if (large) await p.EvaluateAsync("document.documentElement.classList.add('elder')");
            Assert.True(await p.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"the area page scrolls sideways on a phone (large text: {large})");
            Assert.True(await p.EvaluateAsync<bool>("(() => { const s = document.querySelector('.table-scroll'); return s.scrollWidth > s.clientWidth; })()"), "the table no longer scrolls in its box");
            await p.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Screenshots_at_desktop_and_phone_widths()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        foreach (var (name, width, height) in new[] { ("desktop", 1366, 900), ("phone", 390, 844) })
        {
            foreach (var page in Pages)
            {
                var p = await Open(page, width, height);
                var file = Path.Combine(folder, $"{name}-{page.Replace('/', '_').Replace(".html", "")}.png");
                await p.ScreenshotAsync(new() { Path = file, FullPage = false });
                Assert.True(new FileInfo(file).Length > 10_000);
                await p.Context.CloseAsync();
            }
        }
    }
}
