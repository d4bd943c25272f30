using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Data;
using Zhijian.Entities.Features;
using Zhijian.Entities.Features.Import;
using Zhijian.Entities.Features.Profile;
using Zhijian.Entities.Features.Register;
using Zhijian.Entities.Features.Search;
using Zhijian.Platform;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Todo;

namespace Zhijian.Entities;

/// <summary>市场主体库: registry, lifecycle, annual reports, licences, import, search, profile.</summary>
public sealed class EntitiesModule : IZhijianModule
{
    public string Name => "市场主体库";

    public void AddServices(IServiceCollection services, IConfiguration configuration, StorageOptions storage)
    {
        services.AddModuleDbContext<EntitiesDbContext, SqliteEntitiesDbContext, PostgresEntitiesDbContext>(storage);
        services.AddSingleton(EntitiesAuditNames.Names); // 审计记录 in words
        services.AddScoped<EntityCommands>();
        services.AddScoped<EntitySearch>();
        services.AddSingleton<NameGramStats>();
        services.AddScoped<EntityProfile>();
        services.AddScoped<EntityLibrary>();
        services.AddScoped<Features.AnnualReports.AnnualReports>();
        services.AddScoped<Features.Licences.Licences>();
        services.AddTodoSource<Features.Todo.EntityTodo>();
        services.AddMeasureSource<Features.Statistics.EntityMeasures>();
        services.AddEvent<AnnualReportFiled>();
        services.AddScoped<IEntityDirectory, EntityDirectory>();
        services.AddScoped<Zhijian.Platform.Portal.IPortalEntitySearch, PortalEntitySearch>();
        services.AddEvent<EntityRegistered>();
        services.AddEvent<EntityChanged>();
        services.AddEvent<EntityStatusChanged>();
        services.AddEvent<EntitiesImported>();
        services.AddEntityImport();
        services.AddAccessPolicies()
            .Scope(EntityAccess.ReadScope, "查询市场主体")
            .Scope(EntityAccess.WriteScope, "办理市场主体登记")
            .Policy(EntityAccess.ReadPolicy, AccessPolicyBuilder.AnyStaff, EntityAccess.ReadScope, EntityAccess.WriteScope) // staff: every role reads the registry
            .Policy(EntityAccess.WritePolicy, [Roles.Registrar, Roles.Admin], EntityAccess.WriteScope);
    }

    /// <summary>Every entity endpoint, under <c>/api/v1/entities</c>: the one place they are mapped.</summary>
    public void MapEndpoints(RouteGroupBuilder api)
    {
        var entities = api.MapGroup("/entities").WithTags("市场主体库").RequireAuthorization(EntityAccess.ReadPolicy);
        EntitiesEndpoints.Map(entities);
        RegistryEndpoints.Map(entities);
        entities.MapEntityImport();
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken ct) => Dataset.DemoEntities.SeedAsync(services, ct);

    public IEnumerable<NavEntry> Navigation =>
    [
        new("市场主体库", "主体查询", "/entities", "search", 100),
        new("市场主体库", "年报情况", "/entities/annual-reports", "assignment", 102),
        new("市场主体库", "许可到期", "/entities/licences", "event_busy", 103),
        new("市场主体库", "批量导入", "/entities/import", "upload_file", 110, [Roles.Registrar, Roles.Admin]),
    ];
}
