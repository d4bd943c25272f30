using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Jobs;

namespace Zhijian.SpecialEquipment.Features.Hazards;

/// <summary>Hourly: hazards past their deadline (and 重大隐患 staged by other areas) raise their case clue, once each.</summary>
internal sealed class HazardsSweepJob : IScheduledJob
{
    public const string Key = "sequip.hazards-sweep";

    public async Task ExecuteAsync(IServiceProvider services, CancellationToken ct)
    {
        services.GetRequiredService<ActorContext>().UseSystem();
        await services.GetRequiredService<HazardLoop>().SweepAsync(ct);
    }
}
