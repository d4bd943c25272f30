using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.FoodSafety.Domain;
using Zhijian.FoodSafety.Features.Businesses;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Licences;

/// <summary>/api/v1/food/licences and /api/v1/food/businesses.</summary>
internal static class LicencesEndpoints
{
    public static void Map(RouteGroupBuilder food)
    {
        food.MapGet("/businesses", ListBusinesses).WithSummary("食品生产经营者列表（按业态、风险等级、属地、食堂类别、名称/信用代码/许可证编号筛选，分页）");
        food.MapGet("/businesses/{id:long}", Profile).WithSummary("食品生产经营者档案：许可及其历史、风险等级及其计算说明和历史");
        food.MapGet("/licences/{id:long}", Detail).WithSummary("许可详情及历史版本");
        food.MapGet("/licences/renewals", Renewals).WithSummary("许可延续名单：list=window 到期前可申请延续；list=overdue 逾期未申请延续（最后15个工作日内或已过期）");
        food.MapPost("/licences", Register).RequireAuthorization(FoodAccess.LicenceWritePolicy).Idempotent()
            .WithSummary("登记食品许可（或备案、小作坊/摊贩登记），同时建立或更新食品生产经营者");
        food.MapPut("/licences/{id:long}", Change).RequireAuthorization(FoodAccess.LicenceWritePolicy).Idempotent().WithSummary("许可变更（新版本，保留变更前后内容）");
        food.MapPost("/licences/{id:long}/renew", Renew).RequireAuthorization(FoodAccess.LicenceWritePolicy).Idempotent().WithSummary("许可延续（编号不变，有效期延长）");
        food.MapPost("/licences/{id:long}/cancel", Cancel).RequireAuthorization(FoodAccess.LicenceWritePolicy).Idempotent().WithSummary("许可注销或吊销（须填写原因）");
        LicencesImport.Map(food);
    }

    private static async Task<Ok<FoodPage<BusinessRow>>> ListBusinesses(FoodBusinessType? type, string? grade, string? division, CanteenKind? canteen, string? q,
        bool? inactive, int? page, int? pageSize, FoodBusinesses businesses, CancellationToken ct) =>
        TypedResults.Ok(await businesses.ListAsync(new BusinessFilter(type, grade, division, canteen, q, inactive == true, page ?? 1, pageSize ?? 20), ct));

    private static Task<Results<Ok<BusinessProfile>, ProblemHttpResult>> Profile(long id, FoodBusinesses businesses, CancellationToken ct) =>
        ApiResults.OkOrNotFound(businesses.ProfileAsync(id, ct), $"没有编号为 {id} 的食品生产经营者（或不在本机构管辖范围内）");

    private static Task<Results<Ok<LicenceDetail>, ProblemHttpResult>> Detail(long id, Licences licences, CancellationToken ct) =>
        ApiResults.OkOrNotFound(licences.DetailAsync(id, ct), $"没有编号为 {id} 的许可（或不在本机构管辖范围内）");

    private static async Task<Results<Ok<FoodPage<LicenceView>>, ProblemHttpResult>> Renewals(string? list, int? page, int? pageSize, Licences licences, CancellationToken ct)
    {
        RenewalList? which = list switch { null or "" or "window" => RenewalList.InWindow, "overdue" => RenewalList.Overdue, _ => null };
        if (which is null) return Problems.Validation("list", "名单应为 window（到期前可申请延续）或 overdue（逾期未申请延续）");
        return TypedResults.Ok(await licences.RenewalListAsync(which.Value, page ?? 1, pageSize ?? 20, ct));
    }

    private static Task<Results<Created<LicenceView>, ProblemHttpResult>> Register(RegisterLicence cmd, Licences licences, CancellationToken ct) =>
        licences.RegisterAsync(cmd, ct).ToCreated(v => $"/api/v1/food/licences/{v.Id}");

    private static Task<Results<Ok<LicenceView>, ProblemHttpResult>> Change(long id, ChangeLicence cmd, Licences licences, CancellationToken ct) =>
        licences.ChangeAsync(id, cmd, ct).ToOk();

    private static Task<Results<Ok<LicenceView>, ProblemHttpResult>> Renew(long id, RenewLicence cmd, Licences licences, CancellationToken ct) =>
        licences.RenewAsync(id, cmd, ct).ToOk();

    private static Task<Results<Ok<LicenceView>, ProblemHttpResult>> Cancel(long id, CancelLicence cmd, Licences licences, CancellationToken ct) =>
        licences.CancelAsync(id, cmd, ct).ToOk();
}
