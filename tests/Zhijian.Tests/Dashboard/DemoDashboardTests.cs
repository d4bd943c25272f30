using Microsoft.Extensions.DependencyInjection;
using Zhijian.Dashboard.Domain;
using Zhijian.Dashboard.Features.Compute;
using Zhijian.Dashboard.Features.Plans;
using Zhijian.Dashboard.Pages;
using Zhijian.Platform.Identity;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Dashboard;

/// <summary>What the demo bureau's dashboard and big screen show (issue 18, items 10 and 11).</summary>
public class DemoDashboardTests
{
    [Fact]
    public async Task Jinan_is_attached_its_own_plan_and_the_standard_set_and_the_other_seed_plans_stay_available()
    {
        await using var app = await ZhijianApp.StartAsync(demoEntities: 1_500);
        var attached = await app.AsSystemAsync(async sp =>
        {
            sp.GetRequiredService<ActorContext>().UseSystem();
            return (await sp.GetRequiredService<PlanService>().AttachedAsync("370100", default)).Select(a => a.Plan.Code).ToList();
        });
        Assert.Equal([SeedPlans.Standard, SeedPlans.Jinan], attached.Order(StringComparer.Ordinal).Reverse());
        Assert.DoesNotContain(SeedPlans.Anhui, attached);
        Assert.DoesNotContain(SeedPlans.Ili, attached);

        var leader = await app.LoginAsync("leader");
        var plans = (await leader.GetJsonAsync("/api/v1/indicators/plans")).EnumerateArray().Select(p => p.Str("code")).ToList();
        Assert.Contains(SeedPlans.Anhui, plans); // still there to attach
        Assert.Contains(SeedPlans.Ili, plans);
    }

    [Theory]
    [InlineData(63.3333, "户/千人", "63.3 户/千人")] // the city heatmap printed "63.3333" without a unit
    [InlineData(1.9234, "户/千人", "1.92 户/千人")]
    [InlineData(97.46, "%", "97.5%")]
    [InlineData(12345.6, "户", "12,346 户")]
    [InlineData(0.03, "人/万台", "0.03 人/万台")]
    public void A_chart_label_has_a_sensible_precision_and_its_unit(double value, string unit, string expected) =>
        Assert.Equal(expected, DashboardUi.ChartLabel((decimal)value, unit));

    [Fact]
    public void A_county_without_lower_divisions_gets_a_message_instead_of_an_empty_chart()
    {
        var indicator = new PlanIndicator { Name = "企业年报率", Unit = "%", Formula = "entities.reported / entities.due * 100" };
        var county = new IndicatorRow(indicator, 96m, IndicatorStatus.Met, "computed", new Dictionary<string, decimal>(), null, null, []);
        Assert.Contains("历下区没有下级行政区划", DashboardUi.NoBreakdown("历下区", county));

        var empty = county with { Children = [new ChildValue("370102", "历下区", null, IndicatorStatus.NoData)] };
        Assert.Contains("都没有数据", DashboardUi.NoBreakdown("济南市", empty));

        var drawn = county with { Children = [new ChildValue("370102", "历下区", 96m, IndicatorStatus.Met)] };
        Assert.Null(DashboardUi.NoBreakdown("济南市", drawn));
    }
}
