using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Sampling;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Labs;

/// <summary>新增承检机构.</summary>
internal sealed record SaveLab(string Name, string CmaNumber, string Address, bool OnRetestList);

/// <summary>承检机构 as the console and API show it.</summary>
internal sealed record LabView(long Id, string Name, string CmaNumber, string Address, bool OnRetestList, bool Active, int? ApiClientId, string? ApiClientName);

/// <summary>An API client created for a lab: its key is shown once.</summary>
internal sealed record LabClientCreated(long LabId, int ClientId, string ClientName, string Key);

/// <summary>
/// 承检机构: labs as organisations, each with its platform API client (scope food.lab) stored on the lab; a lab client
/// posts results only for the samples assigned to its lab (<see cref="LabOf"/>).
/// </summary>
internal sealed class Labs(FoodSafetyDbContext db, ActorContext actor, ApiClientService clients, OrgUnitDirectory units, TimeProvider clock)
{
    public async Task<IReadOnlyList<LabView>> ListAsync(CancellationToken ct) =>
        await db.Labs.AsNoTracking().OrderBy(l => l.Id)
            .Select(l => new LabView(l.Id, l.Name, l.CmaNumber, l.Address, l.OnRetestList, l.Active, l.ApiClientId, l.ApiClientName)).ToListAsync(ct);

    public async Task<Result<LabView>> CreateAsync(SaveLab cmd, CancellationToken ct)
    {
        if (!FoodAccess.CanOrganise(actor.Current) && !actor.Current.IsInRole(Roles.Registrar))
            return Result<LabView>.Forbidden("只有科室负责人或系统管理员可以登记承检机构");
        var errors = new FieldErrors()
            .Require("name", cmd.Name, "机构名称", 100)
            .Require("cmaNumber", cmd.CmaNumber, "CMA 资质认定证书编号", 40)
            .Require("address", cmd.Address, "地址", 200);
        if (errors.Count > 0) return Result<LabView>.Invalid(errors.ToDictionary());
        var name = cmd.Name.Trim();
        if (await db.Labs.AnyAsync(l => l.Name == name, ct)) return Result<LabView>.Conflict("name", $"已有承检机构“{name}”");
        var lab = new Lab { Name = name, CmaNumber = cmd.CmaNumber.Trim(), Address = cmd.Address.Trim(), OnRetestList = cmd.OnRetestList, CreatedAt = clock.GetUtcNow() };
        db.Labs.Add(lab);
        await db.SaveChangesAsync(ct);
        db.Audit("food.lab.created", "FoodLab", Id(lab.Id), null, new { lab.Name, lab.CmaNumber, lab.OnRetestList });
        await db.SaveChangesAsync(ct);
        return View(lab);
    }

    /// <summary>Creates the lab's API client (scope food.lab, bound to the creating administrator's unit; replaces and revokes an earlier one) and stores it on the lab.</summary>
    public async Task<Result<LabClientCreated>> CreateClientAsync(long labId, CancellationToken ct)
    {
        // API clients are the administrators' (系统管理 → API 客户端): asked first, so others learn nothing of the lab.
        if (!actor.Current.IsInRole(Roles.Admin)) return Result<LabClientCreated>.Forbidden("只有系统管理员可以为承检机构创建 API 客户端");
        var lab = await db.Labs.SingleOrDefaultAsync(l => l.Id == labId, ct);
        if (lab is null) return Result<LabClientCreated>.NotFound($"承检机构 {labId} 不存在");
        var unit = actor.Current.OrgUnitId is { } uid ? await units.FindAsync(uid, ct) : (await units.RootAsync(ct));
        if (unit is null) return Result<LabClientCreated>.Unprocessable("未找到创建客户端的机构");
        // A new key replaces the lab's client: the old one is revoked first (its name is then free again).
        if (lab.ApiClientId is { } old)
        {
            var revoked = await clients.RevokeAsync(old, ct);
            if (!revoked.IsSuccess) return revoked.Fail<LabClientCreated>();
        }

        var created = await clients.CreateAsync($"{lab.Name}（检验结果报送）", unit.Code, [FoodAccess.LabScope], ct);
        if (!created.IsSuccess) return created.Fail<LabClientCreated>();
        var before = new { lab.ApiClientId, lab.ApiClientName };
        lab.ApiClientId = created.Value!.Client.Id;
        lab.ApiClientName = created.Value.Client.Name;
        db.Audit("food.lab.client", "FoodLab", Id(lab.Id), before, new { lab.ApiClientId, lab.ApiClientName });
        await db.SaveChangesAsync(ct);
        return new LabClientCreated(lab.Id, lab.ApiClientId.Value, lab.ApiClientName, created.Value.Key);
    }

    /// <summary>The lab the calling API client is bound to (null for staff and for clients of no lab).</summary>
    public async Task<Lab?> LabOf(Actor a, CancellationToken ct)
    {
        if (!a.IsApiClient || a.UserId is not { } uid || !uid.StartsWith("api-client-", StringComparison.Ordinal)) return null;
        if (!int.TryParse(uid["api-client-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var clientId)) return null;
        return await db.Labs.AsNoTracking().SingleOrDefaultAsync(l => l.ApiClientId == clientId, ct);
    }

    private static LabView View(Lab l) => new(l.Id, l.Name, l.CmaNumber, l.Address, l.OnRetestList, l.Active, l.ApiClientId, l.ApiClientName);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
