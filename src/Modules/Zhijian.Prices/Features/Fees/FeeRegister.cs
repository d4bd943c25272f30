using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Fees;

namespace Zhijian.Prices.Features.Fees;

/// <summary>
/// 涉企收费目录清单: section chiefs and admins register the fees that departments, associations, utilities, intermediaries and banks
/// charge enterprises, each with its legal basis (文件名称及文号) and standard, in a division of their jurisdiction; an item is
/// deactivated (停止收费), never deleted. The active register is public (收费目录清单公示). One save each, audited.
/// </summary>
internal sealed class FeeRegister(PricesDbContext db, ActorContext actor, TimeProvider clock)
{
    public async Task<Result<FeeItemView>> CreateAsync(SaveFeeItem cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!PricesAccess.CanAdminister(a)) return Result<FeeItemView>.Forbidden("只有科室负责人、管理员可以维护涉企收费目录清单");
        var errors = Validate(cmd, a, out var kind);
        if (errors.Count > 0) return Result<FeeItemView>.Invalid(errors.ToDictionary());
        var division = cmd.DivisionCode!.Trim();
        var (name, charger) = (cmd.Name!.Trim(), cmd.ChargerName!.Trim());
        if (await DuplicateAsync(name, charger, division, null, ct))
            return Result<FeeItemView>.Conflict("name", $"{charger}的“{name}”已在{DivisionTable.Default.FullName(division)}的目录清单中");
        var item = new FeeItem
        {
            Name = name,
            ChargerKind = kind,
            ChargerName = charger,
            LegalBasis = cmd.LegalBasis!.Trim(),
            Standard = cmd.Standard!.Trim(),
            DivisionCode = division,
            County = division[..6],
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = a.ShownName,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.FeeItems.Add(item);
        await db.SaveChangesAsync(ct);
        db.Audit("prices.fee-item.created", "PriceFeeItem", Id(item.Id), null, Snapshot(item), division);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return View(item);
    }

