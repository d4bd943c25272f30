using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Data;
using Zhijian.Entities.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Storage;

namespace Zhijian.Entities.Features.Profile;

/// <summary>
/// 检查对象名录库 (<see cref="IEntityDirectory.SelectAsync"/>, <see cref="IEntityDirectory.CountAsync"/>): the hot path of a random
/// draw, which freezes up to the whole registry. Raw SQL on the context's connection (ARCHITECTURE.md, Storage: hot paths
/// may leave EF): every filter runs in the database, only "Uscc" and "Tags" come back, and rows with the same tags share one
/// read-only tag list, so a row costs its USCC string and its key. The jurisdiction is the one the context's query filter
/// applies (<see cref="ModuleDbContext.Scope"/>: the division code starts with a covered prefix), written into the SQL here
/// because raw SQL bypasses query filters.
/// <para>
/// Order is ordinal (byte-wise) on both databases, so a draw over the same library is reproducible on either. SQLite compares
/// TEXT with its default BINARY collation (memcmp of UTF-8) and reads the covering index
/// <see cref="EntitiesDbContext.LibraryIndex"/> (USCC first, then every filtered column): one ordered walk of a narrow index,
/// no table read, no sort. PostgreSQL sorts <c>"Uscc" COLLATE "C"</c> (memcmp), whatever the database's default collation —
/// a linguistic one (en_US, zh_CN, ICU) may order letters and digits differently and treats some letter pairs as one
/// (cs: "CH" after "H"; da: "AA" after "Z"). A sort under "C" is also PostgreSQL's fastest (abbreviated keys); the planner
/// reads the table once (in parallel) and sorts, rather than walking the USCC index in random heap order (4× slower at 1M).
/// </para>
/// </summary>
internal sealed class EntityLibrary(EntitiesDbContext db, IndustryTable industries, TimeProvider clock)
{
    /// <summary>Distinct tag combinations remembered per read (a registry has a few dozen; beyond this each row splits its own).</summary>
    private const int MaxTagCombinations = 4096;

    private static readonly IReadOnlyList<string> NoTags = Array.AsReadOnly(Array.Empty<string>());

    public static readonly IReadOnlyList<(string Code, string Name)> LicenceTypes = [.. Dataset.LicenceCatalogue.All.Select(t => (t.Code, t.Name))];

    /// <summary>Validates the filter and builds the query now; rows are read when enumerated.</summary>
    public IAsyncEnumerable<EntityKey> SelectAsync(EntityFilter filter, CancellationToken ct)
    {
        var sql = Build(filter, count: false);
        return ReadAsync(sql, ct);
    }

