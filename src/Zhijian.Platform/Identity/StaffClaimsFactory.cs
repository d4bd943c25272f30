using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Platform.Identity;

/// <summary>Puts the user's org unit, its covered division codes and display name into the login cookie.</summary>
public sealed class StaffClaimsFactory(
    UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, PlatformDbContext db)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var unit = await db.OrgUnits.IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == user.OrgUnitId);
        identity.AddClaim(new Claim(ZhijianClaims.OrgUnitId, unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(ZhijianClaims.OrgUnitName, unit.Name));
        identity.AddClaim(new Claim(ZhijianClaims.DisplayName, user.DisplayName));
        foreach (var code in unit.CoveredDivisions.DefaultIfEmpty(unit.DivisionCode))
            identity.AddClaim(new Claim(ZhijianClaims.Division, code));
        return identity;
    }
}
