using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Platform.Web;

namespace Zhijian.Credit.Features.Feed;

/// <summary>One entry of the 联合惩戒 feed as other departments read it.</summary>
internal sealed record FeedItem(long Seq, string Kind, string Uscc, string EntityName, string DivisionCode, string Reference,
    string Summary, DateOnly EffectiveOn, DateTimeOffset OccurredAt);

internal sealed record FeedPage(IReadOnlyList<FeedItem> Items, long Next, bool More);

/// <summary>
/// 联合惩戒 feed: an ordered, resumable list of listings, removals and penalties. Writers add an entry in the same
/// save as the change's audit entry: the audit chain's lock (advisory lock on PostgreSQL, the write lock on SQLite)
/// serialises those commits, so sequence order is commit order and a poller resuming after a cursor never skips.
/// </summary>
internal static class CreditFeed
{
    public const string AbnormalListed = "abnormal.listed";
    public const string AbnormalRemoved = "abnormal.removed";
    public const string SeriousListed = "serious.listed";
    public const string SeriousRemoved = "serious.removed";
    public const string SeriousExpired = "serious.expired";
    public const string PenaltyPublished = "penalty.published";
    public const string PenaltyWithdrawn = "penalty.withdrawn";
    public const string PenaltyRepaired = "penalty.repaired";

    public static void Add(CreditDbContext db, string kind, string uscc, string entityName, string divisionCode, string reference,
        string summary, DateOnly effectiveOn, DateTimeOffset at) =>
        db.Feed.Add(new FeedEntry
        {
            Kind = kind,
            Uscc = uscc,
            EntityName = entityName,
            DivisionCode = divisionCode,
            Reference = reference,
            Summary = summary,
            EffectiveOn = effectiveOn,
            OccurredAt = at,
        });

    public static async Task<FeedPage> ReadAsync(CreditDbContext db, long after, int limit, CancellationToken ct)
    {
        var rows = await db.Feed.AsNoTracking().Where(x => x.Seq > after).OrderBy(x => x.Seq).Take(limit + 1).ToListAsync(ct);
        var items = rows.Take(limit).Select(x => new FeedItem(x.Seq, x.Kind, x.Uscc, x.EntityName, x.DivisionCode, x.Reference,
            x.Summary, x.EffectiveOn, x.OccurredAt)).ToList();
        return new FeedPage(items, items.Count > 0 ? items[^1].Seq : after, rows.Count > limit);
    }

    /// <summary>Maps <c>GET /api/v1/credit/events</c>.</summary>
    public static void Map(RouteGroupBuilder credit) =>
        credit.MapGet("/events", Read).RequireAuthorization(CreditAccess.ReadPolicy)
            .WithSummary("联合惩戒事件流（列入、移出、处罚公示），按 after 游标续读");

    private static async Task<Results<Ok<FeedPage>, ProblemHttpResult>> Read(long? after, int? limit, CreditDbContext db, CancellationToken ct) =>
        after is < 0 ? Problems.Validation("after", "游标不能为负数。")
        : TypedResults.Ok(await ReadAsync(db, after ?? 0, Math.Clamp(limit ?? 500, 1, 5000), ct));
}
