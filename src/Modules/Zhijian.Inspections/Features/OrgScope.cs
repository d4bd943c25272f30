using Zhijian.Platform.Identity;

namespace Zhijian.Inspections.Features;

/// <summary>The acting user's org unit: id, name, 属地 and covered divisions (what a task's library is evaluated in).</summary>
internal sealed record OrgUnitRef(int Id, string Name, string DivisionCode, IReadOnlyList<string> CoveredDivisions);

internal sealed class OrgScope(ActorContext actor, OrgUnitService units)
{
    public async Task<OrgUnitRef?> CurrentAsync(CancellationToken ct)
    {
        if (actor.Current.OrgUnitId is not { } id) return null;
        var unit = await units.FindAsync(id, ct);
        return unit is null ? null : new OrgUnitRef(unit.Id, unit.Name, unit.DivisionCode, unit.CoveredDivisions);
    }

    public async Task<OrgUnitRef?> FindAsync(int id, CancellationToken ct) =>
        await units.FindAsync(id, ct) is { } u ? new OrgUnitRef(u.Id, u.Name, u.DivisionCode, u.CoveredDivisions) : null;
}
