using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Measures;

internal static class MeasuresEndpoints
{
    public static RouteGroupBuilder MapMeasures(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/measures", Take).WithSummary("先行登记保存 / 查封 / 扣押（记录批准的负责人）");
        cases.MapPost("/{id:long}/measures/{mid:long}/extend", Extend).WithSummary("延长查封扣押期限（一次，30 日）");
        cases.MapPost("/{id:long}/measures/{mid:long}/end", End).WithSummary("措施处理决定（解除、没收、送检等）");
        return cases;
    }

    private static Task<Results<Ok<long>, ProblemHttpResult>> Take(long id, MeasureInput cmd, TakeMeasureHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();

    private static Task<Results<Ok<long>, ProblemHttpResult>> Extend(long id, long mid, ReasonInput cmd, ExtendMeasureHandler h, CancellationToken ct) =>
        h.Handle(id, mid, cmd, ct).ToOk();

    private static Task<Results<Ok<long>, ProblemHttpResult>> End(long id, long mid, EndMeasureInput cmd, EndMeasureHandler h, CancellationToken ct) =>
        h.Handle(id, mid, cmd, ct).ToOk();
}
