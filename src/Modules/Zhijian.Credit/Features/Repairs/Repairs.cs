using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Credit.Features.Feed;
using Zhijian.Credit.Features.Listings;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Credit.Features.Repairs;

/// <summary>A repair application as the console and API read it; <see cref="PendingDue"/> is the deadline of the step it waits for.</summary>
internal sealed record RepairView(long Id, string Uscc, string EntityName, string DivisionCode, long? ListingId, long? RecordId, string Target,
    string Applicant, bool ByStaff, string Reasons, DateOnly SubmittedOn, DateOnly AcceptDue, DateOnly? AcceptedOn, DateOnly? DecideDue,
    DateOnly? DecidedOn, DateOnly? ActDue, DateOnly? DoneOn, RepairStatus Status, string StatusName, string? Decision, string? HandledBy,
    DateOnly? PendingDue, bool Overdue);

internal sealed record RepairPage(int Total, IReadOnlyList<RepairView> Items);

/// <summary>信用修复申请: a listing to remove (listingId) or a penalty whose disclosure ends early (recordId) — exactly one.</summary>
internal sealed record SubmitRepair(string? Uscc, long? ListingId, long? RecordId, string? Applicant, string? Reasons);

/// <summary>A workflow step's opinion (受理 / 不予受理 / 准予 / 不予修复 / 办结).</summary>
internal sealed record RepairStep(string? Opinion)
{
    /// <summary>A step sent without a body: no opinion.</summary>
    public static readonly RepairStep None = new((string?)null);
}

