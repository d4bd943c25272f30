using Zhijian.Cases.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Notify;

internal sealed record NoticeInput(DateOnly? ServedOn);

internal static class NotifyRules
{
    public static FieldErrors Validate(Case c, DateOnly served, DateOnly today)
    {
        var e = new FieldErrors();
        if (c.Stage != CaseStage.Reviewing || c.ReviewedOn is null) return e.Add("stage", "案件审核通过后才能告知当事人");
        if (served > today || served < c.ReviewedOn) return e.Add("servedOn", "告知书送达日期须在审核通过之后、不晚于今天");
        return e;
    }
}

/// <summary>告知: the notice is issued and served; the party has 5 WD to state, defend or (with the right) request a hearing.</summary>
internal sealed class NotifyHandler(CaseActions actions)
{
    public Task<Result<long>> Handle(long id, NoticeInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "notified", CaseActor.Handler, c =>
        {
            var today = actions.Today;
            var served = cmd.ServedOn ?? today;
            if (NotifyRules.Validate(c, served, today) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            c.NoticeServedOn = served;
            c.Statement = null;
            c.HearingRequested = false;
            c.Stage = CaseStage.Notified;
            actions.Recompute(c);
            var hearing = c.HearingRight ? "、要求听证" : "";
            return StepOutcome.Ok($"送达行政处罚告知书，当事人可于 {c.StatementBy:yyyy年M月d日} 前陈述、申辩{hearing}", DocumentKind.Notice,
                (cs, d) => cs.NoticeNo = d.Number);
        }, ct);
}
