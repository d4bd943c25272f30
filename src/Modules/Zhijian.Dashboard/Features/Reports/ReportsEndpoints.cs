using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Zhijian.Dashboard.Features.Reports;

/// <summary>规划评估报告: /api/v1/indicators/reports.</summary>
internal static class ReportsEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(RouteGroupBuilder indicators) =>
        indicators.MapGet("/reports", Report).Produces<byte[]>(StatusCodes.Status200OK, Xlsx)
            .WithSummary("规划评估报告 XLSX（kind：annual 年度监测、midterm 中期评估、final 总结评估；可打印版见 /dashboard/reports/print）");

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Report(string? plan, string? division, string? period, string? kind,
        EvaluationReports reports, CancellationToken ct)
    {
        var r = await reports.BuildAsync(plan, division, period, kind, ct);
        if (!r.IsSuccess) return r.ToProblem();
        return TypedResults.File(reports.Xlsx(r.Value!), Xlsx, $"{r.Value!.View.DivisionName}-{EvaluationReports.Name(r.Value.Kind)}-{r.Value.Cutoff}.xlsx");
    }
}
