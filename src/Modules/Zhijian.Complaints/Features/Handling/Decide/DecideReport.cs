using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

/// <summary>举报核查结论: openCase = 立案 (a case clue goes to the cases module) or not (reason required).</summary>
internal sealed record DecideCommand(bool OpenCase, string? Reason);

/// <summary>When a report can be decided and what the decision must state (pure).</summary>
internal static class DecideReportRules
{
    public static FieldError? Validate(DecideCommand cmd, Filing f)
    {
        if (f.Status != FilingStatus.Verifying) return new FieldError("status", "只有核查中的举报可以作出是否立案的决定");
        if (string.IsNullOrWhiteSpace(cmd.Reason)) return new FieldError("reason", cmd.OpenCase ? "请写明立案依据（涉嫌违法的事实）" : "请写明不予立案的理由");
        return null;
    }
}

/// <summary>举报核查结论: 立案 → a case clue event for the cases module (诉转案); 不予立案 with the reason.</summary>
internal sealed class DecideReportHandler(FilingActions actions, ComplaintsDbContext db, IRuleBook rules, IWorkingCalendar calendar)
{
    public Task<Result<FilingDetail>> Handle(long id, DecideCommand cmd, CancellationToken ct) =>
        actions.RunAsync(id, "decide", f => DecideReportRules.Validate(cmd, f), f =>
        {
            var reason = cmd.Reason!.Trim();
            var today = actions.Today();
            f.OnTime = FilingClock.OnTime(f, today);
            FilingActions.Close(f, cmd.OpenCase ? FilingStatus.CaseOpened : FilingStatus.NotOpened, reason);
            if (cmd.OpenCase)
                db.Publish(new ComplaintCaseClue(f.Id, FilingClock.Number(f), f.Uscc, f.TargetName, f.Facts, actions.Actor.Name, today, f.DivisionCode, f.OrgUnitId));
            var decision = cmd.OpenCase ? "决定立案" : "决定不予立案";
            if (!f.Anonymous && f.PersonPhone is not null && (f.Rules == RuleVersion.Order20 || cmd.OpenCase))
            {
                var by = calendar.Deadline(today, rules.GetPeriod("report.notify-reporter", f.ReceivedOn));
                var notice = cmd.OpenCase ? "您举报的事项经核查已立案调查。" : "您举报的事项经核查，决定不予立案。";
                return new StepOutcome($"{decision}：{reason}（实名举报人应于 {by:yyyy年M月d日} 前告知）", true, notice);
            }

            return new StepOutcome($"{decision}：{reason}", true);
        }, ct);
}
