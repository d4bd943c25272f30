using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
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

/// <summary>投诉人/举报人.</summary>
internal sealed record PersonInput(string? Name, string? Phone, string? IdNumber, string? Address, bool Anonymous = false);

/// <summary>
/// 被投诉/被举报对象: found in the registry by USCC (or by its exact name / shop name), or kept as given.
/// <paramref name="Channel"/>: premises | platform | website | platform-seller (线下 / 电商平台 / 自建网站 / 平台内经营者).
/// </summary>
internal sealed record TargetInput(string? Uscc, string? Name, string? ShopName, string? Address, string? DivisionCode, string? Channel,
    string? PlatformName, string? PlatformDivisionCode, string? PublishedAddressDivisionCode);

/// <summary>
/// 登记一件诉求. <paramref name="Kind"/>: complaint | report | inquiry | suggestion | mixed (投诉/举报/咨询/建议/投诉举报 also accepted);
/// a mixed filing is split into its complaint and its report (<paramref name="ReportFacts"/> = the report's facts, else the
/// same facts). <paramref name="Channel"/> (console): hotline | walkin | letter; (API) 12345 or empty.
/// </summary>
internal sealed record SubmitFiling(
    string? Kind,
    PersonInput? Person,
    TargetInput? Target,
    string? Category = null,
    string? Problem = null,
    decimal? Amount = null,
    string? Title = null,
    string? Facts = null,
    string? Demand = null,
    DateOnly? HarmKnownOn = null,
    string? ReportFacts = null,
    string? ConductDivisionCode = null,
    bool Advertising = false,
    string? AdPublisherDivisionCode = null,
    bool ViaOdr = false,
    string? Channel = null,
    string? SourceSystem = null,
    string? TicketId = null);

/// <summary>Where a submission came in: the channel, the other platform, and the key that makes a retry safe.</summary>
internal sealed record IntakeOrigin(FilingChannel Channel, string? SourceSystem, string? IdempotencyKey, string? RequestHash, string ReceivedBy,
    string? ReceivedByDivision, bool IssueQueryCode);

internal sealed record IntakePart(long Id, string Number, FilingKind Kind, string KindName, FilingStatus Status, string StatusName, string OrgUnitName,
    DateOnly? DueOn, string RoutingBasis, IReadOnlyList<string> Flags);

/// <summary>
/// 回执: the acknowledgement (committed before it is sent). <see cref="QueryCode"/> (portal, console) lets the
/// complainant follow the filing with its number; shown once.
/// </summary>
internal sealed record IntakeReceipt(Guid SubmissionId, DateTimeOffset ReceivedAt, IReadOnlyList<IntakePart> Parts, string? QueryCode, bool Replayed);

