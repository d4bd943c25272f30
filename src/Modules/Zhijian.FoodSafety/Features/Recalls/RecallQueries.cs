using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Recalls;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Recalls;

/// <summary>
/// 食品召回 lists (filtered and paged in the database; due = start-overdue | complete-overdue | due-soon | progress-missing | open)
/// and the recall in full with its deadline box.
/// </summary>
internal sealed class RecallQueries(FoodSafetyDbContext db, RecallDeadlines deadlines, IWorkingCalendar calendar, TimeProvider clock)
{
    public const int DueSoonWorkingDays = 3;

    public async Task<RecallPage<RecallRow>> ListAsync(string? q, int? level, RecallKind? kind, RecallStatus? status, string? due, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var soon = calendar.AddWorkingDays(today, DueSoonWorkingDays);
        var gapFrom = today.AddDays(-deadlines.ProgressGapDays(today));
        var query = db.Recalls.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            query = query.Where(r => r.Number.Contains(t) || r.ProducerName.Contains(t) || r.Uscc == t || db.RecallProducts.Any(p => p.RecallId == r.Id && p.Name.Contains(t)));
        }

        if (level is { } l) query = query.Where(r => r.Level == (RecallLevel)l);
        if (kind is not null) query = query.Where(r => r.Kind == kind);
        if (status is not null) query = query.Where(r => r.Status == status);
        query = due switch
        {
            "start-overdue" => query.Where(r => r.StartedAt == null && r.StartBy < now).OrderBy(r => r.StartBy),
            "complete-overdue" => query.Where(r => (r.Status == RecallStatus.Announced || r.Status == RecallStatus.Summarised) && r.DueOn < today).OrderBy(r => r.DueOn),
            "due-soon" => query.Where(r => (r.Status == RecallStatus.Announced || r.Status == RecallStatus.Summarised) && r.DueOn >= today && r.DueOn <= soon).OrderBy(r => r.DueOn),
            "progress-missing" => query.Where(r => r.Status == RecallStatus.Announced && r.LastProgressOn < gapFrom).OrderBy(r => r.LastProgressOn),
            "open" => query.Where(r => r.Status < RecallStatus.Completed).OrderBy(r => r.DueOn == null).ThenBy(r => r.DueOn).ThenBy(r => r.StartBy),
            _ => query.OrderByDescending(r => r.LearnedAt).ThenByDescending(r => r.Id),
        };
        var total = await query.CountAsync(ct);
        var rows = await query.Skip(Paging.Skip(page, size)).Take(size)
            .Select(r => new
            {
                r.Id,
                r.Number,
                r.Level,
                r.Kind,
                r.ProducerName,
                Product = db.RecallProducts.Where(p => p.RecallId == r.Id).OrderBy(p => p.Seq).Select(p => p.Name).FirstOrDefault(),
                Products = db.RecallProducts.Count(p => p.RecallId == r.Id),
                r.Status,
                r.StartBy,
                r.StartedAt,
                r.DueOn,
                r.LastProgressOn,
            }).ToListAsync(ct);
        return new RecallPage<RecallRow>([.. rows.Select(r => new RecallRow(r.Id, r.Number, RecallNames.Of(r.Level), RecallNames.Of(r.Kind), r.ProducerName,
            r.Products > 1 ? $"{r.Product}等 {r.Products} 种" : r.Product ?? "", RecallNames.Of(r.Status), r.StartBy, r.StartedAt, r.DueOn,
            Mark(r.Status, r.StartBy, r.StartedAt, r.DueOn, r.LastProgressOn, now, today, soon, gapFrom)))], total, Math.Max(page, 1), size);
    }

    /// <summary>The list's mark: 启动超期 / 完成超期 / 即将到期 / 进展报告逾期 (null when nothing is pressing).</summary>
    public static string? Mark(RecallStatus status, DateTimeOffset startBy, DateTimeOffset? startedAt, DateOnly? dueOn, DateOnly? lastProgress,
        DateTimeOffset now, DateOnly today, DateOnly soon, DateOnly gapFrom)
    {
        if (startedAt is null && startBy < now) return "启动超期";
        if (status is RecallStatus.Announced or RecallStatus.Summarised && dueOn is { } due)
        {
            if (due < today) return "完成超期";
            if (due <= soon) return "即将到期";
        }

        if (status == RecallStatus.Announced && lastProgress < gapFrom) return "进展报告逾期";
        return null;
    }

    public async Task<RecallView?> GetAsync(long id, CancellationToken ct)
    {
        var r = await db.Recalls.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return null;
        var products = await db.RecallProducts.AsNoTracking().Where(p => p.RecallId == id).OrderBy(p => p.Seq).ToListAsync(ct);
        var batches = await db.RecallBatches.AsNoTracking().Where(b => b.RecallId == id).OrderBy(b => b.Id).ToListAsync(ct);
        var progress = await db.RecallProgress.AsNoTracking().Where(p => p.RecallId == id).OrderBy(p => p.ReportedOn).ThenBy(p => p.Id).ToListAsync(ct);
        var disposals = await db.RecallDisposals.AsNoTracking().Where(d => d.RecallId == id).OrderBy(d => d.PlannedAt).ToListAsync(ct);
        var scope = await db.RecallScopeLines.AsNoTracking().Where(s => s.RecallId == id).OrderBy(s => s.Manual).ThenBy(s => s.Depth).ThenBy(s => s.Id).ToListAsync(ct);
        var history = await db.RecallEvents.AsNoTracking().Where(e => e.RecallId == id).OrderBy(e => e.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var gap = deadlines.ProgressGapDays(today);
        DateOnly? progressDue = r.Status == RecallStatus.Announced && r.LastProgressOn is { } lp ? lp.AddDays(gap) : null;
        var box = new RecallDeadlineView(r.StartBy, r.StartHours, r.StartRule, r.StartedAt is null ? r.StartBy < now : r.StartedAt > r.StartBy,
            r.CompleteBy, r.CompleteRule, r.DueOn, r.ExtensionReason, r.ExtensionApprovedBy, r.ExtendedOn,
            r.DueOn is { } due && (r.CompletedOn is { } c ? c > due : r.Status is RecallStatus.Announced or RecallStatus.Summarised && due < today),
            progressDue, progressDue < today, gap);
        var recalled = r.SummaryRecalled ?? progress.Where(p => p.Round == r.Round).OrderBy(p => p.ReportedOn).ThenBy(p => p.Id).LastOrDefault()?.Recalled ?? 0;
        return new RecallView(r.Id, r.Number, (int)r.Level, RecallNames.Of(r.Level), r.LevelDefinition, RecallLevels.RegimeName(r.LevelRegime), RecallNames.Of(r.Kind),
            RecallNames.Of(r.Status), r.Round, r.Uscc, r.ProducerName, r.ProducerAddress, r.DivisionCode, r.OrgUnitName, r.Reason, r.Unit,
            r.LearnedAt, r.StartedAt, r.OrderNo, r.OrderedOn, r.PlanReceivedOn, r.PlanSummary, r.PlannedQuantity, r.AnnouncedOn, r.AnnouncementText,
            r.SummaryOn, r.SummaryText, r.SummaryRecalled, r.SummarySold, Recalls.Effectiveness(r.SummaryRecalled, r.SummarySold),
            r.CompletedOn, r.EvaluatedOn, r.EvaluationPassed, r.EvaluationNote, r.EvaluatedBy,
            r.ScopeBatchKey, r.ScopeDepth, r.ScopeTracedAt, r.ScopeTruncated,
            batches.Sum(b => b.Produced), batches.Sum(b => b.Sold), recalled, box,
            [.. products.Select(p => new RecallProductView(p.Id, p.Name, p.Specification, p.Gtin,
                [.. batches.Where(b => b.ProductId == p.Id).Select(b => new RecallBatchView(b.Id, b.Lot, b.ProductionDate, b.Produced, b.Sold))]))],
            [.. progress.Select(p => new RecallProgressView(p.Id, p.Round, p.ReportedOn, p.Recalled, p.Planned, p.Sold, p.Notes, p.CreatedBy))],
            [.. disposals.Select(d => new RecallDisposalView(d.Id, RecallNames.Of(d.Method), d.Quantity, d.Place, d.PlannedAt, d.ReportedAt, d.DoneOn, d.DoneQuantity, d.Witnesses, d.Note))],
            [.. scope.Select(s => new RecallScopeView(s.Id, s.PartyId, s.PartyName, s.Uscc, s.PartyKind, s.DivisionCode, s.BatchKey, s.ProductName, s.QuantityReceived,
                s.FirstReceivedAt, s.Depth, s.Manual, s.Recalled, RecallNames.Of(s.Status), s.Note))],
            [.. history.Select(h => new RecallHistoryEntry(h.At, h.Actor, h.Text))]);
    }
}
