using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Maintenance;

namespace Zhijian.SpecialEquipment.Features.Rescue;

/// <summary>
/// 96333 工单: received (the SLA fixed by the county: urban/rural) → dispatched to the maintainer → arrived (SLA met or missed) →
/// released (entrapment minutes; ≥ sequip.entrapment-accident-minutes publishes <see cref="LongEntrapment"/> in the same save) →
/// closed with the cause. Times must be in order and not in the future beyond <see cref="FutureTolerance"/>.
/// </summary>
internal sealed class RescueCalls(EquipmentDbContext db, ActorContext actor, RescueSla sla, TimeProvider clock)
{
    /// <summary>Clock skew tolerated between the call centre and this system.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    /// <summary>Section chiefs and admins see the caller's phone in clear on the detail (to call back); everyone else masked.</summary>
    public static bool CanSeePhone(Actor a) => a.IsInRole(Roles.SectionChief) || a.IsInRole(Roles.Admin);

    public async Task<Result<RescueCallView>> CreateAsync(RescueCallInput cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var now = clock.GetUtcNow();
        errors.Require("callNumber", cmd.CallNumber, "工单号", 40);
        var code = cmd.EquipmentCode?.Trim() ?? "";
        var e = code.Length == 0 ? null : await db.Equipment.AsNoTracking().SingleOrDefaultAsync(x => x.Code == code, ct);
        if (e is null) errors.Add("equipmentCode", code.Length == 0 ? "设备代码不能为空" : $"设备代码“{code}”不存在（或不在您的管辖范围内）");
        if (cmd.ReceivedAt is not { } received) errors.Add("receivedAt", "接警时间不能为空");
        else if (received > now + FutureTolerance) errors.Add("receivedAt", $"接警时间（{Local(received)}）晚于当前时间");
        if (cmd.Trapped is not { } trapped || trapped < 0 || trapped > 100) errors.Add("trapped", "被困人数应为 0–100 的整数");
        if (cmd.CallerPhone?.Trim().Length > 40) errors.Add("callerPhone", "报警人电话不能超过 40 个字符");
        if (cmd.Description?.Trim().Length > 1000) errors.Add("description", "情况描述不能超过 1000 个字符");
        var number = cmd.CallNumber?.Trim() ?? "";
        if (number.Length > 0 && await db.RescueCalls.IgnoreQueryFilters().AnyAsync(c => c.CallNumber == number, ct))
            errors.Add("callNumber", $"工单号 {number} 已登记");
        if (errors.Count > 0) return Result<RescueCallView>.Invalid(errors.ToDictionary());
        var zones = await ZonesAsync(ct);
        var urban = RescueSla.IsUrban(e!.DivisionCode, zones);
        var on = cmd.ReceivedAt!.Value.ToChinaDate();
        var call = new RescueCall
        {
            CallNumber = number,
            EquipmentId = e.Id,
            EquipmentCode = e.Code,
            DivisionCode = e.DivisionCode,
            UserName = e.UserName,
            Address = e.Address,
            ReceivedAt = cmd.ReceivedAt.Value,
            ReceivedOn = on,
            CallerPhone = string.IsNullOrWhiteSpace(cmd.CallerPhone) ? null : cmd.CallerPhone.Trim(),
            Trapped = cmd.Trapped!.Value,
            Description = string.IsNullOrWhiteSpace(cmd.Description) ? null : cmd.Description.Trim(),
            Status = RescueStatus.Received,
            MaintainerUscc = e.MaintainerUscc,
            MaintainerName = e.MaintainerName,
            Urban = urban,
            SlaMinutes = sla.Minutes(urban, on),
            CreatedAt = now,
            CreatedBy = actor.Current.ShownName,
        };
        db.RescueCalls.Add(call);
        db.Audit("sequip.rescue.received", "SequipRescueCall", number, null,
            new { call.EquipmentCode, call.ReceivedAt, call.Trapped, call.SlaMinutes, Zone = urban ? "城区" : "其他地区" }, call.DivisionCode);
        await db.SaveChangesAsync(ct);
        return View(call, now, full: false);
    }

    public Task<Result<RescueCallView>> DispatchAsync(long id, RescueStepInput cmd, CancellationToken ct) => Step(id, async (c, now, errors) =>
    {
        if (c.Status != RescueStatus.Received) return $"工单当前为“{RescueSla.NameOf(c.Status)}”，不能再派单";
        if (cmd.At is not { } at) errors.Add("at", "派单时间不能为空");
        else if (at < c.ReceivedAt) errors.Add("at", $"派单时间（{Local(at)}）不能早于接警时间（{Local(c.ReceivedAt)}）");
        else if (at > now + FutureTolerance) errors.Add("at", $"派单时间（{Local(at)}）晚于当前时间");
        if (!string.IsNullOrWhiteSpace(cmd.MaintainerUscc))
        {
            var uscc = cmd.MaintainerUscc.Trim().ToUpperInvariant();
            var m = await db.MaintenanceCompanies.AsNoTracking().SingleOrDefaultAsync(x => x.Uscc == uscc, ct);
            if (m is null) errors.Add("maintainerUscc", $"维保单位“{uscc}”未登记");
            else
            {
                c.MaintainerUscc = m.Uscc;
                c.MaintainerName = m.Name;
            }
        }
        else if (c.MaintainerUscc is null)
        {
            errors.Add("maintainerUscc", $"设备 {c.EquipmentCode} 没有在执行的维保合同，请指定处置的维保单位");
        }

        if (errors.Count > 0) return null;
        c.DispatchedAt = cmd.At;
        c.Status = RescueStatus.Dispatched;
        db.Audit("sequip.rescue.dispatched", "SequipRescueCall", c.CallNumber, null, new { c.DispatchedAt, c.MaintainerName }, c.DivisionCode);
        return null;
    }, ct);

