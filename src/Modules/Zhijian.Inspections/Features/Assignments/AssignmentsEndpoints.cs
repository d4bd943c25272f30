using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Inspections.Features.Draws;
using Zhijian.Inspections.Features.Witnesses;
using Zhijian.Platform.Web;

namespace Zhijian.Inspections.Features.Assignments;

/// <summary>
/// 分派执法检查人员 (docs/draw-verification.md §8): /api/v1/inspections/tasks/{id}/assign (freeze), /officer-draws/{seq}/draw,
/// /officer-draws/{seq}/cancel, /assignments; /api/v1/inspections/assignments/{id}/recuse.
/// </summary>
internal static class AssignmentsEndpoints
{
    public static void Map(RouteGroupBuilder inspections)
    {
        const string Organise = InspectionAccess.OrganisePolicy;
        inspections.MapPost("/tasks/{id:long}/assign", Freeze)
            .RequireAuthorization(Organise).Idempotent()
            .WithSummary("人员摇号（冻结）：冻结待分派对象的候选人员名单（专业、请假、利害关系、回避、上次检查、每人上限），声明公开值并公布承诺值");
        inspections.MapGet("/tasks/{id:long}/officer-draws", ListDraws).WithSummary("本任务的各次人员摇号");
        inspections.MapPost("/tasks/{id:long}/officer-draws/{seq:int}/draw", Draw)
            .RequireAuthorization(Organise).Idempotent().WithSummary("人员摇号：取值时点之后由声明的监督人员提供公开值，抽取执法检查人员并公布 secret");
        inspections.MapPost("/tasks/{id:long}/officer-draws/{seq:int}/cancel", Cancel)
            .RequireAuthorization(Organise).Idempotent().WithSummary("作废已冻结、尚未摇号的人员摇号（理由公示）");
        inspections.MapGet("/tasks/{id:long}/assignments", View).WithSummary("分派情况");
        inspections.MapPost("/assignments/{id:long}/recuse", Recuse)
            .RequireAuthorization(Organise).Idempotent().WithSummary("回避：该人员退出，由下一次人员摇号补派；无人可派时记录在案（可据此补抽）");
    }

    private static Task<Results<Ok<OfficerDrawView>, ProblemHttpResult>> Freeze(long id, DeclarationInput cmd, Assignments a, CancellationToken ct) =>
        a.FreezeAsync(id, cmd, ct).ToOk();

    private static async Task<Ok<IReadOnlyList<OfficerDrawView>>> ListDraws(long id, Assignments a, CancellationToken ct) => TypedResults.Ok(await a.ListDrawsAsync(id, ct));

    private static Task<Results<Ok<OfficerDrawView>, ProblemHttpResult>> Draw(long id, int seq, DrawCommand cmd, Assignments a, CancellationToken ct) =>
        a.DrawAsync(id, seq, cmd, ct).ToOk();

    private static Task<Results<Ok<OfficerDrawView>, ProblemHttpResult>> Cancel(long id, int seq, CancelCommand cmd, Assignments a, CancellationToken ct) =>
        a.CancelAsync(id, seq, cmd, ct).ToOk();

    private static async Task<Ok<IReadOnlyList<TargetAssignmentView>>> View(long id, Assignments a, CancellationToken ct) => TypedResults.Ok(await a.ViewAsync(id, ct));

    private static Task<Results<Ok<IReadOnlyList<TargetAssignmentView>>, ProblemHttpResult>> Recuse(long id, RecuseCommand cmd, Assignments a, CancellationToken ct) =>
        a.RecuseAsync(id, cmd, ct).ToOk();
}
