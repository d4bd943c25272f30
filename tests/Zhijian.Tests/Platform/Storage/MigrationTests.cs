using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Storage;

namespace Zhijian.Tests.Platform.Storage;

/// <summary>CI fails when the model changed without a migration, for either provider.</summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_platform_migrations_match_the_model()
    {
        using var db = new SqlitePlatformDesignFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "模型已变更但缺少 SQLite 迁移：dotnet ef migrations add …");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void Postgres_platform_migrations_match_the_model()
    {
        using var db = new PostgresPlatformDesignFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "模型已变更但缺少 PostgreSQL 迁移：dotnet ef migrations add …");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void Platform_tables_live_in_the_platform_schema_or_prefix()
    {
        using var sqlite = new SqlitePlatformDesignFactory().CreateDbContext([]);
        using var pg = new PostgresPlatformDesignFactory().CreateDbContext([]);

        Assert.All(sqlite.Model.GetEntityTypes().Where(e => !e.IsOwned()), e => Assert.StartsWith("platform_", e.GetTableName()));
        Assert.All(pg.Model.GetEntityTypes().Where(e => !e.IsOwned()), e => Assert.Equal("platform", e.GetSchema()));
    }
}
