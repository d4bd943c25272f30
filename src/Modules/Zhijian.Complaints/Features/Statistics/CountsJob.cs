using Microsoft.Extensions.DependencyInjection;
using Zhijian.Complaints.Data;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Jobs;

namespace Zhijian.Complaints.Features.Statistics;

/// <summary>
/// Every minute: the statistics rollup rebuilt when a migration or a bulk load asked for it (so a reader seldom waits for
/// it), then the batches appended by the saves folded into the compacted cells (<see cref="FilingCounts"/>).
/// </summary>
internal sealed class CountsJob : IScheduledJob
{
    public const string Key = "complaints.counts";

    public async Task ExecuteAsync(IServiceProvider services, CancellationToken ct)
    {
        services.GetRequiredService<ActorContext>().UseSystem();
        var db = services.GetRequiredService<ComplaintsDbContext>();
        await FilingCounts.EnsureBuiltAsync(db, ct);
        await FilingCounts.CompactAsync(db, ct);
    }
}
