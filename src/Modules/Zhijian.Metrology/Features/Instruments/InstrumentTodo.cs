using Microsoft.EntityFrameworkCore;
using Zhijian.Metrology.Data;
using Zhijian.Metrology.Domain.Instruments;
using Zhijian.Platform.Todo;

namespace Zhijian.Metrology.Features.Instruments;

/// <summary>
/// 强检器具的待办 for inspectors, section chiefs and admins (staff), inside their jurisdiction: one summed item for in-use instruments
/// past their due date (超期未检 / 到期未轮换), one for instruments that failed verification and are still in use.
/// </summary>
internal sealed class InstrumentTodo(MetrologyDbContext db) : ITodoSource
{
    public string Module => "计量";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        if (!MetrologyAccess.CanCheck(ctx.Actor) || ctx.Actor.IsApiClient) return [];
        var items = new List<TodoItem>();
        var today = ctx.Today;
        var inUse = db.Instruments.AsNoTracking().Where(i => i.Status == InstrumentStatus.InUse);
        var overdue = await inUse.Where(i => i.LastPassed != false && i.DueOn < today).GroupBy(_ => 1)
            .Select(g => new { N = g.Count(), First = g.Min(i => i.DueOn) }).FirstOrDefaultAsync(ct);
        if (overdue is { N: > 0 })
            items.Add(new TodoItem(Module, TodoKind.Overdue, "超期未检定或到期未轮换的强检计量器具", $"{overdue.N} 台，最早 {overdue.First:yyyy-MM-dd} 到期",
                overdue.First, "/metro/instruments?view=overdue")
            { Count = overdue.N });
        var failed = await inUse.Where(i => i.LastPassed == false).GroupBy(_ => 1)
            .Select(g => new { N = g.Count(), First = g.Min(i => i.LastVerifiedOn) }).FirstOrDefaultAsync(ct);
        if (failed is { N: > 0 })
            items.Add(new TodoItem(Module, TodoKind.Overdue, "检定不合格仍在使用的强检计量器具", $"{failed.N} 台，最早 {failed.First:yyyy-MM-dd} 检定不合格",
                failed.First, "/metro/instruments?view=failed")
            { Count = failed.N });
        return items;
    }
}
