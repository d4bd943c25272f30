using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Data;
using Zhijian.Entities.Domain;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Entities.Features.Search;

/// <summary>主体查询 request: any fragment of the name, a USCC or its prefix, or a legal representative's name.</summary>
internal sealed record EntityQuery(string? Q, EntityType? Type, EntityStatus? Status, string? Division, string? Industry,
    string? Tag, string? Licence, int Page = 1, int PageSize = 20);

internal sealed record EntityHit(string Uscc, string Name, EntityType Type, string TypeName, string LegalRep, EntityStatus Status,
    string StatusName, string DivisionCode, string DivisionName, string IndustryCode, DateOnly EstablishedOn, IReadOnlyList<string> Tags);

/// <summary>A page of hits; <see cref="Total"/> is exact up to the cap (<see cref="EntitySearch.CountCap"/> with a query,
/// <see cref="EntitySearch.BrowseCountCap"/> without), beyond that shown as "1000+" / "10000+".</summary>
internal sealed record EntityPage(IReadOnlyList<EntityHit> Items, int Page, int PageSize, int Total, bool TotalCapped);

/// <summary>
/// Name search on both databases. Three or more characters use the trigram index (PostgreSQL pg_trgm GIN,
/// SQLite FTS5 trigram); one or two characters use the gram index of <see cref="NameGrams"/> when the fragment is rare
/// and a LIKE scan that stops at the cap when it is common, as do common fragments of three or more on SQLite. Exact names rank first, then names starting with the query,
/// then shorter names. Always inside the caller's jurisdiction (query filter).
/// </summary>
internal sealed class EntitySearch(EntitiesDbContext db, DivisionTable divisions, IndustryTable industries, ActorContext actor, NameGramStats grams)
{
    public const int CountCap = 1_000;

    /// <summary>Listing without a query (filters only) counts further: a count is cheap where nothing is ranked.</summary>
    public const int BrowseCountCap = 10_000;
    public const int MaxPageSize = 100;

    /// <summary>The query's fields checked (list and exports alike): page, size, text, division and industry codes.</summary>
    public FieldErrors Validate(EntityQuery query)
    {
        var errors = new FieldErrors();
        if (query.Page < 1) errors.Add("page", "页码从 1 开始");
        if (query.PageSize is < 1 or > MaxPageSize) errors.Add("pageSize", $"每页条数应在 1–{MaxPageSize} 之间");
        if (query.Q?.Trim().Length > 100) errors.Add("q", "查询内容不能超过 100 个字符");
        if (query.Division is { Length: > 0 } d && !divisions.IsWellFormedOrKnown(d)) errors.Add("division", $"行政区划代码“{d}”不存在");
        if (query.Industry is { Length: > 0 } i && industries.Find(i) is null) errors.Add("industry", $"行业代码“{i}”不在 GB/T 4754-2017 中");
        return errors;
    }

