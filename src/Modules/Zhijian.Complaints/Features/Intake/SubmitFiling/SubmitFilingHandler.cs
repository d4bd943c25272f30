using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Intake;

/// <summary>
/// 登记: validates, finds the business in the registry, routes by the jurisdiction rules, sets the statutory clock of the
/// rule version in force on the day received, flags what a handler must look at, and stores every part with its audit
/// entry (and, from another platform, its first status report) in one transaction. Exactly once per other platform's
/// ticket id (and per console/portal form), enforced by unique indexes in the same transaction; HTTP retries are the
/// platform's <c>Idempotency-Key</c> filter.
/// </summary>
internal sealed class SubmitFilingHandler(
    ComplaintsDbContext db,
    IServiceScopeFactory scopes,
    OrgUnitDirectory units,
    Categories categories,
    IWorkingCalendar calendar,
    IRuleBook rules,
    PersonalData personal,
    TimeProvider clock)
{
    public async Task<Result<IntakeReceipt>> SubmitAsync(SubmitFiling cmd, IntakeOrigin origin, CancellationToken ct)
    {
        db.ChangeTracker.Clear(); // a console circuit's context lives long: start from the database, not from an earlier refused save
        if (origin.ReplayDuplicate && origin.FormToken is not null && await ReplayAsync(origin.FormToken, ct) is { } replay) return replay;
        var now = clock.GetUtcNow();
        var today = now.ToChinaDate();
        var checks = SubmitFilingRules.Validate(cmd, origin.Channel, today, await categories.AllAsync(ct));
        var (errors, kinds, channel) = (checks.Errors, checks.Kinds, checks.BusinessChannel);
        var target = cmd.Target ?? new TargetInput(null, null, null, null, null, null, null, null, null);
        var person = cmd.Person ?? new PersonInput(null, null, null, null);
        var isComplaint = kinds?.Contains(FilingKind.Complaint) == true;

        // 被投诉对象: the whole registry (routing crosses jurisdictions), read as the system in a scope of its own — never by
        // raising the caller's actor, which in a console circuit would widen every query running meanwhile.
        EntitySummary? entity = null;
        var needsTarget = kinds is not null && kinds.Any(k => k is FilingKind.Complaint or FilingKind.Report);
        using var lookup = scopes.CreateScope();
        lookup.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
        var directory = lookup.ServiceProvider.GetRequiredService<IEntityDirectory>();
        if (!string.IsNullOrWhiteSpace(target.Uscc))
        {
            var uscc = target.Uscc.Trim().ToUpperInvariant();
            var check = Uscc.Check(uscc);
            if (!check.Valid) errors.Add("target.uscc", $"统一社会信用代码“{target.Uscc}”无效：{check.Error}");
            else if ((entity = await directory.FindAsync(uscc, ct)) is null)
                errors.Add("target.uscc", $"主体库中没有统一社会信用代码为 {uscc} 的市场主体；不确定代码时请只填名称和地址");
        }
        else if (needsTarget)
        {
            if (string.IsNullOrWhiteSpace(target.Name) && string.IsNullOrWhiteSpace(target.ShopName))
                errors.Add("target.name", "请填写被投诉/举报经营者的名称或店铺名称");
            else entity = await FindByNameAsync(directory, target, ct);
            if (entity is null && isComplaint && string.IsNullOrWhiteSpace(target.Address) && string.IsNullOrWhiteSpace(target.DivisionCode))
                errors.Add("target.address", "主体库中未找到该经营者，请填写其地址或所在区县，以便确定管辖部门");
        }

        if (errors.Count > 0) return Result<IntakeReceipt>.Invalid(errors.ToDictionary());

        var version = ComplaintRules.VersionFor(today);
        var flags = new List<string>();
        if (needsTarget && entity is null) flags.Add(FilingFlags.TargetUnknown);
        if (isComplaint && cmd.HarmKnownOn is { } harm && ComplaintRules.TimeBarred(rules, harm, today)) flags.Add(FilingFlags.TimeBarred);
        if (isComplaint && cmd.Amount is { } amount && amount >= rules.GetInt("complaint.flag-amount", today)) flags.Add(FilingFlags.BulkPurchase);

        var phone = Clean(person.Phone);
        var name = Clean(person.Name);
        var idNumber = Clean(person.IdNumber)?.ToUpperInvariant();
        var phoneKey = phone is null ? null : personal.Fingerprint("phone", phone);
        var personKey = name is null ? null : personal.Fingerprint("person", name + "|" + (idNumber ?? phone ?? ""));
        if (isComplaint) flags.AddRange(await SignalsAsync(phoneKey, personKey, today, ct));

        var operating = Clean(target.DivisionCode) ?? entity?.DivisionCode;
        var domicile = entity?.DivisionCode ?? Clean(target.DivisionCode);
        var submission = Guid.CreateVersion7(now);
        string? queryCode = origin.IssueQueryCode ? RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture) : null;
        var ticket = Clean(cmd.TicketId);
        var source = ticket is null ? null : origin.SourceSystem ?? Clean(cmd.SourceSystem) ?? origin.ReceivedBy;
        var odr = false;
        if (cmd.ViaOdr && isComplaint && entity is not null)
            odr = await db.OdrEnterprises.IgnoreQueryFilters().AnyAsync(o => o.Uscc == entity.Uscc && o.Active, ct);

        var filings = new List<Filing>();
        for (var part = 0; part < kinds!.Length; part++)
        {
            var kind = kinds[part];
            var facts = kind == FilingKind.Report && kinds.Length > 1 && !string.IsNullOrWhiteSpace(cmd.ReportFacts) ? cmd.ReportFacts.Trim() : cmd.Facts!.Trim();
            var routing = JurisdictionRules.Route(new RoutingFacts(kind, version, channel!.Value,
                OperatingDivision: operating, DomicileDivision: domicile, PublishedAddressDivision: Clean(target.PublishedAddressDivisionCode),
                PlatformDomicileDivision: Clean(target.PlatformDivisionCode), ConductDivision: kind == FilingKind.Report ? Clean(cmd.ConductDivisionCode) ?? operating : null,
                Advertising: cmd.Advertising, AdPublisherDivision: Clean(cmd.AdPublisherDivisionCode), ReceivedByDivision: origin.ReceivedByDivision));
            var (unit, basis, manual) = await PlaceAsync(routing, origin, ct);
            var partFlags = new List<string>(flags);
            if (manual) partFlags.Add(FilingFlags.RoutingManual);
            if (kind != FilingKind.Complaint) partFlags.RemoveAll(f => f is FilingFlags.TimeBarred or FilingFlags.BulkPurchase or FilingFlags.SamePhone or FilingFlags.FrequentComplainant);
            var viaOdr = odr && kind == FilingKind.Complaint;
            var f = new Filing
            {
                SubmissionId = submission,
                Part = part,
                Kind = kind,
                Rules = version,
                Channel = origin.Channel,
                Status = kind == FilingKind.Report ? FilingStatus.Verifying : viaOdr ? FilingStatus.Odr : FilingStatus.Received,
                SourceSystem = source,
                SourceTicketId = ticket,
                IdempotencyKey = origin.FormToken,
                ReceivedAt = now,
                ReceivedOn = today,
                PersonName = personal.Protect(name),
                PersonPhone = personal.Protect(phone),
                PersonIdNumber = personal.Protect(idNumber),
                PersonAddress = personal.Protect(Clean(person.Address)),
                PhoneKey = phoneKey,
                PersonKey = personKey,
                Anonymous = kind == FilingKind.Report && person.Anonymous,
                Uscc = entity?.Uscc,
                TargetName = entity?.Name ?? Clean(target.Name) ?? Clean(target.ShopName) ?? "",
                ShopName = Clean(target.ShopName),
                TargetAddress = Clean(target.Address),
                BusinessChannel = channel.Value,
                PlatformName = Clean(target.PlatformName),
                OperatingDivision = operating,
                DomicileDivision = domicile,
                PublishedAddressDivision = Clean(target.PublishedAddressDivisionCode),
                PlatformDivision = Clean(target.PlatformDivisionCode),
                ConductDivision = kind == FilingKind.Report ? Clean(cmd.ConductDivisionCode) ?? operating : null,
                Advertising = cmd.Advertising,
                AdPublisherDivision = Clean(cmd.AdPublisherDivisionCode),
                IndustryCode = entity?.IndustryCode,
                CategoryCode = checks.CategoryCode,
                ProblemCode = checks.ProblemCode,
                Amount = cmd.Amount,
                Title = Clean(cmd.Title) ?? Summarise(facts),
                Facts = facts,
                Demand = Clean(cmd.Demand),
                HarmKnownOn = cmd.HarmKnownOn,
                ViaOdr = viaOdr,
                OrgUnitId = unit.Id,
                OrgUnitName = unit.Name,
                DivisionCode = unit.DivisionCode,
                RoutingBasis = basis,
                ReceivedByDivision = origin.ReceivedByDivision,
                ClockStartOn = today,
                FirstResponseDue = ComplaintRules.FirstResponseDue(rules, now),
                Flags = partFlags,
                QueryCodeHash = queryCode is null ? null : QueryHash(submission, queryCode),
            };
            FilingDeadlines.Apply(f, rules, calendar);
            filings.Add(f);
        }

        db.Filings.AddRange(filings);
        try
        {
            // The filings, their audit entries and (from another platform) the first status report to it commit together;
            // the numbers need the ids, hence two saves in one transaction. No savepoints around the two saves: a failure
            // rolls the whole transaction back (the catch below runs after it is disposed), so EF's automatic SAVEPOINT /
            // RELEASE pair per save were four round trips for nothing.
            db.Database.AutoSavepointsEnabled = false;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            foreach (var f in filings)
            {
                db.Audit("complaints.received", nameof(Filing), FilingClock.Number(f), null,
                    new { f.Kind, f.Channel, f.SourceSystem, f.SourceTicketId, f.OrgUnitName, f.RoutingBasis, f.DueOn, f.Flags }, f.DivisionCode);
                if (source is not null) db.Publish(FilingEvents.StatusChanged(f, $"已登记，由{f.OrgUnitName}办理", now));
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException) when (origin.FormToken is not null || ticket is not null)
        {
            db.ChangeTracker.Clear();
            if (origin.ReplayDuplicate && origin.FormToken is not null && await ReplayAsync(origin.FormToken, ct) is { } again) return again;
            if (ticket is not null)
            {
                var existing = await db.Filings.IgnoreQueryFilters().AsNoTracking().Where(x => x.SourceSystem == source && x.SourceTicketId == ticket)
                    .OrderBy(x => x.Part).ToListAsync(ct);
                if (existing.Count > 0) return Result<IntakeReceipt>.Conflict("ticketId", $"工单号 {ticket} 已登记（{FilingClock.Number(existing[0])}），请勿重复推送");
            }

            if (origin.FormToken is not null && await db.Filings.IgnoreQueryFilters().AnyAsync(x => x.IdempotencyKey == origin.FormToken, ct))
                return Result<IntakeReceipt>.Conflict("form", "该表单已提交登记，请勿重复提交（如需登记新的诉求，请重新填写）");
            throw;
        }

        return new IntakeReceipt(submission, now, [.. filings.Select(Part)], queryCode, false);
    }

    /// <summary>The receipt of the filing(s) an API caller's Idempotency-Key already registered (a retry after a lost answer).</summary>
    private async Task<IntakeReceipt?> ReplayAsync(string key, CancellationToken ct)
    {
        var existing = await db.Filings.IgnoreQueryFilters().AsNoTracking().Where(x => x.IdempotencyKey == key).OrderBy(x => x.Part).ToListAsync(ct);
        return existing.Count == 0 ? null : new IntakeReceipt(existing[0].SubmissionId, existing[0].ReceivedAt, [.. existing.Select(Part)], null, true);
    }

    /// <summary>SHA-256 of the query code bound to the submission: what a complainant types on the portal to follow it.</summary>
    public static string QueryHash(Guid submission, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{submission:N}:{code.Trim()}")));

    private static IntakePart Part(Filing f) => new(f.Id, FilingClock.Number(f), f.Kind, FilingClock.KindName(f.Kind), f.Status,
        FilingClock.StatusName(f.Status), f.OrgUnitName, f.DueOn, f.RoutingBasis, [.. f.Flags.Select(FilingFlags.Text)]);

    /// <summary>The unit for the routed county; none → the receiving unit (or the top unit) with a manual-routing flag.</summary>
    private async Task<(OrgUnitEntry Unit, string Basis, bool Manual)> PlaceAsync(RoutingDecision routing, IntakeOrigin origin, CancellationToken ct)
    {
        if (routing.CountyDivision is { } county && await units.CountyBureauForAsync(county, ct) is { } unit)
        {
            var basis = unit.Kind == OrgUnitKind.County ? routing.Basis : $"{routing.Basis}（{DivisionTable.Default.FullName(county)}未设县级机构，由{unit.Name}处理）";
            return (unit, basis, false);
        }

        var fallback = (origin.ReceivedByDivision is { } rd ? await units.CountyBureauForAsync(rd, ct) : null) ?? await units.RootAsync(ct)
            ?? throw new InvalidOperationException("没有任何机构，无法分流");
        var why = routing.CountyDivision is { } c
            ? $"{routing.Basis}：管辖地 {DivisionTable.Default.FullName(c)}（{c}）不在本平台机构范围内，由{fallback.Name}登记后移送或告知"
            : routing.Basis;
        return (fallback, why, true);
    }

    /// <summary>"Not everyday consumption" signals: one phone, many complainants; one complainant, many complaints. Flags only.</summary>
    private async Task<IEnumerable<string>> SignalsAsync(string? phoneKey, string? personKey, DateOnly today, CancellationToken ct)
    {
        if (phoneKey is null && personKey is null) return [];
        var since = today.AddYears(-1);
        var rows = await db.Filings.IgnoreQueryFilters().AsNoTracking()
            .Where(x => x.Kind == FilingKind.Complaint && x.ReceivedOn >= since && ((phoneKey != null && x.PhoneKey == phoneKey) || (personKey != null && x.PersonKey == personKey)))
            .Select(x => new { x.PhoneKey, x.PersonKey }).Take(1000).ToListAsync(ct);
        var result = new List<string>();
        var others = rows.Where(r => r.PhoneKey == phoneKey && r.PersonKey != personKey).Select(r => r.PersonKey).Distinct().Count();
        if (phoneKey is not null && others + 1 >= rules.GetInt("complaint.flag-same-phone", today)) result.Add(FilingFlags.SamePhone);
        if (personKey is not null && rows.Count(r => r.PersonKey == personKey) + 1 >= rules.GetInt("complaint.flag-frequent", today)) result.Add(FilingFlags.FrequentComplainant);
        return result;
    }

    private static async Task<EntitySummary?> FindByNameAsync(IEntityDirectory directory, TargetInput target, CancellationToken ct)
    {
        foreach (var name in new[] { Clean(target.Name), Clean(target.ShopName) })
        {
            if (name is null || name.Length < 2) continue;
            var hits = await directory.SearchPublicAsync(name, 5, ct);
            var exact = hits.Where(h => h.Name == name).ToList();
            if (exact.Count == 1) return await directory.FindAsync(exact[0].Uscc, ct);
        }

        return null;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Summarise(string facts)
    {
        var line = facts.ReplaceLineEndings(" ");
        return line.Length <= 40 ? line : line[..40] + "…";
    }
}
