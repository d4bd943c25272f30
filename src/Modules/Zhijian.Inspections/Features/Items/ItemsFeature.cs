using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Web;

namespace Zhijian.Inspections.Features.Items;

/// <summary>随机抽查事项清单: /api/v1/inspections/items.</summary>
internal static class ItemsFeature
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static void Add(IServiceCollection services)
    {
        services.AddScoped<Items>();
        services.AddScoped<ItemsImport>();
    }

    public static void Map(RouteGroupBuilder api)
    {
        var g = api.MapGroup("/inspections/items").WithTags("双随机、一公开").RequireAuthorization(InspectionAccess.ReadPolicy);
        g.MapGet("/", async (bool? all, Items items, CancellationToken ct) => Results.Ok(await items.ListAsync(all == true, ct)))
            .WithSummary("本机构的随机抽查事项清单");
        g.MapPost("/", async (SaveItem cmd, Items items, CancellationToken ct) =>
                await items.SaveAsync(null, cmd, ct) is var r && r.IsSuccess ? Results.Created($"/api/v1/inspections/items/{r.Value!.Id}", r.Value) : r.ToProblem())
            .RequireAuthorization(InspectionAccess.OrganisePolicy).Idempotent().WithSummary("新增抽查事项");
        g.MapPut("/{id:long}", async (long id, SaveItem cmd, Items items, CancellationToken ct) =>
                await items.SaveAsync(id, cmd, ct) is var r && r.IsSuccess ? Results.Ok(r.Value) : r.ToProblem())
            .RequireAuthorization(InspectionAccess.OrganisePolicy).WithSummary("修改抽查事项");
        g.MapPost("/{id:long}/retire", async (long id, Items items, CancellationToken ct) =>
                await items.SetActiveAsync(id, false, ct) is var r && r.IsSuccess ? Results.Ok(r.Value) : r.ToProblem())
            .RequireAuthorization(InspectionAccess.OrganisePolicy).WithSummary("停用抽查事项（不再用于新任务）");
        g.MapPost("/publish", async (Items items, CancellationToken ct) =>
                await items.PublishAsync(true, ct) is var r && r.IsSuccess ? Results.Ok(new { published = r.Value }) : r.ToProblem())
            .RequireAuthorization(InspectionAccess.OrganisePolicy).WithSummary("在公示平台公示本机构的抽查事项清单");
        ItemsImport.Map(g);
    }
}
