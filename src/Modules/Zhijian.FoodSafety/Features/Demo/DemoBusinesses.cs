using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Entities.Contracts;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain;
using Zhijian.FoodSafety.Domain.Licences;
using Zhijian.FoodSafety.Features.Grading;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;

namespace Zhijian.FoodSafety.Features.Demo;

/// <summary>
/// Demo 食品生产经营者: about 15 % of the registry's active entities (≈3,000 of 20,000), chosen with a fixed seed, with a
/// realistic 业态 mix (销售 45 %, 餐饮 40 %, 单位食堂 8 % — half of them schools and nurseries —, 生产 5 %, the rest 备案 and
/// 小作坊/摊贩 登记), licences whose number carries the entity's county, issued over the last five years (so some are in
/// their renewal window and a few past it), a few cancelled; then one grading run. Bulk-added without per-row audit; does
/// nothing when the registry is empty or the table already has businesses.
/// </summary>
internal static class DemoBusinesses
{
    private static readonly string[] Streets = ["泉城路", "经十路", "解放路", "历山路", "二环东路", "工业南路", "花园路", "和平路", "英雄山路", "旅游路"];

    private static readonly string[] SalesItems = ["预包装食品销售（含冷藏冷冻食品）", "散装食品销售（含散装熟食）", "散装食品销售（不含散装熟食）", "保健食品销售", "特殊医学用途配方食品销售", "婴幼儿配方乳粉销售"];
    private static readonly string[] CateringItems = ["热食类食品制售", "冷食类食品制售", "生食类食品制售", "自制饮品制售", "糕点类食品（含裱花蛋糕）制售"];
    private static readonly (string Code, string Name)[] Production =
        [("101", "粮食加工品"), ("103", "调味品"), ("104", "肉制品"), ("105", "乳制品"), ("106", "饮料"), ("111", "速冻食品"), ("124", "糕点"), ("127", "特殊膳食食品"), ("201", "食品添加剂")];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<FoodSafetyDbContext>();
        if (await db.Businesses.IgnoreQueryFilters().AnyAsync(ct)) return;
        var directory = sp.GetRequiredService<IEntityDirectory>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var rules = sp.GetRequiredService<IRuleBook>();
        var divisions = sp.GetRequiredService<Zhijian.Platform.Codes.DivisionTable>();
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var years = rules.GetInt("food.licence-validity", today);
        var random = new Random(20);

        var chosen = new List<EntitySummary>();
        await foreach (var e in directory.StreamAsync(ct))
        {
            if (e.Status == EntityStatus.Active && random.NextDouble() < 0.15) chosen.Add(e);
        }

