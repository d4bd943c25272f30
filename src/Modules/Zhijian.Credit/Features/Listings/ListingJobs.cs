using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Credit.Features.Feed;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Jobs;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;

namespace Zhijian.Credit.Features.Listings;

/// <summary>Outcome of the annual-report listing run for one report year.</summary>
internal sealed record AbnormalRunResult(int Year, DateOnly WindowEnd, DateOnly DecisionDue, DateOnly DecidedOn, bool Late, int Listed, int Marked,
    int AlreadyListed, int Skipped);

/// <summary>Outcome of the serious-list run: proposals made after 3 years on the abnormal list, listings expired.</summary>
internal sealed record SeriousRunResult(int Proposed, int Expired);

/// <summary>Settings of the credit jobs ("Zhijian:Credit:Jobs").</summary>
internal sealed class CreditJobOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>First hour (China time, inclusive) of the nightly window in which a check does the work.</summary>
    public int NightFrom { get; set; } = 1;

    /// <summary>End hour (exclusive) of the nightly window: batch listing stays out of office hours.</summary>
    public int NightTo { get; set; } = 6;
}

/// <summary>
/// The scheduled listing work, each step idempotent through <see cref="Listing.Key"/> (safe to run twice and on two nodes):
/// the annual-report listing after the window closes, serious-list proposals after 3 years, and serious-list expiry.
/// </summary>
internal sealed class ListingJobs(CreditDbContext db, Listings listings, IEntityDirectory directory, DecisionNumbers numbers, IRuleBook rules,
    IWorkingCalendar calendar, TimeProvider clock, ILogger<ListingJobs> log)
{
    /// <summary>
    /// 未按期年报列入: every entity due for <paramref name="year"/> that has not filed, once the window has closed, is listed
    /// (enterprises, cooperatives) or marked (individual businesses) with a generated decision number dated today. Entities
    /// no longer active (注销、吊销、迁出) are skipped. A decision later than 10 WD after the window end is flagged in the result,
    /// the log and the facts of each listing.
    /// </summary>
    public async Task<Zhijian.Platform.Web.Result<AbnormalRunResult>> RunAbnormalAsync(int year, CancellationToken ct)
    {
        var today = clock.Today();
        if (year < 2013 || year > today.Year) // before the window end is computed: a year like 99999 is no date at all
            return Zhijian.Platform.Web.Result<AbnormalRunResult>.Invalid("year", $"年报年度（{year}）必须在 2013 到 {today.Year} 之间");
        var windowEnd = ListingRules.WindowEnd(year, rules.Get("annual-report.window-end", today));
        if (today <= windowEnd)
            return Zhijian.Platform.Web.Result<AbnormalRunResult>.Invalid("year", $"{year} 年度报告的报送期限（{windowEnd:yyyy-MM-dd}）尚未届满，不能列入");
        var due = ListingRules.ListingDue(calendar, windowEnd, rules.GetPeriod("abnormal.listing-decision", windowEnd));
        var late = today > due;
        if (late) log.LogWarning("Annual-report listing for {Year} decided on {Today}, after the statutory {Due}", year, today, due);

        var missing = new List<EntitySummary>();
        await foreach (var e in directory.MissingAnnualReportsAsync(year, ct)) missing.Add(e);
        var taken = (await db.Listings.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.Ground == ListingGround.AnnualReportMissing && l.ReportYear == year).Select(l => l.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        int listed = 0, marked = 0, already = 0, skipped = 0;
        foreach (var entity in missing)
        {
            if (entity.Status != EntityStatus.Active) { skipped++; continue; }
            var list = ListingRules.AbnormalListFor(entity.Type == EntityType.IndividualBusiness);
            var key = ListingRules.Key(list, ListingGround.AnnualReportMissing, year.ToString(System.Globalization.CultureInfo.InvariantCulture), entity.Uscc);
            if (taken.Contains(key)) { already++; continue; }
            var listing = new Listing
            {
                Key = key,
                Uscc = entity.Uscc,
                EntityName = entity.Name,
                DivisionCode = entity.DivisionCode,
                List = list,
                Ground = ListingGround.AnnualReportMissing,
                ReportYear = year,
                Facts = $"未在 {windowEnd:yyyy年M月d日} 前报送并公示 {year} 年度报告"
                    + (late ? $"（列入决定晚于法定期限 {due:yyyy-MM-dd}）" : ""),
                Authority = await numbers.AuthorityAsync(entity.DivisionCode, ct),
                ProposedOn = today,
                ProposedBy = "system",
            };
            await listings.ApplyListedAsync(listing, entity, today, null, "system", ct);
            if (await listings.SaveNewAsync(listing, list == CreditList.Abnormal ? "credit.abnormal-listed" : "credit.abnormal-marked", CreditFeed.AbnormalListed, ct))
            {
                if (list == CreditList.Abnormal) listed++;
                else marked++;
            }
            else
            {
                already++;
            }

            // Each listing is saved in its own transaction; what it tracked (listing, audit, feed, outbox) is not needed again, and
            // a context tracking every listing of the run makes each later save compare them all (a thousand listings: minutes).
            db.ChangeTracker.Clear();
        }

        log.LogInformation("Annual-report listing for {Year}: {Listed} listed, {Marked} marked, {Already} already", year, listed, marked, already);
        return new AbnormalRunResult(year, windowEnd, due, today, late, listed, marked, already, skipped);
    }

    /// <summary>
    /// 届满3年转入严重违法失信名单 (as a proposal): one Proposed serious listing per entity still listed on the abnormal list
    /// (not a marking) for the full period; its key carries the earliest such listing's year, so a rejected proposal is not made again.
    /// Then expiry: a confirmed serious listing is Expired from the day after <see cref="Listing.ExpiresOn"/>.
    /// </summary>
    public async Task<SeriousRunResult> RunSeriousAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var years = rules.GetInt("serious.from-abnormal", today);
        var cutoff = today.AddYears(-years);
        var old = await db.Listings.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.List == CreditList.Abnormal && l.Status == ListingStatus.Listed && l.ListedOn <= cutoff)
            .OrderBy(l => l.ListedOn).ToListAsync(ct);
        var proposed = 0;
        foreach (var group in old.Where(l => ListingRules.DueForSerious(l.ListedOn!.Value, years, today)).GroupBy(l => l.Uscc))
        {
            var first = group.First();
            var key = ListingRules.Key(CreditList.Serious, ListingGround.AbnormalThreeYears,
                first.ListedOn!.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), first.Uscc);
            var listing = new Listing
            {
                Key = key,
                Uscc = first.Uscc,
                EntityName = first.EntityName,
                DivisionCode = first.DivisionCode,
                List = CreditList.Serious,
                Ground = ListingGround.AbnormalThreeYears,
                Status = ListingStatus.Proposed,
                Facts = "列入经营异常名录届满 " + years + " 年仍未履行相关义务：" + string.Join("；", group.Select(l => $"{l.DecisionNo}（{l.ListedOn:yyyy-MM-dd}）")),
                Authority = first.Authority,
                ProposedOn = today,
                ProposedBy = "system",
                UpdatedAt = clock.GetUtcNow(),
            };
            if (await listings.SaveNewAsync(listing, "credit.serious-proposed", null, ct)) proposed++;
        }

        var expiring = await db.Listings.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.List == CreditList.Serious && l.Status == ListingStatus.Listed && l.ExpiresOn < today).ToListAsync(ct);
        var expired = 0;
        foreach (var listing in expiring)
        {
            if (!ListingRules.IsExpired(listing.ExpiresOn!.Value, today)) continue;
            var before = ListingView.Of(listing);
            var on = ListingRules.ExpiredOn(listing.ExpiresOn.Value);
            const string reason = "列入严重违法失信名单期满";
            var at = clock.GetUtcNow();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // Claim the row: a second node (or a second run) finds it no longer Listed and writes nothing.
            var claimed = await db.Listings.IgnoreQueryFilters().Where(l => l.Id == listing.Id && l.Status == ListingStatus.Listed)
                .ExecuteUpdateAsync(u => u.SetProperty(l => l.Status, ListingStatus.Expired).SetProperty(l => l.RemovedOn, on)
                    .SetProperty(l => l.RemovalReason, reason).SetProperty(l => l.UpdatedAt, at), ct);
            if (claimed == 0)
            {
                await tx.RollbackAsync(ct);
                continue;
            }

            listing.Status = ListingStatus.Expired;
            listing.RemovedOn = on;
            listing.RemovalReason = reason;
            listing.UpdatedAt = at;
            db.Audit("credit.serious-expired", nameof(Listing), listing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), before,
                ListingView.Of(listing), listing.DivisionCode);
            CreditFeed.Add(db, CreditFeed.SeriousExpired, listing.Uscc, listing.EntityName, listing.DivisionCode, listing.DecisionNo ?? listing.Key,
                $"列入严重违法失信名单期满（{listing.ExpiresOn:yyyy-MM-dd}）自动移出", on, at);
            db.Publish(new ListingChanged(listing.Uscc, listing.List, listing.Status, listing.Id));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            expired++;
        }

        return new SeriousRunResult(proposed, expired);
    }
}

