using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Complaints.Features.Handling;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Public;

/// <summary>What the complainant sees of their own filing with its number and query code.</summary>
internal sealed record FollowView(string Number, string KindName, string StatusName, bool Closed, DateTimeOffset ReceivedAt, string OrgUnitName,
    DateOnly? DueOn, string TargetName, string Title, string? Outcome, int? Satisfaction, bool CanRate, IReadOnlyList<StepView> Steps);

/// <summary>满意度评价: 1 (很不满意) … 5 (很满意).</summary>
internal sealed record RateCommand(string? Code, int? Score, string? Comment);

/// <summary>
/// 进度查询与满意度评价 on the portal: number + query code (the code was shown once at submission; only its hash is
/// stored). Wrong codes answer exactly like unknown numbers.
/// </summary>
internal sealed class PublicFollow(ComplaintsDbContext db, TimeProvider clock)
{
    public async Task<FollowView?> FindAsync(string number, string? code, CancellationToken ct)
    {
        var f = await LoadAsync(number, code, ct);
        if (f is null) return null;
        var steps = await db.Steps.IgnoreQueryFilters().AsNoTracking().Where(s => s.FilingId == f.Id && s.Public).OrderBy(s => s.Id)
            .Select(s => new StepView(s.At, s.Action, s.Text, "", "", true)).ToListAsync(ct);
        var list = new List<StepView> { new(f.ReceivedAt, "receive", $"已登记，由{f.OrgUnitName}办理", "", "", true) };
        list.AddRange(steps.Select(s => s with { StatusName = "" }));
        return new FollowView(FilingClock.Number(f), FilingClock.KindName(f.Kind), FilingClock.StatusName(f.Status), f.IsClosed, f.ReceivedAt, f.OrgUnitName,
            f.DueOn, f.TargetName, f.Title, f.IsClosed ? f.Outcome : null, f.Satisfaction, f.IsClosed && f.Satisfaction is null && f.Kind != FilingKind.Report, list);
    }

    public async Task<Result<FollowView>> RateAsync(string number, RateCommand cmd, CancellationToken ct)
    {
        var f = await LoadAsync(number, cmd.Code, ct, tracked: true);
        if (f is null) return Result<FollowView>.NotFound("编号或查询码不正确");
        if (!f.IsClosed) return Result<FollowView>.Unprocessable("办结后才能评价");
        if (f.Kind == FilingKind.Report) return Result<FollowView>.Unprocessable("举报不进行满意度评价");
        if (f.Satisfaction is not null) return Result<FollowView>.Conflict("score", "您已评价过，不能重复评价");
        if (cmd.Score is not (>= 1 and <= 5)) return Result<FollowView>.Invalid("score", "请选择 1（很不满意）到 5（很满意）之间的评价");
        if (cmd.Comment is { Length: > 1000 }) return Result<FollowView>.Invalid("comment", "评价意见不能超过 1000 个字");
        f.Satisfaction = cmd.Score;
        f.SatisfactionComment = string.IsNullOrWhiteSpace(cmd.Comment) ? null : cmd.Comment.Trim();
        f.Version++;
        db.Steps.Add(new FilingStep
        {
            FilingId = f.Id,
            At = clock.GetUtcNow(),
            Action = "rate",
            ActorName = "投诉人",
            Status = f.Status,
            Public = true,
            DivisionCode = f.DivisionCode,
            Text = $"满意度评价：{ScoreName(cmd.Score.Value)}" + (f.SatisfactionComment is null ? "" : $"（{f.SatisfactionComment}）"),
        });
        await db.SaveChangesAsync(ct);
        return (await FindAsync(number, cmd.Code, ct))!;
    }

    /// <summary>The filing when number and code match (constant-time compare), else null.</summary>
    public async Task<Filing?> LoadAsync(string number, string? code, CancellationToken ct, bool tracked = false)
    {
        if (FilingClock.ParseNumber(number) is not { } id || string.IsNullOrWhiteSpace(code)) return null;
        var q = db.Filings.IgnoreQueryFilters().Where(x => x.Id == id);
        var f = await (tracked ? q : q.AsNoTracking()).SingleOrDefaultAsync(ct);
        if (f?.QueryCodeHash is null || FilingClock.Number(f) != number.Trim()) return null;
        var hash = Intake.SubmitFilingHandler.QueryHash(f.SubmissionId, code);
        return CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(hash), System.Text.Encoding.ASCII.GetBytes(f.QueryCodeHash)) ? f : null;
    }

    public static string ScoreName(int score) => score switch
    {
        5 => "很满意",
        4 => "满意",
        3 => "基本满意",
        2 => "不满意",
        _ => "很不满意",
    };
}
