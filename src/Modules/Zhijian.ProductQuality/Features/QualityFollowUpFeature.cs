using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Zhijian.ProductQuality.Features;

/// <summary>不合格后处理: the area's services and endpoints.</summary>
internal static class QualityFollowUpFeature
{
    public static void Add(IServiceCollection services)
    {
        // Placeholder until the FollowUp area lands: replace with the real implementation.
        services.AddScoped<Domain.FollowUp.IFollowUps, PendingFollowUps>();
    }

    /// <summary><paramref name="api"/> is /api/v1 (codes, public endpoints); <paramref name="pq"/> is /api/v1/pq (staff read policy).</summary>
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder pq)
    {
    }
}

/// <summary>Placeholder (skeleton): records nothing. The FollowUp area replaces it.</summary>
internal sealed class PendingFollowUps : Domain.FollowUp.IFollowUps
{
    public Task OpenAsync(Domain.FollowUp.FailedSample failure, CancellationToken ct) => Task.CompletedTask;

    public Task WithdrawAsync(long sampleId, DateOnly on, string reason, CancellationToken ct) => Task.CompletedTask;

    public Task<bool> HasOpenAsync(string productKey, CancellationToken ct) => Task.FromResult(false);
}
