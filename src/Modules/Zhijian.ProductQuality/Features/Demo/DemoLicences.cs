using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.ProductQuality.Contracts;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.Licences;

namespace Zhijian.ProductQuality.Features.Demo;

/// <summary>
/// Demo 生产许可证与 CCC in 济南, on the registry's active manufacturers (industry section C, classes 13–43): ~60 licences over the
/// catalogue varieties fitting each industry (5 expiring within the renewal window — 2 of them with a renewal application —, 4 expired,
/// one of them still producing, one revoked), 8 applications at every stage (one overdue), ~40 post-licence checks this year (4 限期整改,
/// 2 不合格 → case clues), one 无证生产 finding, ~30 CCC certificates and ~40 market mark checks at retailers (5 failing → case clues).
/// Bulk-added with a fixed seed; nothing when the registry has no manufacturer or licences exist.
/// </summary>
internal static class DemoLicences
{
    private const string Authority = "山东省市场监督管理局";
    private static readonly string[] Officers = ["王强、李娜", "张伟、刘洋", "陈静、杨帆", "赵磊、孙悦", "周涛、吴敏"];
    private static readonly string[] Bodies = ["中国质量认证中心", "北京国建联信认证中心有限公司", "中汽认证中心有限公司", "中国建材检验认证集团股份有限公司"];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<QualityDbContext>();
        if (await db.Licences.IgnoreQueryFilters().AnyAsync(ct)) return;
        var directory = sp.GetRequiredService<IEntityDirectory>();
        var rules = sp.GetRequiredService<LicenceRules>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var random = new Random(23);
        var makers = new List<EntitySummary>();
        var sellers = new List<EntitySummary>();
        await foreach (var e in directory.StreamAsync(ct))
        {
            if (e.Status != EntityStatus.Active || e.Type == EntityType.IndividualBusiness && !IsRetail(e)) continue;
            if (IsManufacturer(e)) makers.Add(e);
            else if (IsRetail(e) && sellers.Count < 400) sellers.Add(e);
        }

