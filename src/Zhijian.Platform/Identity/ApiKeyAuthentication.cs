using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Platform.Identity;

/// <summary>
/// <c>Authorization: ApiKey zj_&lt;keyId&gt;_&lt;secret&gt;</c>. The key id finds the client; the SHA-256 of the whole
/// key must match the stored hash (compared in constant time). A revoked client is refused. The client and its unit are
/// read through <see cref="ApiClientCache"/>: a system calling many times a second costs no database round trip per call,
/// and a revocation is seen at once on the node that made it and within <see cref="ApiClientCache.Lifetime"/> on the others.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    PlatformDbContext db, TimeProvider clock, ApiClientCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(SchemeName + " ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var key = header[(SchemeName.Length + 1)..].Trim();
        var keyId = ApiKeys.KeyIdOf(key);
        if (keyId is null) return AuthenticateResult.Fail("API 密钥格式不正确");

        var now = clock.GetUtcNow();
        var client = cache.Get(keyId, now) ?? await LoadAsync(keyId, now);
        if (client is null || !ApiKeys.Matches(key, client.KeyHash)) return AuthenticateResult.Fail("API 密钥无效");
        if (client.Revoked) return AuthenticateResult.Fail("API 客户端已停用");

        if (client.LastUsedAt is null || now - client.LastUsedAt > TimeSpan.FromMinutes(5))
        {
            client.LastUsedAt = now;
            await db.ApiClients.Where(c => c.Id == client.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastUsedAt, now), Context.RequestAborted);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(client.Claims, SchemeName)), SchemeName));
    }

    private async Task<ApiClientCache.Entry?> LoadAsync(string keyId, DateTimeOffset now)
    {
        var client = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.KeyId == keyId, Context.RequestAborted);
        if (client is null) return null; // unknown ids are not cached: a wrong key must not fill the memory
        var unit = await db.OrgUnits.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == client.OrgUnitId, Context.RequestAborted);
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, "api:" + client.Name),
            new(ClaimTypes.NameIdentifier, "api-client-" + client.Id),
            new(ZhijianClaims.ApiClient, client.Name),
            new(ZhijianClaims.OrgUnitId, unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ZhijianClaims.OrgUnitName, unit.Name),
        };
        claims.AddRange(client.Scopes.Select(s => new Claim(ZhijianClaims.Scope, s)));
        claims.AddRange(unit.CoveredDivisions.DefaultIfEmpty(unit.DivisionCode).Select(c => new Claim(ZhijianClaims.Division, c)));
        var entry = new ApiClientCache.Entry(client.Id, client.KeyHash, client.RevokedAt is not null, claims, now) { LastUsedAt = client.LastUsedAt };
        cache.Put(keyId, entry);
        return entry;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Problems.WriteAsync(Context, 401, "未登录或凭据无效", "请先登录，或在请求头提供有效的 Authorization: ApiKey <密钥>。");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.WriteAsync(Context, 403, "权限不足", "当前 API 客户端没有调用此接口所需的权限范围（scope）。");
}

/// <summary>Making and checking API keys.</summary>
public static class ApiKeys
{
    public static (string Key, string KeyId, string Hash) Create()
    {
        var keyId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var key = $"zj_{keyId}_{secret}";
        return (key, keyId, Hash(key));
    }

    public static string? KeyIdOf(string key)
    {
        var parts = key.Split('_', 3);
        return parts.Length == 3 && parts[0] == "zj" && parts[1].Length == 12 ? parts[1] : null;
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));
}

/// <summary>
/// API clients as authentication last read them, per node, for <see cref="Lifetime"/>: the client, its hash, whether it is
/// revoked and the claims of its unit. <see cref="ApiClientService.RevokeAsync"/> evicts the client and
/// <see cref="OrgUnitService"/> clears all on a change of a unit, on their own node; other nodes read them again at most
/// <see cref="Lifetime"/> later.
/// </summary>
public sealed class ApiClientCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public Entry? Get(string keyId, DateTimeOffset now) =>
        _entries.TryGetValue(keyId, out var e) && now - e.LoadedAt < Lifetime && now >= e.LoadedAt ? e : null;

    public void Put(string keyId, Entry entry)
    {
        if (_entries.Count > 10_000) _entries.Clear(); // bounded: more live API clients than this is not a real deployment
        _entries[keyId] = entry;
    }

    public void Evict(string keyId) => _entries.TryRemove(keyId, out _);

    /// <summary>Forgets every client: an org unit's name or area changed (rare), and its clients' claims carry them.</summary>
    public void Clear() => _entries.Clear();

    public sealed record Entry(int Id, string KeyHash, bool Revoked, IReadOnlyList<Claim> Claims, DateTimeOffset LoadedAt)
    {
        /// <summary>When the client was last marked used (written at most every 5 minutes).</summary>
        public DateTimeOffset? LastUsedAt { get; set; }
    }
}
