using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Entities.Contracts;
using Zhijian.Inspections.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.FollowUp;
using Zhijian.ProductQuality.Domain.SpotChecks;
using Zhijian.ProductQuality.Features.SpotChecks;

namespace Zhijian.ProductQuality.Features.Demo;

/// <summary>
/// A year of 济南 spot checks over 20 catalogue categories: the city bureau's plan and three county plans, frozen and drawn
/// over the registry's active manufacturers (a category's own industry codes where the demo registry has them, else every
/// manufacturer), one sample per target with a result; about 8 % fail and are notified (the follow-up opened through
/// <see cref="IFollowUps"/>); one objection overturned by the retest, one refused after the 15 days, one waiting for a
/// decision; the last fortnight's samples still at the lab or not yet notified. Does nothing when already seeded or when
/// the registry has no manufacturers.
/// </summary>
internal static class DemoSpotChecks
{
    private static readonly string[] Places = ["成品仓库", "生产车间成品区", "门店货架", "经销部库房"];
    private static readonly string[] Officers = ["张伟、李娜", "王强、刘洋", "陈静、赵磊", "孙丽、周杰", "吴敏、郑浩"];
    private static readonly string[] Brands = ["泉城", "齐鲁", "鲁信", "华舜", "趵突", "千佛", "明湖", "舜耕"];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<QualityDbContext>();
        if (await db.Plans.IgnoreQueryFilters().AnyAsync(ct)) return;
        var directory = sp.GetRequiredService<IEntityDirectory>();
        var units = await sp.GetRequiredService<OrgUnitDirectory>().ActiveAsync(ct);
        var followUps = sp.GetRequiredService<IFollowUps>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var today = clock.Today();
        var random = new Random(23);

        var makers = new List<EntitySummary>();
        await foreach (var e in directory.StreamAsync(ct))
        {
            if (e.Status == EntityStatus.Active && e.IndustryCode.Length >= 2 && int.TryParse(e.IndustryCode[..2], CultureInfo.InvariantCulture, out var div) && div is >= 13 and <= 43)
                makers.Add(e);
        }

        if (makers.Count == 0) return;
        var city = units.FirstOrDefault(u => u.Kind == OrgUnitKind.City && u.DivisionCode.StartsWith("3701", StringComparison.Ordinal)) ?? units.FirstOrDefault(u => u.Kind == OrgUnitKind.City);
        if (city is null) return;
        var counties = units.Where(u => u.Kind == OrgUnitKind.County && u.DivisionCode.StartsWith(city.DivisionCode[..4], StringComparison.Ordinal)).OrderBy(u => u.DivisionCode).Take(3).ToList();
        var catalogue = await db.ProductCategories.AsNoTracking().OrderBy(c => c.Id).Take(20).ToListAsync(ct);
        var from = today.AddDays(-360);
        var now = clock.GetUtcNow();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var plans = new List<(SpotCheckPlan Plan, OrgUnitEntry Unit, List<(ProductCategory Cat, int Batches)> Cats)>
        {
            (Plan(city, PlanLevel.City, $"{today.Year}年济南市重点工业产品质量监督抽查", from, today.AddDays(30)), city, [.. catalogue.Select(c => (c, 12))]),
        };
        foreach (var (u, i) in counties.Select((u, i) => (u, i)))
        {
            plans.Add((Plan(u, PlanLevel.County, $"{today.Year}年{u.Name.Replace("市场监督管理局", "", StringComparison.Ordinal)}产品质量监督抽查", from.AddDays(30 * (i + 1)), today.AddDays(30)), u,
                [.. catalogue.Skip(i * 5).Take(8).Select(c => (c, 5))]));
        }

        var seq = 0;
        foreach (var (plan, unit, cats) in plans)
        {
            plan.Number = $"CC{today.Year}{unit.DivisionCode}{++seq:000}";
            var secret = VerifiableDraw.NewSecret();
            plan.Secret = VerifiableDraw.Hex(secret);
            plan.Commitment = VerifiableDraw.Commitment(secret);
            plan.Algorithm = VerifiableDraw.Algorithm;
            plan.PublicValue = $"{plan.From.AddDays(3):yyyy-MM-dd} 济南市公共资源交易中心公开摇号数 {random.Next(100000, 999999)}";
            plan.FrozenOn = plan.From;
            plan.DrawnOn = plan.From.AddDays(3);
            plan.Status = PlanStatus.Drawn;
            var scope6 = unit.DivisionCode;
            foreach (var (cat, batches) in cats)
            {
                var prefixes = cat.IndustryPrefixes.Split(',');
                var pool = makers.Where(m => Jurisdiction.For([scope6]).Covers(m.DivisionCode)).ToList();
                var own = pool.Where(m => prefixes.Any(p => m.IndustryCode.StartsWith(p, StringComparison.Ordinal))).ToList();
                var list = (own.Count >= batches ? own : pool).Select(m => m.Uscc).Distinct().Order(StringComparer.Ordinal).ToList();
                var k = Math.Min(batches, list.Count);
                plan.Categories.Add(new PlanCategory
                {
                    CategoryId = cat.Id,
                    CategoryCode = cat.Code,
                    CategoryName = cat.Name,
                    ConsumerGood = cat.ConsumerGood,
                    Batches = batches,
                    Candidates = string.Join("\n", list.Select(u => u + ",生产者")),
                    CandidateHash = VerifiableDraw.CandidateHash(list.Select(u => (u, "生产者"))),
                    CandidateCount = list.Count,
                    Picked = k,
                });
            }

            db.Plans.Add(plan);
        }

