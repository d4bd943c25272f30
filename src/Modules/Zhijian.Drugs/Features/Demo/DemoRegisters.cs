using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Drugs.Domain.Registers;
using Zhijian.Drugs.Features.Registers;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Rules;

namespace Zhijian.Drugs.Features.Demo;

/// <summary>
/// Demo data of the Registers area: a year of 含麻 sales over the demo pharmacies (six per pharmacy, each by its own buyer), one
/// over-limit sale (5 盒), and ONE suspicious pattern (one buyer in 4 pharmacies within 5 days) raised by the module's own full pass;
/// ~200 adverse-reaction reports from 济南's hospitals and businesses over the year, a few late, with ONE signal (three hospitals
/// reporting the same injection within 12 days). Does nothing once sales exist.
/// </summary>
internal static class DemoRegisters
{
    private static readonly (string Name, string No, string Content)[] Ephedrine =
    [
        ("复方盐酸伪麻黄碱缓释胶囊", "国药准字H10980178", "单位剂量≤30mg"),
        ("氨酚伪麻美芬片", "国药准字H20013043", "单位剂量≤30mg"),
        ("氯雷伪麻缓释片", "国药准字H20040624", "单位剂量≤30mg"),
        ("酚麻美敏片", "国药准字H10940079", "单位剂量≤30mg"),
    ];

    private static readonly (string Name, string Code)[] Reporters =
    [
        ("山东大学齐鲁医院", "12370000495570364X"), ("山东第一医科大学附属省立医院", "123700004955703651"), ("济南市中心医院", "12370100495571281B"),
        ("济南市第四人民医院", "12370100495571345N"), ("济南市人民医院", "12370100495571409C"), ("济南市章丘区人民医院", "12370181495590129P"),
        ("济南市历城区人民医院", "12370112495580155E"), ("济南市妇幼保健院", "12370100495571500F"),
    ];

    private static readonly (AdverseKind Kind, string Name, string No, string Maker)[] Products =
    [
        (AdverseKind.Drug, "阿莫西林胶囊", "国药准字H37020312", "鲁南制药集团股份有限公司"),
        (AdverseKind.Drug, "头孢克肟分散片", "国药准字H20040582", "齐鲁制药有限公司"),
        (AdverseKind.Drug, "左氧氟沙星片", "国药准字H20065395", "山东新华制药股份有限公司"),
        (AdverseKind.Drug, "布洛芬缓释胶囊", "国药准字H10900089", "中美天津史克制药有限公司"),
        (AdverseKind.Drug, "复方丹参滴丸", "国药准字Z10950111", "天士力医药集团股份有限公司"),
        (AdverseKind.Drug, "注射用头孢曲松钠", "国药准字H20033345", "齐鲁制药有限公司"),
        (AdverseKind.Drug, "双黄连口服液", "国药准字Z10950040", "哈药集团三精制药有限公司"),
        (AdverseKind.Drug, "硝苯地平控释片", "国药准字J20180063", "拜耳医药保健有限公司"),
        (AdverseKind.Device, "一次性使用无菌注射器", "鲁械注准20162150012", "山东威高集团医用高分子制品股份有限公司"),
        (AdverseKind.Device, "一次性使用输液器", "鲁械注准20172140101", "山东威高集团医用高分子制品股份有限公司"),
        (AdverseKind.Device, "医用电子体温计", "鲁械注准20192070188", "济南某医疗器械有限公司"),
        (AdverseKind.Device, "血糖试纸", "国械注准20163400583", "三诺生物传感股份有限公司"),
        (AdverseKind.Cosmetic, "保湿面霜", "国妆网备进字J2023000123", "某某化妆品（上海）有限公司"),
        (AdverseKind.Cosmetic, "染发膏", "国妆特字G20200456", "广州某某日化有限公司"),
        (AdverseKind.Cosmetic, "防晒乳", "国妆特字G20211023", "某某生物科技有限公司"),
    ];