    public async Task<Result<EntityPage>> SearchAsync(EntityQuery query, CancellationToken ct)
    {
        var errors = Validate(query);
        if (errors.Count > 0) return Result<EntityPage>.Invalid(errors.ToDictionary());

        var text = query.Q?.Trim() ?? "";
        var gramIndex = NameGrams.Applies(text) && !await grams.IsCommonAsync(db, text, ct);
        var scanCommon = text.Length >= 3 && ModuleModel.IsSqlite(db.Database) && await NameGramStats.IsCommonTrigramAsync(db, text, ct);
        var q = Filtered(query, gramIndex, scanCommon);
        var upper = text.ToUpperInvariant();
        var skip = Paging.Skip(query.Page, query.PageSize);
        List<MarketEntity> page;
        int total;
        if (text.Length == 0)
        {
            total = await q.Take(BrowseCountCap + 1).CountAsync(ct);
            page = await q.OrderBy(e => e.Name).Skip(skip).Take(query.PageSize).ToListAsync(ct);
            return new EntityPage([.. page.Select(Hit)], query.Page, query.PageSize, Math.Min(total, BrowseCountCap), total > BrowseCountCap);
        }
        else
        {
            // One pass collects up to CountCap + 1 candidates (it stops early for a common fragment) and gives the count;
            // the candidates are ranked in memory: exact name or USCC, then names starting with the query, then shorter
            // names, then by name. Past CountCap (one common character, "有限公司") ranking every match would sort up to
            // the whole registry on each keystroke: the page then ranks the first CountCap matches found, after every
            // exact match (found through the name and USCC indexes), and says "1000+" so the user types more.
            var candidates = await q.Select(e => new { e.Id, e.Name, e.Uscc }).Take(CountCap + 1).ToListAsync(ct);
            total = candidates.Count;
            if (total > CountCap)
            {
                candidates.RemoveAt(CountCap);
                var exact = await q.Where(e => e.Name == text || e.Uscc == upper).Select(e => new { e.Id, e.Name, e.Uscc }).Take(MaxPageSize).ToListAsync(ct);
                candidates = [.. exact.Concat(candidates).DistinctBy(c => c.Id).Take(CountCap)];
            }

            var ids = candidates
                .OrderBy(c => c.Name == text || c.Uscc == upper ? 0 : c.Name.StartsWith(text, StringComparison.Ordinal) ? 1 : 2)
                .ThenBy(c => c.Name.Length).ThenBy(c => c.Name, StringComparer.Ordinal)
                .Skip(skip).Take(query.PageSize).Select(c => c.Id).ToList();
            var rows = await db.Entities.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
            page = [.. ids.Where(rows.ContainsKey).Select(id => rows[id])];
        }

        return new EntityPage([.. page.Select(Hit)], query.Page, query.PageSize, Math.Min(total, CountCap), total > CountCap);
    }

    /// <summary>The filtered set (also used by exports, which read every match and so scan); <paramref name="gramIndex"/>:
    /// a one- or two-character name fragment is looked up in the gram index (<see cref="NameGrams"/>); <paramref name="scanCommon"/>:
    /// a common fragment of three or more characters on SQLite is matched by the LIKE scan, not the trigram index.</summary>
    public IQueryable<MarketEntity> Filtered(EntityQuery query, bool gramIndex = false, bool scanCommon = false)
    {
        var q = db.Entities.AsNoTracking();
        var text = query.Q?.Trim() ?? "";
        if (text.Length > 0)
        {
            var upper = text.ToUpperInvariant();
            var codeLike = upper.All(c => char.IsAsciiDigit(c) || (char.IsAsciiLetterUpper(c) && c is not ('I' or 'O' or 'S' or 'V' or 'Z')));
            var people = EntityAccess.CanSearchPeople(actor.Current);
            var match = NameContains(text, gramIndex, scanCommon);
            if (codeLike) match = match.Or(e => e.Uscc.StartsWith(upper) || e.RegNo == upper);
            if (people) match = match.Or(e => e.LegalRep == text);
            q = q.Where(match);
        }

        if (query.Type is { } type) q = q.Where(e => e.Type == type);
        if (query.Status is { } status) q = q.Where(e => e.Status == status);
        if (query.Division is { Length: > 0 } division)
        {
            var prefix = Jurisdiction.ScopePrefix(division.Trim());
            q = q.Where(e => e.DivisionCode.StartsWith(prefix));
        }

        if (query.Industry is { Length: > 0 } industry)
        {
            var code = industry.Trim().ToUpperInvariant();
            if (char.IsAsciiLetter(code[0]))
            {
                string[] divisionsOfSection = [.. industries.ChildrenOf(code).Select(c => c.Code)];
                q = q.Where(e => divisionsOfSection.Contains(e.IndustryCode.Substring(0, 2)));
            }
            else
            {
                q = q.Where(e => e.IndustryCode.StartsWith(code));
            }
        }

        if (query.Tag is { Length: > 0 } tag)
        {
            // Tags are one comma-separated column (a value-converted list, which LINQ cannot look into): match ",tag,".
            var pattern = "%," + SqlLike.Escape(tag.Trim()) + ",%";
            var ids = ModuleModel.IsSqlite(db.Database)
                ? db.Database.SqlQuery<long>($"SELECT \"Id\" AS \"Value\" FROM entities_market_entities WHERE ',' || \"Tags\" || ',' LIKE {pattern} ESCAPE '\\'")
                : db.Database.SqlQuery<long>($"SELECT \"Id\" AS \"Value\" FROM entities.market_entities WHERE ',' || \"Tags\" || ',' LIKE {pattern} ESCAPE '\\'");
            q = q.Where(e => ids.Contains(e.Id));
        }

        if (query.Licence is { Length: > 0 } licence)
        {
            var typeCode = licence.Trim();
            q = q.Where(e => db.Licences.Any(l => l.EntityId == e.Id && l.TypeCode == typeCode && l.Status == "有效"));
        }

        return q;
    }

