using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Review;

/// <summary>案卷评查: the standard, a review of one case, the results by unit.</summary>
internal static class FileReviewsEndpoints
{
    public static RouteGroupBuilder MapFileReviews(this RouteGroupBuilder cases)
    {
        cases.MapGet("/review-items", Items).WithSummary("案卷评查标准");
        cases.MapPost("/review-items", SaveItem).WithSummary("新增或修改案卷评查标准（负责人、管理员）");
        cases.MapPost("/{id:long}/file-review", Review).WithSummary("案卷评查（非本案办案人员）");
        cases.MapGet("/file-reviews", ByUnit).WithSummary("案卷评查结果（按机构）");
        return cases;
    }

    private static async Task<Ok<IReadOnlyList<ReviewItem>>> Items(FileReviews r, CancellationToken ct) => TypedResults.Ok(await r.ItemsAsync(false, ct));

    private static Task<Results<Ok<ReviewItem>, ProblemHttpResult>> SaveItem(ReviewItemInput cmd, FileReviews r, CancellationToken ct) => r.SaveItemAsync(cmd, ct).ToOk();

    private static Task<Results<Ok<FileReview>, ProblemHttpResult>> Review(long id, ReviewInput cmd, FileReviews r, CancellationToken ct) =>
        r.ReviewAsync(id, cmd, ct).ToOk();

    private static async Task<Ok<IReadOnlyList<UnitReviewResult>>> ByUnit(int? year, FileReviews r, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await r.ByUnitAsync(year ?? ChinaTime.Today(clock).Year, ct));
}
