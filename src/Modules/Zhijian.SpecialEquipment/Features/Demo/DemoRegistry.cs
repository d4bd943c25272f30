using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.SpecialEquipment.Features.Registry;

namespace Zhijian.SpecialEquipment.Features.Demo;

/// <summary>
/// Demo 设备台账: 0.4 pieces per registry entity (≈8,000 at 20,000), on about 6 % of the active entities as 使用单位 (residential
/// compounds, malls, hospitals, schools, offices for elevators; factories for boilers, vessels, cranes, forklifts; gas suppliers for
/// cylinders), in the user's 济南 county (or a random one of the 12 when the user is elsewhere): 75 % elevators (mostly 3110, some
/// 3310 and 3120), the rest boilers, fixed vessels with safety grades 1–4, LPG / industrial cylinders, cranes (4310, 4860, 4110),
/// forklifts 5110, a few rides and one ropeway. Valid 18-character codes (maker codes of region 37/10, years 2000–2026); registered
/// within the 30 days mostly, some late, a few pending or overdue; ~5 % stopped, ~2 % scrapped; ~60 % of elevators insured.
/// MaintainerUscc is left null (the maintenance area's demo assigns contracts). Bulk-added, no per-row audit; fixed seed; nothing
/// when the registry is empty or the table has equipment.
/// </summary>
internal static class DemoRegistry
{
    private static readonly string[] Counties = ["370102", "370103", "370104", "370105", "370112", "370113", "370114", "370115", "370116", "370117", "370124", "370126"];
    private static readonly string[] Streets = ["泉城路", "经十路", "解放路", "历山路", "二环东路", "工业南路", "花园路", "和平路", "英雄山路", "旅游路", "北园大街", "舜耕路", "山大路", "文化西路"];
    private static readonly string[] Compounds = ["阳光花园", "泉景小区", "舜和苑", "鲁能康桥", "绿地新城", "万科城", "海尔绿城", "中海国际社区", "恒大名都", "龙湖春江郦城"];
    private static readonly string[] Malls = ["恒隆广场", "万达广场", "印象城", "世茂广场", "银座商城", "贵和购物中心"];
    private static readonly string[] Hospitals = ["省立医院", "齐鲁医院", "市中心医院", "千佛山医院", "市第四人民医院"];
    private static readonly string[] Makers = ["迅达（中国）电梯有限公司", "通力电梯有限公司", "日立电梯（中国）有限公司", "奥的斯电梯（中国）有限公司", "上海三菱电梯有限公司", "康力电梯股份有限公司"];
    private static readonly string[] Insurers = ["中国人民财产保险股份有限公司济南市分公司", "中国平安财产保险股份有限公司山东分公司", "中国太平洋财产保险股份有限公司济南分公司"];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<EquipmentDbContext>();
        if (await db.Equipment.IgnoreQueryFilters().AnyAsync(ct)) return;
        var directory = sp.GetRequiredService<IEntityDirectory>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var rules = sp.GetRequiredService<IRuleBook>();
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var random = new Random(22);
        var entities = 0;
        var users = new List<EntitySummary>();
        await foreach (var e in directory.StreamAsync(ct))
        {
            entities++;
            if (e.Status == EntityStatus.Active && random.NextDouble() < 0.06) users.Add(e);
        }

