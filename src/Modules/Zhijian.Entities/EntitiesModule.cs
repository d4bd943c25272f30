using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;

namespace Zhijian.Entities;

/// <summary>市场主体库: registry, lifecycle, annual reports, licences, import, search, profile.</summary>
public sealed class EntitiesModule : IZhijianModule
{
    public string Name => "市场主体库";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
    }

    public void MapEndpoints(RouteGroupBuilder api)
    {
    }

    public IEnumerable<NavEntry> Navigation =>
    [
        new("市场主体库", "主体查询", "/entities", "search", 100),
    ];
}
