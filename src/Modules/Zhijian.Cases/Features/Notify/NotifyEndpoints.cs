using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Notify;

internal static class NotifyEndpoints
{
    public static RouteGroupBuilder MapNotify(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/notice", Notify).WithSummary("送达行政处罚告知书");
        cases.MapPost("/{id:long}/statement", Statement).WithSummary("陈述申辩、听证申请");
        cases.MapPost("/{id:long}/advance", Advance).WithSummary("陈述申辩期满，进入法制审核/集体讨论/决定");
        return cases;
    }

    private static Task<Results<Ok<long>, ProblemHttpResult>> Notify(long id, NoticeInput cmd, NotifyHandler h, CancellationToken ct) => h.Handle(id, cmd, ct).ToOk();

    private static Task<Results<Ok<long>, ProblemHttpResult>> Statement(long id, StatementInput cmd, StatementHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();

    private static Task<Results<Ok<long>, ProblemHttpResult>> Advance(long id, AdvanceHandler h, CancellationToken ct) => h.Handle(id, ct).ToOk();
}
