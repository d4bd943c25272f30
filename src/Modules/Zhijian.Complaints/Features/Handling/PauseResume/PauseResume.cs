using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

/// <summary>中止计时: the reason (检定、检验、检测、鉴定).</summary>
internal sealed record PauseCommand(string? Reason);

/// <summary>When the clock may stop and start again (pure).</summary>
internal static class PauseResumeRules
{
    public static FieldError? ValidatePause(PauseCommand cmd, Filing f)
    {
        if (f.Status is not (FilingStatus.Mediating or FilingStatus.Verifying))
            return new FieldError("status", "只有调解中的投诉或核查中的举报可以中止计时（检定、检验、检测、鉴定期间不计入期限）");
        if (f.Pauses.IsPaused()) return new FieldError("status", "计时已中止，请先恢复");
        if (string.IsNullOrWhiteSpace(cmd.Reason)) return new FieldError("reason", "请写明中止原因（如：送检验检测）");
        return null;
    }

    public static FieldError? ValidateResume(Filing f) =>
        f.Pauses.IsPaused() ? null : new FieldError("status", "计时未中止");
}

/// <summary>中止计时 (检定、检验、检测、鉴定): the mediation or verification clock stops until resumed.</summary>
internal sealed class PauseFilingHandler(FilingActions actions)
{
    public Task<Result<FilingDetail>> Handle(long id, PauseCommand cmd, CancellationToken ct) =>
        actions.RunAsync(id, "pause", f => PauseResumeRules.ValidatePause(cmd, f), f =>
        {
            var reason = cmd.Reason!.Trim();
            f.Pauses = [.. f.Pauses, new DeadlinePause(actions.Today(), null, reason)];
            return new StepOutcome($"中止计时：{reason}（期间不计入办理期限）", true);
        }, ct);
}

/// <summary>恢复计时: the pause ends yesterday (or the day it began) and the deadline moves by its length.</summary>
internal sealed class ResumeFilingHandler(FilingActions actions, IRuleBook rules, IWorkingCalendar calendar)
{
    public Task<Result<FilingDetail>> Handle(long id, CancellationToken ct) =>
        actions.RunAsync(id, "resume", PauseResumeRules.ValidateResume, f =>
        {
            var at = f.Pauses.FindIndex(p => p.End is null);
            var open = f.Pauses[at];
            f.Pauses = f.Pauses.Resume(actions.Today());
            var end = f.Pauses[at].End;
            FilingDeadlines.Apply(f, rules, calendar);
            return new StepOutcome($"恢复计时（中止 {open.Start:M月d日}–{end:M月d日}，{open.Reason}），期限顺延至 {FilingClock.NextDue(f):yyyy年M月d日}", true);
        }, ct);
}
