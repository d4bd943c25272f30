using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Events;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Platform.Identity;

/// <summary>An org unit as the admin pages and API show it.</summary>
public sealed record OrgUnitView(int Id, string Code, string Name, OrgUnitKind Kind, string KindName, int? ParentId,
    string DivisionCode, string DivisionName, IReadOnlyList<string> CoveredDivisions, bool Active, int UserCount);

/// <summary>新增机构</summary>
public sealed record CreateOrgUnit(int ParentId, string Code, string Name, string DivisionCode, IReadOnlyList<string>? CoveredDivisions);

/// <summary>修改机构</summary>
public sealed record UpdateOrgUnit(string Name, IReadOnlyList<string> CoveredDivisions, bool Active);

/// <summary>组织机构已设立</summary>
[EventName("platform.org-unit-created")]
public sealed record OrgUnitCreated(int Id, string Code, string Name, OrgUnitKind Kind, string DivisionCode) : IDomainEvent;

/// <summary>
/// The org-unit tree, always seen through the caller's jurisdiction: a county admin lists and manages only its
/// own bureau and stations, because <see cref="OrgUnit"/> is division-scoped like every supervised record.
/// </summary>
public sealed class OrgUnitService(PlatformDbContext db, ActorContext actor, OrgHierarchy tree, DivisionTable divisions, OrgUnitDirectory directory, TimeProvider clock,
    ApiClientCache apiClients)
{
    public async Task<IReadOnlyList<OrgUnitView>> ListAsync(CancellationToken ct)
    {
        var units = await db.OrgUnits.AsNoTracking().OrderBy(o => o.Code).ToListAsync(ct);
        var ids = units.Select(u => u.Id).ToList();
        var counts = await db.Users.Where(u => ids.Contains(u.OrgUnitId)).GroupBy(u => u.OrgUnitId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. units.Select(u => View(u, counts.GetValueOrDefault(u.Id)))];
    }

    public async Task<OrgUnitView?> FindAsync(int id, CancellationToken ct) =>
        await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct) is { } u ? View(u, 0) : null;

    public async Task<OrgUnit?> FindByCodeAsync(string code, CancellationToken ct) =>
        await db.OrgUnits.AsNoTracking().SingleOrDefaultAsync(o => o.Code == code, ct);

    public async Task<Result<OrgUnitView>> CreateAsync(CreateOrgUnit cmd, CancellationToken ct)
    {
        if (!OrgHierarchy.IsAdmin(actor.Current))
            return Result<OrgUnitView>.Forbidden("只有系统管理员可以新增机构");
        var errors = new FieldErrors()
            .Require("name", cmd.Name, "机构名称", 100)
            .Require("code", cmd.Code, "机构编码", 32);
        var parent = await db.OrgUnits.SingleOrDefaultAsync(o => o.Id == cmd.ParentId, ct);
        if (parent is not null && !await tree.InSubtreeAsync(parent.Id, ct))
            return Result<OrgUnitView>.Forbidden($"只能在本机构“{actor.Current.OrgUnitName}”及其下级机构之下新增机构");
        if (parent is null) errors.Add("parentId", "上级机构不存在或不在您的管辖范围内");
        else if (parent.Kind == OrgUnitKind.Station) errors.Add("parentId", "市场监管所下不能再设下级机构");

        var covered = (cmd.CoveredDivisions is { Count: > 0 } ? cmd.CoveredDivisions : [cmd.DivisionCode])
            .Select(c => c?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        if (!covered.Contains(cmd.DivisionCode?.Trim() ?? "")) covered.Insert(0, cmd.DivisionCode?.Trim() ?? "");
        for (var i = 0; i < covered.Count; i++)
        {
            var field = i == 0 ? "divisionCode" : $"coveredDivisions[{i}]";
            var code = covered[i];
            if (!divisions.IsKnown(code))
                errors.Add(field, $"行政区划代码“{code}”不在现行 GB/T 2260 代码表中");
            else if (parent is not null && !Jurisdiction.For(parent.CoveredDivisions.DefaultIfEmpty(parent.DivisionCode)).Covers(code))
                errors.Add(field, $"行政区划“{divisions.FullName(code)}”不在上级机构“{parent.Name}”的辖区内");
        }

        if (errors.Count == 0 && await db.OrgUnits.IgnoreQueryFilters().AnyAsync(o => o.Code == cmd.Code.Trim(), ct))
            return Result<OrgUnitView>.Conflict("code", $"机构编码“{cmd.Code.Trim()}”已被使用");
        if (errors.Count > 0) return Result<OrgUnitView>.Invalid(errors.ToDictionary());

        var unit = new OrgUnit
        {
            Code = cmd.Code.Trim(),
            Name = cmd.Name.Trim(),
            Kind = parent!.Kind + 1,
            ParentId = parent.Id,
            DivisionCode = covered[0],
            CoveredDivisions = covered,
            CreatedAt = clock.GetUtcNow(),
        };
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync(ct); // id first, so the audit entry names it
        db.Audit("orgunit.created", nameof(OrgUnit), unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, Snapshot(unit), unit.DivisionCode);
        db.Publish(new OrgUnitCreated(unit.Id, unit.Code, unit.Name, unit.Kind, unit.DivisionCode));
        await db.SaveChangesAsync(ct);
        directory.Invalidate();
        return View(unit, 0);
    }

    public async Task<Result<OrgUnitView>> UpdateAsync(int id, UpdateOrgUnit cmd, CancellationToken ct)
    {
        if (!OrgHierarchy.IsAdmin(actor.Current))
            return Result<OrgUnitView>.Forbidden("只有系统管理员可以修改机构");
        var unit = await db.OrgUnits.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (unit is null) return Result<OrgUnitView>.NotFound("机构不存在或不在您的管辖范围内");
        if (!await tree.StrictlyBelowAsync(unit.Id, ct))
            return Result<OrgUnitView>.Forbidden(unit.Id == actor.Current.OrgUnitId
                ? "不能修改本机构自身（名称、辖区、状态由上级机构的管理员维护）"
                : "只能修改本机构的下级机构");
        var errors = new FieldErrors().Require("name", cmd.Name, "机构名称", 100);
        var parent = unit.ParentId is { } pid ? await db.OrgUnits.IgnoreQueryFilters().SingleAsync(o => o.Id == pid, ct) : null;
        var covered = (cmd.CoveredDivisions ?? []).Select(c => c?.Trim() ?? "").Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (covered.Count > 100) errors.Add("coveredDivisions", "覆盖的行政区划不能超过 100 个");
        if (covered.Count == 0) errors.Add("coveredDivisions", "至少覆盖一个行政区划");
        for (var i = 0; i < covered.Count; i++)
        {
            if (!divisions.IsKnown(covered[i]))
                errors.Add($"coveredDivisions[{i}]", $"行政区划代码“{covered[i]}”不在现行 GB/T 2260 代码表中");
            else if (parent is not null && !Jurisdiction.For(parent.CoveredDivisions.DefaultIfEmpty(parent.DivisionCode)).Covers(covered[i]))
                errors.Add($"coveredDivisions[{i}]", $"行政区划“{divisions.FullName(covered[i])}”不在上级机构“{parent.Name}”的辖区内");
        }

        // A unit's area always lies within its parent's: narrowing must not leave a child unit outside it.
        var area = Jurisdiction.For(covered);
        var units = await tree.UnitsAsync(ct);
        foreach (var child in units.Values.Where(u => u.ParentId == unit.Id).OrderBy(u => u.Code))
        {
            foreach (var code in child.CoveredDivisions.DefaultIfEmpty(child.DivisionCode).Where(c => !area.Covers(c)))
                errors.Add("coveredDivisions", $"下级机构“{child.Name}”覆盖的“{divisions.FullName(code)}”将不在本机构辖区内，请先调整下级机构");
        }

        if (errors.Count > 0) return Result<OrgUnitView>.Invalid(errors.ToDictionary());
        var before = Snapshot(unit);
        var areaChanged = !unit.CoveredDivisions.Order(StringComparer.Ordinal).SequenceEqual(covered.Order(StringComparer.Ordinal)) || unit.Active != cmd.Active;
        unit.Name = cmd.Name.Trim();
        unit.CoveredDivisions = covered;
        if (!covered.Contains(unit.DivisionCode)) unit.DivisionCode = covered[0];
        unit.Active = cmd.Active;
        db.Audit("orgunit.changed", nameof(OrgUnit), unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), before, Snapshot(unit), unit.DivisionCode);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (areaChanged)
        {
            // Sessions of the unit's staff and of the units below carry the old area: a new security stamp ends them
            // at their next request (StaffSessionValidator); API clients take their unit's new area from the next request
            // on this node (the cache is cleared below) and within ApiClientCache.Lifetime on the others.
            var affected = await tree.SubtreeOfAsync(unit.Id, ct);
            var stamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
            await db.Users.Where(u => affected.Contains(u.OrgUnitId)).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, stamp), ct);
        }

        await db.SaveChangesAsync(ct);
        directory.Invalidate();
        await tx.CommitAsync(ct);
        apiClients.Clear(); // the unit's name and area are in its API clients' claims
        return View(unit, 0);
    }

    private static object Snapshot(OrgUnit u) => new { u.Code, u.Name, Kind = u.Kind.ToString(), u.ParentId, u.DivisionCode, u.CoveredDivisions, u.Active };

    private OrgUnitView View(OrgUnit u, int users) => new(u.Id, u.Code, u.Name, u.Kind, OrgUnit.KindName(u.Kind), u.ParentId,
        u.DivisionCode, divisions.FullName(u.DivisionCode), u.CoveredDivisions, u.Active, users);
}
