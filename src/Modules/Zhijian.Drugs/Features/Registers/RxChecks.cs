using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Drugs.Domain.Registers;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Drugs.Features.Registers;

/// <summary>
/// 处方药销售检查 (凭处方销售): observations from inspections (staff) or uploads (pharmacies' API clients, their own sales only through
/// the sales scope), and the list of pharmacies that sold 处方药 without a prescription, for supervision.
/// </summary>
internal sealed class RxChecks(DrugsDbContext db, ActorContext actor, IDrugBusinesses businesses, TimeProvider clock)
{
    public async Task<Result<RxCheckRow>> RecordAsync(RxCheckInput cmd, CancellationToken ct)
    {
        var a = actor.Current;
        var staff = !a.IsApiClient && (a.IsInRole(Roles.Inspector) || DrugsAccess.CanAdminister(a));
        if (!staff && !(a.IsApiClient && a.HasScope(DrugsAccess.SalesScope))) return Result<RxCheckRow>.Forbidden("只有药品监管人员或药店报送系统可以登记处方药销售检查");
        var errors = new FieldErrors();
        var today = clock.Today();
        DrugBusinessRef? b = null;
        if (string.IsNullOrWhiteSpace(cmd.Pharmacy)) errors.Add("pharmacy", "药店（统一社会信用代码或药品经营许可证号）不能为空");
        else if ((b = await EphedrineBook.FindPharmacyAsync(businesses, cmd.Pharmacy, ct)) is null || !DrugBusinessNames.IsPharmacy(b.Kind))
            errors.Add("pharmacy", $"药店“{cmd.Pharmacy.Trim()}”未登记、不是零售药店或不在您的管辖范围内");
        var on = cmd.CheckedOn ?? today;
        if (on > today) errors.Add("checkedOn", $"检查日期（{on:yyyy-MM-dd}）不能晚于今天");
        errors.Require("drugName", cmd.DrugName, "处方药名称", 200);
        if (cmd.WithPrescription is null) errors.Add("withPrescription", "请选择是否凭处方销售");
        var source = staff ? cmd.Source?.Trim() ?? "inspection" : "upload";
        if (source is not ("inspection" or "upload")) errors.Add("source", "来源应为现场检查（inspection）或企业上报（upload）");
        if (cmd.Note?.Trim().Length > 500) errors.Add("note", "说明不能超过 500 个字符");
        if (errors.Count > 0) return Result<RxCheckRow>.Invalid(errors.ToDictionary());
        var c = new RxSaleCheck
        {
            BusinessId = b!.Id,
            BusinessName = b.Name,
            DivisionCode = b.DivisionCode,
            CheckedOn = on,
            DrugName = cmd.DrugName!.Trim(),
            WithPrescription = cmd.WithPrescription!.Value,
            Source = source,
            Note = string.IsNullOrWhiteSpace(cmd.Note) ? null : cmd.Note.Trim(),
            CreatedBy = a.ShownName,
            CreatedAt = clock.GetUtcNow(),
        };
        db.RxSaleChecks.Add(c);
        db.Audit("drugs.rx-check.recorded", "DrugRxCheck", b.Uscc, null, new { c.DrugName, c.WithPrescription, c.CheckedOn, c.Source }, c.DivisionCode);
        await db.SaveChangesAsync(ct);
        return Row(c);
    }

    public async Task<RxCheckList> ListAsync(string? division, bool? withoutPrescription, string? q, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Clamp(page, 1, 100_000);
        var x = Filter(db.RxSaleChecks.AsNoTracking(), division);
        if (withoutPrescription == true) x = x.Where(c => !c.WithPrescription);
        if (!string.IsNullOrWhiteSpace(q)) x = x.Where(c => c.BusinessName.Contains(q.Trim()) || c.DrugName.Contains(q.Trim()));
        var total = await x.CountAsync(ct);
        var rows = await x.OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new RxCheckList([.. rows.Select(Row)], total, page, size);
    }

    /// <summary>Pharmacies with 处方药 sold without prescription (most first).</summary>
    public async Task<IReadOnlyList<RxPharmacyRow>> PharmaciesAsync(string? division, CancellationToken ct)
    {
        var rows = await Filter(db.RxSaleChecks.AsNoTracking(), division).GroupBy(c => new { c.BusinessId, c.BusinessName, c.DivisionCode })
            .Select(g => new { g.Key.BusinessId, g.Key.BusinessName, g.Key.DivisionCode, Without = g.Count(c => !c.WithPrescription), Checks = g.Count(), Last = g.Max(c => c.CheckedOn) })
            .Where(g => g.Without > 0).ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Without).ThenByDescending(r => r.Last).Take(500)
            .Select(r => new RxPharmacyRow(r.BusinessId, r.BusinessName, r.DivisionCode, r.Without, r.Checks, r.Last))];
    }

    private static IQueryable<RxSaleCheck> Filter(IQueryable<RxSaleCheck> x, string? division)
    {
        if (string.IsNullOrWhiteSpace(division) || !DivisionTable.IsWellFormed(division.Trim())) return x;
        var prefix = DivisionTable.ScopePrefix(division.Trim());
        return x.Where(c => c.DivisionCode.StartsWith(prefix));
    }

    private static RxCheckRow Row(RxSaleCheck c) => new(c.Id, c.BusinessName, c.DivisionCode, c.CheckedOn, c.DrugName, c.WithPrescription,
        c.Source == "upload" ? "企业上报" : "现场检查", c.Note, c.CreatedBy);
}
