using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Platform.Identity;

/// <summary>An API client as listed (never the key).</summary>
public sealed record ApiClientView(int Id, string Name, string KeyId, IReadOnlyList<string> Scopes, int OrgUnitId, string OrgUnitName,
    DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, bool Revoked);

/// <summary>A new client with its key: the only time the key is ever shown.</summary>
public sealed record CreatedApiClient(ApiClientView Client, string Key);

/// <summary>Creates, lists and revokes API clients of other systems, inside the caller's jurisdiction.</summary>
public sealed class ApiClientService(PlatformDbContext db, ActorContext actor, OrgHierarchy tree, TimeProvider clock, ApiClientCache cache)
{
    private static System.Collections.Immutable.ImmutableSortedDictionary<string, string> _knownScopes =
        System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, string>
        {
            [Scopes.All] = "全部权限",
            [Scopes.Admin] = "系统管理（含审计链校验）",
            [Scopes.RulesRead] = "读取规则设置",
            [Scopes.CalendarWrite] = "录入年度放假安排",
        });

    /// <summary>
    /// Every scope a client may be granted, with its meaning. Modules add theirs at start-up (<see cref="DeclareScope"/>);
    /// an immutable snapshot, swapped atomically, because several hosts in one process (the E2E journeys) start at once.
    /// </summary>
    public static IReadOnlyDictionary<string, string> KnownScopes => _knownScopes;

    /// <summary>Declares (or re-declares) a scope and its meaning; safe when hosts start concurrently.</summary>
    public static void DeclareScope(string scope, string description) =>
        System.Collections.Immutable.ImmutableInterlocked.Update(ref _knownScopes, (d, kv) => d.SetItem(kv.Key, kv.Value), KeyValuePair.Create(scope, description));

    public async Task<IReadOnlyList<ApiClientView>> ListAsync(CancellationToken ct)
    {
        var managed = (await tree.ManagedUnitIdsAsync(ct)).ToHashSet();
        var units = (await tree.UnitsAsync(ct)).Values.Where(o => managed.Contains(o.Id)).ToDictionary(o => o.Id, o => o.Name);
        var ids = units.Keys.ToList();
        var clients = await db.ApiClients.AsNoTracking().Where(c => ids.Contains(c.OrgUnitId)).OrderBy(c => c.Name).ToListAsync(ct);
        return [.. clients.Select(c => View(c, units[c.OrgUnitId]))];
    }

    public async Task<Result<CreatedApiClient>> CreateAsync(string name, string orgCode, IReadOnlyList<string> scopes, CancellationToken ct)
    {
        if (!OrgHierarchy.IsAdmin(actor.Current))
            return Result<CreatedApiClient>.Forbidden("只有系统管理员可以创建 API 客户端");
        var errors = new FieldErrors().Require("name", name, "客户端名称", 100);
        var unit = await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(o => o.Code == orgCode, ct);
        if (unit is null || !await tree.InSubtreeAsync(unit.Id, ct))
        {
            errors.Add("org", $"机构“{orgCode}”不存在，或不是本机构及其下级机构");
            unit = null;
        }

        var cleaned = (scopes ?? []).Select(s => s?.Trim() ?? "").Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (cleaned.Count == 0) errors.Add("scopes", "至少授予一个权限范围");
        foreach (var s in cleaned.Where(s => !KnownScopes.ContainsKey(s)))
            errors.Add("scopes", $"权限范围“{s}”不存在，可选：{string.Join("、", KnownScopes.Keys)}");
        // An API client acting as administrator cannot mint a key with more than it holds itself (staff
        // administrators grant any scope: the key is bound to a unit in their subtree either way).
        if (actor.Current.IsApiClient)
        {
            foreach (var s in cleaned.Where(s => KnownScopes.ContainsKey(s) && !actor.Current.HasScope(s)))
                errors.Add("scopes", $"不能授予调用方自身没有的权限范围“{s}”");
        }
        if (errors.Count > 0) return Result<CreatedApiClient>.Invalid(errors.ToDictionary());
        if (await db.ApiClients.AnyAsync(c => c.Name == name.Trim() && c.RevokedAt == null, ct))
            return Result<CreatedApiClient>.Conflict("name", $"已有同名的 API 客户端“{name.Trim()}”");

        var (key, keyId, hash) = ApiKeys.Create();
        var client = new ApiClient
        {
            Name = name.Trim(),
            KeyId = keyId,
            KeyHash = hash,
            Scopes = cleaned,
            OrgUnitId = unit!.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(ct);
        db.Audit("apiclient.created", nameof(ApiClient), StaffService.Invariant(client.Id), null,
            new { client.Name, client.KeyId, client.Scopes, Org = unit.Code }, unit.DivisionCode);
        await db.SaveChangesAsync(ct);
        return new CreatedApiClient(View(client, unit.Name), key);
    }

    public async Task<Result<bool>> RevokeAsync(int id, CancellationToken ct)
    {
        if (!OrgHierarchy.IsAdmin(actor.Current))
            return Result<bool>.Forbidden("只有系统管理员可以停用 API 客户端");
        var ids = await tree.ManagedUnitIdsAsync(ct);
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == id && ids.Contains(c.OrgUnitId), ct);
        if (client is null) return Result<bool>.NotFound("API 客户端不存在或不在您的管辖范围内");
        if (client.RevokedAt is not null) return true;
        client.RevokedAt = clock.GetUtcNow();
        db.Audit("apiclient.revoked", nameof(ApiClient), StaffService.Invariant(client.Id), new { Revoked = false }, new { Revoked = true });
        await db.SaveChangesAsync(ct);
        cache.Evict(client.KeyId);
        return true;
    }

    private static ApiClientView View(ApiClient c, string unit) =>
        new(c.Id, c.Name, c.KeyId, c.Scopes, c.OrgUnitId, unit, c.CreatedAt, c.LastUsedAt, c.RevokedAt is not null);
}
