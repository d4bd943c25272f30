using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Platform.Identity;

/// <summary>A staff member as the admin pages show it (no password data).</summary>
public sealed record StaffView(string Id, string UserName, string DisplayName, int OrgUnitId, string OrgUnitName,
    IReadOnlyList<string> Roles, string? CertificateNo, IReadOnlyList<string> FieldTags, bool Active, bool LockedOut);

/// <summary>新增工作人员</summary>
public sealed record CreateStaff(string UserName, string DisplayName, int OrgUnitId, IReadOnlyList<string> Roles,
    string Password, string? CertificateNo, IReadOnlyList<string>? FieldTags);

/// <summary>修改工作人员</summary>
public sealed record UpdateStaff(string DisplayName, int OrgUnitId, IReadOnlyList<string> Roles, string? CertificateNo,
    IReadOnlyList<string>? FieldTags, bool Active);

/// <summary>
/// Staff administration, scoped like everything else: an admin sees and manages only users of the units in
/// its jurisdiction, and can move a user only to such a unit.
/// </summary>
public sealed class StaffService(PlatformDbContext db, UserManager<StaffUser> users, ActorContext actor, OrgHierarchy tree, TimeProvider clock)
{
    public async Task<IReadOnlyList<StaffView>> ListAsync(int? orgUnitId, CancellationToken ct)
    {
        var managed = (await tree.ManagedUnitIdsAsync(ct)).ToHashSet();
        var units = (await tree.UnitsAsync(ct)).Values.Where(o => managed.Contains(o.Id)).ToDictionary(o => o.Id, o => o.Name);
        var ids = units.Keys.ToList();
        var q = db.Users.AsNoTracking().Where(u => ids.Contains(u.OrgUnitId));
        if (orgUnitId is { } only) q = q.Where(u => u.OrgUnitId == only);
        var list = await q.OrderBy(u => u.OrgUnitId).ThenBy(u => u.UserName).ToListAsync(ct);
        var userIds = list.Select(u => u.Id).ToList();
        var roleNames = await (from ur in db.UserRoles
                               join r in db.Roles on ur.RoleId equals r.Id
                               where userIds.Contains(ur.UserId)
                               select new { ur.UserId, r.Name }).ToListAsync(ct);
        var byUser = roleNames.GroupBy(x => x.UserId).ToDictionary(g => g.Key, g => g.Select(x => x.Name!).Order().ToList());
        var now = clock.GetUtcNow();
        return [.. list.Select(u => new StaffView(u.Id, u.UserName!, u.DisplayName, u.OrgUnitId, units[u.OrgUnitId],
            byUser.GetValueOrDefault(u.Id) ?? [], u.CertificateNo, u.FieldTags, u.Active, u.LockoutEnd > now))];
    }

