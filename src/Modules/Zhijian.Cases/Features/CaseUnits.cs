using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;

namespace Zhijian.Cases.Features;

/// <summary>An org unit as the cases module needs it.</summary>
internal sealed record CaseUnit(int Id, string Name, OrgUnitKind Kind, int? ParentId, string DivisionCode = "", bool Active = true);

/// <summary>
/// Every org unit (inactive ones too: old cases keep their unit) through the platform's <see cref="OrgUnitService"/>, read as the
/// system (a 文号 prefix names the parent bureau, which may lie outside the caller's jurisdiction) and cached for a minute;
/// this module never reads the platform's tables itself.
/// </summary>
internal sealed class CaseUnits(IServiceScopeFactory scopes, TimeProvider clock)
{
    private (DateTimeOffset At, IReadOnlyList<CaseUnit> Units)? _cache;

    public async Task<IReadOnlyList<CaseUnit>> AllAsync(CancellationToken ct)
    {
        if (_cache is { } c && clock.GetUtcNow() - c.At < TimeSpan.FromMinutes(1)) return c.Units;
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
        var list = await scope.ServiceProvider.GetRequiredService<OrgUnitService>().ListAsync(ct);
        IReadOnlyList<CaseUnit> units = [.. list.Select(u => new CaseUnit(u.Id, u.Name, u.Kind, u.ParentId, u.DivisionCode, u.Active))];
        _cache = (clock.GetUtcNow(), units);
        return units;
    }

    public async Task<CaseUnit?> FindAsync(int id, CancellationToken ct) => (await AllAsync(ct)).FirstOrDefault(u => u.Id == id);

    /// <summary>The enforcing bureau for a division: the county-level (or higher) unit whose division covers it most closely — stations do not decide cases.</summary>
    public async Task<CaseUnit?> BureauForAsync(string division, CancellationToken ct) =>
        (await AllAsync(ct)).Where(u => u.Active && u.Kind != OrgUnitKind.Station && Jurisdiction.For([u.DivisionCode]).Covers(division))
            .OrderByDescending(u => u.DivisionCode.TrimEnd('0').Length).FirstOrDefault();

    /// <summary>The bureau a unit belongs to (a station's county bureau; a bureau itself).</summary>
    public async Task<CaseUnit?> BureauOfAsync(int id, CancellationToken ct)
    {
        var all = await AllAsync(ct);
        var u = all.FirstOrDefault(x => x.Id == id);
        while (u is { Kind: OrgUnitKind.Station, ParentId: { } p }) u = all.FirstOrDefault(x => x.Id == p);
        return u;
    }
}
