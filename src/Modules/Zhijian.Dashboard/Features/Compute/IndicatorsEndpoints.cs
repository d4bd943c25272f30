using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Dashboard.Domain;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Dashboard.Features.Compute;

/// <summary>An indicator value for other systems (the shape).</summary>
internal sealed record IndicatorResponse(string Code, string Name, string Unit, decimal? Value, decimal? Target, string Comparator, string Status, string Source);

/// <summary>指标数据项：计算公式可引用的编码及统计口径。</summary>
internal sealed record MeasureResponse(string Code, string Name, string Unit, string Kind, string Definition);

/// <summary>重新计算的指标值个数。</summary>
internal sealed record RecomputeResponse(int Values);

/// <summary>Indicator values, the measures behind them, recomputation and warnings: /api/v1/indicators.</summary>
internal static class IndicatorsEndpoints
{
    public static void Map(RouteGroupBuilder indicators)
    {
        indicators.MapGet("", Values)
            .WithSummary("规划指标值：plan=规划编码（缺省为本辖区关联的第一个规划），division=行政区划代码（缺省为本辖区），period=yyyy-MM（缺省为本月）；status：met 达标、warning 预警、not-met 未达标、no-target 仅监测（未设目标）、no-data 无数据");
        indicators.MapGet("/measures", Measures).WithSummary("各业务模块公开的指标数据项（计算公式可引用的编码及统计口径）");
        indicators.MapPost("/snapshots", RecomputeSnapshots).WithSummary("重新计算某月的指标快照（历史期按当前数据重算，旧值被替换并记入审计）");
        indicators.MapGet("/warnings", ListWarnings)
            .WithSummary("运行预警：超期投诉、临近期限的公示、到期许可证、新增D类主体、投诉激增（各附记录列表链接）");
    }

    private static async Task<Results<Ok<IEnumerable<IndicatorResponse>>, ProblemHttpResult>> Values(
        string? plan, string? division, string? period, DashboardQueries q, CancellationToken ct)
    {
        var r = await q.ViewAsync(plan, division, period, ct);
        if (!r.IsSuccess) return r.ToProblem();
        return TypedResults.Ok(r.Value!.Rows.Select(x => new IndicatorResponse(x.Indicator.Code, x.Indicator.Name, x.Indicator.Unit, x.Value,
            x.Indicator.TargetValue, IndicatorRules.Symbol(x.Indicator.Comparator), IndicatorRules.Code(x.Status), x.Source)));
    }

    private static Ok<IEnumerable<MeasureResponse>> Measures(MeasureCatalog c) =>
        TypedResults.Ok(c.All.Select(m => new MeasureResponse(m.Code, m.Name, m.Unit, m.Kind.ToString(), m.Definition)));

    private static async Task<Results<Ok<RecomputeResponse>, ProblemHttpResult>> RecomputeSnapshots(RecomputeInput cmd, Recompute recompute, CancellationToken ct) =>
        await recompute.RunAsync(cmd, ct) is var r && r.IsSuccess ? TypedResults.Ok(new RecomputeResponse(r.Value)) : r.ToProblem();

    private static async Task<Results<Ok<IReadOnlyList<OperationalWarning>>, ProblemHttpResult>> ListWarnings(
        string? division, DashboardQueries q, Warnings w, ActorContext actor, CancellationToken ct)
    {
        division ??= await q.HomeDivisionAsync(ct);
        if (!actor.Current.Jurisdiction.Covers(division)) return Problems.Forbidden("只能查看本辖区的预警");
        return TypedResults.Ok(await w.ForAsync(division, ct));
    }
}
