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

        // Disclosure
        services.AddScoped<Features.Disclosure.Disclosures>();
        services.AddScoped<Features.Disclosure.PublicPenalties>();
        services.AddEvent<Features.Disclosure.PenaltyPublished>();
        services.AddEvent<Features.Disclosure.PenaltyPublicationWithdrawn>();
        services.AddEventHandler<Features.Disclosure.PenaltyPublished, Features.Disclosure.PenaltyCreditHandler>();
        services.AddEventHandler<Features.Disclosure.PenaltyPublicationWithdrawn, Features.Disclosure.PenaltyCreditHandler>();
        services.AddEventHandler<Zhijian.Credit.Contracts.PenaltyDisclosureEnded, Features.Disclosure.PenaltyDisclosureEndedHandler>();
        services.AddHostedService<Features.Disclosure.DisclosureSweeper>();
    }

    public void MapEndpoints(RouteGroupBuilder api)
    {
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Task.CompletedTask;

    public IEnumerable<NavEntry> Navigation => [];

    public IEnumerable<NavEntry> PortalNavigation =>
    [
        new("公示", "行政处罚信息公示", "/gs/penalties", "", 320), // Disclosure
    ];
}
