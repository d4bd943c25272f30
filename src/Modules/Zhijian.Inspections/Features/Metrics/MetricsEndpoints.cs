using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Inspections.Features.Metrics;

/// <summary>指标: /api/v1/inspections/metrics, /api/v1/inspections/due.</summary>
internal static class MetricsEndpoints
{
    public static void Map(RouteGroupBuilder inspections)
    {
        inspections.MapGet("/metrics", ForYear)
            .WithSummary("各机构年度指标：覆盖率（≥3%）、按风险分类抽取占比（≥50%）、联合抽查占比（≥30%）、公示率（100%）");
        inspections.MapGet("/due", Due).WithSummary("临近或超过公示期限（检查结束后 20 个工作日）的结果");
    }

    private static async Task<Results<Ok<IReadOnlyList<UnitMetrics>>, ProblemHttpResult>> ForYear(int? year, InspectionMetrics m, TimeProvider clock, CancellationToken ct) =>
        year is < Years.First or > Years.Last
            ? Problems.Validation("year", Years.Message)
            : TypedResults.Ok(await m.ForYearAsync(year ?? clock.GetUtcNow().Year, ct));

    private static async Task<Results<Ok<IReadOnlyList<DueResult>>, ProblemHttpResult>> Due(int? days, InspectionMetrics m, CancellationToken ct) =>
        days is < 0 or > InspectionMetrics.MaxDueDays
            ? Problems.Validation("days", $"天数应在 0 至 {InspectionMetrics.MaxDueDays} 个工作日之间")
            : TypedResults.Ok(await m.DueAsync(days ?? 5, ct));
}
