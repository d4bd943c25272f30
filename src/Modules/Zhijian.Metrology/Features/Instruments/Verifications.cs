using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Metrology.Data;
using Zhijian.Metrology.Domain.Instruments;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Metrology.Features.Instruments;

/// <summary>
/// 检定机构 and their results. Section chiefs / admins register a body with its 计量授权证书 and authorised kinds; an administrator
/// creates its API client (metro.verify). A result names the instrument by register id or by serial + owner USCC (an unregistered
/// instrument is refused naming 器具), is identified by its 证书编号 (posting the same certificate again returns the stored
/// result), moves the instrument's due date by the kind's rule (or the body's next due date), and flags a verification done after
/// the body's promised date (M3: the body verifies free). One save per result.
/// </summary>
internal sealed class Verifications(MetrologyDbContext db, ActorContext actor, ApiClientService clients, OrgUnitDirectory units, InstrumentRules rules,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<VerificationBodyView>> BodiesAsync(CancellationToken ct) =>
        [.. (await db.VerificationBodies.AsNoTracking().OrderBy(b => b.Id).ToListAsync(ct)).Select(View)];

    public async Task<Result<VerificationBodyView>> CreateBodyAsync(SaveVerificationBody cmd, CancellationToken ct)
    {
        if (!MetrologyAccess.CanAdminister(actor.Current)) return Result<VerificationBodyView>.Forbidden("只有科室负责人或系统管理员可以登记检定机构");
        var errors = new FieldErrors()
            .Require("name", cmd.Name, "机构名称", 200)
            .Require("authorisationNo", cmd.AuthorisationNo, "计量授权证书编号", 60);
        var uscc = cmd.Uscc?.Trim().ToUpperInvariant();
        if (!Uscc.IsValid(uscc)) errors.Add("uscc", "统一社会信用代码应为 18 位且校验位正确");
        var kinds = new List<string>();
        foreach (var k in cmd.Kinds ?? [])
        {
            if (InstrumentCatalog.Resolve(k) is { } kind) kinds.Add(kind.Code);
            else errors.Add("kinds", InstrumentCatalog.UnknownKind(k));
        }

        if (errors.Count > 0) return Result<VerificationBodyView>.Invalid(errors.ToDictionary());
        var name = cmd.Name!.Trim();
        if (await db.VerificationBodies.AnyAsync(b => b.Name == name, ct)) return Result<VerificationBodyView>.Conflict("name", $"已有检定机构“{name}”");
        var body = new VerificationBody
        {
            Name = name,
            Uscc = uscc!,
            AuthorisationNo = cmd.AuthorisationNo!.Trim(),
            Kinds = string.Join(",", kinds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
            CreatedAt = clock.GetUtcNow(),
        };
        db.VerificationBodies.Add(body);
        await db.SaveChangesAsync(ct);
        db.Audit("metro.body.created", "MetroBody", InstrumentRegister.Id(body.Id), null, new { body.Name, body.Uscc, body.AuthorisationNo, body.Kinds });
        await db.SaveChangesAsync(ct);
        return View(body);
    }

    /// <summary>Creates the body's API client (scope metro.verify; replaces and revokes an earlier one). The key is shown once.</summary>
    public async Task<Result<VerificationBodyClientCreated>> CreateClientAsync(long id, CancellationToken ct)
    {
        if (!actor.Current.IsInRole(Roles.Admin)) return Result<VerificationBodyClientCreated>.Forbidden("只有系统管理员可以为检定机构创建 API 客户端");
        var body = await db.VerificationBodies.SingleOrDefaultAsync(b => b.Id == id, ct);
        if (body is null) return Result<VerificationBodyClientCreated>.NotFound($"检定机构 {id} 不存在");
        var unit = actor.Current.OrgUnitId is { } uid ? await units.FindAsync(uid, ct) : await units.RootAsync(ct);
        if (unit is null) return Result<VerificationBodyClientCreated>.Unprocessable("未找到创建客户端的机构");
        if (body.ApiClientId is { } old)
        {
            var revoked = await clients.RevokeAsync(old, ct);
            if (!revoked.IsSuccess) return revoked.Fail<VerificationBodyClientCreated>();
        }

        var created = await clients.CreateAsync($"{body.Name}（强检计量器具检定结果报送）", unit.Code, [MetrologyAccess.VerifyScope], ct);
        if (!created.IsSuccess) return created.Fail<VerificationBodyClientCreated>();
        var before = new { body.ApiClientId, body.ApiClientName };
        body.ApiClientId = created.Value!.Client.Id;
        body.ApiClientName = created.Value.Client.Name;
        db.Audit("metro.body.client", "MetroBody", InstrumentRegister.Id(body.Id), before, new { body.ApiClientId, body.ApiClientName });
        await db.SaveChangesAsync(ct);
        return new VerificationBodyClientCreated(body.Id, body.ApiClientId.Value, body.ApiClientName, created.Value.Key);
    }

    public async Task<Result<VerificationView>> PostAsync(PostVerification cmd, CancellationToken ct)
    {
        var a = actor.Current;
        var today = clock.Today();
        var errors = new FieldErrors();
        var body = await BodyOf(a, ct);
        // A client bound to no body is refused once the request itself is well-formed (bad input is answered first, as for everyone).
        var unbound = body is null && a.IsApiClient;
        if (body is null && !unbound)
        {
            if (cmd.BodyId is not { } bid || (body = await db.VerificationBodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bid, ct)) is null)
                errors.Add("bodyId", "请选择出具证书的检定机构");
        }

        var cert = cmd.CertificateNo?.Trim();
        errors.Require("certificateNo", cert, "检定证书编号", 60);
        if (cert is not null && errors.Count == 0 && !unbound)
        {
            var existing = await db.Verifications.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(v => v.CertificateNo == cert, ct);
            if (existing is not null)
            {
                return existing.BodyId == body!.Id
                    ? InstrumentQueries.View(existing)
                    : Result<VerificationView>.Conflict("certificateNo", $"检定证书 {cert} 已由其他检定机构报送");
            }
        }

        Instrument? instrument = null;
        if (cmd.InstrumentId is { } iid) instrument = await db.Instruments.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.Id == iid, ct);
        else if (!string.IsNullOrWhiteSpace(cmd.SerialNo))
        {
            var serial = cmd.SerialNo.Trim();
            var owner = cmd.OwnerUscc?.Trim().ToUpperInvariant();
            var found = await db.Instruments.IgnoreQueryFilters().Where(i => i.SerialNo == serial && i.OwnerUscc == owner && i.Status != InstrumentStatus.Scrapped)
                .Take(2).ToListAsync(ct);
            if (found.Count > 1) errors.Add("instrument", $"使用单位 {owner} 有多台出厂编号为 {serial} 的器具，请以器具登记编号报送");
            instrument = found.Count == 1 ? found[0] : null;
        }

        if (instrument is null && !errors.ToDictionary().ContainsKey("instrument"))
            errors.Add("instrument", cmd.InstrumentId is null && string.IsNullOrWhiteSpace(cmd.SerialNo)
                ? "请填写器具登记编号，或出厂编号和使用单位统一社会信用代码"
                : "器具未在强检计量器具台账中登记（请核对登记编号或出厂编号、使用单位）；请使用单位先向县级计量行政部门备案登记");
        else if (instrument is not null && instrument.Status == InstrumentStatus.Scrapped) errors.Add("instrument", "器具已报废，不能报送检定结果");
        if (instrument is not null && body is not null && !body.MayVerify(instrument.KindCode))
            errors.Add("instrument", $"检定机构“{body.Name}”的授权项目不含“{InstrumentCatalog.NameOf(instrument.KindCode)}”");
        if (cmd.VerifiedOn is not { } on) errors.Add("verifiedOn", "请填写检定日期");
        else if (on > today) errors.Add("verifiedOn", "检定日期不能晚于今天");
        var conclusion = cmd.Conclusion?.Trim();
        if (conclusion is not ("合格" or "不合格")) errors.Add("conclusion", "检定结论应为“合格”或“不合格”");
        if (cmd.NextDue is { } nd && cmd.VerifiedOn is { } v0 && nd <= v0) errors.Add("nextDue", "下次检定日期应晚于检定日期");
        if (cmd.NextDue is not null && conclusion == "不合格") errors.Add("nextDue", "检定不合格的不填写下次检定日期");
        if (cmd.RequestedOn is { } rq && cmd.VerifiedOn is { } v1 && rq > v1) errors.Add("requestedOn", "申请检定日期不能晚于检定日期");
        if (cmd.PromisedOn is { } pr && cmd.RequestedOn is { } rq2 && pr < rq2) errors.Add("promisedOn", "承诺完成日期不能早于申请检定日期");
        if (errors.Count > 0) return Result<VerificationView>.Invalid(errors.ToDictionary());
        if (unbound) return Result<VerificationView>.Forbidden("该 API 客户端未绑定检定机构，不能报送检定结果");

        var i = instrument!;
        var date = cmd.VerifiedOn!.Value;
        var passed = conclusion == "合格";
        var kind = InstrumentCatalog.Find(i.KindCode)!;
        var rule = DueDates.RuleFor(kind, i.Size, out _) ?? new DueRule(i.Mode, kind.RuleKey);
        var dueBefore = i.LastPassed == false ? null : i.DueOn;
        var v = new Verification
        {
            InstrumentId = i.Id,
            DivisionCode = i.DivisionCode,
            County = i.County,
            BodyId = body!.Id,
            BodyName = body.Name,
            VerifiedOn = date,
            Passed = passed,
            CertificateNo = cert!,
            DueBefore = rule.Mode == VerificationMode.Periodic ? dueBefore : null,
            OnTime = rule.Mode == VerificationMode.Periodic && dueBefore is { } db0 && date <= db0,
            RequestedOn = cmd.RequestedOn,
            PromisedOn = cmd.PromisedOn,
            Late = cmd.PromisedOn is { } promised && date > promised,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = a.ShownName,
        };
        var before = new { i.LastVerifiedOn, i.LastPassed, i.DueOn };
        // A later result than the one on record moves the instrument; an older certificate posted late is kept in the history only.
        if (i.LastVerifiedOn is null || date >= i.LastVerifiedOn)
        {
            i.LastVerifiedOn = date;
            i.LastPassed = passed;
            i.LastCertificateNo = v.CertificateNo;
            if (passed)
            {
                i.FirstVerifiedOn ??= date;
                i.DueOn = rule.Mode == VerificationMode.Periodic ? cmd.NextDue ?? rules.Due(rule, i.FirstVerifiedOn, date) : rules.Due(rule, i.FirstVerifiedOn, date);
            }

            i.UpdatedAt = clock.GetUtcNow();
        }

        v.NextDueOn = passed ? i.DueOn : null;
        db.Verifications.Add(v);
        db.Audit("metro.verification.posted", "MetroInstrument", InstrumentRegister.Id(i.Id), before,
            new { v.CertificateNo, v.VerifiedOn, Conclusion = conclusion, v.NextDueOn, v.Late, Body = body.Name }, i.DivisionCode);
        await db.SaveChangesAsync(ct);
        return InstrumentQueries.View(v);
    }

    /// <summary>Results by body / date (the 检定机构 page); late = only those verified after the promised date.</summary>
    public async Task<InstrumentPage<VerificationView>> ResultsAsync(long? bodyId, bool? late, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var q = db.Verifications.AsNoTracking();
        if (bodyId is { } b) q = q.Where(v => v.BodyId == b);
        if (late is { } l) q = q.Where(v => v.Late == l);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(v => v.VerifiedOn).ThenByDescending(v => v.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new InstrumentPage<VerificationView>([.. rows.Select(InstrumentQueries.View)], total, Math.Max(page, 1), size);
    }

    /// <summary>The body the calling API client is bound to (null for staff and for clients of no body).</summary>
    public async Task<VerificationBody?> BodyOf(Actor a, CancellationToken ct)
    {
        if (!a.IsApiClient || a.UserId is not { } uid || !uid.StartsWith("api-client-", StringComparison.Ordinal)) return null;
        if (!int.TryParse(uid["api-client-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var clientId)) return null;
        return await db.VerificationBodies.AsNoTracking().SingleOrDefaultAsync(b => b.ApiClientId == clientId && b.Active, ct);
    }

    private static VerificationBodyView View(VerificationBody b)
    {
        var kinds = b.Kinds.Split(',', StringSplitOptions.RemoveEmptyEntries);
        return new VerificationBodyView(b.Id, b.Name, b.Uscc, b.AuthorisationNo, kinds, kinds.Length == 0 ? "全部强检器具" : string.Join("、", kinds.Select(InstrumentCatalog.NameOf)),
            b.Active, b.ApiClientId, b.ApiClientName);
    }
}
