using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Inspections.Features.Inspectors;

/// <summary>执法检查人员名录库: /api/v1/inspections/inspectors.</summary>
internal static class InspectorsEndpoints
{
    public static void Map(RouteGroupBuilder inspections)
    {
        const string Organise = InspectionAccess.OrganisePolicy;
        inspections.MapGet("/inspectors", List).WithSummary("执法检查人员名录库");
        inspections.MapPost("/inspectors", Create).RequireAuthorization(Organise).Idempotent().WithSummary("登记执法检查人员");
        inspections.MapPut("/inspectors/{id:long}", Update).RequireAuthorization(Organise).WithSummary("修改执法检查人员");
        inspections.MapPost("/inspectors/{id:long}/leaves", AddLeave)
            .RequireAuthorization(Organise).Idempotent().WithSummary("登记请假、培训等不可参加检查的期间");
        inspections.MapPost("/inspectors/{id:long}/conflicts", DeclareConflict)
            .RequireAuthorization(Organise).Idempotent().WithSummary("申报利害关系（主体或人员）：涉及的待检查分派自动回避并重新抽取");
    }

    private static async Task<Ok<IReadOnlyList<InspectorView>>> List(string? department, string? tag, Inspectors i, CancellationToken ct) =>
        TypedResults.Ok(await i.ListAsync(department, tag, ct));

    private static Task<Results<Created<InspectorView>, ProblemHttpResult>> Create(SaveInspector cmd, Inspectors i, CancellationToken ct) =>
        i.SaveAsync(null, cmd, ct).ToCreated(v => $"/api/v1/inspections/inspectors/{v.Id}");

    private static Task<Results<Ok<InspectorView>, ProblemHttpResult>> Update(long id, SaveInspector cmd, Inspectors i, CancellationToken ct) =>
        i.SaveAsync(id, cmd, ct).ToOk();

    private static Task<Results<Ok<InspectorView>, ProblemHttpResult>> AddLeave(long id, AddLeave cmd, Inspectors i, CancellationToken ct) =>
        i.AddLeaveAsync(id, cmd, ct).ToOk();

    private static Task<Results<Ok<InspectorView>, ProblemHttpResult>> DeclareConflict(long id, DeclareConflict cmd, Inspectors i, CancellationToken ct) =>
        i.DeclareConflictAsync(id, cmd, ct).ToOk();
}
