using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Inspections.Features.Draws;

/// <summary>摇号 (docs/draw-verification.md): /api/v1/inspections/tasks/{id}/commit, /draw, /supplement, /draws.</summary>
internal static class DrawsEndpoints
{
    public static void Map(RouteGroupBuilder inspections)
    {
        const string Organise = InspectionAccess.OrganisePolicy;
        inspections.MapPost("/tasks/{id:long}/commit", Commit)
            .RequireAuthorization(Organise).Idempotent().WithSummary("冻结名录：公布候选对象数、哈希与服务器承诺值 SHA-256(secret)");
        inspections.MapPost("/tasks/{id:long}/draw", Draw)
            .RequireAuthorization(Organise).Idempotent().WithSummary("监督人员输入公开值，摇号并公布 secret（每次抽取只能进行一次）");
        inspections.MapPost("/tasks/{id:long}/supplement", Supplement)
            .RequireAuthorization(Organise).Idempotent().WithSummary("补抽：替换无法检查的对象（须说明理由），冻结新名录，另行摇号");
        inspections.MapGet("/tasks/{id:long}/draws", List).WithSummary("本任务的各次抽取");
    }

    private static Task<Results<Ok<DrawView>, ProblemHttpResult>> Commit(long id, Draws d, CancellationToken ct) => d.CommitAsync(id, ct).ToOk();

    private static Task<Results<Ok<DrawView>, ProblemHttpResult>> Draw(long id, DrawCommand cmd, Draws d, CancellationToken ct) => d.DrawAsync(id, cmd, ct).ToOk();

    private static Task<Results<Ok<DrawView>, ProblemHttpResult>> Supplement(long id, SupplementCommand cmd, Draws d, CancellationToken ct) =>
        d.SupplementAsync(id, cmd, ct).ToOk();

    private static async Task<Ok<IReadOnlyList<DrawView>>> List(long id, Draws d, CancellationToken ct) => TypedResults.Ok(await d.ListAsync(id, false, ct));
}
