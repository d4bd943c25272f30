using Zhijian.Entities.Contracts;

namespace Zhijian.Cases.Features;

/// <summary>
/// 当事人信息 from the registry at filing time (立案, 当场处罚): when the party is a registered entity, its 住所（主要经营场所）,
/// phone and legal representative fill what the handler left blank. The case keeps them as a snapshot — a legal document
/// must read the same when the registry changes later — so they are read once, here, through the registry's contract.
/// </summary>
internal sealed class RegistryParty(IEntityDirectory registry)
{
    /// <summary>The entity as a party, or null when the code is blank or not in the registry (inside the caller's jurisdiction).</summary>
    public async Task<EntityParty?> FindAsync(string? uscc, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(uscc) ? null : await registry.PartyAsync(uscc, ct);

    /// <summary>What the handler wrote, else the registry's value (null when neither has one).</summary>
    public static string? Or(string? given, string? registered) =>
        !string.IsNullOrWhiteSpace(given) ? given.Trim() : string.IsNullOrWhiteSpace(registered) ? null : registered.Trim();
}
