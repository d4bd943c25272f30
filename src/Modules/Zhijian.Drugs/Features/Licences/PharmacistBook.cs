using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Drugs.Features.Licences;

/// <summary>
/// 执业药师: registration at a pharmacy and 在岗 checks (from inspections or the pharmacy's self-report). A pharmacy whose licence covers
/// 处方药 or 甲类非处方药 must have a licensed pharmacist on duty while open: an absence there is listed as a violation.
/// 执业药师在岗率 = checks found present / checks.
/// </summary>
internal sealed class PharmacistBook(DrugsDbContext db, ActorContext actor, TimeProvider clock)
{
    private static readonly string[] Scopes = ["药学", "中药学", "药学与中药学"];

    internal static PharmacistRow Row(Pharmacist p) => new(p.Id, p.BusinessId, Masks.Name(p.Name), p.CertificateNo, p.PracticeScope, p.RegisteredOn, p.Active);

    internal static DutyCheckRow Row(PharmacistCheck c, string businessName, string? pharmacist) =>
        new(c.Id, c.BusinessId, businessName, c.DivisionCode, c.On, c.OnDuty, c.Required, c.Required && !c.OnDuty, pharmacist,
            c.Source == DutyCheckSource.Inspection ? "监督检查" : "企业自报", c.Note);

    public async Task<Result<PharmacistRow>> RegisterAsync(PharmacistInput cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var b = cmd.BusinessId is { } id ? await db.Businesses.SingleOrDefaultAsync(x => x.Id == id, ct) : null;
        if (b is null) errors.Add("businessId", cmd.BusinessId is null ? "应指明执业药店" : $"药店 {cmd.BusinessId} 不存在或不在您的管辖范围内");
        else if (!DrugBusinessNames.IsPharmacy(b.Kind) && b.Kind is not (DrugBusinessKind.Wholesale or DrugBusinessKind.ChainHeadquarters))
            errors.Add("businessId", $"{DrugBusinessNames.Of(b.Kind)}不登记执业药师");
        errors.Require("name", cmd.Name, "执业药师姓名", 50);
        errors.Require("certificateNo", cmd.CertificateNo, "注册证编号", 40);
        if (cmd.PracticeScope is not { } scope || !Scopes.Contains(scope.Trim())) errors.Add("practiceScope", "执业范围应为 药学、中药学 或 药学与中药学");
        var today = clock.Today();
        if (cmd.RegisteredOn > today) errors.Add("registeredOn", "注册日期不能晚于今天");
        if (errors.Count > 0) return Result<PharmacistRow>.Invalid(errors.ToDictionary());
        var cert = cmd.CertificateNo!.Trim();
        if (await db.Pharmacists.IgnoreQueryFilters().AnyAsync(p => p.CertificateNo == cert && p.Active, ct))
            return Result<PharmacistRow>.Conflict("certificateNo", $"注册证 {cert} 已在其他执业单位登记（应先变更执业单位）");
        var p = new Pharmacist
        {
            BusinessId = b!.Id,
            Name = cmd.Name!.Trim(),
            CertificateNo = cert,
            PracticeScope = cmd.PracticeScope!.Trim(),
            RegisteredOn = cmd.RegisteredOn ?? today,
            DivisionCode = b.DivisionCode,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor.Current.ShownName,
        };
        db.Pharmacists.Add(p);
        db.Audit("drugs.pharmacist.registered", "Pharmacist", cert, null, new { p.BusinessId, p.PracticeScope, p.RegisteredOn }, p.DivisionCode);
        await db.SaveChangesAsync(ct);
        return Row(p);
    }