        if (chosen.Count == 0) return;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var serial = 0;
        var pending = 0;
        foreach (var e in chosen)
        {
            serial++;
            var county = e.DivisionCode.Length >= 6 ? e.DivisionCode[..6] : "370102";
            var roll = random.NextDouble();
            var (type, kind) = roll switch
            {
                < 0.45 => (FoodBusinessType.Sales, FoodLicenceKind.Business),
                < 0.85 => (FoodBusinessType.Catering, FoodLicenceKind.Business),
                < 0.93 => (FoodBusinessType.Canteen, FoodLicenceKind.Business),
                < 0.98 => (FoodBusinessType.Production, FoodLicenceKind.Production),
                < 0.99 => (FoodBusinessType.PrepackagedSales, FoodLicenceKind.Filing),
                < 0.995 => (FoodBusinessType.Workshop, FoodLicenceKind.WorkshopRegistration),
                _ => (FoodBusinessType.Vendor, FoodLicenceKind.VendorRegistration),
            };
            var canteen = type != FoodBusinessType.Canteen ? CanteenKind.None : random.NextDouble() switch
            {
                < 0.3 => CanteenKind.School,
                < 0.5 => CanteenKind.Nursery,
                < 0.6 => CanteenKind.ElderlyCare,
                < 0.7 => CanteenKind.Hospital,
                < 0.9 => CanteenKind.Workplace,
                _ => CanteenKind.ConstructionSite,
            };
            var items = type switch
            {
                FoodBusinessType.Sales => Pick(random, SalesItems, 1, 3),
                FoodBusinessType.Catering => ["热食类食品制售", .. Pick(random, CateringItems[1..], 0, 2)],
                FoodBusinessType.Canteen => random.NextDouble() < 0.3 ? ["热食类食品制售", "冷食类食品制售"] : ["热食类食品制售"],
                FoodBusinessType.PrepackagedSales => ["预包装食品（不含冷藏冷冻食品）销售"],
                FoodBusinessType.Workshop => ["糕点、面制品加工"],
                FoodBusinessType.Vendor => ["热食类食品制售（现场制售）"],
                _ => new List<string>(),
            };
            var s = serial.ToString(CultureInfo.InvariantCulture);
            string number;
            if (type == FoodBusinessType.Production)
            {
                var (code, name) = Production[random.Next(Production.Length)];
                items = [name];
                number = $"SC{code}{county}{serial % 10_000:D4}{serial % 10}";
            }
            else
            {
                number = kind switch
                {
                    FoodLicenceKind.Business => $"JY{(int)type - 1}{county}{serial % 1_000_000:D6}{serial % 10}",
                    FoodLicenceKind.Filing => $"YB1{county}{serial:D6}",
                    FoodLicenceKind.WorkshopRegistration => $"XZF{county}{serial:D5}",
                    _ => $"TF{county}{serial:D5}",
                };
            }

            var issued = today.AddDays(-random.Next(20, 5 * 365));
            DateOnly? until = kind switch
            {
                FoodLicenceKind.Filing => null,
                FoodLicenceKind.WorkshopRegistration => issued.AddYears(rules.GetInt("food.workshop-registration-validity", issued)).AddDays(-1),
                FoodLicenceKind.VendorRegistration => issued.AddYears(rules.GetInt("food.vendor-registration-validity", issued)).AddDays(-1),
                _ => issued.AddYears(years).AddDays(-1),
            };
            var cancelled = random.NextDouble() < 0.02;
            var premises = $"{divisions.FullName(county)}{Streets[random.Next(Streets.Length)]}{random.Next(1, 300)}号";
            var business = new FoodBusiness
            {
                Uscc = e.Uscc,
                Name = e.Name,
                Type = type,
                Canteen = canteen,
                Premises = premises,
                DivisionCode = county,
                Active = !cancelled,
                Scale = random.NextDouble() switch { < 0.75 => FoodBusinessScale.Small, < 0.95 => FoodBusinessScale.Medium, _ => FoodBusinessScale.Large },
                CreatedAt = now,
                UpdatedAt = now,
            };
            var licence = new FoodLicence
            {
                Business = business,
                Kind = kind,
                Number = number,
                Uscc = e.Uscc,
                BusinessType = type,
                Items = items,
                Premises = premises,
                Authority = "济南市市场监督管理局",
                IssuedOn = issued,
                ValidUntil = until,
                DivisionCode = county,
                CreatedAt = now,
                UpdatedAt = now,
                Status = cancelled ? FoodLicenceStatus.Cancelled : FoodLicenceStatus.Valid,
                EndedOn = cancelled ? today.AddDays(-random.Next(1, 200)) : null,
                EndReason = cancelled ? "经营者申请注销（停止经营）" : null,
                Version = cancelled ? 2 : 1,
            };
            db.Businesses.Add(business);
            db.Licences.Add(licence);
            db.LicenceVersions.Add(new FoodLicenceVersion
            {
                Licence = licence,
                Version = 1,
                Change = FoodLicenceChange.Imported,
                On = today,
                At = now,
                Actor = "系统（演示数据）",
                After = licence.Content() with { Status = FoodLicenceStatus.Valid },
            });
            if (cancelled)
                db.LicenceVersions.Add(new FoodLicenceVersion { Licence = licence, Version = 2, Change = FoodLicenceChange.Cancelled, On = licence.EndedOn!.Value, At = now, Actor = "系统（演示数据）", Reason = licence.EndReason, After = licence.Content() });
            if (++pending >= 2000)
            {
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                pending = 0;
            }
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await sp.GetRequiredService<GradingRecompute>().AllAsync(ct);
    }

    private static List<string> Pick(Random random, string[] from, int min, int max)
    {
        var n = random.Next(min, max + 1);
        return from.OrderBy(_ => random.Next()).Take(Math.Max(n, 1)).ToList();
    }
}
