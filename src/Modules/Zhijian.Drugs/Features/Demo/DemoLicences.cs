using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;

namespace Zhijian.Drugs.Features.Demo;

/// <summary>
/// Demo businesses of 济南 over its 12 counties: ~600 pharmacies when the demo registry is large (<c>Zhijian:Demo:Entities</c>
/// ≥ 1,500; else ~40) — single pharmacies and the stores of a few chains with their headquarters —, a few wholesalers, ~60
/// device businesses (class III licensed, class II filed) and a few cosmetics businesses. The registry's active entities in
/// drug and device retail and wholesale (GB/T 4754 525x, 515x) are used first, linked by USCC; the rest get invented names.
/// Fixed seed; nothing when businesses exist.
/// </summary>
internal static class DemoLicences
{
    internal static readonly string[] Counties =
        ["370102", "370103", "370104", "370105", "370112", "370113", "370114", "370115", "370116", "370117", "370124", "370126"];

    internal static readonly string[] CountyNames = ["历下区", "市中区", "槐荫区", "天桥区", "历城区", "长清区", "章丘区", "济阳区", "莱芜区", "钢城区", "平阴县", "商河县"];

    private static readonly string[] Streets =
        ["经十路", "泉城路", "历山路", "解放路", "和平路", "文化东路", "山大路", "英雄山路", "经七路", "纬二路", "北园大街", "二环东路", "旅游路", "工业南路", "花园路", "明湖东路"];

    private static readonly (string Name, string Short)[] Chains =
        [("济南泉康大药房连锁有限公司", "泉康大药房"), ("山东鲁润堂医药连锁有限公司", "鲁润堂大药房"), ("济南立康药店连锁有限公司", "立康药店"), ("济南宏仁堂医药连锁有限公司", "宏仁堂药店")];

