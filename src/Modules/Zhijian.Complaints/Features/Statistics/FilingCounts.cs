using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Platform.Storage;

namespace Zhijian.Complaints.Features.Statistics;

/// <summary>
/// One cell of the module's statistics rollup (<c>complaints.filing_counts</c>): how many filings fall under a dimension
/// key in a period, per handling unit's division and kind. Maintained by the module's own saves
/// (<see cref="FilingCounts.CollectDeltas"/>: every change of a filing subtracts what its old values counted and adds
/// what its new ones count, appended in the same transaction), compacted every minute, rebuilt from the filings on demand
/// (<see cref="FilingCounts.RebuildAsync"/>). Read by the monthly rates and the hot-spot analysis instead of
/// aggregating a year of filings per call.
/// </summary>
internal sealed class FilingCount : IDivisionScoped
{
    /// <summary>See <see cref="FilingCounts"/>' constants: received, closed (per unit and month), day, category, problem, industry, business, target, open; business-all, target-all.</summary>
    public string Dimension { get; set; } = "";

    /// <summary>
    /// The first day of the month; the day itself for <see cref="FilingCounts.Day"/>; the due date for <see cref="FilingCounts.Open"/>
    /// (<see cref="FilingCounts.Paused"/> while the clock is stopped).
    /// </summary>
    public DateOnly Period { get; set; }

    /// <summary>The handling unit's division (the jurisdiction filter applies to it as to the filings).</summary>
    public string DivisionCode { get; set; } = "";

    public FilingKind Kind { get; set; }

    /// <summary>The handling unit (received, closed, open; 0 otherwise).</summary>
    public int OrgUnitId { get; set; }

    public string OrgUnitName { get; set; } = "";

    /// <summary>
    /// The dimension's value: category or problem code, 2-digit industry, USCC, target name ("" when none) — by month and of all time; the handler of an
    /// open filing (<see cref="FilingCounts.HandlerKey"/>).
    /// </summary>
    public string Key { get; set; } = "";

    /// <summary>
    /// 0 for a compacted cell; otherwise the save that appended this change (a random id: saves append, they never update
    /// a shared row, so concurrent intakes do not wait on each other's cells). Readers sum over batches;
    /// <see cref="FilingCounts.CompactAsync"/> folds the appended rows into the compacted cells every minute.
    /// </summary>
    public long Batch { get; set; }

    public int N { get; set; }

    /// <summary>received: first response within the 24 hours.</summary>
    public int Responded { get; set; }

    /// <summary>closed: on time.</summary>
    public int OnTime { get; set; }

    /// <summary>closed: with a satisfaction rating, and the ratings' sum.</summary>
    public int Rated { get; set; }

    public int Score { get; set; }
}

/// <summary>The key of a rollup cell.</summary>
internal readonly record struct CountKey(string Dimension, DateOnly Period, string DivisionCode, FilingKind Kind, int OrgUnitId, string OrgUnitName, string Key);

/// <summary>The counters of a rollup cell (or a change to them).</summary>
internal readonly record struct CountValues(int N, int Responded = 0, int OnTime = 0, int Rated = 0, int Score = 0)
{
    public bool IsZero => N == 0 && Responded == 0 && OnTime == 0 && Rated == 0 && Score == 0;

    public static CountValues operator +(CountValues a, CountValues b) =>
        new(a.N + b.N, a.Responded + b.Responded, a.OnTime + b.OnTime, a.Rated + b.Rated, a.Score + b.Score);

    public static CountValues operator -(CountValues a) => new(-a.N, -a.Responded, -a.OnTime, -a.Rated, -a.Score);
}

