using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain;
using Zhijian.FoodSafety.Domain.Licences;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Licences;

/// <summary>
/// 登记许可 (or 备案 / 登记). Kind: SC, JY, 备案, 小作坊登记, 摊贩登记. BusinessType is read from a JY number (and implied by
/// the other kinds) unless given; ValidUntil defaults to the kind's validity (rule settings) from IssuedOn; DivisionCode
/// (属地 of the premises) defaults to the registry entity's.
/// </summary>
internal sealed record RegisterLicence(string? Kind, string? Number, string? Uscc, string? Premises, List<string>? Items, string? Authority,
    DateOnly? IssuedOn, DateOnly? ValidUntil = null, FoodBusinessType? BusinessType = null, CanteenKind? Canteen = null,
    FoodBusinessScale? Scale = null, string? DivisionCode = null);

/// <summary>许可变更: the fields given change; the number, kind and validity do not.</summary>
internal sealed record ChangeLicence(List<string>? Items, string? Premises, string? Authority, FoodBusinessScale? Scale, CanteenKind? Canteen, string? Reason);

/// <summary>许可延续: a new validity, the number unchanged. Defaults: decided today, valid for the kind's validity after the old end.</summary>
internal sealed record RenewLicence(DateOnly? RenewedOn = null, DateOnly? ValidUntil = null);

/// <summary>注销 (or 吊销 when Revoked) with its reason.</summary>
internal sealed record CancelLicence(string? Reason, bool Revoked = false, DateOnly? On = null);

internal sealed record LicenceView(long Id, long BusinessId, FoodLicenceKind Kind, string KindName, string Number, string Uscc, string BusinessName,
    FoodBusinessType BusinessType, string BusinessTypeName, IReadOnlyList<string> Items, string Premises, string Authority, DateOnly IssuedOn,
    DateOnly? ValidUntil, FoodLicenceStatus Status, string StatusName, int Version, DateOnly? RenewalOpens, DateOnly? RenewalCloses, string DivisionCode);

internal sealed record LicenceVersionView(int Version, string Change, DateOnly On, string Actor, string? Reason, FoodLicenceContent? Before, FoodLicenceContent After);

internal sealed record LicenceDetail(LicenceView Licence, IReadOnlyList<LicenceVersionView> History);

internal sealed record FoodPage<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items);

/// <summary>Which renewal list: in the window (到期前可申请延续) or past it (逾期未申请延续).</summary>
internal enum RenewalList
{
    InWindow = 1,
    Overdue = 2,
}