    /// <summary>Records an 在岗 check; <see cref="PharmacistCheck.Required"/> from the pharmacy's valid licence scope on that day.</summary>
    public async Task<Result<DutyCheckRow>> CheckAsync(DutyCheckInput cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var b = cmd.BusinessId is { } id ? await db.Businesses.SingleOrDefaultAsync(x => x.Id == id, ct) : null;
        if (b is null) errors.Add("businessId", cmd.BusinessId is null ? "应指明药店" : $"药店 {cmd.BusinessId} 不存在或不在您的管辖范围内");
        else if (!DrugBusinessNames.IsPharmacy(b.Kind)) errors.Add("businessId", $"{DrugBusinessNames.Of(b.Kind)}不是零售药店");
        var today = clock.Today();
        if (cmd.On is not { } on) errors.Add("on", "检查日期不能为空");
        else if (on > today) errors.Add("on", $"检查日期（{on:yyyy-MM-dd}）不能晚于今天");
        if (cmd.OnDuty is null) errors.Add("onDuty", "应填写执业药师是否在岗");
        Pharmacist? found = null;
        if (cmd.PharmacistId is { } pid)
        {
            found = await db.Pharmacists.SingleOrDefaultAsync(p => p.Id == pid, ct);
            if (found is null || found.BusinessId != cmd.BusinessId) errors.Add("pharmacistId", $"执业药师 {pid} 未在该药店注册");
        }

        if (cmd.OnDuty == true && cmd.PharmacistId is null) errors.Add("pharmacistId", "在岗的应指明在岗执业药师");
        if (cmd.Note?.Trim().Length > 500) errors.Add("note", "说明不能超过 500 个字符");
        if (errors.Count > 0) return Result<DutyCheckRow>.Invalid(errors.ToDictionary());
        var day = cmd.On!.Value;
        var scopes = await db.Licences.AsNoTracking()
            .Where(l => l.BusinessId == b!.Id && l.Kind == DrugLicenceKind.DrugOperation && l.Status == DrugLicenceStatus.Valid && l.IssuedOn <= day && l.ValidTo >= day)
            .Select(l => l.Scope).ToListAsync(ct);
        var c = new PharmacistCheck
        {
            BusinessId = b!.Id,
            PharmacistId = found?.Id,
            On = day,
            OnDuty = cmd.OnDuty!.Value,
            Required = scopes.Any(ScopeItems.NeedsPharmacist),
            Source = actor.Current.IsApiClient ? DutyCheckSource.SelfReport : DutyCheckSource.Inspection,
            Note = string.IsNullOrWhiteSpace(cmd.Note) ? null : cmd.Note.Trim(),
            DivisionCode = b.DivisionCode,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor.Current.ShownName,
        };
        db.PharmacistChecks.Add(c);
        db.Audit("drugs.pharmacist.checked", "DrugBusiness", b.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            new { c.On, c.OnDuty, c.Required, c.Source }, c.DivisionCode);
        await db.SaveChangesAsync(ct);
        return Row(c, b.Name, found is null ? null : Masks.Name(found.Name));
    }

    /// <summary>在岗检查: view = absent 不在岗（须配备执业药师的） | all; from/to (China days); division.</summary>
    public async Task<ListPage<DutyCheckRow>> ChecksAsync(string? view, DateOnly? from, DateOnly? to, string? division, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Max(page, 1);
        var query = db.PharmacistChecks.AsNoTracking();
        if (view == "absent") query = query.Where(c => c.Required && !c.OnDuty);
        if (from is { } f) query = query.Where(c => c.On >= f);
        if (to is { } t) query = query.Where(c => c.On <= t);
        if (DivisionTable.IsWellFormed(division)) query = query.Where(c => c.DivisionCode.StartsWith(division!));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.On).ThenByDescending(c => c.Id).Skip(Paging.Skip(page, size)).Take(size)
            .Select(c => new
            {
                c,
                Business = db.Businesses.Where(b => b.Id == c.BusinessId).Select(b => b.Name).FirstOrDefault(),
                Pharmacist = db.Pharmacists.Where(p => p.Id == c.PharmacistId).Select(p => p.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return new ListPage<DutyCheckRow>([.. rows.Select(r => Row(r.c, r.Business ?? "", r.Pharmacist is null ? null : Masks.Name(r.Pharmacist)))], total, page, size);
    }
}