    private static readonly string[] Reactions = ["皮疹、瘙痒", "恶心、呕吐", "头晕、心悸", "腹泻", "局部红肿", "胸闷、呼吸困难", "过敏性皮炎", "发热、寒战"];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<DrugsDbContext>();
        if (await db.EphedrineSales.IgnoreQueryFilters().AnyAsync(ct) || await db.AdverseReports.IgnoreQueryFilters().AnyAsync(ct)) return;
        var pharmacies = await db.Businesses.IgnoreQueryFilters().AsNoTracking()
            .Where(b => b.Active && (b.Kind == DrugBusinessKind.RetailPharmacy || b.Kind == DrugBusinessKind.ChainStore)).OrderBy(b => b.Id).ToListAsync(ct);
        var personal = sp.GetRequiredService<PersonalData>();
        var rules = sp.GetRequiredService<IRuleBook>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var random = new Random(2424);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        if (pharmacies.Count >= 4)
        {
            var serial = 0;
            EphedrineSale Sale(DrugBusiness p, DateOnly on, int packs, string id, string? name)
            {
                serial++;
                var (product, no, content) = Ephedrine[serial % Ephedrine.Length];
                var limit = rules.GetInt(EphedrineRules.MaxKey, on);
                var at = new DateTimeOffset(on.ToDateTime(new TimeOnly(9 + serial % 11, serial * 7 % 60)), TimeSpan.FromHours(8));
                return new EphedrineSale
                {
                    BusinessId = p.Id,
                    BusinessName = p.Name,
                    Uscc = p.Uscc,
                    DivisionCode = p.DivisionCode,
                    SaleNo = string.Create(CultureInfo.InvariantCulture, $"XS{on:yyyyMMdd}{serial:D6}"),
                    SoldAt = at,
                    SoldOn = on,
                    ProductName = product,
                    ApprovalNo = no,
                    ContentClass = content,
                    Packs = packs,
                    Limit = limit,
                    OverLimit = packs > limit,
                    BuyerHash = personal.Fingerprint(EphedrineBook.BuyerPurpose, id),
                    BuyerIdProtected = personal.Protect(id)!,
                    BuyerIdMasked = Masks.IdNumber(id),
                    BuyerNameProtected = personal.Protect(name),
                    BuyerNameMasked = name is null ? null : Masks.Name(name),
                    CreatedAt = now,
                };
            }

            var sales = new List<EphedrineSale>();
            var count = pharmacies.Count * 6;
            for (var i = 0; i < count; i++)
            {
                var p = pharmacies[random.Next(pharmacies.Count)];
                sales.Add(Sale(p, today.AddDays(-random.Next(1, 365)), random.Next(10) < 7 ? 1 : 2, Buyer(p.DivisionCode, i, random), random.Next(3) == 0 ? null : Name(random)));
            }

            var over = pharmacies[pharmacies.Count / 2];
            sales.Add(Sale(over, today.AddDays(-40), 5, Buyer(over.DivisionCode, count + 1, random), "王建军"));
            var suspect = Buyer("370105", count + 2, random);
            for (var k = 0; k < 4; k++) sales.Add(Sale(pharmacies[k * pharmacies.Count / 4], today.AddDays(-20 + k + (k == 3 ? 1 : 0)), k == 2 ? 2 : 1, suspect, "刘某某"));
            db.EphedrineSales.AddRange(sales);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            await sp.GetRequiredService<EphedrineBook>().FullPassAsync(ct);
        }

        var reports = new List<AdverseReport>();
        for (var i = 0; i < 200; i++)
        {
            var (kind, name, no, maker) = Products[i % Products.Length];
            var (reporter, code) = Reporters[random.Next(Reporters.Length)];
            var eventOn = today.AddDays(-(365 * i / 200) - 3);
            var s = random.Next(20) == 0 ? Seriousness.Serious : Seriousness.General;
            var knownOn = eventOn.AddDays(random.Next(0, 3));
            var due = AdverseRules.DueOn(kind, s, knownOn, rules);
            var received = random.Next(12) == 0 ? due.AddDays(random.Next(1, 10)) : knownOn.AddDays(random.Next(0, Math.Max(1, due.DayNumber - knownOn.DayNumber)));
            if (received > today) received = today;
            reports.Add(Report(i, kind, name, no, maker, reporter, code, eventOn, knownOn, received, s, due, random, now));
        }

