using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Entities.Contracts;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Recalls;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;

namespace Zhijian.FoodSafety.Features.Demo;

/// <summary>
/// One recall at each level, by three food producers of the registry (food businesses with a production licence, else companies
/// of the registry): 一级 ordered by the bureau, in progress and past its completion deadline; 二级 voluntary, completed on time
/// with a witnessed destruction and evaluated; 三级 voluntary (a label defect), in progress with a label correction reported in
/// advance. Deadlines from the rule book and the working calendar as the service computes them; scope lines by hand (the trace
/// demo may replace them); the timeline without per-row audit. Nothing when the registry is empty or recalls exist.
/// </summary>
internal static class DemoRecalls
{
    private sealed record Spec(RecallLevel Level, RecallKind Kind, int LearnedDaysAgo, string Product, string Packing, string Gtin, string Unit, string Reason,
        decimal Produced, decimal Sold);

    private static readonly Spec[] Specs =
    [
        new(RecallLevel.First, RecallKind.Ordered, 40, "巴氏杀菌乳", "950mL/瓶", "6901234567892", "瓶",
            "监督抽检检出单核细胞增生李斯特氏菌，可能诱发食源性疾病", 12000, 9600),
        new(RecallLevel.Second, RecallKind.Voluntary, 120, "酱卤鸭脖", "200g/袋", "6920000000012", "袋",
            "企业自检发现菌落总数超标，可能对人体健康造成一般危害", 8000, 5200),
        new(RecallLevel.Third, RecallKind.Voluntary, 6, "全麦面包", "400g/袋", "", "袋",
            "标签将“小麦粉”误标为“全麦粉”，配料表标注与实际不符", 3000, 2100),
    ];

    private static readonly (string Name, string Kind, string Division)[] Downstream =
    [
        ("济南某某冷链物流有限公司", "冷库", "370112"),
        ("济南七里堡蔬菜批发市场经营户", "批发市场", "370112"),
        ("济南某某超市有限公司历下店", "商超", "370102"),
        ("济南某某便利店连锁有限公司", "商超", "370103"),
    ];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<FoodSafetyDbContext>();
        if (await db.Recalls.IgnoreQueryFilters().AnyAsync(ct)) return;
        var directory = sp.GetRequiredService<IEntityDirectory>();
        var companies = new EntityFilter(Types: [EntityType.LimitedCompany, EntityType.JointStockCompany], Statuses: [EntityStatus.Active]);
        if (await directory.CountAsync(companies, ct) == 0) return;

        var usccs = await db.Businesses.IgnoreQueryFilters().AsNoTracking().Where(b => b.Active && b.Type == Domain.FoodBusinessType.Production)
            .OrderBy(b => b.Id).Select(b => b.Uscc).Distinct().Take(12).ToListAsync(ct);
        var producers = (await directory.FindManyAsync(usccs, ct)).Where(e => e.Type is EntityType.LimitedCompany or EntityType.JointStockCompany)
            .OrderBy(e => e.Uscc, StringComparer.Ordinal).Take(Specs.Length).ToList();
        if (producers.Count < Specs.Length)
        {
            var more = new List<string>();
            await foreach (var e in directory.SelectAsync(companies, ct))
            {
                if (producers.All(p => p.Uscc != e.Uscc)) more.Add(e.Uscc);
                if (more.Count >= Specs.Length) break;
            }

            producers.AddRange((await directory.FindManyAsync(more, ct)).OrderBy(e => e.Uscc, StringComparer.Ordinal).Take(Specs.Length - producers.Count));
        }

        if (producers.Count == 0) return;
        var clock = sp.GetRequiredService<TimeProvider>();
        var calendar = sp.GetRequiredService<IWorkingCalendar>();
        var deadlines = sp.GetRequiredService<RecallDeadlines>();
        var units = sp.GetRequiredService<OrgUnitDirectory>();
        var users = sp.GetRequiredService<UserManager<StaffUser>>();
        var witnesses = new List<string>();
        foreach (var login in new[] { "inspector", "chief" })
        {
            if (await users.FindByNameAsync(login) is { } u) witnesses.Add(string.IsNullOrWhiteSpace(u.DisplayName) ? login : u.DisplayName);
        }

