using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Inspections.Features.Libraries;

/// <summary>检查对象名录库: /api/v1/inspections/libraries.</summary>
internal static class LibrariesEndpoints
{
    public static void Map(RouteGroupBuilder inspections)
    {
        inspections.MapGet("/libraries", List).WithSummary("检查对象名录库");
        inspections.MapGet("/libraries/{id:long}", Get).WithSummary("名录库详情");
        inspections.MapPost("/libraries", Create)
            .RequireAuthorization(InspectionAccess.OrganisePolicy).Idempotent().WithSummary("新建名录库（对主体库的命名筛选条件，每次抽取时实时求值）");
        inspections.MapPut("/libraries/{id:long}", Update).RequireAuthorization(InspectionAccess.OrganisePolicy).WithSummary("修改名录库");
        inspections.MapGet("/libraries/{id:long}/preview", Preview).WithSummary("按当前主体库求值：符合条件、免检、可抽对象数及各风险分类户数");
    }

    private static async Task<Ok<IReadOnlyList<LibraryView>>> List(Libraries l, CancellationToken ct) => TypedResults.Ok(await l.ListAsync(ct));

    private static Task<Results<Ok<LibraryView>, ProblemHttpResult>> Get(long id, Libraries l, CancellationToken ct) =>
        ApiResults.OkOrNotFound(l.GetAsync(id, ct), $"检查对象名录库 {id} 不存在或不在您的管辖范围内");

    private static Task<Results<Created<LibraryView>, ProblemHttpResult>> Create(SaveLibrary cmd, Libraries l, CancellationToken ct) =>
        l.SaveAsync(null, cmd, ct).ToCreated(v => $"/api/v1/inspections/libraries/{v.Id}");

    private static Task<Results<Ok<LibraryView>, ProblemHttpResult>> Update(long id, SaveLibrary cmd, Libraries l, CancellationToken ct) =>
        l.SaveAsync(id, cmd, ct).ToOk();

    private static Task<Results<Ok<LibraryPreview>, ProblemHttpResult>> Preview(long id, Libraries l, CancellationToken ct) => l.PreviewAsync(id, ct).ToOk();
}
