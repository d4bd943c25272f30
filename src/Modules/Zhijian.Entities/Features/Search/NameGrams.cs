using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Data;
using Zhijian.Platform.Storage;

namespace Zhijian.Entities.Features.Search;

/// <summary>
/// The index for one- and two-character name fragments, which trigram indexes cannot serve: every name's unigrams and
/// bigrams (Latin letters folded to lower case), kept by the database itself so every app node sees the same index at
/// commit. PostgreSQL: a GIN index on the expression <c>entities.name_grams("Name")</c> (a text[] of the grams), asked
/// through <c>entities.name_has("Name", q)</c>, an inlined SQL function the planner rewrites to <c>name_grams("Name") @&gt;
/// ARRAY[lower(q)]</c>. SQLite: an FTS5 table <c>entities_name_grams</c> (ascii tokenizer, no positions) holding each
/// name's grams as space-separated tokens, kept by triggers (json_each gives the character positions, since a trigger
/// may not hold a WITH clause). Both are exact for a fragment without ASCII punctuation; SQLite's tokenizer drops ASCII
/// punctuation from tokens, so there the LIKE stays as the check.
/// <para>A posting list can be long (one common character is in 40 % of names); reading it whole to return 1,001 hits
/// costs more than a table scan that stops after the first 1,001 matches. <see cref="IsCommon"/> therefore sends a common
/// fragment to the plain LIKE scan, and a rarer one to the index.</para>
/// </summary>
internal static class NameGrams
{
    /// <summary>Names are at most 200 characters (the column's length): the positions a trigger walks.</summary>
    private const int MaxLength = 200;

    /// <summary>PostgreSQL DDL: the gram function, the inlinable test and the GIN index (migration NameGrams).</summary>
    public const string PostgresCreate = """
        CREATE FUNCTION entities.name_grams(t text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $f$
        DECLARE l text := lower(t); n int := length(l); r text[] := regexp_split_to_array(l, '');
        BEGIN
          FOR i IN 1 .. n - 1 LOOP r := r || substr(l, i, 2); END LOOP;
          RETURN r;
        END $f$;
        CREATE FUNCTION entities.name_has(name text, q text) RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
          SELECT entities.name_grams(name) @> ARRAY[lower(q)]
        $f$;
        CREATE INDEX ix_market_entities_name_grams ON entities.market_entities USING gin (entities.name_grams("Name"));
        """;

    public const string PostgresDrop = """
        DROP INDEX IF EXISTS entities.ix_market_entities_name_grams;
        DROP FUNCTION IF EXISTS entities.name_has(text, text);
        DROP FUNCTION IF EXISTS entities.name_grams(text);
        """;

    /// <summary>The SQLite trigger that fills the gram table for a new row (dropped and replaced by one bulk insert on a first load).</summary>
    public const string SqliteInsertTrigger = "entities_name_grams_ai";

    /// <summary>SQLite DDL: the FTS5 gram table, its triggers, and the grams of the rows already there (migration NameGrams).</summary>
    public static string SqliteCreate => $"""
        CREATE VIRTUAL TABLE entities_name_grams USING fts5(g, tokenize='ascii', detail='none', columnsize=0);
        CREATE TRIGGER {SqliteInsertTrigger} AFTER INSERT ON entities_market_entities BEGIN
          INSERT INTO entities_name_grams(rowid, g) VALUES (new."Id", {SqliteGrams("new.\"Name\"")});
        END;
        CREATE TRIGGER entities_name_grams_ad AFTER DELETE ON entities_market_entities BEGIN
          DELETE FROM entities_name_grams WHERE rowid = old."Id";
        END;
        CREATE TRIGGER entities_name_grams_au AFTER UPDATE OF "Name" ON entities_market_entities WHEN old."Name" IS NOT new."Name" BEGIN
          DELETE FROM entities_name_grams WHERE rowid = old."Id";
          INSERT INTO entities_name_grams(rowid, g) VALUES (new."Id", {SqliteGrams("new.\"Name\"")});
        END;
        {SqliteFill};
        """;

