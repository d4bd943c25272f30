using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Data;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Todo;

namespace Zhijian.Entities.Features.Todo;

/// <summary>
/// 市场主体库的待办, for registrars (登记注册人员): the valid licences of entities in business that expire today or within
/// the window, as one item per kind with their number, leading to 许可到期提醒 (the licensee is to be reminded to apply
/// for 延续 in time). Licences already expired are an inspection lead (超期经营线索), not a registrar's to-do.
/// </summary>
internal sealed class EntityTodo(EntitiesDbContext db) : ITodoSource
{
    public string Module => "市场主体库";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        if (!ctx.Actor.IsInRole(Roles.Registrar)) return [];
        var days = await (from l in db.Licences.AsNoTracking()
                          join e in db.Entities.AsNoTracking() on l.EntityId equals e.Id
                          where l.Status == "有效" && l.ValidTo != null && l.ValidTo >= ctx.Today && l.ValidTo <= ctx.DueSoonLimit
                                && e.Status == EntityStatus.Active
                          group l by l.ValidTo into g
                          select new { Day = g.Key!.Value, Count = g.Count() }).ToListAsync(ct);
        return [.. days.GroupBy(d => ctx.KindOf(d.Day)!.Value).OrderBy(g => g.Key).Select(g => new TodoItem(Module, g.Key, "提醒经营者办理许可证延续",
            $"{g.Sum(d => d.Count)} 张许可证{(g.Key == TodoKind.DueToday ? "今日" : "近日")}到期", g.Min(d => d.Day), "/entities/licences")
        {
            Count = g.Sum(d => d.Count),
        })];
    }
}
