using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.TimeLimit;

internal static class TimeLimitEndpoints
{
    public static RouteGroupBuilder MapTimeLimit(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/extend", Extend).WithSummary("延长办案期限");
        cases.MapPost("/{id:long}/suspend", Suspend).WithSummary("中止计算办案期限（检验检测、中止调查）");
        cases.MapPost("/{id:long}/resume", Resume).WithSummary("恢复计算办案期限");
        return cases;
    }

    private static Task<Results<Ok<long>, ProblemHttpResult>> Extend(long id, ExtendInput cmd, ExtendHandler h, CancellationToken ct) => h.Handle(id, cmd, ct).ToOk();

    private static Task<Results<Ok<long>, ProblemHttpResult>> Suspend(long id, ReasonInput cmd, SuspendHandler h, CancellationToken ct) => h.Handle(id, cmd, ct).ToOk();

    private static Task<Results<Ok<long>, ProblemHttpResult>> Resume(long id, ResumeHandler h, CancellationToken ct) => h.Handle(id, ct).ToOk();
}