/// <summary>
/// 信用修复: application by the entity (API client with credit.write) or by staff on its behalf; acceptance within 2 WD,
/// decision within 15 WD of acceptance, action within 3 WD of approval, all on the working calendar; completion removes
/// the listing or ends the penalty's disclosure (feed entry, event). Every step is audited.
/// </summary>
internal sealed class Repairs(CreditDbContext db, Listings.Listings listings, IRuleBook rules, IWorkingCalendar calendar, ActorContext actor,
    TimeProvider clock)
{
    public async Task<RepairPage> SearchAsync(RepairStatus? status, string? uscc, CancellationToken ct)
    {
        var q = db.Repairs.AsNoTracking();
        if (status is { } s) q = q.Where(x => x.Status == s);
        if (!string.IsNullOrWhiteSpace(uscc))
        {
            var code = uscc.Trim().ToUpperInvariant();
            q = q.Where(x => x.Uscc == code);
        }

        var rows = await q.OrderBy(x => x.Status).ThenBy(x => x.SubmittedOn).ThenBy(x => x.Id).Take(500).ToListAsync(ct);
        var views = new List<RepairView>();
        foreach (var r in rows) views.Add(await ViewAsync(r, ct));
        return new RepairPage(await q.CountAsync(ct), views);
    }

    public async Task<RepairView?> GetAsync(long id, CancellationToken ct) =>
        await db.Repairs.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct) is { } r ? await ViewAsync(r, ct) : null;

    public async Task<Result<RepairView>> SubmitAsync(SubmitRepair cmd, CancellationToken ct)
    {
        var me = actor.Current;
        var today = clock.Today();
        var errors = new FieldErrors();
        if (cmd.ListingId is null == cmd.RecordId is null)
            errors.Add("listingId", "请指定要修复的名单记录（listingId）或行政处罚信息（recordId），二者只能选其一");
        errors.Require("applicant", cmd.Applicant, "申请人", 100);
        errors.Require("reasons", cmd.Reasons, "申请理由（已履行义务、纠正违法行为的情况）", 2000);
        if (errors.Count > 0) return Result<RepairView>.Invalid(errors.ToDictionary());

        string uscc, name, division;
        if (cmd.ListingId is { } listingId)
        {
            var listing = await db.Listings.AsNoTracking().SingleOrDefaultAsync(x => x.Id == listingId, ct);
            if (listing is null) return Result<RepairView>.Invalid("listingId", $"名单记录 {listingId} 不存在，该主体未被列入，无需申请信用修复");
            if (ListingRules.ListingRefusalText(listing, today) is { } refusal) return Result<RepairView>.Invalid("listingId", refusal);
            (uscc, name, division) = (listing.Uscc, listing.EntityName, listing.DivisionCode);
        }
        else
        {
            var record = await db.Records.AsNoTracking().SingleOrDefaultAsync(x => x.Id == cmd.RecordId, ct);
            if (record is null) return Result<RepairView>.Invalid("recordId", $"信用记录 {cmd.RecordId} 不存在，无需申请信用修复");
            var months = rules.GetInt(RepairRules.IsSafetyField(record.Field) ? "disclosure.repair-after-safety" : "disclosure.repair-after", record.DecidedOn);
            var from = record.DecidedOn.AddMonths(months);
            if (RepairRules.PenaltyRefusal(record.Kind, record.Severe, record.IsPublicOn(today), from, today, months) is { } refusal)
                return Result<RepairView>.Invalid("recordId", refusal);
            (uscc, name, division) = (record.Uscc, record.EntityName, record.DivisionCode);
        }

        if (!string.IsNullOrWhiteSpace(cmd.Uscc) && !string.Equals(cmd.Uscc.Trim(), uscc, StringComparison.OrdinalIgnoreCase))
            return Result<RepairView>.Invalid("uscc", $"统一社会信用代码与所修复记录的主体（{uscc}）不一致");
        if (await db.Repairs.AnyAsync(x => ((cmd.ListingId != null && x.ListingId == cmd.ListingId) || (cmd.RecordId != null && x.RecordId == cmd.RecordId))
                && (x.Status == RepairStatus.Submitted || x.Status == RepairStatus.Accepted || x.Status == RepairStatus.Approved), ct))
            return Result<RepairView>.Conflict("listingId", "该记录已有办理中的信用修复申请，请勿重复提交");

        var repair = new RepairApplication
        {
            Uscc = uscc,
            EntityName = name,
            DivisionCode = division,
            ListingId = cmd.ListingId,
            RecordId = cmd.RecordId,
            Applicant = cmd.Applicant!.Trim(),
            ByStaff = !me.IsApiClient,
            Reasons = cmd.Reasons!.Trim(),
            SubmittedOn = today,
            AcceptDue = RepairRules.AcceptDue(calendar, today, rules.GetPeriod("repair.accept", today)),
            Status = RepairStatus.Submitted,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Repairs.Add(repair);
        await db.SaveChangesAsync(ct); // the id first, then the audit entry naming it, in the same transaction
        db.Audit("credit.repair-submitted", nameof(RepairApplication), repair.Id.ToString(CultureInfo.InvariantCulture), null,
            new { repair.Uscc, repair.ListingId, repair.RecordId, repair.Applicant, repair.ByStaff, repair.AcceptDue }, division);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await ViewAsync(repair, ct);
    }

    public Task<Result<RepairView>> AcceptAsync(long id, RepairStep step, CancellationToken ct) =>
        StepAsync(id, RepairStatus.Submitted, RepairStatus.Accepted, "credit.repair-accepted", step, optional: true, (r, today) =>
        {
            r.AcceptedOn = today;
            r.DecideDue = RepairRules.DecideDue(calendar, today, rules.GetPeriod("repair.decide", today));
            return Task.CompletedTask;
        }, ct);

    public Task<Result<RepairView>> NotAcceptAsync(long id, RepairStep step, CancellationToken ct) =>
        StepAsync(id, RepairStatus.Submitted, RepairStatus.NotAccepted, "credit.repair-not-accepted", step, optional: false, Decided, ct);

    public Task<Result<RepairView>> ApproveAsync(long id, RepairStep step, CancellationToken ct) =>
        StepAsync(id, RepairStatus.Accepted, RepairStatus.Approved, "credit.repair-approved", step, optional: true, (r, today) =>
        {
            r.DecidedOn = today;
            r.ActDue = RepairRules.ActDue(calendar, today, rules.GetPeriod("repair.act", today));
            return Task.CompletedTask;
        }, ct);

    public Task<Result<RepairView>> DenyAsync(long id, RepairStep step, CancellationToken ct) =>
        StepAsync(id, RepairStatus.Accepted, RepairStatus.Denied, "credit.repair-denied", step, optional: false, Decided, ct);

    /// <summary>办结: the approved repair takes effect — the listing is removed or the penalty's disclosure ends today.</summary>
    public Task<Result<RepairView>> CompleteAsync(long id, RepairStep step, CancellationToken ct) =>
        StepAsync(id, RepairStatus.Approved, RepairStatus.Done, "credit.repair-done", step, optional: true, async (r, today) =>
        {
            r.DoneOn = today;
            if (r.ListingId is { } listingId)
            {
                var listing = await db.Listings.SingleAsync(x => x.Id == listingId, ct);
                await listings.ApplyRemovedAsync(listing, r.DecidedOn ?? today, today, $"信用修复（申请 {r.Id}）：{r.Reasons}".Truncate(480), null, ct);
            }
            else if (r.RecordId is { } recordId)
            {
                var record = await db.Records.SingleAsync(x => x.Id == recordId, ct);
                record.RepairedOn = today;
                CreditFeed.Add(db, CreditFeed.PenaltyRepaired, record.Uscc, record.EntityName, record.DivisionCode, record.DocumentNo ?? record.SourceId,
                    $"信用修复，提前停止公示：{record.Title}".Truncate(480), today, clock.GetUtcNow());
                db.Publish(new CreditRecordAccepted(record.Uscc, record.Kind, record.SourceSystem, record.SourceId));
                db.Publish(new PenaltyDisclosureEnded(record.Uscc, record.SourceSystem, record.SourceId, today, "信用修复，提前停止公示"));
            }
        }, ct);

    /// <summary>不予受理 / 不予修复: the decision date is all a refusal records.</summary>
    private static Task Decided(RepairApplication r, DateOnly today)
    {
        r.DecidedOn = today;
        return Task.CompletedTask;
    }

    /// <summary>One workflow step: from <paramref name="from"/> to <paramref name="to"/>, then what the step records (<paramref name="apply"/>), audited.</summary>
    private async Task<Result<RepairView>> StepAsync(long id, RepairStatus from, RepairStatus to, string action, RepairStep step, bool optional,
        Func<RepairApplication, DateOnly, Task> apply, CancellationToken ct)
    {
        var me = actor.Current;
        if (!CreditAccess.CanDecide(me)) return Result<RepairView>.Forbidden("只有登记注册（信用）人员或科室负责人可以办理信用修复");
        var repair = await db.Repairs.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (repair is null) return Result<RepairView>.NotFound($"信用修复申请 {id} 不存在或不在您的管辖范围内");
        if (repair.Status != from)
            return Result<RepairView>.Conflict("status", $"该申请当前为“{StatusName(repair.Status)}”，只能在“{StatusName(from)}”时办理此步骤");
        if (!optional && string.IsNullOrWhiteSpace(step.Opinion)) return Result<RepairView>.Invalid("opinion", "请填写理由");
        if (step.Opinion is { Length: > 900 }) return Result<RepairView>.Invalid("opinion", "意见不能超过 900 个字符");
        var before = await ViewAsync(repair, ct);
        var today = clock.Today();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        repair.Status = to;
        await apply(repair, today);
        repair.HandledBy = me.Name;
        if (!string.IsNullOrWhiteSpace(step.Opinion)) repair.Decision = step.Opinion.Trim();
        var after = await ViewAsync(repair, ct);
        db.Audit(action, nameof(RepairApplication), repair.Id.ToString(CultureInfo.InvariantCulture), before, after, repair.DivisionCode);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return after;
    }

    private async Task<RepairView> ViewAsync(RepairApplication r, CancellationToken ct)
    {
        var target = r.ListingId is { } lid
            ? await db.Listings.AsNoTracking().Where(x => x.Id == lid).Select(x => new { x.List, x.Ground, x.DecisionNo }).SingleOrDefaultAsync(ct) is { } l
                ? $"{(l.List == CreditList.Serious ? "提前移出" : l.List == CreditList.AbnormalMark ? "恢复正常记载状态" : "移出")}{CreditNames.Of(l.List)}（{l.DecisionNo}）"
                : $"名单记录 {lid}"
            : await db.Records.AsNoTracking().Where(x => x.Id == r.RecordId).Select(x => new { x.Title, x.DocumentNo }).SingleOrDefaultAsync(ct) is { } rec
                ? $"提前停止公示行政处罚信息（{rec.DocumentNo ?? rec.Title}）"
                : $"信用记录 {r.RecordId}";
        var today = clock.Today();
        return new RepairView(r.Id, r.Uscc, r.EntityName, r.DivisionCode, r.ListingId, r.RecordId, target, r.Applicant, r.ByStaff, r.Reasons,
            r.SubmittedOn, r.AcceptDue, r.AcceptedOn, r.DecideDue, r.DecidedOn, r.ActDue, r.DoneOn, r.Status, StatusName(r.Status), r.Decision,
            r.HandledBy, RepairRules.PendingDue(r.Status, r.AcceptDue, r.DecideDue, r.ActDue),
            RepairRules.IsOverdue(r.Status, r.AcceptDue, r.DecideDue, r.ActDue, today));
    }

    public static string StatusName(RepairStatus s) => s switch
    {
        RepairStatus.Submitted => "待受理",
        RepairStatus.Accepted => "已受理，核实中",
        RepairStatus.NotAccepted => "不予受理",
        RepairStatus.Approved => "准予修复，待办理",
        RepairStatus.Denied => "不予修复",
        _ => "修复完成",
    };
}

internal static class TextExtensions
{
    public static string Truncate(this string s, int max) => s.Length <= max ? s : s[..max];
}
