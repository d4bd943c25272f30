using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Credit.Features.Risk;
using Zhijian.Platform.Identity;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Complaints.ComplaintMeasuresTests;
using static Zhijian.Tests.Credit.CreditTestKit;

namespace Zhijian.Tests.Credit;

/// <summary>The 信用 measures of the supervision centre, hand-counted on a small fixture.</summary>
public sealed class CreditMeasuresTests
{
    private static readonly string[] Codes = ["credit.class_d_new", "credit.abnormal_listed"];

    private static async Task ListAsync(StaffClient registrar, string uscc, string decidedOn)
    {
        var response = await registrar.PostJsonAsync("/api/v1/credit/listings", new { uscc, ground = "Unreachable", facts = "实地核查，登记住所无该主体，电话无法接通", decidedOn });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }

    private static Task SeriousAsync(ZhijianApp app, string uscc, string division) => app.AsSystemAsync(async sp =>
    {
        var db = sp.GetRequiredService<CreditDbContext>();
        db.Listings.Add(new Listing
        {
            Key = $"3:11:2026-1:{uscc}",
            Uscc = uscc,
            EntityName = "测试主体",
            DivisionCode = division,
            List = CreditList.Serious,
            Ground = ListingGround.SeriousViolation,
            Status = ListingStatus.Listed,
            ListedOn = new DateOnly(2026, 11, 20),
            ProposedOn = new DateOnly(2026, 11, 10),
            ProposedBy = "registrar",
            Authority = "市场监督管理局",
            UpdatedAt = ZhijianApp.DefaultNow,
        });
        await db.SaveChangesAsync();
        Assert.NotNull(await sp.GetRequiredService<RiskRecompute>().OneAsync(uscc, CancellationToken.None));
    });

    [Fact]
    public async Task Abnormal_listings_count_by_decision_date_and_new_class_d_by_the_date_the_class_changed()
    {
        // Mon 23 Nov 2026.
        await using var app = await ZhijianApp.StartAsync(services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var listed20 = await RegisterAsync(registrar, "济南历下统计一商贸有限公司");
        var listed21 = await RegisterAsync(registrar, "济南历下统计二商贸有限公司");
        var shop = await RegisterAsync(registrar, "历下区统计水果店", individual: true);
        var shizhongRegistrar = await app.LoginAsAsync(Roles.Registrar, "370103");
        var body = SampleEntities.Company("济南市中统计三商贸有限公司", county: "370103");
        Assert.Equal(HttpStatusCode.Created, (await shizhongRegistrar.PostJsonAsync("/api/v1/entities", body)).StatusCode);
        var shizhong = (string)body["uscc"]!;

        await ListAsync(registrar, listed20, "2026-11-20");
        await ListAsync(registrar, listed21, "2026-11-21");
        await ListAsync(registrar, shop, "2026-11-20");          // 个体工商户: 标记经营异常状态, not the 名录
        await ListAsync(shizhongRegistrar, shizhong, "2026-11-20");

        var nov1 = new DateOnly(2026, 11, 1);
        var nov20 = new DateOnly(2026, 11, 20);
        var lixia = await MeasureAsync(app, "370102", nov1, nov20, Codes);
        Assert.Equal(new Dictionary<string, decimal> { ["credit.abnormal_listed@370102"] = 1m }, lixia); // listed on the 21st: the next day
        Assert.Equal(2m, (await MeasureAsync(app, "370102", nov1, nov20.AddDays(1), Codes))["credit.abnormal_listed@370102"]);
        var city = await MeasureAsync(app, "370100", nov1, nov20, Codes);
        Assert.Equal(1m, city["credit.abnormal_listed@370102"]);
        Assert.Equal(1m, city["credit.abnormal_listed@370103"]);

        // Serious listings put two entities in class D today; an abnormal listing alone gives C.
        await SeriousAsync(app, listed21, "370102");
        await SeriousAsync(app, shizhong, "370103");
        await app.AsSystemAsync(sp => sp.GetRequiredService<RiskRecompute>().OneAsync(listed20, CancellationToken.None));
        var today = new DateOnly(2026, 11, 23);
        var d = await MeasureAsync(app, "370100", today, today, "credit.class_d_new");
        Assert.Equal(new Dictionary<string, decimal> { ["credit.class_d_new@370102"] = 1m, ["credit.class_d_new@370103"] = 1m }, d);
        Assert.Equal(new Dictionary<string, decimal> { ["credit.class_d_new@370102"] = 1m }, await MeasureAsync(app, "370102", today, today, "credit.class_d_new"));
        Assert.Empty(await MeasureAsync(app, "370100", nov1, today.AddDays(-1), "credit.class_d_new"));

        Assert.Empty(await MeasureAsync(app, "370100", new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), Codes));
    }
}