    private static readonly string[] PharmacyStems = ["仁和", "济世", "康泰", "百草", "益民", "德仁", "福康", "惠民", "同济", "安泰", "颐和", "正心", "广济", "寿康", "泉城"];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "孙", "周", "吴", "徐", "马", "朱", "胡", "郭"];

    private static readonly string[] Given = ["建华", "秀英", "立新", "丽娟", "志强", "海燕", "国庆", "晓红", "振东", "桂兰", "明", "静", "磊", "敏", "洋"];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<DrugsDbContext>();
        if (await db.Businesses.IgnoreQueryFilters().AnyAsync(ct)) return;
        var registrySize = sp.GetRequiredService<IConfiguration>().GetValue("Zhijian:Demo:Entities", 20_000);
        var large = registrySize >= 1_500;
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow();
        var random = new Random(24);

        var retail = new List<EntitySummary>();
        var wholesale = new List<EntitySummary>();
        await foreach (var e in sp.GetRequiredService<IEntityDirectory>().StreamAsync(ct))
        {
            if (e.Status != EntityStatus.Active || !e.DivisionCode.StartsWith("3701", StringComparison.Ordinal)) continue;
            var code = e.IndustryCode.TrimStart('F');
            if (code.StartsWith("525", StringComparison.Ordinal)) retail.Add(e);
            else if (code.StartsWith("515", StringComparison.Ordinal)) wholesale.Add(e);
        }

        var businesses = new List<DrugBusiness>();
        var serial = 0;
        DrugBusiness Make(DrugBusinessKind kind, EntitySummary? entity, string name, string? division = null)
        {
            serial++;
            var county = division ?? entity?.DivisionCode[..6] ?? Counties[serial % Counties.Length];
            var b = new DrugBusiness
            {
                Uscc = entity?.Uscc ?? Uscc.Build('9', '1', county, (88_000_000 + serial * 37).ToString(CultureInfo.InvariantCulture)),
                InRegistry = entity is not null,
                Name = entity?.Name ?? name,
                Kind = kind,
                DivisionCode = county,
                Address = $"济南市{CountyNames[Array.IndexOf(Counties, county) is var i and >= 0 ? i : 0]}{Streets[random.Next(Streets.Length)]}{random.Next(1, 400)}号",
                LegalRepresentative = entity?.LegalRep ?? Person(random),
                QualityManager = kind == DrugBusinessKind.Cosmetics ? null : Person(random),
                Phone = "0531-" + random.Next(5_000_0000, 9_000_0000).ToString(CultureInfo.InvariantCulture),
                CreatedAt = now,
                UpdatedAt = now,
                CreatedBy = Actor.System.Name,
            };
            businesses.Add(b);
            return b;
        }

        // Chains: headquarters first (saved to get ids), their stores below.
        var hqs = Chains.Select((c, i) => Make(DrugBusinessKind.ChainHeadquarters, null, c.Name, Counties[i])).ToList();
        var wholesalers = large ? 8 : 2;
        for (var i = 0; i < wholesalers; i++)
        {
            Make(DrugBusinessKind.Wholesale, i < wholesale.Count ? wholesale[i] : null, $"山东{PharmacyStems[i % PharmacyStems.Length]}医药有限公司");
        }

        db.Businesses.AddRange(businesses);
        await db.SaveChangesAsync(ct);
        businesses.Clear();

        var pharmacies = large ? 600 : 40;
        var usedRetail = 0;
        for (var i = 0; i < pharmacies; i++)
        {
            var county = Counties[i % Counties.Length];
            if (i % 3 == 0)
            {
                var chain = i / 3 % hqs.Count;
                var store = Make(DrugBusinessKind.ChainStore, null, $"{Chains[chain].Short}（{Streets[random.Next(Streets.Length)].Replace("路", "", StringComparison.Ordinal).Replace("大街", "", StringComparison.Ordinal)}{i}店）", county);
                store.ChainHeadquartersId = hqs[chain].Id;
                continue;
            }

            var entity = usedRetail < retail.Count ? retail[usedRetail++] : null;
            Make(DrugBusinessKind.RetailPharmacy, entity, $"济南{PharmacyStems[random.Next(PharmacyStems.Length)]}{(i % 2 == 0 ? "大药房" : "药店")}{CountyNames[i % Counties.Length][..2]}{i}号店", entity is null ? county : null);
        }

        var devices = large ? 60 : 12;
        for (var i = 0; i < devices; i++)
        {
            var kind = i % 3 == 0 ? DrugBusinessKind.DeviceClassIII : DrugBusinessKind.DeviceClassII;
            var entity = usedRetail < retail.Count && i % 2 == 1 ? retail[usedRetail++] : null;
            Make(kind, entity, $"济南{PharmacyStems[random.Next(PharmacyStems.Length)]}医疗器械有限公司{(i > 14 ? i.ToString(CultureInfo.InvariantCulture) : "")}", entity is null ? Counties[i % Counties.Length] : null);
        }

        string[] cosmetics = ["济南美妍化妆品有限公司", "济南泉城丽人日化商行", "山东雅黛化妆品连锁有限公司", "济南悦容美妆店", "济南花漾日用化妆品有限公司", "济南清颜化妆品商行"];
        foreach (var (name, i) in cosmetics.Select((n, i) => (n, i)))
            Make(DrugBusinessKind.Cosmetics, null, name, Counties[i * 2 % Counties.Length]).Categories = i % 2 == 0 ? "普通化妆品、特殊化妆品、儿童化妆品" : "普通化妆品、牙膏";

        db.Businesses.AddRange(businesses);
        await db.SaveChangesAsync(ct);
        await LicencesAsync(sp, db, random, ct);
    }

    /// <summary>
    /// A licence or filing for every business but the cosmetics ones, issued over the past five years: about 1 in 25 inside its renewal window
    /// (half of them applied), 1 in 40 past its window without applying, 1 in 50 expired; one or two pharmacists per pharmacy (1 in 10 pharmacies
    /// sells only 乙类非处方药 and needs none), a year of on-duty checks (about 1 in 12 finds the pharmacist absent) and the device businesses'
    /// self-inspection reports of the last year due (most on time, a few late, some missing).
    /// </summary>
    private static async Task LicencesAsync(IServiceProvider sp, DrugsDbContext db, Random random, CancellationToken ct)
    {
        var rules = sp.GetRequiredService<DrugLicenceRules>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var all = await db.Businesses.OrderBy(b => b.Id).ToListAsync(ct);
        var licences = new List<DrugLicence>();
        var serial = 0;
        foreach (var b in all.Where(b => b.Kind != DrugBusinessKind.Cosmetics))
        {
            serial++;
            var kind = b.Kind switch
            {
                DrugBusinessKind.DeviceClassIII => DrugLicenceKind.DeviceClassIII,
                DrugBusinessKind.DeviceClassII => DrugLicenceKind.DeviceClassIIFiling,
                _ => DrugLicenceKind.DrugOperation,
            };
            var years = kind == DrugLicenceKind.DeviceClassIIFiling ? 5 : rules.Years(kind, today);
            DateOnly issued;
            if (kind == DrugLicenceKind.DeviceClassIIFiling) issued = today.AddDays(-random.Next(400, 2500));
            else if (serial % 25 == 0) issued = today.AddDays(100 + random.Next(0, 30)).AddYears(-years); // inside or near its renewal window
            else if (serial % 40 == 1) issued = today.AddDays(25).AddYears(-years); // window passed, not applied
            else if (serial % 50 == 2) issued = today.AddDays(-20 - random.Next(0, 60)).AddYears(-years); // expired
            else issued = today.AddDays(-random.Next(30, 365 * years - 200));
            var scope = kind switch
            {
                DrugLicenceKind.DrugOperation when b.Kind == DrugBusinessKind.Wholesale => "处方药、甲类非处方药、乙类非处方药、中成药、化学药、生物制品",
                DrugLicenceKind.DrugOperation when serial % 10 == 7 => "乙类非处方药",
                DrugLicenceKind.DrugOperation => serial % 3 == 0 ? "处方药、甲类非处方药、乙类非处方药、中药饮片、中成药、化学药、含麻黄碱类复方制剂" : "处方药、甲类非处方药、乙类非处方药、中成药、化学药、含麻黄碱类复方制剂",
                DrugLicenceKind.DeviceClassIII => serial % 2 == 0 ? "第三类医疗器械、体外诊断试剂" : "第三类医疗器械、一次性使用无菌医疗器械、角膜接触镜及护理用液",
                _ => "第二类医疗器械",
            };
            var l = new DrugLicence
            {
                BusinessId = b.Id,
                Kind = kind,
                Number = kind switch
                {
                    DrugLicenceKind.DrugOperation => $"鲁AA531{serial:D4}",
                    DrugLicenceKind.DeviceClassIII => $"鲁济药监械经营许{issued.Year}{serial:D4}号",
                    _ => $"鲁济药监械经营备{issued.Year}{serial:D4}号",
                },
                BusinessName = b.Name,
                Uscc = b.Uscc,
                DivisionCode = b.DivisionCode,
                IssuedOn = issued,
                ValidTo = rules.ValidTo(kind, issued),
                Scope = scope,
                QualityManager = b.QualityManager,
                Authority = kind == DrugLicenceKind.DrugOperation && b.Kind is DrugBusinessKind.Wholesale or DrugBusinessKind.ChainHeadquarters ? "山东省药品监督管理局" : "济南市市场监督管理局",
                CreatedAt = now,
                UpdatedAt = now,
                CreatedBy = "山东省药品监管综合业务系统",
            };
            if (l.ValidTo is { } v && serial % 50 != 2 && rules.Window(kind, v) is { } w && w.From <= today && serial % 2 == 0)
                l.RenewalAppliedOn = w.To < today ? w.To.AddDays(-3) : w.From.AddDays(Math.Min(10, today.DayNumber - w.From.DayNumber));
            licences.Add(l);
        }

        db.Licences.AddRange(licences);
        var pharmacists = new List<Pharmacist>();
        var pharmacies = all.Where(b => DrugBusinessNames.IsPharmacy(b.Kind)).ToList();
        foreach (var (b, i) in pharmacies.Select((b, i) => (b, i)))
        {
            for (var n = 0; n < (i % 4 == 0 ? 2 : 1); n++)
            {
                pharmacists.Add(new Pharmacist
                {
                    BusinessId = b.Id,
                    Name = Person(random),
                    CertificateNo = $"CR3701{2018 + (i % 8)}{i * 2 + n:D5}",
                    PracticeScope = n == 1 || i % 7 == 3 ? "中药学" : "药学",
                    RegisteredOn = today.AddDays(-random.Next(200, 2500)),
                    DivisionCode = b.DivisionCode,
                    CreatedAt = now,
                    CreatedBy = "执业药师注册系统",
                });
            }
        }

        db.Pharmacists.AddRange(pharmacists);
        await db.SaveChangesAsync(ct);

        var scopes = licences.Where(l => l.Kind == DrugLicenceKind.DrugOperation).ToDictionary(l => l.BusinessId, l => l.Scope);
        var byBusiness = pharmacists.GroupBy(p => p.BusinessId).ToDictionary(g => g.Key, g => g.ToList());
        var checks = new List<PharmacistCheck>();
        foreach (var (b, i) in pharmacies.Select((b, i) => (b, i)))
        {
            for (var n = 0; n < 2 + i % 3; n++)
            {
                var onDuty = random.Next(12) != 0;
                var own = byBusiness.GetValueOrDefault(b.Id);
                checks.Add(new PharmacistCheck
                {
                    BusinessId = b.Id,
                    PharmacistId = onDuty ? own?[n % own.Count].Id : null,
                    On = today.AddDays(-random.Next(0, 360)),
                    OnDuty = onDuty && own is not null,
                    Required = ScopeItems.NeedsPharmacist(scopes.GetValueOrDefault(b.Id) ?? ""),
                    Source = n % 2 == 0 ? DutyCheckSource.Inspection : DutyCheckSource.SelfReport,
                    Note = onDuty ? null : "检查时执业药师不在岗，未挂“暂停销售处方药和甲类非处方药”告示牌",
                    DivisionCode = b.DivisionCode,
                    CreatedAt = now,
                    CreatedBy = n % 2 == 0 ? "王强" : "药店自报",
                });
            }
        }

        db.PharmacistChecks.AddRange(checks);
        var year = rules.LastDueYear(today);
        var due = rules.SelfReportDue(year);
        var reports = new List<SelfInspectionReport>();
        foreach (var (l, i) in licences.Where(l => l.Kind != DrugLicenceKind.DrugOperation && l.IssuedOn.Year <= year).Select((l, i) => (l, i)))
        {
            if (i % 10 == 9) continue; // missing
            var submitted = i % 12 == 5 ? due.AddDays(random.Next(3, 40)) : due.AddDays(-random.Next(0, 80));
            if (submitted > today) continue;
            reports.Add(new SelfInspectionReport
            {
                BusinessId = l.BusinessId,
                Year = year,
                SubmittedOn = submitted,
                DueOn = due,
                Late = submitted > due,
                Summary = i % 6 == 0 ? "发现冷链储存温度记录不完整 2 处，已整改并补充温度监测设备。" : "按《医疗器械经营质量管理规范》逐项自查，未发现问题。",
                ProblemsFound = i % 6 == 0,
                DivisionCode = l.DivisionCode,
                CreatedAt = now,
                CreatedBy = "企业报送",
            });
        }

        db.SelfReports.AddRange(reports);
        await db.SaveChangesAsync(ct);
    }

    private static string Person(Random random) => Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)];
}
