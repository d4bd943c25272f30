using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Entities.Contracts;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Sampling;
using Zhijian.FoodSafety.Features.Sampling;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;

namespace Zhijian.FoodSafety.Features.Demo;

/// <summary>
/// A year of 济南 sampling: four labs (three on the retest list) with their API clients, ~7.5 % of the registry's entities
/// as batches (≈1,500 at 20,000) across categories and purposes, ~2 % non-compliant in every follow-up state (notice
/// pending, retest requested, retest done, disposal open / overdue / completed, published). Bulk inserts without per-row
/// audit (demo history), a fixed seed and the app's clock; nothing when the registry is empty or labs exist.
/// </summary>
internal static class DemoSampling
{
    private static readonly (string Name, string Cma, string Address, bool Retest)[] DemoLabs =
    [
        ("山东省食品药品检验研究院", "CMA 220015340123", "济南市历下区文化东路 2749 号", true),
        ("济南市食品药品检验检测中心", "CMA 230015340456", "济南市历城区经十东路 33399 号", true),
        ("山东省产品质量检验研究院", "CMA 210015340789", "济南市历下区燕子山西路 1 号", true),
        ("济南海关技术中心", "CMA 200015340321", "济南市市中区英雄山路 85 号", false),
    ];

    private sealed record Product(string Category, string Food, string Brand, string Spec, string Producer, string ProducerAddress, string ProducerDivision,
        (string Item, string Standard, string Limit, string Unit, decimal Pass, decimal Fail, bool Micro)[] Items);

    private static readonly Product[] Products =
    [
        new("03", "酱油", "泉香", "500mL/瓶", "山东泉香酿造有限公司", "济南市历城区工业北路 66 号", "370112",
            [("氨基酸态氮", "GB 2717-2018", "≥0.40g/100mL", "g/100mL", 0.72m, 0.31m, false), ("苯甲酸及其钠盐（以苯甲酸计）", "GB 2760-2024", "≤1.0g/kg", "g/kg", 0.12m, 1.6m, false)]),
        new("04", "酱卤肉制品", "鲁味斋", "散装称重", "济南鲁味斋食品有限公司", "济南市天桥区北园大街 10 号", "370105",
            [("亚硝酸盐（以亚硝酸钠计）", "GB 2760-2024", "≤30mg/kg", "mg/kg", 8m, 46m, false), ("菌落总数", "GB 2726-2016", "≤100000CFU/g", "CFU/g", 12000m, 480000m, true)]),
        new("05", "纯牛奶", "佳宝", "250mL/盒", "济南佳宝乳业有限公司", "济南市历下区旅游路 6789 号", "370102",
            [("蛋白质", "GB 25190-2010", "≥2.9g/100g", "g/100g", 3.2m, 2.6m, false), ("三聚氰胺", "卫生部等公告2011年第10号", "≤2.5mg/kg", "mg/kg", 0.1m, 3.1m, false)]),
        new("06", "饮用纯净水", "趵突泉", "550mL/瓶", "济南趵突泉饮品有限公司", "济南市槐荫区经十西路 2 号", "370104",
            [("溴酸盐", "GB 19298-2014", "≤0.01mg/L", "mg/L", 0.002m, 0.018m, false), ("铜绿假单胞菌", "GB 19298-2014", "≤0CFU/250mL", "CFU/250mL", 0m, 6m, true)]),
        new("01", "小麦粉", "金沙河", "5kg/袋", "河北金沙河面业集团有限责任公司", "河北省邢台市南和区", "130527",
            [("脱氧雪腐镰刀菌烯醇", "GB 2761-2017", "≤1000μg/kg", "μg/kg", 210m, 1380m, false), ("过氧化苯甲酰", "卫生部公告2011年第4号", "≤0g/kg", "g/kg", 0m, 0.02m, false)]),
        new("16", "酱腌菜", "六必居", "300g/袋", "北京六必居食品有限公司", "北京市大兴区", "110115",
            [("苯甲酸及其钠盐（以苯甲酸计）", "GB 2760-2024", "≤1.0g/kg", "g/kg", 0.3m, 1.9m, false), ("甜蜜素（以环己基氨基磺酸计）", "GB 2760-2024", "≤1.0g/kg", "g/kg", 0.2m, 1.4m, false)]),
        new("24", "糕点", "稻香村", "400g/盒", "山东稻香村食品工业有限公司", "济南市章丘区明水经济开发区", "370114",
            [("酸价（以脂肪计）（KOH）", "GB 7099-2015", "≤5mg/g", "mg/g", 1.2m, 7.4m, false), ("霉菌", "GB 7099-2015", "≤150CFU/g", "CFU/g", 10m, 420m, true)]),
        new("31", "复用餐饮具", "", "/", "", "", "",
            [("大肠菌群", "GB 14934-2016", "≤0/50cm²", "/50cm²", 0m, 3m, true), ("阴离子合成洗涤剂（以十二烷基苯磺酸钠计）", "GB 14934-2016", "≤0mg/100cm²", "mg/100cm²", 0m, 0.05m, false)]),
        new("33", "韭菜", "", "散装", "", "", "",
            [("腐霉利", "GB 2763-2021", "≤0.2mg/kg", "mg/kg", 0.01m, 1.3m, false), ("毒死蜱", "GB 2763-2021", "≤0.02mg/kg", "mg/kg", 0m, 0.09m, false)]),
        new("15", "白酒", "趵突泉", "500mL/瓶", "济南趵突泉酿酒有限责任公司", "济南市历城区华山北路 9 号", "370112",
            [("酒精度", "GB/T 10781.2-2022", "≥40.0%vol", "%vol", 52m, 38m, false), ("甜蜜素（以环己基氨基磺酸计）", "GB 2760-2024", "≤0g/kg", "g/kg", 0m, 0.12m, false)]),
    ];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<FoodSafetyDbContext>();
        if (await db.Labs.IgnoreQueryFilters().AnyAsync(ct)) return;
        var directory = sp.GetRequiredService<IEntityDirectory>();
        var filter = new EntityFilter(Statuses: [EntityStatus.Active]);
        var count = await directory.CountAsync(filter, ct);
        if (count == 0) return;