    public async Task<Result<FeeItemView>> UpdateAsync(long id, SaveFeeItem cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!PricesAccess.CanAdminister(a)) return Result<FeeItemView>.Forbidden("只有科室负责人、管理员可以维护涉企收费目录清单");
        var item = await db.FeeItems.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item is null) return Result<FeeItemView>.NotFound(NotFound(id));
        var errors = Validate(cmd, a, out var kind);
        if (!item.Active) errors.Add("id", "该收费项目已停止收费，不能修改");
        if (errors.Count > 0) return Result<FeeItemView>.Invalid(errors.ToDictionary());
        var division = cmd.DivisionCode!.Trim();
        var (name, charger) = (cmd.Name!.Trim(), cmd.ChargerName!.Trim());
        if (await DuplicateAsync(name, charger, division, id, ct))
            return Result<FeeItemView>.Conflict("name", $"{charger}的“{name}”已在{DivisionTable.Default.FullName(division)}的目录清单中");
        var before = Snapshot(item);
        item.Name = name;
        item.ChargerKind = kind;
        item.ChargerName = charger;
        item.LegalBasis = cmd.LegalBasis!.Trim();
        item.Standard = cmd.Standard!.Trim();
        item.DivisionCode = division;
        item.County = division[..6];
        db.Audit("prices.fee-item.updated", "PriceFeeItem", Id(item.Id), before, Snapshot(item), division);
        await db.SaveChangesAsync(ct);
        return View(item);
    }

    public async Task<Result<FeeItemView>> DeactivateAsync(long id, DeactivateFeeItem cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!PricesAccess.CanAdminister(a)) return Result<FeeItemView>.Forbidden("只有科室负责人、管理员可以维护涉企收费目录清单");
        var item = await db.FeeItems.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (item is null) return Result<FeeItemView>.NotFound(NotFound(id));
        var errors = new FieldErrors();
        if (!item.Active) errors.Add("id", "该收费项目已停止收费");
        if (cmd.Reason?.Trim().Length > 300) errors.Add("reason", "停止收费原因不能超过 300 个字");
        if (errors.Count > 0) return Result<FeeItemView>.Invalid(errors.ToDictionary());
        item.Active = false;
        item.DeactivatedOn = clock.Today();
        db.Audit("prices.fee-item.deactivated", "PriceFeeItem", Id(item.Id), new { Active = true },
            new { Active = false, item.DeactivatedOn, Reason = PricesAccess.Norm(cmd.Reason) }, item.DivisionCode);
        await db.SaveChangesAsync(ct);
        return View(item);
    }

    public async Task<FeePage<FeeItemView>> ListAsync(string? kind, string? division, bool? active, string? text, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var q = db.FeeItems.AsNoTracking();
        if (FeeRules.ParseChargerKind(kind) is { } k) q = q.Where(i => i.ChargerKind == k);
        if (!string.IsNullOrWhiteSpace(division) && DivisionTable.IsWellFormed(division.Trim()))
        {
            var prefix = DivisionTable.ScopePrefix(division.Trim());
            q = q.Where(i => i.DivisionCode.StartsWith(prefix));
        }

        if (active is { } act) q = q.Where(i => i.Active == act);
        if (PricesAccess.Norm(text) is { } t) q = q.Where(i => i.Name.Contains(t) || i.ChargerName.Contains(t) || i.LegalBasis.Contains(t));
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(i => i.County).ThenBy(i => i.ChargerKind).ThenBy(i => i.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new FeePage<FeeItemView>([.. rows.Select(View)], total, Math.Max(page, 1), size);
    }

    public async Task<FeeItemView?> GetAsync(long id, CancellationToken ct) =>
        await db.FeeItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) is { } i ? View(i) : null;

    /// <summary>
    /// 收费目录清单公示: the active items charged in <paramref name="county"/> (a current county code), with the city's own items, for anyone;
    /// null for a code that is not a current county.
    /// </summary>
    public async Task<PublicFeeList?> PublicAsync(string? county, CancellationToken ct)
    {
        var c = county?.Trim();
        if (c is null || c.Length != 6 || !DivisionTable.IsWellFormed(c) || c.EndsWith("00", StringComparison.Ordinal) || !DivisionTable.Default.IsKnown(c))
            return null;
        var city = c[..4] + "00";
        var rows = await db.FeeItems.AsNoTracking().IgnoreQueryFilters().Where(i => i.Active && (i.County == c || i.County == city))
            .OrderBy(i => i.County).ThenBy(i => i.ChargerKind).ThenBy(i => i.ChargerName).ThenBy(i => i.Id).Take(500).ToListAsync(ct);
        return new PublicFeeList(c, DivisionTable.Default.FullName(c), rows.Count,
            [.. rows.Select(i => new PublicFeeItem(i.Name, FeeRules.NameOf(i.ChargerKind), i.ChargerName, i.LegalBasis, i.Standard,
                i.County == city ? "市级" : DivisionTable.Default.Find(i.DivisionCode)?.Name ?? i.DivisionCode))]);
    }

    internal static FeeItemView View(FeeItem i) => new(i.Id, i.Name, FeeRules.NameOf(i.ChargerKind), i.ChargerName, i.LegalBasis, i.Standard, i.DivisionCode,
        DivisionTable.Default.Find(i.DivisionCode)?.Name ?? i.DivisionCode, i.Active, i.DeactivatedOn,
        i.CreatedAt.ToChinaDate());

    internal static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static FieldErrors Validate(SaveFeeItem cmd, Actor a, out ChargerKind kind)
    {
        var errors = new FieldErrors();
        errors.Require("name", cmd.Name, "收费项目名称", 200);
        if (FeeRules.ParseChargerKind(cmd.ChargerKind) is { } k) kind = k;
        else
        {
            kind = default;
            errors.Add("chargerKind", $"收费主体类别应为：{string.Join("、", FeeRules.ChargerKindNames.Values)}之一");
        }

        errors.Require("chargerName", cmd.ChargerName, "收费单位名称", 200);
        errors.Require("legalBasis", cmd.LegalBasis, "收费依据（文件名称及文号）", 500);
        errors.Require("standard", cmd.Standard, "收费标准", 300);
        PricesAccess.CheckDivision(cmd.DivisionCode, a, errors, "收费所在地", cityAllowed: true);
        return errors;
    }

    private Task<bool> DuplicateAsync(string name, string charger, string division, long? except, CancellationToken ct) =>
        db.FeeItems.IgnoreQueryFilters().AnyAsync(i => i.Active && i.Name == name && i.ChargerName == charger && i.DivisionCode == division && i.Id != except, ct);

    private static object Snapshot(FeeItem i) => new
    {
        i.Name,
        ChargerKind = FeeRules.NameOf(i.ChargerKind),
        i.ChargerName,
        i.LegalBasis,
        i.Standard,
        i.DivisionCode,
    };

    private static string NotFound(long id) => $"收费项目 {id} 不存在（或不在您的管辖范围内）";
}
