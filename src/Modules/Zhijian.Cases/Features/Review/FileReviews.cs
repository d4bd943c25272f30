using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Review;

internal sealed record ScoreInput(string? Code, int? Points, string? Note);

internal sealed record ReviewInput(IReadOnlyList<ScoreInput>? Scores, string? Comment);

internal sealed record ReviewItemInput(string? Code, string? Text, int? Points, int? Order, bool Active);

internal sealed record UnitReviewResult(int OrgUnitId, string OrgUnitName, int Reviews, double AverageScore, int Excellent, int Good, int Pass, int Fail);

/// <summary>
/// 案卷评查: closed case files scored against the configurable checklist by a reviewer who did not handle the case (not one of
/// its officers, not the approver of its decision); results per org unit.
/// </summary>
internal sealed class FileReviews(CasesDbContext db, ActorContext actor, TimeProvider clock)
{
    public static string Grade(int score, int max)
    {
        var pct = max == 0 ? 0 : score * 100.0 / max;
        return pct >= 90 ? "优秀" : pct >= 80 ? "良好" : pct >= 60 ? "合格" : "不合格";
    }

    public async Task<IReadOnlyList<ReviewItem>> ItemsAsync(bool activeOnly, CancellationToken ct)
    {
        var q = db.ReviewItems.AsNoTracking();
        if (activeOnly) q = q.Where(i => i.Active);
        return await q.OrderBy(i => i.Order).ToListAsync(ct);
    }

    /// <summary>Adds or changes a checklist item (section chief, leader or admin); past reviews keep their scores.</summary>
    public async Task<Result<ReviewItem>> SaveItemAsync(ReviewItemInput cmd, CancellationToken ct)
    {
        var me = actor.Current;
        if (!(me.IsInRole(Roles.SectionChief) || me.IsInRole(Roles.Leader) || me.IsInRole(Roles.Admin))) return Result<ReviewItem>.Forbidden("只有负责人或管理员可以维护评查标准");
        var e = new FieldErrors().Require("code", cmd.Code, "编码", 20).Require("text", cmd.Text, "评查内容", 300);
        if (cmd.Points is not { } p || p is < 1 or > 100) e.Add("points", "分值须为 1～100 的整数");
        if (e.Count > 0) return Result<ReviewItem>.Invalid(e.ToDictionary());
        db.ChangeTracker.Clear(); // from the database, not from an earlier operation of the same circuit
        var code = cmd.Code!.Trim().ToUpperInvariant();
        var item = await db.ReviewItems.SingleOrDefaultAsync(i => i.Code == code, ct);
        var before = item is null ? null : new { item.Text, item.Points, item.Active };
        if (item is null)
        {
            item = new ReviewItem { Code = code, Order = cmd.Order ?? (await db.ReviewItems.MaxAsync(i => (int?)i.Order, ct) ?? 0) + 1 };
            db.ReviewItems.Add(item);
        }

        item.Text = cmd.Text!.Trim();
        item.Points = cmd.Points!.Value;
        item.Active = cmd.Active;
        if (cmd.Order is { } o) item.Order = o;
        db.Audit("cases.review-item.saved", nameof(ReviewItem), code, before, new { item.Text, item.Points, item.Active });
        await db.SaveChangesAsync(ct);
        return item;
    }