    public Task<Result<RescueCallView>> ArriveAsync(long id, RescueStepInput cmd, CancellationToken ct) => Step(id, (c, now, errors) =>
    {
        if (c.Status != RescueStatus.Dispatched) return Task.FromResult<string?>(c.Status == RescueStatus.Received ? "工单尚未派单，不能登记到场" : $"工单当前为“{RescueSla.NameOf(c.Status)}”，不能再登记到场");
        if (cmd.At is not { } at) errors.Add("at", "到场时间不能为空");
        else if (at < c.DispatchedAt) errors.Add("at", $"到场时间（{Local(at)}）不能早于派单时间（{Local(c.DispatchedAt!.Value)}）");
        else if (at > now + FutureTolerance) errors.Add("at", $"到场时间（{Local(at)}）晚于当前时间");
        if (errors.Count > 0) return Task.FromResult<string?>(null);
        c.ArrivedAt = cmd.At;
        c.ArrivalMinutes = RescueSla.ShownMinutes(c.ArrivedAt!.Value - c.ReceivedAt);
        c.SlaMet = RescueSla.Met(c.ReceivedAt, c.ArrivedAt, c.SlaMinutes, now);
        c.Status = RescueStatus.Arrived;
        db.Audit("sequip.rescue.arrived", "SequipRescueCall", c.CallNumber, null, new { c.ArrivedAt, c.ArrivalMinutes, c.SlaMinutes, c.SlaMet }, c.DivisionCode);
        return Task.FromResult<string?>(null);
    }, ct);

    public Task<Result<RescueCallView>> ReleaseAsync(long id, RescueReleaseInput cmd, CancellationToken ct) => Step(id, (c, now, errors) =>
    {
        if (c.Status != RescueStatus.Arrived) return Task.FromResult<string?>(c.Status < RescueStatus.Arrived ? "维保人员尚未到场，不能登记解困" : $"工单当前为“{RescueSla.NameOf(c.Status)}”，不能再登记解困");
        if (cmd.At is not { } at) errors.Add("at", "解困时间不能为空");
        else if (at < c.ArrivedAt) errors.Add("at", $"解困时间（{Local(at)}）不能早于到场时间（{Local(c.ArrivedAt!.Value)}）");
        else if (at > now + FutureTolerance) errors.Add("at", $"解困时间（{Local(at)}）晚于当前时间");
        errors.Require("outcome", cmd.Outcome, "处置结果", 500);
        if (errors.Count > 0) return Task.FromResult<string?>(null);
        c.ReleasedAt = cmd.At;
        c.Outcome = cmd.Outcome!.Trim();
        c.Status = RescueStatus.Released;
        if (c.Trapped > 0)
        {
            var minutes = (int)Math.Floor((c.ReleasedAt!.Value - c.ReceivedAt).TotalMinutes);
            c.EntrapmentMinutes = minutes;
            var threshold = sla.EntrapmentAccidentMinutes(c.ReceivedOn);
            if (minutes >= threshold)
            {
                c.LongEntrapment = true;
                db.Publish(new LongEntrapment(c.Id, c.CallNumber, c.EquipmentId, c.EquipmentCode, c.ReceivedAt, c.ReleasedAt.Value, minutes, c.DivisionCode));
            }
        }

        db.Audit("sequip.rescue.released", "SequipRescueCall", c.CallNumber, null, new { c.ReleasedAt, c.Outcome, c.EntrapmentMinutes, c.LongEntrapment }, c.DivisionCode);
        return Task.FromResult<string?>(null);
    }, ct);

