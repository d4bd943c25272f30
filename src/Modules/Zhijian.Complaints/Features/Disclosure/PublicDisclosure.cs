using Microsoft.EntityFrameworkCore;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Platform.Calendar;

namespace Zhijian.Complaints.Features.Disclosure;

/// <summary>A business on the 消费投诉公示 index: its name as registered on the filings and the count, nothing else.</summary>
internal sealed record PublicBusinessCount(string Uscc, string Name, int Complaints);

internal sealed record PublicBusinessRanking(DateOnly From, DateOnly To, IReadOnlyList<PublicBusinessCount> Items);

/// <summary>
/// 消费投诉信息公示: per business, complaints (never reports) received in a period — how many, how many closed, how many
/// resolved (调解成功 or ODR 和解) and by category. Public data over the whole deployment, so it reads past the jurisdiction
/// filter; it selects counts only, never a person, a phone, the facts or a report.
/// </summary>
internal sealed class PublicDisclosure(ComplaintsDbContext db, Categories categories, TimeProvider clock) : IComplaintQueries
{
    public const int TopBusinesses = 50;

    /// <summary>The twelve months up to <paramref name="to"/> (default today); from the first day of the calendar when that is earlier.</summary>
    public (DateOnly From, DateOnly To) DefaultPeriod(DateOnly? from, DateOnly? to)
    {
        var t = to ?? clock.Today();
        return (from ?? (t.Year > 1 ? t.AddMonths(-12).AddDays(1) : DateOnly.MinValue), t);
    }

    public static string? NormalizeUscc(string? uscc) =>
        uscc?.Trim().ToUpperInvariant() is { Length: 18 } u && u.All(char.IsAsciiLetterOrDigit) ? u : null;

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
        return new PublicComplaintSummary(u, from, to, rows.Sum(r => r.N), closed, resolved, closed == 0 ? null : Math.Round((decimal)resolved / closed, 4),
            [.. rows.Select(r => new PublicComplaintCategory(r.Key ?? "", r.Key is null ? "未分类" : all.FirstOrDefault(c => c.Code == r.Key)?.Name ?? r.Key, r.N))
                .OrderByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal)]);
    }

    /// <summary>The businesses with the most complaints received in the last 12 months (registered businesses only).</summary>
    // SELECT Uscc, MAX(TargetName), COUNT(*) … WHERE Kind = 1 AND Uscc IS NOT NULL AND ReceivedOn BETWEEN … GROUP BY Uscc ORDER BY 3 DESC LIMIT 50
    public async Task<PublicBusinessRanking> RankingAsync(CancellationToken ct)
    {
        var (from, to) = DefaultPeriod(null, null);
        var rows = await db.Filings.IgnoreQueryFilters().AsNoTracking()
            .Where(f => f.Kind == FilingKind.Complaint && f.Uscc != null && f.ReceivedOn >= from && f.ReceivedOn <= to)
            .GroupBy(f => f.Uscc!)
            .Select(g => new { g.Key, Name = g.Max(f => f.TargetName), N = g.Count() })
            .OrderByDescending(x => x.N).ThenBy(x => x.Key).Take(TopBusinesses).ToListAsync(ct);
        return new PublicBusinessRanking(from, to, [.. rows.Select(r => new PublicBusinessCount(r.Key, r.Name ?? r.Key, r.N))]);
    }

    public static string Rate(decimal? rate) => rate is { } r ? (r * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";
}