    public async Task<Result<FileReview>> ReviewAsync(long caseId, ReviewInput cmd, CancellationToken ct)
    {
        var me = actor.Current;
        if (!(me.IsInRole(Roles.LegalReviewer) || me.IsInRole(Roles.SectionChief) || me.IsInRole(Roles.Leader)))
            return Result<FileReview>.Forbidden("只有法制审核人员或负责人可以评查案卷");
        db.ChangeTracker.Clear(); // from the database, not from an earlier operation of the same circuit
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.Id == caseId, ct);
        if (c is null) return Result<FileReview>.NotFound($"案件 {caseId} 不存在或不在您的管辖范围内");
        if (!c.IsClosed) return Result<FileReview>.Unprocessable($"案件 {c.Number} 尚未结案，结案后才能评查");
        if (c.Officers.Any(o => o.UserName == me.Name) || c.DecisionApprovedBy == me.ShownName || c.ClosedApprovedBy == me.ShownName)
            return Result<FileReview>.Invalid("reviewer", "评查人员不能是本案的执法人员或审批人");
        if (await db.Reviews.AnyAsync(r => r.CaseId == caseId && r.Reviewer == me.Name, ct))
            return Result<FileReview>.Invalid("reviewer", "您已评查过本案卷");
        var items = await ItemsAsync(true, ct);
        var given = (cmd.Scores ?? []).Where(s => s.Code is not null).ToDictionary(s => s.Code!.Trim().ToUpperInvariant(), s => s);
        var e = new FieldErrors();
        var scores = new List<ReviewScore>();
        foreach (var i in items)
        {
            if (!given.TryGetValue(i.Code, out var s) || s.Points is null) e.Add("scores." + i.Code, $"请为“{i.Text}”打分（0～{i.Points}）");
            else if (s.Points < 0 || s.Points > i.Points) e.Add("scores." + i.Code, $"“{i.Text}”的得分须在 0～{i.Points} 之间");
            else if (s.Points < i.Points && string.IsNullOrWhiteSpace(s.Note)) e.Add("scores." + i.Code, $"“{i.Text}”扣分须写明扣分理由");
            else scores.Add(new ReviewScore(i.Code, s.Points.Value, i.Points, s.Note?.Trim()));
        }

        var unknown = given.Keys.Where(k => items.All(i => i.Code != k)).ToList();
        if (unknown.Count > 0) e.Add("scores", $"未知的评查项：{string.Join("、", unknown)}");
        if (e.Count > 0) return Result<FileReview>.Invalid(e.ToDictionary());
        var score = scores.Sum(s => s.Points);
        var max = scores.Sum(s => s.Max);
        var review = new FileReview
        {
            CaseId = c.Id,
            CaseNumber = c.Number,
            OrgUnitId = c.OrgUnitId,
            OrgUnitName = c.OrgUnitName,
            Reviewer = me.Name,
            ReviewerName = me.ShownName,
            ReviewedOn = clock.Today(),
            Scores = scores,
            Score = score,
            MaxScore = max,
            Grade = Grade(score, max),
            Comment = cmd.Comment?.Trim().Truncate(2000),
            DivisionCode = c.DivisionCode,
        };
        db.Reviews.Add(review);
        db.Steps.Add(CaseStep.Of(c, "file-reviewed", $"案卷评查：{score}/{max} 分（{review.Grade}）" + (review.Comment is null ? "" : $"。{review.Comment}"), me, clock.GetUtcNow()));
        db.Audit("cases.file-reviewed", nameof(Case), c.Number, null, new { score, max, review.Grade }, c.DivisionCode);
        await db.SaveChangesAsync(ct);
        return review;
    }

    public async Task<IReadOnlyList<FileReview>> ForCaseAsync(long caseId, CancellationToken ct) =>
        await db.Reviews.AsNoTracking().Where(r => r.CaseId == caseId).OrderBy(r => r.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<UnitReviewResult>> ByUnitAsync(int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var list = await db.Reviews.AsNoTracking().Where(r => r.ReviewedOn >= from && r.ReviewedOn <= to).ToListAsync(ct);
        return [.. list.GroupBy(r => (r.OrgUnitId, r.OrgUnitName)).OrderBy(g => g.Key.OrgUnitId).Select(g => new UnitReviewResult(g.Key.OrgUnitId, g.Key.OrgUnitName,
            g.Count(), Math.Round(g.Average(r => r.MaxScore == 0 ? 0 : r.Score * 100.0 / r.MaxScore), 1),
            g.Count(r => r.Grade == "优秀"), g.Count(r => r.Grade == "良好"), g.Count(r => r.Grade == "合格"), g.Count(r => r.Grade == "不合格")))];
    }
}
