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
/// key must match the stored hash (compared in constant time). A revoked client is refused.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    PlatformDbContext db, TimeProvider clock)
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

        var client = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.KeyId == keyId, Context.RequestAborted);
        if (client is null || !ApiKeys.Matches(key, client.KeyHash)) return AuthenticateResult.Fail("API 密钥无效");
        if (client.RevokedAt is not null) return AuthenticateResult.Fail("API 客户端已停用");
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

        if (client.LastUsedAt is null || clock.GetUtcNow() - client.LastUsedAt > TimeSpan.FromMinutes(5))
        {
            var now = clock.GetUtcNow();
            await db.ApiClients.Where(c => c.Id == client.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastUsedAt, now), Context.RequestAborted);
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
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
