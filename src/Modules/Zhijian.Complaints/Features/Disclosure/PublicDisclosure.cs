using Microsoft.EntityFrameworkCore;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;

namespace Zhijian.Complaints.Features.Disclosure;

/// <summary>A business on the 消费投诉公示 index: its name as registered on the filings and the count, nothing else.</summary>
internal sealed record PublicBusinessCount(string Uscc, string Name, int Complaints);

/// <summary>
/// The businesses with at least <see cref="MinComplaints"/> complaints in the period (rule <c>complaint.disclosure-min</c>),
/// most first; none when none reaches it.
/// </summary>
internal sealed record PublicBusinessRanking(DateOnly From, DateOnly To, int MinComplaints, IReadOnlyList<PublicBusinessCount> Items);

/// <summary>
/// 消费投诉信息公示: per business, complaints (never reports) received in a period — how many, how many closed, how many
/// resolved (调解成功 or ODR 和解) and by category. Public data over the whole deployment, so it reads past the jurisdiction
/// filter; it selects counts only, never a person, a phone, the facts or a report.
/// </summary>
internal sealed class PublicDisclosure(ComplaintsDbContext db, Categories categories, IRuleBook rules, TimeProvider clock) : IComplaintQueries
{
    public const int TopBusinesses = 50;

    /// <summary>Rule: complaints in the period from which a business is listed among “被投诉较多的经营者”.</summary>
    public const string MinComplaintsRule = "complaint.disclosure-min";

    /// <summary>Rule: closed complaints from which the resolution rate is published (below it: 样本不足).</summary>
    public const string MinClosedRule = "complaint.disclosure-rate-min";

    /// <summary>The twelve months up to <paramref name="to"/> (default today); from the first day of the calendar when that is earlier.</summary>
    public (DateOnly From, DateOnly To) DefaultPeriod(DateOnly? from, DateOnly? to)
    {
        var t = to ?? clock.Today();
        return (from ?? (t.Year > 1 ? t.AddMonths(-12).AddDays(1) : DateOnly.MinValue), t);
    }

    public static string? NormalizeUscc(string? uscc) =>
        uscc?.Trim().ToUpperInvariant() is { Length: 18 } u && u.All(char.IsAsciiLetterOrDigit) ? u : null;

    // SELECT Uscc, COUNT(*) FROM Filings WHERE Uscc IS NOT NULL AND ReceivedOn BETWEEN @from AND @to GROUP BY Uscc
    public async Task<IReadOnlyDictionary<string, int>> FilingCountsAsync(DateOnly from, DateOnly to, CancellationToken ct) =>
        await db.Filings.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.Uscc != null && f.ReceivedOn >= from && f.ReceivedOn <= to)
            .GroupBy(f => f.Uscc!)
            .Select(g => new { g.Key, N = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.N, StringComparer.Ordinal, ct);

    // SELECT CategoryCode, COUNT(*), SUM(closed), SUM(resolved) FROM Filings WHERE Uscc = @u AND Kind = 1 AND ReceivedOn BETWEEN … GROUP BY CategoryCode
    public async Task<PublicComplaintSummary> PublicSummaryAsync(string uscc, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var u = uscc.Trim().ToUpperInvariant();
        var rows = await db.Filings.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.Uscc == u && f.Kind == FilingKind.Complaint && f.ReceivedOn >= from && f.ReceivedOn <= to)
            .GroupBy(f => f.CategoryCode)
            .Select(g => new
            {
                g.Key,
                N = g.Count(),
                Closed = g.Count(f => (int)f.Status >= 10),
                Resolved = g.Count(f => f.Status == FilingStatus.Settled || f.Status == FilingStatus.OdrSettled),
            })
            .ToListAsync(ct);
        var all = await categories.AllAsync(ct);
        var closed = rows.Sum(r => r.Closed);
        var resolved = rows.Sum(r => r.Resolved);
        // A rate over one or two closed complaints says nothing (1 of 9 closed is not “100%”): published from the rule's minimum on.
        var minClosed = Math.Max(1, rules.GetInt(MinClosedRule, clock.Today()));
        return new PublicComplaintSummary(u, from, to, rows.Sum(r => r.N), closed, resolved, closed < minClosed ? null : Math.Round((decimal)resolved / closed, 4),
            [.. rows.Select(r => new PublicComplaintCategory(r.Key ?? "", r.Key is null ? "未分类" : all.FirstOrDefault(c => c.Code == r.Key)?.Name ?? r.Key, r.N))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The businesses with the most complaints received in the last 12 months (registered businesses only), counting at
    /// least the rule's minimum each: a business with one complaint is not “被投诉较多”.
    /// </summary>
    // SELECT Uscc, MAX(TargetName), COUNT(*) … WHERE Kind = 1 AND Uscc IS NOT NULL AND ReceivedOn BETWEEN … GROUP BY Uscc HAVING COUNT(*) >= @min ORDER BY 3 DESC LIMIT 50
    public async Task<PublicBusinessRanking> RankingAsync(CancellationToken ct)
    {
        var (from, to) = DefaultPeriod(null, null);
        var min = Math.Max(1, rules.GetInt(MinComplaintsRule, to));
        var rows = await db.Filings.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.Kind == FilingKind.Complaint && f.Uscc != null && f.ReceivedOn >= from && f.ReceivedOn <= to)
            .GroupBy(f => f.Uscc!)
            .Select(g => new { g.Key, Name = g.Max(f => f.TargetName), N = g.Count() })
            .Where(x => x.N >= min)
            .OrderByDescending(x => x.N).ThenBy(x => x.Key).Take(TopBusinesses).ToListAsync(ct);
        return new PublicBusinessRanking(from, to, min, [.. rows.Select(r => new PublicBusinessCount(r.Key, r.Name ?? r.Key, r.N))]);
    }

    /// <summary>Complaints received in the period per business, for the given USCCs (a name search on the portal); absent = none.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountsAsync(IReadOnlyCollection<string> usccs, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (usccs.Count == 0) return new Dictionary<string, int>();
        return await db.Filings.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.Kind == FilingKind.Complaint && f.Uscc != null && usccs.Contains(f.Uscc) && f.ReceivedOn >= from && f.ReceivedOn <= to)
            .GroupBy(f => f.Uscc!)
            .Select(g => new { g.Key, N = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.N, ct);
    }

    /// <summary>
    /// The resolution rate as the public reads it, always with its denominator: “75%（已办结 4 件，其中解决 3 件）”;
    /// “样本不足” while fewer complaints are closed than the rule requires; “—” before any is closed.
    /// </summary>
    public static string Rate(PublicComplaintSummary s) =>
        s.Closed == 0 ? "—（尚无办结的投诉）"
        : s.ResolutionRate is { } r ? $"{Percent(r)}（已办结 {s.Closed} 件，其中解决 {s.Resolved} 件）"
        : $"样本不足（已办结 {s.Closed} 件，其中解决 {s.Resolved} 件）";

    /// <summary>The rate alone, for a sentence that already states the counts: “75%”, “样本不足” or “—”.</summary>
    public static string RateShort(PublicComplaintSummary s) =>
        s.Closed == 0 ? "—" : s.ResolutionRate is { } r ? Percent(r) : "样本不足";

    private static string Percent(decimal rate) => (rate * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
