using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Monitoring;
using Zhijian.Prices.Domain.Warnings;
using Zhijian.Prices.Features.Warnings;

namespace Zhijian.Prices.Features.Demo;

/// <summary>
/// 价格监管 in 济南: 40 monitoring points (12 when the demo registry is small, <c>Zhijian:Demo:Entities</c> &lt; 1,500) reporting every
/// good they collect once a week for two years (104 weeks to this week), the goods' prices following their seasons with a little noise
/// per point, and one pork cycle: 猪粮比 falls from 7.2:1 through 三级 (below 6), 二级 (5–6 for weeks on end) and 一级 (below 5), climbs
/// back through the same bands to 9:1, so the lean pork retail price ends the second year up on the year; eggs jump in the second
/// year against a weekly rule revised from 15 % to 10 % (two versions). Then a year of 明码标价 inspections and the 涉企收费 register
/// with its checks and refunds (<see cref="DemoInspections"/>, <see cref="DemoFees"/>). Averages are built with the same arithmetic as intake; rows and
/// averages are written with <see cref="BulkInsert"/>; the warning rules then run once over the whole history. Fixed seed; nothing when points exist.
/// </summary>
internal static class DemoPrices
{
    public const int Weeks = 104;

    private static readonly string[] Counties = ["370102", "370103", "370104", "370105", "370112", "370113", "370114", "370116"];

    private static readonly (PointKind Kind, string Name)[] LargeNetwork =
    [
        (PointKind.FarmersMarket, "七里山农贸市场"), (PointKind.FarmersMarket, "八里桥蔬菜市场"), (PointKind.FarmersMarket, "山师东路农贸市场"),
        (PointKind.FarmersMarket, "段店农贸市场"), (PointKind.FarmersMarket, "堤口路农贸市场"), (PointKind.FarmersMarket, "王舍人农贸市场"),
        (PointKind.FarmersMarket, "党家农贸市场"), (PointKind.FarmersMarket, "济阳城区农贸市场"), (PointKind.FarmersMarket, "燕山农贸市场"),
        (PointKind.FarmersMarket, "经七路农贸市场"), (PointKind.FarmersMarket, "北园农贸市场"), (PointKind.FarmersMarket, "长清大学城农贸市场"),
        (PointKind.Supermarket, "银座超市（泉城路店）"), (PointKind.Supermarket, "大润发（历下店）"), (PointKind.Supermarket, "华润万家（槐荫店）"),
        (PointKind.Supermarket, "家家悦（天桥店）"), (PointKind.Supermarket, "银座超市（历城店）"), (PointKind.Supermarket, "统一银座（长清店）"),
        (PointKind.Supermarket, "沃尔玛（市中店）"), (PointKind.Supermarket, "永辉超市（高新店）"), (PointKind.Supermarket, "银座超市（济阳店）"),
        (PointKind.Supermarket, "大润发（章丘店）"), (PointKind.Supermarket, "家乐福（天桥店）"), (PointKind.Supermarket, "华联超市（市中店）"),
        (PointKind.WholesaleMarket, "匡山农产品综合交易市场"), (PointKind.WholesaleMarket, "堤口路粮油批发市场"), (PointKind.WholesaleMarket, "济南粮食批发市场"),
        (PointKind.WholesaleMarket, "七里河粮油批发市场"),
        (PointKind.Farm, "历城区生猪养殖场（唐王）"), (PointKind.Farm, "长清区生猪养殖场（孝里）"), (PointKind.Farm, "济阳区生猪养殖场（崔寨）"),
        (PointKind.Farm, "章丘区生猪养殖场（相公庄）"), (PointKind.Farm, "莱芜区生猪养殖场（口镇）"), (PointKind.Farm, "平阴县生猪养殖场（玫瑰镇）"),
        (PointKind.FuelStation, "中石化经十路加油站"), (PointKind.FuelStation, "中石油二环东路加油站"), (PointKind.FuelStation, "中石化北园大街加油站"),
        (PointKind.FuelStation, "中石油旅游路加油站"),
        (PointKind.Service, "济南港华燃气营业厅"), (PointKind.Service, "济南市市中区实验幼儿园"),
    ];

    private static readonly int[] Small = [0, 1, 2, 3, 12, 13, 14, 24, 28, 29, 34, 38];

