using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Sampling;
using Zhijian.Inspections.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Sampling;

/// <summary>申请复检 / 提出异议 by the business (entered by the bureau).</summary>
internal sealed record ApplyReview(DateOnly? AppliedOn, string Reason);

/// <summary>受理 or 不予受理.</summary>
internal sealed record DecideReview(bool Accept, string DecisionNo, string? RefusalReason);

/// <summary>延长确定复检机构期限 (once, with a reason).</summary>
internal sealed record ExtendReview(string Reason);

/// <summary>随机确定复检机构: the public value that seeds the pick together with the committed secret.</summary>
internal sealed record PickRetestLab(string PublicValue);

/// <summary>异议处理决定.</summary>
internal sealed record DecideObjection(bool Upheld, string Decision);

/// <summary>
/// 复检 and 异议 (Order 15 第30–38条). The retest lab is drawn at random from the official retest list minus the first lab
/// with the inspections module's <see cref="VerifiableDraw"/>: on acceptance the sorted candidate list is frozen and its
/// hash and the commitment of a fresh secret are recorded; the pick then seeds from the secret and a recorded public value
/// (label: the order number) and reveals the secret, so anyone can re-run it from the order page.
/// </summary>
internal sealed class Reviews(FoodSafetyDbContext db, ActorContext actor, SamplingDeadlines deadlines, TimeProvider clock)
{
    public Task<Result<ReviewView>> ApplyRetestAsync(long orderId, ApplyReview cmd, CancellationToken ct) => ApplyAsync(orderId, ReviewKind.Retest, cmd, ct);

    public Task<Result<ReviewView>> ApplyObjectionAsync(long orderId, ApplyReview cmd, CancellationToken ct) => ApplyAsync(orderId, ReviewKind.Objection, cmd, ct);

    private async Task<Result<ReviewView>> ApplyAsync(long orderId, ReviewKind kind, ApplyReview cmd, CancellationToken ct)
    {
        var order = await db.SamplingOrders.SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null) return Result<ReviewView>.NotFound($"抽样单 {orderId} 不存在或不在您的管辖范围内");
        var what = SamplingNames.Of(kind);
        if (order.Passed != false || order.NoticeServedOn is not { } served)
            return Result<ReviewView>.Conflict("status", $"抽样单 {order.Number} 没有已送达的不合格检验结论，不能{(kind == ReviewKind.Retest ? "申请复检" : "提出异议")}");
        var today = clock.Today();
        var on = cmd.AppliedOn ?? today;
        var errors = new FieldErrors().Require("reason", cmd.Reason, kind == ReviewKind.Retest ? "复检申请理由" : "异议内容", 500);
        var by = kind == ReviewKind.Retest ? deadlines.RetestApplyBy(served) : deadlines.ObjectionApplyBy(served);
        var rule = kind == ReviewKind.Retest ? SamplingDeadlines.RetestApply : SamplingDeadlines.ObjectionApply;
        if (on > today || on < served) errors.Add("appliedOn", $"申请日期 {on:yyyy-MM-dd} 应在结果通知书送达之日 {served:yyyy-MM-dd} 与今天之间");
        else if (on > by)
            errors.Add("appliedOn", $"{what}申请期限已于 {by:yyyy-MM-dd} 届满（自 {served:yyyy-MM-dd} 收到检验结果通知书起 {deadlines.Text(rule, served)}），{on:yyyy-MM-dd} 提出的{what}申请不予受理");
        if (kind == ReviewKind.Retest && order.MicrobiologicalFailure)
            errors.Add("kind", "不合格项目为微生物指标，依法不予复检（《食品安全抽样检验管理办法》；可就抽样过程、样品真实性、检验方法、标准适用提出异议）");
        if (errors.Count > 0) return Result<ReviewView>.Invalid(errors.ToDictionary());
        if (await db.SamplingReviews.AnyAsync(r => r.OrderId == orderId && r.Kind == kind && r.Status != ReviewStatus.Refused, ct))
            return Result<ReviewView>.Conflict("kind", $"抽样单 {order.Number} 已有{what}申请");