        await db.SaveChangesAsync(ct);

        // Targets and one sample per target.
        var byUscc = makers.GroupBy(m => m.Uscc).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var samples = new List<SpotCheckSample>();
        var targets = new List<SpotCheckTarget>();
        foreach (var (plan, unit, cats) in plans)
        {
            var seed = VerifiableDraw.Seed(Convert.FromHexString(plan.Secret!), plan.PublicValue!);
            var n = 0;
            foreach (var pc in plan.Categories)
            {
                var cat = cats.First(c => c.Cat.Id == pc.CategoryId).Cat;
                var ids = pc.Candidates!.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')[0]).ToList();
                if (pc.Picked == 0) continue;
                var picked = VerifiableDraw.Pick(seed, Plans.Label(plan.Number, pc.CategoryCode), ids, pc.Picked);
                for (var i = 0; i < picked.Count; i++)
                {
                    var m = byUscc[picked[i]];
                    var target = new SpotCheckTarget { PlanId = plan.Id, PlanCategoryId = pc.Id, CategoryCode = pc.CategoryCode, Uscc = m.Uscc, Name = m.Name, DivisionCode = m.DivisionCode, Role = "生产者", DrawOrder = i + 1 };
                    targets.Add(target);
                    var sampledOn = plan.From.AddDays(10 + random.Next(Math.Max(1, today.DayNumber - plan.From.DayNumber - 10)));
                    var standard = Catalogue.Standards(cat.Standards).First().Number;
                    var brand = Brands[random.Next(Brands.Length)];
                    var model = $"{(char)('A' + random.Next(26))}{random.Next(10, 99)}-{random.Next(100, 999)}";
                    samples.Add(new SpotCheckSample
                    {
                        Number = $"{plan.Number}-{++n:0000}",
                        PlanId = plan.Id,
                        CategoryId = cat.Id,
                        CategoryCode = cat.Code,
                        CategoryName = cat.Name,
                        ConsumerGood = cat.ConsumerGood,
                        DivisionCode = m.DivisionCode,
                        OrgUnitId = unit.Id,
                        Level = plan.Level,
                        SampledOn = sampledOn,
                        Place = $"{m.Name}{Places[random.Next(Places.Length)]}",
                        Officers = Officers[random.Next(Officers.Length)],
                        ProductName = cat.Name,
                        Brand = brand,
                        Model = model,
                        Standard = standard,
                        Batch = sampledOn.AddDays(-random.Next(5, 60)).ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                        ProducedOn = sampledOn.AddDays(-random.Next(5, 60)),
                        Quantity = $"{random.Next(2, 8)} 件",
                        BaseQuantity = $"{random.Next(100, 2000)} 件",
                        ProducerUscc = m.Uscc,
                        ProducerName = m.Name,
                        ProducerDivision = m.DivisionCode,
                        Sealed = true,
                        LabId = 1 + random.Next(2),
                        LabName = random.Next(2) == 0 ? "山东省产品质量检验研究院" : "济南市产品质量检验院",
                        ProductKey = ProductKey.Of(m.Uscc, standard, brand, model),
                        CreatedAt = now,
                        CreatedBy = "演示数据",
                    });
                }
            }
        }

        db.Targets.AddRange(targets);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        for (var i = 0; i < samples.Count; i++) samples[i].TargetId = targets[i].Id;
        foreach (var s in samples)
        {
            s.LabName = s.LabId == 1 ? "山东省产品质量检验研究院" : "济南市产品质量检验院";
            var age = today.DayNumber - s.SampledOn.DayNumber;
            if (age < 12) continue; // still at the lab
            var failed = random.NextDouble() < 0.08;
            s.ReportNo = $"PQ{s.SampledOn:yyyyMMdd}{random.Next(1000, 9999)}";
            s.ReportDate = s.SampledOn.AddDays(10);
            var items = new List<ResultItem>
            {
                new("标志和说明", "应符合标准要求", "符合", null, true),
                new("外观质量", "无明显缺陷", "符合", null, true),
                new("安全性能", "应符合标准要求", failed ? "不符合" : "符合", null, !failed),
            };
            s.Items = JsonSerializer.Serialize(items, Samples.Json);
            s.Conclusion = failed ? SampleConclusion.Failed : SampleConclusion.Passed;
            s.FailedItems = failed ? "安全性能" : null;
            if (age >= 16) s.NotifiedOn = s.ReportDate.Value.AddDays(2);
        }

