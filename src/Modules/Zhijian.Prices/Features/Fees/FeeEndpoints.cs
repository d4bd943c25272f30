using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Prices.Features.Fees;

/// <summary>/api/v1/prices/fee-items (涉企收费目录清单) and /api/v1/prices/fee-cases (涉企收费核查与清退).</summary>
internal static class FeeEndpoints
{
    public static void Map(RouteGroupBuilder prices)
    {
        var g = prices.WithStandardProblems();
        g.MapGet("/fee-items", (FeeRegister r, string? kind, string? division, bool? active, string? q, int? page, int? size, CancellationToken ct) =>
                r.ListAsync(kind, division, active, q, page ?? 1, size ?? 50, ct))
            .WithSummary("涉企收费目录清单（kind 政府部门|行业协会商会|公用事业|中介服务机构|金融机构；division 区划；active 是否在收；q 项目、单位或依据）");
        g.MapGet("/fee-items/{id:long}", (long id, FeeRegister r, CancellationToken ct) =>
                ApiResults.OkOrNotFound(r.GetAsync(id, ct), $"收费项目 {id} 不存在（或不在您的管辖范围内）"))
            .WithSummary("收费项目详情");
        g.MapPost("/fee-items", (SaveFeeItem cmd, FeeRegister r, CancellationToken ct) => r.CreateAsync(cmd, ct).ToCreated(v => $"/api/v1/prices/fee-items/{v.Id}"))
            .RequireAuthorization(PricesAccess.AdminPolicy).Idempotent()
            .WithSummary("登记收费项目（收费依据即文件名称及文号、收费标准必填；Idempotency-Key）");
        FeeImport.Map(g);
        g.MapPut("/fee-items/{id:long}", (long id, SaveFeeItem cmd, FeeRegister r, CancellationToken ct) => r.UpdateAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(PricesAccess.AdminPolicy).WithSummary("修改收费项目");
        g.MapPost("/fee-items/{id:long}/deactivate", (long id, DeactivateFeeItem cmd, FeeRegister r, CancellationToken ct) => r.DeactivateAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(PricesAccess.AdminPolicy).WithSummary("停止收费（移出公示的目录清单）");
        g.MapGet("/fee-cases", (FeeCases c, string? status, string? source, string? kind, string? division, DateOnly? from, DateOnly? to, bool? overdue, int? page,
                int? size, CancellationToken ct) => c.ListAsync(status, source, kind, division, from, to, overdue == true, page ?? 1, size ?? 50, ct))
            .WithSummary("涉企收费核查（status 核查中|未发现违规|责令清退中|已清退；source 投诉举报|监督检查；kind 收费主体类别；from/to 受理日期；overdue 逾期未清退）");
        g.MapGet("/fee-cases/{id:long}", (long id, FeeCases c, CancellationToken ct) =>
                ApiResults.OkOrNotFound(c.GetAsync(id, ct), $"涉企收费核查 {id} 不存在（或不在您的管辖范围内）"))
            .WithSummary("涉企收费核查详情（结论、责令清退、逐笔清退）");
        g.MapPost("/fee-cases", (OpenFeeCase cmd, FeeCases c, CancellationToken ct) => c.OpenAsync(cmd, ct).ToCreated(v => $"/api/v1/prices/fee-cases/{v.Id}"))
            .RequireAuthorization(PricesAccess.CheckPolicy).Idempotent()
            .WithSummary("登记涉企收费核查（投诉举报或监督检查；目录清单内的收费项目，或清单外收费的主体类别和名称；Idempotency-Key）");
        g.MapPost("/fee-cases/{id:long}/conclude", (long id, ConcludeFeeCase cmd, FeeCases c, CancellationToken ct) => c.ConcludeAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(PricesAccess.CheckPolicy)
            .WithSummary("核查结论（未发现违规；或违规类型、责令清退金额、涉及企业数、清退期限）");
        g.MapPost("/fee-cases/{id:long}/refunds", (long id, RecordFeeRefund cmd, FeeCases c, CancellationToken ct) => c.RefundAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(PricesAccess.CheckPolicy)
            .WithSummary("登记清退（可分次；累计达到责令清退金额即为已清退）");
    }

    /// <summary>/api/v1/public/prices/fee-items: 收费目录清单公示 by county, for anyone.</summary>
    public static void MapPublic(RouteGroupBuilder api)
    {
        var pub = api.MapGroup("/public/prices").WithTags("公示").AllowAnonymous();
        pub.MapGet("/fee-items", async Task<Results<Ok<PublicFeeList>, ProblemHttpResult>> (string? county, FeeRegister r, CancellationToken ct) =>
                await r.PublicAsync(county, ct) is { } list
                    ? TypedResults.Ok(list)
                    : Problems.Validation("county", "请填写现行的县级行政区划代码（6 位，如 370102）"))
            .WithSummary("涉企收费目录清单公示（county 县级区划；含市级收费项目；仅列在收项目）");
    }
}