    /// <summary>
    /// "Name contains text", through the provider's trigram index, or its gram index for a rare fragment of one or two
    /// characters. No IgnoreQueryFilters here: in EF it would switch the jurisdiction filter off for the whole query.
    /// </summary>
    private Expression<Func<MarketEntity, bool>> NameContains(string text, bool gramIndex, bool scanCommon)
    {
        var like = "%" + SqlLike.Escape(text) + "%";
        if (gramIndex)
        {
            if (!ModuleModel.IsSqlite(db.Database)) return e => NameGrams.NameHas(e.Name, text); // exact: the LIKE would only spoil the estimate
            var phrase = NameGrams.FtsPhrase(text);
            var gramIds = db.Database.SqlQuery<long>($"SELECT rowid AS \"Value\" FROM entities_name_grams WHERE entities_name_grams MATCH {phrase}");
            return e => gramIds.Contains(e.Id) && EF.Functions.Like(e.Name, like, "\\");
        }

        if (!ModuleModel.IsSqlite(db.Database))
        {
            // Case folding only where the query has Latin letters: ILIKE costs ~10× LIKE on a scan, and Chinese has no case.
            if (text.Any(char.IsAsciiLetter)) return e => EF.Functions.ILike(e.Name, like, "\\");
            return e => EF.Functions.Like(e.Name, like, "\\");
        }

        if (text.Length >= 3 && !scanCommon)
        {
            var phrase = NameGrams.FtsPhrase(text);
            var ids = db.Database.SqlQuery<long>($"SELECT rowid AS \"Value\" FROM entities_name_fts WHERE entities_name_fts MATCH {phrase}");
            return e => ids.Contains(e.Id);
        }

        return e => EF.Functions.Like(e.Name, like, "\\");
    }

    private EntityHit Hit(MarketEntity e) => new(e.Uscc, e.Name, e.Type, EntityNames.Of(e.Type), e.LegalRep, e.Status, EntityNames.Of(e.Status),
        e.DivisionCode, divisions.FullName(e.DivisionCode), e.IndustryCode, e.EstablishedOn, e.Tags);
}

internal static class PredicateExtensions
{
    /// <summary>a || b over the same parameter, for EF to translate.</summary>
    public static Expression<Func<T, bool>> Or<T>(this Expression<Func<T, bool>> a, Expression<Func<T, bool>> b)
    {
        var p = a.Parameters[0];
        var right = new Rebind(b.Parameters[0], p).Visit(b.Body);
        return Expression.Lambda<Func<T, bool>>(Expression.OrElse(a.Body, right), p);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

internal static class DivisionTableExtensions
{
    public static bool IsWellFormedOrKnown(this DivisionTable table, string code) => table.Find(code.Trim()) is not null;
}
