using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.Licences;

namespace Zhijian.ProductQuality.Features.Licences;

/// <summary>
/// 工业产品生产许可证: the catalogue view, licences pushed by the provincial system or entered here (idempotent by number: the same
/// number updates the licence), the lists (全部 / 到期延续 / 已过期 / 过期仍在生产), a licence's detail, and the <see cref="IProductLicences"/> seam.
/// </summary>
internal sealed class LicenceBook(QualityDbContext db, ActorContext actor, IEntityDirectory entities, LicenceRules rules, TimeProvider clock) : IProductLicences
{
    public CatalogueView Catalogue(DateOnly? on)
    {
        var day = on ?? clock.Today();
        var version = LicenceCatalog.On(day);
        var previous = LicenceCatalog.Versions.LastOrDefault(v => v.From < version.From);
        var items = version.Varieties.Select(v => Item(v, version.From)).ToList();
        return new CatalogueView(version.Name, version.From, version.Categories, version.Varieties.Count, items,
            previous is null ? [] : [.. items.Where(i => previous.Varieties.All(p => p.Key != i.Key))]);
    }

    private CatalogueItem Item(CatalogueVariety v, DateOnly on) =>
        new(v.Key, v.CategoryCode, v.Category, v.VarietyCode, v.Name, v.FoodRelated, rules.ValidityYears(v.FoodRelated, on), CatalogueVariety.ApprovalLevel, v.Tag, v.From);