        var signal = new AdverseSignal
        {
            Number = string.Create(CultureInfo.InvariantCulture, $"XH{today.AddDays(-30).Year}000001"),
            Kind = AdverseKind.Drug,
            ProductKey = AdverseRules.ProductKey("国药准字H20059001", "注射用炎琥宁", "某某药业有限公司"),
            ProductName = "注射用炎琥宁",
            Manufacturer = "某某药业有限公司",
            DivisionCode = "370102",
            FromOn = today.AddDays(-35),
            ToOn = today.AddDays(-24),
            Reporters = 3,
            Reports = 3,
            CreatedAt = now,
        };
        db.AdverseSignals.Add(signal);
        for (var k = 0; k < 3; k++)
        {
            var (reporter, code) = Reporters[k];
            var eventOn = today.AddDays(-35 + (k * 11 / 2));
            var s = k == 1 ? Seriousness.Serious : Seriousness.General;
            var due = AdverseRules.DueOn(AdverseKind.Drug, s, eventOn, rules);
            var r = Report(300 + k, AdverseKind.Drug, "注射用炎琥宁", "国药准字H20059001", "某某药业有限公司", reporter, code, eventOn, eventOn, eventOn.AddDays(2), s, due, random, now);
            r.Batch = "20250815";
            r.Description = "静脉滴注过程中出现寒战、高热、胸闷，停药对症处理后缓解";
            r.Signal = signal;
            reports.Add(r);
        }

        db.AdverseReports.AddRange(reports);
        await db.SaveChangesAsync(ct);
    }

    private static AdverseReport Report(int i, AdverseKind kind, string name, string no, string maker, string reporter, string code, DateOnly eventOn, DateOnly knownOn,
        DateOnly received, Seriousness s, DateOnly due, Random random, DateTimeOffset now) => new()
        {
            ReportNo = string.Create(CultureInfo.InvariantCulture, $"{(kind == AdverseKind.Drug ? "ADR" : kind == AdverseKind.Device ? "MDR" : "CAR")}{received:yyyyMMdd}{i:D4}"),
            Kind = kind,
            ReporterName = reporter,
            ReporterCode = code,
            DivisionCode = code[2..8] is var d && d.StartsWith("3701", StringComparison.Ordinal) && d != "370100" && d != "370181" ? d : "370102",
            ProductName = name,
            ProductNo = no,
            Batch = string.Create(CultureInfo.InvariantCulture, $"2025{random.Next(1, 13):D2}{random.Next(1, 29):D2}"),
            Manufacturer = maker,
            ProductKey = AdverseRules.ProductKey(no, name, maker),
            PatientAge = random.Next(3, 86),
            PatientSex = random.Next(2) == 0 ? "男" : "女",
            EventOn = eventOn,
            KnownOn = knownOn,
            ReceivedOn = received,
            Seriousness = s,
            IsNew = random.Next(6) == 0,
            Description = Reactions[random.Next(Reactions.Length)] + "，停用后好转",
            DueOn = due,
            Late = AdverseRules.IsLate(received, due),
            CreatedAt = now,
        };

    /// <summary>A valid 18-digit resident ID of someone born 1960–2000 in <paramref name="division"/>.</summary>
    private static string Buyer(string division, int serial, Random random)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 365 * 40));
        var first17 = string.Create(CultureInfo.InvariantCulture, $"{division[..6]}{birth:yyyyMMdd}{serial % 1000:D3}");
        return first17 + ResidentId.ComputeCheckChar(first17);
    }

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "孙", "周", "吴"];

    private static readonly string[] Given = ["建华", "秀英", "立新", "丽娟", "志强", "海燕", "晓红", "振东", "桂兰", "敏"];

    private static string Name(Random random) => Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)];
}
