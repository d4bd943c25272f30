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
/// 生产许可申请与审查时限: an application received (due dates from the rules on the day of receipt), the on-site check (实地核查, result
/// due pq.licence-onsite-check after receipt; with samples sealed the samples are due pq.licence-samples after it), samples sent, and the
/// decision (due pq.licence-decision after receipt). Lists: open, due soon, overdue.
/// </summary>
internal sealed class LicenceApplications(QualityDbContext db, ActorContext actor, IEntityDirectory entities, LicenceRules rules, TimeProvider clock)
{
    public async Task<Result<ApplicationRow>> ReceiveAsync(ApplicationInput cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = clock.Today();
        var received = cmd.ReceivedOn ?? today;
        if (received > today) errors.Add("receivedOn", $"受理日期（{received:yyyy-MM-dd}）不能晚于今天");
        errors.Require("number", cmd.Number, "受理编号", 40);
        var kind = cmd.Kind ?? ApplicationKind.New;
        if (!Enum.IsDefined(kind)) errors.Add("kind", "申请类别应为 发证、延续 或 变更");
        var uscc = cmd.ApplicantUscc?.Trim().ToUpperInvariant() ?? "";
        EntitySummary? applicant = null;
        if (!Uscc.IsValid(uscc)) errors.Add("applicantUscc", $"申请企业统一社会信用代码“{uscc}”无效");
        else if ((applicant = await entities.FindAsync(uscc, ct)) is null) errors.Add("applicantUscc", $"申请企业“{uscc}”不在市场主体库中（或不在您的管辖范围内）");
        var varieties = LicenceBook.Varieties(cmd.Products, received, "products", errors);
        string? licenceNumber = null;
        if (kind is ApplicationKind.Renewal or ApplicationKind.Change)
        {
            var (n, error) = rules.ParseNumber(cmd.LicenceNumber, received);
            if (error is not null) errors.Add("licenceNumber", $"延续、变更申请须填写原证书编号：{error}");
            else if (await db.Licences.AsNoTracking().SingleOrDefaultAsync(l => l.Number == n, ct) is not { } l) errors.Add("licenceNumber", $"原证书 {n} 未登记");
            else if (l.HolderUscc != uscc) errors.Add("licenceNumber", $"原证书 {n} 的持证企业不是申请企业");
            else licenceNumber = n;
        }

        var number = cmd.Number?.Trim() ?? "";
        if (number.Length > 0 && await db.LicenceApplications.IgnoreQueryFilters().AnyAsync(a => a.Number == number, ct))
            errors.Add("number", $"受理编号 {number} 已登记");
        if (errors.Count > 0) return Result<ApplicationRow>.Invalid(errors.ToDictionary());
        var a = new LicenceApplication
        {
            Number = number,
            Kind = kind,
            ApplicantUscc = uscc,
            ApplicantName = applicant!.Name,
            DivisionCode = applicant.DivisionCode,
            Varieties = string.Join(',', varieties.Select(v => v.Key)),
            ProductNames = string.Join('、', varieties.Select(v => v.Name)),
            LicenceNumber = licenceNumber,
            ReceivedOn = received,
            OnSiteDue = rules.OnSiteDue(received),
            DecisionDue = rules.DecisionDue(received),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor.Current.ShownName,
        };
        db.LicenceApplications.Add(a);
        db.Audit("pq.licence-application.received", "PqLicenceApplication", a.Number, null,
            new { a.Kind, a.ApplicantUscc, a.Varieties, a.LicenceNumber, a.ReceivedOn, a.OnSiteDue, a.DecisionDue }, a.DivisionCode);
        await db.SaveChangesAsync(ct);
        return Row(a, today);
    }

    public async Task<Result<ApplicationRow>> OnSiteAsync(long id, OnSiteInput cmd, CancellationToken ct)
    {
        var a = await db.LicenceApplications.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return Result<ApplicationRow>.NotFound($"生产许可申请 {id} 不存在或不在您的管辖范围内");
        var today = clock.Today();
        var errors = new FieldErrors();
        if (a.Decision is not null) errors.Add("id", "该申请已作出决定，不能再登记实地核查");
        if (a.OnSiteOn is not null) errors.Add("id", $"该申请已于 {a.OnSiteOn:yyyy-MM-dd} 登记实地核查");
        if (cmd.On is not { } on) errors.Add("on", "实地核查日期不能为空");
        else if (on < a.ReceivedOn || on > today) errors.Add("on", $"实地核查日期应在受理日期（{a.ReceivedOn:yyyy-MM-dd}）与今天之间");
        if (cmd.Passed is null) errors.Add("passed", "实地核查结论（符合 / 不符合）不能为空");
        if (errors.Count > 0) return Result<ApplicationRow>.Invalid(errors.ToDictionary());
        a.OnSiteOn = cmd.On;
        a.OnSitePassed = cmd.Passed;
        a.SamplesDue = cmd.Passed == true && cmd.SamplesSealed ? rules.SamplesDue(cmd.On!.Value) : null;
        db.Audit("pq.licence-application.on-site", "PqLicenceApplication", a.Number, null, new { a.OnSiteOn, a.OnSitePassed, a.SamplesDue }, a.DivisionCode);
        await db.SaveChangesAsync(ct);
        return Row(a, today);
    }

