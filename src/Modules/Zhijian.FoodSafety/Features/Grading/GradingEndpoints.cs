using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.FoodSafety.Domain.Grading;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Grading;

/// <summary>/api/v1/food/grading: distribution, model versions, recompute.</summary>
internal static class GradingEndpoints
{
    public static void Map(RouteGroupBuilder food)
    {
        food.MapGet("/grading/distribution", Distribution).WithSummary("风险等级分布（按县级区划统计 A、B、C、D 与未分级）");
        food.MapGet("/grading/models", Models).WithSummary("风险分级模型的各版本（内置默认版本与新增版本、生效日期、分值表）");
        food.MapPost("/grading/models", AddModel).RequireAuthorization(FoodAccess.GradingAdminPolicy).Idempotent()
            .WithSummary("新增风险分级模型版本（自生效日期起用于分级；不追溯已作出的分级）");
        food.MapPost("/grading/recompute", Recompute).RequireAuthorization(FoodAccess.GradingAdminPolicy)
            .WithSummary("对管辖范围内全部在营食品生产经营者重新分级");
    }

    private static async Task<Ok<GradeDistribution>> Distribution(string? division, GradingReports reports, CancellationToken ct) =>
        TypedResults.Ok(await reports.DistributionAsync(division, ct));

    private static async Task<Ok<IReadOnlyList<ModelVersionView>>> Models(GradingModels models, CancellationToken ct) => TypedResults.Ok(await models.ListAsync(ct));

    private static Task<Results<Created<ModelVersionView>, ProblemHttpResult>> AddModel(FoodRiskModel model, GradingModels models, CancellationToken ct) =>
        models.AddAsync(model, ct).ToCreated(v => $"/api/v1/food/grading/models");

    private static async Task<Ok<GradingSummary>> Recompute(GradingRecompute recompute, CancellationToken ct) => TypedResults.Ok(await recompute.AllAsync(ct));
}
