using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;

namespace Zhijian.Cases.Features;

/// <summary>An org unit as the cases module needs it.</summary>
internal sealed record CaseUnit(int Id, string Name, OrgUnitKind Kind, string DivisionCode, int? ParentId);

/// <summary>Active org units read through the platform's service as the system, cached for a minute.</summary>
internal sealed class CaseUnits(IServiceScopeFactory scopes, TimeProvider clock)
{
    private (DateTimeOffset At, IReadOnlyList<CaseUnit> Units)? _cache;

    public async Task<IReadOnlyList<CaseUnit>> AllAsync(CancellationToken ct)
    {
        if (_cache is { } c && clock.GetUtcNow() - c.At < TimeSpan.FromMinutes(1)) return c.Units;
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
        var list = await scope.ServiceProvider.GetRequiredService<OrgUnitService>().ListAsync(ct);
        IReadOnlyList<CaseUnit> units = [.. list.Where(u => u.Active).Select(u => new CaseUnit(u.Id, u.Name, u.Kind, u.DivisionCode, u.ParentId))];
        _cache = (clock.GetUtcNow(), units);
        return units;
    }

    public async Task<CaseUnit?> FindAsync(int id, CancellationToken ct) => (await AllAsync(ct)).FirstOrDefault(u => u.Id == id);

    /// <summary>The enforcing bureau for a division: the county-level (or higher) unit whose division covers it most closely — stations do not decide cases.</summary>
    public async Task<CaseUnit?> BureauForAsync(string division, CancellationToken ct) =>
        (await AllAsync(ct)).Where(u => u.Kind != OrgUnitKind.Station && Jurisdiction.For([u.DivisionCode]).Covers(division))
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
