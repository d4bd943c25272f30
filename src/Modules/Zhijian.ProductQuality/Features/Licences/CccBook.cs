using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Contracts;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.Licences;

namespace Zhijian.ProductQuality.Features.Licences;

/// <summary>
/// CCC: certificates of local firms (pushed or entered; the same number updates) and 市场 CCC 标志检查 at sellers. A mark check's
/// certificate number is verified against the local register when it is there (its status and validity decide 证书失效), otherwise the
/// officer records it was checked on the national query. A failing check sends one <see cref="QualityCaseClue"/> (source kind "ccc").
/// </summary>
internal sealed class CccBook(QualityDbContext db, ActorContext actor, IEntityDirectory entities, LicenceRules rules, TimeProvider clock)
{
    public async Task<Result<(CccRow Row, bool Created)>> SaveAsync(CccInput cmd, LicenceSource source, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = clock.Today();
        errors.Require("number", cmd.Number, "证书编号", 40);
        var uscc = cmd.HolderUscc?.Trim().ToUpperInvariant() ?? "";
        EntitySummary? holder = null;
        if (!Uscc.IsValid(uscc)) errors.Add("holderUscc", $"持证企业统一社会信用代码“{uscc}”无效");
        else if ((holder = await entities.FindAsync(uscc, ct)) is null) errors.Add("holderUscc", $"持证企业“{uscc}”不在市场主体库中（或不在您的管辖范围内）");
        if (CccCatalog.NameOf(cmd.Category?.Trim()) is null) errors.Add("category", $"产品类别“{cmd.Category}”不是强制性产品认证目录中的类别");
        errors.Require("product", cmd.Product, "产品名称", 200);
        errors.Require("model", cmd.Model, "型号规格", 200);
        errors.Require("body", cmd.Body, "认证机构", 200);
        if (cmd.IssuedOn is null) errors.Add("issuedOn", "发证日期不能为空");
        else if (cmd.IssuedOn > today) errors.Add("issuedOn", "发证日期不能晚于今天");
        if (cmd.ValidTo is null) errors.Add("validTo", "有效期至不能为空");
        else if (cmd.IssuedOn is { } i && cmd.ValidTo <= i) errors.Add("validTo", "有效期至应晚于发证日期");
        var status = cmd.Status ?? CccStatus.Valid;
        if (!Enum.IsDefined(status)) errors.Add("status", "证书状态应为 有效、暂停、撤销 或 注销");
        if (errors.Count > 0) return Result<(CccRow, bool)>.Invalid(errors.ToDictionary());
        var number = cmd.Number!.Trim().ToUpperInvariant();
        var now = clock.GetUtcNow();
        var existing = await db.CccCertificates.IgnoreQueryFilters().SingleOrDefaultAsync(c => c.Number == number, ct);
        if (existing is not null && existing.HolderUscc != uscc) return Result<(CccRow, bool)>.Conflict("number", $"证书编号 {number} 已登记为“{existing.HolderName}”的证书");
        var before = existing is null ? null : new { existing.Status, existing.ValidTo, existing.Model };
        var c = existing ?? new CccCertificate
        {
            Number = number,
            HolderUscc = uscc,
            HolderName = "",
            DivisionCode = "",
            Category = "",
            Product = "",
            Model = "",
            Body = "",
            CreatedAt = now,
            Source = source,
        };
        c.HolderName = holder!.Name;
        c.DivisionCode = holder.DivisionCode;
        c.Category = cmd.Category!.Trim();
        c.Product = cmd.Product!.Trim();
        c.Model = cmd.Model!.Trim();
        c.IssuedOn = cmd.IssuedOn!.Value;
        c.ValidTo = cmd.ValidTo!.Value;
        c.Status = status;
        c.Body = cmd.Body!.Trim();
        c.UpdatedAt = now;
        if (existing is null) db.CccCertificates.Add(c);
        db.Audit(existing is null ? "pq.ccc.created" : "pq.ccc.updated", "PqCccCertificate", c.Number, before, new { c.Status, c.ValidTo, c.Model, c.Category }, c.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (Row(c, today), existing is null);
    }

    /// <summary>Certificates: q (number, holder, product, model), status, view = expiring (valid, within pq.ccc-expiring-days).</summary>
    public async Task<ListPage<CccRow>> ListAsync(string? q, CccStatus? status, string? view, string? division, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Max(page, 1);
        var today = clock.Today();
        var query = db.CccCertificates.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            query = query.Where(c => c.Number.Contains(t) || c.HolderName.Contains(t) || c.HolderUscc == t || c.Product.Contains(t) || c.Model.Contains(t));
        }

        if (status is { } s && Enum.IsDefined(s)) query = query.Where(c => c.Status == s);
        if (DivisionTable.IsWellFormed(division)) query = query.Where(c => c.DivisionCode.StartsWith(division!));
        if (view == "expiring")
        {
            var limit = today.AddDays(rules.CccExpiringDays(today));
            query = query.Where(c => c.Status == CccStatus.Valid && c.ValidTo >= today && c.ValidTo <= limit).OrderBy(c => c.ValidTo);
        }
        else
        {
            query = query.OrderByDescending(c => c.IssuedOn).ThenByDescending(c => c.Id);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new ListPage<CccRow>([.. rows.Select(c => Row(c, today))], total, page, size);
    }

    public async Task<Result<MarkCheckRow>> CheckAsync(MarkCheckInput cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = clock.Today();
        var on = cmd.On ?? today;
        if (on > today) errors.Add("on", $"检查日期（{on:yyyy-MM-dd}）不能晚于今天");
        var uscc = cmd.SellerUscc?.Trim().ToUpperInvariant() ?? "";
        EntitySummary? seller = null;
        if (!Uscc.IsValid(uscc)) errors.Add("sellerUscc", $"销售者统一社会信用代码“{uscc}”无效");
        else if ((seller = await entities.FindAsync(uscc, ct)) is null) errors.Add("sellerUscc", $"销售者“{uscc}”不在市场主体库中（或不在您的管辖范围内）");
        errors.Require("product", cmd.Product, "产品名称", 200);
        errors.Require("brandModel", cmd.BrandModel, "品牌型号", 200);
        errors.Require("officers", cmd.Officers, "检查人员", 200);
        if (cmd.Findings?.Trim().Length > 2000) errors.Add("findings", "检查情况不能超过 2000 个字符");
        if (cmd.Result is not { } result || !Enum.IsDefined(result))
        {
            errors.Add("result", "检查结论应为 合格、未获认证、证书失效 或 标志不规范");
            result = MarkResult.Pass;
        }

        var number = string.IsNullOrWhiteSpace(cmd.CertificateNumber) ? null : cmd.CertificateNumber.Trim().ToUpperInvariant();
        var local = number is null ? null : await db.CccCertificates.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(c => c.Number == number, ct);
        if (number is null && result is MarkResult.Pass or MarkResult.CertificateInvalid)
            errors.Add("certificateNumber", "产品上标注的 CCC 证书编号不能为空（未标注的结论应为 未获认证）");
        if (local is not null)
        {
            var localValid = local.Status == CccStatus.Valid && local.ValidTo >= on;
            if (result == MarkResult.Pass && !localValid)
                errors.Add("result", $"证书 {local.Number} 在本地证书库中为{(local.Status == CccStatus.Valid ? "已过期" : LicenceRules.NameOf(local.Status))}，结论应为 证书失效");
        }
        else if (number is not null && !cmd.NationalQueryChecked && result is MarkResult.Pass or MarkResult.CertificateInvalid)
        {
            errors.Add("nationalQueryChecked", $"证书 {number} 不在本地证书库中，请在国家认监委证书查询中核对后勾选“已在全国认证认可信息公共服务平台查询”");
        }

        if (result != MarkResult.Pass && string.IsNullOrWhiteSpace(cmd.Findings)) errors.Add("findings", "不合格结论应写明检查发现的问题");
        if (errors.Count > 0) return Result<MarkCheckRow>.Invalid(errors.ToDictionary());
        var m = new CccMarkCheck
        {
            On = on,
            SellerUscc = uscc,
            SellerName = seller!.Name,
            DivisionCode = seller.DivisionCode,
            Product = cmd.Product!.Trim(),
            BrandModel = cmd.BrandModel!.Trim(),
            CertificateNumber = number,
            CertificateId = local?.Id,
            VerifiedLocally = local is not null,
            Result = result,
            Findings = string.IsNullOrWhiteSpace(cmd.Findings) ? null : cmd.Findings.Trim(),
            Officers = cmd.Officers!.Trim(),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor.Current.ShownName,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.CccMarkChecks.Add(m);
        db.Audit("pq.ccc-check.recorded", "PqCccCheck", m.SellerUscc, null, new { m.On, m.Product, m.BrandModel, m.CertificateNumber, m.VerifiedLocally, m.Result }, m.DivisionCode);
        await db.SaveChangesAsync(ct);
        if (m.Result != MarkResult.Pass)
        {
            m.ClueSent = true;
            db.Publish(new QualityCaseClue("ccc", m.Id, m.CertificateNumber ?? $"CCC检查-{m.Id}", m.SellerUscc, m.SellerName,
                $"CCC 标志检查{LicenceRules.NameOf(m.Result)}：{m.Product}（{m.BrandModel}）{(m.CertificateNumber is null ? "未标注证书编号" : "，证书编号 " + m.CertificateNumber)}。{m.Findings}",
                m.On, m.CreatedBy, m.DivisionCode, null));
            await db.SaveChangesAsync(ct);
        }

        await tx.CommitAsync(ct);
        return Row(m);
    }

    public async Task<ListPage<MarkCheckRow>> ChecksAsync(MarkResult? result, DateOnly? from, DateOnly? to, string? q, string? division, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Max(page, 1);
        var query = db.CccMarkChecks.AsNoTracking();
        if (result is { } r && Enum.IsDefined(r)) query = query.Where(c => c.Result == r);
        if (from is { } f) query = query.Where(c => c.On >= f);
        if (to is { } t2) query = query.Where(c => c.On <= t2);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            query = query.Where(c => c.SellerName.Contains(t) || c.SellerUscc == t || c.Product.Contains(t) || c.BrandModel.Contains(t) || (c.CertificateNumber != null && c.CertificateNumber.Contains(t)));
        }

        if (DivisionTable.IsWellFormed(division)) query = query.Where(c => c.DivisionCode.StartsWith(division!));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.On).ThenByDescending(c => c.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new ListPage<MarkCheckRow>([.. rows.Select(Row)], total, page, size);
    }

    public static CccRow Row(CccCertificate c, DateOnly today) => new(c.Id, c.Number, c.HolderUscc, c.HolderName, c.DivisionCode, c.Category, CccCatalog.NameOf(c.Category) ?? c.Category,
        c.Product, c.Model, c.IssuedOn, c.ValidTo, c.Status, LicenceRules.NameOf(c.Status), c.Body, c.ValidTo < today);

    public static MarkCheckRow Row(CccMarkCheck m) => new(m.Id, m.On, m.SellerUscc, m.SellerName, m.DivisionCode, m.Product, m.BrandModel, m.CertificateNumber,
        m.VerifiedLocally, m.VerifiedLocally ? "本地证书库核对" : m.CertificateNumber is null ? "未标注证书" : "全国认证认可信息公共服务平台查询", m.Result, LicenceRules.NameOf(m.Result),
        m.Findings, m.Officers, m.ClueSent);
}
