using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Data;
using Zhijian.Entities.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Entities.Features.AnnualReports;

/// <summary>报送年度报告</summary>
internal sealed record FileAnnualReport(int Year, int? Employees, string? Phone, IReadOnlyList<string>? Websites, decimal? PaidInCapital);

/// <summary>年报率 of one county: filed / due.</summary>
internal sealed record AnnualReportRate(string DivisionCode, string DivisionName, int Due, int Filed, int Late, decimal Rate);

internal sealed record AnnualReportRates(int Year, DateOnly WindowCloses, int Due, int Filed, int Late, decimal Rate, IReadOnlyList<AnnualReportRate> ByCounty);

/// <summary>未报送年报的主体: the input of the credit module's listing in the abnormal-operation list.</summary>
internal sealed record MissingReport(string Uscc, string Name, string TypeName, string DivisionCode, string DivisionName, DateOnly EstablishedOn);

internal sealed record MissingReports(int Year, int Total, int Page, int PageSize, IReadOnlyList<MissingReport> Items);

/// <summary>年度报告: filing (late filings accepted and flagged), the rate per jurisdiction and the list of non-filers.</summary>
internal sealed class AnnualReports(EntitiesDbContext db, IRuleBook rules, PersonalData personal, DivisionTable divisions, ActorContext actor, TimeProvider clock)
{
    public (DateOnly Opens, DateOnly Closes) Window(int year) =>
        AnnualReportRules.Window(year, rules.Get("annual-report.window-start", new DateOnly(year + 1, 1, 1)), rules.Get("annual-report.window-end", new DateOnly(year + 1, 1, 1)));

    public async Task<Result<int>> FileAsync(string uscc, FileAnnualReport cmd, CancellationToken ct)
    {
        var me = actor.Current;
        if (!EntityAccess.CanWrite(me)) return Result<int>.Forbidden("只有登记注册人员可以代为报送年度报告");
        var entity = await db.Entities.SingleOrDefaultAsync(e => e.Uscc == uscc, ct);
        if (entity is null) return Result<int>.NotFound($"统一社会信用代码“{uscc}”未登记或不在您的管辖范围内");
        var today = clock.Today();
        if (cmd.Year > today.Year - 1 || cmd.Year < 1990) return Result<int>.Invalid("year", $"只能报送 {today.Year - 1} 年及以前年度的报告");
        var (opens, closes) = Window(cmd.Year);
        var problems = AnnualReportRules.ValidateFiling(entity.Type, entity.EstablishedOn, entity.Status, cmd.Year, today, opens, cmd.Employees);
        var errors = new FieldErrors();
        foreach (var (field, message) in problems) errors.Add(field, message);
        if (cmd.Phone is { Length: > 20 }) errors.Add("phone", "联系电话过长");
        if (cmd.Websites?.Any(w => w.Length > 300) == true) errors.Add("websites", "网址不能超过 300 个字符");
        else if (cmd.Websites is { Count: > 10 }) errors.Add("websites", "网址最多填写 10 个");
        if (cmd.PaidInCapital is < 0 or > Domain.EntityRules.MaxCapital) errors.Add("paidInCapital", $"实缴出资应在 0 至 {Domain.EntityRules.MaxCapital:N0} 万元之间");
        if (errors.Count > 0) return Result<int>.Invalid(errors.ToDictionary());
        if (await db.AnnualReports.AnyAsync(r => r.EntityId == entity.Id && r.Year == cmd.Year, ct))
            return Result<int>.Conflict("year", $"{cmd.Year} 年度报告已报送");

        var late = today > closes;
        var phone = string.IsNullOrWhiteSpace(cmd.Phone) ? null : cmd.Phone.Trim();
        db.AnnualReports.Add(new AnnualReport
        {
            EntityId = entity.Id,
            Year = cmd.Year,
            FiledOn = today,
            Late = late,
            Employees = cmd.Employees!.Value,
            PhoneCipher = personal.Protect(phone),
            PhoneMasked = phone is null ? null : Masks.Phone(phone),
            Websites = cmd.Websites is { Count: > 0 } w ? string.Join('\n', w.Select(x => x.Trim())) : null,
            PaidInCapital = cmd.PaidInCapital,
            DivisionCode = entity.DivisionCode,
        });
        db.Events.Add(new EntityEvent
        {
            EntityId = entity.Id,
            Kind = "annual-report",
            OccurredOn = today,
            RecordedAt = clock.GetUtcNow(),
            Actor = me.ShownName,
            Summary = $"报送 {cmd.Year} 年度报告" + (late ? $"（逾期，报送期限为 {closes:yyyy-MM-dd}）" : ""),
            DivisionCode = entity.DivisionCode,
        });
        db.Audit("entity.annual-report-filed", nameof(AnnualReport), $"{uscc}/{cmd.Year}", null, new { cmd.Year, Late = late, cmd.Employees }, entity.DivisionCode);
        db.Publish(new AnnualReportFiled(uscc, cmd.Year, today, late));
        await db.SaveChangesAsync(ct);
        return cmd.Year;
    }

