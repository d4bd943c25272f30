using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Zhijian.Platform.Jobs;

/// <summary>
/// A housekeeping pass every hour on the injected clock, each in a scope of its own. A failed pass (database or state
/// error) is logged with <see cref="FailureMessage"/> and retried the next hour, so each pass must be idempotent.
/// </summary>
public abstract class HourlyJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger log) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    /// <summary>Logged (Chinese) when a pass fails.</summary>
    protected abstract string FailureMessage { get; }

    /// <summary>One pass in the given scope.</summary>
    protected abstract Task PassAsync(IServiceProvider services, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(Every, clock, stoppingToken);
                await using var scope = scopes.CreateAsyncScope();
                try
                {
                    await PassAsync(scope.ServiceProvider, stoppingToken);
                }
                catch (Exception e) when (e is DbUpdateException or DbException or InvalidOperationException)
                {
#pragma warning disable CA2254 // the message is a fixed text per job
                    log.LogError(e, FailureMessage);
#pragma warning restore CA2254
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }
}