    public Task<Result<RescueCallView>> CloseAsync(long id, RescueCloseInput cmd, CancellationToken ct) => Step(id, (c, now, errors) =>
    {
        if (c.Status == RescueStatus.Closed) return Task.FromResult<string?>("工单已关闭");
        if (c.Status != RescueStatus.Released && c.Trapped > 0) return Task.FromResult<string?>("尚有人员被困：登记解困后才能关闭工单");
        if (cmd.Cause is not { } cause || !Enum.IsDefined(cause)) errors.Add("cause", "故障原因应为门系统（Door）、安全回路（SafetyCircuit）、停电（PowerCut）、人为（Human）或其他（Other）");
        if (cmd.Note?.Trim().Length > 500) errors.Add("note", "说明不能超过 500 个字符");
        if (errors.Count > 0) return Task.FromResult<string?>(null);
        c.Cause = cmd.Cause;
        c.CauseNote = string.IsNullOrWhiteSpace(cmd.Note) ? null : cmd.Note.Trim();
        c.ClosedAt = now;
        c.SlaMet ??= RescueSla.Met(c.ReceivedAt, c.ArrivedAt, c.SlaMinutes, now, closed: true);
        c.Status = RescueStatus.Closed;
        db.Audit("sequip.rescue.closed", "SequipRescueCall", c.CallNumber, null, new { Cause = RescueSla.NameOf(c.Cause!.Value), c.CauseNote, c.SlaMet }, c.DivisionCode);
        return Task.FromResult<string?>(null);
    }, ct);

    /// <summary>The zone of every 济南 county (or of each county with a row): urban or not, and the limit today.</summary>
    public async Task<IReadOnlyList<RescueZoneRow>> ZoneRowsAsync(CancellationToken ct)
    {
        var zones = await ZonesAsync(ct);
        var today = clock.Today();
        var counties = RescueSla.DefaultUrban.Concat(zones.Keys).Concat(["370113", "370114", "370115", "370116", "370117", "370124", "370126"]).Distinct().Order(StringComparer.Ordinal);
        return [.. counties.Select(d =>
        {
            var urban = RescueSla.IsUrban(d, zones);
            return new RescueZoneRow(d, DivisionTable.Default.Find(d)?.Name ?? d, urban, zones.ContainsKey(d), sla.Minutes(urban, today));
        })];
    }

    public async Task<Result<RescueZoneRow>> SetZoneAsync(string division, RescueZoneInput cmd, CancellationToken ct)
    {
        if (!SequipAccess.CanAdminister(actor.Current)) return Result<RescueZoneRow>.Forbidden("只有科室负责人、管理员可以设置 96333 到场时限分区");
        var d = division.Trim();
        if (d.Length != 6 || !DivisionTable.IsWellFormed(d) || DivisionTable.Default.Find(d) is null) return Result<RescueZoneRow>.Invalid("divisionCode", $"“{d}”不是县级行政区划代码");
        var z = await db.RescueZones.SingleOrDefaultAsync(x => x.DivisionCode == d, ct);
        var before = z is null ? (bool?)null : z.Urban;
        if (z is null) db.RescueZones.Add(z = new RescueZone { DivisionCode = d, UpdatedBy = "" });
        z.Urban = cmd.Urban;
        z.UpdatedAt = clock.GetUtcNow();
        z.UpdatedBy = actor.Current.ShownName;
        db.Audit("sequip.rescue.zone", "SequipRescueZone", d, new { Urban = before }, new { z.Urban }, d);
        await db.SaveChangesAsync(ct);
        return (await ZoneRowsAsync(ct)).First(r => r.DivisionCode == d);
    }

    public async Task<IReadOnlyDictionary<string, bool>> ZonesAsync(CancellationToken ct) =>
        await db.RescueZones.AsNoTracking().ToDictionaryAsync(z => z.DivisionCode, z => z.Urban, StringComparer.Ordinal, ct);

    private async Task<Result<RescueCallView>> Step(long id, Func<RescueCall, DateTimeOffset, FieldErrors, Task<string?>> act, CancellationToken ct)
    {
        var c = await db.RescueCalls.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return Result<RescueCallView>.NotFound($"96333 工单 {id} 不存在或不在您的管辖范围内");
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        var conflict = await act(c, now, errors);
        if (conflict is not null) return Result<RescueCallView>.Conflict("status", conflict);
        if (errors.Count > 0) return Result<RescueCallView>.Invalid(errors.ToDictionary());
        await db.SaveChangesAsync(ct);
        return View(c, now, full: false);
    }

    public RescueCallView View(RescueCall c, DateTimeOffset now, bool full)
    {
        var phone = full && CanSeePhone(actor.Current) ? c.CallerPhone : Masks.Phone(c.CallerPhone);
        var end = c.ArrivedAt ?? (c.Status == RescueStatus.Closed ? c.ClosedAt ?? now : now);
        return new RescueCallView(c.Id, c.CallNumber, c.EquipmentCode, c.DivisionCode, c.UserName, c.Address, c.ReceivedAt, phone, c.Trapped, c.Description,
            RescueSla.NameOf(c.Status), c.MaintainerName, c.DispatchedAt, c.ArrivedAt, c.ReleasedAt, c.Outcome, c.ClosedAt, c.Cause is { } k ? RescueSla.NameOf(k) : null,
            c.SlaMinutes, c.Urban, c.ArrivalMinutes, RescueSla.ShownMinutes(end - c.ReceivedAt), c.SlaMet ?? RescueSla.Met(c.ReceivedAt, c.ArrivedAt, c.SlaMinutes, now),
            c.EntrapmentMinutes, c.LongEntrapment);
    }

    private static string Local(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, ChinaTime.Zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
