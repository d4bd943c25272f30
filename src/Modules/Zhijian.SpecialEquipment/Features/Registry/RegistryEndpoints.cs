using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Features.Registry;

/// <summary>/api/v1/equipment (设备台账, 使用登记, 目录) and /api/v1/public/equipment (电梯公示卡).</summary>
internal static class RegistryEndpoints
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder sequip)
    {
        var g = sequip.WithStandardProblems();
        g.MapGet("/catalog", () => TypedResults.Ok(EquipmentQueries.Catalog()))
            .WithSummary("《特种设备目录》代码表：类别 → 类别下的类 → 品种（含各品种须填写的技术参数）");
        g.MapGet("", (EquipmentQueries queries, string? q, EquipmentCategory? category, string? variety, EquipmentStatus? status, string? division, bool? late,
                bool? insured, string? due, int? page, int? size, CancellationToken ct) =>
            queries.ListAsync(new EquipmentFilter(q, category, variety, status, division, late, insured, due), page ?? 1, size ?? 50, ct))
            .WithSummary("设备台账（q=设备代码/登记证编号/使用单位/地址；筛选类别、品种、状态、区划、逾期登记、投保；due=unregistered|due-soon|overdue|recent|stopped；分页）");
        g.MapGet("/{code}", (string code, EquipmentQueries q, CancellationToken ct) => ApiResults.OkOrNotFound(q.GetAsync(code, ct), $"设备 {code} 不存在或不在您的管辖范围内"))
            .WithSummary("设备详情（基本信息、技术参数、使用登记、变更记录）");
        g.MapPost("", (CreateEquipment cmd, EquipmentRegistry r, CancellationToken ct) => r.CreateAsync(cmd, ct).ToCreated(v => $"/api/v1/equipment/{v.Code}"))
            .RequireAuthorization(SequipAccess.RegistryWritePolicy).Idempotent()
            .WithSummary("设备登记入台账（register=true 时同时办理使用登记；Idempotency-Key）");
        g.MapPost("/{code}/registration", (string code, RegisterEquipment cmd, EquipmentRegistry r, CancellationToken ct) => r.RegisterAsync(code, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.RegistryWritePolicy).Idempotent().WithSummary("办理使用登记（发使用登记证编号；超过投入使用后 30 日的标记为逾期登记）");
        g.MapPost("/{code}/change", (string code, ChangeEquipment cmd, EquipmentRegistry r, CancellationToken ct) => r.ChangeAsync(code, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.RegistryWritePolicy).WithSummary("变更登记（使用单位、使用地点、维保单位、技术参数等）");
        g.MapPost("/{code}/stop", (string code, StopEquipment cmd, EquipmentRegistry r, CancellationToken ct) => r.StopAsync(code, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.RegistryWritePolicy).WithSummary("停用（拟停用 1 年以上的，重新启用前须经定期检验）");
        g.MapPost("/{code}/restart", (string code, RestartEquipment cmd, EquipmentRegistry r, CancellationToken ct) => r.RestartAsync(code, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.RegistryWritePolicy).WithSummary("重新启用（停用 1 年以上的须填写停用后的定期检验日期）");
        g.MapPost("/{code}/scrap", (string code, EndEquipment cmd, EquipmentRegistry r, CancellationToken ct) => r.ScrapAsync(code, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.RegistryWritePolicy).WithSummary("报废");
        g.MapPost("/{code}/cancel", (string code, EndEquipment cmd, EquipmentRegistry r, CancellationToken ct) => r.CancelAsync(code, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.RegistryWritePolicy).WithSummary("注销使用登记");
        EquipmentImport.Map(g);

        var pub = api.MapGroup("/public/equipment").WithTags("公示").AllowAnonymous();
        pub.MapGet("/{code}", (string code, PublicElevators p, CancellationToken ct) => ApiResults.OkOrNotFound(p.CardAsync(code, ct), $"未找到设备代码为 {code} 的已登记电梯"))
            .WithSummary("电梯公示卡（已办理使用登记的电梯）");
        pub.MapGet("/{code}/qr.svg", async (string code, HttpRequest request, PublicElevators p, CancellationToken ct) =>
                await p.CardAsync(code, ct) is { } card
                    ? Results.Text(Domain.Registry.QrCode.Svg($"{request.Scheme}://{request.Host}{EquipmentQueries.CardPath}{card.Code}"), "image/svg+xml; charset=utf-8")
                    : Problems.NotFound("未找到", $"未找到设备代码为 {code} 的已登记电梯"))
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml").WithSummary("电梯使用标志二维码（SVG，指向电梯公示卡）");
    }
}