/// <summary>
/// The credit listing jobs as a scheduled job (<see cref="IScheduledJob"/>): hourly inside the nightly window (01:00–06:00 China
/// time by default, <see cref="CreditJobOptions"/>), runs <see cref="ListingJobs"/> as the system actor. Every step is
/// idempotent, so several runs in one night, a caught-up night or a manual run list nobody twice; the decision date is the
/// date of the run.
/// </summary>
internal sealed class CreditListingJob(IOptions<CreditJobOptions> options) : IScheduledJob
{
    public const string Key = "credit.listings";

    /// <summary>Quartz cron (China time): minute 0 of every hour from <see cref="CreditJobOptions.NightFrom"/> to before <see cref="CreditJobOptions.NightTo"/>.</summary>
    public static string Cron(CreditJobOptions o) => $"0 0 {o.NightFrom}-{Math.Max(o.NightFrom, o.NightTo - 1)} * * ?";

    public async Task ExecuteAsync(IServiceProvider services, CancellationToken ct)
    {
        if (!options.Value.Enabled) return;
        var clock = services.GetRequiredService<TimeProvider>();
        var jobs = services.GetRequiredService<ListingJobs>();
        var rules = services.GetRequiredService<IRuleBook>();
        var today = clock.Today();
        var year = ListingRules.LastClosedYear(today, rules.Get("annual-report.window-end", today));
        await jobs.RunAbnormalAsync(year, ct);
        await jobs.RunSeriousAsync(ct);
    }
}
