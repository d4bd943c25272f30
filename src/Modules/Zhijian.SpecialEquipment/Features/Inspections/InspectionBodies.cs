using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Inspections;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Features.Inspections;

/// <summary>
/// 检验机构: registered by section chiefs / admins with the categories of their 核准证; an administrator creates each body's
/// API client (scope sequip.inspect) and the body then posts results only for equipment of its categories.
/// </summary>
internal sealed class InspectionBodies(EquipmentDbContext db, ActorContext actor, ApiClientService clients, OrgUnitDirectory units, TimeProvider clock)
{
    private static readonly int[] KnownCategories = [.. Enum.GetValues<EquipmentCategory>().Select(c => (int)c)];

    public async Task<IReadOnlyList<InspectionBodyView>> ListAsync(CancellationToken ct) =>
        [.. (await db.InspectionBodies.AsNoTracking().OrderBy(b => b.Id).ToListAsync(ct)).Select(View)];

    public async Task<Result<InspectionBodyView>> CreateAsync(SaveInspectionBody cmd, CancellationToken ct)
    {
        if (!SequipAccess.CanAdminister(actor.Current)) return Result<InspectionBodyView>.Forbidden("只有科室负责人或系统管理员可以登记检验机构");
        var errors = new FieldErrors()
            .Require("name", cmd.Name, "机构名称", 200)
            .Require("licenceNo", cmd.LicenceNo, "特种设备检验检测机构核准证编号", 60);
        var uscc = cmd.Uscc?.Trim().ToUpperInvariant();
        if (!Uscc.IsValid(uscc)) errors.Add("uscc", "统一社会信用代码应为 18 位且校验位正确");
        if (cmd.Categories is not { Count: > 0 } cats) errors.Add("categories", "请至少选择一个核准的设备类别");
        else if (cats.FirstOrDefault(c => !KnownCategories.Contains(c)) is var bad and not 0) errors.Add("categories", $"设备类别 {bad} 不存在（1 锅炉、2 压力容器、3 电梯、4 起重机械、5 场（厂）内专用机动车辆、6 大型游乐设施、8 压力管道、9 客运索道）");
        if (errors.Count > 0) return Result<InspectionBodyView>.Invalid(errors.ToDictionary());
        var name = cmd.Name.Trim();
        if (await db.InspectionBodies.AnyAsync(b => b.Name == name, ct)) return Result<InspectionBodyView>.Conflict("name", $"已有检验机构“{name}”");
        var body = new InspectionBody
        {
            Name = name,
            Uscc = uscc!,
            LicenceNo = cmd.LicenceNo.Trim(),
            Categories = string.Join(",", cmd.Categories!.Distinct().Order()),
            CreatedAt = clock.GetUtcNow(),
        };
        db.InspectionBodies.Add(body);
        await db.SaveChangesAsync(ct);
        db.Audit("sequip.body.created", "SequipBody", Id(body.Id), null, new { body.Name, body.Uscc, body.LicenceNo, body.Categories });
        await db.SaveChangesAsync(ct);
        return View(body);
    }

    /// <summary>Creates the body's API client (scope sequip.inspect; replaces and revokes an earlier one).</summary>
    public async Task<Result<InspectionBodyClientCreated>> CreateClientAsync(long id, CancellationToken ct)
    {
        if (!actor.Current.IsInRole(Roles.Admin)) return Result<InspectionBodyClientCreated>.Forbidden("只有系统管理员可以为检验机构创建 API 客户端");
        var body = await db.InspectionBodies.SingleOrDefaultAsync(b => b.Id == id, ct);
        if (body is null) return Result<InspectionBodyClientCreated>.NotFound($"检验机构 {id} 不存在");
        var unit = actor.Current.OrgUnitId is { } uid ? await units.FindAsync(uid, ct) : await units.RootAsync(ct);
        if (unit is null) return Result<InspectionBodyClientCreated>.Unprocessable("未找到创建客户端的机构");
        if (body.ApiClientId is { } old)
        {
            var revoked = await clients.RevokeAsync(old, ct);
            if (!revoked.IsSuccess) return revoked.Fail<InspectionBodyClientCreated>();
        }

        var created = await clients.CreateAsync($"{body.Name}（特种设备检验结果报送）", unit.Code, [SequipAccess.InspectScope], ct);
        if (!created.IsSuccess) return created.Fail<InspectionBodyClientCreated>();
        var before = new { body.ApiClientId, body.ApiClientName };
        body.ApiClientId = created.Value!.Client.Id;
        body.ApiClientName = created.Value.Client.Name;
        db.Audit("sequip.body.client", "SequipBody", Id(body.Id), before, new { body.ApiClientId, body.ApiClientName });
        await db.SaveChangesAsync(ct);
        return new InspectionBodyClientCreated(body.Id, body.ApiClientId.Value, body.ApiClientName, created.Value.Key);
    }

    /// <summary>The body the calling API client is bound to (null for staff and for clients of no body).</summary>
    public async Task<InspectionBody?> BodyOf(Actor a, CancellationToken ct)
    {
        if (!a.IsApiClient || a.UserId is not { } uid || !uid.StartsWith("api-client-", StringComparison.Ordinal)) return null;
        if (!int.TryParse(uid["api-client-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var clientId)) return null;
        return await db.InspectionBodies.AsNoTracking().SingleOrDefaultAsync(b => b.ApiClientId == clientId && b.Active, ct);
    }

    public static string CategoryNames(string categories) =>
        string.Join("、", categories.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => EquipmentCatalog.NameOf((EquipmentCategory)int.Parse(c, CultureInfo.InvariantCulture))));

    private static InspectionBodyView View(InspectionBody b) => new(b.Id, b.Name, b.Uscc, b.LicenceNo,
        [.. b.Categories.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => int.Parse(c, CultureInfo.InvariantCulture))], CategoryNames(b.Categories),
        b.Active, b.ApiClientId, b.ApiClientName);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
