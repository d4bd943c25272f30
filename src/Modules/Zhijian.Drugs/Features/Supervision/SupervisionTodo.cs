using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Supervision;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Todo;

namespace Zhijian.Drugs.Features.Supervision;

/// <summary>工作台 to-dos: 限期整改 waiting for the 复查 (due soon or overdue), vaccine 整改 to re-check, and inspections due by risk grade.</summary>
internal sealed class SupervisionTodo(DrugsDbContext db) : ITodoSource
{
    public string Module => "药械化";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        var a = ctx.Actor;
        if (a.IsApiClient || !(a.IsInRole(Roles.Inspector) || DrugsAccess.CanAdminister(a))) return [];
        var items = new List<TodoItem>();
        var limit = ctx.DueSoonLimit;
        var rechecks = await db.Inspections.AsNoTracking().Where(i => i.Rectify == RectifyState.Pending && i.RecheckDueOn != null && i.RecheckDueOn <= limit)
            .OrderBy(i => i.RecheckDueOn).Take(200).Select(i => new { i.Id, i.Number, i.BusinessName, Due = i.RecheckDueOn!.Value }).ToListAsync(ct);
        items.AddRange(ctx.Cap(rechecks.Select(i => ctx.Deadline(Module, "限期整改：复查", $"{i.Number} {i.BusinessName}", i.Due, $"/drugs/inspections/{i.Id}"))
                .OfType<TodoItem>(),
            (kind, n) => new TodoItem(Module, kind, "其他待复查的限期整改", $"另有 {n} 件", null, "/drugs/inspections?view=overdue")));
        var vaccines = await db.VaccineChecks.AsNoTracking().Where(c => c.Rectify == RectifyState.Pending && c.RectifyDueOn != null && c.RectifyDueOn <= limit)
            .OrderBy(c => c.RectifyDueOn).Take(200).Select(c => new { c.Id, c.PointName, Due = c.RectifyDueOn!.Value }).ToListAsync(ct);
        items.AddRange(ctx.Cap(vaccines.Select(c => ctx.Deadline(Module, "疫苗储存整改：复查", c.PointName, c.Due, "/drugs/vaccines?view=recheck")).OfType<TodoItem>(),
            (kind, n) => new TodoItem(Module, kind, "其他待复查的疫苗储存整改", $"另有 {n} 件", null, "/drugs/vaccines?view=recheck")));
        var due = await db.RiskGrades.AsNoTracking().Where(r => r.NextDueOn <= limit).GroupBy(r => r.Grade)
            .Select(g => new { Grade = g.Key, N = g.Count(), Overdue = g.Count(r => r.NextDueOn < ctx.Today), First = g.Min(r => r.NextDueOn) }).ToListAsync(ct);
        foreach (var g in due.OrderByDescending(g => g.Grade))
        {
            var title = $"按风险等级应检查：{SupervisionRules.GradeName(g.Grade)}";
            var text = g.Overdue > 0 ? $"{g.N} 家，其中逾期 {g.Overdue} 家" : $"{g.N} 家";
            items.Add(new TodoItem(Module, g.Overdue > 0 ? TodoKind.Overdue : ctx.KindOf(g.First) ?? TodoKind.DueSoon, title, text, g.First,
                $"/drugs/inspections?view=due&grade={g.Grade}")
            { Count = g.N });
        }

        return items;
    }
}