        var clock = sp.GetRequiredService<TimeProvider>();
        var deadlines = sp.GetRequiredService<SamplingDeadlines>();
        var units = sp.GetRequiredService<OrgUnitDirectory>();
        var clients = sp.GetRequiredService<ApiClientService>();
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var rootUnit = await units.RootAsync(ct);

        var labs = DemoLabs.Select(l => new Lab { Name = l.Name, CmaNumber = l.Cma, Address = l.Address, OnRetestList = l.Retest, CreatedAt = now }).ToList();
        db.Labs.AddRange(labs);
        await db.SaveChangesAsync(ct);
        if (rootUnit is not null)
        {
            foreach (var lab in labs)
            {
                var c = await clients.CreateAsync($"{lab.Name}（检验结果报送）", rootUnit.Code, [FoodAccess.LabScope], ct);
                if (c.IsSuccess) (lab.ApiClientId, lab.ApiClientName) = (c.Value!.Client.Id, c.Value.Client.Name);
            }

            await db.SaveChangesAsync(ct);
        }

        // ≈7.5 % of the registry's size as batches, taken from the food businesses (sellers, caterers, canteens, producers:
        // what a bureau samples), every k-th of them; the registry's active entities only when no food business exists.
        var target = Math.Max(1, (int)Math.Round(count * 0.075));
        var food = await db.Businesses.IgnoreQueryFilters().AsNoTracking().Where(b => b.Active && b.Type != Domain.FoodBusinessType.Vendor)
            .OrderBy(b => b.Id).Select(b => b.Uscc).Distinct().ToListAsync(ct);
        var picked = new List<string>(target);
        if (food.Count > 0)
        {
            var every = Math.Max(1, food.Count / target);
            for (var k = 0; k < food.Count && picked.Count < target; k += every) picked.Add(food[k]);
        }
        else
        {
            var step = Math.Max(1, count / target);
            var i = 0;
            await foreach (var e in directory.SelectAsync(filter, ct))
            {
                if (i++ % step == 0 && picked.Count < target) picked.Add(e.Uscc);
            }
        }

