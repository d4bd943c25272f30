using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.FoodSafety.Domain.Supervision;
using Zhijian.FoodSafety.Features.SamplingPlans;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Supervision;

/// <summary>/api/v1/food: 检查要点表, 年度检查计划, 监督检查记录 and their publication, 两年全覆盖, 明厨亮灶, 年度抽检计划.</summary>
internal static class SupervisionEndpoints
{
    public static void Map(RouteGroupBuilder food)
    {
        const string Organise = FoodAccess.OrganisePolicy;
        const string Work = FoodAccess.WorkPolicy;
        food.MapGet("/checklists", Checklists).WithSummary("检查要点表（各业态现行版本）");
        food.MapGet("/checklists/{kind}", ChecklistHistory).WithSummary("一个业态检查要点表的全部版本");
        food.MapPost("/checklists/{kind}", SaveChecklist).RequireAuthorization(Organise).Idempotent().WithSummary("修订检查要点表（保存为新版本，已有记录保留原版本）");

        food.MapGet("/inspection-plans/{year:int}", Plan).WithSummary("年度监督检查计划（本单位）及各户计划、完成次数");
        food.MapPost("/inspection-plans", Generate).RequireAuthorization(Organise).Idempotent().WithSummary("按风险等级生成（或重新生成）年度监督检查计划");

        food.MapGet("/inspections", List).WithSummary("监督检查记录（按名称、结果、期间、区划、待复查、待公示筛选，分页）");
        food.MapGet("/inspections/{id:long}", Get).WithSummary("监督检查记录（含检查要点逐项情况与后续处理）");
        food.MapGet("/inspections/inspectors", Inspectors).WithSummary("可选的检查人员（本局在职工作人员）");
        food.MapPost("/inspections", Record).RequireAuthorization(Work).Idempotent()
            .WithSummary("录入监督检查记录（检查人员不少于2名；结果由检查要点推定：重点项不符合为不符合，一般项不符合为基本符合）");
        food.MapPost("/inspections/publish", Publish).RequireAuthorization(Organise).Idempotent().WithSummary("公示监督检查结果（20个工作日内；同时记入信用档案）");
        food.MapGet("/inspections/coverage-gaps", Gaps).WithSummary("两年未全项检查的食品生产经营者");

        food.MapGet("/canteens", CanteenList).WithSummary("学校和托幼机构食堂的明厨亮灶情况");
        food.MapGet("/canteens/coverage", CanteenCoverage).WithSummary("明厨亮灶覆盖情况（按县区）");
        food.MapPut("/canteens/{id:long}/kitchen", UpdateKitchen).RequireAuthorization(Work).Idempotent().WithSummary("登记明厨亮灶状态");

        food.MapGet("/sampling-plans/{year:int}", SamplingPlanList).WithSummary("年度抽检计划（各单位，按类别计划与完成批次）");
        food.MapPost("/sampling-plans", SaveSamplingPlan).RequireAuthorization(Organise).Idempotent().WithSummary("制定或修订年度抽检计划（常住人口 × 每千人批次）");
    }

    private static async Task<Ok<IReadOnlyList<ChecklistView>>> Checklists(ChecklistService s, CancellationToken ct) => TypedResults.Ok(await s.CurrentAsync(ct));

    private static async Task<Ok<IReadOnlyList<ChecklistView>>> ChecklistHistory(ChecklistKind kind, ChecklistService s, CancellationToken ct) =>
        TypedResults.Ok(await s.HistoryAsync(kind, ct));

    private static Task<Results<Ok<ChecklistView>, ProblemHttpResult>> SaveChecklist(ChecklistKind kind, SaveChecklist cmd, ChecklistService s, CancellationToken ct) =>
        s.SaveVersionAsync(kind, cmd, ct).ToOk();

    private static Task<Results<Ok<PlanView>, ProblemHttpResult>> Plan(int year, int? orgUnitId, string? q, int? page, int? size, InspectionPlans p, CancellationToken ct) =>
        ApiResults.OkOrNotFound(p.GetAsync(year, orgUnitId, q, page ?? 1, size ?? 50, ct), $"{year} 年度监督检查计划尚未生成");

    private static Task<Results<Ok<PlanView>, ProblemHttpResult>> Generate(GeneratePlan cmd, InspectionPlans p, CancellationToken ct) => p.GenerateAsync(cmd, ct).ToOk();

    private static async Task<Ok<InspectionPage>> List(string? q, InspectionResult? result, DateOnly? from, DateOnly? to, string? division, bool? open, bool? unpublished,
        int? page, int? size, InspectionRecords r, CancellationToken ct) =>
        TypedResults.Ok(await r.ListAsync(new InspectionFilter(q, result, from, to, division, open ?? false, unpublished ?? false, page ?? 1, size ?? 20), ct));

    private static Task<Results<Ok<InspectionView>, ProblemHttpResult>> Get(long id, InspectionRecords r, CancellationToken ct) =>
        ApiResults.OkOrNotFound(r.GetAsync(id, ct), $"监督检查记录 {id} 不存在或不在您的管辖范围内");

    private static async Task<Ok<IReadOnlyList<InspectorOption>>> Inspectors(InspectionRecords r, CancellationToken ct) => TypedResults.Ok(await r.InspectorOptionsAsync(ct));

    private static Task<Results<Created<InspectionView>, ProblemHttpResult>> Record(RecordInspection cmd, InspectionRecords r, CancellationToken ct) =>
        r.RecordAsync(cmd, ct).ToCreated(v => $"/api/v1/food/inspections/{v.Id}");

    private static Task<Results<Ok<int>, ProblemHttpResult>> Publish(PublishInspections cmd, InspectionRecords r, CancellationToken ct) => r.PublishAsync(cmd, ct).ToOk();

    private static async Task<Ok<CoverageGapPage>> Gaps(string? division, int? page, int? size, InspectionPlans p, CancellationToken ct) =>
        TypedResults.Ok(await p.CoverageGapsAsync(division, page ?? 1, size ?? 20, ct));

    private static async Task<Ok<CanteenPage>> CanteenList(string? q, string? division, bool? transparent, int? page, int? size, Canteens c, CancellationToken ct) =>
        TypedResults.Ok(await c.ListAsync(q, division, transparent, page ?? 1, size ?? 20, ct));

    private static async Task<Ok<IReadOnlyList<CanteenCoverage>>> CanteenCoverage(Canteens c, CancellationToken ct) => TypedResults.Ok(await c.CoverageAsync(ct));

    private static Task<Results<Ok<CanteenRow>, ProblemHttpResult>> UpdateKitchen(long id, UpdateKitchen cmd, Canteens c, CancellationToken ct) => c.UpdateAsync(id, cmd, ct).ToOk();

    private static async Task<Ok<IReadOnlyList<SamplingPlanView>>> SamplingPlanList(int year, SamplingPlans.SamplingPlans s, CancellationToken ct) =>
        TypedResults.Ok(await s.ListAsync(year, ct));

    private static Task<Results<Ok<SamplingPlanView>, ProblemHttpResult>> SaveSamplingPlan(SaveSamplingPlan cmd, SamplingPlans.SamplingPlans s, CancellationToken ct) =>
        s.SaveAsync(cmd, ct).ToOk();
}