        db.Samples.AddRange(samples);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);

        // Failures notified: 后处理 opened; three objections.
        var notifiedFailures = samples.Where(s => s.Conclusion == SampleConclusion.Failed && s.NotifiedOn is not null).OrderBy(s => s.NotifiedOn).ToList();
        var plansById = plans.ToDictionary(p => p.Plan.Id, p => p.Plan);
        foreach (var s in notifiedFailures)
        {
            var p = plansById[s.PlanId];
            await followUps.OpenAsync(new FailedSample(s.Id, s.Number, p.Id, p.Name, NoRepeatRule.LevelName(p.Level), p.OrgUnitId, p.OrgUnitName, s.CategoryCode, s.ProductName,
                s.ProductKey, s.Brand, s.Model, s.Standard, s.ProducerUscc ?? "", s.ProducerName, s.ProducerDivision, null, null, null, s.FailedItems ?? "", s.NotifiedOn!.Value,
                s.ConsumerGood), ct);
            s.FollowUpOpened = true;
        }

        var labs = await db.Labs.AsNoTracking().OrderBy(l => l.Id).ToListAsync(ct);
        if (notifiedFailures.Count >= 1) Overturned(notifiedFailures[0], labs, random);
        if (notifiedFailures.Count >= 2)
        {
            var late = notifiedFailures[1];
            late.Objection = ObjectionStatus.Refused;
            late.ObjectionFiledOn = late.NotifiedOn!.Value.AddDays(20);
            late.ObjectionReason = "对安全性能项目检验结果有异议";
            late.ObjectionDecidedOn = late.ObjectionFiledOn.Value.AddDays(1);
            late.ObjectionDecideBy = late.ObjectionFiledOn.Value.AddDays(3);
            late.ObjectionDecision = "复检申请已超过收到检验结果之日起15日的期限，不予受理";
        }

        if (notifiedFailures.Count >= 3)
        {
            var open = notifiedFailures[^1];
            if (today.DayNumber - open.NotifiedOn!.Value.DayNumber <= 15)
            {
                open.Objection = ObjectionStatus.Filed;
                open.ObjectionFiledOn = today;
                open.ObjectionReason = "样品在运输过程中受潮，申请复检";
                open.RetestFee = 2400m;
                open.ObjectionDecideBy = today.AddDays(5);
            }
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    private static void Overturned(SpotCheckSample s, List<QualityLab> labs, Random random)
    {
        var others = labs.Where(l => l.Id != s.LabId).Select(l => (Id: l.Id.ToString(CultureInfo.InvariantCulture), Label: l.Name)).OrderBy(l => l.Id, StringComparer.Ordinal).ToList();
        var secret = VerifiableDraw.NewSecret();
        s.Objection = ObjectionStatus.Overturned;
        s.ObjectionFiledOn = s.NotifiedOn!.Value.AddDays(5);
        s.ObjectionReason = "企业对安全性能项目检验结果有异议";
        s.RetestFee = 1800m;
        s.ObjectionDecideBy = s.ObjectionFiledOn.Value.AddDays(3);
        s.ObjectionDecidedOn = s.ObjectionFiledOn.Value.AddDays(1);
        s.ObjectionDecision = "申请在法定期限内，予以受理";
        s.RetestCandidates = string.Join("\n", others.Select(o => o.Id + "," + o.Label));
        s.RetestCandidateHash = VerifiableDraw.CandidateHash(others);
        s.RetestCommitment = VerifiableDraw.Commitment(secret);
        s.RetestSecret = VerifiableDraw.Hex(secret);
        s.RetestPublicValue = $"{s.ObjectionDecidedOn:yyyy-MM-dd} 公开摇号数 {random.Next(1000, 9999)}";
        var picked = VerifiableDraw.Pick(VerifiableDraw.Seed(secret, s.RetestPublicValue), s.Number, [.. others.Select(o => o.Id)], 1)[0];
        var lab = labs.Single(l => l.Id.ToString(CultureInfo.InvariantCulture) == picked);
        s.RetestLabId = lab.Id;
        s.RetestLabName = lab.Name;
        s.RetestReportNo = $"FJ{s.SampledOn:yyyyMMdd}01";
        s.RetestReportDate = s.ObjectionDecidedOn.Value.AddDays(10);
        s.RetestItems = JsonSerializer.Serialize(new[] { new ResultItem("安全性能", "应符合标准要求", "符合", null, true) }, Samples.Json);
        s.FeeBorneBy = "抽查部门";
    }

    private static SpotCheckPlan Plan(OrgUnitEntry unit, PlanLevel level, string name, DateOnly from, DateOnly to) => new()
    {
        Number = "",
        Year = to.AddDays(-30).Year,
        Level = level,
        OrgUnitId = unit.Id,
        OrgUnitName = unit.Name,
        DivisionCode = unit.DivisionCode,
        Name = name,
        From = from,
        To = to,
        TargetKind = TargetKind.Producer,
        Scope = unit.DivisionCode,
        CreatedAt = DateTimeOffset.UtcNow,
        CreatedBy = "演示数据",
    };
}
