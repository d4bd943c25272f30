using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Maintenance;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Features.Maintenance;

/// <summary>
/// 维保单位 (registry entities with a licence for some categories), maintenance contracts per equipment (a change ends the current
/// contract and starts the new one; the equipment's current maintainer follows) and the 按需维保 pilot setting; implements the
/// registry's <see cref="IMaintainers"/> seam.
/// </summary>
internal sealed class Maintainers(EquipmentDbContext db, ActorContext actor, IEntityDirectory entities, MaintenanceRules rules, TimeProvider clock) : IMaintainers
{
    public async Task<IReadOnlyList<MaintainerRow>> ListAsync(string? q, CancellationToken ct)
    {
        var today = clock.Today();
        var query = db.MaintenanceCompanies.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            query = query.Where(c => c.Name.Contains(t) || c.Uscc == t || c.LicenceNo.Contains(t));
        }

        var rows = await query.OrderBy(c => c.Name).Take(500)
            .Select(c => new { c, Contracts = db.MaintenanceContracts.Count(k => k.MaintainerUscc == c.Uscc && k.EndedOn == null) })
            .ToListAsync(ct);
        return [.. rows.Select(r => new MaintainerRow(r.c.Id, r.c.Uscc, r.c.Name, r.c.LicenceNo, [.. ParseCategories(r.c.Categories).Select(EquipmentCatalog.NameOf)],
            r.c.LicenceValidUntil, r.c.LicenceValidUntil < today, r.c.Hotline, r.c.Address, r.Contracts))];
    }

    public async Task<Result<MaintainerRow>> SaveAsync(string? uscc, MaintainerInput cmd, CancellationToken ct)
    {
        if (!SequipAccess.CanAdminister(actor.Current)) return Result<MaintainerRow>.Forbidden("只有科室负责人、管理员可以维护维保单位");
        var errors = new FieldErrors();
        var code = (uscc ?? cmd.Uscc)?.Trim().ToUpperInvariant() ?? "";
        var entity = code.Length == 0 ? null : await entities.FindAsync(code, ct);
        if (entity is null) errors.Add("uscc", $"维保单位“{code}”不在市场主体库中");
        errors.Require("licenceNo", cmd.LicenceNo, "许可证编号", 60);
        var cats = (cmd.Categories ?? []).Distinct().Order().ToList();
        if (cats.Count == 0) errors.Add("categories", "许可覆盖的设备类别不能为空（如电梯 3）");
        else if (cats.Any(c => !Enum.IsDefined((EquipmentCategory)c))) errors.Add("categories", "许可覆盖的设备类别应为《特种设备目录》的类别代码 1–8");
        if (cmd.LicenceValidUntil is null) errors.Add("licenceValidUntil", "许可证有效期至不能为空");
        if (cmd.Hotline?.Trim().Length > 40) errors.Add("hotline", "应急电话不能超过 40 个字符");
        if (cmd.Address?.Trim().Length > 300) errors.Add("address", "地址不能超过 300 个字符");
        var existing = await db.MaintenanceCompanies.SingleOrDefaultAsync(c => c.Uscc == code, ct);
        if (uscc is null && existing is not null) errors.Add("uscc", $"维保单位“{existing.Name}”已登记，请修改该单位");
        if (uscc is not null && existing is null) return Result<MaintainerRow>.NotFound($"维保单位 {code} 未登记");
        if (errors.Count > 0) return Result<MaintainerRow>.Invalid(errors.ToDictionary());
        var now = clock.GetUtcNow();
        var before = existing is null ? null : new { existing.LicenceNo, existing.Categories, existing.LicenceValidUntil, existing.Hotline, existing.Address };
        var c = existing ?? new MaintenanceCompany { Uscc = code, Name = entity!.Name, DivisionCode = entity.DivisionCode, LicenceNo = "", Categories = "", CreatedAt = now };
        c.Name = entity!.Name;
        c.LicenceNo = cmd.LicenceNo.Trim();
        c.Categories = string.Join(',', cats.Select(x => x.ToString(CultureInfo.InvariantCulture)));
        c.LicenceValidUntil = cmd.LicenceValidUntil!.Value;
        c.Hotline = Trim(cmd.Hotline);
        c.Address = Trim(cmd.Address);
        c.UpdatedAt = now;
        if (existing is null) db.MaintenanceCompanies.Add(c);
        db.Audit(existing is null ? "sequip.maintainer.created" : "sequip.maintainer.updated", "SequipMaintainer", code, before,
            new { c.Name, c.LicenceNo, c.Categories, c.LicenceValidUntil, c.Hotline, c.Address });
        await db.SaveChangesAsync(ct);
        return (await ListAsync(code, ct)).First(r => r.Uscc == code);
    }

    public async Task<Result<MaintainerRow>> DeleteAsync(string uscc, CancellationToken ct)
    {
        if (!SequipAccess.CanAdminister(actor.Current)) return Result<MaintainerRow>.Forbidden("只有科室负责人、管理员可以维护维保单位");
        var code = uscc.Trim().ToUpperInvariant();
        var c = await db.MaintenanceCompanies.SingleOrDefaultAsync(x => x.Uscc == code, ct);
        if (c is null) return Result<MaintainerRow>.NotFound($"维保单位 {code} 未登记");
        var active = await db.MaintenanceContracts.IgnoreQueryFilters().CountAsync(k => k.MaintainerUscc == code && k.EndedOn == null, ct);
        if (active > 0) return Result<MaintainerRow>.Conflict("uscc", $"维保单位“{c.Name}”尚有 {active} 份在执行的维保合同，不能删除");
        var row = new MaintainerRow(c.Id, c.Uscc, c.Name, c.LicenceNo, [], c.LicenceValidUntil, false, c.Hotline, c.Address, 0);
        db.MaintenanceCompanies.Remove(c);
        db.Audit("sequip.maintainer.deleted", "SequipMaintainer", code, new { c.Name, c.LicenceNo }, null);
        await db.SaveChangesAsync(ct);
        return row;
    }

    public async Task<string?> CheckAsync(string maintainerUscc, EquipmentCategory category, DateOnly on, CancellationToken ct)
    {
        var code = maintainerUscc?.Trim().ToUpperInvariant() ?? "";
        var c = await db.MaintenanceCompanies.AsNoTracking().SingleOrDefaultAsync(x => x.Uscc == code, ct);
        return Reason(c, code, category, on);
    }

    /// <summary>Null when <paramref name="c"/> may maintain <paramref name="category"/> on <paramref name="on"/>, else the Chinese reason.</summary>
    public static string? Reason(MaintenanceCompany? c, string uscc, EquipmentCategory category, DateOnly on)
    {
        if (c is null) return $"维保单位“{uscc}”未在本系统登记（须先登记维保单位及其许可）";
        if (!ParseCategories(c.Categories).Contains(category))
            return $"维保单位“{c.Name}”的许可（{c.LicenceNo}）不含{EquipmentCatalog.NameOf(category)}，不能承担该设备的维护保养";
        if (c.LicenceValidUntil < on) return $"维保单位“{c.Name}”的许可（{c.LicenceNo}）已于 {c.LicenceValidUntil:yyyy-MM-dd} 到期";
        return null;
    }

    public async Task StageContractAsync(Equipment equipment, string maintainerUscc, DateOnly from, CancellationToken ct)
    {
        var code = maintainerUscc.Trim().ToUpperInvariant();
        var c = await db.MaintenanceCompanies.AsNoTracking().SingleAsync(x => x.Uscc == code, ct);
        if (equipment.Id != 0)
        {
            var current = await db.MaintenanceContracts.Where(k => k.EquipmentId == equipment.Id && k.EndedOn == null).ToListAsync(ct);
            foreach (var k in current) k.EndedOn = from.AddDays(-1) < k.From ? k.From : from.AddDays(-1);
        }

        var contract = NewContract(equipment, c, from, null, actor.Current.ShownName);
        // A registration in the same save: EF sets the key through the navigation once the equipment is inserted.
        if (equipment.Id == 0) contract.Equipment = equipment;
        db.MaintenanceContracts.Add(contract);
        equipment.MaintainerUscc = c.Uscc;
        equipment.MaintainerName = c.Name;
    }

    public MaintenanceContract NewContract(Equipment e, MaintenanceCompany c, DateOnly from, DateOnly? to, string by)
    {
        var k = new MaintenanceContract
        {
            EquipmentId = e.Id,
            EquipmentCode = e.Code,
            DivisionCode = e.DivisionCode,
            MaintainerUscc = c.Uscc,
            MaintainerName = c.Name,
            From = from,
            To = to,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = by,
        };
        rules.Start(k);
        return k;
    }

    public async Task<MaintainerSummary?> CurrentAsync(long equipmentId, CancellationToken ct)
    {
        var k = await db.MaintenanceContracts.AsNoTracking().Where(x => x.EquipmentId == equipmentId && x.EndedOn == null).OrderByDescending(x => x.From).FirstOrDefaultAsync(ct);
        if (k is null) return null;
        var c = await db.MaintenanceCompanies.AsNoTracking().SingleOrDefaultAsync(x => x.Uscc == k.MaintainerUscc, ct);
        return new MaintainerSummary(k.MaintainerName, c?.LicenceNo, c?.Hotline, k.LastMaintainedOn, k.OnDemand);
    }

    /// <summary>A contract for the equipment: ends the current one (the day before) and starts this one.</summary>
    public async Task<Result<ContractRow>> ContractAsync(string code, ContractInput cmd, CancellationToken ct)
    {
        if (!SequipAccess.CanAdminister(actor.Current)) return Result<ContractRow>.Forbidden("只有科室负责人、管理员可以登记维保合同");
        var e = await db.Equipment.SingleOrDefaultAsync(x => x.Code == code, ct);
        if (e is null) return Result<ContractRow>.NotFound($"设备 {code} 不存在或不在您的管辖范围内");
        var today = clock.Today();
        var from = cmd.From ?? today;
        var errors = new FieldErrors();
        var uscc = cmd.MaintainerUscc?.Trim().ToUpperInvariant() ?? "";
        var company = await db.MaintenanceCompanies.AsNoTracking().SingleOrDefaultAsync(x => x.Uscc == uscc, ct);
        if (Reason(company, uscc, e.Category, from) is { } why) errors.Add("maintainerUscc", why);
        if (cmd.To is { } to && to < from) errors.Add("to", $"合同到期日（{to:yyyy-MM-dd}）不能早于开始日期（{from:yyyy-MM-dd}）");
        if (e.Status is EquipmentStatus.Scrapped or EquipmentStatus.Cancelled) errors.Add("equipmentCode", $"设备 {code} 已报废或注销，不能签订维保合同");
        var current = await db.MaintenanceContracts.Where(k => k.EquipmentId == e.Id && k.EndedOn == null).ToListAsync(ct);
        if (current.Any(k => k.From >= from)) errors.Add("from", $"新合同的开始日期应晚于现有合同的开始日期（{current.Max(k => k.From):yyyy-MM-dd}）");
        if (errors.Count > 0) return Result<ContractRow>.Invalid(errors.ToDictionary());
        foreach (var k in current) k.EndedOn = from.AddDays(-1);
        var contract = NewContract(e, company!, from, cmd.To, actor.Current.ShownName);
        var pilot = current.FirstOrDefault(k => k.OnDemand);
        db.MaintenanceContracts.Add(contract);
        var before = new { e.MaintainerUscc, e.MaintainerName };
        e.MaintainerUscc = company!.Uscc;
        e.MaintainerName = company.Name;
        e.UpdatedAt = clock.GetUtcNow();
        db.Audit(current.Count > 0 ? "sequip.contract.changed" : "sequip.contract.created", "Equipment", e.Code, before,
            new { e.MaintainerUscc, e.MaintainerName, From = from, cmd.To, PilotEnded = pilot is not null }, e.DivisionCode);
        await db.SaveChangesAsync(ct);
        return Row(contract);
    }

    /// <summary>按需维保试点 on/off for the elevator's current contract.</summary>
    public async Task<Result<ContractRow>> OnDemandAsync(string code, OnDemandInput cmd, CancellationToken ct)
    {
        if (!SequipAccess.CanAdminister(actor.Current)) return Result<ContractRow>.Forbidden("只有科室负责人、管理员可以设置按需维保试点");
        var e = await db.Equipment.AsNoTracking().SingleOrDefaultAsync(x => x.Code == code, ct);
        if (e is null) return Result<ContractRow>.NotFound($"设备 {code} 不存在或不在您的管辖范围内");
        var k = await db.MaintenanceContracts.Where(x => x.EquipmentId == e.Id && x.EndedOn == null).OrderByDescending(x => x.From).FirstOrDefaultAsync(ct);
        var today = clock.Today();
        var errors = new FieldErrors();
        if (e.Category != EquipmentCategory.Elevator) errors.Add("equipmentCode", "按需维保试点仅适用于电梯");
        if (k is null) errors.Add("equipmentCode", $"设备 {code} 没有在执行的维保合同，不能设置按需维保");
        var max = rules.OnDemandMaxDays(today);
        if (cmd.Enabled)
        {
            if (cmd.IntervalDays is not { } d || d < 1 || d > max) errors.Add("intervalDays", $"按需维保间隔应为 1–{max} 日");
            errors.Require("documentNo", cmd.DocumentNo, "批准文件编号", 100);
        }

        if (errors.Count > 0) return Result<ContractRow>.Invalid(errors.ToDictionary());
        var before = new { k!.OnDemand, k.OnDemandDays, k.OnDemandDocNo, k.DueOn };
        k.OnDemand = cmd.Enabled;
        k.OnDemandDays = cmd.Enabled ? cmd.IntervalDays : null;
        k.OnDemandDocNo = cmd.Enabled ? cmd.DocumentNo!.Trim() : null;
        rules.Reschedule(k, today);
        db.Audit(cmd.Enabled ? "sequip.on-demand.enabled" : "sequip.on-demand.disabled", "Equipment", e.Code, before,
            new { k.OnDemand, k.OnDemandDays, k.OnDemandDocNo, k.DueOn }, e.DivisionCode);
        await db.SaveChangesAsync(ct);
        return Row(k);
    }

    /// <summary>Contracts: of one equipment (code), expiring within sequip.contract-expiring-days, or the pilots.</summary>
    public async Task<ListPage<ContractRow>> ContractsAsync(string? code, string? view, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var today = clock.Today();
        var q = db.MaintenanceContracts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(code)) q = q.Where(k => k.EquipmentCode == code.Trim());
        if (view == "expiring")
        {
            var limit = today.AddDays(rules.ExpiringDays(today));
            q = q.Where(k => k.EndedOn == null && k.To != null && k.To <= limit).OrderBy(k => k.To);
        }
        else if (view == "on-demand")
        {
            q = q.Where(k => k.EndedOn == null && k.OnDemand).OrderBy(k => k.EquipmentCode);
        }
        else
        {
            q = q.OrderByDescending(k => k.From).ThenByDescending(k => k.Id);
        }

        var total = await q.CountAsync(ct);
        var rows = await q.Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new ListPage<ContractRow>([.. rows.Select(Row)], total, Math.Max(page, 1), size);
    }

    public static ContractRow Row(MaintenanceContract k) => new(k.Id, k.EquipmentCode, k.DivisionCode, k.MaintainerUscc, k.MaintainerName, k.From, k.To, k.EndedOn,
        k.OnDemand, k.OnDemandDays, k.OnDemandDocNo, k.LastMaintainedOn, k.DueOn);

    public static IReadOnlyList<EquipmentCategory> ParseCategories(string s) =>
        [.. s.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => (EquipmentCategory)int.Parse(x, CultureInfo.InvariantCulture))];

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
