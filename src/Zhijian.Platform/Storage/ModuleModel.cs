using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Zhijian.Platform.Audit;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;

namespace Zhijian.Platform.Storage;

/// <summary>
/// The conventions every module context shares: its own PostgreSQL schema or SQLite table prefix, the
/// jurisdiction query filter, UTC instants that order correctly on SQLite, and the platform's audit and
/// outbox tables mapped into every context so a module writes them in its own transaction.
/// </summary>
public static class ModuleModel
{
    public const string PlatformSchema = "platform";

    public static bool IsSqlite(DatabaseFacade db) =>
        db.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true;

    public static void ConfigureConventions(DatabaseFacade db, ModelConfigurationBuilder builder)
    {
        if (IsSqlite(db))
        {
            // SQLite cannot compare or order DateTimeOffset: store UTC instants as sortable 64-bit numbers.
            builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            builder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
        else
        {
            // Instants are stored in UTC (timestamptz accepts only offset 0): normalise whatever a clock handed us.
            builder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
            builder.Properties<DateTimeOffset?>().HaveConversion<UtcConverter>();
        }
    }

    /// <summary>Apply schema/prefix, shared platform tables and the jurisdiction filter. Call last in OnModelCreating.</summary>
    public static void Apply(ModelBuilder model, DatabaseFacade db, string schema, DbContext context, bool ownsPlatformTables)
    {
        MapPlatformTables(model, ownsPlatformTables);
        var sqlite = IsSqlite(db);
        if (!sqlite) model.HasDefaultSchema(schema);

        foreach (var entity in model.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.BaseType is null))
        {
            var table = entity.GetTableName();
            if (table is null) continue;
            var tableSchema = entity.GetSchema() ?? schema;
            var snake = ToSnake(table);
            if (sqlite)
            {
                entity.SetSchema(null);
                entity.SetTableName($"{tableSchema}_{snake}");
            }
            else
            {
                entity.SetTableName(snake);
            }

            if (typeof(IDivisionScoped).IsAssignableFrom(entity.ClrType))
            {
                entity.SetQueryFilter(BuildFilter(entity.ClrType, context, sqlite));
            }
        }
    }

    private static void MapPlatformTables(ModelBuilder model, bool owns)
    {
        model.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entries", PlatformSchema, t => { if (!owns) t.ExcludeFromMigrations(); });
            e.HasKey(a => a.Seq);
            e.Property(a => a.Seq).ValueGeneratedNever();
            e.Property(a => a.Action).HasMaxLength(100);
            e.Property(a => a.RecordType).HasMaxLength(100);
            e.Property(a => a.RecordId).HasMaxLength(100);
            e.Property(a => a.Actor).HasMaxLength(256);
            e.Property(a => a.DivisionCode).HasMaxLength(12);
            e.Property(a => a.PrevHash).HasMaxLength(64);
            e.Property(a => a.Hash).HasMaxLength(64);
            e.HasIndex(a => new { a.RecordType, a.RecordId });
        });
        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages", PlatformSchema, t => { if (!owns) t.ExcludeFromMigrations(); });
            e.HasKey(m => m.Id);
            e.Property(m => m.Type).HasMaxLength(200);
            e.Property(m => m.LockedBy).HasMaxLength(100);
            e.HasIndex(m => new { m.DispatchedAt, m.NextAttemptAt });
        });
    }

    /// <summary>
    /// <c>e =&gt; ctx.Scope.Unrestricted || ctx.Scope.Prefixes.Any(p =&gt; e.DivisionCode.StartsWith(p))</c>. On PostgreSQL the
    /// prefixes are asked as <c>"DivisionCode" LIKE ANY (@patterns)</c>: the StartsWith form becomes an <c>EXISTS</c> over
    /// <c>unnest(@prefixes)</c> evaluated for every row, which doubled the cost of the supervision centre's scans of a
    /// province's registry (1,000,000 rows: 780 → 480 ms) and kept them from running in parallel. SQLite keeps StartsWith.
    /// </summary>
    private static LambdaExpression BuildFilter(Type clr, DbContext context, bool sqlite)
    {
        var e = Expression.Parameter(clr, "e");
        var ctx = Expression.Constant(context);
        var scope = Expression.Property(Expression.Convert(ctx, typeof(IJurisdictionScoped)), nameof(IJurisdictionScoped.Scope));
        var unrestricted = Expression.Property(scope, nameof(Jurisdiction.Unrestricted));
        var p = Expression.Parameter(typeof(string), "p");
        var code = Expression.Property(e, nameof(IDivisionScoped.DivisionCode));
        Expression match = sqlite
            ? Expression.Call(code, typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!, p)
            : Expression.Call(typeof(DbFunctionsExtensions), nameof(DbFunctionsExtensions.Like), Type.EmptyTypes,
                Expression.Property(null, typeof(EF), nameof(EF.Functions)), code, p);
        var list = Expression.Property(scope, sqlite ? nameof(Jurisdiction.Prefixes) : nameof(Jurisdiction.LikePatterns));
        var any = Expression.Call(typeof(Enumerable), nameof(Enumerable.Any), [typeof(string)], list,
            Expression.Lambda<Func<string, bool>>(match, p));
        return Expression.Lambda(Expression.OrElse(unrestricted, any), e);
    }

    internal static string ToSnake(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                    sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}

/// <summary>Writes every instant as UTC.</summary>
public sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);

/// <summary>A context that carries the caller's jurisdiction for its query filters.</summary>
public interface IJurisdictionScoped
{
    Jurisdiction Scope { get; }
}
