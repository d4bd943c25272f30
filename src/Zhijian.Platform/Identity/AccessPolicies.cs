using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.Platform.Identity;

/// <summary>
/// The one way a module declares who may call what: staff by role, API clients by scope (or <c>*</c>), never both by accident.
/// <code>
/// services.AddAccessPolicies()
///     .Scope("credit.read", "查询信用信息")
///     .Policy(ReadPolicy, AccessPolicyBuilder.AnyStaff, "credit.read", "credit.write")
///     .Policy(DecidePolicy, [Roles.Registrar, Roles.SectionChief, Roles.Admin]);      // no API client
/// </code>
/// </summary>
public sealed class AccessPolicyBuilder(AuthorizationBuilder authorization)
{
    /// <summary>Every signed-in staff user, whatever the role.</summary>
    public static readonly IReadOnlyCollection<string>? AnyStaff;

    /// <summary>No staff user (an API-only policy).</summary>
    public static readonly IReadOnlyCollection<string> NoStaff = [];

    /// <summary>Declares an API scope administrators can grant to clients, with its meaning in Chinese.</summary>
    public AccessPolicyBuilder Scope(string scope, string description)
    {
        ApiClientService.DeclareScope(scope, description);
        return this;
    }

    /// <summary>
    /// A policy: a staff user passes with one of <paramref name="staffRoles"/> (<see cref="AnyStaff"/>: any signed-in staff;
    /// <see cref="NoStaff"/>: none), an API client with one of <paramref name="clientScopes"/> or <c>*</c> (none listed: no client).
    /// </summary>
    public AccessPolicyBuilder Policy(string name, IReadOnlyCollection<string>? staffRoles, params string[] clientScopes)
    {
        authorization.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireAssertion(c => Allows(c.User, staffRoles, clientScopes)));
        return this;
    }

    /// <summary>Whether a principal passes a policy of this shape (also for pages that check before rendering an action).</summary>
    public static bool Allows(ClaimsPrincipal user, IReadOnlyCollection<string>? staffRoles, IReadOnlyCollection<string> clientScopes) =>
        user.HasClaim(x => x.Type == ZhijianClaims.ApiClient)
            ? clientScopes.Count > 0 && (user.HasClaim(ZhijianClaims.Scope, Scopes.All) || clientScopes.Any(s => user.HasClaim(ZhijianClaims.Scope, s)))
            : staffRoles is null || staffRoles.Any(user.IsInRole);
}

public static class AccessPolicyServiceCollectionExtensions
{
    /// <summary>Starts declaring a module's scopes and policies (see <see cref="AccessPolicyBuilder"/>).</summary>
    public static AccessPolicyBuilder AddAccessPolicies(this IServiceCollection services) => new(services.AddAuthorizationBuilder());
}
