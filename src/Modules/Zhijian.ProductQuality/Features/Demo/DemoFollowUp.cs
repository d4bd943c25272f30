using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.FollowUp;
using Zhijian.ProductQuality.Features.FollowUp;

namespace Zhijian.ProductQuality.Features.Demo;

/// <summary>
/// Demo data of the FollowUp area: the follow-ups the SpotChecks demo opened (whatever opened them) advanced through the area's
/// own service into every state, as far as each one's notification date allows, in a fixed cycle — 整改到位, 整改中, 待复查,
/// 已公告待再次复查, 再次复查窗口已开, 再次复查不合格已移送, 整改逾期, 复查逾期, 撤销 — the newest (notified in the last 3 days) left
/// 待责令整改; an out-of-area one notified to its producer's bureau. Nothing when there are none or any has moved already.
/// </summary>
internal static class DemoFollowUp
{
    private static readonly string[] Cycle = ["closed", "correcting", "corrected", "announced", "window", "transferred", "correction-overdue", "recheck-overdue", "withdrawn", "closed-late"];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<QualityDbContext>();
        var rows = await db.FollowUps.AsNoTracking().Where(f => f.Part == 0).OrderBy(f => f.NotifiedOn).ThenBy(f => f.Id)
            .Select(f => new { f.Id, f.NotifiedOn, f.Stage, f.OutOfArea, f.OrderedOn }).ToListAsync(ct);
        if (rows.Count == 0 || rows.Any(r => r.Stage != FollowUpStage.Stopped || r.OrderedOn is not null)) return;
        var book = sp.GetRequiredService<FollowUpBook>();
        var today = sp.GetRequiredService<TimeProvider>().Today();
        var i = 0;
        foreach (var r in rows)
        {
            var age = today.DayNumber - r.NotifiedOn.DayNumber;
            if (r.OutOfArea)
            {
                await book.ConfirmStopAsync(r.Id, new ConfirmStop(r.NotifiedOn.AddDays(Math.Min(age, 1)), "销售者书面确认已下架"), ct);
                await book.NotifyProducerBureauAsync(r.Id, new NotifyProducerBureau(null, r.NotifiedOn.AddDays(Math.Min(age, 3)), $"济市监质函〔{today.Year}〕{r.Id}号"), ct);
                continue;
            }

            if (age < 3) continue;
            var target = Cycle[i++ % Cycle.Length];
            await AdvanceAsync(book, r.Id, r.NotifiedOn, today, age, target, ct);
        }

        db.ChangeTracker.Clear();
    }

    private static async Task AdvanceAsync(FollowUpBook b, long id, DateOnly notified, DateOnly today, int age, string target, CancellationToken ct)
    {
        await b.ConfirmStopAsync(id, new ConfirmStop(notified.AddDays(1), "企业书面确认并封存库存"), ct);
        if (target == "withdrawn")
        {
            await b.WithdrawAsync(id, new WithdrawFollowUp("复检结论合格，原检验结论不成立"), ct);
            return;
        }

        // Work back from today where the state needs it; fall back to a state the notification date allows.
        var t = target switch
        {
            "window" when age < 150 => age >= 100 ? "announced" : "correcting",
            "transferred" when age < 155 => age >= 70 ? "closed" : "correcting",
            "announced" when age < 100 => age >= 70 ? "closed" : "correcting",
            "recheck-overdue" when age < 92 => age >= 52 ? "corrected" : "correcting",
            "correction-overdue" or "closed" or "closed-late" when age < 70 => age >= 52 ? "corrected" : "correcting",
            "corrected" when age < 52 => "correcting",
            _ => target,
        };
        var order = t switch
        {
            "correcting" => Max(notified.AddDays(2), today.AddDays(-20)),
            "corrected" => today.AddDays(-50),
            "correction-overdue" => today.AddDays(-65),
            "recheck-overdue" => today.AddDays(-90),
            "announced" => today.AddDays(-100),
            "window" => today.AddDays(-150),
            "transferred" => today.AddDays(-155),
            _ => notified.AddDays(2),
        };
        await b.OrderAsync(id, new OrderCorrection(null, Min(order, today)), ct);
        switch (t)
        {
            case "correcting" or "correction-overdue":
                return;
            case "corrected":
                await b.ReportCorrectionAsync(id, new ReportCorrection(today.AddDays(-10), "更换原材料供应商，调整工艺参数，出厂检验增加该项目"), ct);
                return;
            case "recheck-overdue":
                await b.ReportCorrectionAsync(id, new ReportCorrection(today.AddDays(-40), "更换不合格部件，全部库存返工"), ct);
                return;
            case "closed" or "closed-late":
                await b.ReportCorrectionAsync(id, new ReportCorrection(order.AddDays(t == "closed" ? 40 : 63), "修订企业标准，补充出厂检验项目"), ct);
                await b.RecheckAsync(id, new RecordRecheck(order.AddDays(t == "closed" ? 65 : 64), $"FC{id:D6}", true, null), ct);
                return;
        }

        await b.ReportCorrectionAsync(id, new ReportCorrection(order.AddDays(45), "调整生产工艺"), ct);
        await b.RecheckAsync(id, new RecordRecheck(order.AddDays(70), $"FC{id:D6}", false, "复查样品仍不合格，同一项目"), ct);
        var announced = order.AddDays(80);
        await b.AnnounceAsync(id, new Announce(announced.AddDays(-3), announced, $"鲁市监质公告〔{announced.Year}〕{id}号"), ct);
        if (t == "transferred")
        {
            await b.SecondRecheckAsync(id, new RecordRecheck(announced.AddDays(70), $"ZFC{id:D6}", false, "再次复查仍不合格"), ct);
            await b.TransferAsync(id, ct);
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
