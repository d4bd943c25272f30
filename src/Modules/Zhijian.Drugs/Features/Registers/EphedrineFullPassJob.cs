using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Jobs;

namespace Zhijian.Drugs.Features.Registers;

/// <summary>Nightly full pass over all 含麻 sales (catches what the per-sale check could not: sales posted late, out of order, or a rule setting changed).</summary>
internal sealed class EphedrineFullPassJob : IScheduledJob
{
    public const string Key = "drugs.ephedrine-full-pass";
    public const string Cron = "0 20 3 * * ?";

    public async Task ExecuteAsync(IServiceProvider services, CancellationToken ct)
    {
        services.GetRequiredService<ActorContext>().UseSystem();
        await services.GetRequiredService<EphedrineBook>().FullPassAsync(ct);
    }
}
