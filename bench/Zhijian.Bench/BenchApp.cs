using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Zhijian.Platform;
using Zhijian.Platform.Identity;

namespace Zhijian.Bench;

/// <summary>
/// A module bench's set-up: the platform with the given modules (no demo data, no jobs) over a throw-away database, migrated;
/// <see cref="InScope{T}"/> runs as the system in a fresh scope.
/// </summary>
internal sealed class BenchApp : IAsyncDisposable
{
    private readonly string _work;

    private BenchApp(WebApplication app, string connection, string work) => (App, Connection, _work) = (app, connection, work);

    public WebApplication App { get; }

    /// <summary>The throw-away database's connection string.</summary>
    public string Connection { get; }

    /// <summary>A throw-away PostgreSQL database <paramref name="database"/> on the bench's server (dropped and created), the platform over it.</summary>
    public static async Task<BenchApp> StartAsync(string pg, string database, Func<ZhijianBuilder, ZhijianBuilder> modules) =>
        await StartAsync(await NewPostgresDatabaseAsync(pg, database), modules);

    /// <summary>The platform with <paramref name="modules"/> (and <paramref name="services"/>) over <paramref name="connection"/>, migrated.</summary>
    public static async Task<BenchApp> StartAsync(string connection, Func<ZhijianBuilder, ZhijianBuilder> modules, Action<IServiceCollection>? services = null)
    {
        var work = Directory.CreateTempSubdirectory("zhijian-bench-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = work, Args = [] });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ZHIJIAN_DB"] = connection,
            ["Zhijian:Database:SeedDemoData"] = "false",
            ["Zhijian:Jobs:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        modules(builder.AddZhijian());
        services?.Invoke(builder.Services);
        var app = builder.Build();
        await PlatformSetup.InitializeAsync(app.Services, app.Logger, CancellationToken.None);
        return new BenchApp(app, connection, work);
    }

    /// <summary>Drops and creates <paramref name="database"/> on the server of <paramref name="pg"/>; its connection string.</summary>
    public static async Task<string> NewPostgresDatabaseAsync(string pg, string database)
    {
        await using (var admin = new NpgsqlConnection(pg))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(pg) { Database = database }.ConnectionString;
    }

    public async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> f)
    {
        await using var scope = App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
        return await f(scope.ServiceProvider);
    }

    /// <summary>One statement on the bench database (20 minutes allowed).</summary>
    public async Task SqlAsync(string sql)
    {
        await using var c = new NpgsqlConnection(Connection);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c) { CommandTimeout = 1200 };
        await cmd.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }
}
