using Microsoft.Extensions.DependencyInjection;
using Zhijian.FoodSafety.Features.Sampling;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Jobs;

namespace Zhijian.FoodSafety.Features.RapidTests;

/// <summary>Every 5 minutes: positives whose objection window closed become final (熔断), passed lab confirmations clear, suspensions past their end expire.</summary>
internal sealed class MarketsSweepJob : IScheduledJob
{
    public const string Key = "food.markets-sweep";

    public async Task ExecuteAsync(IServiceProvider services, CancellationToken ct)
    {
        services.GetRequiredService<ActorContext>().UseSystem();
        await services.GetRequiredService<RapidTests>().SettleAsync(ct);
        await services.GetRequiredService<Fuses.Fuses>().ExpireAsync(ct);
    }
}

/// <summary>抽检不合格 (or its withdrawal by a retest) → the linked rapid test is confirmed / cleared, or the producer's failure feeds 熔断.</summary>
internal sealed class SamplingFailedFuse(RapidTests rapid) : IEventHandler<FoodSamplingFailed>
{
    public Task HandleAsync(FoodSamplingFailed e, EventContext context, CancellationToken ct) => rapid.OnSamplingFailedAsync(e, ct);
}