        var now = clock.GetUtcNow();
        var today = clock.Today();
        var seq = 0;
        foreach (var (spec, producer) in Specs.Zip(producers))
        {
            var party = await directory.PartyAsync(producer.Uscc, ct);
            var unit = await units.BureauForAsync(producer.DivisionCode, ct);
            var learnedAt = new DateTimeOffset(today.AddDays(-spec.LearnedDaysAgo).ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(8));
            var (startBy, hours, startRule) = deadlines.StartBy(spec.Level, learnedAt);
            var (regime, definition) = deadlines.Level(spec.Level, learnedAt.ToChinaDate());
            var startedAt = learnedAt.AddHours(Math.Max(2, hours / 2));
            var startedOn = startedAt.ToChinaDate();
            var announcedOn = startedOn.AddDays(1);
            var (completeBy, period, completeRule) = deadlines.CompleteBy(spec.Level, announcedOn, startedOn);
            var planned = spec.Sold;
            var r = new Recall
            {
                Number = $"ZH{today.Year}{++seq:D6}",
                Level = spec.Level,
                Kind = spec.Kind,
                Status = RecallStatus.Announced,
                Uscc = producer.Uscc,
                ProducerName = producer.Name,
                ProducerAddress = party?.Address ?? "",
                DivisionCode = producer.DivisionCode,
                OrgUnitId = unit?.Id ?? 0,
                OrgUnitName = unit?.Name ?? "",
                Reason = spec.Reason,
                LevelDefinition = definition,
                LevelRegime = regime,
                Unit = spec.Unit,
                LearnedAt = learnedAt,
                StartBy = startBy,
                StartHours = hours,
                StartRule = startRule.Text,
                StartedAt = startedAt,
                StartedOn = startedOn,
                OrderNo = spec.Kind == RecallKind.Ordered ? $"济市监食召〔{today.Year}〕1号" : null,
                OrderedOn = spec.Kind == RecallKind.Ordered ? learnedAt.ToChinaDate() : null,
                PlanReceivedOn = startedOn,
                PlanSummary = "停止生产销售，通知下游经营者下架封存，设立消费者退货点，召回产品集中销毁。",
                PlannedQuantity = planned,
                AnnouncedOn = announcedOn,
                AnnouncementText = $"{producer.Name}关于主动召回{spec.Product}（{spec.Packing}）的公告：因{spec.Reason}，本公司决定召回下列批次产品。请各经营者立即停止销售并下架封存，消费者可凭购物凭证到原购买处退货。",
                CompleteBy = completeBy,
                DueOn = completeBy,
                CompleteRule = $"{period.ToChinese()}（{completeRule.Text}）",
                LastProgressOn = announcedOn,
                CreatedAt = learnedAt.AddHours(1),
                CreatedBy = "系统",
            };
            db.Recalls.Add(r);
            await db.SaveChangesAsync(ct);
            var product = new RecallProduct { RecallId = r.Id, Seq = 1, Name = spec.Product, Specification = spec.Packing, Gtin = spec.Gtin.Length == 0 ? null : spec.Gtin };
            db.RecallProducts.Add(product);
            await db.SaveChangesAsync(ct);
            var productionDay = learnedAt.ToChinaDate().AddDays(-10);
            db.RecallBatches.AddRange(
                new RecallBatch { RecallId = r.Id, ProductId = product.Id, Lot = $"{productionDay:yyyyMMdd}A", ProductionDate = productionDay, Produced = spec.Produced / 2, Sold = spec.Sold / 2 },
                new RecallBatch { RecallId = r.Id, ProductId = product.Id, Lot = $"{productionDay.AddDays(1):yyyyMMdd}B", ProductionDate = productionDay.AddDays(1), Produced = spec.Produced / 2, Sold = spec.Sold / 2 });
            var i = 0;
            foreach (var d in Downstream)
            {
                var received = Math.Round(spec.Sold / Downstream.Length);
                db.RecallScopeLines.Add(new RecallScopeLine
                {
                    RecallId = r.Id,
                    PartyName = d.Name,
                    PartyKind = d.Kind,
                    DivisionCode = d.Division,
                    BatchKey = $"{spec.Gtin}{(spec.Gtin.Length == 0 ? "" : "+")}{productionDay:yyyyMMdd}A",
                    ProductName = spec.Product,
                    QuantityReceived = received,
                    FirstReceivedAt = learnedAt.AddDays(-8 + i++),
                    Manual = true,
                    Recalled = spec.Level == RecallLevel.Second ? received : Math.Round(received * 0.6m),
                    Status = spec.Level == RecallLevel.Second ? ScopeLineStatus.Done : ScopeLineStatus.Recalling,
                });
            }

            var events = new List<(DateTimeOffset At, string Text)>
            {
                (r.CreatedAt, $"登记{RecallNames.Of(r.Kind)}（{RecallNames.Of(r.Level)}）：{spec.Product}；应于 {Recalls.Recalls.Local(startBy)} 前启动召回（{hours} 小时，{startRule.Text}）"),
                (startedAt, $"收到召回计划，召回于 {Recalls.Recalls.Local(startedAt)} 启动，在启动期限内"),
                (ChinaNoon(announcedOn), $"发布召回公告（{announcedOn:yyyy-MM-dd}）；应于 {completeBy:yyyy-MM-dd} 前完成召回（{r.CompleteRule}）"),
            };
            var reportOn = announcedOn.AddDays(5);
            var reported = 0m;
            while (reportOn < today && reportOn < completeBy.AddDays(-2) && events.Count < 8)
            {
                reported = Math.Min(planned, reported + Math.Round(planned * 0.3m));
                db.RecallProgress.Add(new RecallProgress
                {
                    RecallId = r.Id,
                    Round = 1,
                    ReportedOn = reportOn,
                    Recalled = reported,
                    Planned = planned,
                    Sold = spec.Sold,
                    Notes = "下游经营者已下架封存，消费者退货持续进行。",
                    CreatedAt = ChinaNoon(reportOn),
                    CreatedBy = "系统",
                });
                r.LastProgressOn = reportOn;
                events.Add((ChinaNoon(reportOn), $"阶段性进展报告（{reportOn:yyyy-MM-dd}）：已召回 {reported} / 计划 {planned} / 已售出 {spec.Sold}{spec.Unit}"));
                reportOn = reportOn.AddDays(5);
            }

            if (spec.Level == RecallLevel.Second)
            {
                var summaryOn = calendar.AddWorkingDays(announcedOn, 12);
                var disposalOn = calendar.AddWorkingDays(announcedOn, 14);
                var completedOn = calendar.AddWorkingDays(announcedOn, 15);
                var recalled = Math.Round(spec.Sold * 0.96m);
                r.SummaryOn = summaryOn;
                r.SummaryRecalled = recalled;
                r.SummarySold = spec.Sold;
                r.SummaryText = "两个批次均已召回，未召回部分经核实已被消费；召回产品已集中销毁。";
                db.RecallDisposals.Add(new RecallDisposal
                {
                    RecallId = r.Id,
                    Method = DisposalMethod.Destroy,
                    Quantity = recalled,
                    Place = "济南市第二生活垃圾焚烧发电厂",
                    PlannedAt = ChinaNoon(disposalOn),
                    ReportedAt = ChinaNoon(summaryOn),
                    DoneOn = disposalOn,
                    DoneQuantity = recalled,
                    Witnesses = string.Join("、", witnesses),
                });
                r.CompletedOn = completedOn;
                r.EvaluatedOn = calendar.AddWorkingDays(completedOn, 2);
                r.EvaluationPassed = true;
                r.EvaluationNote = "召回率 96%，处置经现场见证，达到召回要求。";
                r.EvaluatedBy = witnesses.LastOrDefault() ?? "系统";
                r.Status = RecallStatus.Closed;
                events.Add((ChinaNoon(summaryOn), $"提交总结报告：召回 {recalled}{spec.Unit}，流入市场 {spec.Sold}{spec.Unit}"));
                events.Add((ChinaNoon(disposalOn), $"完成处置：销毁 {recalled}{spec.Unit}，见证人员 {string.Join("、", witnesses)}"));
                events.Add((ChinaNoon(completedOn), $"召回完成（{completedOn:yyyy-MM-dd}）：按期完成"));
                events.Add((ChinaNoon(r.EvaluatedOn.Value), "评估：达到召回要求"));
            }
            else if (spec.Level == RecallLevel.Third)
            {
                var plannedAt = now.AddDays(3);
                db.RecallDisposals.Add(new RecallDisposal
                {
                    RecallId = r.Id,
                    Method = DisposalMethod.LabelCorrection,
                    Quantity = spec.Sold,
                    Place = "生产者成品仓库",
                    PlannedAt = plannedAt,
                    ReportedAt = now.AddHours(-2),
                });
                events.Add((now.AddHours(-2), $"事先报告处置：补正标签 {spec.Sold}{spec.Unit}，计划于 {Recalls.Recalls.Local(plannedAt)} 进行"));
            }

            db.RecallEvents.AddRange(events.Select(e => new RecallEvent { RecallId = r.Id, At = e.At, Actor = "系统", Text = e.Text }));
            await db.SaveChangesAsync(ct);
        }
    }

    private static DateTimeOffset ChinaNoon(DateOnly d) => new(d.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(8));
}
