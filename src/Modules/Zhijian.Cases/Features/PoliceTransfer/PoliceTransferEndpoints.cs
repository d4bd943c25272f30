using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.PoliceTransfer;

internal static class PoliceTransferEndpoints
{
    public static RouteGroupBuilder MapPoliceTransfer(this RouteGroupBuilder cases)
    {
        cases.MapPost("/{id:long}/police", Transfer).WithSummary("涉嫌犯罪移送公安机关");
        cases.MapPost("/{id:long}/police/receipt", Receipt).WithSummary("登记公安机关接收回执");
        cases.MapPost("/{id:long}/police/outcome", Outcome).WithSummary("登记公安机关立案或不予立案的决定");
        return cases;
    }

    private static Task<Results<Ok<long>, ProblemHttpResult>> Transfer(long id, TransferInput cmd, TransferHandler h, CancellationToken ct) => h.Handle(id, cmd, ct).ToOk();

    private static Task<Results<Ok<long>, ProblemHttpResult>> Receipt(long id, DateInput cmd, PoliceReceiptHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();

    private static Task<Results<Ok<long>, ProblemHttpResult>> Outcome(long id, PoliceOutcomeInput cmd, PoliceOutcomeHandler h, CancellationToken ct) =>
        h.Handle(id, cmd, ct).ToOk();
}
