using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;

namespace Zhijian.Cases.Features;

/// <summary>An org unit as the documents need it.</summary>
internal sealed record CaseUnit(int Id, string Name, OrgUnitKind Kind, int? ParentId);

/// <summary>
/// Every org unit (inactive ones too: old cases keep their unit) through the platform's <see cref="OrgUnitService"/>, read as the system (a 文号 prefix names the
/// parent bureau, which may lie outside the caller's jurisdiction) and cached for a minute — the same approach as the
/// complaints module's unit list; this module never reads the platform's tables itself.
/// </summary>
internal sealed class CaseUnits(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Ttl = TimeSpan.FromMinutes(1);
    private (DateTimeOffset At, IReadOnlyList<CaseUnit> Units)? _cache;

    public async Task<IReadOnlyList<CaseUnit>> AllAsync(CancellationToken ct)
    {
        if (_cache is { } c && clock.GetUtcNow() - c.At < Ttl) return c.Units;
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
        var list = await scope.ServiceProvider.GetRequiredService<OrgUnitService>().ListAsync(ct);
        IReadOnlyList<CaseUnit> units = [.. list.Select(u => new CaseUnit(u.Id, u.Name, u.Kind, u.ParentId))];
        _cache = (clock.GetUtcNow(), units);
        return units;
    }

    public async Task<CaseUnit?> FindAsync(int id, CancellationToken ct) => (await AllAsync(ct)).FirstOrDefault(u => u.Id == id);

    public void Invalidate() => _cache = null;
}
