using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Todo;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Warnings;

namespace Zhijian.Prices.Features.Warnings;

/// <summary>价格预警的待办 for inspectors, section chiefs and admins: open level-1 and level-2 warnings, then open level-3 ones, in the caller's jurisdiction.</summary>
internal sealed class WarningTodo(PricesDbContext db) : ITodoSource
{
    public string Module => "价格监管";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        if (!PricesAccess.CanCheck(ctx.Actor) || ctx.Actor.IsApiClient) return [];
        var open = await db.Warnings.AsNoTracking().Where(w => w.Status == WarningStatus.Open)
            .GroupBy(w => w.Level == WarningLevel.Level3).Select(g => new { Minor = g.Key, N = g.Count(), First = g.Min(w => w.PeriodEnd) }).ToListAsync(ct);
        var items = new List<TodoItem>();
        foreach (var g in open.OrderBy(g => g.Minor))
        {
            items.Add(new TodoItem(Module, g.Minor ? TodoKind.DueSoon : TodoKind.Overdue, g.Minor ? "待处置的价格三级预警" : "待处置的价格一级、二级预警",
                $"{g.N} 条，最早一条的预警期间止于 {g.First:yyyy-MM-dd}", g.First, g.Minor ? "/prices/warnings?level=3&status=open" : "/prices/warnings?status=open")
            { Count = g.N });
        }

        return items;
    }
}