/// <summary>
/// 许可与登记: registration (creates or updates the <see cref="FoodBusiness"/> of the USCC and premises), change, renewal and
/// cancellation, each a new version row with before and after and an audit entry in the same transaction; the renewal lists.
/// </summary>
internal sealed class Licences(FoodSafetyDbContext db, IEntityDirectory entities, DivisionTable divisions, IRuleBook rules,
    IWorkingCalendar calendar, OrgUnitDirectory units, ActorContext actor, TimeProvider clock)
{
    public const int MaxItems = 30;

    /// <summary>Validity in years of a kind on a date (null: 备案 has none).</summary>
    public int? ValidityYears(FoodLicenceKind kind, DateOnly on) => kind switch
    {
        FoodLicenceKind.Production or FoodLicenceKind.Business => rules.GetInt("food.licence-validity", on),
        FoodLicenceKind.WorkshopRegistration => rules.GetInt("food.workshop-registration-validity", on),
        FoodLicenceKind.VendorRegistration => rules.GetInt("food.vendor-registration-validity", on),
        _ => null,
    };

    public (int Opens, int Closes) WindowDays(DateOnly on) =>
        (rules.GetPeriod("food.renewal-window-opens", on).Count, rules.GetPeriod("food.renewal-window-closes", on).Count);

    /// <summary>A checked registration: what will be written (no I/O beyond the registry lookup).</summary>
    internal sealed record Checked(FoodLicenceKind Kind, string Number, EntitySummary Entity, string Premises, List<string> Items, string Authority,
        DateOnly IssuedOn, DateOnly? ValidUntil, FoodBusinessType Type, CanteenKind Canteen, FoodBusinessScale Scale, string Division);

    /// <summary>Validates a registration; field errors in Chinese (the registry asked once).</summary>
    public async Task<Result<Checked>> CheckAsync(RegisterLicence cmd, CancellationToken ct, IReadOnlyDictionary<string, EntitySummary>? known = null)
    {
        var errors = new FieldErrors();
        var today = clock.Today();
        var kind = FoodLicenceNumber.ParseKind(cmd.Kind);
        if (cmd.Kind is not null && kind is null) errors.Add("kind", $"许可种类“{cmd.Kind}”不在范围内：SC（食品生产许可）、JY（食品经营许可）、备案、小作坊登记、摊贩登记");
        var check = FoodLicenceNumber.Check(cmd.Number, divisions, kind);
        if (!check.Valid) errors.Add("number", check.Reason!);
        kind ??= check.Kind;
        if (kind is null && errors.Count == 0) errors.Add("kind", "请注明许可种类");

        var uscc = (cmd.Uscc ?? "").Trim().ToUpperInvariant();
        EntitySummary? entity = null;
        if (uscc.Length == 0) errors.Add("uscc", "统一社会信用代码不能为空");
        else if (!Uscc.Check(uscc).Valid) errors.Add("uscc", $"统一社会信用代码“{uscc}”不合法：{Uscc.Check(uscc).Error}");
        else
        {
            entity = known is not null ? known.GetValueOrDefault(uscc) : await entities.FindAsync(uscc, ct);
            if (entity is null) errors.Add("uscc", $"统一社会信用代码“{uscc}”不在市场主体库中：请先办理主体登记，或核对代码");
            else if (entity.Status != EntityStatus.Active) errors.Add("uscc", $"市场主体“{entity.Name}”已{EntityNames.Of(entity.Status)}，不能登记食品许可");
        }

        errors.Require("premises", cmd.Premises, "经营场所", 300);
        errors.Require("authority", cmd.Authority, "发证机关", 100);
        var items = (cmd.Items ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (items.Count > MaxItems) errors.Add("items", $"经营项目最多 {MaxItems} 项");
        if (items.Any(i => i.Length > 50)) errors.Add("items", "每个经营项目不能超过 50 个字");
        if (cmd.IssuedOn is not { } issued) errors.Add("issuedOn", "发证日期不能为空");
        else if (issued > today) errors.Add("issuedOn", $"发证日期（{issued:yyyy-MM-dd}）不能晚于今天");

        DateOnly? validUntil = null;
        if (kind is { } k && cmd.IssuedOn is { } on)
        {
            var years = ValidityYears(k, on);
            validUntil = cmd.ValidUntil ?? (years is { } y ? on.AddYears(y).AddDays(-1) : null);
            if (k == FoodLicenceKind.Filing && cmd.ValidUntil is not null) errors.Add("validUntil", "仅销售预包装食品备案没有有效期，请不要填写有效期至");
            else if (validUntil is { } until && until <= on) errors.Add("validUntil", $"有效期至（{until:yyyy-MM-dd}）应晚于发证日期（{on:yyyy-MM-dd}）");
        }

        var type = check.BusinessType ?? cmd.BusinessType ?? (kind is { } kk ? FoodLicenceNumber.ImpliedType(kk) : null) ?? FoodBusinessType.Sales;
        if (cmd.BusinessType is { } given && check.BusinessType is { } fromNumber && given != fromNumber)
            errors.Add("businessType", $"主体业态为“{FoodLicenceNumber.BusinessTypeName(given)}”，但许可证编号表示“{FoodLicenceNumber.BusinessTypeName(fromNumber)}”");
        var canteen = type == FoodBusinessType.Canteen ? cmd.Canteen is null or CanteenKind.None ? CanteenKind.Workplace : cmd.Canteen.Value : CanteenKind.None;

        var division = (cmd.DivisionCode ?? "").Trim();
        if (division.Length == 0) division = entity?.DivisionCode ?? check.DivisionCode ?? "";
        if (division.Length > 0 && !divisions.IsKnown(division)) errors.Add("divisionCode", $"属地行政区划代码“{division}”不在现行 GB/T 2260 代码表中");
        else if (division.Length > 0 && !actor.Current.Jurisdiction.Covers(division))
            errors.Add("divisionCode", $"属地“{divisions.FullName(division)}”不在本机构管辖范围内");

        if (errors.Count > 0) return Result<Checked>.Invalid(errors.ToDictionary());
        return new Checked(kind!.Value, check.Number, entity!, cmd.Premises!.Trim(), items, cmd.Authority!.Trim(), cmd.IssuedOn!.Value, validUntil, type, canteen,
            cmd.Scale ?? FoodBusinessScale.Small, division);
    }

    public async Task<Result<LicenceView>> RegisterAsync(RegisterLicence cmd, CancellationToken ct)
    {
        var checkedCmd = await CheckAsync(cmd, ct);
        if (!checkedCmd.IsSuccess) return checkedCmd.Fail<LicenceView>();
        var c = checkedCmd.Value!;
        if (await db.Licences.IgnoreQueryFilters().AnyAsync(l => l.Number == c.Number, ct))
            return Result<LicenceView>.Conflict("number", $"许可证编号“{c.Number}”已登记");

        var (licence, business) = await AddAsync(c, FoodLicenceChange.Registered, ct);
        db.Audit("food.licence.registered", "FoodLicence", c.Number, null, licence.Content(), c.Division);
        await db.SaveChangesAsync(ct);
        return View(licence, business.Name, clock.Today());
    }

    /// <summary>Adds the licence, its first version and its business (created or updated) to the context; the caller saves.</summary>
    public async Task<(FoodLicence Licence, FoodBusiness Business)> AddAsync(Checked c, FoodLicenceChange change, CancellationToken ct,
        Dictionary<(string, string), FoodBusiness>? businesses = null)
    {
        var now = clock.GetUtcNow();
        FoodBusiness? business;
        if (businesses is not null) business = businesses.GetValueOrDefault((c.Entity.Uscc, c.Premises));
        else business = await db.Businesses.IgnoreQueryFilters().FirstOrDefaultAsync(b => b.Uscc == c.Entity.Uscc && b.Premises == c.Premises, ct);
        if (business is null)
        {
            business = new FoodBusiness { Uscc = c.Entity.Uscc, Premises = c.Premises, CreatedAt = now };
            db.Businesses.Add(business);
            if (businesses is not null) businesses[(c.Entity.Uscc, c.Premises)] = business;
        }

        business.Name = c.Entity.Name;
        business.Type = c.Type;
        business.Canteen = c.Canteen;
        business.Scale = c.Scale;
        business.DivisionCode = c.Division;
        business.OrgUnitId = (await units.BureauForAsync(c.Division, ct))?.Id;
        business.Active = true;
        business.UpdatedAt = now;

        var licence = new FoodLicence
        {
            Kind = c.Kind,
            Number = c.Number,
            Uscc = c.Entity.Uscc,
            BusinessType = c.Type,
            Items = c.Items,
            Premises = c.Premises,
            Authority = c.Authority,
            IssuedOn = c.IssuedOn,
            ValidUntil = c.ValidUntil,
            DivisionCode = c.Division,
            CreatedAt = now,
            UpdatedAt = now,
        };
        licence.Business = business;
        db.Licences.Add(licence);
        AddVersion(licence, change, null, null, now);
        return (licence, business);
    }

    private void AddVersion(FoodLicence licence, FoodLicenceChange change, FoodLicenceContent? before, string? reason, DateTimeOffset now) =>
        db.LicenceVersions.Add(new FoodLicenceVersion
        {
            Licence = licence,
            Version = licence.Version,
            Change = change,
            On = now.ToChinaDate(),
            At = now,
            Actor = actor.Current.ShownName,
            Reason = reason,
            Before = before,
            After = licence.Content(),
        });

    public async Task<Result<LicenceView>> ChangeAsync(long id, ChangeLicence cmd, CancellationToken ct)
    {
        if (await db.Licences.FirstOrDefaultAsync(l => l.Id == id, ct) is not { } licence) return Result<LicenceView>.NotFound($"没有编号为 {id} 的许可");
        var today = clock.Today();
        if (licence.StatusOn(today) != FoodLicenceStatus.Valid)
            return Result<LicenceView>.Unprocessable($"许可“{licence.Number}”{FoodLicence.StatusName(licence.StatusOn(today))}，不能变更");
        var errors = new FieldErrors();
        if (cmd.Premises is not null) errors.Require("premises", cmd.Premises, "经营场所", 300);
        if (cmd.Authority is not null) errors.Require("authority", cmd.Authority, "发证机关", 100);
        var items = cmd.Items?.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (items is { Count: > MaxItems }) errors.Add("items", $"经营项目最多 {MaxItems} 项");
        if (items?.Any(i => i.Length > 50) == true) errors.Add("items", "每个经营项目不能超过 50 个字");
        if (cmd.Reason is { Length: > 500 }) errors.Add("reason", "变更原因不能超过 500 个字");
        if (items is null && cmd.Premises is null && cmd.Authority is null && cmd.Scale is null && cmd.Canteen is null)
            errors.Add("items", "请至少变更一项：经营项目、经营场所、发证机关、规模或食堂类别");
        if (errors.Count > 0) return Result<LicenceView>.Invalid(errors.ToDictionary());

        var business = await db.Businesses.FirstAsync(b => b.Id == licence.BusinessId, ct);
        var before = licence.Content();
        var now = clock.GetUtcNow();
        if (items is not null) licence.Items = items;
        if (cmd.Premises is not null) licence.Premises = business.Premises = cmd.Premises.Trim();
        if (cmd.Authority is not null) licence.Authority = cmd.Authority.Trim();
        if (cmd.Scale is { } scale) business.Scale = scale;
        if (cmd.Canteen is { } canteen && business.Type == FoodBusinessType.Canteen) business.Canteen = canteen == CanteenKind.None ? CanteenKind.Workplace : canteen;
        licence.Version++;
        licence.UpdatedAt = business.UpdatedAt = now;
        AddVersion(licence, FoodLicenceChange.Changed, before, cmd.Reason?.Trim(), now);
        db.Audit("food.licence.changed", "FoodLicence", licence.Number, before, licence.Content(), licence.DivisionCode);
        await db.SaveChangesAsync(ct);
        return View(licence, business.Name, today);
    }

    public async Task<Result<LicenceView>> RenewAsync(long id, RenewLicence cmd, CancellationToken ct)
    {
        if (await db.Licences.FirstOrDefaultAsync(l => l.Id == id, ct) is not { } licence) return Result<LicenceView>.NotFound($"没有编号为 {id} 的许可");
        var today = clock.Today();
        var status = licence.StatusOn(today);
        if (licence.ValidUntil is not { } oldEnd) return Result<LicenceView>.Unprocessable("仅销售预包装食品备案没有有效期，无需延续");
        if (status != FoodLicenceStatus.Valid)
            return Result<LicenceView>.Unprocessable($"许可“{licence.Number}”{FoodLicence.StatusName(status)}，不能延续" + (status == FoodLicenceStatus.Expired ? "：有效期届满后应重新申请许可" : ""));
        var renewedOn = cmd.RenewedOn ?? today;
        var errors = new FieldErrors();
        if (renewedOn > today) errors.Add("renewedOn", $"延续决定日期（{renewedOn:yyyy-MM-dd}）不能晚于今天");
        var years = ValidityYears(licence.Kind, renewedOn) ?? 5;
        var newEnd = cmd.ValidUntil ?? oldEnd.AddYears(years);
        if (newEnd <= oldEnd) errors.Add("validUntil", $"延续后的有效期至（{newEnd:yyyy-MM-dd}）应晚于原有效期至（{oldEnd:yyyy-MM-dd}）");
        if (errors.Count > 0) return Result<LicenceView>.Invalid(errors.ToDictionary());

        var before = licence.Content();
        var now = clock.GetUtcNow();
        licence.ValidUntil = newEnd;
        licence.Version++;
        licence.UpdatedAt = now;
        AddVersion(licence, FoodLicenceChange.Renewed, before, $"延续决定 {renewedOn:yyyy-MM-dd}", now);
        db.Audit("food.licence.renewed", "FoodLicence", licence.Number, before, licence.Content(), licence.DivisionCode);
        await db.SaveChangesAsync(ct);
        return View(licence, await NameAsync(licence.BusinessId, ct), today);
    }

    public async Task<Result<LicenceView>> CancelAsync(long id, CancelLicence cmd, CancellationToken ct)
    {
        if (await db.Licences.FirstOrDefaultAsync(l => l.Id == id, ct) is not { } licence) return Result<LicenceView>.NotFound($"没有编号为 {id} 的许可");
        var today = clock.Today();
        if (licence.Status is FoodLicenceStatus.Cancelled or FoodLicenceStatus.Revoked)
            return Result<LicenceView>.Unprocessable($"许可“{licence.Number}”{FoodLicence.StatusName(licence.Status)}");
        var errors = new FieldErrors().Require("reason", cmd.Reason, cmd.Revoked ? "吊销原因" : "注销原因", 500);
        var on = cmd.On ?? today;
        if (on > today) errors.Add("on", $"{(cmd.Revoked ? "吊销" : "注销")}日期（{on:yyyy-MM-dd}）不能晚于今天");
        if (errors.Count > 0) return Result<LicenceView>.Invalid(errors.ToDictionary());

        var before = licence.Content();
        var now = clock.GetUtcNow();
        licence.Status = cmd.Revoked ? FoodLicenceStatus.Revoked : FoodLicenceStatus.Cancelled;
        licence.EndedOn = on;
        licence.EndReason = cmd.Reason!.Trim();
        licence.Version++;
        licence.UpdatedAt = now;
        AddVersion(licence, cmd.Revoked ? FoodLicenceChange.Revoked : FoodLicenceChange.Cancelled, before, licence.EndReason, now);
        var business = await db.Businesses.FirstAsync(b => b.Id == licence.BusinessId, ct);
        var othersValid = await db.Licences.AnyAsync(l => l.BusinessId == business.Id && l.Id != licence.Id && l.Status == FoodLicenceStatus.Valid, ct);
        if (!othersValid)
        {
            business.Active = false;
            business.UpdatedAt = now;
        }

        db.Audit(cmd.Revoked ? "food.licence.revoked" : "food.licence.cancelled", "FoodLicence", licence.Number, before, licence.Content(), licence.DivisionCode);
        await db.SaveChangesAsync(ct);
        return View(licence, business.Name, today);
    }

    public async Task<LicenceDetail?> DetailAsync(long id, CancellationToken ct)
    {
        if (await db.Licences.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct) is not { } licence) return null;
        var history = await db.LicenceVersions.AsNoTracking().Where(v => v.LicenceId == id).OrderBy(v => v.Version).ToListAsync(ct);
        return new(View(licence, await NameAsync(licence.BusinessId, ct), clock.Today()),
            history.Select(v => new LicenceVersionView(v.Version, FoodLicence.ChangeName(v.Change), v.On, v.Actor, v.Reason, v.Before, v.After)).ToList());
    }

    /// <summary>The licences of one renewal list, soonest expiry first, paged in the database.</summary>
    public async Task<FoodPage<LicenceView>> RenewalListAsync(RenewalList list, int page, int pageSize, CancellationToken ct)
    {
        var today = clock.Today();
        var (opens, closes) = WindowDays(today);
        var (from, to) = RenewalWindow.ExpiriesInWindow(calendar, today, opens, closes);
        var q = db.Licences.AsNoTracking().Where(l => l.Status == FoodLicenceStatus.Valid && l.ValidUntil != null);
        q = list == RenewalList.InWindow ? q.Where(l => l.ValidUntil >= from && l.ValidUntil <= to) : q.Where(l => l.ValidUntil < from);
        return await PageAsync(q.OrderBy(l => l.ValidUntil).ThenBy(l => l.Id), page, pageSize, today, ct);
    }

    /// <summary>The counts of both renewal lists (工作台, page tabs).</summary>
    public async Task<(int InWindow, int Overdue)> RenewalCountsAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var (opens, closes) = WindowDays(today);
        var (from, to) = RenewalWindow.ExpiriesInWindow(calendar, today, opens, closes);
        var q = db.Licences.AsNoTracking().Where(l => l.Status == FoodLicenceStatus.Valid && l.ValidUntil != null);
        return (await q.CountAsync(l => l.ValidUntil >= from && l.ValidUntil <= to, ct), await q.CountAsync(l => l.ValidUntil < from, ct));
    }

    public async Task<FoodPage<LicenceView>> PageAsync(IQueryable<FoodLicence> q, int page, int pageSize, DateOnly today, CancellationToken ct)
    {
        page = Math.Max(page, 1);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var total = await q.CountAsync(ct);
        var rows = await (from l in q.Skip(Paging.Skip(page, pageSize)).Take(pageSize)
                          join b in db.Businesses.AsNoTracking() on l.BusinessId equals b.Id
                          select new { l, b.Name }).ToListAsync(ct);
        return new(total, page, pageSize, rows.Select(r => View(r.l, r.Name, today)).ToList());
    }

    private async Task<string> NameAsync(long businessId, CancellationToken ct) =>
        await db.Businesses.AsNoTracking().Where(b => b.Id == businessId).Select(b => b.Name).FirstOrDefaultAsync(ct) ?? "";

    public LicenceView View(FoodLicence l, string businessName, DateOnly today)
    {
        var status = l.StatusOn(today);
        DateOnly? opens = null, closes = null;
        if (l.ValidUntil is { } until && status == FoodLicenceStatus.Valid)
        {
            try
            {
                var (o, c) = WindowDays(today);
                (opens, closes) = RenewalWindow.For(calendar, until, o, c);
            }
            catch (CalendarRangeException)
            {
                // a validity far outside the loaded calendar years: no window shown
            }
        }

        return new(l.Id, l.BusinessId, l.Kind, FoodLicenceNumber.KindName(l.Kind), l.Number, l.Uscc, businessName, l.BusinessType,
            FoodLicenceNumber.BusinessTypeName(l.BusinessType), l.Items, l.Premises, l.Authority, l.IssuedOn, l.ValidUntil, status, FoodLicence.StatusName(status),
            l.Version, opens, closes, l.DivisionCode);
    }
}
