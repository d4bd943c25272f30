using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Storage;

namespace Zhijian.Platform.Identity;

/// <summary>
/// 分级管理: who may administer what, the one place staff cookies and API clients are both checked.
/// <list type="bullet">
/// <item>An administrator (role <c>admin</c>, or an API client with scope <c>admin</c> or <c>*</c>) manages org units
/// strictly below its own unit — never its own unit, so it can never widen its own area.</item>
/// <item>It manages staff and API clients of its own unit and the units below it (its subtree).</item>
/// <item>Deployment-wide settings (rule settings, the holiday calendar) are changed only by administrators of the
/// top unit (the one without a parent: the province bureau, or the city bureau of a city deployment).</item>
/// <item>The system actor (start-up, jobs, the operator's CLI) may do everything.</item>
/// </list>
/// The tree is read without the jurisdiction filter (it is a few hundred rows) and cached for the scope.
/// </summary>
public sealed class OrgHierarchy(PlatformDbContext db, ActorContext actor)
{
    private Dictionary<int, OrgUnit>? _units;

    public Actor Actor => actor.Current;

    /// <summary>The system actor: no org unit, no jurisdiction filter.</summary>
    public bool IsSystem => Actor.Jurisdiction.Unrestricted && Actor.IsAuthenticated;

    /// <summary>Holds the administrator role (staff) or the admin scope (API client).</summary>
    public static bool IsAdmin(Actor a) => a.IsInRole(Roles.Admin) || a.HasScope(Scopes.Admin);

    public async Task<IReadOnlyDictionary<int, OrgUnit>> UnitsAsync(CancellationToken ct) =>
        _units ??= await db.OrgUnits.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(o => o.Id, ct);

    /// <summary>True when <paramref name="unitId"/> is <paramref name="ancestorId"/> or lies below it.</summary>
    public async Task<bool> IsWithinAsync(int unitId, int ancestorId, CancellationToken ct)
    {
        var units = await UnitsAsync(ct);
        for (int? id = unitId, guard = 0; id is { } current && guard < 64; guard++)
        {
            if (current == ancestorId) return true;
            id = units.TryGetValue(current, out var u) ? u.ParentId : null;
        }

        return false;
    }

    /// <summary>The caller's own unit or one below it (staff and API clients of these it may administer).</summary>
    public async Task<bool> InSubtreeAsync(int unitId, CancellationToken ct) =>
        IsSystem || (Actor.OrgUnitId is { } own && await IsWithinAsync(unitId, own, ct));

    /// <summary>A unit strictly below the caller's own (org units it may change).</summary>
    public async Task<bool> StrictlyBelowAsync(int unitId, CancellationToken ct) =>
        IsSystem || (Actor.OrgUnitId is { } own && own != unitId && await IsWithinAsync(unitId, own, ct));

    /// <summary>The unit and every unit below it.</summary>
    public async Task<IReadOnlyList<int>> SubtreeOfAsync(int unitId, CancellationToken ct)
    {
        var units = await UnitsAsync(ct);
        var result = new List<int> { unitId };
        for (var i = 0; i < result.Count; i++)
            result.AddRange(units.Values.Where(u => u.ParentId == result[i]).Select(u => u.Id));
        return result;
    }

    /// <summary>The caller's subtree (every unit for the system actor).</summary>
    public async Task<IReadOnlyList<int>> ManagedUnitIdsAsync(CancellationToken ct) =>
        IsSystem ? [.. (await UnitsAsync(ct)).Keys]
        : Actor.OrgUnitId is { } own ? await SubtreeOfAsync(own, ct) : [];

    /// <summary>An administrator of the top unit (or the system): may change deployment-wide settings.</summary>
    public async Task<bool> IsTopAdminAsync(CancellationToken ct, params string[] alsoScopes)
    {
        if (IsSystem) return true;
        if (!IsAdmin(Actor) && !alsoScopes.Any(Actor.HasScope)) return false;
        return Actor.OrgUnitId is { } own && (await UnitsAsync(ct)).TryGetValue(own, out var unit) && unit.ParentId is null;
    }

    /// <summary>The top unit's name, for messages.</summary>
    public async Task<string> TopUnitNameAsync(CancellationToken ct) =>
        (await UnitsAsync(ct)).Values.Where(u => u.ParentId is null).Select(u => u.Name).FirstOrDefault() ?? "最高一级机构";
}