        var summaries = new Dictionary<string, EntitySummary>(StringComparer.Ordinal);
        foreach (var chunk in picked.Chunk(2000))
        {
            foreach (var s in await directory.FindManyAsync([.. chunk], ct)) summaries[s.Uscc] = s;
        }

        var rnd = new Random(20261205);
        var seqByYear = new Dictionary<int, int>();
        var retestLabs = labs.Where(l => l.OnRetestList).ToList();
        var failures = new List<(SamplingOrder Order, Product Product, int State)>();
        var orders = new List<(SamplingOrder Order, Product Product, bool Passed)>();
        var failEvery = 50; // ≈2 %
        var n = 0;
        foreach (var uscc in picked)
        {
            if (!summaries.TryGetValue(uscc, out var e)) continue;
            var product = Products[rnd.Next(Products.Length)];
            var sampledOn = today.AddDays(-rnd.Next(1, 365));
            var year = sampledOn.Year;
            var seq = seqByYear[year] = seqByYear.GetValueOrDefault(year) + 1;
            var lab = labs[rnd.Next(labs.Count)];
            var bureau = await units.BureauForAsync(e.DivisionCode, ct);
            var purpose = (n % 10) switch { < 6 => SamplingPurpose.Supervision, < 9 => SamplingPurpose.Evaluation, _ => SamplingPurpose.RiskMonitoring };
            var o = new SamplingOrder
            {
                Number = string.Create(CultureInfo.InvariantCulture, $"CJ{year}{seq:D6}"),
                Purpose = purpose,
                Level = (SamplingLevel)(1 + (n % 4)),
                OrgUnitId = bureau?.Id ?? rootUnit?.Id ?? 0,
                OrgUnitName = bureau?.Name ?? rootUnit?.Name ?? "",
                Samplers = "张伟、赵磊",
                NoAdvanceNotice = true,
                Uscc = e.Uscc,
                BusinessName = e.Name,
                BusinessAddress = "",
                DivisionCode = e.DivisionCode,
                Place = product.Category == "31" ? SamplingPlace.Catering : product.Producer.Length > 0 && rnd.Next(5) == 0 ? SamplingPlace.Online : SamplingPlace.Circulation,
                CategoryCode = product.Category,
                FoodName = product.Food,
                Brand = product.Brand.Length > 0 ? product.Brand : null,
                Specification = product.Spec,
                BatchNumber = sampledOn.AddDays(-rnd.Next(5, 60)).ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                ProductionDate = sampledOn.AddDays(-rnd.Next(5, 60)),
                ProducerName = product.Producer.Length > 0 ? product.Producer : null,
                ProducerAddress = product.ProducerAddress.Length > 0 ? product.ProducerAddress : null,
                ProducerDivision = product.ProducerDivision.Length > 0 ? product.ProducerDivision : null,
                Quantity = "6 件",
                Reserve = "3 件",
                SampledOn = sampledOn,
                LabId = lab.Id,
                ToLabBy = deadlines.ToLab(sampledOn),
                CreatedAt = now,
                CreatedBy = "张伟",
            };
            var passed = ++n % failEvery != 0;
            var age = today.DayNumber - sampledOn.DayNumber;
            if (age <= 2) o.Status = SamplingStatus.Sampled;
            else
            {
                o.ReceivedOn = sampledOn.AddDays(1);
                o.ReportBy = deadlines.Report(o.ReceivedOn.Value);
                o.Status = SamplingStatus.AtLab;
                if (age > 25 || !passed)
                {
                    var reportDate = age > 25 ? o.ReceivedOn.Value.AddDays(rnd.Next(8, 20)) : o.ReceivedOn.Value;
                    if (reportDate > today) reportDate = today;
                    o.ReportNo = string.Create(CultureInfo.InvariantCulture, $"SP{year}{seq:D6}");
                    o.ReportDate = reportDate;
                    o.Passed = passed;
                    o.FinalPassed = passed;
                    o.ResultToBureauBy = deadlines.ResultToBureau(reportDate, passed);
                    o.ResultReceivedOn = reportDate;
                    o.NoticeBy = deadlines.Notice(reportDate);
                    o.MicrobiologicalFailure = !passed && product.Items[1].Micro;
                    o.Status = SamplingStatus.Reported;
                    if (passed && reportDate.AddDays(5) < today)
                    {
                        o.NoticeServedOn = reportDate.AddDays(3);
                        o.Status = SamplingStatus.Closed;
                        if (rnd.Next(3) == 0) o.PublishedOn = reportDate.AddDays(10) < today ? reportDate.AddDays(10) : today;
                    }
                }
            }

            orders.Add((o, product, passed));
            if (!passed && o.Passed == false) failures.Add((o, product, failures.Count % 7));
        }

