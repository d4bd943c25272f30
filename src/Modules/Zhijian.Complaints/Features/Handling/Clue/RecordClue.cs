using Microsoft.EntityFrameworkCore;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

/// <summary>Which complaint a clue can come from and what it must say (pure; the request is a <see cref="NoteCommand"/>).</summary>
internal static class RecordClueRules
{
    public static FieldError? Validate(NoteCommand cmd, Filing f)
    {
        if (f.Kind != FilingKind.Complaint || f.Status != FilingStatus.Mediating) return new FieldError("status", "只有调解中的投诉可以登记发现的违法线索");
        if (string.IsNullOrWhiteSpace(cmd.Text) || cmd.Text.Trim().Length < 10) return new FieldError("text", "请写明发现的涉嫌违法事实（至少 10 个字）");
        return null;
    }
}

/// <summary>
/// 调解中发现违法线索 (Order 20 art. 23): a report is opened on the same business with the facts found, verified within
/// 15 WD (+15) from today; the complaint's mediation goes on. The new report is returned.
/// </summary>
internal sealed class RecordClueHandler(FilingActions actions, ComplaintsDbContext db, IRuleBook rules, IWorkingCalendar calendar)
{
    public async Task<Result<FilingDetail>> Handle(long id, NoteCommand cmd, CancellationToken ct)
    {
        var me = actions.Actor;
        if (!ComplaintAccess.CanHandle(me)) return Result<FilingDetail>.Forbidden(FilingActions.HandlersOnly);
        actions.StartFresh();
        var f = await actions.FindAsync(id, ct);
        if (f is null) return Result<FilingDetail>.NotFound(FilingActions.NotFound(id));
        if (RecordClueRules.Validate(cmd, f) is { } error) return Result<FilingDetail>.Invalid(error.Field, error.Message);

        var facts = cmd.Text!.Trim();
        var now = actions.Now();
        var today = now.ToChinaDate();
        var report = new Filing
        {
            SubmissionId = f.SubmissionId,
            Part = 2 + await db.Filings.IgnoreQueryFilters().CountAsync(x => x.SubmissionId == f.SubmissionId && x.Part >= 2, ct),
            Kind = FilingKind.Report,
            Rules = ComplaintRules.VersionFor(today),
            Channel = f.Channel,
            Status = FilingStatus.Verifying,
            ReceivedAt = now,
            ReceivedOn = today,
            ClockStartOn = today,
            Anonymous = true,
            Uscc = f.Uscc,
            TargetName = f.TargetName,
            ShopName = f.ShopName,
            TargetAddress = f.TargetAddress,
            BusinessChannel = f.BusinessChannel,
            PlatformName = f.PlatformName,
            OperatingDivision = f.OperatingDivision,
            DomicileDivision = f.DomicileDivision,
            ConductDivision = f.OperatingDivision ?? f.DomicileDivision,
            IndustryCode = f.IndustryCode,
            CategoryCode = f.CategoryCode,
            ProblemCode = f.ProblemCode,
            Title = "调解中发现的违法线索：" + f.TargetName,
            Facts = facts,
            OrgUnitId = f.OrgUnitId,
            OrgUnitName = f.OrgUnitName,
            DivisionCode = f.DivisionCode,
            RoutingBasis = $"投诉 {FilingClock.Number(f)} 调解中发现，由办理该投诉的部门核查",
            HandlerUserName = me.Name,
            HandlerName = me.ShownName,
            FirstResponseDue = ComplaintRules.FirstResponseDue(rules, now),
            FirstRespondedAt = now,
        };
        FilingDeadlines.Apply(report, rules, calendar);
        db.Filings.Add(report);
        db.Steps.Add(new FilingStep
        {
            FilingId = f.Id,
            At = now,
            Action = "clue",
            ActorName = me.ShownName,
            Status = f.Status,
            Public = false,
            DivisionCode = f.DivisionCode,
            Text = "调解中发现违法线索，已另行登记举报核查：" + facts,
        });
        db.Audit("complaints.clue", nameof(Filing), FilingClock.Number(f), null, new { report.Title }, f.DivisionCode);
        await db.SaveChangesAsync(ct);
        return await actions.DetailAsync(report.Id, ct);
    }
}
