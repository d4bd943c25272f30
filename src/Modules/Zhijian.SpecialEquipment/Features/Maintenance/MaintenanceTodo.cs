using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Todo;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.SpecialEquipment.Features.Rescue;

namespace Zhijian.SpecialEquipment.Features.Maintenance;

/// <summary>
/// 维护保养与 96333 的待办 for inspectors, section chiefs and admins (each sees the division of the user's jurisdiction through the
/// context's filter): elevators whose 半月 maintenance is overdue (one summing item), elevators without the monthly self-check
/// (one summing item) and 故障多发 elevators (one item each: an inspection lead).
/// </summary>
internal sealed class MaintenanceTodo(EquipmentDbContext db, MaintenanceRules rules, RescueQueries rescue) : ITodoSource
{
    public string Module => "特种设备";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        var a = ctx.Actor;
        if (a.IsApiClient || !(a.IsInRole(Roles.Inspector) || SequipAccess.CanAdminister(a))) return [];
        var items = new List<TodoItem>();
        var today = ctx.Today;
        var overdue = await (from k in db.MaintenanceContracts.AsNoTracking()
                             join e in db.Equipment.AsNoTracking() on k.EquipmentId equals e.Id
                             where k.EndedOn == null && e.Status == EquipmentStatus.InUse && e.Category == EquipmentCategory.Elevator && k.DueOn < today
                             group k.DueOn by 1 into g
                             select new { N = g.Count(), First = g.Min() }).FirstOrDefaultAsync(ct);
        if (overdue is { N: > 0 })
            items.Add(new TodoItem(Module, TodoKind.Overdue, "督促维保逾期的电梯", $"{overdue.N} 台电梯超过维保间隔未维保", overdue.First, "/sequip/maintenance?tab=overdue") { Count = overdue.N });
        var cutoff = today.AddMonths(-rules.SelfCheckMonths(today));
        var selfChecks = await db.Equipment.AsNoTracking().CountAsync(e => e.Status == EquipmentStatus.InUse && (e.RegisteredOn == null || e.RegisteredOn < cutoff)
            && !db.SelfChecks.Any(s => s.EquipmentId == e.Id && s.On >= cutoff), ct);
        if (selfChecks > 0)
            items.Add(new TodoItem(Module, TodoKind.Overdue, "督促使用单位按月自行检查", $"{selfChecks} 台设备超过 1 个月未自行检查", null, "/sequip/maintenance?tab=self-checks") { Count = selfChecks });
        var frequent = await rescue.FrequentAsync(null, ct);
        items.AddRange(ctx.Cap(frequent.Select(f => new TodoItem(Module, TodoKind.DueToday, "检查故障多发电梯", $"{f.EquipmentCode} {f.UserName}（{f.Calls} 次 96333 工单）", null,
            $"/sequip/rescue?tab=stats&code={f.EquipmentCode}")), (kind, n) => new TodoItem(Module, kind, "其他故障多发电梯", $"另有 {n} 台", null, "/sequip/rescue?tab=stats")));
        return items;
    }
}
