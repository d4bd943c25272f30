namespace Zhijian.SpecialEquipment.Domain.Safety;

/// <summary>
/// A hazard found elsewhere in the module (an inspection body's result, a 96333 call): staged by the safety area. Source is
/// "inspection-body" (检验机构), "inspector" (监督检查), "rescue" (96333) or "maintenance" (维保).
/// </summary>
internal sealed record HazardDraft(long EquipmentId, string Source, string Description, bool Serious, DateOnly FoundOn, string FoundBy,
    string? SourceReference);

/// <summary>The seam into the safety area's hazard register (implemented there): stages a hazard on the caller's context, no save.</summary>
internal interface IHazardIntake
{
    Task StageAsync(HazardDraft draft, CancellationToken ct);
}
