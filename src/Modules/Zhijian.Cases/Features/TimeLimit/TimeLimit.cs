using Zhijian.Cases.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.TimeLimit;

internal sealed record ExtendInput(string? Reason, int? CollectiveDays);

internal static class TimeLimitRules
{
    /// <summary>延长: 30 days by the head once; further days (1–365) only by a leader after collective discussion.</summary>
    public static FieldErrors ValidateExtend(Case c, ExtendInput cmd, bool canLead)
    {
        var e = new FieldErrors();
        if (c.Procedure != CaseProcedure.Ordinary) return e.Add("stage", "简易程序案件没有办案期限延长");
        if (string.IsNullOrWhiteSpace(cmd.Reason)) return e.Add("reason", "请写明延长理由");
        if (!c.HeadExtension)
            return cmd.CollectiveDays is > 0 ? e.Add("collectiveDays", "首次延长由负责人批准 30 日，不填写集体讨论延长天数") : e;
        if (!canLead) return e.Add("collectiveDays", "已延长过 30 日；再延长须由局领导经集体讨论决定");
        if (cmd.CollectiveDays is not { } days || days is < 1 or > 365) return e.Add("collectiveDays", "请填写集体讨论决定延长的天数（1～365）");
        return e;
    }

    public static FieldErrors ValidateSuspend(Case c, ReasonInput cmd)
    {
        var e = new FieldErrors();
        if (c.Procedure != CaseProcedure.Ordinary) return e.Add("stage", "简易程序案件不能中止");
        if (c.Excluded.IsPaused()) return e.Add("stage", "办案期限已在中止计算中");
        if (string.IsNullOrWhiteSpace(cmd.Reason)) return e.Add("reason", "请写明中止原因（如：检验检测、案件中止调查）");
        return e;
    }

    public static FieldErrors ValidateResume(Case c)
    {
        var e = new FieldErrors();
        if (!c.Excluded.IsPaused() || c.Stage is CaseStage.Hearing or CaseStage.TransferredToPolice)
            e.Add("stage", "办案期限没有中止（听证、移送期间由相应环节结束）");
        return e;
    }
}

/// <summary>延长办案期限: 30 days by the head once; further days only by collective decision of the leadership.</summary>
internal sealed class ExtendHandler(CaseActions actions)
{
    public Task<Result<long>> Handle(long id, ExtendInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "extended", CaseActor.Approver, c =>
        {
            if (TimeLimitRules.ValidateExtend(c, cmd, CaseAccess.CanLead(actions.Me)) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            var reason = cmd.Reason!.Trim();
            if (!c.HeadExtension)
            {
                c.HeadExtension = true;
                actions.Recompute(c);
                return StepOutcome.Ok($"经{actions.Me.ShownName}批准延长办案期限 30 日至 {c.ConcludeBy:yyyy年M月d日}：{reason}");
            }

            var days = cmd.CollectiveDays!.Value;
            c.CollectiveDays += days;
            actions.Recompute(c);
            return StepOutcome.Ok($"经集体讨论决定再延长办案期限 {days} 日至 {c.ConcludeBy:yyyy年M月d日}：{reason}");
        }, ct);
}

/// <summary>中止: suspension, testing (检测、检验、检疫、技术鉴定) — not counted in the limit until resumed.</summary>
internal sealed class SuspendHandler(CaseActions actions)
{
    public Task<Result<long>> Handle(long id, ReasonInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "suspended", CaseActor.Handler, c =>
        {
            if (TimeLimitRules.ValidateSuspend(c, cmd) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            c.Excluded = [.. c.Excluded, new DeadlinePause(actions.Today, null, cmd.Reason!.Trim().Truncate(200))];
            return StepOutcome.Ok($"中止计算办案期限：{cmd.Reason.Trim()}");
        }, ct);
}

/// <summary>恢复计算办案期限 (a 中止 only; 听证 and 移送 end with their own steps).</summary>
internal sealed class ResumeHandler(CaseActions actions)
{
    public Task<Result<long>> Handle(long id, CancellationToken ct) =>
        actions.RunAsync(id, "resumed", CaseActor.Handler, c =>
        {
            if (TimeLimitRules.ValidateResume(c) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            actions.EndExcluded(c, c.Excluded.First(p => p.End is null).Reason);
            actions.Recompute(c);
            return StepOutcome.Ok($"恢复计算办案期限，期限至 {c.ConcludeBy:yyyy年M月d日}");
        }, ct);
}
