using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Complaints.Features;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Indicators;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Complaints.ComplaintTestKit;

namespace Zhijian.Tests.Complaints;

/// <summary>The 投诉举报 measures of the supervision centre, hand-counted on a small fixture made through the API.</summary>
public sealed class ComplaintMeasuresTests
{
    private static readonly string[] Codes =
    [
        "complaints.received", "complaints.consumer_closed", "complaints.consumer_closed_on_time", "complaints.closed", "complaints.closed_on_time",
        "complaints.response_due", "complaints.responded_24h", "complaints.overdue_open",
    ];

    internal static async Task<Dictionary<string, decimal>> MeasureAsync(ZhijianApp app, string root, DateOnly from, DateOnly to, params string[] codes)
    {
        var values = await app.AsSystemAsync(async sp =>
        {
            var all = new List<MeasureValue>();
            foreach (var source in sp.GetServices<IMeasureSource>())
                all.AddRange(await source.ComputeAsync(new MeasureQuery(root, from, to, codes), CancellationToken.None));
            return all;
        });
        Assert.All(values, v => Assert.Contains(v.Code, codes));
        Assert.All(values, v => Assert.NotEqual(0m, v.Value));
        Assert.Equal(values.Count, values.Select(v => (v.Code, v.County)).Distinct().Count());
        return values.ToDictionary(v => $"{v.Code}@{v.County}", v => v.Value);
    }

    private static void WithoutSweeper(IServiceCollection s)
    {
        foreach (var d in s.Where(d => d.ImplementationType == typeof(Sweeper)).ToList()) s.Remove(d);
    }

    private static async Task<long> FileAsync(StaffClient clerk, string uscc, string kind = "complaint")
    {
        var body = Complaint(uscc);
        body["kind"] = kind;
        return FirstId(await OkAsync(await clerk.PostJsonAsync("/api/v1/complaints", body), HttpStatusCode.Created));
    }

    private static async Task RefuseAsync(StaffClient clerk, long id) =>
        await OkAsync(await clerk.PostJsonAsync($"/api/v1/complaints/{id}/refuse", new { ground = 1, reason = "不属于本局职责范围" }));

