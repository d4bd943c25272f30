using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Markets;
using Zhijian.Platform.Todo;

namespace Zhijian.FoodSafety.Features.RapidTests;

/// <summary>
/// 快检的待办 (inspectors, section chiefs, admins): objections awaiting a retest order (due today: the batch stays stopped), positives
/// under 停售控制 awaiting disposal or a laboratory confirmation, and laboratory confirmations pending — summed up per kind.
/// </summary>
internal sealed class RapidTodo(FoodSafetyDbContext db) : ITodoSource
{
    public string Module => "食品快检";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        var a = ctx.Actor;
        if (!(FoodAccess.CanOrganise(a) || a.IsInRole(Platform.Identity.Roles.Inspector))) return [];
        var counts = await db.RapidTests.AsNoTracking()
            .Where(t => t.Status == RapidStatus.Objected || t.Status == RapidStatus.Stopped || t.Status == RapidStatus.Final || t.Status == RapidStatus.LabPending)
            .GroupBy(t => t.Status).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var items = new List<TodoItem>();
        void Add(RapidStatus s, TodoKind kind, string title, string record)
        {
            if (counts.GetValueOrDefault(s) is var n and > 0)
                items.Add(new TodoItem(Module, kind, title, $"{n} {record}", ctx.Today, $"/food/rapid-tests?status={s}") { Count = n });
        }

        Add(RapidStatus.Objected, TodoKind.DueToday, "快检阳性已提出异议：安排实验室复检（不得采用快检方法）", "批次");
        Add(RapidStatus.Stopped, TodoKind.DueToday, "快检阳性停售控制：督促停售封存，异议期内跟进", "批次");
        Add(RapidStatus.LabPending, TodoKind.DueSoon, "快检阳性实验室确认中：跟进检验结论", "批次");
        return items;
    }
}
