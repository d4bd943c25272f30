using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Jobs;
using Zhijian.Platform.Storage;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.Recalls;

namespace Zhijian.ProductQuality.Features.Recalls;

/// <summary>Ordered recalls with a step overdue raise their case clue, once each (the recall keeps when it went).</summary>
internal sealed class RecallSweep(QualityDbContext db, Recalls recalls, RecallSupport support, TimeProvider clock)
{
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var overdue = await db.Recalls.IgnoreQueryFilters().Where(RecallQueries.DueBefore(today))
            .Where(r => r.Mode == RecallMode.Ordered && r.ClueRaisedAt == null).OrderBy(r => r.Id).Take(500).ToListAsync(ct);
        foreach (var r in overdue)
        {
            var (step, due) = RecallQueries.Pending(r).First(s => s.Due < today);
            recalls.RaiseClue(r, $"{r.FirmName}未按期执行责令召回（通知书 {r.OrderNo}）：{step}应于 {due:yyyy-MM-dd} 前完成，至今未完成", today);
            db.Audit("pq.recall.overdue-clue", "PqRecall", RecallSupport.Id(r.Id), null, new { Step = step, Due = due }, r.DivisionCode);
            support.History("recall", r.Id, $"责令召回的“{step}”已逾期（期限 {due:yyyy-MM-dd}），已移送案件线索");
        }

        await db.SaveChangesAsync(ct);
        return overdue.Count;
    }
}

/// <summary>Daily: overdue steps of ordered recalls become case clues.</summary>
internal sealed class RecallSweepJob : IScheduledJob
{
    public const string Key = "pq.recall-sweep";
    public const string Cron = "0 50 2 * * ?";

    public async Task ExecuteAsync(IServiceProvider services, CancellationToken ct)
    {
        services.GetRequiredService<ActorContext>().UseSystem();
        await services.GetRequiredService<RecallSweep>().SweepAsync(ct);
    }
}
