using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;

namespace Zhijian.Complaints.Features;

/// <summary>An org unit as routing needs it.</summary>
internal sealed record UnitRef(int Id, string Name, OrgUnitKind Kind, string DivisionCode, IReadOnlyList<string> Covered, int? ParentId);

/// <summary>
/// Every active org unit, read as the system (routing crosses jurisdictions) and cached for a minute: intake runs at
/// hundreds per second and the tree changes a few times a year.
/// </summary>
internal sealed class Units(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(1);
    private (DateTimeOffset At, IReadOnlyList<UnitRef> Units)? _cache;

    public async Task<IReadOnlyList<UnitRef>> AllAsync(CancellationToken ct)
    {
        if (_cache is { } c && clock.GetUtcNow() - c.At < Ttl) return c.Units;
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
        var list = await scope.ServiceProvider.GetRequiredService<OrgUnitService>().ListAsync(ct);
        IReadOnlyList<UnitRef> units = [.. list.Where(u => u.Active).Select(u => new UnitRef(u.Id, u.Name, u.Kind, u.DivisionCode, u.CoveredDivisions, u.ParentId))];
        _cache = (clock.GetUtcNow(), units);
        return units;
    }

    public async Task<UnitRef?> FindAsync(int id, CancellationToken ct) => (await AllAsync(ct)).FirstOrDefault(u => u.Id == id);

    /// <summary>The county-level bureau covering a county division (a county unit covering it, else the nearest bureau above).</summary>
    public async Task<UnitRef?> ForCountyAsync(string county, CancellationToken ct)
    {
        var all = await AllAsync(ct);
        return all.FirstOrDefault(u => u.Kind == OrgUnitKind.County && (u.DivisionCode == county || u.Covered.Contains(county)))
            ?? all.Where(u => u.Kind is OrgUnitKind.City or OrgUnitKind.Province && Jurisdiction.For([u.DivisionCode]).Covers(county))
                .OrderByDescending(u => u.Kind).FirstOrDefault();
    }

    /// <summary>The top unit of the deployment: where filings no unit covers wait for manual routing.</summary>
    public async Task<UnitRef?> RootAsync(CancellationToken ct) => (await AllAsync(ct)).Where(u => u.ParentId is null).OrderBy(u => u.Kind).FirstOrDefault();

    public void Invalidate() => _cache = null;
}
