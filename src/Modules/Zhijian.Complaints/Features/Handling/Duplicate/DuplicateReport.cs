using Microsoft.EntityFrameworkCore;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

/// <summary>重复举报: the number of the earlier report with the same facts.</summary>
internal sealed record DuplicateCommand(string? OfNumber, string? Reason);

/// <summary>When a report is a duplicate of an earlier one (pure; <c>of</c> is the earlier report found in scope, or null).</summary>
internal static class DuplicateReportRules
{
    public static FieldError? Validate(DuplicateCommand cmd, Filing f, Filing? of)
    {
        if (f.Kind != FilingKind.Report || f.Status != FilingStatus.Verifying) return new FieldError("status", "只有核查中的举报可以按重复举报处理");
        if (of is null || of.Kind != FilingKind.Report) return new FieldError("ofNumber", $"请填写此前同一事实的举报编号（“{cmd.OfNumber}”不是本辖区的举报）");
        if (of.ReceivedAt > f.ReceivedAt) return new FieldError("ofNumber", "被引用的举报应早于本件");
        return null;
    }
}

/// <summary>重复举报: the same facts as an earlier report are not handled again (new facts → a new report).</summary>
internal sealed class DuplicateReportHandler(FilingActions actions, ComplaintsDbContext db)
{
    public async Task<Result<FilingDetail>> Handle(long id, DuplicateCommand cmd, CancellationToken ct)
    {
        var ofId = FilingClock.ParseNumber(cmd.OfNumber);
        var of = ofId is { } o && o != id ? await db.Filings.AsNoTracking().SingleOrDefaultAsync(x => x.Id == o, ct) : null;
        return await actions.RunAsync(id, "duplicate", f => DuplicateReportRules.Validate(cmd, f, of), f =>
        {
            f.DuplicateOfId = of!.Id;
            f.OnTime = true;
            FilingActions.Close(f, FilingStatus.Duplicate, $"与举报 {FilingClock.Number(of)} 事实相同，不再重复处理。{cmd.Reason?.Trim()}");
            return new StepOutcome($"与举报 {FilingClock.Number(of)} 的事实相同，依法不再重复处理（如有新的事实和证据，可重新举报）", true);
        }, ct);
    }
}
