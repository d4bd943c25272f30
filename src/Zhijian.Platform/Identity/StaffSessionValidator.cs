using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zhijian.Platform.Storage;

namespace Zhijian.Platform.Identity;

/// <summary>
/// A staff session is only as good as the user's current record: on every cookie-authenticated request (and every
/// 10 seconds in a console circuit) the session's security stamp is compared with the stored one, and the user and
/// the user's unit must still be active. A change of roles, unit or area (<see cref="OrgUnitService"/>,
/// <see cref="StaffService"/>) renews the stamp, so the old session — with its old area in its claims — ends at once.
/// One indexed read per request; API keys need none of this: their client and unit are read on every request.
/// </summary>
public static class StaffSessionValidator
{
    /// <summary>True when the principal's stamp matches and the user and unit are active.</summary>
    public static async Task<bool> IsCurrentAsync(PlatformDbContext db, ClaimsPrincipal principal, string stampClaimType, CancellationToken ct)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal.FindFirstValue(stampClaimType);
        if (userId is null || stamp is null) return false;
        var row = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.Active, UnitActive = db.OrgUnits.IgnoreQueryFilters().Any(o => o.Id == u.OrgUnitId && o.Active) })
            .SingleOrDefaultAsync(ct);
        return row is { Active: true, UnitActive: true } && string.Equals(row.SecurityStamp, stamp, StringComparison.Ordinal);
    }

    /// <summary>The cookie handler's OnValidatePrincipal: rejects and signs out a stale session.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null) return;
        var sp = context.HttpContext.RequestServices;
        var db = sp.GetRequiredService<PlatformDbContext>();
        var stampType = sp.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (await IsCurrentAsync(db, context.Principal, stampType, context.HttpContext.RequestAborted)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}

/// <summary>The console circuit's authentication state, re-checked every 10 seconds (<see cref="StaffSessionValidator"/>).</summary>
public sealed class StaffRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(10);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        if (authenticationState.User.Identity?.IsAuthenticated != true) return true;
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        return await StaffSessionValidator.IsCurrentAsync(db, authenticationState.User, options.Value.ClaimsIdentity.SecurityStampClaimType, cancellationToken);
    }
}
