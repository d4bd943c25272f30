using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;

namespace Zhijian.Prices.Features.Warnings;

/// <summary>/api/v1/prices/warnings and /api/v1/prices/rules.</summary>
internal static class WarningEndpoints
{
    public static void Map(RouteGroupBuilder prices)
    {
        var g = prices.WithStandardProblems();
        g.MapGet("/warnings", (PriceWarnings w, string? good, string? division, DateOnly? from, DateOnly? to, int? level, string? status, int? limit, CancellationToken ct) =>
                w.ListAsync(good, division, from, to, level, status, limit ?? 200, ct).ToOk())
            .WithSummary("价格预警（good 商品编码；division 区划；from/to 预警期间；level 1|2|3；status open|handled）：good、level、rule、period、value、inputs 及规则版本、说明");
        g.MapGet("/warnings/{id:long}", (long id, PriceWarnings w, CancellationToken ct) => ApiResults.OkOrNotFound(w.GetAsync(id, ct), $"价格预警 {id} 不存在（或不在您的管辖范围内）"))
            .WithSummary("价格预警详情");
        g.MapPost("/warnings/{id:long}/handle", (long id, HandleWarning cmd, PriceWarnings w, CancellationToken ct) => w.HandleAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(PricesAccess.CheckPolicy).WithSummary("处置价格预警（写明处置情况）");
        g.MapGet("/rules", (PriceWarnings w, string? good, CancellationToken ct) => w.RulesAsync(good, ct))
            .WithSummary("商品价格变动预警规则及其各版本（日环比、周环比、同比；上涨、下跌、涨跌；幅度；级别；施行日期）");
        g.MapPost("/rules", (SaveChangeRule cmd, PriceWarnings w, CancellationToken ct) => w.SaveRuleAsync(null, cmd, ct).ToCreated(v => $"/api/v1/prices/rules?good={v.Good}"))
            .RequireAuthorization(PricesAccess.AdminPolicy).WithSummary("新增商品价格变动预警规则（第 1 版）");
        g.MapPost("/rules/{groupId:long}/versions", (long groupId, SaveChangeRule cmd, PriceWarnings w, CancellationToken ct) =>
                w.SaveRuleAsync(groupId, cmd, ct).ToCreated(v => $"/api/v1/prices/rules?good={v.Good}"))
            .RequireAuthorization(PricesAccess.AdminPolicy).WithSummary("修订预警规则：自施行日期起按新版本判断，此前的期间仍按原版本");
    }
}
