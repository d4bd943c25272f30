using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.Platform.Identity;

/// <summary>Who is acting: a staff user, an API client, or the system itself (jobs, start-up).</summary>
public sealed record Actor(
    string Name, string? UserId, int? OrgUnitId, string? OrgUnitName, Jurisdiction Jurisdiction,
    IReadOnlySet<string> Roles, IReadOnlySet<string> Scopes, bool IsApiClient, bool IsAuthenticated)
{
    public static readonly Actor System = new("system", null, null, null, Jurisdiction.Everything,
        new HashSet<string>(), new HashSet<string> { Identity.Scopes.All }, false, true);

    /// <summary>The public portal: reads what the bureau publishes, over its whole area, with no role and no personal data.</summary>
    public static readonly Actor Public = new("public", null, null, null, Jurisdiction.Everything,
        new HashSet<string>(), new HashSet<string>(), false, false);

    public static readonly Actor Anonymous = new("anonymous", null, null, null, Jurisdiction.Nothing,
        new HashSet<string>(), new HashSet<string>(), false, false);

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool HasScope(string scope) => Scopes.Contains(Identity.Scopes.All) || Scopes.Contains(scope);

    public static Actor From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true) return Anonymous;
        var divisions = user.FindAll(ZhijianClaims.Division).Select(c => c.Value).ToList();
        var isApi = user.HasClaim(c => c.Type == ZhijianClaims.ApiClient);
        var name = isApi ? "api:" + user.FindFirstValue(ZhijianClaims.ApiClient) : user.Identity.Name ?? "?";
        return new Actor(
            name,
            user.FindFirstValue(ClaimTypes.NameIdentifier),
            int.TryParse(user.FindFirstValue(ZhijianClaims.OrgUnitId), out var org) ? org : null,
            user.FindFirstValue(ZhijianClaims.OrgUnitName),
            Jurisdiction.For(divisions),
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            user.FindAll(ZhijianClaims.Scope).Select(c => c.Value).ToHashSet(StringComparer.Ordinal),
            isApi, true)
        {
            DisplayName = user.FindFirstValue(ZhijianClaims.DisplayName),
        };
    }

    /// <summary>The staff member's name as people read it (刘芳), when known; <see cref="Name"/> is the login.</summary>
    public string? DisplayName { get; init; }

    /// <summary><see cref="DisplayName"/> or, failing that, <see cref="Name"/>.</summary>
    public string ShownName => DisplayName ?? Name;
}

/// <summary>
/// The scoped holder of the current <see cref="Actor"/>. In an HTTP request it reads the authenticated
/// principal; in a Blazor circuit the circuit's authentication state; background work calls
/// <see cref="UseSystem"/>. Nothing set and no user means anonymous: no jurisdiction at all.
/// </summary>
public sealed class ActorContext(IHttpContextAccessor http, IServiceProvider services)
{
    private Actor? _explicit;
    private Actor? _fromRequest;
    private ClaimsPrincipal? _requestUser;

    public Actor Current
    {
        get
        {
            if (_explicit is not null) return _explicit;
            var user = http.HttpContext?.User ?? CircuitUser();
            if (user is null) return Actor.Anonymous;
            if (!ReferenceEquals(user, _requestUser))
            {
                _requestUser = user;
                _fromRequest = Actor.From(user);
            }

            return _fromRequest!;
        }
    }

    private ClaimsPrincipal? CircuitUser()
    {
        if (services.GetService<AuthenticationStateProvider>() is not { } provider) return null;
        try
        {
            var state = provider.GetAuthenticationStateAsync();
            return state.IsCompletedSuccessfully ? state.Result.User : null;
        }
        catch (InvalidOperationException)
        {
            return null; // not inside a circuit
        }
    }

    public void UseSystem() => _explicit = Actor.System;

    /// <summary>Public portal pages: everything published, nothing personal (<see cref="Actor.Public"/>).</summary>
    public void UsePublic() => _explicit = Actor.Public;

    public void Use(ClaimsPrincipal principal) => _explicit = Actor.From(principal);
}
