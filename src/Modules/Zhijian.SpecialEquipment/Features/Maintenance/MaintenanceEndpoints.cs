using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Zhijian.Platform.Web;
using Zhijian.SpecialEquipment.Domain.Maintenance;
using Zhijian.SpecialEquipment.Features.Rescue;

namespace Zhijian.SpecialEquipment.Features.Maintenance;

/// <summary>/api/v1/equipment: 维保单位, 合同, 按需维保, 维保记录, 自行检查, 逾期 lists and 96333.</summary>
internal static class MaintenanceEndpoints
{
    public static void Map(RouteGroupBuilder sequip)
    {
        var g = sequip.MapGroup("").WithStandardProblems();
        g.MapGet("/maintainers", (Maintainers m, string? q, CancellationToken ct) => m.ListAsync(q, ct)).WithSummary("维保单位（许可类别、有效期、应急电话、在执行合同数）");
        g.MapPost("/maintainers", (MaintainerInput cmd, Maintainers m, CancellationToken ct) => m.SaveAsync(null, cmd, ct).ToCreated(v => $"/api/v1/equipment/maintainers/{v.Uscc}"))
            .RequireAuthorization(SequipAccess.AdminPolicy).WithSummary("登记维保单位（市场主体库中的单位及其许可）");
        g.MapPut("/maintainers/{uscc}", (string uscc, MaintainerInput cmd, Maintainers m, CancellationToken ct) => m.SaveAsync(uscc, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.AdminPolicy).WithSummary("修改维保单位的许可、应急电话、地址");
        g.MapDelete("/maintainers/{uscc}", (string uscc, Maintainers m, CancellationToken ct) => m.DeleteAsync(uscc, ct).ToNoContent())
            .RequireAuthorization(SequipAccess.AdminPolicy).WithSummary("删除维保单位（无在执行的合同时）");

        g.MapGet("/maintenance/contracts", (Maintainers m, string? code, string? view, int? page, int? size, CancellationToken ct) => m.ContractsAsync(code, view, page ?? 1, size ?? 50, ct))
            .WithSummary("维保合同（view=expiring 即将到期 | on-demand 按需维保试点；code= 某台设备）");
        g.MapPost("/{code}/contracts", (string code, ContractInput cmd, Maintainers m, CancellationToken ct) => m.ContractAsync(code, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.AdminPolicy).WithSummary("登记维保合同（变更维保单位：终止原合同并登记新合同）");
        g.MapPost("/{code}/on-demand", (string code, OnDemandInput cmd, Maintainers m, CancellationToken ct) => m.OnDemandAsync(code, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.AdminPolicy).WithSummary("设置或取消电梯按需维保试点（间隔天数、批准文件编号）");

        g.MapPost("/{code}/maintenance", (string code, MaintenanceInput cmd, MaintenanceRecords r, CancellationToken ct) =>
            r.RecordAsync(code, cmd, ct).ToCreated(v => $"/api/v1/equipment/maintenance/records?code={v.EquipmentCode}"))
            .RequireAuthorization(SequipAccess.MaintenanceWritePolicy).Idempotent().WithSummary("报送维保记录（仅当前维保单位；Idempotency-Key）");
        g.MapPost("/maintenance/batch", (MaintenanceBatch cmd, MaintenanceRecords r, CancellationToken ct) => r.BatchAsync(cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.MaintenanceWritePolicy).Idempotent().WithSummary("批量报送维保记录（全部成功或全部不写入，逐行报错；Idempotency-Key）");
        g.MapGet("/maintenance/records", (MaintenanceRecords r, string? code, string? uscc, string? division, DateOnly? from, DateOnly? to, int? page, int? size, CancellationToken ct) =>
            r.ListAsync(code, uscc, division, from, to, page ?? 1, size ?? 50, ct)).WithSummary("维保记录（筛选、分页；维保人员姓名脱敏）");
        g.MapGet("/maintenance/overdue", (MaintenanceRecords r, string? kind, string? division, int? page, int? size, CancellationToken ct) =>
            r.OverdueAsync(kind, division, page ?? 1, size ?? 50, ct)).WithSummary("维保逾期的在用电梯（kind=half-month 默认 | quarter | half-year | year）");
        g.MapPost("/{code}/self-checks", (string code, SelfCheckInput cmd, MaintenanceRecords r, CancellationToken ct) => r.SelfCheckAsync(code, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.MaintenanceWritePolicy).Idempotent().WithSummary("报送使用单位月度自行检查（Idempotency-Key）");
        g.MapGet("/maintenance/self-checks/overdue", (MaintenanceRecords r, string? division, int? page, int? size, CancellationToken ct) =>
            r.SelfCheckOverdueAsync(division, page ?? 1, size ?? 50, ct)).WithSummary("超过 1 个月未自行检查的在用设备");

        var rescue = sequip.MapGroup("/rescue").WithStandardProblems();
        rescue.MapPost("/calls", (RescueCallInput cmd, RescueCalls c, CancellationToken ct) => c.CreateAsync(cmd, ct).ToCreated(v => $"/api/v1/equipment/rescue/calls/{v.Id}"))
            .RequireAuthorization(SequipAccess.RescueWritePolicy).Idempotent().WithSummary("96333 接警登记（Idempotency-Key）");
        rescue.MapPost("/calls/{id:long}/dispatch", (long id, RescueStepInput cmd, RescueCalls c, CancellationToken ct) => c.DispatchAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.RescueWritePolicy).WithSummary("派单（默认派给当前维保单位）");
        rescue.MapPost("/calls/{id:long}/arrive", (long id, RescueStepInput cmd, RescueCalls c, CancellationToken ct) => c.ArriveAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.RescueWritePolicy).WithSummary("维保人员到场（计算到场时限是否达标）");
        rescue.MapPost("/calls/{id:long}/release", (long id, RescueReleaseInput cmd, RescueCalls c, CancellationToken ct) => c.ReleaseAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.RescueWritePolicy).WithSummary("解困（困人达到 2 小时转事故核查）");
        rescue.MapPost("/calls/{id:long}/close", (long id, RescueCloseInput cmd, RescueCalls c, CancellationToken ct) => c.CloseAsync(id, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.RescueWritePolicy).WithSummary("关闭工单（故障原因：门系统、安全回路、停电、人为、其他）");
        rescue.MapGet("/calls", (RescueQueries q, string? view, string? search, RescueStatus? status, string? division, DateOnly? from, DateOnly? to, int? page, int? size, CancellationToken ct) =>
            q.ListAsync(view, search, status, division, from, to, page ?? 1, size ?? 50, ct)).WithSummary("96333 工单（view=active 进行中；筛选、分页；报警人电话脱敏）");
        rescue.MapGet("/calls/{id:long}", (long id, RescueQueries q, CancellationToken ct) => ApiResults.OkOrNotFound(q.GetAsync(id, ct), $"96333 工单 {id} 不存在或不在您的管辖范围内"))
            .WithSummary("96333 工单详情（科室负责人、管理员可见报警人电话）");
        rescue.MapGet("/stats", (RescueQueries q, DateOnly? from, DateOnly? to, CancellationToken ct) => q.StatsAsync(from, to, ct))
            .WithSummary("96333 统计：按维保单位（工单、平均到场分钟、到场及时率）、按电梯、按故障原因");
        rescue.MapGet("/frequent", (RescueQueries q, string? division, CancellationToken ct) => q.FrequentAsync(division, ct)).WithSummary("故障多发电梯（检查线索）");
        rescue.MapGet("/zones", (RescueCalls c, CancellationToken ct) => c.ZoneRowsAsync(ct)).WithSummary("96333 到场时限分区（城区 / 其他地区）");
        rescue.MapPut("/zones/{division}", (string division, RescueZoneInput cmd, RescueCalls c, CancellationToken ct) => c.SetZoneAsync(division, cmd, ct).ToOk())
            .RequireAuthorization(SequipAccess.AdminPolicy).WithSummary("设置某县级区划为城区或其他地区");
    }
}
