using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Domain.Inspections;

/// <summary>
/// What the registry shows of an equipment's inspections (console detail, public card): the last inspection (date, 结论,
/// inspection body), the first day of the month the next statutory inspection or test is due, its kind ("periodic-inspection",
/// "self-test", "annual-check" or "pressure-test") and whether it is overdue.
/// </summary>
internal sealed record EquipmentInspectionSummary(DateOnly? LastInspectedOn, string? LastConclusion, string? LastBody, DateOnly? NextDueMonth,
    string? NextKind, bool Overdue);

/// <summary>
/// The seam between the registry and the inspections area (which implements it). The registry calls <see cref="StageAsync"/>
/// after every change of an equipment's schedule facts (registration, modification, stop, restart, scrapping, cancellation)
/// and before its own SaveChanges: the stored schedule is staged on the same context and commits with the change.
/// </summary>
internal interface IEquipmentSchedules
{
    Task StageAsync(Equipment equipment, CancellationToken ct);

    Task<EquipmentInspectionSummary?> SummaryAsync(long equipmentId, CancellationToken ct);
}
