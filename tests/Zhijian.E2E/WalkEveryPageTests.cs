using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Zhijian.Platform;
using Zhijian.Platform.Identity;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>
/// Walks every console page in each demo role's menu and every portal page at 1440 px, with one detail page behind each
/// list, and fails — listing every finding with its page and role — on what a clerk or a visitor would stumble on: an
/// HTTP error, an empty page, a table whose actions sit off the right edge, an English word or an internal code in the
/// visible text. Screenshots walk-*.png; the findings also go to walk-findings.txt. Run alone:
/// <c>dotnet test tests/Zhijian.E2E --filter Category=Walker</c>.
/// </summary>
[Trait("Category", "Walker")]
[RunsLong(347)]
public sealed partial class WalkEveryPageTests(Browser browser, ITestOutputHelper output) : IClassFixture<Browser>
{
    /// <summary>
    /// Latin words a Chinese clerk or visitor meets in Chinese government software, each for a reason (compared without
    /// case: MudBlazor buttons print "导出 Excel" in capitals): file formats and the program that opens them (XLSX, CSV,
    /// PDF, JPG, PNG, Excel), the text encodings Excel's 另存为 offers (UTF-8, GBK), units (MB, mg/kg, mL on a food label), the national-standard
    /// prefix GB (GB/T 2260), terms the regulations and platforms use as they are (API 客户端, ODR 企业 as on 全国12315平台,
    /// ID, USCC, SHA-256 on the audit and draw pages, HTTP/URL/JSON in the API client help), the names of the international
    /// standards and the algorithm the public draw-verification page cites as the GB prefix is cited (ISO 8601, FIPS 180-4,
    /// UTC, ASCII, the Fisher–Yates shuffle), and "App", which consumers
    /// write in their complaints as everyone in China does. Anything else is English that should be Chinese.
    /// </summary>
    private static readonly HashSet<string> AllowedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "XLSX", "CSV", "PDF", "JPG", "PNG", "Excel", "UTF", "GBK", "MB", "mg", "kg", "mL", "GB",
        "API", "ODR", "ID", "USCC", "SHA", "HTTP", "HTTPS", "URL", "JSON", "App",
        "ISO", "FIPS", "UTC", "ASCII", "Fisher", "Yates",
        "KJ", "NY", "EPCIS", "GS1", "GTIN", // 快检方法编号 (KJ 201710), 农业行业标准 (NY/T 448), the GS1 traceability standard's names
        "TSG", "QR", // 特种设备安全技术规范 (TSG T7001-2023), the 使用标志 QR code
        "CCC", "SUV", "VIN", // 中国强制性产品认证 (CCC), and the terms of car recall notices (SUV, VIN 车辆识别代号)
        "XK", // the mark in 工业产品生产许可证 numbers (鲁XK06-001-00123)
        "GSP", "DN", "JJF", // 药品经营质量管理规范 (GSP), a pipe's nominal diameter (水表 DN≤25), 国家计量技术规范 (JJF 1070)
    };

    private const int Width = 1440;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Every_page_of_every_role_and_of_the_portal_reads_in_Chinese_with_its_actions_in_view()
    {
        var watch = Stopwatch.StartNew();
        await using var app = await ZhijianApp.StartAsync(kestrel: true, demoEntities: 1500);
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        var findings = new List<Finding>();
        var visited = 0;
        var detailsSeen = new HashSet<string>(StringComparer.Ordinal);

        // Each console page is walked once, by the first role in the demo table that sees it (the widest set of actions: the
        // most columns and buttons to keep in view), the 工作台 by every role. A second walk by the narrowest role cost a
        // third of the 500 s walk (CI, 2026-12-07); what each role may open and do is PermissionsMatrixTests' test.
        var walkers = DemoData.Users.Where(u => u.User != "admin.lixia").ToList();
        var assigned = catalog.Navigation.Select(n => n.Href).Distinct()
            .SelectMany(href => walkers.Where(u => catalog.Navigation.Any(n => n.Href == href && (n.Roles.Length == 0 || n.Roles.Contains(u.Role))))
                .Take(1).Select(u => (u.User, href)))
            .ToLookup(x => x.User, x => x.href);

        // Three roles at a time (each its own browser context): the walk waits on renders far more than it computes.
        using var gate = new SemaphoreSlim(3);
        await Task.WhenAll(walkers.Select(async u =>
        {
            await gate.WaitAsync();
            try
            {
                var user = u.User;
                var context = await NewContextAsync(app.ServerAddress!);
                var page = await context.NewPageAsync();
                await Browser.SubmitLoginAsync(page, user);
                await page.WaitForSelectorAsync("[data-interactive=yes]");

                var menu = assigned[user];
                foreach (var path in menu.Prepend("/"))
                {
                    var links = await VisitAsync(page, path, user, user, console: true, findings);
                    Interlocked.Increment(ref visited);
                    // One record behind each list: the first row's link, once per kind of record (its path without ids).
                    var detail = links.FirstOrDefault(l => l != path && !l.StartsWith(path + "?", StringComparison.Ordinal));
                    bool first;
                    lock (detailsSeen) first = detail is not null && path != "/" && detailsSeen.Add(Shape(detail));
                    if (first)
                    {
                        await VisitAsync(page, detail!, user, user, console: !detail!.StartsWith("/gs", StringComparison.Ordinal), findings);
                        Interlocked.Increment(ref visited);
                    }
                }

                await context.CloseAsync();
            }
            finally
            {
                gate.Release();
            }
        }));

        var visitor = await NewContextAsync(app.ServerAddress!);
        var portal = await visitor.NewPageAsync();
        // The portal's columns, plus a credit search so that its hit list leads to an entity's public page.
        var columns = catalog.PortalNavigation.Select(n => n.Href).Prepend("/gs").Append("/gs/credit?q=" + Uri.EscapeDataString("有限公司")).Distinct();
        foreach (var path in columns)
        {
            var links = await VisitAsync(portal, path, "访客", "portal", console: false, findings);
            visited++;
            var column = path.Split('?')[0];
            var detail = links.FirstOrDefault(l => l.StartsWith(column + "/", StringComparison.Ordinal) && column != "/gs");
            if (detail is not null && detailsSeen.Add(Shape(detail)))
            {
                await VisitAsync(portal, detail, "访客", "portal", console: false, findings);
                visited++;
            }
        }

        await visitor.CloseAsync();

        var report = Report(findings);
        await File.WriteAllTextAsync(Path.Combine(Browser.ScreenshotDir, "walk-findings.txt"), report);
        output.WriteLine($"{visited} pages walked in {watch.Elapsed.TotalSeconds:0} s; {findings.Count} findings.");
        output.WriteLine(report);
        Assert.True(findings.Count == 0, $"{findings.Count} findings on {visited} pages:\n{report}");
    }

    private async Task<IBrowserContext> NewContextAsync(Uri baseAddress)
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = Width, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);
        return context;
    }

    /// <summary>Opens a page, checks it and returns the internal links of its tables' first rows (on the portal also its other links), to walk one detail page.</summary>
    private static async Task<IReadOnlyList<string>> VisitAsync(IPage page, string path, string who, string shot, bool console, List<Finding> findings)
    {
        void Add(string kind, string detail)
        {
            lock (findings) findings.Add(new Finding(path, who, kind, detail));
        }

        IResponse? response;
        try
        {
            response = await page.GotoAsync(path);
        }
        catch (PlaywrightException e)
        {
            Add("无法打开", e.Message.Split('\n')[0]);
            return [];
        }

        if (response is { Ok: false })
        {
            Add("HTTP 错误", $"{response.Status} {response.StatusText}");
        }

        if (console && !page.Url.Contains("/account/login", StringComparison.Ordinal))
        {
            try
            {
                await page.WaitForSelectorAsync("[data-interactive=yes]", new() { Timeout = 15_000 });
            }
            catch (TimeoutException)
            {
                Add("未进入交互状态", "15 秒内页面没有连上服务器");
            }
        }

        await SettleAsync(page);
        // One screenshot per page (the first role to open it): the pictures to look at, without paying for eight of each.
        bool firstVisit;
        lock (Shot) firstVisit = Shot.Add(path);
        if (firstVisit) await Browser.ShotAsync(page, $"walk-{shot}{Slug(path)}");

        var seen = JsonSerializer.Deserialize<PageFacts>(await page.EvaluateAsync<string>(FactsScript), Json)!;
        if (string.IsNullOrWhiteSpace(seen.Text)) Add("空白页面", "页面没有可见文字");
        foreach (var hidden in seen.HiddenActions) Add("操作按钮在可视区外", hidden);

        // Not words: 统一社会信用代码, numbers with a letter prefix (licences JY…/SC…, cases XS…, indicators ZJ01, MP4) and addresses.
        var text = Url().Replace(Identifier().Replace(Uscc().Replace(seen.Text, " "), " "), " ");
        var english = English().Matches(text).Select(m => m.Value).Where(w => !AllowedWords.Contains(w)).Distinct().ToList();
        if (english.Count > 0) Add("英文", string.Join(", ", english.Take(12).Select(w => $"“{w}”（{Around(text, w)}）")));
        foreach (var code in RawCode().Matches(text).Select(m => m.Value).Distinct().Take(8)) Add("内部代码", $"“{code}”（{Around(text, code)}）");
        if (text.Contains("docs/", StringComparison.Ordinal)) Add("内部代码", $"“docs/”（{Around(text, "docs/")}）");

        return console ? seen.RowLinks : [.. seen.RowLinks, .. seen.Links];
    }

    private static readonly HashSet<string> Shot = new(StringComparer.Ordinal);

    /// <summary>
    /// Waits for the page's data: no loading bar or skeleton, then a short pause for the render that follows the data
    /// (portal pages are complete when they arrive; a console page is interactive before its data has loaded).
    /// </summary>
    private static async Task SettleAsync(IPage page)
    {
        await page.WaitForTimeoutAsync(250);
        try
        {
            await page.WaitForFunctionAsync(
                "() => !document.querySelector('.mud-table-loading, .mud-skeleton, .mud-progress-indeterminate')",
                null, new() { Timeout = 5_000, PollingInterval = 100 });
        }
        catch (TimeoutException)
        {
        }
    }

    /// <summary>
    /// What the page shows: visible text (<c>innerText</c>, less what a page marks as deliberately technical — <c>&lt;code&gt;</c>
    /// and <c>&lt;pre&gt;</c> such as an API client's key id, a rule's code for the API or an audit entry's stored JSON, and
    /// <c>translate="no"</c>, HTML's mark for text that is not language, such as a login name), the table
    /// actions a clerk cannot see without scrolling sideways, and the internal links in the first row of each table.
    /// </summary>
    private const string FactsScript = """
        () => {
          // Hidden (not removed) while reading: innerText skips what is not visible, and the layout stays as it is.
          const quiet = document.createElement('style');
          quiet.textContent = 'code, pre, [translate=no], [translate=no] * { visibility: hidden !important; }';
          document.head.appendChild(quiet);
          const text = document.body ? document.body.innerText : '';
          quiet.remove();
          const hidden = [];
          const containers = new Set(document.querySelectorAll('.mud-table-container'));
          for (const table of document.querySelectorAll('table')) {
            for (let e = table.parentElement; e && e !== document.body; e = e.parentElement) {
              const ox = getComputedStyle(e).overflowX;
              if (ox === 'auto' || ox === 'scroll') { containers.add(e); break; }
            }
          }
          const view = (c) => {
            const r = c.getBoundingClientRect();
            return { left: Math.max(r.left, 0), right: Math.min(r.right, window.innerWidth) };
          };
          for (const c of containers) {
            const table = c.querySelector('table');
            if (!table) continue;
            const scrolls = c.scrollWidth > c.clientWidth + 1;
            const pageScrolls = document.documentElement.scrollWidth > window.innerWidth + 1;
            if (!scrolls && !pageScrolls) continue;
            const box = view(c);
            let count = 0, example = '';
            for (const row of table.querySelectorAll('tbody tr')) {
              const cell = row.cells[row.cells.length - 1];
              if (!cell) continue;
              for (const a of cell.querySelectorAll('a, button')) {
                const r = a.getBoundingClientRect();
                if (r.width === 0 && r.height === 0) continue;
                if (r.right > box.right + 1 || r.left < box.left - 1) {
                  count++;
                  if (!example) example = (a.innerText || a.getAttribute('aria-label') || a.title || '').trim();
                }
              }
            }
            if (count > 0) {
              const heads = [...table.querySelectorAll('thead th')].map(th => th.innerText.trim()).filter(Boolean);
              hidden.push(`表格（${heads.slice(0, 3).join('、')}…共 ${heads.length} 列）宽 ${c.scrollWidth}px，可视 ${c.clientWidth}px：` +
                `最后一列的 ${count} 个按钮/链接（如“${example}”）需横向滚动才能看到`);
            }
          }
          const rowLinks = [], links = [];
          for (const table of document.querySelectorAll('table')) {
            const row = table.querySelector('tbody tr');
            if (!row) continue;
            for (const a of row.querySelectorAll('a[href]')) {
              const url = new URL(a.getAttribute('href'), location.href);
              if (url.origin === location.origin && !url.pathname.startsWith('/api/')) rowLinks.push(url.pathname + url.search);
            }
          }
          for (const a of document.querySelectorAll('main a[href], [data-testid=gs-hits] a[href]')) {
            const url = new URL(a.getAttribute('href'), location.href);
            if (url.origin === location.origin && !url.pathname.startsWith('/api/')) links.push(url.pathname + url.search);
          }
          return JSON.stringify({ text, hiddenActions: hidden, rowLinks, links });
        }
        """;

    private static string Around(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        if (at < 0) return word;
        var from = Math.Max(0, at - 12);
        var to = Math.Min(text.Length, at + word.Length + 12);
        return Regex.Replace(text[from..to], @"\s+", " ").Trim();
    }

    /// <summary>A record's path without its ids, so one detail page of each kind is walked.</summary>
    private static string Shape(string href) => Ids().Replace(href.Split('?')[0], "{id}");

    private static string Slug(string path) => Regex.Replace(path, "[^A-Za-z0-9]+", "-").TrimEnd('-') is { Length: > 0 } s
        ? s.Length > 80 ? s[..80] : s
        : "-home";

    private static string Report(List<Finding> findings)
    {
        var sb = new StringBuilder();
        foreach (var page in findings.GroupBy(f => f.Path).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(page.Key);
            foreach (var kind in page.GroupBy(f => (f.Kind, f.Detail)))
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  [{kind.Key.Kind}] {kind.Key.Detail} — {string.Join("、", kind.Select(f => f.Who).Distinct())}");
            }
        }

        return sb.ToString();
    }

    private sealed record Finding(string Path, string Who, string Kind, string Detail);

    private sealed record PageFacts(string Text, string[] HiddenActions, string[] RowLinks, string[] Links);

    /// <summary>A 统一社会信用代码 (its letters are part of the code, not English).</summary>
    [GeneratedRegex(@"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{9}[0-9A-HJ-NPQRTUWXY*](?![0-9A-Z])")]
    private static partial Regex Uscc();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z]{1,4}\d[0-9A-Za-z-]*")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"https?://\S+|[\w.-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Url();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex English();

    [GeneratedRegex(@"[a-z]+\.[a-z]+\.[a-z]+")]
    private static partial Regex RawCode();

    [GeneratedRegex(@"(?<=/)([0-9]+|[0-9A-Z]{18}|[0-9a-f-]{36}|[A-Za-z]*\d[\w-]*)(?=/|$)")]
    private static partial Regex Ids();
}
