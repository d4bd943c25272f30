using Microsoft.EntityFrameworkCore;
using Zhijian.Metrology.Data;
using Zhijian.Platform.Todo;

namespace Zhijian.Metrology.Features.Checks;

/// <summary>民生计量检查的待办 for inspectors, section chiefs and admins: failed checks past their 整改 deadline and not re-checked; those due within the window.</summary>
internal sealed class CheckTodo(MetrologyDbContext db) : ITodoSource
{
    public string Module => "计量";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        if (!MetrologyAccess.CanCheck(ctx.Actor) || ctx.Actor.IsApiClient) return [];
        var items = new List<TodoItem>();
        var today = ctx.Today;
        var open = db.Checks.AsNoTracking().Where(c => !c.Passed && c.RecheckedOn == null && c.RectifyBy != null);
        var overdue = await open.Where(c => c.RectifyBy < today).GroupBy(_ => 1).Select(g => new { N = g.Count(), First = g.Min(c => c.RectifyBy) }).FirstOrDefaultAsync(ct);
        if (overdue is { N: > 0 })
            items.Add(new TodoItem(Module, TodoKind.Overdue, "整改期满待复查的民生计量检查", $"{overdue.N} 次，最早 {overdue.First:yyyy-MM-dd} 期满", overdue.First,
                "/metro/checks?view=recheck-overdue")
            { Count = overdue.N });
        var limit = ctx.DueSoonLimit;
        var soon = await open.Where(c => c.RectifyBy >= today && c.RectifyBy <= limit).GroupBy(_ => 1).Select(g => new { N = g.Count(), First = g.Min(c => c.RectifyBy) })
            .FirstOrDefaultAsync(ct);
        if (soon is { N: > 0 })
            items.Add(new TodoItem(Module, TodoKind.DueSoon, "即将整改期满的民生计量检查（请安排复查）", $"{soon.N} 次，最早 {soon.First:yyyy-MM-dd} 期满", soon.First,
                "/metro/checks?view=recheck")
            { Count = soon.N });
        return items;
    }
}
