using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>
/// 双随机、一公开 on the demo data: an officer enters and confirms a result on a phone; the public reads the draw and
/// the results on the portal (screenshots 60–69 to look at).
/// </summary>
[RunsLong(29)]
public sealed partial class InspectionsPortalTests(Browser browser) : IClassFixture<Browser>
{
    /// <summary>Enough generated entities for the 双随机 demo (it needs 200 operating ones in 历下区).</summary>
    private const int DemoEntities = 3000;

    [Fact]
    public async Task An_inspector_on_a_phone_enters_a_result_with_a_photo_and_confirms_it()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true, demoEntities: DemoEntities);
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.ServerAddress!.ToString(),
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await Browser.SubmitLoginAsync(page, "inspector");
        await page.WaitForSelectorAsync("[data-interactive=yes]");

        await Browser.OpenAsync(page, "/inspections/mine");
        await page.WaitForSelectorAsync("[data-testid=my-target], [data-testid=my-empty]");
        var targets = page.Locator("[data-testid=my-target]");
        Assert.True(await targets.CountAsync() > 0,
            "张伟（inspector）在演示数据中没有待检查的对象：DemoInspections 应保证任务 2 至少分派给他一户");
        Assert.True(await NoHorizontalScrollAsync(page), "我的检查列表在 390 px 宽的屏幕上出现了横向滚动");
        await PhoneShotAsync(page, "60-my-inspections-phone");

        // A target still waiting for its inspection (else the first one: a result entered by someone else).
        var pending = targets.Filter(new LocatorFilterOptions { HasText = "待检查" });
        var card = await pending.CountAsync() > 0 ? pending.First : targets.First;
        var entity = (await card.Locator(".mud-typography-subtitle1").InnerTextAsync()).Trim();
        await card.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=result-form]");
        Assert.Contains(entity, await page.InnerTextAsync("[data-testid=target-card]"));

        await page.ClickAsync("[data-testid=category-Corrected]");
        await page.GetByLabel("检查情况").FillAsync("现场检查营业执照未悬挂于醒目位置，已当场责令改正，经营者已整改完毕；进货查验记录齐全。");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", await page.GetByLabel("检查日期").InputValueAsync()); // today by default
        await page.ClickAsync("[data-testid=save-result]");
        await page.WaitForSelectorAsync("[data-testid=attachments] >> text=拍照或选择文件");

        var photo = Png(96, 64);
        await Browser.SetFilesAsync(page.Locator("[data-testid=attachments] input[type=file]"), new FilePayload { Name = "现场照片-营业执照.png", MimeType = "image/png", Buffer = photo });
        var sha = Convert.ToHexStringLower(SHA256.HashData(photo));
        await page.WaitForSelectorAsync($"[data-testid=attachment-sha] >> text={sha}");
        Assert.Contains("现场照片-营业执照.png", await page.InnerTextAsync("[data-testid=attachment]"));
        Assert.True(await NoHorizontalScrollAsync(page), "结果录入页在 390 px 宽的屏幕上出现了横向滚动");
        Assert.True(await page.IsEnabledAsync("[data-testid=save-result]"));
        Assert.Contains("您已保存本结果", await page.InnerTextAsync("[data-testid=entered-by]"));
        await PhoneShotAsync(page, "61-result-entry-phone");

        await page.ClickAsync("[data-testid=confirm-result]");
        await page.WaitForSelectorAsync("[data-testid=confirm-status]");
        var status = await page.InnerTextAsync("[data-testid=confirm-status]");
        Assert.Contains("您已确认", status); // the other officers of the target still have to confirm
        Assert.Contains("已确认", await page.InnerTextAsync("[data-testid=officers] >> [data-testid=officer]:has-text('（我）')"));
        Assert.Contains("待确认", await page.InnerTextAsync("[data-testid=officers]"));
        await PhoneShotAsync(page, "62-result-confirmed-phone");

        // Back on the list the target is marked as confirmed by me.
        await page.ClickAsync("[data-testid=back]");
        await page.WaitForSelectorAsync($"[data-testid=my-target]:has-text('{entity}') >> text=我已确认");
    }

    [Fact]
    public async Task A_visitor_reads_the_plan_the_draw_the_officers_and_the_results_on_the_portal()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true, demoEntities: DemoEntities);
        var page = await browser.NewPageAsync(app.ServerAddress!);

        await page.GotoAsync("/gs/inspections");
        await page.WaitForSelectorAsync("[data-testid=gs-plan]");
        Assert.Contains("“双随机、一公开”抽查工作计划", await page.InnerTextAsync("[data-testid=gs-plan]"));
        Assert.Contains("部门联合抽查", await page.InnerTextAsync("[data-testid=gs-tasks]"));
        Assert.Contains("SD-LX-003", await page.InnerTextAsync("[data-testid=gs-items]"));
        await Browser.ShotAsync(page, "63-portal-inspections");

        await page.ClickAsync("[data-testid=gs-tasks] >> text=年度企业公示信息及登记事项抽查");
        await page.WaitForSelectorAsync("[data-testid=gs-task]");
        var commitment = (await page.InnerTextAsync("[data-testid=gs-draw-1] [data-testid=gs-commitment]")).Trim();
        var secret = (await page.InnerTextAsync("[data-testid=gs-draw-1] [data-testid=gs-secret]")).Trim();
        Assert.Matches(Hex64(), commitment);
        Assert.Matches(Hex64(), secret);
        Assert.Equal(commitment, Convert.ToHexStringLower(SHA256.HashData(Convert.FromHexString(secret))));
        var strata = await page.InnerTextAsync("[data-testid=gs-strata-1]");
        Assert.Contains("D 类（信用风险高）", strata);
        Assert.Contains("65%", strata);
        Assert.True(await page.Locator("[data-testid=gs-selected-1] li").CountAsync() > 0);
        Assert.Contains("王平", await page.InnerTextAsync("[data-testid=gs-draw-1]"));
        Assert.Contains("SHA-256", await page.InnerTextAsync("[data-testid=gs-howto]"));
        Assert.True(await page.Locator("[data-testid=gs-officer-row]").CountAsync() > 0);
        var results = page.Locator("[data-testid=gs-result-row]");
        Assert.Equal(await page.Locator("[data-testid=gs-selected-1] li").CountAsync(), await results.CountAsync());
        Assert.True(await results.CountAsync() > 0, "任务 1 应有已公示的检查结果");
        Assert.Contains("未发现问题", await page.InnerTextAsync("[data-testid=gs-results]"));
        await page.Locator("[data-testid=gs-officer-row] details").First.EvaluateAsync("d => d.open = true");
        await Browser.ShotAsync(page, "64-portal-task-draw");

        // The same task on a phone: nothing runs off the right edge.
        var phone = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.ServerAddress!.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
        });
        var small = await phone.NewPageAsync();
        await small.GotoAsync(page.Url);
        await small.WaitForSelectorAsync("[data-testid=gs-task]");
        Assert.True(await NoHorizontalScrollAsync(small), "任务公示页在 390 px 宽的屏幕上出现了横向滚动");
        await Browser.ShotAsync(small, "65-portal-task-phone");
        await small.GotoAsync("/gs/inspections");
        await small.WaitForSelectorAsync("[data-testid=gs-items]");
        Assert.True(await NoHorizontalScrollAsync(small), "双随机公示首页在 390 px 宽的屏幕上出现了横向滚动");
        await Browser.ShotAsync(small, "68-portal-inspections-phone");

        await page.ClickAsync("[data-testid=gs-howto] >> text=双随机抽查摇号的验证方法");
        await page.WaitForSelectorAsync("[data-testid=gs-verification] >> text=zhijian-draw-v1");
        await Browser.ShotAsync(page, "66-portal-verification");

        await page.GotoAsync("/gs/inspections");
        await page.ClickAsync("[data-testid=gs-tasks] >> text=部门联合抽查（市场监管、税务）");
        await page.WaitForSelectorAsync("[data-testid=gs-task] >> text=国家税务总局济南市历下区税务局");
        Assert.Contains("暂无已公示的检查结果", await page.InnerTextAsync("[data-testid=gs-results]"));
        await Browser.ShotAsync(page, "67-portal-joint-task");
    }

    /// <summary>A full-page shot of the phone screen: notifications closed and scrolled to the top, so the fixed app bar sits there.</summary>
    private static async Task PhoneShotAsync(IPage page, string name)
    {
        foreach (var close in await page.Locator(".mud-snackbar button").AllAsync()) await close.ClickAsync();
        await page.WaitForSelectorAsync(".mud-snackbar", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Browser.ShotAsync(page, name);
    }

    /// <summary>Nothing wider than the 390 px phone (a phone browser would zoom the whole page out to fit it).</summary>
    private static async Task<bool> NoHorizontalScrollAsync(IPage page) =>
        await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 391 && window.innerWidth <= 391");

    /// <summary>A small RGB PNG (a gradient), written here: signature, IHDR, one zlib IDAT, IEND.</summary>
    private static byte[] Png(int width, int height)
    {
        var raw = new byte[height * (1 + width * 3)];
        for (int y = 0, o = 0; y < height; y++)
        {
            raw[o++] = 0; // filter: none
            for (var x = 0; x < width; x++)
            {
                raw[o++] = (byte)(40 + x * 2);
                raw[o++] = (byte)(80 + y * 2);
                raw[o++] = 160;
            }
        }

        using var z = new MemoryStream();
        using (var deflate = new ZLibStream(z, CompressionLevel.Optimal, leaveOpen: true)) deflate.Write(raw);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", z.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        s.Write(length);
        var body = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type, body);
        data.CopyTo(body, 4);
        s.Write(body);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(body));
        s.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }

        return ~crc;
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Hex64();
}
