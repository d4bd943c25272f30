using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Inspections.Features.Plans;

/// <summary>年度抽查计划 and 抽查任务: /api/v1/inspections/plans, /api/v1/inspections/tasks.</summary>
internal static class PlansEndpoints
{
    public static void Map(RouteGroupBuilder inspections)
    {
        const string Organise = InspectionAccess.OrganisePolicy;
        inspections.MapGet("/plans", ListPlans).WithSummary("年度抽查计划");
        inspections.MapPost("/plans", CreatePlan).RequireAuthorization(Organise).Idempotent().WithSummary("制定年度抽查计划（事项、名录库、期间）");
        inspections.MapPut("/plans/{id:long}", UpdatePlan).RequireAuthorization(Organise).WithSummary("修改未公示的计划");
        inspections.MapPost("/plans/{id:long}/publish", PublishPlan).RequireAuthorization(Organise).Idempotent().WithSummary("向社会公示计划（抽取前必须公示）");

        inspections.MapGet("/tasks", ListTasks).WithSummary("抽查任务");
        inspections.MapGet("/tasks/{id:long}", GetTask).WithSummary("任务详情");
        inspections.MapPost("/tasks", CreateTask).RequireAuthorization(Organise).Idempotent()
            .WithSummary("新建抽查任务：mode=risk 按信用风险分类比例（ratioA…ratioD、ratioU，不填按规则默认值）或 mode=fixed 固定数量；departments 多个即联合抽查");
    }

    private static async Task<Ok<IReadOnlyList<PlanView>>> ListPlans(int? year, Plans p, CancellationToken ct) => TypedResults.Ok(await p.ListAsync(year, ct));

    private static Task<Results<Created<PlanView>, ProblemHttpResult>> CreatePlan(SavePlan cmd, Plans p, CancellationToken ct) =>
        p.SavePlanAsync(null, cmd, ct).ToCreated(v => $"/api/v1/inspections/plans/{v.Id}");

    private static Task<Results<Ok<PlanView>, ProblemHttpResult>> UpdatePlan(long id, SavePlan cmd, Plans p, CancellationToken ct) =>
        p.SavePlanAsync(id, cmd, ct).ToOk();

    private static Task<Results<Ok<PlanView>, ProblemHttpResult>> PublishPlan(long id, Plans p, CancellationToken ct) => p.PublishPlanAsync(id, ct).ToOk();

    private static async Task<Ok<IReadOnlyList<TaskView>>> ListTasks(long? planId, Plans p, CancellationToken ct) => TypedResults.Ok(await p.TasksAsync(planId, ct));

    private static Task<Results<Ok<TaskView>, ProblemHttpResult>> GetTask(long id, Plans p, CancellationToken ct) =>
        ApiResults.OkOrNotFound(p.GetTaskAsync(id, ct), $"抽查任务 {id} 不存在或不在您的管辖范围内");

    private static Task<Results<Created<TaskView>, ProblemHttpResult>> CreateTask(CreateTask cmd, Plans p, CancellationToken ct) =>
        p.CreateTaskAsync(cmd, ct).ToCreated(v => $"/api/v1/inspections/tasks/{v.Id}");
}
