using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Metrology.Data;
using Zhijian.Metrology.Domain.Checks;
using Zhijian.Metrology.Domain.Instruments;
using Zhijian.Metrology.Features.Instruments;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Rules;

namespace Zhijian.Metrology.Features.Demo;

/// <summary>
/// Metrology in 济南: about 20,000 强检 instruments when the demo registry is large (<c>Zhijian:Demo:Entities</c> ≥ 1,500; 300 below)
/// — water meters (DN15–DN25 at households, DN40 and DN80 at businesses) owned by 济南水务集团 and gas meters by 济南港华燃气, spread
/// over their whole life so some are past their replace-by date and some fall due this quarter; fuel dispensers of the oil companies'
/// stations, price-computing scales and 公平秤 in markets, sphygmomanometers and ECGs in hospitals, with due-soon and overdue ones and
/// one failed dispenser still in use — plus a verification body and a year of 民生计量 and net-content checks. The businesses are the
/// module's own fixed demo parties (the registry's demo may lack 水务/燃气 companies). Inserted in batches with change tracking off;
/// fixed seed; nothing when the register has instruments.
/// </summary>
internal static class DemoMetrology
{
    private static readonly string[] Counties = ["370102", "370103", "370104", "370105", "370112", "370113", "370114", "370115", "370116", "370117", "370124", "370126"];
    private static readonly string[] Streets = ["泉城路", "经十路", "解放路", "历山路", "二环东路", "工业南路", "花园路", "和平路", "英雄山路", "旅游路", "北园大街", "舜耕路", "山大路", "文化西路"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马", "朱", "胡", "郭"];
    private static readonly string[] Given = ["建国", "秀英", "志强", "丽娟", "海燕", "明", "静", "伟", "磊", "红梅", "国栋", "淑芬"];

    private sealed record Party(string Uscc, string Name);

    private static readonly Party Water = new(Uscc.Build('9', '1', "370100", "MA3M0W01"), "济南水务集团有限公司");
    private static readonly Party Gas = new(Uscc.Build('9', '1', "370100", "MA3M0G01"), "济南港华燃气有限公司");
    private static readonly Party[] Fuel =
    [
        new(Uscc.Build('9', '1', "370100", "MA3M0F01"), "中国石化销售股份有限公司山东济南石油分公司"),
        new(Uscc.Build('9', '1', "370100", "MA3M0F02"), "中国石油天然气股份有限公司山东济南销售分公司"),
    ];

    private static readonly Party[] Markets =
    [
        new(Uscc.Build('9', '1', "370102", "MA3M0M01"), "济南七里山农贸市场有限公司"),
        new(Uscc.Build('9', '1', "370103", "MA3M0M02"), "济南匡山农产品综合交易市场有限公司"),
        new(Uscc.Build('9', '1', "370105", "MA3M0M03"), "济南堤口路果品批发市场有限公司"),
        new(Uscc.Build('9', '1', "370112", "MA3M0M04"), "济南八里桥蔬菜市场管理有限公司"),
    ];

    private static readonly Party[] Hospitals =
    [
        new(Uscc.Build('1', '2', "370100", "MB3M0H01"), "济南市第四人民医院"),
        new(Uscc.Build('1', '2', "370100", "MB3M0H02"), "济南市中心医院"),
        new(Uscc.Build('1', '2', "370112", "MB3M0H03"), "济南市历城区人民医院"),
    ];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<MetrologyDbContext>();
        if (await db.Instruments.IgnoreQueryFilters().AnyAsync(ct)) return;
        var entities = sp.GetRequiredService<IConfiguration>().GetValue("Zhijian:Demo:Entities", 20_000);
        var total = entities >= 1500 ? 20_000 : 300;
        var rules = sp.GetRequiredService<InstrumentRules>();
        var book = sp.GetRequiredService<IRuleBook>();
        var calendar = sp.GetRequiredService<IWorkingCalendar>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var personal = sp.GetRequiredService<PersonalData>();
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var rnd = new Random(370124);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var body = new VerificationBody { Name = "济南市计量检定测试院", Uscc = Uscc.Build('1', '2', "370100", "MB3M0J01"), AuthorisationNo = "（鲁）法计（2021）01001", CreatedAt = now };
        db.VerificationBodies.Add(body);
        await db.SaveChangesAsync(ct);

        var batch = new List<Instrument>(2000);
        var serial = 0;
        var failedSet = false;
        for (var n = 0; n < total; n++)
        {
            var county = Counties[rnd.Next(Counties.Length)];
            var countyName = DivisionTable.Default.Find(county)?.Name ?? "";
            var street = Streets[rnd.Next(Streets.Length)];
            var roll = rnd.NextDouble();
            var household = false;
            string kind;
            int? size = null;
            Party owner;
            string address;
            if (roll < 0.55)
            {
                kind = InstrumentCatalog.WaterMeter;
                household = rnd.NextDouble() < 0.9;
                size = household ? (rnd.NextDouble() < 0.7 ? 15 : 20) : (rnd.NextDouble() < 0.6 ? 25 : rnd.NextDouble() < 0.7 ? 40 : 80);
                owner = Water;
                address = household ? Home(countyName, street, rnd) : $"济南市{countyName}{street}{rnd.Next(1, 400)}号";
            }
            else if (roll < 0.85)
            {
                kind = InstrumentCatalog.GasMeter;
                household = true;
                owner = Gas;
                address = Home(countyName, street, rnd);
            }
            else if (roll < 0.90)
            {
                kind = "fuel-dispenser";
                owner = Fuel[rnd.Next(Fuel.Length)];
                address = $"济南市{countyName}{street}{rnd.Next(1, 400)}号加油站";
            }
            else if (roll < 0.96)
            {
                kind = rnd.NextDouble() < 0.8 ? "price-scale" : "scale";
                owner = Markets[rnd.Next(Markets.Length)];
                address = $"济南市{countyName}{street}{rnd.Next(1, 400)}号农贸市场";
            }
            else
            {
                kind = rnd.NextDouble() < 0.7 ? "sphygmomanometer" : "ecg";
                owner = Hospitals[rnd.Next(Hospitals.Length)];
                address = $"济南市{countyName}{street}{rnd.Next(1, 400)}号";
            }

            var k = InstrumentCatalog.Find(kind)!;
            var rule = DueDates.RuleFor(k, size, out _)!;
            var months = rule.RuleKey is { } key ? rules.Months(key, today) : 12;
            // Spread the last verification over the whole life/period plus two months, so a few are overdue and some fall due soon.
            var ageDays = rnd.Next(0, (int)(months * 30.4) + 60);
            var verified = today.AddDays(-ageDays);
            var first = rule.Mode == VerificationMode.FixedLife ? verified : verified.AddYears(-rnd.Next(0, 8));
            serial++;
            string? person = null;
            batch.Add(new Instrument
            {
                KindCode = kind,
                Mode = rule.Mode,
                Size = size,
                Model = Model(kind, size),
                SerialNo = string.Create(CultureInfo.InvariantCulture, $"{Prefix(kind)}{first.Year}{serial:0000000}"),
                Maker = Maker(kind),
                OwnerUscc = household ? null : owner.Uscc,
                OwnerName = household ? Masks.Name(person = Surnames[rnd.Next(Surnames.Length)] + Given[rnd.Next(Given.Length)]) : owner.Name,
                OwnerNameProtected = household ? personal.Protect(person) : null,
                Household = household,
                DivisionCode = county,
                County = county,
                Address = address,
                FiledOn = first.AddDays(rnd.Next(1, 20)) is var f && f <= today ? f : today,
                FirstVerifiedOn = first,
                LastVerifiedOn = verified,
                LastPassed = true,
                LastCertificateNo = string.Create(CultureInfo.InvariantCulture, $"JD{verified.Year}-{serial:0000000}"),
                DueOn = DueDates.Due(rule.Mode, months, first, verified),
                Status = InstrumentStatus.InUse,
                StatusOn = first,
                CreatedAt = now,
                UpdatedAt = now,
            });
            if (!failedSet && kind == "fuel-dispenser")
            {
                // One dispenser failed its verification twenty days ago and is still in use.
                failedSet = true;
                var last = batch[^1];
                last.LastVerifiedOn = today.AddDays(-20);
                last.LastPassed = false;
                last.LastCertificateNo = string.Create(CultureInfo.InvariantCulture, $"JD{today.Year}-F{serial:000000}");
            }

            if (batch.Count == 2000)
            {
                await FlushAsync(db, batch, body, ct);
                batch.Clear();
            }
        }

        await FlushAsync(db, batch, body, ct);
        await SeedChecksAsync(db, book, calendar, today, now, rnd, ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    private static async Task FlushAsync(MetrologyDbContext db, List<Instrument> batch, VerificationBody body, CancellationToken ct)
    {
        if (batch.Count == 0) return;
        db.Instruments.AddRange(batch);
        await db.SaveChangesAsync(ct);
        // The history of periodic instruments: their last verification (fixed-life meters show their first verification on the record).
        db.Verifications.AddRange(batch.Where(i => i.Mode == VerificationMode.Periodic).Select(i => new Verification
        {
            InstrumentId = i.Id,
            DivisionCode = i.DivisionCode,
            County = i.County,
            BodyId = body.Id,
            BodyName = body.Name,
            VerifiedOn = i.LastVerifiedOn!.Value,
            Passed = i.LastPassed != false,
            CertificateNo = i.LastCertificateNo!,
            NextDueOn = i.LastPassed == false ? null : i.DueOn,
            CreatedAt = i.CreatedAt,
            CreatedBy = "演示数据",
        }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static async Task SeedChecksAsync(MetrologyDbContext db, IRuleBook book, IWorkingCalendar calendar, DateOnly today, DateTimeOffset now, Random rnd,
        CancellationToken ct)
    {
        var checks = new List<(LivelihoodCheck Check, List<CheckItem> Items)>();
        for (var m = 11; m >= 0; m--)
        {
            for (var j = 0; j < 6; j++)
            {
                var on = today.AddMonths(-m).AddDays(-rnd.Next(0, 25));
                if (on > today) on = today;
                var place = (CheckPlace)(j % 3 + 1);
                var party = place switch
                {
                    CheckPlace.Market => Markets[rnd.Next(Markets.Length)],
                    CheckPlace.FuelStation => Fuel[rnd.Next(Fuel.Length)],
                    _ => Hospitals[rnd.Next(Hospitals.Length)],
                };
                var county = Counties[rnd.Next(Counties.Length)];
                var items = new List<CheckItem>();
                var count = place == CheckPlace.Market ? 4 : 3;
                for (var x = 0; x < count; x++)
                {
                    var bad = rnd.NextDouble() < 0.04;
                    var error = place == CheckPlace.FuelStation ? Math.Round((decimal)(rnd.NextDouble() * 0.5 - 0.25) + (bad ? 0.4m : 0m), 2) : (decimal?)null;
                    var name = place switch
                    {
                        CheckPlace.Market => x == 0 ? "公平秤" : $"{x}号摊位电子计价秤",
                        CheckPlace.FuelStation => $"{x + 1}号加油机",
                        _ => x == 2 ? "心电图仪" : $"{x + 1}号血压计",
                    };
                    var verified = !(bad && place != CheckPlace.FuelStation);
                    items.Add(new CheckItem
                    {
                        DivisionCode = county,
                        Name = name,
                        Verified = verified,
                        ErrorPercent = error,
                        Accurate = place == CheckPlace.Market ? true : null,
                        Passed = Checks.LivelihoodChecks.ItemPassed(verified, error, place == CheckPlace.Market ? true : null, book.GetDecimal("metro.fuel-tolerance", on) * 100m),
                    });
                }

                var fair = place == CheckPlace.Market ? rnd.NextDouble() > 0.05 : (bool?)null;
                var passed = items.All(i => i.Passed) && fair != false;
                var rectifyBy = passed ? (DateOnly?)null : calendar.Deadline(on, book.GetPeriod("metro.rectify", on));
                var c = new LivelihoodCheck
                {
                    Place = place,
                    TargetUscc = party.Uscc,
                    TargetName = party.Name,
                    DivisionCode = county,
                    County = county,
                    Address = $"济南市{DivisionTable.Default.Find(county)?.Name}{Streets[rnd.Next(Streets.Length)]}{rnd.Next(1, 300)}号",
                    CheckedOn = on,
                    Inspectors = "计量科 执法人员二人",
                    FairScalePresent = fair,
                    Items = items.Count,
                    ItemsPassed = items.Count(i => i.Passed),
                    Passed = passed,
                    RectifyBy = rectifyBy,
                    RecheckedOn = rectifyBy is { } rb && rb < today.AddDays(-10) ? rb.AddDays(-1) : null,
                    RecheckPassed = rectifyBy is { } rb2 && rb2 < today.AddDays(-10) ? true : null,
                    CreatedAt = now,
                    CreatedBy = "演示数据",
                };
                checks.Add((c, items));
            }
        }

        db.Checks.AddRange(checks.Select(c => c.Check));
        await db.SaveChangesAsync(ct);
        foreach (var (c, items) in checks)
            foreach (var i in items) i.CheckId = c.Id;
        db.CheckItems.AddRange(checks.SelectMany(c => c.Items));

        string[] products = ["挂面", "大米", "食用植物油", "饮用纯净水", "洗衣液", "白砂糖", "面粉", "酱油"];
        decimal[] nominals = [500m, 5000m, 1800m, 550m, 2000m, 400m, 2500m, 500m];
        for (var p = 0; p < 24; p++)
        {
            var idx = p % products.Length;
            var on = today.AddDays(-rnd.Next(0, 360));
            var nominal = nominals[idx];
            var batchSize = new[] { 40, 80, 300, 1200 }[rnd.Next(4)];
            var n = NetContent.SampleSize(batchSize);
            var shortBatch = p % 11 == 5;
            var samples = Enumerable.Range(0, n).Select(_ => Math.Round(nominal * (1m + (decimal)(rnd.NextDouble() * 0.02 - (shortBatch ? 0.03 : 0.004))), 1)).ToList();
            var r = NetContent.Judge(nominal, batchSize, samples, on);
            var party = Markets[rnd.Next(Markets.Length)];
            var county = Counties[rnd.Next(Counties.Length)];
            db.PackageChecks.Add(new PackageCheck
            {
                TargetUscc = party.Uscc,
                TargetName = party.Name,
                DivisionCode = county,
                County = county,
                ProductName = products[idx],
                Nominal = nominal,
                Unit = idx is 2 or 3 or 4 or 7 ? "mL" : "g",
                BatchSize = batchSize,
                Samples = string.Join(",", samples.Select(s => s.ToString(CultureInfo.InvariantCulture))),
                T = r.T,
                Mean = r.Mean,
                StdDev = r.StdDev,
                OverT = r.OverT,
                Over2T = r.Over2T,
                Passed = r.Passed,
                Reasons = r.Reasons.Count == 0 ? null : string.Join("；", r.Reasons),
                CheckedOn = on,
                CreatedAt = now,
                CreatedBy = "演示数据",
            });
        }

        await db.SaveChangesAsync(ct);
    }

    private static string Home(string county, string street, Random rnd) =>
        string.Create(CultureInfo.InvariantCulture, $"济南市{county}{street}{rnd.Next(1, 300)}号{rnd.Next(1, 20)}号楼{rnd.Next(1, 5)}单元{rnd.Next(1, 30)}0{rnd.Next(1, 4)}室");

    private static string Prefix(string kind) => kind switch
    {
        InstrumentCatalog.WaterMeter => "SB",
        InstrumentCatalog.GasMeter => "RQ",
        "fuel-dispenser" => "JY",
        "price-scale" or "scale" => "CP",
        _ => "YL",
    };

    private static string Model(string kind, int? size) => kind switch
    {
        InstrumentCatalog.WaterMeter => $"LXS{size}E",
        InstrumentCatalog.GasMeter => "G2.5",
        "fuel-dispenser" => "CS46",
        "price-scale" => "ACS30",
        "scale" => "TCS150",
        "sphygmomanometer" => "XJ11D",
        _ => "ECG1200",
    };

    private static string Maker(string kind) => kind switch
    {
        InstrumentCatalog.WaterMeter => "宁波水表（集团）股份有限公司",
        InstrumentCatalog.GasMeter => "浙江苍南仪表集团股份有限公司",
        "fuel-dispenser" => "托肯恒山科技（广州）有限公司",
        "price-scale" or "scale" => "上海友声衡器有限公司",
        _ => "鱼跃医疗设备股份有限公司",
    };
}
