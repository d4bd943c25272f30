using Microsoft.EntityFrameworkCore;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Platform.Todo;

namespace Zhijian.Credit.Features.Todo;

/// <summary>
/// 信用监管的待办. A section chief (<see cref="CreditAccess.CanConfirm"/>): the proposals to a list waiting for
/// confirmation (拟列入，待确认). Whoever decides listings and repairs (<see cref="CreditAccess.CanDecide"/>): repair
/// applications at their next step: 受理 by <see cref="Domain.RepairApplication.AcceptDue"/>, the decision (待我审批, due
/// <see cref="Domain.RepairApplication.DecideDue"/>) and 办理 by <see cref="Domain.RepairApplication.ActDue"/>.
/// </summary>
internal sealed class CreditTodo(CreditDbContext db) : ITodoSource
{
    public string Module => "信用监管";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        var me = ctx.Actor;
        var items = new List<TodoItem>();
        if (CreditAccess.CanConfirm(me))
        {
            var proposed = await db.Listings.AsNoTracking().Where(l => l.Status == ListingStatus.Proposed)
                .OrderBy(l => l.ProposedOn).ThenBy(l => l.Id).Take(500)
                .Select(l => new { l.List, l.EntityName, l.Uscc, l.ProposedBy }).ToListAsync(ct);
            items.AddRange(ctx.Cap(proposed.Select(l => ctx.Approval(Module, $"确认拟列入{CreditNames.Of(l.List)}", $"{l.EntityName}（{l.Uscc}）", null, "/credit/listings")),
                (kind, n) => new TodoItem(Module, kind, "确认其他拟列入", $"另有 {n} 条", null, "/credit/listings")));
        }

        if (!CreditAccess.CanDecide(me)) return items;
        var repairs = await db.Repairs.AsNoTracking()
            .Where(r => (r.Status == RepairStatus.Submitted && r.AcceptDue <= ctx.DueSoonLimit)
                || r.Status == RepairStatus.Accepted
                || (r.Status == RepairStatus.Approved && r.ActDue != null && r.ActDue <= ctx.DueSoonLimit))
            .OrderBy(r => r.SubmittedOn).ThenBy(r => r.Id).Take(500).ToListAsync(ct);
        items.AddRange(ctx.Cap(repairs.Select(r => r.Status switch
            {
                RepairStatus.Submitted => ctx.Deadline(Module, "受理信用修复申请", $"{r.EntityName}（{r.Uscc}）", r.AcceptDue, "/credit/repairs"),
                RepairStatus.Accepted => ctx.Approval(Module, "作出信用修复决定", $"{r.EntityName}（{r.Uscc}）", r.DecideDue, "/credit/repairs"),
                _ => ctx.Deadline(Module, "办理准予修复（移出名录或停止公示）", $"{r.EntityName}（{r.Uscc}）", r.ActDue!.Value, "/credit/repairs"),
            }).OfType<TodoItem>(),
            (kind, n) => new TodoItem(Module, kind, "其他信用修复申请", $"另有 {n} 件", null, "/credit/repairs")));
        return items;
    }
}