    /// <summary>Resolves products (keys or names) against the catalogue on <paramref name="on"/>; errors name the field 产品单元/品种.</summary>
    public static List<CatalogueVariety> Varieties(string[]? products, DateOnly on, string field, FieldErrors errors)
    {
        var found = new List<CatalogueVariety>();
        var list = (products ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct().ToList();
        if (list.Count == 0)
        {
            errors.Add(field, "产品单元/品种不能为空，应为《工业产品生产许可证实施目录》中的品种");
            return found;
        }

        foreach (var p in list)
        {
            if (LicenceCatalog.Find(p, on) is { } v) found.Add(v);
            else errors.Add(field, $"产品单元/品种“{p}”不在 {on:yyyy-MM-dd} 施行的《工业产品生产许可证实施目录》中，不实行生产许可证管理");
        }

        return [.. found.OrderBy(v => v.Key, StringComparer.Ordinal)];
    }

    /// <summary>Creates or (same number) updates a licence: pushed by the provincial system or entered here.</summary>
    public async Task<Result<(LicenceRow Row, bool Created)>> SaveAsync(LicenceInput cmd, LicenceSource source, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = clock.Today();
        var issued = cmd.IssuedOn;
        var (number, numberError) = rules.ParseNumber(cmd.Number, issued ?? today);
        if (numberError is not null) errors.Add("number", numberError);
        var uscc = cmd.HolderUscc?.Trim().ToUpperInvariant() ?? "";
        EntitySummary? holder = null;
        if (!Uscc.IsValid(uscc)) errors.Add("holderUscc", $"持证企业统一社会信用代码“{uscc}”无效");
        else if ((holder = await entities.FindAsync(uscc, ct)) is null) errors.Add("holderUscc", $"持证企业“{uscc}”不在市场主体库中（或不在您的管辖范围内）");
        if (issued is null) errors.Add("issuedOn", "发证日期不能为空");
        else if (issued > today) errors.Add("issuedOn", $"发证日期（{issued:yyyy-MM-dd}）不能晚于今天");
        var varieties = Varieties(cmd.Products, issued ?? today, "products", errors);
        errors.Require("address", cmd.Address, "生产地址", 300);
        errors.Require("authority", cmd.Authority, "发证机关", 100);
        if (cmd.Authority is { } auth && !string.IsNullOrWhiteSpace(auth) && !auth.Contains('省') && !auth.Contains('市') && !auth.Contains("自治区", StringComparison.Ordinal))
            errors.Add("authority", "发证机关应为省级工业产品生产许可证主管部门（如 山东省市场监督管理局）");
        var food = varieties.Count > 0 && varieties.All(v => v.FoodRelated);
        DateOnly validTo = default;
        if (issued is { } iss && varieties.Count > 0)
        {
            var max = rules.ValidTo(food, iss);
            validTo = cmd.ValidTo ?? max;
            if (validTo <= iss) errors.Add("validTo", $"有效期至（{validTo:yyyy-MM-dd}）应晚于发证日期（{iss:yyyy-MM-dd}）");
            else if (validTo > max)
                errors.Add("validTo", $"有效期至（{validTo:yyyy-MM-dd}）超过法定有效期：{(food ? "食品相关产品" : "工业产品")}生产许可证有效期 {rules.ValidityYears(food, iss)} 年，最迟至 {max:yyyy-MM-dd}");
        }

        var status = cmd.Status ?? LicenceStatus.Valid;
        if (!Enum.IsDefined(status)) errors.Add("status", "证书状态应为 有效、注销、撤销、吊销 或 过期");
        if (errors.Count > 0) return Result<(LicenceRow, bool)>.Invalid(errors.ToDictionary());

        var now = clock.GetUtcNow();
        var existing = await db.Licences.IgnoreQueryFilters().SingleOrDefaultAsync(l => l.Number == number, ct);
        if (existing is not null && existing.HolderUscc != uscc)
            return Result<(LicenceRow, bool)>.Conflict("number", $"许可证编号 {number} 已登记为“{existing.HolderName}”的证书");
        var before = existing is null ? null : new { existing.Varieties, existing.IssuedOn, existing.ValidTo, existing.Status, existing.Address };
        var l = existing ?? new ProductLicence
        {
            Number = number!,
            HolderUscc = uscc,
            HolderName = "",
            DivisionCode = "",
            Address = "",
            Varieties = "",
            ProductNames = "",
            Authority = "",
            CreatedAt = now,
            CreatedBy = actor.Current.ShownName,
            Source = source,
        };
        l.HolderName = holder!.Name;
        l.DivisionCode = holder.DivisionCode;
        l.Address = cmd.Address!.Trim();
        l.Varieties = string.Join(',', varieties.Select(v => v.Key));
        l.ProductNames = string.Join('、', varieties.Select(v => v.Name));
        l.FoodRelated = food;
        l.IssuedOn = issued!.Value;
        l.ValidTo = validTo;
        if (l.Status != status)
        {
            l.StatusOn = status == LicenceStatus.Valid ? null : cmd.StatusOn ?? today;
            l.StatusReason = cmd.StatusReason?.Trim();
        }

        l.Status = status;
        l.Authority = cmd.Authority!.Trim();
        l.UpdatedAt = now;
        if (existing is null) db.Licences.Add(l);
        db.Audit(existing is null ? "pq.licence.created" : "pq.licence.updated", "PqLicence", l.Number, before,
            new { l.HolderUscc, l.Varieties, l.IssuedOn, l.ValidTo, l.Status, l.Address, Source = source }, l.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (Row(l, false, null, today), existing is null);
    }

    /// <summary>注销 / 撤销 / 吊销 (or back to 有效) of a licence.</summary>
    public async Task<Result<LicenceRow>> StatusAsync(long id, LicenceStatusInput cmd, CancellationToken ct)
    {
        var l = await db.Licences.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (l is null) return Result<LicenceRow>.NotFound($"生产许可证 {id} 不存在或不在您的管辖范围内");
        var errors = new FieldErrors();
        if (cmd.Status is not { } s || !Enum.IsDefined(s) || s == LicenceStatus.Expired) errors.Add("status", "证书状态应为 有效、注销、撤销 或 吊销");
        if (cmd.Status is LicenceStatus.Withdrawn or LicenceStatus.Revoked && string.IsNullOrWhiteSpace(cmd.Reason)) errors.Add("reason", "撤销、吊销应写明原因（决定书文号等）");
        if (cmd.Reason?.Trim().Length > 500) errors.Add("reason", "原因不能超过 500 个字符");
        var today = clock.Today();
        if (cmd.On > today) errors.Add("on", "状态变更日期不能晚于今天");
        if (errors.Count > 0) return Result<LicenceRow>.Invalid(errors.ToDictionary());
        var before = new { l.Status, l.StatusOn, l.StatusReason };
        l.Status = cmd.Status!.Value;
        l.StatusOn = l.Status == LicenceStatus.Valid ? null : cmd.On ?? today;
        l.StatusReason = cmd.Reason?.Trim();
        l.UpdatedAt = clock.GetUtcNow();
        db.Audit("pq.licence.status", "PqLicence", l.Number, before, new { l.Status, l.StatusOn, l.StatusReason }, l.DivisionCode);
        await db.SaveChangesAsync(ct);
        return Row(l, false, null, today);
    }

    /// <summary>
    /// Licences: view = renewal 到期延续 (valid, within the renewal window, no open or granted renewal application) | expired 已过期 |
    /// producing 过期仍在生产 | (default) all; q = number, holder name or USCC, product; status; division.
    /// </summary>
    public async Task<ListPage<LicenceRow>> ListAsync(string? view, string? q, LicenceStatus? status, string? division, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Max(page, 1);
        var today = clock.Today();
        var query = db.Licences.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            query = query.Where(l => l.Number.Contains(t) || l.HolderName.Contains(t) || l.HolderUscc == t || l.ProductNames.Contains(t));
        }

        if (DivisionTable.IsWellFormed(division)) query = query.Where(l => l.DivisionCode.StartsWith(division!));
        if (status == LicenceStatus.Expired) query = query.Where(l => l.Status == LicenceStatus.Expired || (l.Status == LicenceStatus.Valid && l.ValidTo < today));
        else if (status == LicenceStatus.Valid) query = query.Where(l => l.Status == LicenceStatus.Valid && l.ValidTo >= today);
        else if (status is { } st && Enum.IsDefined(st)) query = query.Where(l => l.Status == st);
        var renewals = db.LicenceApplications.Where(a => a.Kind == ApplicationKind.Renewal && a.Decision != ApplicationDecision.Refused && a.Decision != ApplicationDecision.Withdrawn);
        switch (view)
        {
            case "renewal":
                var limit = today.AddMonths(rules.RenewalMonths(today));
                query = query.Where(l => l.Status == LicenceStatus.Valid && l.ValidTo >= today && l.ValidTo <= limit
                    && !renewals.Any(a => a.LicenceNumber == l.Number && a.ReceivedOn >= l.IssuedOn)).OrderBy(l => l.ValidTo);
                break;
            case "expired":
                query = query.Where(l => l.Status == LicenceStatus.Expired || (l.Status == LicenceStatus.Valid && l.ValidTo < today)).OrderByDescending(l => l.ValidTo);
                break;
            case "producing":
                query = query.Where(l => l.ProducingAfterExpiry && (l.Status == LicenceStatus.Expired || (l.Status == LicenceStatus.Valid && l.ValidTo < today)))
                    .OrderBy(l => l.ValidTo);
                break;
            default:
                query = query.OrderByDescending(l => l.IssuedOn).ThenByDescending(l => l.Id);
                break;
        }

        var total = await query.CountAsync(ct);
        var rows = await query.Skip(Paging.Skip(page, size)).Take(size)
            .Select(l => new
            {
                l,
                Renewal = renewals.Any(a => a.LicenceNumber == l.Number && a.ReceivedOn >= l.IssuedOn),
                Last = db.LicenceChecks.Where(c => c.LicenceId == l.Id).Max(c => (DateOnly?)c.On),
            })
            .ToListAsync(ct);
        return new ListPage<LicenceRow>([.. rows.Select(r => Row(r.l, r.Renewal, r.Last, today))], total, page, size);
    }

    public async Task<LicenceDetail?> GetAsync(long id, CancellationToken ct)
    {
        var l = await db.Licences.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (l is null) return null;
        var today = clock.Today();
        var apps = await db.LicenceApplications.AsNoTracking().Where(a => a.LicenceNumber == l.Number || (a.ApplicantUscc == l.HolderUscc && a.Kind == ApplicationKind.New))
            .OrderByDescending(a => a.ReceivedOn).ToListAsync(ct);
        var checks = await db.LicenceChecks.AsNoTracking().Where(c => c.LicenceId == l.Id).OrderByDescending(c => c.On).ToListAsync(ct);
        var renewal = apps.Any(a => a.Kind == ApplicationKind.Renewal && a.LicenceNumber == l.Number && a.ReceivedOn >= l.IssuedOn
            && a.Decision is not (ApplicationDecision.Refused or ApplicationDecision.Withdrawn));
        var products = l.Varieties.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(LicenceCatalog.ByKey).OfType<CatalogueVariety>()
            .Select(v => new LicenceProductView(v.Key, v.Category, v.Name)).ToList();
        return new LicenceDetail(Row(l, renewal, checks.FirstOrDefault()?.On, today), l.Address, LicenceRules.NameOf(l.Source), products, l.StatusOn, l.StatusReason,
            [.. apps.Select(a => LicenceApplications.Row(a, today))], [.. checks.Select(LicenceChecks.Row)]);
    }

    public LicenceRow Row(ProductLicence l, bool renewalApplied, DateOnly? lastCheck, DateOnly today)
    {
        var status = LicenceRules.Effective(l.Status, l.ValidTo, today);
        return new LicenceRow(l.Id, l.Number, l.HolderUscc, l.HolderName, l.DivisionCode, l.ProductNames, l.FoodRelated, l.IssuedOn, l.ValidTo, status,
            LicenceRules.NameOf(status), l.Authority, rules.RenewalFrom(l.ValidTo), renewalApplied, l.ProducingAfterExpiry, lastCheck);
    }

    public async Task<IReadOnlyList<ProductLicenceRef>> ValidForAsync(string uscc, DateOnly on, CancellationToken ct)
    {
        var code = uscc?.Trim().ToUpperInvariant() ?? "";
        var rows = await db.Licences.AsNoTracking().Where(l => l.HolderUscc == code && l.Status == LicenceStatus.Valid && l.IssuedOn <= on && l.ValidTo >= on)
            .ToListAsync(ct);
        return [.. rows.Select(l => new ProductLicenceRef(l.Id, l.Number, l.HolderUscc, l.HolderName, l.ProductNames, l.ValidTo, "有效"))];
    }
}
