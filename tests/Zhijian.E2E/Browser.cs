using Microsoft.Playwright;

namespace Zhijian.E2E;

/// <summary>Debian's Chromium driven by Playwright for .NET (no browser download), one per test class.</summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Instance { get; private set; } = null!;

    /// <summary>Screenshots are taken unless <c>ZHIJIAN_NO_SCREENSHOTS=1</c> (tools/test.sh sets it unless run with <c>SCREENSHOTS=1</c>).</summary>
    private static readonly bool TakeScreenshots = Environment.GetEnvironmentVariable("ZHIJIAN_NO_SCREENSHOTS") != "1";

    /// <summary>
    /// Where the tests leave what they produce to look at (<c>ZHIJIAN_SCREENSHOTS</c>, else the test output's screenshots folder): the
    /// screenshots, and the downloaded PDFs and workbooks and the walk's findings, which are kept even when no screenshot is taken.
    /// </summary>
    public static string ScreenshotDir
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("ZHIJIAN_SCREENSHOTS") ?? Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--lang=zh-CN"],
        });
    }

    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        var context = await Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1366, Height = 860 },
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>Logs in through the real form and waits until the console's circuit is live.</summary>
    public async Task<IPage> LoginAsync(Uri baseAddress, string user, string password = Zhijian.Platform.Identity.DemoData.Password)
    {
        var page = await NewPageAsync(baseAddress);
        await SubmitLoginAsync(page, user, password);
        await page.WaitForSelectorAsync("[data-interactive=yes]");
        return page;
    }

    public static async Task SubmitLoginAsync(IPage page, string user, string password = Zhijian.Platform.Identity.DemoData.Password)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#userName", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("button[type=submit]");
    }

    /// <summary>Opens a console page and waits until it is interactive.</summary>
    public static async Task OpenAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("[data-interactive=yes]");
    }

    /// <summary>
    /// Sets the files of a Blazor file input (InputFile or MudFileUpload) once the component listens: its JS init runs after
    /// the first interactive render, so under load a file set just after the page turned interactive was lost (CI, 2026-12-07).
    /// </summary>
    public static async Task SetFilesAsync(ILocator input, string path) => await SetFilesAsync(input, i => i.SetInputFilesAsync(path));

    /// <inheritdoc cref="SetFilesAsync(ILocator, string)"/>
    public static async Task SetFilesAsync(ILocator input, FilePayload file) => await SetFilesAsync(input, i => i.SetInputFilesAsync(file));

    private static async Task SetFilesAsync(ILocator input, Func<ILocator, Task> set)
    {
        var element = await input.ElementHandleAsync();
        await input.Page.WaitForFunctionAsync(
            "e => { const i = e.matches('input') ? e : e.querySelector('input[type=file]'); return !!i && i._blazorInputFileNextFileId !== undefined; }",
            element);
        await set(input);
    }

    /// <summary>Types into a code picker (MudAutocomplete) and picks the option whose text is <paramref name="option"/>.</summary>
    public static async Task PickAsync(IPage page, string label, string typed, string option)
    {
        var input = page.GetByLabel(label);
        await input.FillAsync(typed);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = option }).First.ClickAsync();
        await Assertions.Expect(input).ToHaveValueAsync(option);
        // Under load the 150 ms debounced search can still fire after the pick and reopen the list over the next
        // control: give it the time to fire, then close whatever list is open.
        await page.WaitForTimeoutAsync(400);
        var open = page.Locator(".mud-popover-open .mud-list-item");
        for (var i = 0; i < 10 && await open.CountAsync() > 0; i++)
        {
            await input.PressAsync("Escape");
            await page.WaitForTimeoutAsync(200);
        }

        await Assertions.Expect(input).ToHaveValueAsync(option);
    }

    /// <summary>Opens a MudSelect by its label and picks <paramref name="option"/>; the list must close.</summary>
    public static async Task ChooseAsync(IPage page, string label, string option)
    {
        await page.GetByLabel(label).ClickAsync();
        var open = page.Locator(".mud-popover-open .mud-list-item");
        // Under a loaded CI machine the first click can land while the list is still animating in; click again then.
        for (var attempt = 1; ; attempt++)
        {
            await open.Filter(new() { HasText = option }).First.ClickAsync();
            try
            {
                await Assertions.Expect(open).ToHaveCountAsync(0, new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                if (await open.CountAsync() == 0) return;
            }
        }
    }

    /// <summary>
    /// A full-page screenshot under the screenshot folder, to look at. Capturing a whole page costs about 0.35 s of a busy machine
    /// whatever the format (the walk's 129 pages: PNG 49 s, JPEG 48 s), so CI, where nobody looks at its 300 pictures, takes none.
    /// </summary>
    public static async Task ShotAsync(IPage page, string name)
    {
        if (!TakeScreenshots) return;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        await Instance.DisposeAsync();
        _playwright?.Dispose();
    }
}