    public async Task<AnnualReportRates> RatesAsync(int year, CancellationToken ct)
    {
        var closes = Window(year).Closes;
        var due = Due(year, closes);
        var dueByCounty = await due.GroupBy(e => e.DivisionCode.Substring(0, 6)).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var filed = await (from r in db.AnnualReports
                           join e in due on r.EntityId equals e.Id
                           where r.Year == year
                           group r by e.DivisionCode.Substring(0, 6) into g
                           select new { g.Key, Count = g.Count(), Late = g.Count(x => x.Late) }).ToListAsync(ct);
        var rows = dueByCounty.OrderBy(d => d.Key).Select(d =>
        {
            var f = filed.FirstOrDefault(x => x.Key == d.Key);
            return new AnnualReportRate(d.Key, divisions.FullName(d.Key), d.Count, f?.Count ?? 0, f?.Late ?? 0, Rate(f?.Count ?? 0, d.Count));
        }).ToList();
        var totalDue = rows.Sum(r => r.Due);
        var totalFiled = rows.Sum(r => r.Filed);
        return new AnnualReportRates(year, closes, totalDue, totalFiled, rows.Sum(r => r.Late), Rate(totalFiled, totalDue), rows);
    }

    public async Task<MissingReports> MissingAsync(int year, int page, int pageSize, CancellationToken ct)
    {
        var missing = Missing(year);
        var total = await missing.CountAsync(ct);
        var items = await missing.OrderBy(e => e.DivisionCode).ThenBy(e => e.Name).Skip(Paging.Skip(page, pageSize)).Take(pageSize).ToListAsync(ct);
        return new MissingReports(year, total, page, pageSize, [.. items.Select(e => new MissingReport(
            e.Uscc, e.Name, EntityNames.Of(e.Type), e.DivisionCode, divisions.FullName(e.DivisionCode), e.EstablishedOn))]);
    }

    /// <summary>The entities due to report for <paramref name="year"/> that have not filed it.</summary>
    public IQueryable<MarketEntity> Missing(int year) =>
        Due(year, Window(year).Closes).Where(e => !db.AnnualReports.Any(r => r.EntityId == e.Id && r.Year == year));

    /// <summary>The entities due to report for <paramref name="year"/> (SQL form of <see cref="AnnualReportRules.IsDue"/>).</summary>
    private IQueryable<MarketEntity> Due(int year, DateOnly closes)
    {
        var endOfYear = new DateOnly(year, 12, 31);
        return db.Entities.AsNoTracking().Where(e => e.Type != EntityType.Branch && e.EstablishedOn <= endOfYear
            && (e.Status == EntityStatus.Active || e.StatusDate > closes));
    }

    private static decimal Rate(int filed, int due) => due == 0 ? 0 : Math.Round((decimal)filed / due, 4);
}
