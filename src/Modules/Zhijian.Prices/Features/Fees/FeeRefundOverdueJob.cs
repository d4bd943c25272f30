using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Jobs;

namespace Zhijian.Prices.Features.Fees;

/// <summary>Nightly (每天 03:40): 涉企违规收费 not refunded in full by the deadline go to cases as clues, once per case.</summary>
internal sealed class FeeRefundOverdueJob : IScheduledJob
{
    public const string Key = "prices.fee-refund-overdue";
    public const string Cron = "0 40 3 * * ?";

    public async Task ExecuteAsync(IServiceProvider services, CancellationToken ct)
    {
        services.GetRequiredService<ActorContext>().UseSystem();
        await services.GetRequiredService<FeeCases>().SendOverdueCluesAsync(ct);
    }
}
