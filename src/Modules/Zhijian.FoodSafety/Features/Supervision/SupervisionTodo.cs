using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Supervision;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Todo;

namespace Zhijian.FoodSafety.Features.Supervision;

/// <summary>
/// 食品监督检查的待办. Inspectors and organisers: 整改复查 due or overdue (one per record), and this quarter's planned
/// inspections still to do (one summing item, due at the quarter's end). Organisers also: results to publish (due soon or
/// overdue, summed) and businesses past the two-year full-inspection floor.
/// </summary>
internal sealed class SupervisionTodo(FoodSafetyDbContext db, InspectionPlans plans) : ITodoSource
{
    public string Module => "食品监督检查";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        var a = ctx.Actor;
        var organiser = FoodAccess.CanOrganise(a);
        if (!organiser && !a.IsInRole(Roles.Inspector)) return [];
        var items = new List<TodoItem>();

        var rectify = await db.Inspections.AsNoTracking().Where(i => i.RectifyBy != null && i.ReinspectedById == null && i.RectifyBy <= ctx.DueSoonLimit)
            .OrderBy(i => i.RectifyBy).ThenBy(i => i.Id).Take(200).Select(i => new { i.Id, i.BusinessName, i.InspectedOn, i.Result, Due = i.RectifyBy!.Value }).ToListAsync(ct);
        items.AddRange(ctx.Cap(rectify.Select(r => ctx.Deadline(Module, "整改复查", $"{r.BusinessName}（{InspectionRules.Name(r.Result)}，{InspectionRules.NumberOf(r.Id, r.InspectedOn)}）",
                r.Due, $"/food/inspections/{r.Id}")).OfType<TodoItem>(),
            (kind, n) => new TodoItem(Module, kind, "其他待复查的检查记录", $"另有 {n} 条", null, "/food/inspections?tab=records&open=1")));

        var today = ctx.Today;
        var quarter = PlanRules.QuarterOf(today);
        var quarterEnd = new DateOnly(today.Year, quarter * 3, 1).AddMonths(1).AddDays(-1);
        var yearStart = new DateOnly(today.Year, 1, 1);
        var behind = await db.InspectionPlanLines.AsNoTracking().Where(l => l.Year == today.Year)
            .Where(l => (l.Q1 + (quarter >= 2 ? l.Q2 : 0) + (quarter >= 3 ? l.Q3 : 0) + (quarter >= 4 ? l.Q4 : 0))
                        > db.Inspections.Count(i => i.BusinessId == l.BusinessId && i.InspectedOn >= yearStart && i.InspectedOn <= today && i.ReinspectionOfId == null))
            .CountAsync(ct);
        if (behind > 0)
            items.Add(new TodoItem(Module, ctx.KindOf(quarterEnd) ?? TodoKind.DueSoon, $"完成第{quarter}季度计划检查", $"{behind} 户截至本季度的计划检查尚未完成", quarterEnd, "/food/inspections?tab=plan") { Count = behind });

        if (!organiser) return items;
        var publish = await db.Inspections.AsNoTracking().Where(i => i.PublishedOn == null && i.PublishBy <= ctx.DueSoonLimit)
            .GroupBy(i => i.PublishBy < today).Select(g => new { Overdue = g.Key, N = g.Count(), Due = g.Min(i => i.PublishBy) }).ToListAsync(ct);
        foreach (var p in publish)
            items.Add(new TodoItem(Module, p.Overdue ? TodoKind.Overdue : ctx.KindOf(p.Due) ?? TodoKind.DueSoon, "公示监督检查结果（20个工作日内）",
                p.Overdue ? $"{p.N} 条已超过公示期限" : $"{p.N} 条即将到期", p.Due, "/food/inspections?tab=publish")
            { Count = p.N });

        var gaps = await plans.CoverageGapsAsync(null, 1, 1, ct);
        if (gaps.Overdue > 0)
            items.Add(new TodoItem(Module, TodoKind.Overdue, "安排全项目监督检查（两年全覆盖）", $"{gaps.Overdue} 户已超过两年未全项检查", null, "/food/inspections?tab=coverage") { Count = gaps.Overdue });
        return items;
    }
}
