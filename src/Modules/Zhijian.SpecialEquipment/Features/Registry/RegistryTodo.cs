using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Todo;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Features.Registry;

/// <summary>
/// 使用登记的待办 for registrars, section chiefs and admins (staff, not API clients), inside their jurisdiction: one summed item for
/// equipment past its 使用登记 deadline (投入使用后 30 日) and not registered (overdue), one for those due within the due-soon window.
/// </summary>
internal sealed class RegistryTodo(EquipmentDbContext db) : ITodoSource
{
    public string Module => "特种设备";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        if (!EquipmentRegistry.CanWrite(ctx.Actor) || ctx.Actor.IsApiClient) return [];
        var items = new List<TodoItem>();
        var pending = db.Equipment.AsNoTracking().Where(e => e.Status == EquipmentStatus.Unregistered && e.RegistrationDueOn != null);
        var today = ctx.Today;
        var overdue = await pending.Where(e => e.RegistrationDueOn < today).GroupBy(_ => 1)
            .Select(g => new { N = g.Count(), First = g.Min(e => e.RegistrationDueOn) }).FirstOrDefaultAsync(ct);
        if (overdue is { N: > 0 })
            items.Add(new TodoItem(Module, TodoKind.Overdue, "逾期未办理使用登记的特种设备（投入使用后 30 日内应办理）", $"{overdue.N} 台，最早 {overdue.First:yyyy-MM-dd} 到期",
                overdue.First, "/sequip/registrations?due=overdue")
            { Count = overdue.N });
        var limit = ctx.DueSoonLimit;
        var soon = await pending.Where(e => e.RegistrationDueOn >= today && e.RegistrationDueOn <= limit).GroupBy(_ => 1)
            .Select(g => new { N = g.Count(), First = g.Min(e => e.RegistrationDueOn) }).FirstOrDefaultAsync(ct);
        if (soon is { N: > 0 })
            items.Add(new TodoItem(Module, TodoKind.DueSoon, "即将超过使用登记期限的特种设备", $"{soon.N} 台，最早 {soon.First:yyyy-MM-dd} 到期",
                soon.First, "/sequip/registrations?due=due-soon")
            { Count = soon.N });
        return items;
    }
}
