using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Complaints.Data;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features;

/// <summary>投诉分类字典: staff list and save (/api/v1/complaints/categories), the public list (/api/v1/public/complaints/categories).</summary>
internal static class CategoriesEndpoint
{
    public static void MapCategories(this RouteGroupBuilder complaints)
    {
        complaints.MapGet("/categories", List).WithSummary("投诉分类字典");
        complaints.MapPost("/categories", Save).RequireAuthorization(ComplaintAccess.ManagePolicy).WithSummary("新增或修改分类（按编码）");
    }

    public static void MapPublicCategories(this RouteGroupBuilder publicComplaints) =>
        publicComplaints.MapGet("/categories", ListActive).WithSummary("投诉分类");

    private static async Task<Ok<IReadOnlyList<CategoryView>>> List(Categories c, CancellationToken ct) => TypedResults.Ok(await c.ListAsync(ct));

    private static async Task<Ok<IReadOnlyList<CategoryView>>> ListActive(Categories c, CancellationToken ct) =>
        TypedResults.Ok<IReadOnlyList<CategoryView>>([.. (await c.ListAsync(ct)).Where(x => x.Active)]);

    private static Task<Results<Ok<CategoryView>, ProblemHttpResult>> Save(SaveCategory cmd, Categories c, ComplaintsDbContext db, CancellationToken ct) =>
        c.SaveAsync(db, cmd, ct).ToOk();
}
