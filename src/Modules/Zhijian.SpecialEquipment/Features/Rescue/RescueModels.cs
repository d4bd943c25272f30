using Zhijian.SpecialEquipment.Domain.Maintenance;

namespace Zhijian.SpecialEquipment.Features.Rescue;

/// <summary>A 96333 call as the call centre posts it.</summary>
internal sealed record RescueCallInput(string CallNumber, string EquipmentCode, DateTimeOffset? ReceivedAt, string? CallerPhone, int? Trapped, string? Description);

/// <summary>Dispatch (to the current maintainer unless another is named), arrival: the time.</summary>
internal sealed record RescueStepInput(DateTimeOffset? At, string? MaintainerUscc = null);

internal sealed record RescueReleaseInput(DateTimeOffset? At, string? Outcome);

internal sealed record RescueCloseInput(RescueCause? Cause, string? Note);

internal sealed record RescueZoneInput(bool Urban);

internal sealed record RescueZoneRow(string DivisionCode, string DivisionName, bool Urban, bool Overridden, int SlaMinutes);

/// <summary>A call as staff see it (the caller's phone masked unless the viewer is a section chief or admin on the detail).</summary>
internal sealed record RescueCallView(long Id, string CallNumber, string EquipmentCode, string DivisionCode, string UserName, string Address,
    DateTimeOffset ReceivedAt, string? CallerPhone, int Trapped, string? Description, string Status, string? MaintainerName,
    DateTimeOffset? DispatchedAt, DateTimeOffset? ArrivedAt, DateTimeOffset? ReleasedAt, string? Outcome, DateTimeOffset? ClosedAt, string? Cause,
    int SlaMinutes, bool Urban, int? ArrivalMinutes, int ElapsedMinutes, bool? SlaMet, int? EntrapmentMinutes, bool LongEntrapment);

internal sealed record MaintainerStat(string MaintainerUscc, string MaintainerName, int Calls, int Arrived, double? AvgArrivalMinutes, int Met, double? MetRate);

internal sealed record EquipmentStat(long EquipmentId, string EquipmentCode, string UserName, string Address, string? MaintainerName, int Calls, DateTimeOffset LastAt);

internal sealed record CauseStat(string Cause, int Calls);

internal sealed record RescueStats(DateOnly From, DateOnly To, IReadOnlyList<MaintainerStat> Maintainers, IReadOnlyList<EquipmentStat> Elevators, IReadOnlyList<CauseStat> Causes);
