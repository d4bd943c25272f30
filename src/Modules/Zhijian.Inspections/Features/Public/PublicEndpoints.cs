using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Inspections.Features.Assignments;
using Zhijian.Inspections.Features.Draws;
using Zhijian.Platform.Web;

namespace Zhijian.Inspections.Features.Public;

/// <summary>公示: /api/v1/public/inspections, anyone, with every draw's verification data (docs/draw-verification.md).</summary>
internal static class PublicEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var p = api.MapGroup("/public/inspections").WithTags("公示").AllowAnonymous();
        p.MapGet("/tasks", ListTasks).WithSummary("已公示计划的抽查任务（id、名称、机构、状态）");
        p.MapGet("/plans", ListPlans).WithSummary("已公示的年度抽查计划");
        p.MapGet("/items", ListItems).WithSummary("已公示的随机抽查事项清单");
        p.MapGet("/tasks/{id:long}/draw", MainDraw).WithSummary("主抽取的全部验证数据（见 docs/draw-verification.md）");
        p.MapGet("/tasks/{id:long}/draws", ListDraws).WithSummary("本任务的各次抽取（含补抽）");
        p.MapGet("/tasks/{id:long}/draws/{seq:int}", GetDraw).WithSummary("第 seq 次抽取的验证数据");
        p.MapGet("/tasks/{id:long}/assignments", ListAssignments).WithSummary("执法检查人员抽取记录（每轮的候选人员与抽中人员、回避）");
        p.MapGet("/tasks/{id:long}/officer-draws", ListOfficerDraws).WithSummary("执法检查人员的各次摇号（声明、承诺值、哈希、公开值与 secret）");
        p.MapGet("/tasks/{id:long}/officer-draws/{seq:int}", GetOfficerDraw).WithSummary("第 seq 次人员摇号的全部验证数据（冻结名单、每人负荷、抽中人员）");
        p.MapGet("/tasks/{id:long}/results", ListResults).WithSummary("已公示的检查结果");
    }

    private static async Task<Ok<IReadOnlyList<PublicTask>>> ListTasks(PublicInspections pub, CancellationToken ct) => TypedResults.Ok(await pub.TasksAsync(ct));

    private static async Task<Ok<IReadOnlyList<PublicPlan>>> ListPlans(PublicInspections pub, CancellationToken ct) => TypedResults.Ok(await pub.PlansAsync(ct));

    private static async Task<Ok<IReadOnlyList<PublicItem>>> ListItems(PublicInspections pub, CancellationToken ct) => TypedResults.Ok(await pub.ItemsAsync(ct));

    private static Task<Results<Ok<DrawView>, ProblemHttpResult>> MainDraw(long id, PublicInspections pub, CancellationToken ct) =>
        ApiResults.OkOrNotFound(pub.MainDrawAsync(id, ct), $"抽查任务 {id} 不存在、未公示或尚未冻结名录");

    private static Task<Results<Ok<IReadOnlyList<DrawView>>, ProblemHttpResult>> ListDraws(long id, PublicInspections pub, CancellationToken ct) =>
        ApiResults.OkOrNotFound(pub.DrawsAsync(id, ct), NotPublished(id));

    private static Task<Results<Ok<DrawView>, ProblemHttpResult>> GetDraw(long id, int seq, PublicInspections pub, CancellationToken ct) =>
        ApiResults.OkOrNotFound(pub.DrawAsync(id, seq, ct), $"抽查任务 {id} 的第 {seq} 次抽取不存在或未公示");

    private static Task<Results<Ok<IReadOnlyList<TargetAssignmentView>>, ProblemHttpResult>> ListAssignments(long id, PublicInspections pub, CancellationToken ct) =>
        ApiResults.OkOrNotFound(pub.AssignmentsAsync(id, ct), NotPublished(id));

    private static Task<Results<Ok<IReadOnlyList<OfficerDrawView>>, ProblemHttpResult>> ListOfficerDraws(long id, PublicInspections pub, CancellationToken ct) =>
        ApiResults.OkOrNotFound(pub.OfficerDrawsAsync(id, ct), NotPublished(id));

    private static Task<Results<Ok<OfficerDrawView>, ProblemHttpResult>> GetOfficerDraw(long id, int seq, PublicInspections pub, CancellationToken ct) =>
        ApiResults.OkOrNotFound(pub.OfficerDrawAsync(id, seq, ct), $"抽查任务 {id} 的第 {seq} 次人员摇号不存在或未公示");

    private static Task<Results<Ok<IReadOnlyList<PublicResult>>, ProblemHttpResult>> ListResults(long id, PublicInspections pub, CancellationToken ct) =>
        ApiResults.OkOrNotFound(pub.ResultsAsync(id, ct), NotPublished(id));

    private static string NotPublished(long id) => $"抽查任务 {id} 不存在或未公示";
}