        if (users.Count == 0) return;
        var target = Math.Max(1, (int)Math.Round(entities * 0.4));
        var days = rules.GetPeriod("sequip.registration-days", today).Count;
        var digits = rules.GetInt("sequip.registration-no-serial-digits", today);
        var serials = new Dictionary<string, int>(StringComparer.Ordinal);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var batch = new List<Equipment>();
        for (var i = 0; i < target; i++)
        {
            var user = users[random.Next(users.Count)];
            var (variety, place) = Pick(random, i, target);
            var county = user.DivisionCode.Length >= 6 && Counties.Contains(user.DivisionCode[..6]) ? user.DivisionCode[..6] : Counties[random.Next(Counties.Length)];
            var year = 2000 + random.Next(27);
            var made = new DateOnly(year, 1 + random.Next(12), 1 + random.Next(28));
            if (made > today) made = today.AddDays(-random.Next(30, 120));
            var firstUse = made.AddDays(random.Next(30, 200));
            var roll = random.NextDouble();
            if (roll < 0.02 || firstUse > today) firstUse = today.AddDays(-random.Next(0, 45)); // recent: some pending, some overdue
            var code = string.Create(CultureInfo.InvariantCulture, $"{variety}{(random.Next(5) == 0 ? "10" : "37")}{random.Next(1, 300):D3}{made.Year:D4}{i + 1:D5}");
            var e = new Equipment
            {
                Code = code,
                Category = EquipmentCatalog.CategoryOf(variety)!.Value,
                Variety = variety,
                UserUscc = user.Uscc,
                UserName = user.Name,
                DivisionCode = county,
                Address = Address(random, place, county),
                Place = place,
                InternalNo = place == "住宅" ? $"{random.Next(1, 30)}号楼{random.Next(1, 4)}单元{random.Next(1, 3)}号梯" : $"{random.Next(1, 20)}号",
                MakerName = EquipmentCatalog.CategoryOf(variety) == EquipmentCategory.Elevator ? Makers[random.Next(Makers.Length)] : "山东某某特种设备制造有限公司",
                Model = $"M{random.Next(100, 999)}",
                FactoryNo = string.Create(CultureInfo.InvariantCulture, $"F{made.Year}{random.Next(10000, 99999)}"),
                MadeOn = made,
                InstallerName = "济南某某机电安装工程有限公司",
                Parameters = EquipmentRegistry.ParametersJson(variety, Parameters(random, variety)),
                FirstUseOn = firstUse,
                RegistrationDueOn = RegistryRules.RegistrationDue(firstUse, days),
                SupervisionMonth = new DateOnly(firstUse.Year, firstUse.Month, 1),
                SafetyGrade = EquipmentCatalog.IsUnder(variety, "2100") ? random.NextDouble() switch { < 0.55 => 1, < 0.85 => 2, < 0.97 => 3, _ => 4 } : null,
                Status = EquipmentStatus.Unregistered,
                CreatedAt = now,
                UpdatedAt = now,
            };
            if (EquipmentCatalog.IsUnder(variety, "2300"))
            {
                var medium = EquipmentQueries.Parse(e.Parameters).GetValueOrDefault("medium");
                e.GasKind = RegistryRules.GasKindOf(variety, medium);
            }

            var recent = firstUse > today.AddDays(-45);
            if (!(recent && random.NextDouble() < 0.6))
            {
                var late = random.NextDouble() < 0.03;
                var on = firstUse.AddDays(late ? random.Next(days + 1, days + 90) : random.Next(0, days));
                if (on > today) on = today;
                var prefix = RegistryRules.RegistrationPrefix(variety, county);
                var serial = serials[prefix] = serials.GetValueOrDefault(prefix) + 1;
                e.RegistrationNo = RegistryRules.RegistrationNo(prefix, serial, digits, on);
                e.RegisteredOn = on;
                e.RegisteredLate = on > e.RegistrationDueOn;
                e.Status = EquipmentStatus.InUse;
                var fate = random.NextDouble();
                if (fate < 0.05 && on < today.AddDays(-60))
                {
                    e.Status = EquipmentStatus.Stopped;
                    e.StoppedOn = today.AddDays(-random.Next(10, 500));
                    if (e.StoppedOn < on) e.StoppedOn = on;
                    e.StopReason = random.Next(2) == 0 ? "大修改造" : "场所停业";
                    e.StopLongTerm = random.Next(3) == 0;
                }
                else if (fate < 0.07 && made.Year < 2012)
                {
                    e.Status = EquipmentStatus.Scrapped;
                    e.ScrappedOn = today.AddDays(-random.Next(10, 700));
                    if (e.ScrappedOn < on) e.ScrappedOn = on;
                }
            }

            if (e.Category == EquipmentCategory.Elevator && random.NextDouble() < 0.6)
            {
                e.Insurer = Insurers[random.Next(Insurers.Length)];
                e.InsuredUntil = today.AddDays(random.Next(-30, 365));
            }

            batch.Add(e);
            if (batch.Count >= 4000) await FlushAsync(db, batch, now, ct);
        }