        foreach (var chunk in orders.Chunk(2000))
        {
            db.SamplingOrders.AddRange(chunk.Select(c => c.Order));
            await db.SaveChangesAsync(ct);
            foreach (var (o, p, _) in chunk.Where(c => c.Order.Passed is not null))
            {
                var seqItem = 0;
                foreach (var it in p.Items)
                {
                    var fail = o.Passed == false && (seqItem == 0 || (o.MicrobiologicalFailure && it.Micro));
                    db.SamplingResultItems.Add(new SamplingResultItem
                    {
                        OrderId = o.Id,
                        Seq = ++seqItem,
                        Item = it.Item,
                        Standard = it.Standard,
                        StandardValue = it.Limit,
                        Measured = (fail ? it.Fail : it.Pass).ToString(CultureInfo.InvariantCulture),
                        Unit = it.Unit,
                        Passed = !fail,
                        Microbiological = it.Micro,
                    });
                }
            }

            db.SamplingEvents.AddRange(chunk.Select(c => new SamplingEvent { OrderId = c.Order.Id, At = now, Actor = "张伟", Text = "登记抽样单（演示数据）" }));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        await FollowUpsAsync(sp, db, failures, retestLabs, deadlines, today, ct);
    }

    /// <summary>
    /// The failures in their follow-up states (by index mod 7): 0 notice pending; 1 retest requested; 2 retest done (still
    /// non-compliant); 3 disposal open; 4 disposal overdue; 5 disposal completed; 6 completed and published.
    /// </summary>
    private static async Task FollowUpsAsync(IServiceProvider sp, FoodSafetyDbContext db, List<(SamplingOrder Order, Product Product, int State)> failures,
        List<Lab> retestLabs, SamplingDeadlines deadlines, DateOnly today, CancellationToken ct)
    {
        if (failures.Count == 0) return;
        var units = sp.GetRequiredService<OrgUnitDirectory>();
        var directory = sp.GetRequiredService<IEntityDirectory>();
        foreach (var (stale, product, state) in failures)
        {
            var o = await db.SamplingOrders.IgnoreQueryFilters().SingleAsync(x => x.Id == stale.Id, ct);
            o.BusinessAddress = (await directory.PartyAsync(o.Uscc, ct))?.Address ?? "";
            var failed = $"{product.Items[0].Item}（检验结果 {product.Items[0].Fail}{product.Items[0].Unit}，标准值 {product.Items[0].Limit}）";
            var opened = o.ReportDate!.Value;
            if (state > 0)
            {
                o.NoticeServedOn = deadlines.Notice(opened) < today ? opened.AddDays(2) : today;
                o.RetestApplyBy = deadlines.RetestApplyBy(o.NoticeServedOn.Value);
                o.Status = SamplingStatus.Notified;
            }

            if (state is 1 or 2 && !o.MicrobiologicalFailure)
            {
                var applied = o.NoticeServedOn!.Value.AddDays(1) > today ? today : o.NoticeServedOn.Value.AddDays(1);
                var review = new SamplingReview
                {
                    OrderId = o.Id,
                    Kind = ReviewKind.Retest,
                    Status = ReviewStatus.Applied,
                    AppliedOn = applied,
                    Reason = "对检验结论有异议，申请复检",
                    AcceptBy = deadlines.Due(SamplingDeadlines.RetestAccept, applied),
                };
                o.Status = SamplingStatus.Review;
                if (state == 2)
                {
                    var candidates = retestLabs.Where(l => l.Id != o.LabId).OrderBy(l => l.Id).Select(l => (Reviews.Key(l.Id), l.Name)).ToList();
                    var secret = Inspections.Contracts.VerifiableDraw.NewSecret();
                    review.DecidedOn = applied;
                    review.DecisionNo = string.Create(CultureInfo.InvariantCulture, $"济市监复受〔{applied.Year}〕{o.Id}号");
                    review.Candidates = string.Join("\n", candidates.Select(c => $"{c.Item1},{c.Name}"));
                    review.CandidateHash = Inspections.Contracts.VerifiableDraw.CandidateHash(candidates);
                    review.Commitment = Inspections.Contracts.VerifiableDraw.Commitment(secret);
                    review.Secret = Inspections.Contracts.VerifiableDraw.Hex(secret);
                    review.Algorithm = Inspections.Contracts.VerifiableDraw.Algorithm;
                    review.PublicValue = review.DecisionNo;
                    review.PickedLabId = long.Parse(Reviews.Draw(review.Secret, review.PublicValue, o.Number, review.Candidates), CultureInfo.InvariantCulture);
                    review.PickedOn = applied;
                    review.DueBy = deadlines.Due(SamplingDeadlines.RetestLab, applied);
                    review.ReportBy = deadlines.Due(SamplingDeadlines.RetestReport, applied);
                    review.ReportNo = "FJ" + o.ReportNo;
                    review.Upheld = false;
                    review.Decision = "复检不合格，维持初检结论";
                    review.Status = ReviewStatus.Done;
                    o.Status = SamplingStatus.Closed;
                }

                db.SamplingReviews.Add(review);
            }

            var due = deadlines.Due(SamplingDeadlines.DisposalDeadline, opened);
            var d = new Disposal
            {
                OrderId = o.Id,
                Number = "HC" + o.Number[2..],
                OrderNumber = o.Number,
                Uscc = o.Uscc,
                BusinessName = o.BusinessName,
                FoodName = o.FoodName,
                DivisionCode = o.DivisionCode,
                OrgUnitId = o.OrgUnitId,
                OpenedOn = opened,
                DueOn = due,
            };
            if (state >= 5 || (due < today && state != 4))
            {
                d.CompletedOn = due.AddDays(-10) < today ? due.AddDays(-10) : today;
                d.Summary = "企业已封存并召回问题产品，查明原因并完成整改；已依法立案查处。";
            }

            if (state == 6) o.PublishedOn = opened.AddDays(15) < today ? opened.AddDays(15) : today;
            db.Disposals.Add(d);
            await db.SaveChangesAsync(ct);
            var seller = await units.BureauForAsync(o.DivisionCode, ct);
            db.DisposalTasks.Add(new DisposalTask { DisposalId = d.Id, Role = "销售者", OrgUnitId = seller?.Id, Addressee = seller?.Name ?? "（属地不明）", Address = o.BusinessAddress });
            if (o.ProducerName is not null)
            {
                var bureau = o.ProducerDivision is { } div ? await units.BureauForAsync(div, ct) : null;
                db.DisposalTasks.Add(new DisposalTask
                {
                    DisposalId = d.Id,
                    Role = "生产者",
                    OrgUnitId = bureau?.Id,
                    Outgoing = bureau is null,
                    Address = o.ProducerAddress,
                    Addressee = bureau?.Name ?? $"外省/外市（{o.ProducerDivision}）市场监督管理部门：{o.ProducerName}",
                });
            }

            var seq = 0;
            var doneSteps = d.CompletedOn is not null ? 11 : state == 4 ? 3 : 5;
            foreach (var (label, kind) in Disposals.Disposals.Duties.Select(x => (x, DisposalStepKind.Duty)).Concat(Disposals.Disposals.Points.Select(x => (x, DisposalStepKind.Point))))
            {
                seq++;
                db.DisposalSteps.Add(new DisposalStep
                {
                    DisposalId = d.Id,
                    Kind = kind,
                    Seq = seq,
                    Label = label,
                    DoneOn = seq <= doneSteps ? (opened.AddDays(seq * 3) < today ? opened.AddDays(seq * 3) : today) : null,
                });
            }

            db.SamplingEvents.Add(new SamplingEvent { OrderId = o.Id, At = sp.GetRequiredService<TimeProvider>().GetUtcNow(), Actor = "系统", Text = $"检验不合格：{failed}；启动核查处置 {d.Number}（演示数据）" });
            await db.SaveChangesAsync(ct);
        }
    }
}
