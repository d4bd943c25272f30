using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Licences;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Todo;

namespace Zhijian.FoodSafety.Features.Businesses;

/// <summary>
/// 食品许可与风险分级的待办 for licence organisers (<see cref="FoodAccess.CanWriteLicences"/>), inside the user's
/// jurisdiction, one summed item each: licences in their renewal window (due on the soonest window's last day: remind the
/// holders), licences past it or expired (overdue), and active businesses not yet graded.
/// </summary>
internal sealed class FoodBusinessTodo(FoodSafetyDbContext db, Licences.Licences licences, IWorkingCalendar calendar, TimeProvider clock) : ITodoSource
{
    public string Module => "食品安全";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        if (!FoodAccess.CanWriteLicences(ctx.Actor)) return [];
        var items = new List<TodoItem>();
        var today = clock.Today();
        var (opens, closes) = licences.WindowDays(today);
        var (from, to) = RenewalWindow.ExpiriesInWindow(calendar, today, opens, closes);
        var valid = db.Licences.AsNoTracking().Where(l => l.Status == FoodLicenceStatus.Valid && l.ValidUntil != null);

        var inWindow = await valid.CountAsync(l => l.ValidUntil >= from && l.ValidUntil <= to, ct);
        if (inWindow > 0)
        {
            var soonest = await valid.Where(l => l.ValidUntil >= from && l.ValidUntil <= to).MinAsync(l => l.ValidUntil!.Value, ct);
            items.Add(new TodoItem(Module, TodoKind.DueSoon, "提醒持证者申请延续（到期前可申请延续的食品许可）", $"{inWindow} 件，最早 {soonest:yyyy-MM-dd} 到期",
                RenewalWindow.WorkingDaysBefore(calendar, soonest, closes), "/food/businesses?tab=window")
            { Count = inWindow });
        }

        var overdue = await valid.CountAsync(l => l.ValidUntil < from, ct);
        if (overdue > 0)
            items.Add(new TodoItem(Module, TodoKind.Overdue, "逾期未申请延续的食品许可（核实是否停止经营或办理注销）", $"{overdue} 件", null, "/food/businesses?tab=overdue") { Count = overdue });

        var ungraded = await db.Businesses.AsNoTracking().CountAsync(b => b.Active && b.Grade == null, ct);
        if (ungraded > 0)
            items.Add(new TodoItem(Module, TodoKind.DueSoon, "尚未风险分级的食品生产经营者", $"{ungraded} 户", null, "/food/grading") { Count = ungraded });
        return items;
    }
}
