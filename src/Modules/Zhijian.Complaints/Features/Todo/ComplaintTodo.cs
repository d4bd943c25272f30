using Microsoft.EntityFrameworkCore;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Domain;
using Zhijian.Complaints.Features.Statistics;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Todo;

namespace Zhijian.Complaints.Features.Todo;

/// <summary>
/// 投诉举报的待办. A handler (or a section chief handling filings): the open filings assigned to them whose next deadline
/// (<see cref="Filing.DueOn"/>: accept, mediation or verification) has passed or falls within the window, and the
/// filings of their units still waiting for an accept decision without a handler. A section chief also supervises: the
/// overdue filings of the other handlers in the jurisdiction, as one item leading to the 超期 list. ODR filings run on the
/// enterprise's clock, not the bureau's, and are left out as in the SLA lists.
/// </summary>
internal sealed class ComplaintTodo(ComplaintsDbContext db) : ITodoSource
{
    public string Module => "投诉举报";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        var me = ctx.Actor;
        if (!ComplaintAccess.CanHandle(me)) return [];
        var open = db.Filings.AsNoTracking().Where(FilingCounts.InHandling).Where(f => f.DueOn != null && f.DueOn <= ctx.DueSoonLimit);
        var mine = await open.Where(f => f.HandlerUserName == me.Name).OrderBy(f => f.DueOn).ThenBy(f => f.Id).Take(500).ToListAsync(ct);
        var unassigned = await open.Where(f => f.HandlerUserName == null && f.Status == FilingStatus.Received)
            .OrderBy(f => f.DueOn).ThenBy(f => f.Id).Take(500).ToListAsync(ct);
        var items = new List<TodoItem>();
        items.AddRange(ctx.Cap(mine.Select(f => ctx.Deadline(Module, Action(f.Status), Record(f), f.DueOn!.Value, $"/complaints/{f.Id}")).OfType<TodoItem>(),
            (kind, n) => new TodoItem(Module, kind, "我承办的其他诉求", $"另有 {n} 件", null, "/complaints?view=mine")));
        items.AddRange(ctx.Cap(unassigned.Select(f => ctx.Deadline(Module, "作出受理决定（尚未指定承办人）", Record(f), f.DueOn!.Value, $"/complaints/{f.Id}")).OfType<TodoItem>(),
            (kind, n) => new TodoItem(Module, kind, "其他待受理诉求（尚未指定承办人）", $"另有 {n} 件", null, "/complaints?view=open")));
        if (me.IsInRole(Roles.SectionChief))
        {
            var overdue = await db.Filings.AsNoTracking().Where(FilingCounts.InHandling).CountAsync(f => f.DueOn != null
                && f.DueOn < ctx.Today && f.HandlerUserName != null && f.HandlerUserName != me.Name, ct);
            if (overdue > 0)
            {
                items.Add(new TodoItem(Module, TodoKind.Overdue, "督办超期诉求（其他承办人）", $"{overdue} 件已超过办理期限", null, "/complaints?view=overdue")
                {
                    Count = overdue,
                });
            }
        }

        return items;
    }

    private static string Action(FilingStatus status) => status switch
    {
        FilingStatus.Received => "作出受理决定",
        FilingStatus.Mediating => "调解办结",
        FilingStatus.Verifying => "核查办结",
        _ => "办结",
    };

    private static string Record(Filing f) => $"{FilingClock.Number(f)} {f.TargetName}";
}
