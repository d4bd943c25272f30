using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Drugs.Features.Licences;

/// <summary>
/// 经营企业 and their 许可证/备案: registering businesses (化妆品经营 with categories, no licence), licences and filings with their
/// validity, the renewal window (药品 6–2 months, 器械 90–30 working days before expiry), 许可事项变更 (≥ 30 days ahead), status
/// changes, the lists (全部 / 即将到期 / 已错过延续期 / 已过期) and a business's detail.
/// </summary>
internal sealed class LicenceBook(DrugsDbContext db, ActorContext actor, IEntityDirectory entities, DrugLicenceRules rules, TimeProvider clock)
{
    internal static string DivisionName(string code) => DivisionTable.Default.Find(code)?.Name ?? code;

    public async Task<Result<BusinessRow>> RegisterBusinessAsync(BusinessInput cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var uscc = cmd.Uscc?.Trim().ToUpperInvariant() ?? "";
        if (!Uscc.IsValid(uscc)) errors.Add("uscc", $"统一社会信用代码“{uscc}”无效");
        errors.Require("name", cmd.Name, "企业名称", 200);
        errors.Require("address", cmd.Address, "经营地址", 300);
        errors.Require("legalRepresentative", cmd.LegalRepresentative, "法定代表人（负责人）", 50);
        if (cmd.Kind is not { } kind || !Enum.IsDefined(kind)) errors.Add("kind", "经营类别应为 零售药店、连锁门店、连锁总部、药品批发、三类医疗器械经营、二类医疗器械经营 或 化妆品经营");
        var division = cmd.DivisionCode?.Trim() ?? "";
        if (!DivisionTable.IsWellFormed(division) || division.Length != 6 || !DivisionTable.Default.IsKnown(division))
            errors.Add("divisionCode", $"所在区县“{division}”不是有效的县级行政区划代码");
        DrugBusiness? hq = null;
        if (cmd.Kind == DrugBusinessKind.ChainStore)
        {
            if (cmd.ChainHeadquartersId is not { } hqId) errors.Add("chainHeadquartersId", "连锁门店应指明所属连锁总部");
            else if ((hq = await db.Businesses.SingleOrDefaultAsync(b => b.Id == hqId && b.Kind == DrugBusinessKind.ChainHeadquarters, ct)) is null)
                errors.Add("chainHeadquartersId", $"连锁总部 {hqId} 不存在");
        }

        var categories = (cmd.Categories ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).Distinct().ToList();
        if (cmd.Kind == DrugBusinessKind.Cosmetics)
        {
            if (categories.Count == 0) errors.Add("categories", "化妆品经营企业应登记经营类别");
            foreach (var c in categories.Where(c => !ScopeItems.Cosmetics.Contains(c)))
                errors.Add("categories", $"经营类别“{c}”不是化妆品经营类别（{string.Join("、", ScopeItems.Cosmetics)}）");
        }

        if (errors.Count > 0) return Result<BusinessRow>.Invalid(errors.ToDictionary());
        if (await db.Businesses.AnyAsync(b => b.Uscc == uscc && b.Kind == cmd.Kind && b.Address == cmd.Address!.Trim(), ct))
            return Result<BusinessRow>.Conflict("uscc", $"“{cmd.Name!.Trim()}”已在该地址登记为{DrugBusinessNames.Of(cmd.Kind!.Value)}");
        var now = clock.GetUtcNow();
        var b = new DrugBusiness
        {
            Uscc = uscc,
            InRegistry = await entities.FindAsync(uscc, ct) is not null,
            Name = cmd.Name!.Trim(),
            Kind = cmd.Kind!.Value,
            DivisionCode = division,
            Address = cmd.Address!.Trim(),
            LegalRepresentative = cmd.LegalRepresentative!.Trim(),
            QualityManager = string.IsNullOrWhiteSpace(cmd.QualityManager) ? null : cmd.QualityManager.Trim(),
            Phone = string.IsNullOrWhiteSpace(cmd.Phone) ? null : cmd.Phone.Trim(),
            ChainHeadquartersId = hq?.Id,
            Categories = categories.Count == 0 ? null : string.Join('、', categories),
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = actor.Current.ShownName,
        };
        db.Businesses.Add(b);
        await db.SaveChangesAsync(ct); // the id first, then the audit names it
        db.Audit("drugs.business.registered", "DrugBusiness", b.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            new { b.Uscc, b.Name, b.Kind, b.DivisionCode, b.Categories }, b.DivisionCode);
        await db.SaveChangesAsync(ct);
        return Row(b, hq?.Name, null, clock.Today());
    }

