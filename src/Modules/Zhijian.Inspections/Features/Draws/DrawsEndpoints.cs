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
            .RequireAuthorization(Organise).Idempotent().WithSummary("冻结名录：声明公开值的来源、取值时点与监督人员，公布候选对象数、哈希与服务器承诺值 SHA-256(secret)");
        inspections.MapPost("/tasks/{id:long}/draw", Draw)
            .RequireAuthorization(Organise).Idempotent().WithSummary("取值时点之后，声明的监督人员各自提供公开值，摇号并公布 secret（每次抽取只能进行一次）");
        inspections.MapPost("/tasks/{id:long}/supplement", Supplement)
            .RequireAuthorization(Organise).Idempotent().WithSummary("补抽：以系统可查证的理由替换对象（登记状态变更、住所无法联系、回避后无人员），从主抽取的冻结名录中另行摇号");
        inspections.MapPost("/tasks/{id:long}/draws/{seq:int}/cancel", Cancel)
            .RequireAuthorization(Organise).Idempotent().WithSummary("作废已冻结、尚未摇号的抽取（理由随抽取记录公示）");
        inspections.MapGet("/tasks/{id:long}/draws", List).WithSummary("本任务的各次抽取");
    }

    private static Task<Results<Ok<DrawView>, ProblemHttpResult>> Commit(long id, CommitCommand cmd, Draws d, CancellationToken ct) => d.CommitAsync(id, cmd, ct).ToOk();

    private static Task<Results<Ok<DrawView>, ProblemHttpResult>> Cancel(long id, int seq, CancelCommand cmd, Draws d, CancellationToken ct) =>
        d.CancelAsync(id, seq, cmd, ct).ToOk();

    private static Task<Results<Ok<DrawView>, ProblemHttpResult>> Draw(long id, DrawCommand cmd, Draws d, CancellationToken ct) => d.DrawAsync(id, cmd, ct).ToOk();

    private static Task<Results<Ok<DrawView>, ProblemHttpResult>> Supplement(long id, SupplementCommand cmd, Draws d, CancellationToken ct) =>
        d.SupplementAsync(id, cmd, ct).ToOk();

    private static async Task<Ok<IReadOnlyList<DrawView>>> List(long id, Draws d, CancellationToken ct) => TypedResults.Ok(await d.ListAsync(id, false, ct));
}
