using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;

namespace Zhijian.Platform.Demo;

/// <summary>
/// The modules' demo data, in module order, each in a system-actor scope of its own. Start-up keeps what the login needs
/// (schema, roles, rules, org tree, users) and, with <c>Zhijian:Demo:SeedInBackground</c> on (the default), leaves this to
/// <see cref="DemoSeeder"/> once the host listens; tests (and the switch off) run it before the host answers.
/// A module that fails is logged and named in <see cref="DemoSeedProgress"/>; the others still run.
/// </summary>
public static class DemoSeeding
{
    public static async Task RunModulesAsync(IServiceProvider root, ILogger log, CancellationToken ct)
    {
        var progress = root.GetRequiredService<DemoSeedProgress>();
        var modules = root.GetRequiredService<ModuleCatalog>().Modules.ToList();
        var all = Stopwatch.StartNew();
        for (var i = 0; i < modules.Count; i++)
        {
            var module = modules[i];
            progress.BeginModule(module.Name, i + 1, modules.Count);
            var watch = Stopwatch.StartNew();
            try
            {
                await using var scope = root.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
                await module.SeedDemoDataAsync(scope.ServiceProvider, ct);
                log.LogInformation("Demo data of {Module} ready in {Seconds:0.0} s", module.Name, watch.Elapsed.TotalSeconds);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                progress.ModuleFailed(module.Name);
                log.LogError(e, "演示数据生成失败：{Module}", module.Name);
            }
        }

        progress.Finish();
        log.LogInformation("Demo data seeded in {Seconds:0.0} s: {State}", all.Elapsed.TotalSeconds, progress.Current.State);
    }
}

/// <summary>Runs <see cref="DemoSeeding.RunModulesAsync"/> in the background once the host has started listening.</summary>
internal sealed class DemoSeeder(IServiceProvider root, StorageOptions storage, IHostApplicationLifetime lifetime, ILogger<DemoSeeder> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!storage.SeedDemoData || !storage.SeedDemoInBackground) return;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }

        await DemoSeeding.RunModulesAsync(root, log, stoppingToken);
    }
}
