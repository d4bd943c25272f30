using Zhijian.Entities.Contracts;
using Zhijian.Platform.Portal;

namespace Zhijian.Entities.Features.Profile;

/// <summary>
/// The portal home's central search (<see cref="IPortalEntitySearch"/>): the registry's public search — any fragment of the
/// name, the USCC or the registration number — with each hit linking to its public credit page. Hits carry no person's
/// name (an individual business is found by its shop name, never by its operator's).
/// </summary>
internal sealed class PortalEntitySearch(IEntityDirectory directory) : IPortalEntitySearch
{
    public const int Max = 20;

    public async Task<IReadOnlyList<PortalEntityHit>> SearchAsync(string query, int max, CancellationToken ct)
    {
        var q = query.Trim();
        if (q.Length == 0) return [];
        var hits = await directory.SearchPublicAsync(q.Length > 100 ? q[..100] : q, Math.Clamp(max, 1, Max), ct);
        return [.. hits.Select(h => new PortalEntityHit(h.Uscc, h.Name, h.TypeName, h.StatusName, h.DivisionName, $"/gs/credit/{h.Uscc}"))];
    }
}
