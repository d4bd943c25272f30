using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.Recalls;

namespace Zhijian.ProductQuality.Features.Recalls;

/// <summary>
/// 召回 lists (filtered and paged in the database; due = overdue | due-soon | open) and the recall in full with its deadline box.
/// The pending steps of a recall: 提交召回计划 (待提交), 发布召回公告 (已备案), then while it runs 通知车主 (cars), 阶段性进展报告 and
/// 总结报告; a step is overdue the day after its due date.
/// </summary>
internal sealed class RecallQueries(QualityDbContext db, RecallDeadlines deadlines, IWorkingCalendar calendar, TimeProvider clock)
{
    public const int DueSoonWorkingDays = 3;

    /// <summary>Recalls with a pending step due before <paramref name="before"/> (strictly).</summary>
    public static Expression<Func<Recall, bool>> DueBefore(DateOnly before) => r =>
        (r.Status == RecallStatus.Opened && r.PlanDueOn < before)
        || (r.Status == RecallStatus.PlanFiled && r.NoticeDueOn < before)
        || (r.Status == RecallStatus.InProgress && ((r.OwnerNoticeDueOn < before && r.OwnersNotifiedOn == null) || r.ProgressDueOn < before || r.SummaryDueOn < before));

    /// <summary>The pending steps of <paramref name="r"/> with their due dates, earliest first.</summary>
    public static IReadOnlyList<(string Step, DateOnly Due)> Pending(Recall r)
    {
        var steps = new List<(string, DateOnly)>();
        switch (r.Status)
        {
            case RecallStatus.Opened when r.PlanDueOn is { } p:
                steps.Add(("提交召回计划", p));
                break;
            case RecallStatus.PlanFiled when r.NoticeDueOn is { } n:
                steps.Add(("发布召回公告", n));
                break;
            case RecallStatus.InProgress:
                if (r.OwnerNoticeDueOn is { } o && r.OwnersNotifiedOn is null) steps.Add(("通知车主", o));
                if (r.ProgressDueOn is { } g) steps.Add(("阶段性进展报告", g));
                if (r.SummaryDueOn is { } s) steps.Add(("召回总结报告", s));
                break;
        }

        return [.. steps.OrderBy(s => s.Item2)];
    }

    public async Task<RecallPage<RecallRow>> ListAsync(ProductKind? kind, RecallMode? mode, RecallStatus? status, string? due, string? division, string? q,
        int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Clamp(page, 1, 100_000);
        var today = clock.Today();
        var soon = calendar.AddWorkingDays(today, DueSoonWorkingDays);
        var query = db.Recalls.AsNoTracking();
        if (kind is not null) query = query.Where(r => r.Kind == kind);
        if (mode is not null) query = query.Where(r => r.Mode == mode);
        if (status is not null) query = query.Where(r => r.Status == status);
        if (!string.IsNullOrWhiteSpace(division) && DivisionTable.IsWellFormed(division.Trim()))
        {
            var prefix = DivisionTable.ScopePrefix(division.Trim());
            query = query.Where(r => r.DivisionCode.StartsWith(prefix));
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            query = query.Where(r => r.Number.Contains(t) || r.FirmName.Contains(t) || r.Product.Contains(t) || r.Models.Contains(t) || r.Uscc == t);
        }

        query = due switch
        {
            "overdue" => query.Where(DueBefore(today)),
            "due-soon" => query.Where(DueBefore(soon.AddDays(1))).Where(r => !(
                (r.Status == RecallStatus.Opened && r.PlanDueOn < today) || (r.Status == RecallStatus.PlanFiled && r.NoticeDueOn < today)
                || (r.Status == RecallStatus.InProgress && ((r.OwnerNoticeDueOn < today && r.OwnersNotifiedOn == null) || r.ProgressDueOn < today || r.SummaryDueOn < today)))),
            "open" => query.Where(r => r.Status < RecallStatus.Completed),
            _ => query,
        };
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.ConfirmedOn).ThenByDescending(r => r.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new RecallPage<RecallRow>([.. rows.Select(r =>
        {
            var pending = Pending(r);
            var next = pending.Count > 0 ? pending[0] : default;
            DateOnly? nextDue = next.Step is null ? null : next.Due;
            var mark = nextDue is not { } d ? null : d < today ? "逾期" : d <= soon ? "即将到期" : null;
            return new RecallRow(r.Id, r.Number, RecallNames.Of(r.Kind), RecallNames.Of(r.Mode), r.FirmName, r.Product, RecallNames.Of(r.Status), r.AffectedUnits,
                r.RecalledUnits, RecallEffect.Ratio(r.RecalledUnits, r.AffectedUnits), nextDue, next.Step, mark);
        })], total, page, size);
    }

