using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform;
using Zhijian.Platform.Storage;

namespace Zhijian.Cases;

/// <summary>行政执法办案: clues, cases and their statutory deadlines, evidence, legal review, decisions, documents, disclosure, 行刑衔接.</summary>
public sealed class CasesModule : IZhijianModule
{
    public string Name => "行政执法办案";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddModuleDbContext<Data.CasesDbContext, Data.SqliteCasesDbContext, Data.PostgresCasesDbContext>(storage);
        Features.CaseAccess.AddPolicies(services);
        services.AddSingleton<Features.CaseUnits>();
        var pattern = configuration[Features.Documents.DocumentNumberOptions.ConfigKey];
        services.AddSingleton(new Features.Documents.DocumentNumberOptions(
            string.IsNullOrWhiteSpace(pattern) ? Features.Documents.DocumentNumberOptions.DefaultPattern : pattern));
        services.AddScoped<Features.Documents.DocumentNumbers>();
        services.AddScoped<Features.Documents.CaseDocuments>();
    }

    public void MapEndpoints(RouteGroupBuilder api) => Features.CasesEndpoints.Map(api);

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;

    public IEnumerable<NavEntry> Navigation => [];

    public IEnumerable<NavEntry> PortalNavigation => [];
}