    public const string SqliteDrop = """
        DROP TRIGGER IF EXISTS entities_name_grams_au;
        DROP TRIGGER IF EXISTS entities_name_grams_ad;
        DROP TRIGGER IF EXISTS entities_name_grams_ai;
        DROP TABLE IF EXISTS entities_name_grams;
        """;

    /// <summary>SQLite: the grams of every row of the registry, in one statement (after a first bulk load).</summary>
    public static string SqliteFill =>
        $"INSERT INTO entities_name_grams(rowid, g) SELECT \"Id\", {SqliteGrams("\"Name\"")} FROM entities_market_entities";

    /// <summary>
    /// The same tokens as <see cref="SqliteGrams"/>, computed here: the bulk import stages them with each row and fills the
    /// table from the staging table in one statement (json_each per row costs ~60 s at 1M names; this, under a second).
    /// Characters are Unicode scalar values, as SQLite's substr counts them.
    /// </summary>
    public static string Of(string name)
    {
        var chars = name.EnumerateRunes().Select(r => r.ToString()).ToArray();
        var b = new StringBuilder(chars.Length * 6);
        for (var i = 0; i < chars.Length; i++)
        {
            if (i > 0) b.Append(' ');
            b.Append(chars[i]);
            if (i + 1 < chars.Length) b.Append(' ').Append(chars[i]).Append(chars[i + 1]);
        }

        return b.ToString();
    }

    /// <summary>SQLite: the gram table filled from the import's staging table (its "Grams" column, <see cref="Of"/>), joined on the code.</summary>
    public static string SqliteFillFromStaging(string staging) =>
        $"INSERT INTO entities_name_grams(rowid, g) SELECT t.\"Id\", s.\"Grams\" FROM temp.{staging} s JOIN entities_market_entities t ON t.\"Uscc\" = s.\"Uscc\" WHERE s.\"Grams\" IS NOT NULL";

    /// <summary>A SQLite expression: the space-separated unigrams and bigrams of <paramref name="name"/>.</summary>
    internal static string SqliteGrams(string name)
    {
        var positions = new StringBuilder("[");
        for (var i = 1; i <= MaxLength; i++) positions.Append(CultureInfo.InvariantCulture, $"{(i > 1 ? "," : "")}{i}");
        positions.Append(']');
        return $"(SELECT group_concat(g, ' ') FROM (SELECT substr({name}, j.value, 1) AS g FROM json_each('{positions}') j WHERE j.value <= length({name}) " +
            $"UNION SELECT substr({name}, j.value, 2) FROM json_each('{positions}') j WHERE j.value < length({name})))";
    }

    /// <summary>Whether the index can answer <paramref name="text"/>: one or two characters, none of them ASCII punctuation or space.</summary>
    public static bool Applies(string text) => text.Length is 1 or 2 && text.All(c => c > 127 || char.IsAsciiLetterOrDigit(c));

    /// <summary>
    /// The plan: above how many matching names among <paramref name="rows"/> a fragment is "common", i.e. the
    /// scan that stops after the first 1,001 matches (it reads ~1,001·rows/matches rows) costs less than the posting list read
    /// whole (matches entries) and the rows fetched from it. Measured on 1M names (PostgreSQL and SQLite alike, within 2×): a
    /// scanned row costs ~2.5 postings, so the break-even is at √(1,001 · 2.5 · rows) ≈ √(2,500 · rows) matches — 50,000 at
    /// 1M names (5 %), 150,000 at 9M; never below 10,000.
    /// </summary>
    public static long CommonAbove(long rows) => Math.Max(10_000, (long)Math.Sqrt(2_500.0 * Math.Max(rows, 0)));

    public static bool IsCommon(long matches, long rows) => matches > CommonAbove(rows);

    /// <summary>PostgreSQL <c>entities.name_has(name, q)</c>; only for use in queries.</summary>
    public static bool NameHas(string name, string gram) => throw new NotSupportedException("entities.name_has is for queries only");

    /// <summary>An FTS5 query for one token, quoted.</summary>
    public static string FtsPhrase(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>
/// Whether a gram is common (<see cref="NameGrams.IsCommon"/>). SQLite: the FTS5 posting list counted up to just past the
/// threshold (it streams, so a common gram costs no more than the threshold's count) against the registry's highest id.
/// PostgreSQL: the planner's own statistics of the GIN expression (most common elements and their frequencies, refreshed by
/// ANALYZE) and the table's row estimate, read at most every ten minutes per node; a gram missing there is rare.
/// </summary>
internal sealed class NameGramStats(TimeProvider clock)
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMinutes(10);
    private readonly Lock _gate = new();
    private (DateTimeOffset At, long Rows, IReadOnlyDictionary<string, long> Counts)? _postgres;

    public async Task<bool> IsCommonAsync(EntitiesDbContext db, string text, CancellationToken ct)
    {
        if (ModuleModel.IsSqlite(db.Database)) return await SqliteIsCommonAsync(db, text, trigram: false, ct);

        var now = clock.GetUtcNow();
        (DateTimeOffset At, long Rows, IReadOnlyDictionary<string, long> Counts)? cached;
        lock (_gate) cached = _postgres;
        if (cached is not { } c || now - c.At > Refresh)
        {
            var table = await db.Database.SqlQuery<long>(
                $"SELECT greatest(reltuples, 0)::bigint AS \"Value\" FROM pg_class WHERE oid = 'entities.market_entities'::regclass").SingleAsync(ct);
            var rows = await db.Database.SqlQuery<GramFrequency>($"""
                SELECT e.gram AS "Gram", (e.freq * {table})::bigint AS "Count"
                FROM pg_stats s
                CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs[1:cardinality(s.most_common_elems::text::text[])]) AS e(gram, freq)
                WHERE s.schemaname = 'entities' AND s.tablename = 'ix_market_entities_name_grams'
                """).ToListAsync(ct);
            c = (now, table, rows.ToDictionary(r => r.Gram, r => r.Count, StringComparer.Ordinal));
            lock (_gate) _postgres = c;
        }

        return NameGrams.IsCommon(c.Counts.GetValueOrDefault(text.ToLowerInvariant()), c.Rows);
    }

    /// <summary>
    /// SQLite, three or more characters: whether the fragment is common in the trigram index (<c>entities_name_fts</c>), by the
    /// same rule and the same bounded count as a gram. FTS5 materialises a trigram's whole match list before the join, so a
    /// trigram in most names ("有限公") cost 66 ms at p95 over 1M names through the index; the LIKE scan that stops after the
    /// first 1,001 matches reads ~20,000 rows for it. PostgreSQL's planner makes this choice itself from the pg_trgm statistics.
    /// </summary>
    public static Task<bool> IsCommonTrigramAsync(EntitiesDbContext db, string text, CancellationToken ct) => SqliteIsCommonAsync(db, text, trigram: true, ct);

    /// <summary>
    /// SQLite: the fragment's matches in the gram or the trigram table, counted up to just past the threshold, against the
    /// registry's size as its highest id (deleted rows leave gaps: an over-estimate, which only raises the threshold).
    /// </summary>
    private static async Task<bool> SqliteIsCommonAsync(EntitiesDbContext db, string text, bool trigram, CancellationToken ct)
    {
        var rows = await db.Database.SqlQuery<long>($"SELECT COALESCE(max(\"Id\"), 0) AS \"Value\" FROM entities_market_entities").SingleAsync(ct);
        var limit = NameGrams.CommonAbove(rows) + 1;
        var phrase = NameGrams.FtsPhrase(text);
        var matches = await (trigram
            ? db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM (SELECT rowid FROM entities_name_fts WHERE entities_name_fts MATCH {phrase} LIMIT {limit})")
            : db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM (SELECT rowid FROM entities_name_grams WHERE entities_name_grams MATCH {phrase} LIMIT {limit})"))
            .SingleAsync(ct);
        return NameGrams.IsCommon(matches, rows);
    }

    private sealed class GramFrequency
    {
        public string Gram { get; set; } = "";

        public long Count { get; set; }
    }
}
