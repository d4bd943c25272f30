using Microsoft.EntityFrameworkCore;
using Zhijian.Inspections.Contracts;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Inspections.Features.Items;

/// <summary>新增或修改抽查事项.</summary>
internal sealed record SaveItem(string? Code, string? Name, IReadOnlyList<string>? SubItems, string? LegalBasis, string? Department,
    string? TargetType, IReadOnlyList<InspectionMethod>? Methods, bool Key, string? Ratio, string? Frequency, IReadOnlyList<string>? RequiredTags);

internal sealed record ItemView(long Id, string Code, string Name, IReadOnlyList<string> SubItems, string LegalBasis, string Department,
    string TargetType, IReadOnlyList<InspectionMethod> Methods, string MethodNames, bool Key, string KindName, string Ratio, string Frequency,
    IReadOnlyList<string> RequiredTags, bool Active, DateTimeOffset? PublishedAt, string OrgUnitName)
{
    public static ItemView Of(InspectionItem i, string orgUnitName) => new(i.Id, i.Code, i.Name, i.SubItems, i.LegalBasis, i.Department,
        i.TargetType, i.Methods, string.Join("、", i.Methods.Select(InspectionNames.Of)), i.Key, i.Key ? "重点检查事项" : "一般检查事项",
        i.Ratio, i.Frequency, i.RequiredTags, i.Active, i.PublishedAt, orgUnitName);
}

/// <summary>随机抽查事项清单: kept per org unit, published on the portal.</summary>
internal sealed class Items(InspectionsDbContext db, ActorContext actor, OrgScope scope, TimeProvider clock)
{
    public const string DefaultDepartment = "市场监督管理局";

    public static FieldErrors Validate(SaveItem c)
    {
        var e = new FieldErrors();
        e.Require("code", c.Code, "事项编码", 40).Require("name", c.Name, "事项名称", 200).Require("legalBasis", c.LegalBasis, "检查依据", 2000)
            .Require("targetType", c.TargetType, "检查对象", 100);
        if (c.Department is { Length: > 60 }) e.Add("department", "实施部门不能超过 60 个字符");
        if (c.Methods is null || c.Methods.Count == 0) e.Add("methods", "请至少选择一种检查方式（现场检查、书面检查、网络监测）");
        else if (c.Methods.Any(m => !Enum.IsDefined(m))) e.Add("methods", "检查方式取值无效");
        if (c.SubItems is { } s && (s.Count > 50 || s.Any(x => x.Length > 200))) e.Add("subItems", "检查内容最多 50 项，每项不超过 200 个字符");
        if (c.RequiredTags is { } t && t.Any(x => x.Contains(',', StringComparison.Ordinal) || x.Length > 20)) e.Add("requiredTags", "人员专业要求每项不超过 20 个字符，且不能含逗号");
        if (c.Ratio is { Length: > 60 }) e.Add("ratio", "抽查比例不能超过 60 个字符");
        if (c.Frequency is { Length: > 60 }) e.Add("frequency", "抽查频次不能超过 60 个字符");
        return e;
    }

    public async Task<IReadOnlyList<ItemView>> ListAsync(bool includeInactive, CancellationToken ct)
    {
        var items = await db.Items.AsNoTracking().Where(x => includeInactive || x.Active).OrderBy(x => x.Code).ToListAsync(ct);
        return [.. items.Select(i => ItemView.Of(i, actor.Current.OrgUnitName ?? ""))];
    }

    public async Task<Result<ItemView>> SaveAsync(long? id, SaveItem cmd, CancellationToken ct)
    {
        if (await scope.CurrentAsync(ct) is not { } unit) return Result<ItemView>.Forbidden("只有机构内的工作人员可以维护抽查事项清单");
        var errors = Validate(cmd);
        if (errors.Count > 0) return Result<ItemView>.Invalid(errors.ToDictionary());
        var code = cmd.Code!.Trim();
        var item = id is null ? new InspectionItem { OrgUnitId = unit.Id, DivisionCode = unit.DivisionCode }
            : await db.Items.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (item is null) return Result<ItemView>.NotFound($"抽查事项 {id} 不存在或不在您的管辖范围内");
        if (await db.Items.AnyAsync(x => x.OrgUnitId == item.OrgUnitId && x.Code == code && x.Id != item.Id, ct))
            return Result<ItemView>.Conflict("code", $"事项编码“{code}”已被本机构的另一事项使用");
        var before = id is null ? null : ZhijianJson.Serialize(ItemView.Of(item, ""));
        Fill(item, cmd);
        item.UpdatedAt = clock.GetUtcNow();
        if (id is null) db.Items.Add(item);
        db.Audit(id is null ? "inspections.item.created" : "inspections.item.updated", "InspectionItem", code, before, ItemView.Of(item, ""), item.DivisionCode);
        await db.SaveChangesAsync(ct);
        return ItemView.Of(item, unit.Name);
    }

    internal static void Fill(InspectionItem item, SaveItem c)
    {
        item.Code = c.Code!.Trim();
        item.Name = c.Name!.Trim();
        item.SubItems = [.. (c.SubItems ?? []).Select(s => s.Trim()).Where(s => s.Length > 0)];
        item.LegalBasis = c.LegalBasis!.Trim();
        item.Department = string.IsNullOrWhiteSpace(c.Department) ? DefaultDepartment : c.Department.Trim();
        item.TargetType = c.TargetType!.Trim();
        item.Methods = [.. c.Methods!.Distinct().Order()];
        item.Key = c.Key;
        item.Ratio = c.Ratio?.Trim() ?? "";
        item.Frequency = c.Frequency?.Trim() ?? "";
        item.RequiredTags = [.. (c.RequiredTags ?? []).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Publishes (or withdraws) the list on the portal; every active item of the unit at once.</summary>
    public async Task<Result<int>> PublishAsync(bool publish, CancellationToken ct)
    {
        if (actor.Current.OrgUnitId is not { } org) return Result<int>.Forbidden("只有机构内的工作人员可以公示抽查事项清单");
        var items = await db.Items.Where(x => x.OrgUnitId == org && x.Active).ToListAsync(ct);
        if (items.Count == 0) return Result<int>.Invalid("items", "本机构还没有抽查事项，无法公示清单");
        var now = clock.GetUtcNow();
        foreach (var i in items) i.PublishedAt = publish ? i.PublishedAt ?? now : null;
        db.Audit(publish ? "inspections.items.published" : "inspections.items.withdrawn", "InspectionItemList", org.ToString(System.Globalization.CultureInfo.InvariantCulture),
            null, new { count = items.Count }, items[0].DivisionCode);
        await db.SaveChangesAsync(ct);
        return items.Count;
    }

    public async Task<Result<ItemView>> SetActiveAsync(long id, bool active, CancellationToken ct)
    {
        var item = await db.Items.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (item is null) return Result<ItemView>.NotFound($"抽查事项 {id} 不存在或不在您的管辖范围内");
        item.Active = active;
        item.UpdatedAt = clock.GetUtcNow();
        db.Audit(active ? "inspections.item.activated" : "inspections.item.retired", "InspectionItem", item.Code, null, new { active }, item.DivisionCode);
        await db.SaveChangesAsync(ct);
        return ItemView.Of(item, actor.Current.OrgUnitName ?? "");
    }
}
