using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Licences;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Todo;

namespace Zhijian.FoodSafety.Features.Businesses;

/// <summary>
/// 食品许可与风险分级的待办 for licence organisers (<see cref="FoodBusinessesFeature.CanWriteLicences"/>), inside the user's
/// jurisdiction: licences in their renewal window (due on the window's last day: remind the holder), licences past it or
/// expired (overdue), and active businesses not yet graded (one summed item each).
/// </summary>
internal sealed class FoodBusinessTodo(FoodSafetyDbContext db, Licences.Licences licences, IWorkingCalendar calendar, TimeProvider clock) : ITodoSource
{
    public string Module => "食品安全";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        if (!FoodBusinessesFeature.CanWriteLicences(ctx.Actor)) return [];
        var items = new List<TodoItem>();
        var today = clock.Today();
        var (opens, closes) = licences.WindowDays(today);
        var (from, to) = RenewalWindow.ExpiriesInWindow(calendar, today, opens, closes);
        var valid = db.Licences.AsNoTracking().Where(l => l.Status == FoodLicenceStatus.Valid && l.ValidUntil != null);

        var window = await valid.Where(l => l.ValidUntil >= from && l.ValidUntil <= to).OrderBy(l => l.ValidUntil).Take(ctx.Take + 1)
            .Select(l => new { l.Number, Until = l.ValidUntil!.Value }).ToListAsync(ct);
        var windowCount = window.Count > ctx.Take ? await valid.CountAsync(l => l.ValidUntil >= from && l.ValidUntil <= to, ct) : window.Count;
        items.AddRange(ctx.Cap(window.Take(ctx.Take).Select(l => ctx.Deadline(Module, "提醒申请许可延续", $"{l.Number}（{l.Until:yyyy-MM-dd} 到期）",
                RenewalWindow.WorkingDaysBefore(calendar, l.Until, closes), "/food/businesses?tab=window")).OfType<TodoItem>()
                .Concat(windowCount > ctx.Take ? [new TodoItem(Module, TodoKind.DueSoon, "其他到期前可申请延续的许可", $"另有 {windowCount - ctx.Take} 件", null, "/food/businesses?tab=window")] : []),
            (kind, n) => new TodoItem(Module, kind, "其他到期前可申请延续的许可", $"另有 {n} 件", null, "/food/businesses?tab=window")));

        var overdue = await valid.CountAsync(l => l.ValidUntil < from, ct);
        if (overdue > 0)
            items.Add(new TodoItem(Module, TodoKind.Overdue, "逾期未申请延续的食品许可（核实是否停止经营或办理注销）", $"{overdue} 件", null, "/food/businesses?tab=overdue") { Count = overdue });

        var ungraded = await db.Businesses.AsNoTracking().CountAsync(b => b.Active && b.Grade == null, ct);
        if (ungraded > 0)
            items.Add(new TodoItem(Module, TodoKind.DueToday, "尚未风险分级的食品生产经营者", $"{ungraded} 户", null, "/food/grading") { Count = ungraded });
        return items;
    }
}