    /// <summary>Businesses: kind, division, q = name, USCC or licence number; pharmacies = 零售药店 and 连锁门店.</summary>
    public async Task<ListPage<BusinessRow>> BusinessesAsync(DrugBusinessKind? kind, bool pharmacies, string? division, string? q, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Max(page, 1);
        var query = db.Businesses.AsNoTracking();
        if (kind is { } k && Enum.IsDefined(k)) query = query.Where(b => b.Kind == k);
        if (pharmacies) query = query.Where(b => b.Kind == DrugBusinessKind.RetailPharmacy || b.Kind == DrugBusinessKind.ChainStore);
        if (DivisionTable.IsWellFormed(division)) query = query.Where(b => b.DivisionCode.StartsWith(division!));
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            var u = t.ToUpperInvariant();
            query = query.Where(b => b.Name.Contains(t) || b.Uscc == u || db.Licences.Any(l => l.BusinessId == b.Id && l.Number == t));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(b => b.DivisionCode).ThenBy(b => b.Name).ThenBy(b => b.Id).Skip(Paging.Skip(page, size)).Take(size)
            .Select(b => new
            {
                b,
                Chain = db.Businesses.Where(h => h.Id == b.ChainHeadquartersId).Select(h => h.Name).FirstOrDefault(),
                Licence = db.Licences.Where(l => l.BusinessId == b.Id).OrderBy(l => l.Status).ThenByDescending(l => l.IssuedOn).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var today = clock.Today();
        return new ListPage<BusinessRow>([.. rows.Select(r => Row(r.b, r.Chain, r.Licence, today))], total, page, size);
    }

    private static BusinessRow Row(DrugBusiness b, string? chain, DrugLicence? l, DateOnly today) =>
        new(b.Id, b.Uscc, b.Name, b.Kind, DrugBusinessNames.Of(b.Kind), b.DivisionCode, DivisionName(b.DivisionCode), b.Address, Masks.Name(b.LegalRepresentative),
            b.QualityManager is null ? null : Masks.Name(b.QualityManager), b.Phone is null ? null : Masks.Phone(b.Phone), b.Active, b.Categories, chain, l?.Number, l?.ValidTo,
            l is null ? null : DrugLicenceRules.NameOf(DrugLicenceRules.Effective(l, today)));

    public async Task<BusinessDetail?> BusinessAsync(long id, CancellationToken ct)
    {
        var b = await db.Businesses.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (b is null) return null;
        var today = clock.Today();
        var chain = b.ChainHeadquartersId is { } hq ? await db.Businesses.AsNoTracking().Where(h => h.Id == hq).Select(h => h.Name).FirstOrDefaultAsync(ct) : null;
        var licences = await db.Licences.AsNoTracking().Where(l => l.BusinessId == id).OrderByDescending(l => l.IssuedOn).ToListAsync(ct);
        var pharmacists = await db.Pharmacists.AsNoTracking().Where(p => p.BusinessId == id).OrderByDescending(p => p.Active).ThenBy(p => p.Id).ToListAsync(ct);
        var checks = await db.PharmacistChecks.AsNoTracking().Where(c => c.BusinessId == id).OrderByDescending(c => c.On).ThenByDescending(c => c.Id).Take(50).ToListAsync(ct);
        var reports = await db.SelfReports.AsNoTracking().Where(r => r.BusinessId == id).OrderByDescending(r => r.Year).ToListAsync(ct);
        var names = pharmacists.ToDictionary(p => p.Id, p => Masks.Name(p.Name));
        var valid = licences.FirstOrDefault(l => DrugLicenceRules.Effective(l, today) == DrugLicenceStatus.Valid);
        return new BusinessDetail(Row(b, chain, valid ?? licences.FirstOrDefault(), today), [.. licences.Select(l => ToRow(l, today))],
            [.. pharmacists.Select(PharmacistBook.Row)], [.. checks.Select(c => PharmacistBook.Row(c, b.Name, c.PharmacistId is { } p ? names.GetValueOrDefault(p) : null))],
            [.. reports.Select(SelfReports.Row(b.Name))], valid is not null && ScopeItems.NeedsPharmacist(valid.Scope));
    }

    public async Task<Result<LicenceRow>> SaveLicenceAsync(LicenceInput cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = clock.Today();
        DrugBusiness? b = null;
        if (cmd.BusinessId is { } id) b = await db.Businesses.SingleOrDefaultAsync(x => x.Id == id, ct);
        else if (!string.IsNullOrWhiteSpace(cmd.BusinessUscc))
        {
            var u = cmd.BusinessUscc.Trim().ToUpperInvariant();
            b = await db.Businesses.Where(x => x.Uscc == u).OrderBy(x => x.Id).FirstOrDefaultAsync(ct);
        }

        if (b is null)
            errors.Add(cmd.BusinessId is null ? "businessUscc" : "businessId", cmd.BusinessId is null && string.IsNullOrWhiteSpace(cmd.BusinessUscc)
                ? "应指明持证企业（企业编号或统一社会信用代码）"
                : $"持证企业“{cmd.BusinessId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? cmd.BusinessUscc}”未登记为药品、医疗器械经营企业（或不在您的管辖范围内）");
        if (cmd.Kind is not { } kind || !Enum.IsDefined(kind)) errors.Add("kind", "许可类别应为 药品经营许可证、医疗器械经营许可证 或 第二类医疗器械经营备案");
        else if (b is not null && !Fits(kind, b.Kind))
            errors.Add("kind", $"{DrugBusinessNames.Of(b.Kind)}不能持有{DrugLicenceRules.NameOf(kind)}");
        errors.Require("number", cmd.Number, cmd.Kind == DrugLicenceKind.DeviceClassIIFiling ? "备案编号" : "许可证编号", 40);
        errors.Require("authority", cmd.Authority, cmd.Kind == DrugLicenceKind.DeviceClassIIFiling ? "备案部门" : "发证机关", 100);
        if (cmd.IssuedOn is not { } issued) errors.Add("issuedOn", cmd.Kind == DrugLicenceKind.DeviceClassIIFiling ? "备案日期不能为空" : "发证日期不能为空");
        else if (issued > today) errors.Add("issuedOn", $"发证日期（{issued:yyyy-MM-dd}）不能晚于今天");
        var scope = Scope(cmd.Scope, cmd.Kind ?? DrugLicenceKind.DrugOperation, errors);
        DateOnly? validTo = null;
        if (cmd.Kind is { } k2 && Enum.IsDefined(k2) && cmd.IssuedOn is { } iss)
        {
            if (k2 == DrugLicenceKind.DeviceClassIIFiling)
            {
                if (cmd.ValidTo is not null) errors.Add("validTo", "第二类医疗器械经营备案没有有效期，不应填写有效期至");
            }
            else
            {
                var max = rules.ValidTo(k2, iss)!.Value;
                validTo = cmd.ValidTo ?? max;
                if (validTo <= iss) errors.Add("validTo", $"有效期至（{validTo:yyyy-MM-dd}）应晚于发证日期（{iss:yyyy-MM-dd}）");
                else if (validTo > max) errors.Add("validTo", $"有效期至（{validTo:yyyy-MM-dd}）超过法定有效期：{DrugLicenceRules.NameOf(k2)}有效期 {rules.Years(k2, iss)} 年，最迟至 {max:yyyy-MM-dd}");
            }
        }

        if (errors.Count > 0) return Result<LicenceRow>.Invalid(errors.ToDictionary());
        var number = cmd.Number!.Trim();
        if (await db.Licences.IgnoreQueryFilters().AnyAsync(l => l.Number == number, ct))
            return Result<LicenceRow>.Conflict("number", $"编号 {number} 已登记");
        var now = clock.GetUtcNow();
        var l = new DrugLicence
        {
            BusinessId = b!.Id,
            Kind = cmd.Kind!.Value,
            Number = number,
            BusinessName = b.Name,
            Uscc = b.Uscc,
            DivisionCode = b.DivisionCode,
            IssuedOn = cmd.IssuedOn!.Value,
            ValidTo = validTo,
            Scope = scope,
            QualityManager = string.IsNullOrWhiteSpace(cmd.QualityManager) ? b.QualityManager : cmd.QualityManager.Trim(),
            Authority = cmd.Authority!.Trim(),
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = actor.Current.ShownName,
        };
        db.Licences.Add(l);
        db.Audit("drugs.licence.created", "DrugLicence", l.Number, null, new { l.BusinessId, l.Kind, l.IssuedOn, l.ValidTo, l.Scope }, l.DivisionCode);
        await db.SaveChangesAsync(ct);
        return ToRow(l, today);
    }

    private static bool Fits(DrugLicenceKind licence, DrugBusinessKind business) => licence switch
    {
        DrugLicenceKind.DrugOperation => business is DrugBusinessKind.RetailPharmacy or DrugBusinessKind.ChainStore or DrugBusinessKind.ChainHeadquarters or DrugBusinessKind.Wholesale,
        DrugLicenceKind.DeviceClassIII => business is not DrugBusinessKind.Cosmetics and not DrugBusinessKind.DeviceClassII,
        _ => business is not DrugBusinessKind.Cosmetics,
    };

    private static string Scope(string[]? items, DrugLicenceKind kind, FieldErrors errors)
    {
        var list = (items ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct().ToList();
        var allowed = ScopeItems.For(kind);
        if (list.Count == 0) errors.Add("scope", $"经营范围不能为空，应为：{string.Join("、", allowed)}");
        foreach (var s in list.Where(s => !allowed.Contains(s)))
            errors.Add("scope", $"经营范围“{s}”不是{DrugLicenceRules.NameOf(kind)}的经营范围项目（{string.Join("、", allowed)}）");
        return string.Join('、', allowed.Where(list.Contains));
    }

    /// <summary>延续申请: accepted only inside the window; outside it → 400 naming the window's dates.</summary>
    public async Task<Result<LicenceRow>> ApplyRenewalAsync(long id, RenewalInput cmd, CancellationToken ct)
    {
        var l = await db.Licences.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (l is null) return Result<LicenceRow>.NotFound($"许可证 {id} 不存在或不在您的管辖范围内");
        var today = clock.Today();
        var on = cmd.AppliedOn ?? today;
        if (on > today) return Result<LicenceRow>.Invalid("appliedOn", $"申请日期（{on:yyyy-MM-dd}）不能晚于今天");
        if (l.ValidTo is not { } validTo) return Result<LicenceRow>.Invalid("appliedOn", "第二类医疗器械经营备案没有有效期，无需延续");
        if (l.Status != DrugLicenceStatus.Valid) return Result<LicenceRow>.Invalid("appliedOn", $"许可证已{DrugLicenceRules.NameOf(l.Status)}，不能申请延续");
        var w = rules.Window(l.Kind, validTo)!;
        if (!w.Contains(on))
            return Result<LicenceRow>.Invalid("appliedOn",
                $"{DrugLicenceRules.NameOf(l.Kind)} {l.Number} 有效期至 {validTo:yyyy-MM-dd}，应在{rules.WindowRule(l.Kind, validTo)}之间（{w.Text}）申请延续，{on:yyyy-MM-dd} {(on < w.From ? "尚未到申请期" : "已超过申请期限")}");
        if (l.RenewalAppliedOn is not null) return Result<LicenceRow>.Conflict("appliedOn", $"许可证 {l.Number} 已于 {l.RenewalAppliedOn:yyyy-MM-dd} 申请延续");
        l.RenewalAppliedOn = on;
        l.UpdatedAt = clock.GetUtcNow();
        db.Audit("drugs.licence.renewal-applied", "DrugLicence", l.Number, null, new { AppliedOn = on, w.From, w.To }, l.DivisionCode);
        await db.SaveChangesAsync(ct);
        return ToRow(l, today);
    }

    /// <summary>许可事项变更 of the 经营范围: applied at least drugs.drug-change-days-before days before it takes effect.</summary>
    public async Task<Result<LicenceRow>> ChangeScopeAsync(long id, ScopeChangeInput cmd, CancellationToken ct)
    {
        var l = await db.Licences.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (l is null) return Result<LicenceRow>.NotFound($"许可证 {id} 不存在或不在您的管辖范围内");
        var errors = new FieldErrors();
        var today = clock.Today();
        var applied = cmd.AppliedOn ?? today;
        if (applied > today) errors.Add("appliedOn", $"申请日期（{applied:yyyy-MM-dd}）不能晚于今天");
        var scope = Scope(cmd.Scope, l.Kind, errors);
        var days = rules.ChangeDaysBefore(applied);
        if (cmd.EffectiveOn is not { } eff) errors.Add("effectiveOn", "应填写拟变更日期");
        else if (eff.DayNumber - applied.DayNumber < days)
            errors.Add("effectiveOn", $"许可事项变更应在变更前至少 {days} 日申请：{applied:yyyy-MM-dd} 申请的，变更日期最早为 {applied.AddDays(days):yyyy-MM-dd}");
        if (errors.Count > 0) return Result<LicenceRow>.Invalid(errors.ToDictionary());
        var before = l.Scope;
        l.Scope = scope;
        l.UpdatedAt = clock.GetUtcNow();
        db.Audit("drugs.licence.scope-changed", "DrugLicence", l.Number, new { Scope = before }, new { Scope = scope, AppliedOn = applied, cmd.EffectiveOn }, l.DivisionCode);
        await db.SaveChangesAsync(ct);
        return ToRow(l, today);
    }

    public async Task<Result<LicenceRow>> StatusAsync(long id, LicenceStatusInput cmd, CancellationToken ct)
    {
        var l = await db.Licences.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (l is null) return Result<LicenceRow>.NotFound($"许可证 {id} 不存在或不在您的管辖范围内");
        var errors = new FieldErrors();
        if (cmd.Status is not { } s || !Enum.IsDefined(s) || s == DrugLicenceStatus.Expired) errors.Add("status", "状态应为 有效、注销 或 吊销");
        if (cmd.Status == DrugLicenceStatus.Revoked && string.IsNullOrWhiteSpace(cmd.Reason)) errors.Add("reason", "吊销应写明原因（处罚决定书文号等）");
        if (cmd.Reason?.Trim().Length > 500) errors.Add("reason", "原因不能超过 500 个字符");
        var today = clock.Today();
        if (cmd.On > today) errors.Add("on", "状态变更日期不能晚于今天");
        if (errors.Count > 0) return Result<LicenceRow>.Invalid(errors.ToDictionary());
        var before = new { l.Status, l.StatusOn, l.StatusReason };
        l.Status = cmd.Status!.Value;
        l.StatusOn = l.Status == DrugLicenceStatus.Valid ? null : cmd.On ?? today;
        l.StatusReason = cmd.Reason?.Trim();
        l.UpdatedAt = clock.GetUtcNow();
        db.Audit("drugs.licence.status", "DrugLicence", l.Number, before, new { l.Status, l.StatusOn, l.StatusReason }, l.DivisionCode);
        await db.SaveChangesAsync(ct);
        return ToRow(l, today);
    }

    public async Task<LicenceRow?> LicenceAsync(long id, CancellationToken ct) =>
        await db.Licences.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, ct) is { } l ? ToRow(l, clock.Today()) : null;

    /// <summary>
    /// Licences: view = due 即将到期 (valid, not applied, window open or opening within drugs.renewal-warn-days) | missed 已错过延续期
    /// (valid, not applied, window closed) | expired 已过期 | (default) all; kind; q = number or business; division.
    /// </summary>
    public async Task<ListPage<LicenceRow>> LicencesAsync(string? view, DrugLicenceKind? kind, string? q, string? division, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Max(page, 1);
        var today = clock.Today();
        var query = db.Licences.AsNoTracking();
        if (kind is { } k && Enum.IsDefined(k)) query = query.Where(l => l.Kind == k);
        if (DivisionTable.IsWellFormed(division)) query = query.Where(l => l.DivisionCode.StartsWith(division!));
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            var u = t.ToUpperInvariant();
            query = query.Where(l => l.Number.Contains(t) || l.BusinessName.Contains(t) || l.Uscc == u);
        }

        if (view is "due" or "missed")
        {
            // Windows are counted on the working calendar: select the licences that can be in one, then decide in memory.
            var horizon = today.AddMonths(7).AddDays(rules.WarnDays(today) + 30);
            var candidates = await query.Where(l => l.Status == DrugLicenceStatus.Valid && l.ValidTo != null && l.ValidTo >= today && l.ValidTo <= horizon && l.RenewalAppliedOn == null)
                .OrderBy(l => l.ValidTo).ThenBy(l => l.Id).ToListAsync(ct);
            var warn = rules.WarnDays(today);
            var picked = candidates.Select(l => (l, w: rules.Window(l.Kind, l.ValidTo!.Value)!))
                .Where(x => view == "due" ? x.w.To >= today && x.w.From.AddDays(-warn) <= today : x.w.To < today)
                .Select(x => x.l).ToList();
            return new ListPage<LicenceRow>([.. picked.Skip(Paging.Skip(page, size)).Take(size).Select(l => ToRow(l, today))], picked.Count, page, size);
        }

        query = view switch
        {
            "expired" => query.Where(l => l.Status == DrugLicenceStatus.Expired || (l.Status == DrugLicenceStatus.Valid && l.ValidTo != null && l.ValidTo < today))
                .OrderByDescending(l => l.ValidTo).ThenBy(l => l.Id),
            "valid" => query.Where(l => l.Status == DrugLicenceStatus.Valid && (l.ValidTo == null || l.ValidTo >= today)).OrderBy(l => l.ValidTo).ThenBy(l => l.Id),
            _ => query.OrderByDescending(l => l.IssuedOn).ThenByDescending(l => l.Id),
        };
        var total = await query.CountAsync(ct);
        var rows = await query.Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new ListPage<LicenceRow>([.. rows.Select(l => ToRow(l, today))], total, page, size);
    }

    internal LicenceRow ToRow(DrugLicence l, DateOnly today)
    {
        var status = DrugLicenceRules.Effective(l, today);
        var w = l.ValidTo is { } v ? rules.Window(l.Kind, v) : null;
        var state = w is null ? "无需延续"
            : l.RenewalAppliedOn is { } a ? $"已于 {a:yyyy-MM-dd} 申请延续"
            : status != DrugLicenceStatus.Valid ? "—"
            : today < w.From ? $"{w.From:yyyy-MM-dd} 起可申请延续"
            : today <= w.To ? $"延续申请期内，最迟 {w.To:yyyy-MM-dd}"
            : "已错过延续申请期";
        int? days = status == DrugLicenceStatus.Valid && l.RenewalAppliedOn is null && w is not null && today <= w.To ? w.To.DayNumber - today.DayNumber : null;
        return new LicenceRow(l.Id, l.BusinessId, l.BusinessName, l.Uscc, l.Kind, DrugLicenceRules.NameOf(l.Kind), l.Number, l.IssuedOn, l.ValidTo, l.Scope,
            l.QualityManager is null ? null : Masks.Name(l.QualityManager), status, DrugLicenceRules.NameOf(status), l.Authority, l.DivisionCode, DivisionName(l.DivisionCode),
            w?.From, w?.To, l.RenewalAppliedOn, state, days);
    }

    /// <summary>公示: pharmacies with a valid 药品经营许可证 in <paramref name="county"/> (all of 济南 when none), pharmacists masked.</summary>
    public async Task<ListPage<PublicPharmacy>> PublicPharmaciesAsync(string? county, string? q, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 100);
        page = Math.Max(page, 1);
        var today = clock.Today();
        var query = db.Licences.AsNoTracking().Where(l => l.Kind == DrugLicenceKind.DrugOperation && l.Status == DrugLicenceStatus.Valid && l.ValidTo >= today
            && db.Businesses.Any(b => b.Id == l.BusinessId && b.Active && (b.Kind == DrugBusinessKind.RetailPharmacy || b.Kind == DrugBusinessKind.ChainStore)));
        if (DivisionTable.IsWellFormed(county)) query = query.Where(l => l.DivisionCode.StartsWith(county!));
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(l => l.BusinessName.Contains(q.Trim()) || l.Number == q.Trim());
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(l => l.DivisionCode).ThenBy(l => l.BusinessName).ThenBy(l => l.Id).Skip(Paging.Skip(page, size)).Take(size)
            .Select(l => new
            {
                l.BusinessId,
                l.BusinessName,
                l.Number,
                l.ValidTo,
                l.DivisionCode,
                Address = db.Businesses.Where(b => b.Id == l.BusinessId).Select(b => b.Address).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.BusinessId).ToList();
        var pharmacists = await db.Pharmacists.AsNoTracking().Where(p => p.Active && ids.Contains(p.BusinessId)).Select(p => new { p.BusinessId, p.Name }).ToListAsync(ct);
        var duty = await db.PharmacistChecks.AsNoTracking().Where(c => ids.Contains(c.BusinessId)).GroupBy(c => c.BusinessId)
            .Select(g => new { Id = g.Key, Last = g.Max(c => c.On) }).ToListAsync(ct);
        var lastOnDuty = await db.PharmacistChecks.AsNoTracking().Where(c => ids.Contains(c.BusinessId))
            .Select(c => new { c.BusinessId, c.On, c.OnDuty }).ToListAsync(ct);
        return new ListPage<PublicPharmacy>([.. rows.Select(r =>
        {
            var last = duty.FirstOrDefault(d => d.Id == r.BusinessId)?.Last;
            var lastCheck = last is { } d ? lastOnDuty.Where(c => c.BusinessId == r.BusinessId && c.On == d).OrderBy(c => c.OnDuty).First() : null;
            return new PublicPharmacy(r.BusinessName, r.Address ?? "", DivisionName(r.DivisionCode), r.Number, r.ValidTo!.Value,
                string.Join("、", pharmacists.Where(p => p.BusinessId == r.BusinessId).Select(p => Masks.Name(p.Name))) is { Length: > 0 } s ? s : "—",
                lastCheck is null ? null : $"{lastCheck.On:yyyy-MM-dd} {(lastCheck.OnDuty ? "在岗" : "不在岗")}");
        })], total, page, size);
    }
}
