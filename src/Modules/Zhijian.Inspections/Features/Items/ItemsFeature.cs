using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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
        g.MapGet("/", List).WithSummary("本机构的随机抽查事项清单");
        g.MapPost("/", Create).RequireAuthorization(InspectionAccess.OrganisePolicy).Idempotent().WithSummary("新增抽查事项");
        g.MapPut("/{id:long}", Update).RequireAuthorization(InspectionAccess.OrganisePolicy).WithSummary("修改抽查事项");
        g.MapPost("/{id:long}/retire", Retire).RequireAuthorization(InspectionAccess.OrganisePolicy).WithSummary("停用抽查事项（不再用于新任务）");
        g.MapPost("/publish", Publish).RequireAuthorization(InspectionAccess.OrganisePolicy).WithSummary("在公示平台公示本机构的抽查事项清单");
        ItemsImport.Map(g);
    }

    private static async Task<Ok<IReadOnlyList<ItemView>>> List(bool? all, Items items, CancellationToken ct) => TypedResults.Ok(await items.ListAsync(all == true, ct));

    private static Task<Results<Created<ItemView>, ProblemHttpResult>> Create(SaveItem cmd, Items items, CancellationToken ct) =>
        items.SaveAsync(null, cmd, ct).ToCreated(v => $"/api/v1/inspections/items/{v.Id}");

    private static Task<Results<Ok<ItemView>, ProblemHttpResult>> Update(long id, SaveItem cmd, Items items, CancellationToken ct) => items.SaveAsync(id, cmd, ct).ToOk();

    private static Task<Results<Ok<ItemView>, ProblemHttpResult>> Retire(long id, Items items, CancellationToken ct) => items.SetActiveAsync(id, false, ct).ToOk();

    private static async Task<Results<Ok<ItemsPublished>, ProblemHttpResult>> Publish(Items items, CancellationToken ct) =>
        await items.PublishAsync(true, ct) is var r && r.IsSuccess ? TypedResults.Ok(new ItemsPublished(r.Value)) : r.ToProblem();
}

/// <summary>公示的抽查事项数。</summary>
internal sealed record ItemsPublished(int Published);