    /// <summary>Base prices (元, in the catalogue's unit) and the seasonal swing (share of the base, peak in mid-winter).</summary>
    private static readonly Dictionary<string, (decimal Base, decimal Season)> Bases = new()
    {
        ["pork-belly"] = (0m, 0m),
        ["beef"] = (38m, 0.03m),
        ["mutton"] = (40m, 0.06m),
        ["chicken"] = (9.5m, 0.02m),
        ["egg"] = (5.2m, 0.06m),
        ["rice"] = (2.9m, 0m),
        ["flour"] = (2.4m, 0m),
        ["oil-peanut"] = (135m, 0.01m),
        ["oil-soy"] = (68m, 0.01m),
        ["cabbage"] = (1.2m, 0.35m),
        ["potato"] = (1.8m, 0.1m),
        ["tomato"] = (3.5m, 0.3m),
        ["cucumber"] = (3.0m, 0.3m),
        ["celery"] = (2.8m, 0.25m),
        ["pepper"] = (4.0m, 0.3m),
        ["radish"] = (1.3m, 0.2m),
        ["eggplant"] = (3.2m, 0.3m),
        ["apple"] = (5.5m, 0.08m),
        ["banana"] = (4.0m, 0.05m),
        ["hairtail"] = (22m, 0.05m),
        ["carp"] = (9m, 0.04m),
        ["milk"] = (3.5m, 0m),
        ["gasoline-92"] = (7.6m, 0m),
        ["diesel-0"] = (7.25m, 0m),
        ["gas-residential"] = (3.05m, 0m),
        ["kindergarten-fee"] = (600m, 0m),
        ["clinic-fee"] = (10m, 0m),
        [GoodsCatalogue.Corn] = (2.7m, 0.03m),
    };

    /// <summary>猪粮比 of week <paramref name="i"/> (0 = two years ago): the cycle.</summary>
    internal static decimal Ratio(int i) => i switch
    {
        < 20 => 7.2m - 0.04m * i,
        < 28 => 6.3m - 0.07m * (i - 20),
        < 34 => 5.75m - 0.09m * (i - 28),
        < 42 => 4.85m - 0.04m * Math.Min(i - 34, 41 - i),
        < 48 => 5.15m + 0.11m * (i - 42),
        < 56 => 6.1m + 0.11m * (i - 48),
        _ => Math.Min(9.0m, 7.0m + 0.045m * (i - 56)),
    };

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<PricesDbContext>();
        if (await db.Points.IgnoreQueryFilters().AnyAsync(ct)) return;
        var large = sp.GetRequiredService<IConfiguration>().GetValue("Zhijian:Demo:Entities", 20_000) >= 1500;
        var clock = sp.GetRequiredService<TimeProvider>();
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var rnd = new Random(3701);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var network = large ? LargeNetwork : [.. Small.Select(i => LargeNetwork[i])];
        var points = network.Select((p, i) => new MonitoringPoint
        {
            Code = $"JN-{i + 1:0000}",
            Name = p.Name,
            Kind = p.Kind,
            DivisionCode = Counties[i % Counties.Length],
            County = Counties[i % Counties.Length],
            Address = $"济南市{Zhijian.Platform.Codes.DivisionTable.Default.Find(Counties[i % Counties.Length])?.Name}{p.Name}",
            CreatedAt = now.AddDays(-7 * Weeks - 7),
        }).ToList();
        db.Points.AddRange(points);
        await db.SaveChangesAsync(ct);

        var goods = await db.Goods.AsNoTracking().Where(g => g.Active).ToListAsync(ct);
        var factor = points.ToDictionary(p => p.Id, _ => 0.95m + (decimal)rnd.NextDouble() * 0.1m);
        var sums = new Dictionary<(string, string, DateOnly), (long S, int C, long Min, long Max)>();
        var observations = new List<PriceObservation>();
        var thisWeek = Periods.WeekOf(today);
        for (var i = 0; i < Weeks; i++)
        {
            var monday = thisWeek.AddDays(-7 * (Weeks - 1 - i));
            var day = monday.AddDays(2) > today ? today : monday.AddDays(2);
            var corn = Price(GoodsCatalogue.Corn, i, day);
            var hog = decimal.Round(Ratio(i) * corn, 2);
            foreach (var p in points)
            {
                foreach (var g in goods.Where(g => Features.Monitoring.PriceIntake.KindsOf(g).Contains(p.Kind)))
                {
                    var basePrice = g.Code switch
                    {
                        GoodsCatalogue.Hog => hog,
                        GoodsCatalogue.LeanPork => 9m + 0.75m * hog,
                        "pork-belly" => 7m + 0.7m * hog,
                        GoodsCatalogue.Corn => corn,
                        _ => Price(g.Code, i, day),
                    };
                    var noise = g.Code is "gasoline-92" or "diesel-0" or "gas-residential" or "kindergarten-fee" or "clinic-fee" ? 1m
                        : factor[p.Id] * (0.99m + (decimal)rnd.NextDouble() * 0.02m);
                    var fen = (long)decimal.Round(basePrice * noise * 100m, 0);
                    observations.Add(new PriceObservation
                    {
                        PointId = p.Id,
                        GoodCode = g.Code,
                        On = day,
                        PriceFen = fen,
                        DivisionCode = p.DivisionCode,
                        County = p.County,
                        Source = "导入",
                        CreatedAt = now,
                        CreatedBy = "演示数据",
                    });
                    foreach (var level in Periods.Levels(p.DivisionCode))
                    {
                        var k = (g.Code, level, day);
                        sums[k] = sums.TryGetValue(k, out var v) ? (v.S + fen, v.C + 1, Math.Min(v.Min, fen), Math.Max(v.Max, fen)) : (fen, 1, fen, fen);
                    }
                }
            }
        }

