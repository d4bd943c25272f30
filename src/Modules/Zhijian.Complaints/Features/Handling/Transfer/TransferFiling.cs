using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Handling;

/// <summary>移送: the receiving unit and the reason.</summary>
internal sealed record TransferCommand(int? OrgUnitId, string? Reason);

/// <summary>When a filing may be transferred, and to whom (pure; <c>to</c> is the active unit chosen, or null).</summary>
internal static class TransferFilingRules
{
    public static FieldError? Validate(TransferCommand cmd, Filing f, OrgUnitEntry? to)
    {
        if (f.IsClosed || f.Status == FilingStatus.Odr) return new FieldError("status", $"当前状态为“{FilingClock.StatusName(f.Status)}”，不能移送");
        if (f.Status == FilingStatus.Mediating) return new FieldError("status", "已受理调解的投诉不能移送；如发现不属于本部门管辖，请以“受理后发现不予受理情形”终止调解");
        if (to is null) return new FieldError("orgUnitId", "请选择接收机构");
        if (to.Id == f.OrgUnitId) return new FieldError("orgUnitId", "接收机构与当前办理机构相同");
        if (string.IsNullOrWhiteSpace(cmd.Reason)) return new FieldError("reason", "请写明移送理由（如：经营地不在本辖区）");
        return null;
    }
}

/// <summary>移送 to another unit with the reason: the receiving unit's clock starts on the day it receives it.</summary>
internal sealed class TransferFilingHandler(FilingActions actions, ComplaintsDbContext db, OrgUnitDirectory units)
{
    public async Task<Result<FilingDetail>> Handle(long id, TransferCommand cmd, CancellationToken ct)
    {
        var to = cmd.OrgUnitId is { } uid ? await units.FindActiveAsync(uid, ct) : null;
        return await actions.RunAsync(id, "transfer", f => TransferFilingRules.Validate(cmd, f, to), f =>
        {
            var reason = cmd.Reason!.Trim();
            db.Transfers.Add(new FilingTransfer
            {
                FilingId = f.Id,
                FromOrgUnitId = f.OrgUnitId,
                FromOrgUnitName = f.OrgUnitName,
                FromDivision = f.DivisionCode,
                ToOrgUnitId = to!.Id,
                ToOrgUnitName = to.Name,
                Reason = reason,
                At = actions.Now(),
                ByName = actions.Actor.Name,
                DivisionCode = to.DivisionCode,
            });
            var from = f.OrgUnitName;
            f.OrgUnitId = to.Id;
            f.OrgUnitName = to.Name;
            f.DivisionCode = to.DivisionCode;
            f.TransferCount++;
            f.HandlerUserName = null;
            f.HandlerName = null;
            f.RoutingBasis = $"由{from}移送：{reason}";
            f.Flags.Remove(FilingFlags.RoutingManual);
            f.ClockStartOn = actions.Today();
            return new StepOutcome($"由{from}移送至{to.Name}。理由：{reason}", true);
        }, ct);
    }
}
