using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Calendar;

namespace Zhijian.Cases.Features.Disclosure;

/// <summary>One line of the public list.</summary>
internal sealed record PublicPenaltyItem(long Id, string DecisionNo, string PartyName, string? Uscc, string ViolationType, string PenaltySummary,
    string Authority, DateOnly DecidedOn, DateOnly PublishedOn);

internal sealed record PublicPenaltyList(int Total, int Page, int PageSize, IReadOnlyList<PublicPenaltyItem> Items)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>A publication as the portal shows it: the summary in front, then the redacted text in paragraphs.</summary>
internal sealed record PublicPenalty(long Id, IReadOnlyList<(string Label, string Value)> Summary, IReadOnlyList<string> Paragraphs,
    DateOnly PublishedOn, DateOnly? PublicUntil);

/// <summary>
/// 行政处罚信息公示 on the portal: every bureau's publications public today (not withdrawn, published, within term),
/// whatever the reader's jurisdiction; nothing else.
/// </summary>
internal sealed class PublicPenalties(CasesDbContext db, TimeProvider clock)
{
    public const int PageSize = 20;

    /// <summary>Newest first; <paramref name="q"/> matches a USCC exactly, or part of the party's name or the 文号.</summary>
    public async Task<PublicPenaltyList> SearchAsync(string? q, int page, CancellationToken ct)
    {
        var query = Public();
        var term = q?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            var upper = term.ToUpperInvariant();
            query = term.Length == 18
                ? query.Where(p => p.Uscc == upper || p.DecisionNo.Contains(term) || p.PartyName.Contains(term))
                : query.Where(p => p.PartyName.Contains(term) || p.DecisionNo.Contains(term));
        }

        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(page, 1, pages);
        var items = await query.OrderByDescending(p => p.PublishedOn).ThenByDescending(p => p.Id)
            .Skip((current - 1) * PageSize).Take(PageSize)
            .Select(p => new PublicPenaltyItem(p.Id, p.DecisionNo, p.PartyName, p.Uscc, p.ViolationType, p.PenaltySummary, p.Authority, p.DecidedOn, p.PublishedOn))
            .ToListAsync(ct);
        return new PublicPenaltyList(total, current, PageSize, items);
    }

    /// <summary>The public publication of each case that has one today (case id → publication id).</summary>
    public async Task<IReadOnlyDictionary<long, long>> PublicationsOfCasesAsync(IReadOnlyCollection<long> caseIds, CancellationToken ct)
    {
        if (caseIds.Count == 0) return new Dictionary<long, long>();
        var rows = await Public().Where(p => caseIds.Contains(p.CaseId)).Select(p => new { p.CaseId, p.Id }).ToListAsync(ct);
        return rows.GroupBy(r => r.CaseId).ToDictionary(g => g.Key, g => g.Max(r => r.Id));
    }

    /// <summary>The publication when it is public today; null otherwise (withdrawn, expired, not yet published, unknown).</summary>
    public async Task<PublicPenalty?> GetAsync(long id, CancellationToken ct)
    {
        var p = await Public().SingleOrDefaultAsync(x => x.Id == id, ct);
        return p is null ? null : new PublicPenalty(p.Id, PublicationRules.Lines(p), Redaction.Paragraphs(p.Text), p.PublishedOn, p.PublicUntil);
    }

    // Publication.IsPublicOn(today) as SQL.
    private IQueryable<Publication> Public()
    {
        var today = clock.Today();
        return db.Publications.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.WithdrawnOn == null && p.PublishedOn <= today && (p.PublicUntil == null || p.PublicUntil >= today));
    }
}

/// <summary>The credit page's penalty rows (source <see cref="Disclosures.SourceSystem"/>, id = case id) link to their public decision.</summary>
internal sealed class PenaltyCreditLinks(PublicPenalties penalties) : Zhijian.Credit.Contracts.IPublicCreditRecordLinks
{
    public string SourceSystem => Disclosures.SourceSystem;

    public async Task<IReadOnlyDictionary<string, string>> HrefsAsync(IReadOnlyCollection<string> sourceIds, CancellationToken ct)
    {
        var caseIds = sourceIds.Select(s => long.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().ToList();
        var byCase = await penalties.PublicationsOfCasesAsync(caseIds, ct);
        return byCase.ToDictionary(kv => kv.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), kv => $"/gs/penalties/{kv.Value}");
    }
}

/// <summary>公示首页 “行政处罚”: the newest public decisions.</summary>
internal sealed class PenaltiesHomeSection(PublicPenalties penalties) : Zhijian.Platform.Portal.IPortalHomeSection
{
    public string Title => "行政处罚";

    public int Order => 100;

    public string MoreHref => "/gs/penalties";

    public async Task<IReadOnlyList<Zhijian.Platform.Portal.PortalItem>> LatestAsync(int max, CancellationToken ct)
    {
        var page = await penalties.SearchAsync(null, 1, ct);
        return [.. page.Items.Take(max).Select(p => new Zhijian.Platform.Portal.PortalItem(
            $"{p.PartyName}：{p.ViolationType}", p.DecidedOn, $"/gs/penalties/{p.Id}", $"{p.DecisionNo}，{p.PenaltySummary}"))];
    }
}
