using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Propose;

internal static class ProposeEndpoints
{
    public static RouteGroupBuilder MapPropose(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/proposal", Propose).WithSummary("拟处罚意见（违法行为、处罚、裁量阶次）");
        return cases;
    }

    private static Task<Results<Ok<long>, ProblemHttpResult>> Propose(long id, ProposeInput cmd, ProposeHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
