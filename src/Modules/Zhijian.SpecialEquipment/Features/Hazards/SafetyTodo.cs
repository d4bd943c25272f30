using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Todo;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Safety;

namespace Zhijian.SpecialEquipment.Features.Hazards;

/// <summary>
/// 隐患与事故的待办: inspectors (and chiefs, admins) of the division — hazards overdue (整改逾期), due within the window, and
/// rectified ones to review (复查); section chiefs and admins — accident reports past their deadline and not made.
/// </summary>
internal sealed class SafetyTodo(EquipmentDbContext db, TimeProvider clock) : ITodoSource
{
    public string Module => "特种设备";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ctk)
    {
        var a = ctx.Actor;
        if (a.IsApiClient || !(a.IsInRole(Roles.Inspector) || SequipAccess.CanAdminister(a))) return [];
        var items = new List<TodoItem>();
        var limit = ctx.DueSoonLimit;
        var due = await db.Hazards.AsNoTracking()
            .Where(h => (h.Status == HazardStatus.Open || h.Status == HazardStatus.Rectifying) && h.DeadlineOn <= limit)
            .OrderBy(h => h.DeadlineOn).Take(200).Select(h => new { h.Id, h.Number, h.UserName, h.DeadlineOn, h.Grade }).ToListAsync(ctk);
        Add(items, ctx, "督促隐患整改（整改期限）", due.Select(h => (h.Id, $"{h.Number} {h.UserName}{(h.Grade == HazardGrade.Major ? "（重大隐患）" : "")}", h.DeadlineOn)), "overdue");
        var review = await db.Hazards.AsNoTracking().Where(h => h.Status == HazardStatus.Rectified && h.ReviewDueOn <= limit)
            .OrderBy(h => h.ReviewDueOn).Take(200).Select(h => new { h.Id, h.Number, h.UserName, Due = h.ReviewDueOn!.Value }).ToListAsync(ctk);
        Add(items, ctx, "隐患整改复查", review.Select(h => (h.Id, $"{h.Number} {h.UserName}", h.Due)), "review");
        if (SequipAccess.CanAdminister(a))
        {
            var now = clock.GetUtcNow();
            var late = await db.AccidentReports.AsNoTracking()
                .Where(r => r.ReportedAt == null && r.DueAt < now && db.Accidents.Any(x => x.Id == r.AccidentId && x.Status == AccidentStatus.Reporting))
                .Join(db.Accidents, r => r.AccidentId, x => x.Id, (r, x) => new { x.Id, x.Number, x.Title, r.Route, r.DueAt })
                .OrderBy(r => r.DueAt).Take(200).ToListAsync(ctk);
            items.AddRange(ctx.Cap(late.Select(r => new TodoItem(Module, TodoKind.Overdue, $"事故报告超时：{r.Route}", $"{r.Number} {r.Title}",
                    Platform.Calendar.ChinaTime.ToChinaDate(r.DueAt), $"/sequip/accidents/{r.Id}")),
                (kind, n) => new TodoItem(Module, kind, "其他超时的事故报告", $"另有 {n} 项", null, "/sequip/accidents?status=overdue")));
        }

        return items;
    }

    private void Add(List<TodoItem> items, TodoContext ctx, string title, IEnumerable<(long Id, string Record, DateOnly Due)> rows, string tab) =>
        items.AddRange(ctx.Cap(rows.Select(r => ctx.Deadline(Module, title, r.Record, r.Due, $"/sequip/hazards/{r.Id}")).OfType<TodoItem>(),
            (kind, n) => new TodoItem(Module, kind, $"其他：{title}", $"另有 {n} 件", null, $"/sequip/hazards?tab={tab}")));
}
