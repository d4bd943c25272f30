using Zhijian.Platform.Events;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Domain.Maintenance;

/// <summary>The current maintenance company of an equipment as the registry and the public card show it.</summary>
internal sealed record MaintainerSummary(string Name, string? LicenceNo, string? Hotline, DateOnly? LastMaintainedOn, bool OnDemand);

/// <summary>
/// The seam between the registry and the maintenance area (which implements it): a registration naming a maintenance company
/// checks the company's licence for the category and stages its first contract on the same context (committed with the
/// registration).
/// </summary>
internal interface IMaintainers
{
    /// <summary>Null when the company may maintain equipment of <paramref name="category"/> on <paramref name="on"/>; otherwise the Chinese reason.</summary>
    Task<string?> CheckAsync(string maintainerUscc, EquipmentCategory category, DateOnly on, CancellationToken ct);

    /// <summary>Stages (no save) a maintenance contract from <paramref name="from"/> and sets the equipment's current maintainer.</summary>
    Task StageContractAsync(Equipment equipment, string maintainerUscc, DateOnly from, CancellationToken ct);

    Task<MaintainerSummary?> CurrentAsync(long equipmentId, CancellationToken ct);
}

/// <summary>
/// A 96333 call whose passengers were trapped for at least the accident threshold (2 hours, 条例 第61–64条): the safety area
/// opens an accident to verify. Published by the rescue area in the outbox when the release is recorded.
/// </summary>
[EventName("sequip.long-entrapment")]
internal sealed record LongEntrapment(long CallId, string CallNumber, long EquipmentId, string EquipmentCode, DateTimeOffset TrappedAt,
    DateTimeOffset ReleasedAt, int Minutes, string DivisionCode) : IDomainEvent;