    public async Task<RecallView?> GetAsync(long id, CancellationToken ct)
    {
        var r = await db.Recalls.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return null;
        var progress = await db.RecallProgress.AsNoTracking().Where(p => p.RecallId == id).OrderBy(p => p.ReportedOn).ThenBy(p => p.Id).ToListAsync(ct);
        var history = await db.RecallEvents.AsNoTracking().Where(e => e.Subject == "recall" && e.SubjectId == id).OrderBy(e => e.Id).ToListAsync(ct);
        var today = clock.Today();
        bool Over(DateOnly? due, DateOnly? done) => due is { } d && (done is { } x ? x > d : r.Status < RecallStatus.Completed && d < today);
        var box = new List<RecallDeadlineLine>();
        if (r.Kind == ProductKind.Consumer) box.Add(new("提交召回计划", r.PlanDueOn, r.PlanRule, r.PlanFiledOn, Over(r.PlanDueOn, r.PlanFiledOn)));
        else box.Add(new("召回计划备案", null, "《缺陷汽车产品召回管理条例》第16条：确认缺陷后立即停止生产、销售、进口并备案召回计划", r.PlanFiledOn, false));
        box.Add(new("发布召回公告", r.NoticeDueOn, r.NoticeRule, r.NoticeOn, Over(r.NoticeDueOn, r.NoticeOn)));
        if (r.Kind == ProductKind.Car) box.Add(new("通知车主", r.OwnerNoticeDueOn, r.OwnerNoticeRule, r.OwnersNotifiedOn, Over(r.OwnerNoticeDueOn, r.OwnersNotifiedOn)));
        if (r.NoticeOn is not null)
            box.Add(new("阶段性进展报告", r.Status == RecallStatus.InProgress ? r.ProgressDueOn : null, deadlines.Progress(r.NoticeOn.Value).Rule, r.LastProgressOn,
                r.Status == RecallStatus.InProgress && r.ProgressDueOn < today));
        box.Add(new("召回总结报告", r.SummaryDueOn, r.SummaryRule, r.SummaryOn, Over(r.SummaryDueOn, r.SummaryOn)));
        return new RecallView(r.Id, r.Number, RecallNames.Of(r.Kind), RecallNames.Of(r.Mode), RecallNames.Of(r.Status), r.InvestigationId, r.Uscc, r.FirmName,
            r.DivisionCode, r.OrgUnitName, r.Category, r.Product, r.Models, r.ProducedFrom, r.ProducedTo, r.Defect, r.Hazard, r.Contact, r.ConfirmedOn, r.OrderNo,
            RecallNames.Of(r.Measures), r.AffectedUnits, r.Scope, r.PlanStart, r.PlanEnd, r.PlanFiledOn, r.NoticeOn, r.NoticeText, r.OwnersNotifiedOn,
            r.RecalledUnits, RecallEffect.Ratio(r.RecalledUnits, r.AffectedUnits), r.SummaryOn, r.SummaryText, r.RefusedOn, r.RefusalNote, r.ClueRaisedAt is not null,
            r.Kind == ProductKind.Car ? deadlines.RecordsNote(r.ConfirmedOn) : null, box,
            [.. progress.Select(p => new RecallProgressView(p.Id, p.ReportedOn, p.Recalled, p.Repaired, p.Replaced, p.Refunded, p.Warned, p.Notes, p.By))],
            [.. history.Select(h => new RecallHistoryEntry(h.At, h.Actor, h.Text))]);
    }
}
