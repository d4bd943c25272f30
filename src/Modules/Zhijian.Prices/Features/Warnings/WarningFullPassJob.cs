using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Jobs;

namespace Zhijian.Prices.Features.Warnings;

/// <summary>
/// 价格预警全量判断 every night: every good's series against the rules (catches corrections of past prices, rule versions taking effect, and
/// weeks whose run of 猪粮比 completed without a new price that day).
/// </summary>
internal sealed class WarningFullPassJob : IScheduledJob
{
    public const string Key = "prices.warnings-full-pass";
    public const string Cron = "0 50 2 * * ?";

    public async Task ExecuteAsync(IServiceProvider services, CancellationToken ct)
    {
        services.GetRequiredService<ActorContext>().UseSystem();
        await services.GetRequiredService<WarningEngine>().FullPassAsync(null, null, ct);
    }
}
