using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.Platform.Storage;

/// <summary>A module context the start-up migrator applies.</summary>
public sealed record ModuleDatabase(Type ContextType, string Schema);

/// <summary>Provider setup shared by the app and the design-time (dotnet-ef) factories.</summary>
public static class StorageSetup
{
    public static void Configure(DbContextOptionsBuilder builder, StorageOptions storage, string schema)
    {
        builder.AddInterceptors(OutboxCommitInterceptor.Instance);
        if (storage.Provider == DatabaseProvider.Sqlite)
            builder.UseSqlite(storage.ConnectionString, o => o.MigrationsHistoryTable($"{schema}___ef_migrations"));
        else
            builder.UseNpgsql(storage.ConnectionString, o => o.MigrationsHistoryTable("__ef_migrations", schema));
    }

    /// <summary>
    /// Registers a module's context: callers resolve <typeparamref name="TContext"/>, which is the SQLite or
    /// PostgreSQL flavour (each with its own migrations) according to configuration.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext, TSqlite, TPostgres>(this IServiceCollection services, StorageOptions storage)
        where TContext : DbContext, IModuleSchema
        where TSqlite : TContext
        where TPostgres : TContext
    {
        if (storage.Provider == DatabaseProvider.Sqlite)
            services.AddDbContext<TContext, TSqlite>(o => Configure(o, storage, TContext.SchemaName));
        else
            services.AddDbContext<TContext, TPostgres>(o => Configure(o, storage, TContext.SchemaName));
        services.AddSingleton(new ModuleDatabase(typeof(TContext), TContext.SchemaName));
        return services;
    }

    /// <summary>Options for a design-time factory (dotnet ef migrations add …).</summary>
    public static DbContextOptions<T> DesignTimeOptions<T>(DatabaseProvider provider, string schema) where T : DbContext
    {
        var b = new DbContextOptionsBuilder<T>();
        Configure(b, new StorageOptions
        {
            Provider = provider,
            ConnectionString = provider == DatabaseProvider.Sqlite ? "Data Source=design.db" : "Host=localhost;Database=design",
        }, schema);
        return b.Options;
    }
}

/// <summary>dotnet-ef entry point for the SQLite platform migrations.</summary>
public sealed class SqlitePlatformDesignFactory : IDesignTimeDbContextFactory<SqlitePlatformDbContext>
{
    public SqlitePlatformDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<SqlitePlatformDbContext>(DatabaseProvider.Sqlite, PlatformDbContext.SchemaName));
}

/// <summary>dotnet-ef entry point for the PostgreSQL platform migrations.</summary>
public sealed class PostgresPlatformDesignFactory : IDesignTimeDbContextFactory<PostgresPlatformDbContext>
{
    public PostgresPlatformDbContext CreateDbContext(string[] args) =>
        new(StorageSetup.DesignTimeOptions<PostgresPlatformDbContext>(DatabaseProvider.Postgres, PlatformDbContext.SchemaName));
}
