using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Zhijian.Entities.Domain;
using Zhijian.Platform.Storage;

namespace Zhijian.Entities.Data;

/// <summary>The registry's tables: schema "entities" (PostgreSQL) / prefix "entities_" (SQLite).</summary>
internal class EntitiesDbContext(DbContextOptions options, PlatformServices? services) : ModuleDbContext(options, services), IModuleSchema
{
    public static string SchemaName => "entities";

    protected override string Schema => SchemaName;

    /// <summary>Every text column is sized: explicitly below, else <see cref="TextLengths.DefaultLength"/>.</summary>
    protected override bool BoundedText => true;

    public DbSet<MarketEntity> Entities => Set<MarketEntity>();

    public DbSet<EntityEvent> Events => Set<EntityEvent>();

    public DbSet<AnnualReport> AnnualReports => Set<AnnualReport>();

    public DbSet<Licence> Licences => Set<Licence>();

    /// <summary>SQLite only: the 名录库 covering index (see <see cref="Features.Profile.EntityLibrary"/>).</summary>
    public const string LibraryIndex = "IX_entities_market_entities_library";

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        if (!ModuleModel.IsSqlite(Database))
        {
            modelBuilder.HasDbFunction(typeof(Features.Search.NameGrams).GetMethod(nameof(Features.Search.NameGrams.NameHas))!)
                .HasSchema(SchemaName).HasName("name_has");
        }

        modelBuilder.Entity<MarketEntity>(e =>
        {
            e.ToTable("MarketEntities");
            e.HasIndex(x => x.Uscc).IsUnique();
            e.HasIndex(x => x.DivisionCode);
            e.HasIndex(x => x.Name);
            e.HasIndex(x => x.LegalRep);
            e.HasIndex(x => new { x.Status, x.Type });
            e.HasIndex(x => x.IndustryCode);
            e.Property(x => x.Uscc).HasMaxLength(18);
            e.Property(x => x.RegNo).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Type).HasConversion<int>();
            e.Property(x => x.Status).HasConversion<int>();
            e.Property(x => x.ApplicationChannel).HasConversion<int?>();
            // The statistics' windows (新设企业, 开办时间) and point-in-time counts (实有主体, 应报年报) read by 成立日期. On PostgreSQL
            // the index carries every column they count, so a year-to-date window of a province is an index-only range read
            // (1,000,000 entities, 2026-01-01…11-30: 380 → 26 ms; bench/README.md, supervision centre).
            var established = e.HasIndex(x => x.EstablishedOn);
            if (!ModuleModel.IsSqlite(Database))
            {
                established.IncludeProperties(x => new
                {
                    x.DivisionCode,
                    x.Type,
                    x.Status,
                    x.StatusDate,
                    x.ApplicationChannel,
                    x.NameSelfDeclared,
                    x.ApplicationReceivedOn,
                    x.LicenceIssuedOn,
                });
            }

            e.Property(x => x.LegalRep).HasMaxLength(100);
            e.Property(x => x.LegalRepIdMasked).HasMaxLength(32);
            e.Property(x => x.RegisteredCapital).HasPrecision(18, 4);
            e.Property(x => x.RegisteredAddress).HasMaxLength(300);
            e.Property(x => x.BusinessAddress).HasMaxLength(300);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.IndustryCode).HasMaxLength(8);
            e.Property(x => x.RegistrationAuthority).HasMaxLength(100);
            e.Property(x => x.BusinessScope).HasMaxLength(4000);
            e.Property(x => x.LegalRepIdCipher).HasMaxLength(256);
            e.Property(x => x.PhoneCipher).HasMaxLength(256);
            e.Property(x => x.PhoneMasked).HasMaxLength(32);
            e.Property(x => x.Tags).HasConversion(ListConverter.Instance, ListConverter.Comparer).HasMaxLength(1000);
            // 名录库 on SQLite: every column a library filters on and returns, in USCC (BINARY = ordinal) order, so a draw over
            // the whole registry walks one narrow index instead of reading the wide table and sorting it (1M rows: 0.46 s, as fast as
            // an unordered read of the two columns; 0.72 s scanning and sorting, 0.94 s through the USCC index; wider real rows widen the gap).
            // PostgreSQL sorts a parallel scan under "C" instead: an index there would need Tags (up to 3,000 bytes) in its
            // tuples, over the B-tree's 2,704-byte limit, and index-only scans wait for VACUUM's visibility map.
            if (ModuleModel.IsSqlite(Database))
                e.HasIndex(x => new { x.Uscc, x.Tags, x.Status, x.Type, x.DivisionCode, x.IndustryCode }).HasDatabaseName(LibraryIndex);
        });
        modelBuilder.Entity<EntityEvent>(e =>
        {
            e.ToTable("EntityEvents");
            e.HasIndex(x => new { x.EntityId, x.OccurredOn });
            e.Property(x => x.Kind).HasMaxLength(40);
            e.Property(x => x.Summary).HasMaxLength(500);
            e.Property(x => x.Changes).Unbounded(); // JSON of the changed fields (old and new values)
            e.Property(x => x.Actor).HasMaxLength(256);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.HasOne<MarketEntity>().WithMany().HasForeignKey(x => x.EntityId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<AnnualReport>(e =>
        {
            e.HasIndex(x => new { x.EntityId, x.Year }).IsUnique();
            e.HasIndex(x => new { x.Year, x.DivisionCode });
            e.Property(x => x.PhoneMasked).HasMaxLength(32);
            e.Property(x => x.PhoneCipher).HasMaxLength(256);
            e.Property(x => x.Websites).HasMaxLength(4000);
            e.Property(x => x.PaidInCapital).HasPrecision(18, 4);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.HasOne<MarketEntity>().WithMany().HasForeignKey(x => x.EntityId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Licence>(e =>
        {
            e.HasIndex(x => new { x.TypeCode, x.Number }).IsUnique();
            e.HasIndex(x => x.EntityId);
            e.HasIndex(x => x.ValidTo);
            e.Property(x => x.TypeCode).HasMaxLength(40);
            e.Property(x => x.Number).HasMaxLength(60);
            e.Property(x => x.Issuer).HasMaxLength(100);
            e.Property(x => x.Status).HasMaxLength(10);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.HasOne<MarketEntity>().WithMany().HasForeignKey(x => x.EntityId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

internal sealed class SqliteEntitiesDbContext(DbContextOptions<SqliteEntitiesDbContext> options, PlatformServices? services = null)
    : EntitiesDbContext(options, services);

internal sealed class PostgresEntitiesDbContext(DbContextOptions<PostgresEntitiesDbContext> options, PlatformServices? services = null)
    : EntitiesDbContext(options, services);

internal sealed class SqliteEntitiesDesignFactory : IDesignTimeDbContextFactory<SqliteEntitiesDbContext>
{
    public SqliteEntitiesDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<SqliteEntitiesDbContext>(DatabaseProvider.Sqlite, EntitiesDbContext.SchemaName));
}

internal sealed class PostgresEntitiesDesignFactory : IDesignTimeDbContextFactory<PostgresEntitiesDbContext>
{
    public PostgresEntitiesDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<PostgresEntitiesDbContext>(DatabaseProvider.Postgres, EntitiesDbContext.SchemaName));
}
