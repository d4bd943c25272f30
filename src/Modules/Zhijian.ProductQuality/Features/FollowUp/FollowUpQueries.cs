using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.FollowUp;

namespace Zhijian.ProductQuality.Features.FollowUp;

/// <summary>
/// 后处理 lists (filtered and paged in the database; stage by code, overdue = the current step's deadline has passed, dueWithin = it
/// falls within N days; producer/category/plan/division/q filters; counts per stage under the same filters) and one in full.
/// </summary>
internal sealed class FollowUpQueries(QualityDbContext db, IRuleBook rules, TimeProvider clock)
{
    public async Task<FollowUpList> ListAsync(string? stage, bool? overdue, int? dueWithin, string? division, string? q, string? category, long? planId,
        int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Clamp(page, 1, 100_000);
        var today = clock.Today();
        var x = db.FollowUps.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(division) && DivisionTable.IsWellFormed(division.Trim()))
        {
            var prefix = DivisionTable.ScopePrefix(division.Trim());
            x = x.Where(f => f.DivisionCode.StartsWith(prefix));
        }

        if (!string.IsNullOrWhiteSpace(category)) x = x.Where(f => f.ProductCategoryCode == category.Trim());
        if (planId is { } pid) x = x.Where(f => f.PlanId == pid);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            x = x.Where(f => f.Number == t || f.SampleNumber == t || f.ProducerUscc == t || f.ProductName.Contains(t) || f.ProducerName.Contains(t)
                || (f.SellerName != null && f.SellerName.Contains(t)));
        }

        if (overdue == true) x = x.Where(f => f.Stage <= FollowUpStage.SecondFailed && f.DueOn < today);
        if (dueWithin is { } n)
        {
            var limit = today.AddDays(Math.Clamp(n, 0, 3650));
            x = x.Where(f => f.Stage <= FollowUpStage.SecondFailed && f.DueOn >= today && f.DueOn <= limit);
        }

        var counts = await x.GroupBy(f => f.Stage).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        var parsed = FollowUpRules.Parse(stage);
        if (parsed is { } s) x = x.Where(f => f.Stage == s);
        else if (stage?.Trim() == "open") x = x.Where(f => f.Stage <= FollowUpStage.SecondFailed);
        var ordered = overdue == true || dueWithin is not null || parsed is not null && FollowUpRules.IsOpen(parsed.Value) || stage?.Trim() == "open"
            ? x.OrderBy(f => f.DueOn == null).ThenBy(f => f.DueOn).ThenBy(f => f.Id)
            : x.OrderByDescending(f => f.NotifiedOn).ThenByDescending(f => f.Id);
        var total = await x.CountAsync(ct);
        var rows = await ordered.Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        var warn = rules.GetInt(FollowUpRules.WarnKey, today);
        return new FollowUpList([.. rows.Select(f => Row(f, today, warn))], total, page, size,
            FollowUpRules.Stages.ToDictionary(st => st.Code, st => counts.FirstOrDefault(c => c.Key == st.Stage)?.N ?? 0));
    }

    /// <summary>The plans and product categories that have follow-ups (for the list's filters), and the due-soon window in days.</summary>
    public async Task<(IReadOnlyList<(long Id, string Name)> Plans, IReadOnlyList<(string Code, string Name)> Categories, int WarnDays)> FiltersAsync(CancellationToken ct)
    {
        var plans = await db.FollowUps.AsNoTracking().GroupBy(f => f.PlanId).Select(g => new { g.Key, Name = g.Max(f => f.PlanName) }).OrderByDescending(p => p.Key).Take(100).ToListAsync(ct);
        var categories = await db.FollowUps.AsNoTracking().GroupBy(f => f.ProductCategoryCode).Select(g => new { g.Key, Name = g.Min(f => f.ProductName) }).OrderBy(c => c.Key).Take(100).ToListAsync(ct);
        return ([.. plans.Select(p => (p.Key, p.Name ?? ""))], [.. categories.Select(c => (c.Key, c.Name ?? ""))], rules.GetInt(FollowUpRules.WarnKey, clock.Today()));
    }

    private static FollowUpRow Row(QualityFollowUp f, DateOnly today, int warn) => new(f.Id, f.Number, f.SampleNumber, f.PlanName, f.ProductName,
        f.ProductCategoryCode, f.ProducerName, FollowUpRules.ProducerNote(f.OutOfArea, f.ProducerBureauName, f.ProducerNotifiedOn), f.SellerName,
        FollowUpRules.CodeOf(f.Stage), FollowUpRules.NameOf(f.Stage), f.DueOn, FollowUpRules.DueStepName(f.DueStep),
        FollowUpRules.Remaining(f.DueOn, f.Stage, today), FollowUpRules.IsOverdue(f.DueOn, f.Stage, today), FollowUpRules.IsDueSoon(f.DueOn, f.Stage, today, warn),
        f.NotifiedOn, f.DivisionCode, f.Part == 1);

    public async Task<FollowUpView?> GetAsync(long id, CancellationToken ct)
    {
        var f = await db.FollowUps.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (f is null) return null;
        var history = await db.FollowUpEvents.AsNoTracking().Where(e => e.FollowUpId == id).OrderBy(e => e.Id)
            .Select(e => new FollowUpHistoryEntry(e.At, e.Actor, e.Text)).ToListAsync(ct);
        var today = clock.Today();
        return new FollowUpView(f.Id, f.Number, f.SampleId, f.SampleNumber, f.PlanId, f.PlanName, f.Level, f.OrgUnitName, f.ProductName, f.ProductCategoryCode,
            f.Brand, f.Model, f.Standard, f.FailedItems, f.ConsumerGood, f.ProducerUscc, f.ProducerName, f.ProducerDivision, f.SellerUscc, f.SellerName,
            f.SellerDivision, f.NotifiedOn, FollowUpRules.CodeOf(f.Stage), FollowUpRules.NameOf(f.Stage), f.DueOn, FollowUpRules.DueStepName(f.DueStep),
            FollowUpRules.Remaining(f.DueOn, f.Stage, today), FollowUpRules.IsOverdue(f.DueOn, f.Stage, today), f.OutOfArea,
            FollowUpRules.ProducerNote(f.OutOfArea, f.ProducerBureauName, f.ProducerNotifiedOn), f.ProducerBureauName, f.ProducerNotifiedOn, f.ProducerLetterNo,
            f.ReferredBy, f.StopConfirmedOn, f.StopConfirmedHow, f.OrderNo, f.OrderedOn, f.CorrectionDueOn, f.CorrectionReportOn, f.CorrectionReport,
            f.RecheckDueOn, f.RecheckOn, f.RecheckReportNo, f.RecheckPassed, f.RecheckConclusion, f.ReportedUpOn, f.AnnouncedOn, f.Announcement,
            f.SecondFromOn, f.SecondDueOn, f.SecondRecheckOn, f.SecondReportNo, f.SecondPassed, f.SecondConclusion, f.ClosedOn, f.WithdrawReason,
            ResumeAllowed(f), f.ClueRaisedAt is not null, f.RefusalClueAt is not null, Steps(f, today), Next(f), history);
    }

    /// <summary>Q10: the same product may resume only once a 复查 (or the second one) has passed.</summary>
    internal static bool ResumeAllowed(QualityFollowUp f) => f.Stage == FollowUpStage.Closed && (f.RecheckPassed == true || f.SecondPassed == true);

    internal static IReadOnlyList<string> Next(QualityFollowUp f)
    {
        if (!FollowUpRules.IsOpen(f.Stage)) return [];
        var next = new List<string>();
        if (f.StopConfirmedOn is null) next.Add("confirm-stop");
        if (f.OutOfArea && f.ProducerNotifiedOn is null) next.Add("notify-producer-bureau");
        switch (f.Stage)
        {
            case FollowUpStage.Stopped when !f.OutOfArea: next.Add("order"); break;
            case FollowUpStage.Correcting: next.Add("correction-report"); next.Add("recheck"); break;
            case FollowUpStage.Corrected: next.Add("recheck"); break;
            case FollowUpStage.RecheckFailed: next.Add("announce"); break;
            case FollowUpStage.Announced: next.Add("second-recheck"); break;
            case FollowUpStage.SecondFailed: next.Add("transfer"); break;
        }

        if (f.RefusalClueAt is null) next.Add("refusal");
        next.Add("withdraw");
        return next;
    }

    private static List<FollowUpStep> Steps(QualityFollowUp f, DateOnly today)
    {
        var steps = new List<FollowUpStep>
        {
            new(f.OutOfArea ? "责令销售者立即停止销售、下架" : "责令立即停止生产、销售同一产品", f.NotifiedOn, f.StopConfirmedOn,
                f.StopConfirmedOn is null ? FollowUpRules.IsOpen(f.Stage) ? "待企业确认" : "—" : "企业已确认", f.StopConfirmedHow),
        };
        if (f.OutOfArea)
        {
            steps.Add(new("通报生产者所在地市场监管局", null, f.ProducerNotifiedOn, f.ProducerNotifiedOn is null ? "待通报" : "已通报",
                f.ProducerNotifiedOn is null ? null : $"{f.ProducerBureauName}，{f.ProducerLetterNo}"));
            return steps;
        }

        steps.Add(new("责令整改", null, f.OrderedOn, f.OrderedOn is null ? "待下达" : "已下达", f.OrderNo));
        steps.Add(new("企业整改并提交整改报告", f.CorrectionDueOn, f.CorrectionReportOn, State(f.CorrectionDueOn, f.CorrectionReportOn, f, today), f.CorrectionReport));
        steps.Add(new("复查", f.RecheckDueOn, f.RecheckOn, State(f.RecheckDueOn, f.RecheckOn, f, today),
            f.RecheckOn is null ? null : $"{(f.RecheckPassed == true ? "合格" : "不合格")}（{f.RecheckReportNo}）{f.RecheckConclusion}"));
        if (f.RecheckPassed == false)
        {
            steps.Add(new("报告省级市场监管部门并公告", null, f.AnnouncedOn, f.AnnouncedOn is null ? "待公告" : "已公告",
                f.AnnouncedOn is null ? null : $"{f.ReportedUpOn:yyyy-MM-dd} 报告；{f.Announcement}"));
            steps.Add(new(f.SecondFromOn is null ? "再次复查（公告后 60–90 日）" : $"再次复查（{f.SecondFromOn:yyyy-MM-dd} 起）", f.SecondDueOn, f.SecondRecheckOn,
                f.AnnouncedOn is null ? "—" : State(f.SecondDueOn, f.SecondRecheckOn, f, today),
                f.SecondRecheckOn is null ? null : $"{(f.SecondPassed == true ? "合格" : "不合格")}（{f.SecondReportNo}）{f.SecondConclusion}"));
        }

        if (f.SecondPassed == false)
        {
            steps.Add(new("责令停业整顿、吊销许可证（移送案件线索）", null, f.ClueRaisedAt?.ToChinaDate(), f.ClueRaisedAt is null ? "待移送" : "已移送", null));
        }

        return steps;
    }

    private static string State(DateOnly? due, DateOnly? done, QualityFollowUp f, DateOnly today) =>
        done is { } d ? due is { } x && d > x ? "逾期完成" : "按期完成"
        : !FollowUpRules.IsOpen(f.Stage) || due is null ? "—"
        : due < today ? "逾期" : "待办";
}
