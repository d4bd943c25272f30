using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhijian.Credit.Data;
using Zhijian.Credit.Features.Listings;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Credit.CreditTestKit;

namespace Zhijian.Tests.Credit;

/// <summary>The scheduled listing job: fires hourly in the nightly window (cron), and two runs at once still list each entity once.</summary>
public sealed class ListingJobTests
{
    [Fact]
    public async Task The_nightly_job_lists_non_filers_once_the_window_has_closed()
    {
        await using var app = await ZhijianApp.StartAsync(now: new DateTimeOffset(2026, 7, 1, 0, 30, 0, TimeSpan.FromHours(8)));
        var registrar = await app.LoginAsync("registrar");
        var uscc = await RegisterAsync(registrar, "济南泉城定时列入商贸有限公司");

        app.Clock.Advance(TimeSpan.FromHours(1)); // 01:30: the hourly firing in the nightly window
        var admin = await app.LoginAsync("admin");
        var run = await admin.PostJsonAsync($"/api/v1/admin/jobs/{CreditListingJob.Key}/trigger", new { }); // as the scheduler would fire it
        Assert.Equal(System.Net.HttpStatusCode.OK, run.StatusCode);
        Assert.Equal("成功", JsonDocument.Parse(await run.Content.ReadAsStringAsync()).RootElement.GetProperty("run").Str("result"));

        var listing = Assert.Single(await ListingsOfAsync(registrar, uscc));
        Assert.Equal(("Listed", "2026-07-01", "system"), (listing.Str("status"), listing.Str("listedOn"), listing.Str("proposedBy")));
    }

    [Fact]
    public async Task Two_runs_at_once_list_each_entity_once()
    {
        await using var app = await ZhijianApp.StartAsync(now: At(2026, 7, 2), services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var codes = new List<string>();
        for (var i = 0; i < 6; i++) codes.Add(await RegisterAsync(registrar, $"济南泉城并发列入第{i + 1}商贸有限公司"));

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => app.AsSystemAsync(sp => sp.GetRequiredService<ListingJobs>().RunAbnormalAsync(2025, CancellationToken.None))));

        Assert.All(runs, r => Assert.True(r.IsSuccess, r.ErrorText));
        Assert.Equal(6, runs.Sum(r => r.Value!.Listed));
        var (listings, feed) = await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<CreditDbContext>();
            return (await db.Listings.CountAsync(l => codes.Contains(l.Uscc)), await db.Feed.CountAsync(f => codes.Contains(f.Uscc)));
        });
        Assert.Equal((6, 6), (listings, feed));
    }

    [Fact]
    public async Task The_console_pages_render_with_their_navigation()
    {
        await using var app = await ZhijianApp.StartAsync(services: NoJobs);
        var chief = await app.LoginAsync("chief");

        var listings = await chief.PageAsync("/credit/listings");
        var repairs = await chief.PageAsync("/credit/repairs");

        Assert.Contains("名录管理", listings);
        Assert.Contains("/credit/repairs", listings); // nav entry
        Assert.Contains("信用修复", repairs);
    }
}
