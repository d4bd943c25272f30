using Zhijian.Entities.Contracts;
using Zhijian.Entities.Features.Search;

namespace Zhijian.Entities.Features.Profile;

/// <summary>The registry's query surface for other modules (<see cref="IEntityDirectory"/>).</summary>
internal sealed class EntityDirectory(EntityProfile profile, EntitySearch search, EntityLibrary library) : IEntityDirectory
{
    public Task<EntitySummary?> FindAsync(string uscc, CancellationToken ct) => profile.FindAsync(uscc, ct);

    public IAsyncEnumerable<EntitySummary> StreamAsync(CancellationToken ct) => profile.StreamAsync(ct);

    public IAsyncEnumerable<EntitySummary> MissingAnnualReportsAsync(int year, CancellationToken ct) => profile.MissingAnnualReportsAsync(year, ct);

    public Task<PublicEntity?> PublicAsync(string uscc, CancellationToken ct) => profile.PublicAsync(uscc, ct);

    public IAsyncEnumerable<EntityKey> SelectAsync(EntityFilter filter, CancellationToken ct) => library.SelectAsync(filter, ct);

    public Task<int> CountAsync(EntityFilter filter, CancellationToken ct) => library.CountAsync(filter, ct);

    public Task<IReadOnlyList<EntitySummary>> FindManyAsync(IReadOnlyCollection<string> usccs, CancellationToken ct) => profile.FindManyAsync(usccs, ct);

    public IReadOnlyList<(string Code, string Name)> LicenceTypes => EntityLibrary.LicenceTypes;

    public Task<EntityParty?> PartyAsync(string uscc, CancellationToken ct) => profile.PartyAsync(uscc, ct);

    public async Task<IReadOnlyList<PublicEntityHit>> SearchPublicAsync(string query, int max, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(query)) return [];
        var result = await search.SearchAsync(new EntityQuery(query.Trim(), null, null, null, null, null, null, 1, Math.Clamp(max, 1, 50)), ct);
        return result.IsSuccess
            ? [.. result.Value!.Items.Select(h => new PublicEntityHit(h.Uscc, h.Name, h.TypeName, h.StatusName, h.DivisionName))]
            : [];
    }
}