/// <summary>The fields of a filing the rollup counts by.</summary>
internal sealed record FilingFacts(FilingKind Kind, FilingStatus Status, DateOnly ReceivedOn, DateOnly? ClosedOn, string DivisionCode, int OrgUnitId,
    string OrgUnitName, DateTimeOffset? FirstRespondedAt, DateTimeOffset FirstResponseDue, bool? OnTime, int? Satisfaction, string? CategoryCode,
    string? ProblemCode, string? IndustryCode, string? Uscc, string TargetName, DateOnly? DueOn = null, string? HandlerUserName = null,
    string? HandlerName = null)
{
    public static FilingFacts Of(PropertyValues v) => new(v.GetValue<FilingKind>(nameof(Filing.Kind)), v.GetValue<FilingStatus>(nameof(Filing.Status)),
        v.GetValue<DateOnly>(nameof(Filing.ReceivedOn)), v.GetValue<DateOnly?>(nameof(Filing.ClosedOn)), v.GetValue<string>(nameof(Filing.DivisionCode)),
        v.GetValue<int>(nameof(Filing.OrgUnitId)), v.GetValue<string>(nameof(Filing.OrgUnitName)), v.GetValue<DateTimeOffset?>(nameof(Filing.FirstRespondedAt)),
        v.GetValue<DateTimeOffset>(nameof(Filing.FirstResponseDue)), v.GetValue<bool?>(nameof(Filing.OnTime)), v.GetValue<int?>(nameof(Filing.Satisfaction)),
        v.GetValue<string?>(nameof(Filing.CategoryCode)), v.GetValue<string?>(nameof(Filing.ProblemCode)), v.GetValue<string?>(nameof(Filing.IndustryCode)),
        v.GetValue<string?>(nameof(Filing.Uscc)), v.GetValue<string>(nameof(Filing.TargetName)) ?? "", v.GetValue<DateOnly?>(nameof(Filing.DueOn)),
        v.GetValue<string?>(nameof(Filing.HandlerUserName)), v.GetValue<string?>(nameof(Filing.HandlerName)));
}

/// <summary>
/// The statistics rollup of the complaints module: what each filing counts (<see cref="Of"/>, pure), the deltas of a save,
/// their upsert, and the rebuild from the filings. The rule is one function, so maintained and rebuilt counts agree by
/// construction; <c>FilingCountsTests</c> checks it after every kind of change.
/// </summary>
internal static class FilingCounts
{
    /// <summary>Per unit and month received: N, responded within 24 h (by the filing's kind).</summary>
    public const string Received = "received";

    /// <summary>Per unit and month closed, ODR-settled excluded: N, on time, rated, score.</summary>
    public const string Closed = "closed";

    /// <summary>Per day received and division: N (totals, weeks, divisions of the hot-spot analysis).</summary>
    public const string Day = "day";

    /// <summary>Per month received: category code, problem code, 2-digit industry, USCC, or target name when there is no USCC.</summary>
    public const string Category = "category";

    public const string Problem = "problem";

    public const string Industry = "industry";

    public const string Business = "business";

    public const string Target = "target";

    /// <summary>
    /// All time, every kind, the whole deployment (period <see cref="AllTime"/>, division "", kind 0) per USCC, and per
    /// target name when there is no USCC: N. The business ranking's upper bound, read past the jurisdiction filter and never
    /// shown: no business has more filings of a kind in a period and a jurisdiction than of every kind, ever, everywhere. One
    /// cell per business, so the ranking reads the businesses with the most filings ever from an index in that order
    /// (<c>IX_FilingCounts_Top</c>) instead of summing ~50,000 businesses' cells per call.
    /// </summary>
    public const string BusinessAll = "business-all";

    public const string TargetAll = "target-all";

    /// <summary>The period of the all-time cells.</summary>
    public static readonly DateOnly AllTime = DateOnly.MinValue;

    /// <summary>
    /// Per open filing (in handling: not closed, not with the enterprise in ODR) by due date, unit and handler: N. The SLA
    /// overview's open, due-soon, overdue and paused counts are sums of these cells (today decides which dates count as what).
    /// </summary>
    public const string Open = "open";

    /// <summary>The <see cref="Open"/> cells' period of a filing whose clock is stopped (no due date).</summary>
    public static readonly DateOnly Paused = DateOnly.MinValue;

    /// <summary>Whether a filing is in handling (the SLA overview's "open"): not closed, not with the enterprise in ODR.</summary>
    public static bool IsOpen(FilingStatus status) => (int)status < 10 && status != FilingStatus.Odr;

    /// <summary><see cref="IsOpen"/> as a query filter on the filings (the rebuild, the overview's not-responded count).</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Filing, bool>> InHandling = f => (int)f.Status < 10 && f.Status != FilingStatus.Odr;

    private const char NameSeparator = '\u001f';

    /// <summary>
    /// The <see cref="Open"/> cell key of a handler: "" for none, the user name, or the user name and display name joined by
    /// U+001F (neither may contain it), so the overview shows the name the filings carry.
    /// </summary>
    public static string HandlerKey(string? userName, string? name) =>
        userName is null ? "" : name is null ? userName : userName + NameSeparator + name;

