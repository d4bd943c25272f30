using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Storage;

namespace Zhijian.Complaints;

/// <summary>投诉举报 (12315): intake, routing, statutory deadlines, mediation, reports, ODR, 12345 exchange, analysis, disclosure.</summary>
public sealed class ComplaintsModule : IZhijianModule
{
    public string Name => "投诉举报";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
    }

    public void MapEndpoints(RouteGroupBuilder api)
    {
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;

    public IEnumerable<NavEntry> Navigation => [];

    public IEnumerable<NavEntry> PortalNavigation => [];
}