        await db.BulkInsertAsync(observations, ct);
        await db.BulkInsertAsync(sums.Select(kv => new PriceAverage
        {
            GoodCode = kv.Key.Item1,
            DivisionCode = kv.Key.Item2,
            On = kv.Key.Item3,
            Week = Periods.WeekOf(kv.Key.Item3),
            SumFen = kv.Value.S,
            Count = kv.Value.C,
            MinFen = kv.Value.Min,
            MaxFen = kv.Value.Max,
        }).ToList(), ct);

        // Rules: eggs week-on-week (15 %, revised to 10 % half a year ago), vegetables and pork, fuel day-on-day.
        var start = thisWeek.AddDays(-7 * Weeks);
        var egg = Rule("egg", ChangeWindow.Week, ChangeDirection.Up, 15m, WarningLevel.Level3, start, "鸡蛋周环比上涨预警", now);
        var cabbage = Rule("cabbage", ChangeWindow.Week, ChangeDirection.Either, 25m, WarningLevel.Level3, start, "大白菜周环比涨跌预警", now);
        var tomato = Rule("tomato", ChangeWindow.YearOnYear, ChangeDirection.Up, 30m, WarningLevel.Level3, start, "西红柿同比上涨预警", now);
        var belly = Rule("pork-belly", ChangeWindow.Week, ChangeDirection.Up, 8m, WarningLevel.Level3, start, "五花肉周环比上涨预警", now);
        var fuel = Rule("gasoline-92", ChangeWindow.Day, ChangeDirection.Either, 5m, WarningLevel.Level2, start, "汽油日环比涨跌预警（调价窗口外）", now);
        db.ChangeRules.AddRange(egg, cabbage, tomato, belly, fuel);
        await db.SaveChangesAsync(ct);
        foreach (var r in new[] { egg, cabbage, tomato, belly, fuel }) r.GroupId = r.Id;
        var revisedOn = thisWeek.AddDays(-7 * 26);
        egg.EffectiveTo = revisedOn.AddDays(-1);
        var egg2 = Rule("egg", ChangeWindow.Week, ChangeDirection.Up, 10m, WarningLevel.Level3, revisedOn, "节前蛋价波动加大，阈值由 15% 调为 10%", now);
        egg2.GroupId = egg.GroupId;
        egg2.Version = 2;
        db.ChangeRules.Update(egg);
        db.ChangeRules.Add(egg2);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;

        // Two years of history: the warnings are written without notices (those would have gone out when each was raised).
        await sp.GetRequiredService<WarningEngine>().FullPassAsync(null, null, ct, notify: false);
        // Warnings of periods ended more than four weeks ago were dealt with at the time.
        var handledBefore = today.AddDays(-28);
        foreach (var w in await db.Warnings.IgnoreQueryFilters().Where(w => w.PeriodEnd < handledBefore).ToListAsync(ct))
        {
            w.Status = WarningStatus.Handled;
            w.HandledNote = w.Level == WarningLevel.Level3 ? "已加强价格监测，每日报送分析" : "已报请市政府启动保供稳价措施，开展专项检查";
            w.HandledAt = now;
            w.HandledBy = "演示数据";
        }

        await db.SaveChangesAsync(ct);
        await DemoInspections.SeedAsync(root, ct);
        await DemoFees.SeedAsync(root, ct);
    }

    private static ChangeRuleVersion Rule(string good, ChangeWindow window, ChangeDirection direction, decimal percent, WarningLevel level, DateOnly from, string note,
        DateTimeOffset now) =>
        new()
        {
            GoodCode = good,
            Version = 1,
            Window = window,
            Direction = direction,
            Percent = percent,
            Level = level,
            EffectiveFrom = from,
            Note = note,
            CreatedAt = now,
            CreatedBy = "演示数据",
        };

    /// <summary>A good's price in week <paramref name="i"/>: its base, its season (cosine over the year, peak in mid-January), a slow drift, and the egg jumps.</summary>
    private static decimal Price(string good, int i, DateOnly day)
    {
        var (b, season) = Bases.GetValueOrDefault(good, (5m, 0m));
        var angle = 2 * Math.PI * (day.DayOfYear - 15) / 365.0;
        var p = b * (1m + season * (decimal)Math.Cos(angle)) * (1m + 0.0004m * i);
        if (good == "egg" && i is >= 88 and < 92) p *= 1m + 0.12m * (i - 87);
        if (good == "egg" && i is >= 40 and < 42) p *= 1.12m;
        return decimal.Round(p, 2);
    }
}