    public async Task<Result<ApplicationRow>> SamplesAsync(long id, SamplesInput cmd, CancellationToken ct)
    {
        var a = await db.LicenceApplications.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return Result<ApplicationRow>.NotFound($"生产许可申请 {id} 不存在或不在您的管辖范围内");
        var today = clock.Today();
        var errors = new FieldErrors();
        if (a.SamplesDue is null) errors.Add("id", "该申请没有待送检的封存样品（须先登记实地核查符合并封存样品）");
        if (a.SamplesSentOn is not null) errors.Add("id", $"样品已于 {a.SamplesSentOn:yyyy-MM-dd} 送检");
        if (cmd.On is not { } on) errors.Add("on", "送检日期不能为空");
        else if (a.OnSiteOn is { } site && (on < site || on > today)) errors.Add("on", $"送检日期应在实地核查日期（{site:yyyy-MM-dd}）与今天之间");
        if (errors.Count > 0) return Result<ApplicationRow>.Invalid(errors.ToDictionary());
        a.SamplesSentOn = cmd.On;
        db.Audit("pq.licence-application.samples", "PqLicenceApplication", a.Number, null, new { a.SamplesSentOn, a.SamplesDue }, a.DivisionCode);
        await db.SaveChangesAsync(ct);
        return Row(a, today);
    }

    public async Task<Result<ApplicationRow>> DecideAsync(long id, DecisionInput cmd, CancellationToken ct)
    {
        var a = await db.LicenceApplications.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return Result<ApplicationRow>.NotFound($"生产许可申请 {id} 不存在或不在您的管辖范围内");
        var today = clock.Today();
        var errors = new FieldErrors();
        if (a.Decision is not null) errors.Add("id", $"该申请已于 {a.DecidedOn:yyyy-MM-dd} 作出决定");
        if (cmd.Decision is not { } d || !Enum.IsDefined(d)) errors.Add("decision", "决定应为 准予许可、不予许可 或 申请人撤回");
        if (cmd.On is not { } on) errors.Add("on", "决定日期不能为空");
        else if (on < a.ReceivedOn || on > today) errors.Add("on", $"决定日期应在受理日期（{a.ReceivedOn:yyyy-MM-dd}）与今天之间");
        if (cmd.Decision == ApplicationDecision.Granted && a.OnSitePassed != true) errors.Add("decision", "实地核查结论为符合后方可准予许可");
        if (errors.Count > 0) return Result<ApplicationRow>.Invalid(errors.ToDictionary());
        a.Decision = cmd.Decision;
        a.DecidedOn = cmd.On;
        db.Audit("pq.licence-application.decided", "PqLicenceApplication", a.Number, null, new { a.Decision, a.DecidedOn, OnTime = a.DecidedOn <= a.DecisionDue }, a.DivisionCode);
        await db.SaveChangesAsync(ct);
        return Row(a, today);
    }

    /// <summary>view = open 审查中 (default) | due-soon 即将到期 | overdue 已超期 | done 已决定 | all.</summary>
    public async Task<ListPage<ApplicationRow>> ListAsync(string? view, string? q, string? division, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Max(page, 1);
        var today = clock.Today();
        var query = db.LicenceApplications.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            query = query.Where(a => a.Number.Contains(t) || a.ApplicantName.Contains(t) || a.ApplicantUscc == t || a.ProductNames.Contains(t));
        }

        if (DivisionTable.IsWellFormed(division)) query = query.Where(a => a.DivisionCode.StartsWith(division!));
        var soon = today.AddDays(rules.DueSoonDays(today));
        query = view switch
        {
            "due-soon" => query.Where(a => a.Decision == null && (
                (a.OnSiteOn == null && a.OnSiteDue >= today && a.OnSiteDue <= soon)
                || (a.SamplesDue != null && a.SamplesSentOn == null && a.SamplesDue >= today && a.SamplesDue <= soon)
                || (a.DecisionDue >= today && a.DecisionDue <= soon))),
            "overdue" => query.Where(a => a.Decision == null && (
                (a.OnSiteOn == null && a.OnSiteDue < today)
                || (a.SamplesDue != null && a.SamplesSentOn == null && a.SamplesDue < today)
                || a.DecisionDue < today)),
            "done" => query.Where(a => a.Decision != null),
            "all" => query,
            _ => query.Where(a => a.Decision == null),
        };
        query = view == "done" ? query.OrderByDescending(a => a.DecidedOn) : query.OrderBy(a => a.DecisionDue).ThenBy(a => a.Id);
        var total = await query.CountAsync(ct);
        var rows = await query.Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new ListPage<ApplicationRow>([.. rows.Select(a => Row(a, today))], total, page, size);
    }

    /// <summary>The next step and its due date: 待实地核查 → 待送检 → 待决定 → the decision.</summary>
    public static (string Stage, DateOnly? Due) Next(LicenceApplication a)
    {
        if (a.Decision is { } d) return (LicenceRules.NameOf(d), null);
        if (a.OnSiteOn is null) return ("待实地核查", a.OnSiteDue < a.DecisionDue ? a.OnSiteDue : a.DecisionDue);
        if (a.SamplesDue is { } s && a.SamplesSentOn is null) return ("待封样送检", s < a.DecisionDue ? s : a.DecisionDue);
        return ("待作出决定", a.DecisionDue);
    }

    public static ApplicationRow Row(LicenceApplication a, DateOnly today)
    {
        var (stage, due) = Next(a);
        return new ApplicationRow(a.Id, a.Number, a.Kind, LicenceRules.NameOf(a.Kind), a.ApplicantUscc, a.ApplicantName, a.DivisionCode, a.ProductNames, a.LicenceNumber,
            a.ReceivedOn, a.OnSiteDue, a.OnSiteOn, a.OnSitePassed, a.SamplesDue, a.SamplesSentOn, a.DecisionDue, a.DecidedOn, LicenceRules.NameOf(a.Decision), stage, due,
            due is { } x ? x.DayNumber - today.DayNumber : null);
    }
}
