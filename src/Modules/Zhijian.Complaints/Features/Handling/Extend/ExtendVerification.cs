using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

/// <summary>举报核查延期: the reason and who approved it.</summary>
internal sealed record ExtendCommand(string? Reason, string? ApprovedBy);

/// <summary>When verification may be extended (once, approved) (pure).</summary>
internal static class ExtendVerificationRules
{
    public static FieldError? Validate(ExtendCommand cmd, Filing f)
    {
        if (f.Status != FilingStatus.Verifying) return new FieldError("status", "只有核查中的举报可以延长核查期限");
        if (f.VerifyExtended) return new FieldError("status", "核查期限已延长过一次，不能再次延长");
        if (string.IsNullOrWhiteSpace(cmd.Reason)) return new FieldError("reason", "请写明延期理由");
        if (string.IsNullOrWhiteSpace(cmd.ApprovedBy)) return new FieldError("approvedBy", "请填写批准延期的负责人");
        return null;
    }
}

/// <summary>举报核查延期 (+15 WD), approved by the person named.</summary>
internal sealed class ExtendVerificationHandler(FilingActions actions, IRuleBook rules, IWorkingCalendar calendar)
{
    public Task<Result<FilingDetail>> Handle(long id, ExtendCommand cmd, CancellationToken ct) =>
        actions.RunAsync(id, "extend", f => ExtendVerificationRules.Validate(cmd, f), f =>
        {
            f.VerifyExtended = true;
            FilingDeadlines.Apply(f, rules, calendar);
            return new StepOutcome($"经{cmd.ApprovedBy!.Trim()}批准，核查期限延长至 {f.VerifyBy:yyyy年M月d日}。理由：{cmd.Reason!.Trim()}", false);
        }, ct);
}