        if (makers.Count == 0) return;
        var catalogue = LicenceCatalog.On(today).Varieties;
        var licences = new List<ProductLicence>();
        var serial = 100;
        var holders = makers.OrderBy(_ => random.Next()).Take(60).ToList();
        for (var i = 0; i < 60; i++)
        {
            var maker = holders[i % holders.Count];
            var variety = Fit(maker, catalogue, random);
            if (i < 9 && variety.From > LicenceCatalog.V2019From)
            {
                // Expiring and expired licences were issued years ago: a product of the 2019 catalogue.
                var old = catalogue.Where(v => v.From <= LicenceCatalog.V2019From).ToList();
                variety = old[random.Next(old.Count)];
            }

            var years = rules.ValidityYears(variety.FoodRelated, today);
            DateOnly issued = i switch
            {
                < 5 => today.AddYears(-years).AddMonths(1 + i).AddDays(-3),            // expiring within the renewal window
                < 9 => today.AddYears(-years).AddMonths(-(i - 3) * 2),                 // expired
                _ => today.AddDays(-random.Next(30, (years * 365) - 200)),
            };
            if (issued < variety.From) issued = variety.From.AddDays(random.Next(10, 200));
            var l = new ProductLicence
            {
                Number = string.Create(CultureInfo.InvariantCulture, $"鲁XK{variety.CategoryCode}-{variety.VarietyCode}-{serial++:D5}"),
                HolderUscc = maker.Uscc,
                HolderName = maker.Name,
                DivisionCode = maker.DivisionCode,
                Address = $"济南市{County(maker.DivisionCode)}{Streets[random.Next(Streets.Length)]}{random.Next(1, 300)}号",
                Varieties = variety.Key,
                ProductNames = variety.Name,
                FoodRelated = variety.FoodRelated,
                IssuedOn = issued,
                ValidTo = rules.ValidTo(variety.FoodRelated, issued),
                Status = i == 9 ? LicenceStatus.Revoked : LicenceStatus.Valid,
                StatusOn = i == 9 ? today.AddMonths(-2) : null,
                StatusReason = i == 9 ? "鲁市监产处罚〔2026〕17号：证后检查不合格且逾期未整改" : null,
                Authority = Authority,
                Source = i % 3 == 0 ? LicenceSource.Entered : LicenceSource.Pushed,
                ProducingAfterExpiry = i == 5,
                CreatedAt = now,
                UpdatedAt = now,
                CreatedBy = "山东省工业产品生产许可系统",
            };
            licences.Add(l);
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Licences.AddRange(licences);

        // Applications: two renewals of expiring licences, six new ones at every stage.
        var apps = new List<LicenceApplication>();
        for (var i = 0; i < 8; i++)
        {
            var renewal = i < 2;
            var l = renewal ? licences[i] : null;
            var maker = renewal ? holders.First(h => h.Uscc == l!.HolderUscc) : makers[(i * 7) % makers.Count];
            var variety = renewal ? LicenceCatalog.ByKey(l!.Varieties)! : Fit(maker, catalogue, random);
            var received = today.AddDays(-ReceivedDaysAgo[i]);
            var a = new LicenceApplication
            {
                Number = string.Create(CultureInfo.InvariantCulture, $"SDXK{today.Year}{i + 1:D4}"),
                Kind = renewal ? ApplicationKind.Renewal : ApplicationKind.New,
                ApplicantUscc = maker.Uscc,
                ApplicantName = maker.Name,
                DivisionCode = maker.DivisionCode,
                Varieties = variety.Key,
                ProductNames = variety.Name,
                LicenceNumber = l?.Number,
                ReceivedOn = received,
                OnSiteDue = rules.OnSiteDue(received),
                DecisionDue = rules.DecisionDue(received),
                CreatedAt = now,
                CreatedBy = "张伟",
            };
            if (i is 1 or 4 or 5 or 6 or 7)
            {
                a.OnSiteOn = received.AddDays(12);
                a.OnSitePassed = i != 7;
                a.SamplesDue = a.OnSitePassed == true ? rules.SamplesDue(a.OnSiteOn.Value) : null;
                if (i is 1 or 5 or 6) a.SamplesSentOn = a.OnSiteOn.Value.AddDays(3);
            }

            if (i is 6 or 7)
            {
                a.DecidedOn = received.AddDays(45);
                a.Decision = i == 6 ? ApplicationDecision.Granted : ApplicationDecision.Refused;
            }

            apps.Add(a);
        }

        db.LicenceApplications.AddRange(apps);
        await db.SaveChangesAsync(ct);

        // Post-licence checks this year on valid licences; failures and the expired one still producing send clues.
        var yearStart = new DateOnly(today.Year, 1, 1);
        var span = Math.Max(1, today.DayNumber - yearStart.DayNumber);
        var valid = licences.Where(l => l.Status == LicenceStatus.Valid && l.ValidTo >= today).OrderBy(_ => random.Next()).Take(39).ToList();
        var checks = new List<LicenceCheck>();
        for (var i = 0; i < valid.Count; i++)
        {
            var l = valid[i];
            var result = i < 2 ? CheckResult.Fail : i < 6 ? CheckResult.Rectify : CheckResult.Pass;
            var on = yearStart.AddDays(random.Next(0, span));
            checks.Add(new LicenceCheck
            {
                LicenceId = l.Id,
                LicenceNumber = l.Number,
                HolderUscc = l.HolderUscc,
                HolderName = l.HolderName,
                DivisionCode = l.DivisionCode,
                Variety = l.Varieties,
                On = on,
                Officers = Officers[i % Officers.Length],
                ProductionOk = result != CheckResult.Fail,
                TestingOk = result == CheckResult.Pass || i % 2 == 0,
                MarkOk = result == CheckResult.Pass || i % 2 == 1,
                Sampled = i % 3 == 0,
                Result = result,
                RectifyBy = result == CheckResult.Rectify ? on.AddDays(30) : null,
                Findings = result switch
                {
                    CheckResult.Fail => "出厂检验记录缺失，抽取样品经检验不合格，生产条件不再符合实施细则要求",
                    CheckResult.Rectify => i % 2 == 0 ? "部分产品未标注生产许可证标志和编号" : "检验设备未按期检定",
                    _ => null,
                },
                ClueSent = result == CheckResult.Fail,
                CreatedAt = now,
                CreatedBy = "王强",
            });
        }

        var expired = licences[5];
        checks.Add(new LicenceCheck
        {
            LicenceId = expired.Id,
            LicenceNumber = expired.Number,
            HolderUscc = expired.HolderUscc,
            HolderName = expired.HolderName,
            DivisionCode = expired.DivisionCode,
            Variety = expired.Varieties,
            On = today.AddDays(-20),
            Officers = Officers[0],
            ProductionOk = true,
            TestingOk = true,
            MarkOk = false,
            Sampled = true,
            Result = CheckResult.Fail,
            Findings = "生产许可证已过期，现场仍在生产并使用原证书编号",
            ClueSent = true,
            CreatedAt = now,
            CreatedBy = "王强",
        });
        var unlicensed = makers[makers.Count / 2];
        var product = catalogue.First(v => v.From == LicenceCatalog.V2024From && v.Name == "安全帽");
        checks.Add(new LicenceCheck
        {
            Unlicensed = true,
            HolderUscc = unlicensed.Uscc,
            HolderName = unlicensed.Name,
            DivisionCode = unlicensed.DivisionCode,
            Variety = product.Key,
            On = today.AddDays(-45),
            Officers = Officers[1],
            Result = CheckResult.Fail,
            Findings = "现场发现未取得生产许可证生产安全帽约 1200 顶",
            ClueSent = true,
            CreatedAt = now,
            CreatedBy = "张伟",
        });
        db.LicenceChecks.AddRange(checks);

        // CCC certificates of local makers and mark checks at retailers.
        var certs = new List<CccCertificate>();
        for (var i = 0; i < 30; i++)
        {
            var maker = makers[(i * 5 + 3) % makers.Count];
            var (cat, name, model) = CccProducts[i % CccProducts.Length];
            var issued = today.AddDays(-random.Next(60, 1700));
            certs.Add(new CccCertificate
            {
                Number = string.Create(CultureInfo.InvariantCulture, $"20{issued.Year % 100:D2}0{cat}0{random.Next(1000000, 9999999)}"),
                HolderUscc = maker.Uscc,
                HolderName = maker.Name,
                DivisionCode = maker.DivisionCode,
                Category = cat,
                Product = name,
                Model = $"{model}-{random.Next(10, 99)}",
                IssuedOn = issued,
                ValidTo = issued.AddYears(5),
                Status = i == 7 ? CccStatus.Suspended : i == 13 ? CccStatus.Withdrawn : CccStatus.Valid,
                Body = cat == "11" ? Bodies[2] : cat == "23" ? Bodies[3] : Bodies[i % 2],
                Source = LicenceSource.Pushed,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        db.CccCertificates.AddRange(certs);
        await db.SaveChangesAsync(ct);

        var marks = new List<CccMarkCheck>();
        if (sellers.Count > 0)
        {
            for (var i = 0; i < 40; i++)
            {
                var seller = sellers[(i * 11) % sellers.Count];
                var cert = certs[i % certs.Count];
                var local = i % 3 != 2;
                var result = i switch
                {
                    3 => MarkResult.NotCertified,
                    7 => MarkResult.CertificateInvalid,
                    13 => MarkResult.CertificateInvalid,
                    17 => MarkResult.MarkIrregular,
                    29 => MarkResult.NotCertified,
                    _ => MarkResult.Pass,
                };
                var number = result == MarkResult.NotCertified ? null : local ? cert.Number : $"2023010{random.Next(100000000, 999999999)}";
                if (result == MarkResult.Pass && local && cert.Status != CccStatus.Valid) number = certs[0].Number;
                marks.Add(new CccMarkCheck
                {
                    On = today.AddDays(-random.Next(1, 300)),
                    SellerUscc = seller.Uscc,
                    SellerName = seller.Name,
                    DivisionCode = seller.DivisionCode,
                    Product = cert.Product,
                    BrandModel = $"{Brands[i % Brands.Length]} {cert.Model}",
                    CertificateNumber = number,
                    CertificateId = local && number is not null ? certs.First(c => c.Number == number).Id : null,
                    VerifiedLocally = local && number is not null,
                    Result = result,
                    Findings = result switch
                    {
                        MarkResult.NotCertified => "产品未加施 CCC 标志，销售者不能提供认证证书",
                        MarkResult.CertificateInvalid => "产品标注的 CCC 证书已暂停或撤销",
                        MarkResult.MarkIrregular => "CCC 标志印刷尺寸、颜色不符合规定",
                        _ => null,
                    },
                    Officers = Officers[i % Officers.Length],
                    ClueSent = result != MarkResult.Pass,
                    CreatedAt = now,
                    CreatedBy = "刘洋",
                });
            }
        }

        db.CccMarkChecks.AddRange(marks);
        await db.SaveChangesAsync(ct);

        foreach (var c in checks.Where(c => c.ClueSent))
        {
            var facts = c.Unlicensed ? $"无证生产：{c.Findings}" : $"证后监督检查不合格（许可证 {c.LicenceNumber}）：{c.Findings}";
            db.Publish(new QualityCaseClue("licence", c.Id, c.LicenceNumber ?? $"无证生产-{c.Id}", c.HolderUscc, c.HolderName, facts, c.On, c.CreatedBy, c.DivisionCode, null));
        }

        foreach (var m in marks.Where(m => m.ClueSent))
        {
            db.Publish(new QualityCaseClue("ccc", m.Id, m.CertificateNumber ?? $"CCC检查-{m.Id}", m.SellerUscc, m.SellerName,
                $"CCC 标志检查{LicenceRules.NameOf(m.Result)}：{m.Product}（{m.BrandModel}）。{m.Findings}", m.On, m.CreatedBy, m.DivisionCode, null));
        }

        await db.SaveChangesAsync(ct);
    }

    private static readonly int[] ReceivedDaysAgo = [20, 35, 5, 12, 28, 40, 70, 52];
    private static readonly string[] Streets = ["工业北路", "港兴三路", "世纪大道", "凤凰路", "经十东路", "新泺大街", "龙奥北路", "济微路", "平安路", "明湖西路"];
    private static readonly string[] Brands = ["海尔", "浪潮", "九阳", "澳柯玛", "华凌", "公牛", "正泰", "德力西"];

    private static readonly (string Cat, string Name, string Model)[] CccProducts =
    [
        ("01", "聚氯乙烯绝缘电缆", "BV450"),
        ("02", "插头插座", "S10A"),
        ("03", "小型断路器", "DZ47"),
        ("07", "电热水壶", "SWF17"),
        ("07", "电冰箱", "BCD215"),
        ("09", "发光二极管灯具", "JL1208"),
        ("11", "汽车安全带", "AQD3"),
        ("21", "灭火器", "MFZL4"),
        ("24", "电动玩具车", "WJ08"),
        ("27", "电动自行车", "TDT2026"),
    ];

    private static string County(string division) => division.Length >= 6 ? division[..6] switch
    {
        "370102" => "历下区",
        "370103" => "市中区",
        "370104" => "槐荫区",
        "370105" => "天桥区",
        "370112" => "历城区",
        "370113" => "长清区",
        "370114" => "章丘区",
        "370115" => "济阳区",
        "370116" => "莱芜区",
        "370117" => "钢城区",
        "370124" => "平阴县",
        "370126" => "商河县",
        _ => "",
    } : "";

    private static int Division(EntitySummary e) =>
        e.IndustryCode.Length >= 2 && int.TryParse(e.IndustryCode.AsSpan(e.IndustryCode[0] is >= 'A' and <= 'Z' ? 1 : 0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0;

    private static bool IsManufacturer(EntitySummary e) => e.Type != EntityType.IndividualBusiness && Division(e) is >= 13 and <= 43 && !(e.IndustryCode.Length > 0 && e.IndustryCode[0] is >= 'A' and <= 'Z' && e.IndustryCode[0] != 'C');

    private static bool IsRetail(EntitySummary e) => Division(e) is 51 or 52 && !(e.IndustryCode.Length > 0 && e.IndustryCode[0] is >= 'A' and <= 'Z' && e.IndustryCode[0] != 'F');

    /// <summary>A catalogue variety fitting the maker's industry division (GB/T 4754), else any.</summary>
    private static CatalogueVariety Fit(EntitySummary maker, IReadOnlyList<CatalogueVariety> catalogue, Random random)
    {
        string[] names = Division(maker) switch
        {
            20 => ["胶合板", "细木工板"],
            22 => ["食品用纸包装容器等制品"],
            26 => ["危险化学品无机产品", "危险化学品有机产品", "危险化学品涂料", "复肥", "磷肥", "餐具洗涤剂"],
            29 => ["食品用塑料包装容器工具等制品", "食品用复合膜袋", "安全帽"],
            30 => ["水泥"],
            31 or 32 => ["钢筋混凝土用热轧钢筋", "冷轧带肋钢筋"],
            33 => ["钢丝绳", "危险化学品包装物、容器", "食品用金属容器"],
            34 or 35 => ["瓶装液化石油气调压器"],
            38 => ["电线电缆"],
            39 => ["广播电视传输设备", "人民币鉴别仪"],
            _ => [],
        };
        var fitting = catalogue.Where(v => names.Contains(v.Name)).ToList();
        return fitting.Count > 0 ? fitting[random.Next(fitting.Count)] : catalogue[random.Next(catalogue.Count)];
    }
}
