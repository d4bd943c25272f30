using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

/// <summary>Which filings can be accepted (pure).</summary>
internal static class AcceptFilingRules
{
    public static FieldError? Validate(Filing f)
    {
        if (f.Kind != FilingKind.Complaint) return new FieldError("kind", "只有投诉需要受理；举报直接核查，咨询/建议直接答复");
        if (f.Status != FilingStatus.Received) return new FieldError("status", $"当前状态为“{FilingClock.StatusName(f.Status)}”，不能受理");
        return null;
    }
}

/// <summary>受理 (complaint): mediation starts; its limit (45 WD / 60 CD by the version received under) runs from today.</summary>
internal sealed class AcceptFilingHandler(FilingActions actions, IRuleBook rules, IWorkingCalendar calendar)
{
    public Task<Result<FilingDetail>> Handle(long id, CancellationToken ct) =>
        actions.RunAsync(id, "accept", AcceptFilingRules.Validate, f =>
        {
            var today = actions.Today();
            f.AcceptedOn = today;
            f.OnTime = today <= f.AcceptBy;
            f.Status = FilingStatus.Mediating;
            FilingDeadlines.Apply(f, rules, calendar);
            var notice = $"您的投诉已于 {today:yyyy年M月d日} 受理，依照{ComplaintRules.Name(f.Rules)}，调解期限至 {f.MediationBy:yyyy年M月d日}。";
            return new StepOutcome(notice + (f.Flags.Contains(FilingFlags.TimeBarred) ? "（注意：本件已提示超过三年时效）" : ""), true, notice);
        }, ct);
}
