using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Storage;

namespace Zhijian.Platform.Identity;

/// <summary>
/// The demo deployment: 济南市市场监督管理局 (370100) with its 12 districts/counties as county bureaus, two
/// 市场监管所 under 历下区 and one under 历城区 on real streets, and one demo user per role. The org tree is real data;
/// the users are demo only and exist only when demo data is switched on.
/// </summary>
public static class DemoData
{
    public const string Password = "Zhijian@2026";

    /// <summary>Demo logins: user name, display name, role, org unit code.</summary>
    public static readonly IReadOnlyList<(string User, string Name, string Role, string Org)> Users =
    [
        ("admin", "王建国", Roles.Admin, "370100"),
        ("registrar", "李红梅", Roles.Registrar, "370102"),
        ("inspector", "张伟", Roles.Inspector, "370102"),
        ("complaint", "刘芳", Roles.ComplaintHandler, "370102"),
        ("casehandler", "陈强", Roles.CaseHandler, "370102"),
        ("legal", "杨静", Roles.LegalReviewer, "370100"),
        ("chief", "赵磊", Roles.SectionChief, "370102"),
        ("leader", "孙立新", Roles.Leader, "370100"),
        ("admin.lixia", "周敏", Roles.Admin, "370102"),
    ];

    public static readonly string[] JinanCounties =
        ["370102", "370103", "370104", "370105", "370112", "370113", "370114", "370115", "370116", "370117", "370124", "370126"];

    /// <summary>Creates the org tree if the database has none (idempotent).</summary>
    public static async Task SeedOrgTreeAsync(PlatformDbContext db, DivisionTable divisions, TimeProvider clock, CancellationToken ct)
    {
        if (await db.OrgUnits.IgnoreQueryFilters().AnyAsync(ct)) return;
        var now = clock.GetUtcNow();
        var city = Unit("370100", "济南市市场监督管理局", OrgUnitKind.City, null, "370100", now);
        db.OrgUnits.Add(city);
        await db.SaveChangesAsync(ct);
        var counties = new Dictionary<string, OrgUnit>();
        foreach (var code in JinanCounties)
        {
            var name = divisions.Find(code)?.Name ?? code;
            counties[code] = Unit(code, $"济南市{name}市场监督管理局", OrgUnitKind.County, city.Id, code, now);
            db.OrgUnits.Add(counties[code]);
        }

        await db.SaveChangesAsync(ct);
        foreach (var (county, take) in new[] { ("370102", 2), ("370112", 1) })
        {
            foreach (var street in divisions.ChildrenOf(county).Take(take))
            {
                var stationName = street.Name.EndsWith("街道", StringComparison.Ordinal) ? street.Name[..^2] : street.Name;
                db.OrgUnits.Add(Unit(street.Code, $"{stationName}市场监管所", OrgUnitKind.Station, counties[county].Id, street.Code, now));
            }
        }

        db.Audit("orgunit.seeded", nameof(OrgUnit), "370100", null, new { Units = JinanCounties.Length + 4 }, "370100");
        await db.SaveChangesAsync(ct);
    }

    public static async Task SeedRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var (name, _) in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name)) await roles.CreateAsync(new IdentityRole(name));
        }
    }

    public static async Task SeedUsersAsync(PlatformDbContext db, UserManager<StaffUser> users, TimeProvider clock, CancellationToken ct)
    {
        var units = await db.OrgUnits.IgnoreQueryFilters().ToDictionaryAsync(o => o.Code, o => o.Id, ct);
        var cert = 37010001;
        foreach (var (user, name, role, org) in Users)
        {
            cert++;
            if (await users.FindByNameAsync(user) is not null) continue;
            var staff = new StaffUser
            {
                UserName = user,
                DisplayName = name,
                OrgUnitId = units[org],
                CreatedAt = clock.GetUtcNow(),
                LockoutEnabled = true,
                CertificateNo = role is Roles.Inspector or Roles.CaseHandler or Roles.ComplaintHandler ? $"鲁济{cert}" : null,
                FieldTags = role == Roles.Inspector ? ["食品", "特种设备"] : [],
            };
            var result = await users.CreateAsync(staff, Password);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("；", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(staff, role);
        }
    }

    private static OrgUnit Unit(string code, string name, OrgUnitKind kind, int? parent, string division, DateTimeOffset now) =>
        new() { Code = code, Name = name, Kind = kind, ParentId = parent, DivisionCode = division, CoveredDivisions = [division], CreatedAt = now };
}