/// <summary>
/// 登记: validates, finds the business in the registry, routes by the jurisdiction rules, sets the statutory clock of the
/// rule version in force on the day received, flags what a handler must look at, and stores everything in one insert.
/// Exactly once per idempotency key / other platform's ticket id, enforced by unique indexes in the same transaction.
/// </summary>
internal sealed partial class Intake(
    ComplaintsDbContext db,
    IServiceScopeFactory scopes,
    Units units,
    Categories categories,
    ProvisionalCalendar calendar,
    IRuleBook rules,
    PersonalData personal,
    TimeProvider clock)
{
    public const int MaxFacts = 8000;

    public async Task<Result<IntakeReceipt>> SubmitAsync(SubmitFiling cmd, IntakeOrigin origin, CancellationToken ct)
    {
        if (origin.IdempotencyKey is not null && await ReplayAsync(origin, ct) is { } replay) return replay;

        var errors = new FieldErrors();
        var kinds = ParseKinds(cmd.Kind);
        if (kinds is null) errors.Add("kind", "诉求类别必须是 投诉(complaint)、举报(report)、咨询(inquiry)、建议(suggestion) 或 投诉举报(mixed)");
        var now = clock.GetUtcNow();
        var today = now.ToChinaDate();
        var main = kinds?[0] ?? FilingKind.Complaint;
        var person = cmd.Person ?? new PersonInput(null, null, null, null);
        var target = cmd.Target ?? new TargetInput(null, null, null, null, null, null, null, null, null);
        ValidatePerson(errors, kinds ?? [main], person, today);
        var channel = ParseBusinessChannel(target.Channel);
        if (channel is null) errors.Add("target.channel", "经营方式必须是 premises（线下）、platform（电商平台）、website（自建网站）或 platform-seller（平台内经营者）");
        foreach (var (field, code) in new[]
                 {
                     ("target.divisionCode", target.DivisionCode), ("target.platformDivisionCode", target.PlatformDivisionCode),
                     ("target.publishedAddressDivisionCode", target.PublishedAddressDivisionCode), ("conductDivisionCode", cmd.ConductDivisionCode),
                     ("adPublisherDivisionCode", cmd.AdPublisherDivisionCode),
                 })
        {
            if (!string.IsNullOrWhiteSpace(code) && DivisionTable.Default.Find(code.Trim()) is null)
                errors.Add(field, $"行政区划代码“{code}”不存在（GB/T 2260）");
        }

        Optional(errors, "target.name", target.Name, "被投诉/举报对象名称", 200);
        Optional(errors, "target.shopName", target.ShopName, "店铺名称", 200);
        Optional(errors, "target.address", target.Address, "经营地址", 300);
        Optional(errors, "target.platformName", target.PlatformName, "平台名称", 200);
        Optional(errors, "title", cmd.Title, "标题", 200);
        Optional(errors, "demand", cmd.Demand, "诉求", 2000);
        Optional(errors, "reportFacts", cmd.ReportFacts, "举报内容", MaxFacts);
        errors.Require("facts", cmd.Facts, kinds is [FilingKind.Inquiry or FilingKind.Suggestion] ? "咨询/建议内容" : "事实和理由", MaxFacts);
        if (cmd.Facts is { } given && !string.IsNullOrWhiteSpace(given) && given.Trim().Length < 10)
            errors.Add("facts", "事实和理由过于简单（至少 10 个字），请写明时间、地点、经过");
        var isComplaint = kinds?.Contains(FilingKind.Complaint) == true;
        if (isComplaint && string.IsNullOrWhiteSpace(cmd.Demand)) errors.Add("demand", "请填写具体的投诉请求（如退货、退款、赔偿）");
        if (cmd.Amount is < 0 or > 10_000_000_000m) errors.Add("amount", "涉及金额必须在 0 到 100 亿元之间");
        if (cmd.HarmKnownOn is { } known && known > today) errors.Add("harmKnownOn", "知道权益受损的日期不能晚于今天");
        if (!string.IsNullOrWhiteSpace(cmd.TicketId) && cmd.TicketId.Trim().Length > 64) errors.Add("ticketId", "工单号不能超过 64 个字符");
        if (origin.Channel == FilingChannel.Hotline12345 && string.IsNullOrWhiteSpace(cmd.TicketId)) errors.Add("ticketId", "12345 转办工单必须提供工单号");

        var catalogue = await categories.AllAsync(ct);
        string? category = null, problem = null;
        if (!string.IsNullOrWhiteSpace(cmd.Category))
        {
            var c = catalogue.FirstOrDefault(x => x.Active && x.Kind != CategoryKind.Problem && (x.Code == cmd.Category.Trim() || x.Name == cmd.Category.Trim()));
            if (c is null) errors.Add("category", $"投诉分类“{cmd.Category}”不在分类字典中（商品类 G01…、服务类 S01…）");
            else category = c.Code;
        }
        else if (isComplaint)
        {
            errors.Add("category", "请选择商品或服务类别");
        }

        if (!string.IsNullOrWhiteSpace(cmd.Problem))
        {
            var p = catalogue.FirstOrDefault(x => x.Active && x.Kind == CategoryKind.Problem && (x.Code == cmd.Problem.Trim() || x.Name == cmd.Problem.Trim()));
            if (p is null) errors.Add("problem", $"问题类型“{cmd.Problem}”不在分类字典中（P01…）");
            else problem = p.Code;
        }

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
                IdempotencyKey = origin.IdempotencyKey,
                RequestHash = origin.RequestHash,
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
                CategoryCode = category,
                ProblemCode = problem,
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
                FirstResponseDue = now.AddHours(24),
                Flags = partFlags,
                QueryCodeHash = queryCode is null ? null : QueryHash(submission, queryCode),
            };
            FilingDeadlines.Apply(f, rules, calendar);
            filings.Add(f);
        }

        db.Filings.AddRange(filings);
        try
        {
            // From another platform: the filing and the first status report to it commit together (ids are needed for the numbers).
            // No savepoints around the two saves: a failure rolls the whole transaction back (the catch below runs after it is
            // disposed), so EF's automatic SAVEPOINT / RELEASE pair per save were four round trips for nothing.
            db.Database.AutoSavepointsEnabled = false;
            await using var tx = source is null ? null : await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            if (tx is not null)
            {
                foreach (var f in filings)
                    db.Publish(FilingEvents.StatusChanged(f, $"已登记，由{f.OrgUnitName}办理", now));
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
        }
        catch (DbUpdateException) when (origin.IdempotencyKey is not null || ticket is not null)
        {
            db.ChangeTracker.Clear();
            if (origin.IdempotencyKey is not null && await ReplayAsync(origin, ct) is { } again) return again;
            if (ticket is not null)
            {
                var existing = await db.Filings.IgnoreQueryFilters().AsNoTracking().Where(x => x.SourceSystem == source && x.SourceTicketId == ticket)
                    .OrderBy(x => x.Part).ToListAsync(ct);
                if (existing.Count > 0) return Result<IntakeReceipt>.Conflict("ticketId", $"工单号 {ticket} 已登记（{FilingClock.Number(existing[0])}），请勿重复推送");
            }

            throw;
        }

        return new IntakeReceipt(submission, now, [.. filings.Select(Part)], queryCode, false);
    }

    /// <summary>SHA-256 of the query code bound to the submission: what a complainant types on the portal to follow it.</summary>
    public static string QueryHash(Guid submission, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{submission:N}:{code.Trim()}")));

    private static IntakePart Part(Filing f) => new(f.Id, FilingClock.Number(f), f.Kind, FilingClock.KindName(f.Kind), f.Status,
        FilingClock.StatusName(f.Status), f.OrgUnitName, f.DueOn, f.RoutingBasis, [.. f.Flags.Select(FilingFlags.Text)]);

    private async Task<Result<IntakeReceipt>?> ReplayAsync(IntakeOrigin origin, CancellationToken ct)
    {
        var existing = await db.Filings.IgnoreQueryFilters().AsNoTracking().Where(x => x.IdempotencyKey == origin.IdempotencyKey)
            .OrderBy(x => x.Part).ToListAsync(ct);
        if (existing.Count == 0) return null;
        if (existing[0].RequestHash != origin.RequestHash)
            return Result<IntakeReceipt>.Conflict("Idempotency-Key", "该 Idempotency-Key 已用于另一份不同内容的诉求，请为新的诉求使用新的键");
        return new IntakeReceipt(existing[0].SubmissionId, existing[0].ReceivedAt, [.. existing.Select(Part)], null, true);
    }

    /// <summary>The unit for the routed county; none → the receiving unit (or the top unit) with a manual-routing flag.</summary>
    private async Task<(UnitRef Unit, string Basis, bool Manual)> PlaceAsync(RoutingDecision routing, IntakeOrigin origin, CancellationToken ct)
    {
        if (routing.CountyDivision is { } county && await units.ForCountyAsync(county, ct) is { } unit)
        {
            var basis = unit.Kind == OrgUnitKind.County ? routing.Basis : $"{routing.Basis}（{DivisionTable.Default.FullName(county)}未设县级机构，由{unit.Name}处理）";
            return (unit, basis, false);
        }

        var fallback = (origin.ReceivedByDivision is { } rd ? await units.ForCountyAsync(rd, ct) : null) ?? await units.RootAsync(ct)
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

    private static void ValidatePerson(FieldErrors errors, FilingKind[] kinds, PersonInput p, DateOnly today)
    {
        var complaint = kinds.Contains(FilingKind.Complaint);
        var anonymousReport = kinds is [FilingKind.Report] && p.Anonymous;
        if (complaint || (!anonymousReport && kinds.Contains(FilingKind.Report)))
        {
            errors.Require("person.name", p.Name, complaint ? "投诉人姓名" : "举报人姓名（匿名举报请勾选匿名）", 50);
            errors.Require("person.phone", p.Phone, "联系电话", 20);
        }

        if (complaint) errors.Require("person.address", p.Address, "投诉人通讯地址", 200);
        if (kinds is [FilingKind.Inquiry or FilingKind.Suggestion] && string.IsNullOrWhiteSpace(p.Phone))
            errors.Add("person.phone", "请留下联系电话，以便答复");
        if (!string.IsNullOrWhiteSpace(p.Phone) && !PhonePattern().IsMatch(p.Phone.Trim()))
            errors.Add("person.phone", $"联系电话“{p.Phone.Trim()}”格式不正确（手机号 11 位，或固定电话如 0531-86012345）");
        if (!string.IsNullOrWhiteSpace(p.IdNumber) && ResidentId.Check(p.IdNumber.Trim().ToUpperInvariant(), today) is { Valid: false } id)
            errors.Add("person.idNumber", $"身份证号码无效：{id.Error}");
        Optional(errors, "person.address", p.Address, "通讯地址", 200);
    }

    private static void Optional(FieldErrors errors, string field, string? value, string label, int max)
    {
        if (value is not null && value.Trim().Length > max) errors.Add(field, $"{label}不能超过 {max} 个字");
    }

    public static FilingKind[]? ParseKinds(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "complaint" or "投诉" => [FilingKind.Complaint],
        "report" or "举报" => [FilingKind.Report],
        "inquiry" or "咨询" => [FilingKind.Inquiry],
        "suggestion" or "建议" => [FilingKind.Suggestion],
        "mixed" or "投诉举报" or "投诉+举报" => [FilingKind.Complaint, FilingKind.Report],
        _ => null,
    };

    public static BusinessChannel? ParseBusinessChannel(string? channel) => channel?.Trim().ToLowerInvariant() switch
    {
        null or "" or "premises" or "线下" => BusinessChannel.Premises,
        "platform" or "电商平台" => BusinessChannel.Platform,
        "website" or "自建网站" => BusinessChannel.OwnWebsite,
        "platform-seller" or "平台内经营者" => BusinessChannel.PlatformSeller,
        _ => null,
    };

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Summarise(string facts)
    {
        var line = facts.ReplaceLineEndings(" ");
        return line.Length <= 40 ? line : line[..40] + "…";
    }

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?|\d{7,8})$")]
    private static partial Regex PhonePattern();
}
