using System.Globalization;
using Zhijian.Complaints.Contracts;
using Zhijian.Inspections.Contracts;
using Zhijian.Platform.Events;

namespace Zhijian.Cases.Features.Clues;

/// <summary>诉转案: a complaint or report the handler decided to turn into a case arrives as a clue (once per filing).</summary>
internal sealed class ComplaintClueHandler(Clues clues) : IEventHandler<ComplaintCaseClue>
{
    public Task HandleAsync(ComplaintCaseClue e, EventContext context, CancellationToken ct) =>
        clues.ReceiveAsync(new IncomingClue(Domain.ClueSource.Complaint, Clues.SystemComplaints, e.FilingId.ToString(CultureInfo.InvariantCulture), e.Number,
            e.Uscc, e.TargetName, e.Facts, e.DecidedOn, e.DecidedBy, e.DivisionCode, e.OrgUnitId), ct);
}

/// <summary>A random inspection found a suspected violation: a clue for the bureau of the entity's division (once per result).</summary>
internal sealed class InspectionClueHandler(Clues clues) : IEventHandler<InspectionCaseClue>
{
    public Task HandleAsync(InspectionCaseClue e, EventContext context, CancellationToken ct) =>
        clues.ReceiveAsync(new IncomingClue(Domain.ClueSource.Inspection, Clues.SystemInspections, e.ResultId.ToString(CultureInfo.InvariantCulture),
            string.Create(CultureInfo.InvariantCulture, $"抽查任务 {e.TaskId}"), e.Uscc, e.EntityName, e.Facts, e.FoundOn,
            e.Officers.Count > 0 ? string.Join("、", e.Officers) : "双随机抽查", e.DivisionCode, null), ct);
}
