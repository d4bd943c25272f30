using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Prices.Features.Monitoring;

/// <summary>/api/v1/public/prices (公示: 均价与走势) and /api/v1/prices: goods, points, price reports and imports, averages (series, overview, the pork scheme's weeks).</summary>
internal static class MonitoringEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder prices)
    {
        var pub = api.MapGroup("/public/prices").WithTags("公示").AllowAnonymous().WithStandardProblems();
        pub.MapGet("/overview", (PriceQueries q, string? division, DateOnly? week, CancellationToken ct) => q.OverviewAsync(division ?? "370100", week, ct).ToOk())
            .WithSummary("民生商品价格公示：一周各监测商品均价与周环比、同比（division 县级或地市级，缺省 370100）");
        pub.MapGet("/series", (PriceQueries q, string? good, string? division, string? grain, DateOnly? from, DateOnly? to, CancellationToken ct) =>
                q.SeriesAsync(good, division ?? "370100", grain, from, to, ct).ToOk())
            .WithSummary("民生商品价格公示：商品均价走势（grain day|week|month）");

        var g = prices.WithStandardProblems();
        g.MapGet("/goods", (PriceIntake s, CancellationToken ct) => s.GoodRowsAsync(ct)).WithSummary("价格监测商品目录（编码、名称、计价单位、规格等级、采价监测点类型）");
        g.MapPost("/goods", (CreateGood cmd, PriceIntake s, CancellationToken ct) => s.CreateGoodAsync(cmd, ct).ToCreated(v => $"/api/v1/prices/goods?code={v.Code}"))
            .RequireAuthorization(PricesAccess.AdminPolicy).WithSummary("新增监测商品（科室负责人、系统管理员）");
        g.MapGet("/points", (PriceIntake s, string? division, string? kind, string? q, bool? active, int? page, int? size, CancellationToken ct) =>
                s.PointsAsync(division, kind, q, active ?? false, page ?? 1, size ?? 100, ct))
            .WithSummary("价格监测点（division 区划；kind 农贸市场|超市|批发市场|养殖场|加油站|公用事业与服务单位；q 编号或名称；active 仅在用）");
        g.MapPost("/points", (CreatePoint cmd, PriceIntake s, CancellationToken ct) => s.CreatePointAsync(cmd, ct).ToCreated(v => $"/api/v1/prices/points?q={v.Code}"))
            .RequireAuthorization(PricesAccess.AdminPolicy).Idempotent().WithSummary("设立价格监测点（科室负责人、系统管理员；Idempotency-Key）");
        g.MapPost("/points/{code}/deactivate", (string code, PriceIntake s, CancellationToken ct) => s.SetActiveAsync(code, false, ct).ToOk())
            .RequireAuthorization(PricesAccess.AdminPolicy).WithSummary("停用价格监测点");
        g.MapPost("/points/{code}/activate", (string code, PriceIntake s, CancellationToken ct) => s.SetActiveAsync(code, true, ct).ToOk())
            .RequireAuthorization(PricesAccess.AdminPolicy).WithSummary("启用价格监测点");
        g.MapPost("/observations", (ReportPrices cmd, PriceIntake s, ActorContext actor, CancellationToken ct) =>
                s.ReportAsync(cmd, actor.Current.IsApiClient ? "接口" : "填报", ct).ToOk())
            .RequireAuthorization(PricesAccess.ReportPolicy).Idempotent()
            .WithSummary("报送一个监测点一天的价格（整批校验，全部通过才入库；同一监测点、商品、日期再次报送即更正；入库后按预警规则判断；Idempotency-Key）");
        PriceImport.Map(g);
        g.MapGet("/series", (PriceQueries q, string? good, string? division, string? grain, DateOnly? from, DateOnly? to, CancellationToken ct) =>
                q.SeriesAsync(good, division, grain, from, to, ct).ToOk())
            .WithSummary("商品均价走势（division 县级或地市级；grain day|week|month；每期均价、最低、最高、报价数、环比、同比）");
        g.MapGet("/overview", (PriceQueries q, string? division, DateOnly? week, CancellationToken ct) => q.OverviewAsync(division, week, ct).ToOk())
            .WithSummary("一周各监测商品均价与周环比、同比（week 为该周任一日，缺省为最近有价格的一周）");
        g.MapGet("/pork", (PriceQueries q, string? division, int? weeks, CancellationToken ct) => q.PorkAsync(division, weeks ?? 26, ct).ToOk())
            .WithSummary("生猪预案：逐周生猪出场价、二等玉米批发价、猪粮比（缺价格时“无法计算”）、过度下跌级别，精瘦肉零售价同比与过度上涨级别");
    }
}
