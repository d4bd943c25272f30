using Zhijian.Cases.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Notify;

internal sealed record StatementInput(string? Text, bool HearingRequested, bool Waived);

internal static class StatementRules
{
    public static FieldErrors Validate(Case c, StatementInput cmd, DateOnly today)
    {
        var e = new FieldErrors();
        if (c.Stage != CaseStage.Notified) return e.Add("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，没有待陈述申辩的告知");
        if (cmd.HearingRequested)
        {
            if (!c.HearingRight) return e.Add("hearingRequested", "本案拟作出的处罚不属于听证范围，当事人可以陈述、申辩");
            if (today > c.StatementBy) return e.Add("hearingRequested", $"听证申请期限已于 {c.StatementBy:yyyy年M月d日} 届满，逾期视为放弃");
        }

        if (!cmd.Waived && string.IsNullOrWhiteSpace(cmd.Text) && !cmd.HearingRequested) return e.Add("text", "请记录当事人陈述、申辩的内容，或选择“放弃陈述申辩”");
        return e;
    }
}

/// <summary>陈述申辩 recorded (or waived); a hearing request within the window moves the case to 听证 (excluded from the limit).</summary>
internal sealed class StatementHandler(CaseActions actions)
{
    public Task<Result<long>> Handle(long id, StatementInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "statement", CaseActor.Handler, c =>
        {
            var today = actions.Today;
            if (StatementRules.Validate(c, cmd, today) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            if (cmd.HearingRequested)
            {
                c.HearingRequested = true;
                c.Stage = CaseStage.Hearing;
                c.Excluded = [.. c.Excluded, new DeadlinePause(today, null, "听证")];
            }

            c.Statement = cmd.Waived ? CaseNames.StatementWaived : (cmd.Text ?? "").Trim().Truncate(4000);
            return StepOutcome.Ok((cmd.Waived ? CaseNames.StatementWaived : $"当事人陈述、申辩：{c.Statement}") + (cmd.HearingRequested ? "；当事人要求听证（听证期间不计入办案期限）" : ""));
        }, ct);
}