    public async Task<Result<StaffView>> CreateAsync(CreateStaff cmd, CancellationToken ct)
    {
        if (!IsAdmin) return Result<StaffView>.Forbidden("只有系统管理员可以新增工作人员");
        var errors = new FieldErrors()
            .Require("userName", cmd.UserName, "登录名", 64)
            .Require("displayName", cmd.DisplayName, "姓名", 64);
        await ValidateCommon(errors, cmd.OrgUnitId, cmd.Roles, cmd.CertificateNo, null, ct);
        if (errors.Count > 0) return Result<StaffView>.Invalid(errors.ToDictionary());
        if (await users.FindByNameAsync(cmd.UserName.Trim()) is not null)
            return Result<StaffView>.Conflict("userName", $"登录名“{cmd.UserName.Trim()}”已被使用");

        var user = new StaffUser
        {
            UserName = cmd.UserName.Trim(),
            DisplayName = cmd.DisplayName.Trim(),
            OrgUnitId = cmd.OrgUnitId,
            CertificateNo = Blank(cmd.CertificateNo),
            FieldTags = Tags(cmd.FieldTags),
            CreatedAt = clock.GetUtcNow(),
            LockoutEnabled = true,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, cmd.Password ?? "");
        if (!created.Succeeded) return Result<StaffView>.Invalid(IdentityErrors("password", created));
        var roles = await users.AddToRolesAsync(user, cmd.Roles.Distinct());
        if (!roles.Succeeded) return Result<StaffView>.Invalid(IdentityErrors("roles", roles));
        db.Audit("staff.created", nameof(StaffUser), user.Id, null, Snapshot(user, cmd.Roles), await DivisionOf(user.OrgUnitId, ct));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await ListAsync(user.OrgUnitId, ct)).Single(v => v.Id == user.Id);
    }

    public async Task<Result<StaffView>> UpdateAsync(string id, UpdateStaff cmd, CancellationToken ct)
    {
        if (!IsAdmin) return Result<StaffView>.Forbidden("只有系统管理员可以修改工作人员");
        var user = await FindVisibleAsync(id, ct);
        if (user is null) return Result<StaffView>.NotFound("工作人员不存在或不在您的管辖范围内");
        var errors = new FieldErrors().Require("displayName", cmd.DisplayName, "姓名", 64);
        await ValidateCommon(errors, cmd.OrgUnitId, cmd.Roles, cmd.CertificateNo, user.Id, ct);
        if (user.Id == actor.Current.UserId && (!cmd.Active || !cmd.Roles.Contains(Roles.Admin)))
            errors.Add("roles", "不能停用自己或撤销自己的管理员角色");
        if (errors.Count > 0) return Result<StaffView>.Invalid(errors.ToDictionary());

        var oldRoles = await users.GetRolesAsync(user);
        var before = Snapshot(user, oldRoles);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        user.DisplayName = cmd.DisplayName.Trim();
        user.OrgUnitId = cmd.OrgUnitId;
        user.CertificateNo = Blank(cmd.CertificateNo);
        user.FieldTags = Tags(cmd.FieldTags);
        user.Active = cmd.Active;
        await users.UpdateAsync(user);
        await users.RemoveFromRolesAsync(user, oldRoles.Except(cmd.Roles));
        await users.AddToRolesAsync(user, cmd.Roles.Distinct().Except(oldRoles));
        await users.UpdateSecurityStampAsync(user); // claims (unit, roles) change: sign the user out elsewhere
        db.Audit("staff.changed", nameof(StaffUser), user.Id, before, Snapshot(user, cmd.Roles), await DivisionOf(user.OrgUnitId, ct));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await ListAsync(user.OrgUnitId, ct)).Single(v => v.Id == user.Id);
    }

    public async Task<Result<bool>> ResetPasswordAsync(string id, string newPassword, CancellationToken ct)
    {
        if (!IsAdmin) return Result<bool>.Forbidden("只有系统管理员可以重置密码");
        var user = await FindVisibleAsync(id, ct);
        if (user is null) return Result<bool>.NotFound("工作人员不存在或不在您的管辖范围内");
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword ?? "");
        if (!reset.Succeeded) return Result<bool>.Invalid(IdentityErrors("password", reset));
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        db.Audit("staff.password-reset", nameof(StaffUser), user.Id, null, new { user.UserName }, await DivisionOf(user.OrgUnitId, ct));
        await db.SaveChangesAsync(ct);
        return true;
    }

    private bool IsAdmin => OrgHierarchy.IsAdmin(actor.Current);

    /// <summary>A user of the caller's own unit or of a unit below it (null otherwise: not found, not forbidden).</summary>
    private async Task<StaffUser?> FindVisibleAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return null;
        return await tree.InSubtreeAsync(user.OrgUnitId, ct) && await db.OrgUnits.AnyAsync(o => o.Id == user.OrgUnitId, ct) ? user : null;
    }

    private async Task ValidateCommon(FieldErrors errors, int orgUnitId, IReadOnlyList<string>? roles, string? cert, string? selfId, CancellationToken ct)
    {
        // Staff are placed only in the administrator's own unit or below (never above or beside it): a county
        // administrator cannot create a city-level administrator.
        if (!await tree.InSubtreeAsync(orgUnitId, ct) || !await db.OrgUnits.AnyAsync(o => o.Id == orgUnitId, ct))
            errors.Add("orgUnitId", "所属机构不存在，或不是本机构及其下级机构");
        if (roles is null || roles.Count == 0) errors.Add("roles", "至少选择一个角色");
        else
        {
            foreach (var r in roles.Where(r => !Roles.IsKnown(r))) errors.Add("roles", $"角色“{r}”不存在");
        }

        var c = Blank(cert);
        if (c is not null)
        {
            if (c.Length > 32) errors.Add("certificateNo", "执法证号不能超过 32 个字符");
            else if (await db.Users.AnyAsync(u => u.CertificateNo == c && u.Id != selfId, ct))
                errors.Add("certificateNo", $"执法证号“{c}”已登记给其他人员");
        }
    }

    private async Task<string?> DivisionOf(int orgUnitId, CancellationToken ct) =>
        await db.OrgUnits.IgnoreQueryFilters().Where(o => o.Id == orgUnitId).Select(o => o.DivisionCode).SingleOrDefaultAsync(ct);

    private static object Snapshot(StaffUser u, IEnumerable<string> roles) =>
        new { u.UserName, u.DisplayName, u.OrgUnitId, Roles = roles.Order().ToList(), u.CertificateNo, u.FieldTags, u.Active };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static List<string> Tags(IReadOnlyList<string>? tags) =>
        tags?.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().ToList() ?? [];

    private static Dictionary<string, string[]> IdentityErrors(string field, IdentityResult r) =>
        new() { [field] = [.. r.Errors.Select(e => e.Description)] };

    internal static string Invariant(int i) => i.ToString(CultureInfo.InvariantCulture);
}
