using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.CaseReview;

internal static class CaseReviewEndpoints
{
    public static RouteGroupBuilder MapCaseReview(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/submit", Submit).WithSummary("调查终结，提交审核");
        cases.MapPost("/{id:long}/review", Review).WithSummary("案件审核");
        return cases;
    }

    private static Task<Results<Ok<long>, ProblemHttpResult>> Submit(long id, SubmitHandler h, CancellationToken ct) => h.Handle(id, ct).ToOk();

    private static Task<Results<Ok<long>, ProblemHttpResult>> Review(long id, OpinionInput cmd, ReviewHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
