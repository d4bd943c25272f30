using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Dashboard.Data;
using Zhijian.Dashboard.Domain;
using Zhijian.Dashboard.Features.Compute;
using Zhijian.Dashboard.Features.Plans;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;

namespace Zhijian.Dashboard.Features.Demo;

/// <summary>
/// Demo: the standard set and Jinan's own plan (济南市“十四五”市场监管规划) attached to 济南市 (370100) — the other seed
/// plans (Anhui, Ili, Rongcheng, Zibo) are loaded and can be attached on the 规划指标 page, but are not 济南's — approved
/// manual values for the manual indicators, one pending value for the approval queue, and a year of monthly snapshots.
/// Only when the demo registry exists (tests start with an empty one and attach what they need).
/// </summary>
internal static class DemoDashboard
{
    public const string City = "370100";

    public static readonly string[] Attached = [SeedPlans.Standard, SeedPlans.Jinan];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<DashboardDbContext>();
        if (await db.Attachments.IgnoreQueryFilters().AnyAsync(ct)) return;
        var catalog = sp.GetRequiredService<MeasureCatalog>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var today = clock.Today();
        var registry = await catalog.ComputeAsync("370102", today, today, ["entities.active"], ct);
        if (registry.Values.Sum() < 50) return; // no demo registry

        var plans = sp.GetRequiredService<PlanService>();
        await plans.EnsureBuiltinAsync(ct);
        var all = await db.Plans.Include(p => p.Indicators).AsNoTracking().ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var code in Attached)
        {
            db.Attachments.Add(new PlanAttachment { PlanId = all.Single(p => p.Code == code).Id, DivisionCode = City, AttachedBy = "admin", AttachedAt = now });
        }

        // Manual values: the year's figures entered by the responsible sections and approved by the chief.
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var lastMonth = IndicatorRules.Period(thisMonth.AddMonths(-1));
        var figures = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["万台特种设备死亡率"] = 0.03m,
            ["公平竞争环境社会满意率"] = 94.2m,
            ["每万人口高价值发明专利拥有量"] = 9.8m,
            // Jinan's own targets (济南市“十四五”市场监管规划)
            ["食用农产品监测合格率"] = 98.4m,
            ["特种设备定期检验率(应检尽检)"] = 99.2m,
            ["市场监管人员专业培训覆盖率"] = 96.5m,
            ["特种设备重特大安全责任事故"] = 0m,
            ["原发性食品安全事件"] = 0m,
            ["食品药品安全事故"] = 0m,
            ["投诉举报回应时限"] = 24m,
        };
        foreach (var plan in all.Where(p => p.Code is SeedPlans.Standard or SeedPlans.Jinan))
        {
            foreach (var i in plan.Indicators.Where(i => !i.Computed))
            {
                if (!figures.TryGetValue(i.Name, out var value)) continue;
                foreach (var period in new[] { IndicatorRules.Period(new DateOnly(today.Year, 6, 1)), lastMonth }.Distinct())
                {
                    var entered = now.AddDays(-20);
                    db.ManualValues.Add(new ManualValue
                    {
                        PlanIndicatorId = i.Id,
                        DivisionCode = City,
                        Period = period,
                        Value = period == lastMonth ? value : Math.Round(value * 0.98m, 2),
                        Note = "据本科室年度统计台账填报",
                        EnteredBy = "inspector",
                        EnteredByName = "张伟",
                        OrgUnitName = "济南市市场监督管理局",
                        EnteredAt = entered,
                        Status = ManualStatus.Approved,
                        DecidedBy = "leader",
                        DecidedByName = "孙立新",
                        DecidedAt = entered.AddDays(2),
                    });
                }
            }
        }

        var pending = all.Single(p => p.Code == SeedPlans.Jinan).Indicators.FirstOrDefault(i => i.Name == "市场监管人员专业培训覆盖率");
        if (pending is not null)
        {
            db.ManualValues.Add(new ManualValue
            {
                PlanIndicatorId = pending.Id,
                DivisionCode = "370102",
                Period = lastMonth,
                Value = 88.5m,
                Note = "历下区年度培训台账：参训 54/61 人",
                EnteredBy = "complaint",
                EnteredByName = "刘芳",
                OrgUnitName = "历下区市场监督管理局",
                EnteredAt = now.AddDays(-1),
                Status = ManualStatus.Pending,
            });
        }

        await db.SaveChangesAsync(ct);

        // A year of monthly snapshots, oldest first.
        var snapshots = sp.GetRequiredService<Snapshots>();
        foreach (var code in Attached)
        {
            var plan = (await plans.FindAsync(code, ct))!;
            for (var m = 12; m >= 0; m--)
            {
                await snapshots.RecordAsync(plan, City, thisMonth.AddMonths(-m), ct);
                db.ChangeTracker.Clear();
            }
        }
    }
}