    [Fact]
    public async Task Closures_on_time_and_the_24_hour_response_are_counted_per_county_by_the_statutory_dates()
    {
        // Mon 23 Nov 2026 09:30: everything is received today; 7 WD to accept → Wed 2 Dec.
        await using var app = await ZhijianApp.StartAsync(outbox: false, services: WithoutSweeper);
        var lixia = await RegisterAsync(app, "济南历下统计电器有限公司");
        var shizhongBody = Entities.SampleEntities.Company("济南市中统计电器有限公司", county: "370103");
        var shizhongRegistrar = await app.LoginAsAsync(Roles.Registrar, "370103");
        Assert.Equal(HttpStatusCode.Created, (await shizhongRegistrar.PostJsonAsync("/api/v1/entities", shizhongBody)).StatusCode);
        var shizhong = (string)shizhongBody["uscc"]!;
        var clerk = await app.LoginAsync("complaint");
        var other = await app.LoginAsAsync(Roles.ComplaintHandler, "370103");

        var answeredAtOnce = await FileAsync(clerk, lixia);   // refused 30 min later: 24 h met, closed 23 Nov on time
        var answeredLate = await FileAsync(clerk, lixia);     // first touched Wed 25 Nov: 24 h missed, closed on time
        var closedLate = await FileAsync(clerk, lixia);       // refused Thu 3 Dec: a day after its 2 Dec limit
        var leftOpen = await FileAsync(clerk, lixia);         // never touched: overdue from Thu 3 Dec
        await FileAsync(clerk, lixia, "report");              // a report: received, 15 WD to verify (Mon 14 Dec)
        var inquiry = await FileAsync(clerk, lixia, "inquiry"); // 咨询: never a 投诉举报 figure
        var elsewhere = await FileAsync(other, shizhong);     // 市中区 (370103): refused at once

        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await RefuseAsync(clerk, answeredAtOnce);
        await RefuseAsync(other, elsewhere);
        await OkAsync(await clerk.PostJsonAsync($"/api/v1/complaints/{inquiry}/answer", new { text = "已电话答复" }));

        app.Clock.Advance(TimeSpan.FromDays(2)); // Wed 25 Nov 10:00
        clerk = await app.LoginAsync("complaint");
        await RefuseAsync(clerk, answeredLate);

        app.Clock.Advance(TimeSpan.FromDays(8)); // Thu 3 Dec 10:00
        clerk = await app.LoginAsync("complaint");
        await RefuseAsync(clerk, closedLate);

        var nov23 = new DateOnly(2026, 11, 23);
        var dec2 = new DateOnly(2026, 12, 2);
        var dec3 = new DateOnly(2026, 12, 3);

        // Up to Wed 2 Dec: two 历下 closures, both within their 7 WD; 3 Dec's closure is the next day and not counted.
        var toDec2 = await MeasureAsync(app, "370102", nov23, dec2, Codes);
        Assert.Equal(5m, toDec2["complaints.received@370102"]); // 4 complaints + 1 report; the inquiry is not counted
        Assert.Equal(2m, toDec2["complaints.closed@370102"]);
        Assert.Equal(2m, toDec2["complaints.closed_on_time@370102"]);
        Assert.Equal(2m, toDec2["complaints.consumer_closed@370102"]);
        Assert.Equal(2m, toDec2["complaints.consumer_closed_on_time@370102"]);
        Assert.Equal(5m, toDec2["complaints.response_due@370102"]);
        Assert.Equal(1m, toDec2["complaints.responded_24h@370102"]);
        Assert.False(toDec2.ContainsKey("complaints.overdue_open@370102")); // due on 2 Dec: not overdue on 2 Dec
        Assert.DoesNotContain(toDec2.Keys, k => k.EndsWith("@370103", StringComparison.Ordinal));

        // To Thu 3 Dec: the late closure on the window's last day counts, and is not on time; the untouched one is overdue.
        var toDec3 = await MeasureAsync(app, "370102", nov23, dec3, Codes);
        Assert.Equal(3m, toDec3["complaints.closed@370102"]);
        Assert.Equal(2m, toDec3["complaints.closed_on_time@370102"]);
        Assert.Equal(3m, toDec3["complaints.consumer_closed@370102"]);
        Assert.Equal(2m, toDec3["complaints.consumer_closed_on_time@370102"]);
        Assert.Equal(1m, toDec3["complaints.overdue_open@370102"]);
        _ = leftOpen;

        // Only Mon 23 Nov: the 24 hours of the untouched filings have not run out by its end; the one answered at once has.
        var day = await MeasureAsync(app, "370102", nov23, nov23, Codes);
        Assert.Equal(5m, day["complaints.received@370102"]);
        Assert.Equal(1m, day["complaints.response_due@370102"]);
        Assert.Equal(1m, day["complaints.responded_24h@370102"]);
        Assert.Equal(1m, day["complaints.closed@370102"]);
        Assert.False(day.ContainsKey("complaints.overdue_open@370102"));

        // The city root sees both counties, each in its own row.
        var city = await MeasureAsync(app, "370100", nov23, dec3, Codes);
        Assert.Equal(5m, city["complaints.received@370102"]);
        Assert.Equal(1m, city["complaints.received@370103"]);
        Assert.Equal(1m, city["complaints.closed_on_time@370103"]);
        Assert.Equal(1m, city["complaints.responded_24h@370103"]);

        // Only the requested codes; no filings in the window, no rows.
        var only = await MeasureAsync(app, "370100", nov23, dec3, "complaints.received");
        Assert.Equal(["complaints.received@370102", "complaints.received@370103"], only.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(await MeasureAsync(app, "370100", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), Codes));
    }
}