        var review = new SamplingReview
        {
            OrderId = orderId,
            Kind = kind,
            Status = ReviewStatus.Applied,
            AppliedOn = on,
            Reason = cmd.Reason.Trim(),
            AcceptBy = deadlines.Due(kind == ReviewKind.Retest ? SamplingDeadlines.RetestAccept : SamplingDeadlines.ObjectionAccept, on),
        };
        db.SamplingReviews.Add(review);
        order.Status = SamplingStatus.Review;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        db.Audit($"food.sampling.{(kind == ReviewKind.Retest ? "retest" : "objection")}-applied", "SamplingOrder", Id(orderId), null,
            new { review.Id, review.AppliedOn, review.AcceptBy }, order.DivisionCode);
        History(orderId, $"被抽样单位于 {on:yyyy-MM-dd} {(kind == ReviewKind.Retest ? "申请复检" : "提出异议")}；应于 {review.AcceptBy:yyyy-MM-dd} 前作出是否受理的决定");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await ViewAsync(review, ct);
    }

    public async Task<Result<ReviewView>> DecideAsync(long id, DecideReview cmd, CancellationToken ct)
    {
        if (!FoodAccess.CanOrganise(actor.Current)) return Result<ReviewView>.Forbidden("只有科室负责人可以作出受理决定");
        var (review, order) = await LoadAsync(id, ct);
        if (review is null || order is null) return Result<ReviewView>.NotFound($"复检/异议申请 {id} 不存在或不在您的管辖范围内");
        if (review.Status != ReviewStatus.Applied) return Result<ReviewView>.Conflict("status", $"该申请当前为“{SamplingNames.Of(review.Status)}”，已作出决定");
        var errors = new FieldErrors().Require("decisionNo", cmd.DecisionNo, "决定书编号", 60);
        if (!cmd.Accept) errors.Require("refusalReason", cmd.RefusalReason, "不予受理的理由", 500);
        var today = clock.Today();
        List<Lab> candidates = [];
        if (cmd.Accept && review.Kind == ReviewKind.Retest)
        {
            candidates = await db.Labs.AsNoTracking().Where(l => l.Active && l.OnRetestList && l.Id != order.LabId).OrderBy(l => l.Id).ToListAsync(ct);
            if (candidates.Count == 0) errors.Add("candidates", "复检机构名录中没有初检机构以外的在用机构，无法随机确定复检机构");
        }

        if (errors.Count > 0) return Result<ReviewView>.Invalid(errors.ToDictionary());
        review.DecidedOn = today;
        review.DecisionNo = cmd.DecisionNo.Trim();
        if (!cmd.Accept)
        {
            review.Status = ReviewStatus.Refused;
            review.RefusalReason = cmd.RefusalReason!.Trim();
            order.Status = SamplingStatus.Notified;
            History(order.Id, $"{SamplingNames.Of(review.Kind)}申请不予受理（{review.DecisionNo}）：{review.RefusalReason}");
        }
        else if (review.Kind == ReviewKind.Retest)
        {
            var list = candidates.Select(l => (Key(l.Id), l.Name)).ToList();
            var secret = VerifiableDraw.NewSecret();
            review.Status = ReviewStatus.Accepted;
            review.Candidates = string.Join("\n", list.Select(c => $"{c.Item1},{c.Name}"));
            review.CandidateHash = VerifiableDraw.CandidateHash(list);
            review.Commitment = VerifiableDraw.Commitment(secret);
            review.Secret = VerifiableDraw.Hex(secret);
            review.Algorithm = VerifiableDraw.Algorithm;
            review.DueBy = deadlines.Due(SamplingDeadlines.RetestLab, today);
            History(order.Id, $"受理复检申请（{review.DecisionNo}）；冻结复检机构候选名单 {list.Count} 家（哈希 {review.CandidateHash[..12]}…，承诺值 {review.Commitment[..12]}…）；应于 {review.DueBy:yyyy-MM-dd} 前确定复检机构");
        }
        else
        {
            review.Status = ReviewStatus.Accepted;
            review.DueBy = deadlines.Due(SamplingDeadlines.ObjectionDecide, today);
            History(order.Id, $"受理异议（{review.DecisionNo}）；应于 {review.DueBy:yyyy-MM-dd} 前作出处理决定");
        }

        db.Audit("food.sampling.review-decided", "SamplingOrder", Id(order.Id), null,
            new { Review = review.Id, review.Kind, Accepted = cmd.Accept, review.DecisionNo, review.CandidateHash, review.Commitment, review.DueBy }, order.DivisionCode);
        await db.SaveChangesAsync(ct);
        return await ViewAsync(review, ct);
    }

    public async Task<Result<ReviewView>> ExtendAsync(long id, ExtendReview cmd, CancellationToken ct)
    {
        if (!FoodAccess.CanOrganise(actor.Current)) return Result<ReviewView>.Forbidden("只有科室负责人可以延长期限");
        var (review, order) = await LoadAsync(id, ct);
        if (review is null || order is null) return Result<ReviewView>.NotFound($"复检申请 {id} 不存在或不在您的管辖范围内");
        if (review.Kind != ReviewKind.Retest || review.Status != ReviewStatus.Accepted)
            return Result<ReviewView>.Conflict("status", "只有已受理、尚未确定复检机构的复检可以延长确定期限");
        if (review.ExtensionReason is not null) return Result<ReviewView>.Conflict("reason", "确定复检机构的期限只能延长一次");
        var errors = new FieldErrors().Require("reason", cmd.Reason, "延长理由", 500);
        if (errors.Count > 0) return Result<ReviewView>.Invalid(errors.ToDictionary());
        var before = review.DueBy;
        review.ExtensionReason = cmd.Reason.Trim();
        review.DueBy = deadlines.Due(SamplingDeadlines.RetestLabExtension, review.DueBy!.Value);
        db.Audit("food.sampling.retest-extended", "SamplingOrder", Id(order.Id), new { DueBy = before }, new { review.DueBy, review.ExtensionReason }, order.DivisionCode);
        History(order.Id, $"确定复检机构的期限延长至 {review.DueBy:yyyy-MM-dd}：{review.ExtensionReason}");
        await db.SaveChangesAsync(ct);
        return await ViewAsync(review, ct);
    }

    public async Task<Result<ReviewView>> PickAsync(long id, PickRetestLab cmd, CancellationToken ct)
    {
        if (!FoodAccess.CanOrganise(actor.Current)) return Result<ReviewView>.Forbidden("只有科室负责人可以确定复检机构");
        var (review, order) = await LoadAsync(id, ct);
        if (review is null || order is null) return Result<ReviewView>.NotFound($"复检申请 {id} 不存在或不在您的管辖范围内");
        if (review.Kind != ReviewKind.Retest || review.Status != ReviewStatus.Accepted)
            return Result<ReviewView>.Conflict("status", "只有已受理、尚未确定复检机构的复检可以随机确定复检机构");
        var errors = new FieldErrors().Require("publicValue", cmd.PublicValue, "公开值", 200);
        if (errors.Count > 0) return Result<ReviewView>.Invalid(errors.ToDictionary());
        var picked = Draw(review.Secret!, cmd.PublicValue.Trim(), order.Number, review.Candidates!);
        var today = clock.Today();
        review.PublicValue = cmd.PublicValue.Trim();
        review.PickedLabId = long.Parse(picked, CultureInfo.InvariantCulture);
        review.PickedOn = today;
        review.ReportBy = deadlines.Due(SamplingDeadlines.RetestReport, today);
        review.Status = ReviewStatus.LabPicked;
        var lab = await db.Labs.AsNoTracking().SingleAsync(l => l.Id == review.PickedLabId, ct);
        db.Audit("food.sampling.retest-lab", "SamplingOrder", Id(order.Id), null,
            new { Lab = lab.Name, review.PublicValue, review.Secret, review.CandidateHash, review.Commitment, review.ReportBy }, order.DivisionCode);
        History(order.Id, $"以公开值“{review.PublicValue}”随机确定复检机构：{lab.Name}{(today > review.DueBy ? $"（超过期限 {review.DueBy:yyyy-MM-dd}）" : "")}；复检报告应于 {review.ReportBy:yyyy-MM-dd} 前出具");
        await db.SaveChangesAsync(ct);
        return await ViewAsync(review, ct);
    }

    public async Task<Result<ReviewView>> DecideObjectionAsync(long id, DecideObjection cmd, CancellationToken ct)
    {
        if (!FoodAccess.CanOrganise(actor.Current)) return Result<ReviewView>.Forbidden("只有科室负责人可以作出异议处理决定");
        var (review, order) = await LoadAsync(id, ct);
        if (review is null || order is null) return Result<ReviewView>.NotFound($"异议 {id} 不存在或不在您的管辖范围内");
        if (review.Kind != ReviewKind.Objection || review.Status != ReviewStatus.Accepted) return Result<ReviewView>.Conflict("status", "只有已受理的异议可以作出处理决定");
        var errors = new FieldErrors().Require("decision", cmd.Decision, "处理决定", 1000);
        if (errors.Count > 0) return Result<ReviewView>.Invalid(errors.ToDictionary());
        review.Status = ReviewStatus.Done;
        review.Upheld = cmd.Upheld;
        review.Decision = cmd.Decision.Trim();
        if (!await db.SamplingReviews.AnyAsync(r => r.OrderId == order.Id && r.Id != review.Id && r.Status != ReviewStatus.Done && r.Status != ReviewStatus.Refused, ct))
            order.Status = SamplingStatus.Closed;
        db.Audit("food.sampling.objection-decided", "SamplingOrder", Id(order.Id), null, new { review.Upheld, review.Decision }, order.DivisionCode);
        History(order.Id, $"异议处理决定：{(cmd.Upheld ? "异议成立" : "异议不成立")}，{review.Decision}");
        await db.SaveChangesAsync(ct);
        return await ViewAsync(review, ct);
    }

    /// <summary>The pick: Fisher–Yates (zhijian-draw-v2) seeded by SHA-256(secret ‖ public value), label = order number, one lab.</summary>
    public static string Draw(string secretHex, string publicValue, string label, string candidates)
    {
        var ids = candidates.Split('\n').Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).ToList();
        var seed = VerifiableDraw.Seed(Convert.FromHexString(secretHex), publicValue);
        return VerifiableDraw.Pick(seed, label, ids, 1)[0];
    }

    /// <summary>Candidate ids: the lab id, zero-padded so ordinal order is numeric order.</summary>
    public static string Key(long labId) => labId.ToString("D8", CultureInfo.InvariantCulture);

    private async Task<(SamplingReview?, SamplingOrder?)> LoadAsync(long id, CancellationToken ct)
    {
        var review = await db.SamplingReviews.SingleOrDefaultAsync(r => r.Id == id, ct);
        var order = review is null ? null : await db.SamplingOrders.SingleOrDefaultAsync(o => o.Id == review.OrderId, ct);
        return (review, order);
    }

    private async Task<Result<ReviewView>> ViewAsync(SamplingReview r, CancellationToken ct)
    {
        var labs = await db.Labs.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        return View(r, labs);
    }

    /// <summary>The review as shown; the secret only once the pick has been made.</summary>
    public static ReviewView View(SamplingReview r, IReadOnlyDictionary<long, string> labs) =>
        new(r.Id, SamplingNames.Of(r.Kind), SamplingNames.Of(r.Status), r.AppliedOn, r.Reason, r.AcceptBy, r.DecidedOn, r.DecisionNo, r.RefusalReason, r.DueBy,
            r.ExtensionReason, r.Candidates is null ? [] : r.Candidates.Split('\n'), r.CandidateHash, r.Commitment,
            r.PublicValue is null ? null : r.Secret, r.PublicValue, r.Algorithm, r.PickedLabId is { } p ? labs.GetValueOrDefault(p) : null, r.PickedOn, r.ReportBy,
            r.ReportNo, r.Upheld is null ? null : r.Kind == ReviewKind.Retest ? (r.Upheld.Value ? "合格" : "不合格") : (r.Upheld.Value ? "异议成立" : "异议不成立"), r.Decision);

    private void History(long orderId, string text) =>
        db.SamplingEvents.Add(new SamplingEvent { OrderId = orderId, At = clock.GetUtcNow(), Actor = actor.Current.ShownName, Text = text });

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
