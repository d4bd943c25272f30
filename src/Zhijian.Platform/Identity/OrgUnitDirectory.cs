using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.Platform.Identity;

/// <summary>An org unit as modules need it for routing, document numbers and jurisdiction: no user counts, no names of divisions.</summary>
public sealed record OrgUnitEntry(int Id, string Name, OrgUnitKind Kind, int? ParentId, string DivisionCode = "", bool Active = true, string Code = "")
{
    /// <summary>Further divisions the unit covers besides its own (a bureau merged over two districts).</summary>
    public IReadOnlyList<string> Covered { get; init; } = [];
}

/// <summary>
/// The one directory of org units every module reads (modules never read the platform's tables): every unit, inactive ones
/// too (old records keep their unit), read as the system — routing and 文号 cross jurisdictions — and cached for a minute,
/// since intake runs at hundreds per second and the tree changes a few times a year. <see cref="OrgUnitService"/> clears
/// the cache on every change made through this node.
/// </summary>
public sealed class OrgUnitDirectory(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(1);
    private volatile Snapshot? _cache;

    private sealed record Snapshot(DateTimeOffset At, IReadOnlyList<OrgUnitEntry> All, IReadOnlyList<OrgUnitEntry> Active);

    /// <summary>Every unit, inactive ones included, in code order.</summary>
    public async Task<IReadOnlyList<OrgUnitEntry>> AllAsync(CancellationToken ct) => (await LoadAsync(ct)).All;

    /// <summary>The active units.</summary>
    public async Task<IReadOnlyList<OrgUnitEntry>> ActiveAsync(CancellationToken ct) => (await LoadAsync(ct)).Active;

    /// <summary>A unit by id, active or not.</summary>
    public async Task<OrgUnitEntry?> FindAsync(int id, CancellationToken ct) => (await AllAsync(ct)).FirstOrDefault(u => u.Id == id);

    /// <summary>An active unit by id (null when it is unknown or switched off).</summary>
    public async Task<OrgUnitEntry?> FindActiveAsync(int id, CancellationToken ct) => (await ActiveAsync(ct)).FirstOrDefault(u => u.Id == id);

    /// <summary>The county-level bureau covering a county division (a county unit covering it, else the nearest bureau above).</summary>
    public async Task<OrgUnitEntry?> CountyBureauForAsync(string county, CancellationToken ct)
    {
        var all = await ActiveAsync(ct);
        return all.FirstOrDefault(u => u.Kind == OrgUnitKind.County && (u.DivisionCode == county || u.Covered.Contains(county)))
            ?? all.Where(u => u.Kind is OrgUnitKind.City or OrgUnitKind.Province && Jurisdiction.For([u.DivisionCode]).Covers(county))
                .OrderByDescending(u => u.Kind).FirstOrDefault();
    }

    /// <summary>The enforcing bureau for a division: the active county-level (or higher) unit whose division covers it most closely — stations do not decide cases.</summary>
    public async Task<OrgUnitEntry?> BureauForAsync(string division, CancellationToken ct) =>
        (await ActiveAsync(ct)).Where(u => u.Kind != OrgUnitKind.Station && Jurisdiction.For([u.DivisionCode]).Covers(division))
            .OrderByDescending(u => u.DivisionCode.TrimEnd('0').Length).FirstOrDefault();

    /// <summary>The bureau a unit belongs to (a station's county bureau; a bureau itself).</summary>
    public async Task<OrgUnitEntry?> BureauOfAsync(int id, CancellationToken ct)
    {
        var all = await AllAsync(ct);
        var u = all.FirstOrDefault(x => x.Id == id);
        while (u is { Kind: OrgUnitKind.Station, ParentId: { } p }) u = all.FirstOrDefault(x => x.Id == p);
        return u;
    }

    /// <summary>The top unit of the deployment: where filings no unit covers wait for manual routing.</summary>
    public async Task<OrgUnitEntry?> RootAsync(CancellationToken ct) =>
        (await ActiveAsync(ct)).Where(u => u.ParentId is null).OrderBy(u => u.Kind).FirstOrDefault();

    /// <summary>Forgets the cached tree (called after every change to a unit).</summary>
    public void Invalidate() => _cache = null;

    private async Task<Snapshot> LoadAsync(CancellationToken ct)
    {
        if (_cache is { } c && clock.GetUtcNow() - c.At < Ttl) return c;
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
        var list = await scope.ServiceProvider.GetRequiredService<OrgUnitService>().ListAsync(ct);
        IReadOnlyList<OrgUnitEntry> all = [.. list.Select(u => new OrgUnitEntry(u.Id, u.Name, u.Kind, u.ParentId, u.DivisionCode, u.Active, u.Code) { Covered = u.CoveredDivisions })];
        var snapshot = new Snapshot(clock.GetUtcNow(), all, [.. all.Where(u => u.Active)]);
        _cache = snapshot;
        return snapshot;
    }
}