        await FlushAsync(db, batch, now, ct);
    }

    private static async Task FlushAsync(EquipmentDbContext db, List<Equipment> batch, DateTimeOffset now, CancellationToken ct)
    {
        if (batch.Count == 0) return;
        db.Equipment.AddRange(batch);
        await db.SaveChangesAsync(ct);
        db.EquipmentChanges.AddRange(batch.Select(e => new EquipmentChange
        {
            EquipmentId = e.Id,
            At = now,
            Kind = e.RegistrationNo is null ? "created" : "registered",
            Actor = "系统（演示数据）",
            Text = e.RegistrationNo is null ? "登记入台账（演示数据）" : $"使用登记，证号 {e.RegistrationNo}（演示数据，登记日期 {e.RegisteredOn:yyyy-MM-dd}）",
        }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        batch.Clear();
    }

    private static (string Variety, string Place) Pick(Random random, int i, int target)
    {
        if (i == target / 2 && target >= 500) return ("9110", "景区");
        var r = random.NextDouble();
        return r switch
        {
            < 0.60 => ("3110", random.NextDouble() switch { < 0.6 => "住宅", < 0.75 => "办公楼", < 0.85 => "医院", < 0.92 => "商场", _ => "学校" }),
            < 0.68 => ("3310", random.Next(3) == 0 ? "公共交通" : "商场"),
            < 0.75 => ("3120", random.Next(2) == 0 ? "商场" : "工厂"),
            < 0.78 => (random.Next(2) == 0 ? "1100" : "1200", "工厂"),
            < 0.86 => (random.NextDouble() switch { < 0.2 => "2130", < 0.6 => "2150", _ => "2170" }, "工厂"),
            < 0.90 => (random.Next(3) == 0 ? "2310" : "2320", "其他"),
            < 0.95 => (random.NextDouble() switch { < 0.4 => "4310", < 0.7 => "4860", _ => "4110" }, "工厂"),
            < 0.996 => ("5110", "工厂"),
            _ => (random.Next(2) == 0 ? "6100" : "6200", "游乐场所"),
        };
    }

    private static string Address(Random random, string place, string county)
    {
        var district = Zhijian.Platform.Codes.DivisionTable.Default.Find(county)?.Name ?? "";
        var street = Streets[random.Next(Streets.Length)];
        var n = random.Next(1, 300);
        return place switch
        {
            "住宅" => $"{district}{street}{n}号{Compounds[random.Next(Compounds.Length)]}{random.Next(1, 30)}号楼",
            "商场" => $"{district}{street}{n}号{Malls[random.Next(Malls.Length)]}",
            "医院" => $"{district}{street}{n}号{Hospitals[random.Next(Hospitals.Length)]}{random.Next(1, 6)}号楼",
            _ => $"{district}{street}{n}号",
        };
    }

    private static Dictionary<string, string> Parameters(Random random, string variety) => variety switch
    {
        "3110" => new() { ["ratedLoad"] = random.Next(2) == 0 ? "1000" : "1050", ["ratedSpeed"] = random.Next(3) == 0 ? "2.5" : "1.75", ["stops"] = random.Next(6, 34).ToString(CultureInfo.InvariantCulture) },
        "3120" => new() { ["ratedLoad"] = "2000", ["ratedSpeed"] = "0.5", ["stops"] = random.Next(2, 8).ToString(CultureInfo.InvariantCulture) },
        "3310" => new() { ["ratedSpeed"] = "0.5", ["riseHeight"] = "5.4", ["stepWidth"] = "1000" },
        "1100" or "1200" => new() { ["ratedCapacity"] = random.Next(1, 20).ToString(CultureInfo.InvariantCulture), ["ratedPressure"] = "1.25" },
        "2310" or "2320" => random.Next(3) switch
        {
            0 => new() { ["nominalPressure"] = "2.1", ["volume"] = "35.5", ["medium"] = "液化石油气" },
            1 => new() { ["nominalPressure"] = "15", ["volume"] = "40", ["medium"] = "氧气" },
            _ => new() { ["nominalPressure"] = "15", ["volume"] = "40", ["medium"] = "氮气" },
        },
        _ when variety.StartsWith('2') => new() { ["designPressure"] = "1.6", ["volume"] = random.Next(500, 20000).ToString(CultureInfo.InvariantCulture), ["medium"] = "压缩空气" },
        _ when variety.StartsWith('4') => new() { ["ratedLift"] = random.Next(2, 20).ToString(CultureInfo.InvariantCulture) },
        "5110" => new() { ["ratedLoad"] = "3000", ["power"] = random.Next(2) == 0 ? "内燃" : "蓄电池" },
        _ when variety.StartsWith('6') => new() { ["passengers"] = "24", ["speed"] = "5" },
        "9110" => new() { ["length"] = "1200", ["capacity"] = "600" },
        _ => [],
    };
}