    /// <summary>The inverse of <see cref="HandlerKey"/>: (null, null) for "".</summary>
    public static (string? UserName, string? Name) Handler(string key)
    {
        if (key.Length == 0) return (null, null);
        var at = key.IndexOf(NameSeparator, StringComparison.Ordinal);
        return at < 0 ? (key, null) : (key[..at], key[(at + 1)..]);
    }

    /// <summary>A row with this dimension asks for a rebuild before the next read (the migration writes it; so may a bulk load).</summary>
    public const string RebuildMarker = "rebuild";

    /// <summary>
    /// The statement that asks for a rebuild, for whoever loads filings past the module (a bench, an operator after a bulk
    /// import); <paramref name="table"/>: <c>complaints.filing_counts</c> (PostgreSQL) or <c>complaints_filing_counts</c> (SQLite).
    /// </summary>
    public static string RebuildMarkerSql(string table) =>
        $"INSERT INTO {table} (\"Dimension\", \"Period\", \"DivisionCode\", \"Kind\", \"OrgUnitId\", \"OrgUnitName\", \"Key\", \"Batch\", \"N\", \"Responded\", \"OnTime\", \"Rated\", \"Score\") " +
        $"VALUES ('{RebuildMarker}', '0001-01-01', '', 0, 0, '', '', 0, 0, 0, 0, 0, 0) ON CONFLICT DO NOTHING";

    public static DateOnly MonthOf(DateOnly d) => new(d.Year, d.Month, 1);

    /// <summary>The 2-digit GB/T 4754 大类 of an industry code, as <c>substr(code, 1, 2)</c> in SQL; "" when unknown.</summary>
    public static string IndustryKey(string? code) => code is null ? "" : code.Length <= 2 ? code : code[..2];

    /// <summary>What one filing counts, cell by cell.</summary>
    public static IEnumerable<(CountKey Key, CountValues Values)> Of(FilingFacts f)
    {
        var month = MonthOf(f.ReceivedOn);
        var one = new CountValues(1);
        yield return (new CountKey(Received, month, f.DivisionCode, f.Kind, f.OrgUnitId, f.OrgUnitName, ""),
            new CountValues(1, Responded: f.FirstRespondedAt is { } at && at <= f.FirstResponseDue ? 1 : 0));
        if (f.ClosedOn is { } closed && f.Status != FilingStatus.OdrSettled)
            yield return (new CountKey(Closed, MonthOf(closed), f.DivisionCode, f.Kind, f.OrgUnitId, f.OrgUnitName, ""),
                new CountValues(1, OnTime: f.OnTime == true ? 1 : 0, Rated: f.Satisfaction is null ? 0 : 1, Score: f.Satisfaction ?? 0));
        yield return (new CountKey(Day, f.ReceivedOn, f.DivisionCode, f.Kind, 0, "", ""), one);
        yield return (new CountKey(Category, month, f.DivisionCode, f.Kind, 0, "", f.CategoryCode ?? ""), one);
        yield return (new CountKey(Problem, month, f.DivisionCode, f.Kind, 0, "", f.ProblemCode ?? ""), one);
        yield return (new CountKey(Industry, month, f.DivisionCode, f.Kind, 0, "", IndustryKey(f.IndustryCode)), one);
        yield return f.Uscc is { } uscc
            ? (new CountKey(Business, month, f.DivisionCode, f.Kind, 0, "", uscc), one)
            : (new CountKey(Target, month, f.DivisionCode, f.Kind, 0, "", f.TargetName), one);
        yield return f.Uscc is { } code
            ? (new CountKey(BusinessAll, AllTime, "", 0, 0, "", code), one)
            : (new CountKey(TargetAll, AllTime, "", 0, 0, "", f.TargetName), one);
        if (IsOpen(f.Status))
            yield return (new CountKey(Open, f.DueOn ?? Paused, f.DivisionCode, f.Kind, f.OrgUnitId, f.OrgUnitName, HandlerKey(f.HandlerUserName, f.HandlerName)), one);
    }

