using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

/// <summary>终止调解: ground = 1…9 (<see cref="TerminationGround"/>).</summary>
internal sealed record TerminateCommand(int? Ground, string? Reason);

/// <summary>When mediation may be terminated and what the decision must state (pure).</summary>
internal static class TerminateFilingRules
{
    public static FieldError? Validate(TerminateCommand cmd, Filing f)
    {
        if (f.Status != FilingStatus.Mediating) return new FieldError("status", "只有调解中的投诉可以终止调解");
        if (cmd.Ground is not { } g || !Enum.IsDefined(typeof(TerminationGround), g))
            return new FieldError("ground", "请选择终止调解的情形（1 撤回或和解、2 拒绝调解、3 无法达成协议、4 检测费用无法达成一致、5 期限届满、6 发现不予受理情形、7 当事人死亡或终止、9 其他）");
        if (string.IsNullOrWhiteSpace(cmd.Reason)) return new FieldError("reason", "请写明终止调解的具体情况");
        return null;
    }
}

/// <summary>终止调解 with its ground; both parties are told within 7 WD (the deadline is recorded).</summary>
internal sealed class TerminateFilingHandler(FilingActions actions, IRuleBook rules, IWorkingCalendar calendar)
{
    public Task<Result<FilingDetail>> Handle(long id, TerminateCommand cmd, CancellationToken ct) =>
        actions.RunAsync(id, "terminate", f => TerminateFilingRules.Validate(cmd, f), f =>
        {
            var ground = (TerminationGround)cmd.Ground!.Value;
            var reason = cmd.Reason!.Trim();
            var today = actions.Today();
            f.TerminationGround = ground;
            f.OnTime = FilingClock.OnTime(f, today);
            FilingActions.Close(f, FilingStatus.Terminated, $"{ComplaintRules.Text(ground)}。{reason}");
            var noticeBy = calendar.Deadline(today, rules.GetPeriod("complaint.termination-notice", f.ReceivedOn));
            var notice = $"您的投诉已终止调解。理由：{ComplaintRules.Text(ground)}（{reason}）。{ComplaintRules.OtherRoutes}";
            return new StepOutcome($"{notice}（应于 {noticeBy:yyyy年M月d日} 前告知投诉人和被投诉人）", true, notice);
        }, ct);
}