    public async Task<int> CountAsync(EntityFilter filter, CancellationToken ct)
    {
        var sql = Build(filter, count: true);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = Command(sql);
            return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async IAsyncEnumerable<EntityKey> ReadAsync(Sql sql, [EnumeratorCancellation] CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = Command(sql);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var combinations = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            while (await reader.ReadAsync(ct))
            {
                var uscc = reader.GetString(0);
                var raw = reader.IsDBNull(1) ? "" : reader.GetString(1);
                if (!combinations.TryGetValue(raw, out var tags))
                {
                    tags = raw.Length == 0 ? NoTags : Array.AsReadOnly(raw.Split(','));
                    if (combinations.Count < MaxTagCombinations) combinations[raw] = tags;
                }

                yield return new EntityKey(uscc, tags);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private DbCommand Command(Sql sql)
    {
        var cmd = db.Database.GetDbConnection().CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.CommandTimeout = 300;
        cmd.CommandText = sql.Text;
        foreach (var (name, value) in sql.Parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            cmd.Parameters.Add(p);
        }

        return cmd;
    }

    private sealed record Sql(string Text, IReadOnlyList<(string Name, object Value)> Parameters);

    /// <summary>
    /// <c>SELECT "Uscc", "Tags" … ORDER BY "Uscc"</c> (ordinal) or <c>SELECT COUNT(*) …</c> over the same WHERE. Throws
    /// <see cref="ArgumentException"/> for a malformed division or industry code.
    /// </summary>
    private Sql Build(EntityFilter filter, bool count)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var sqlite = ModuleModel.IsSqlite(db.Database);
        var parameters = new List<(string, object)>();
        var where = new List<string>();

        string Param(object value)
        {
            var name = "@p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            parameters.Add((name, value));
            return name;
        }

        // "Starts with any of" as one substr per prefix length compared with IN: a section letter stands for up to 30 industry
        // divisions, and 30 LIKEs per row cost SQLite twice the whole read.
        string AnyPrefix(string column, IEnumerable<string> prefixes) =>
            "(" + string.Join(" OR ", prefixes.Distinct(StringComparer.Ordinal).GroupBy(p => p.Length).OrderBy(g => g.Key).Select(g =>
                $"substr(e.\"{column}\", 1, {g.Key.ToString(CultureInfo.InvariantCulture)}) IN ({string.Join(", ", g.Select(p => Param(p)))})")) + ")";

        var scope = db.Scope;
        if (!scope.Unrestricted)
            where.Add(scope.Prefixes.Length == 0 ? "1 = 0" : AnyPrefix("DivisionCode", scope.Prefixes));

        if (Values(filter.DivisionCodes) is { Count: > 0 } divisions)
        {
            var prefixes = divisions.Select(d => DivisionTable.IsWellFormed(d)
                ? DivisionTable.ScopePrefix(d)
                : throw new ArgumentException($"行政区划代码“{d}”格式不对：应为6位或9位数字（GB/T 2260）", nameof(filter)));
            where.Add(AnyPrefix("DivisionCode", prefixes));
        }

        if (Values(filter.IndustryCodes) is { Count: > 0 } codes)
        {
            var prefixes = new List<string>();
            foreach (var raw in codes)
            {
                var code = raw.ToUpperInvariant();
                if (!IndustryTable.IsWellFormed(code) || industries.Find(code) is null)
                    throw new ArgumentException($"行业代码“{raw}”不在 GB/T 4754-2017 中", nameof(filter));
                prefixes.Add(code);
                // Entities carry a division, group or class code (digits); a section letter stands for its divisions.
                if (char.IsAsciiLetter(code[0])) prefixes.AddRange(industries.ChildrenOf(code).Select(c => c.Code));
            }

            where.Add(AnyPrefix("IndustryCode", prefixes));
        }

        if (filter.Types is { Count: > 0 } types)
            where.Add($"e.\"Type\" IN ({string.Join(", ", types.Distinct().Select(t => ((int)t).ToString(CultureInfo.InvariantCulture)))})");
        if (filter.Statuses is { Count: > 0 } statuses)
            where.Add($"e.\"Status\" IN ({string.Join(", ", statuses.Distinct().Select(s => ((int)s).ToString(CultureInfo.InvariantCulture)))})");

        if (Values(filter.Tags) is { Count: > 0 } tags)
        {
            // "Tags" is one comma-joined column: a whole tag is ",tag," inside ",tags,". instr/strpos compare exactly
            // (case-sensitive, no LIKE wildcards to escape) on both databases.
            var find = sqlite ? "instr" : "strpos";
            where.Add("(" + string.Join(" OR ", tags.Distinct(StringComparer.Ordinal)
                .Select(t => $"{find}(',' || COALESCE(e.\"Tags\", '') || ',', {Param("," + t + ",")}) > 0")) + ")");
        }

        if (Values(filter.LicenceTypes) is { Count: > 0 } licenceTypes)
        {
            var today = clock.Today();
            // Same validity as the licence pages: status 有效 and not past its end date (none = no expiry).
            where.Add($"e.\"Id\" IN (SELECT l.\"EntityId\" FROM {Table<Licence>()} l WHERE l.\"TypeCode\" IN ("
                + string.Join(", ", licenceTypes.Distinct(StringComparer.Ordinal).Select(t => Param(t)))
                + $") AND l.\"Status\" = {Param("有效")} AND (l.\"ValidTo\" IS NULL OR l.\"ValidTo\" >= "
                + Param(sqlite ? today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : today) + "))");
        }

        var sql = new StringBuilder(count ? "SELECT COUNT(*)" : "SELECT e.\"Uscc\", e.\"Tags\"");
        sql.Append(" FROM ").Append(Table<MarketEntity>()).Append(sqlite ? $" AS e INDEXED BY \"{EntitiesDbContext.LibraryIndex}\"" : " e");
        if (where.Count > 0) sql.Append(" WHERE ").AppendJoin(" AND ", where);
        if (!count) sql.Append(sqlite ? " ORDER BY e.\"Uscc\"" : " ORDER BY e.\"Uscc\" COLLATE \"C\"");
        return new Sql(sql.ToString(), parameters);
    }

    /// <summary>Trimmed, non-empty values (null when none).</summary>
    private static List<string>? Values(IReadOnlyList<string>? values) =>
        values is null ? null : [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())];

    /// <summary>The table as this provider names it (schema "entities" on PostgreSQL, prefix "entities_" on SQLite).</summary>
    private string Table<T>()
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        var table = $"\"{type.GetTableName()}\"";
        return type.GetSchema() is { } schema ? $"\"{schema}\".{table}" : table;
    }
}