    /// <summary>The net change to the rollup of the filings added, modified and deleted in a context (before its save).</summary>
    public static Dictionary<CountKey, CountValues> CollectDeltas(ChangeTracker tracker)
    {
        var deltas = new Dictionary<CountKey, CountValues>();
        foreach (var entry in tracker.Entries<Filing>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
                foreach (var (key, values) in Of(FilingFacts.Of(entry.OriginalValues))) Add(deltas, key, -values);
            if (entry.State is EntityState.Added or EntityState.Modified)
                foreach (var (key, values) in Of(FilingFacts.Of(entry.CurrentValues))) Add(deltas, key, values);
        }

        foreach (var key in deltas.Where(d => d.Value.IsZero).Select(d => d.Key).ToList()) deltas.Remove(key);
        return deltas;
    }

    private static void Add(Dictionary<CountKey, CountValues> deltas, CountKey key, CountValues values) =>
        deltas[key] = deltas.GetValueOrDefault(key) + values;

    private static readonly string[] Columns =
    [
        nameof(FilingCount.Dimension), nameof(FilingCount.Period), nameof(FilingCount.DivisionCode), nameof(FilingCount.Kind), nameof(FilingCount.OrgUnitId),
        nameof(FilingCount.OrgUnitName), nameof(FilingCount.Key), nameof(FilingCount.Batch), nameof(FilingCount.N), nameof(FilingCount.Responded), nameof(FilingCount.OnTime),
        nameof(FilingCount.Rated), nameof(FilingCount.Score),
    ];

    private const int KeyColumns = 8;

    /// <summary>
    /// Appends the deltas of one save as rows of their own batch (a plain multi-row INSERT in the save's transaction: no
    /// conflict, no lock on a shared cell). <paramref name="batch"/> 0 writes compacted cells (the rebuild, on an empty table).
    /// </summary>
    public static async Task ApplyAsync(ComplaintsDbContext db, IReadOnlyCollection<KeyValuePair<CountKey, CountValues>> deltas, CancellationToken ct,
        long? batch = null)
    {
        var id = batch ?? Random.Shared.NextInt64(1, long.MaxValue);
        var rows = deltas.ToList();
        const int size = 500; // 6,500 parameters a statement
        for (var i = 0; i < rows.Count; i += size)
        {
            var chunk = rows.Skip(i).Take(size).ToList();
            var args = new List<object>(chunk.Count * Columns.Length);
            foreach (var (k, v) in chunk)
                args.AddRange([k.Dimension, k.Period, k.DivisionCode, (int)k.Kind, k.OrgUnitId, k.OrgUnitName, k.Key, id, v.N, v.Responded, v.OnTime, v.Rated, v.Score]);
            await db.Database.ExecuteSqlRawAsync(InsertSql(db, chunk.Count), args, ct);
        }
    }

    private static string InsertSql(ComplaintsDbContext db, int rowCount)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var s = new StringBuilder("INSERT INTO ").Append(Table(db)).Append(" (").AppendJoin(", ", Columns.Select(c => sql.DelimitIdentifier(c))).Append(") VALUES ");
        for (var r = 0; r < rowCount; r++)
        {
            if (r > 0) s.Append(", ");
            s.Append('(').AppendJoin(", ", Enumerable.Range(r * Columns.Length, Columns.Length).Select(p => "{" + p.ToString(CultureInfo.InvariantCulture) + "}")).Append(')');
        }

