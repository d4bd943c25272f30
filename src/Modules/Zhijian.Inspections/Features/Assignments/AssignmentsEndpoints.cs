using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Inspections.Features.Assignments;

/// <summary>分派执法检查人员: /api/v1/inspections/tasks/{id}/assign, /assignments; /api/v1/inspections/assignments/{id}/recuse.</summary>
internal static class AssignmentsEndpoints
{
    public static void Map(RouteGroupBuilder inspections)
    {
        const string Organise = InspectionAccess.OrganisePolicy;
        inspections.MapPost("/tasks/{id:long}/assign", Assign)
            .RequireAuthorization(Organise).Idempotent().WithSummary("随机分派执法检查人员（专业、请假、回避、每人上限、连续检查同一对象）");
        inspections.MapGet("/tasks/{id:long}/assignments", View).WithSummary("分派情况");
        inspections.MapPost("/assignments/{id:long}/recuse", Recuse)
            .RequireAuthorization(Organise).Idempotent().WithSummary("回避：该人员退出，自动重新抽取一名");
    }

    private static Task<Results<Ok<IReadOnlyList<TargetAssignmentView>>, ProblemHttpResult>> Assign(long id, Assignments a, CancellationToken ct) =>
        a.AssignAsync(id, ct).ToOk();

    private static async Task<Ok<IReadOnlyList<TargetAssignmentView>>> View(long id, Assignments a, CancellationToken ct) => TypedResults.Ok(await a.ViewAsync(id, ct));

    private static Task<Results<Ok<IReadOnlyList<TargetAssignmentView>>, ProblemHttpResult>> Recuse(long id, RecuseCommand cmd, Assignments a, CancellationToken ct) =>
        a.RecuseAsync(id, cmd, ct).ToOk();
}