        return s.ToString();
    }

    /// <summary>
    /// Folds the appended batches into the compacted cells (batch 0) in one transaction: summed per key, added with
    /// <c>INSERT … ON CONFLICT DO UPDATE</c>, the batches deleted. On PostgreSQL one statement (<c>WITH moved AS (DELETE …
    /// RETURNING …) INSERT …</c>: a batch committed meanwhile is not seen, so it stays for the next run) under a
    /// transaction-level advisory lock, so two nodes never fold at once; on SQLite the write lock does the same. Readers
    /// get the same sums before and after. Returns 0 when there was nothing to fold (or another node was folding).
    /// </summary>
    public static async Task<int> CompactAsync(ComplaintsDbContext db, CancellationToken ct)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        string Col(string c) => sql.DelimitIdentifier(c);
        var keys = string.Join(", ", Columns.Take(KeyColumns).Where(c => c != nameof(FilingCount.Batch)).Select(Col));
        var counters = Columns.Skip(KeyColumns).Select(Col).ToList();
        var conflict = $" ON CONFLICT ({string.Join(", ", Columns.Take(KeyColumns).Select(Col))}) DO UPDATE SET "
            + string.Join(", ", counters.Select(c => $"{c} = c.{c} + excluded.{c}"));
        var insert = $"INSERT INTO {Table(db)} AS c ({keys}, {Col(nameof(FilingCount.Batch))}, {string.Join(", ", counters)}) ";
        var batch = Col(nameof(FilingCount.Batch));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        int folded;
        if (ModuleModel.IsSqlite(db.Database))
        {
            var fold = insert + $"SELECT {keys}, 0, {string.Join(", ", counters.Select(c => $"sum({c})"))} FROM {Table(db)} WHERE {batch} <> 0 GROUP BY {keys}" + conflict;
            await db.Database.ExecuteSqlRawAsync(fold, ct);
            var delete = $"DELETE FROM {Table(db)} WHERE {batch} <> 0";
            folded = await db.Database.ExecuteSqlRawAsync(delete, ct);
        }
        else
        {
            var locked = await db.Database.SqlQueryRaw<bool>("SELECT pg_try_advisory_xact_lock(hashtext('complaints.filing_counts')) AS \"Value\"").SingleAsync(ct);
            if (!locked) return 0;
            var fold = $"WITH moved AS (DELETE FROM {Table(db)} WHERE {batch} <> 0 RETURNING *) " + insert
                + $"SELECT {keys}, 0, {string.Join(", ", counters.Select(c => $"sum({c})::int"))} FROM moved GROUP BY {keys}" + conflict;
            folded = await db.Database.ExecuteSqlRawAsync(fold, ct);
        }

        await tx.CommitAsync(ct);
        return folded;
    }

    /// <summary>The rollup's table, schema-qualified and quoted for the context's database.</summary>
    private static string Table(ComplaintsDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(FilingCount))!;
        return db.GetService<ISqlGenerationHelper>().DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
    }

    /// <summary>
    /// Rebuilds the whole rollup from the filings when a <see cref="RebuildMarker"/> row asks for it (after the migration
    /// that created the table, or a bulk load that bypassed the module). One indexed lookup when nothing is asked.
    /// </summary>
    public static async Task EnsureBuiltAsync(ComplaintsDbContext db, CancellationToken ct)
    {
        if (await MarkedAsync(db, ct)) await RebuildAsync(db, onlyIfMarked: true, ct);
    }

    private static Task<bool> MarkedAsync(ComplaintsDbContext db, CancellationToken ct) =>
        db.FilingCounts.IgnoreQueryFilters().AnyAsync(c => c.Dimension == RebuildMarker, ct);

    /// <summary>
    /// Deletes and recomputes every cell in one transaction. On PostgreSQL the table is locked (EXCLUSIVE: readers go on)
    /// first, so a concurrent save's delta either committed before the recount (and is in it) or waits and is added after.
    /// With <paramref name="onlyIfMarked"/>, nothing is done when another node's rebuild took the marker away meanwhile.
    /// </summary>
    public static async Task<int> RebuildAsync(ComplaintsDbContext db, bool onlyIfMarked, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!ModuleModel.IsSqlite(db.Database))
        {
            var lockSql = "LOCK TABLE " + Table(db) + " IN EXCLUSIVE MODE"; // the model's own table name, no input
            await db.Database.ExecuteSqlRawAsync(lockSql, ct);
        }

        if (onlyIfMarked && !await MarkedAsync(db, ct)) return 0;
        await db.FilingCounts.IgnoreQueryFilters().ExecuteDeleteAsync(ct);
        var cells = new Dictionary<CountKey, CountValues>();
        var filings = db.Filings.IgnoreQueryFilters().AsNoTracking();
        void Put(CountKey key, CountValues values)
        {
            if (!values.IsZero) Add(cells, key, values);
        }

        foreach (var g in await filings.GroupBy(f => new { f.ReceivedOn.Year, f.ReceivedOn.Month, f.DivisionCode, f.Kind, f.OrgUnitId, f.OrgUnitName })
                     .Select(g => new { g.Key, N = g.Count(), Responded = g.Count(f => f.FirstRespondedAt != null && f.FirstRespondedAt <= f.FirstResponseDue) })
                     .ToListAsync(ct))
            Put(new CountKey(Received, new DateOnly(g.Key.Year, g.Key.Month, 1), g.Key.DivisionCode, g.Key.Kind, g.Key.OrgUnitId, g.Key.OrgUnitName, ""),
                new CountValues(g.N, Responded: g.Responded));
        foreach (var g in await filings.Where(f => f.ClosedOn != null && f.Status != FilingStatus.OdrSettled)
                     .GroupBy(f => new { f.ClosedOn!.Value.Year, f.ClosedOn!.Value.Month, f.DivisionCode, f.Kind, f.OrgUnitId, f.OrgUnitName })
                     .Select(g => new
                     {
                         g.Key,
                         N = g.Count(),
                         OnTime = g.Count(f => f.OnTime == true),
                         Rated = g.Count(f => f.Satisfaction != null),
                         Score = g.Sum(f => f.Satisfaction ?? 0),
                     }).ToListAsync(ct))
            Put(new CountKey(Closed, new DateOnly(g.Key.Year, g.Key.Month, 1), g.Key.DivisionCode, g.Key.Kind, g.Key.OrgUnitId, g.Key.OrgUnitName, ""),
                new CountValues(g.N, OnTime: g.OnTime, Rated: g.Rated, Score: g.Score));
        foreach (var g in await filings.GroupBy(f => new { f.ReceivedOn, f.DivisionCode, f.Kind }).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            Put(new CountKey(Day, g.Key.ReceivedOn, g.Key.DivisionCode, g.Key.Kind, 0, "", ""), new CountValues(g.N));
        foreach (var g in await filings.GroupBy(f => new { f.ReceivedOn.Year, f.ReceivedOn.Month, f.DivisionCode, f.Kind, f.CategoryCode })
                     .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            Put(new CountKey(Category, new DateOnly(g.Key.Year, g.Key.Month, 1), g.Key.DivisionCode, g.Key.Kind, 0, "", g.Key.CategoryCode ?? ""), new CountValues(g.N));
        foreach (var g in await filings.GroupBy(f => new { f.ReceivedOn.Year, f.ReceivedOn.Month, f.DivisionCode, f.Kind, f.ProblemCode })
                     .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            Put(new CountKey(Problem, new DateOnly(g.Key.Year, g.Key.Month, 1), g.Key.DivisionCode, g.Key.Kind, 0, "", g.Key.ProblemCode ?? ""), new CountValues(g.N));
        foreach (var g in await filings.GroupBy(f => new { f.ReceivedOn.Year, f.ReceivedOn.Month, f.DivisionCode, f.Kind, Industry = f.IndustryCode!.Substring(0, 2) })
                     .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            Put(new CountKey(Industry, new DateOnly(g.Key.Year, g.Key.Month, 1), g.Key.DivisionCode, g.Key.Kind, 0, "", g.Key.Industry ?? ""), new CountValues(g.N));
        foreach (var g in await filings.Where(f => f.Uscc != null).GroupBy(f => new { f.ReceivedOn.Year, f.ReceivedOn.Month, f.DivisionCode, f.Kind, f.Uscc })
                     .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            Put(new CountKey(Business, new DateOnly(g.Key.Year, g.Key.Month, 1), g.Key.DivisionCode, g.Key.Kind, 0, "", g.Key.Uscc!), new CountValues(g.N));
        foreach (var g in await filings.Where(f => f.Uscc == null).GroupBy(f => new { f.ReceivedOn.Year, f.ReceivedOn.Month, f.DivisionCode, f.Kind, f.TargetName })
                     .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            Put(new CountKey(Target, new DateOnly(g.Key.Year, g.Key.Month, 1), g.Key.DivisionCode, g.Key.Kind, 0, "", g.Key.TargetName), new CountValues(g.N));
        foreach (var g in await filings.Where(f => f.Uscc != null).GroupBy(f => f.Uscc).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            Put(new CountKey(BusinessAll, AllTime, "", 0, 0, "", g.Key!), new CountValues(g.N));
        foreach (var g in await filings.Where(f => f.Uscc == null).GroupBy(f => f.TargetName).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            Put(new CountKey(TargetAll, AllTime, "", 0, 0, "", g.Key), new CountValues(g.N));
        foreach (var g in await filings.Where(InHandling)
                     .GroupBy(f => new { f.DueOn, f.DivisionCode, f.Kind, f.OrgUnitId, f.OrgUnitName, f.HandlerUserName, f.HandlerName })
                     .Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            Put(new CountKey(Open, g.Key.DueOn ?? Paused, g.Key.DivisionCode, g.Key.Kind, g.Key.OrgUnitId, g.Key.OrgUnitName, HandlerKey(g.Key.HandlerUserName, g.Key.HandlerName)),
                new CountValues(g.N));

        await ApplyAsync(db, cells, ct, batch: 0);
        await tx.CommitAsync(ct);
        return cells.Count;
    }
}
