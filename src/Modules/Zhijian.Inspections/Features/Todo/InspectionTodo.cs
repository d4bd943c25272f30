using Microsoft.EntityFrameworkCore;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Inspections.Features.Findings;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Todo;

namespace Zhijian.Inspections.Features.Todo;

/// <summary>
/// 双随机、一公开的待办. An inspector (the targets 我的检查 lists): results to enter by the end of the task's 检查期间, and
/// results a fellow officer entered that still wait for this officer's confirmation (待我审批). An organiser
/// (<see cref="InspectionAccess.CanOrganise"/>): tasks whose 检查期间 starts within the window and are not drawn yet, and
/// confirmed results to publish by their 公示期限 (<see cref="InspectionResult.PublishBy"/>), one item per task.
/// </summary>
internal sealed class InspectionTodo(InspectionsDbContext db, MyInspections mine) : ITodoSource
{
    public string Module => "双随机、一公开";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        var items = new List<TodoItem>();
        var targets = await mine.OpenAsync(ct);
        items.AddRange(ctx.Cap(targets.OrderBy(t => t.EndOn).Select(t => t.ResultId is null
                ? ctx.Deadline(Module, "录入检查结果", $"{t.EntityName}（{t.TaskName}）", t.EndOn, "/inspections/mine")
                : t.ConfirmedByMe ? null
                : ctx.Approval(Module, "确认检查结果", $"{t.EntityName}（{t.TaskName}）", t.EndOn, "/inspections/mine")).OfType<TodoItem>(),
            (kind, n) => new TodoItem(Module, kind, "其他待检查对象", $"另有 {n} 户", null, "/inspections/mine")));
        if (!InspectionAccess.CanOrganise(ctx.Actor)) return items;

        var draws = await db.Tasks.AsNoTracking()
            .Where(t => (t.Status == Domain.TaskStatus.Draft || t.Status == Domain.TaskStatus.Committed) && t.StartOn <= ctx.DueSoonLimit)
            .OrderBy(t => t.StartOn).ThenBy(t => t.Id).Take(500).Select(t => new { t.Id, t.Name, t.StartOn }).ToListAsync(ct);
        items.AddRange(ctx.Cap(draws.Select(t => ctx.Deadline(Module, "抽取检查对象（检查期间开始前）", t.Name, t.StartOn, $"/inspections/tasks/{t.Id}")).OfType<TodoItem>(),
            (kind, n) => new TodoItem(Module, kind, "其他待抽取的任务", $"另有 {n} 项", null, "/inspections/tasks")));

        // Frozen draws wait for their declared public value: due on the declared day (a draw left undrawn is cancelled with a reason).
        var frozenDraws = await db.Draws.AsNoTracking().Where(d => d.Status == Domain.DrawStatus.Committed && d.PublicValueAt != null)
            .Select(d => new { d.TaskId, d.Seq, At = d.PublicValueAt!.Value, Officers = false }).ToListAsync(ct);
        frozenDraws.AddRange(await db.OfficerDraws.AsNoTracking().Where(d => d.Status == Domain.DrawStatus.Committed)
            .Select(d => new { d.TaskId, d.Seq, At = d.PublicValueAt, Officers = true }).ToListAsync(ct));
        var waitingIds = frozenDraws.Select(d => d.TaskId).Distinct().ToList();
        var waitingNames = await db.Tasks.AsNoTracking().Where(t => waitingIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        items.AddRange(ctx.Cap(frozenDraws.Select(d => (d, Due: d.At.ToChinaDate())).Where(x => x.Due <= ctx.DueSoonLimit).OrderBy(x => x.Due)
                .Select(x => ctx.Deadline(Module, x.d.Officers ? "人员摇号（录入公开值）" : "摇号（录入公开值）",
                    $"{waitingNames.GetValueOrDefault(x.d.TaskId, $"任务 {x.d.TaskId}")}第 {x.d.Seq} 次{(x.d.Officers ? "人员摇号" : "抽取")}，公开值于 {Witnesses.Witnesses.Local(x.d.At)} 产生",
                    x.Due, $"/inspections/tasks/{x.d.TaskId}")).OfType<TodoItem>(),
            (kind, n) => new TodoItem(Module, kind, "其他待摇号的抽取", $"另有 {n} 次", null, "/inspections/tasks")));

        var publish = await db.Results.AsNoTracking().Where(r => r.ConfirmedAt != null && r.PublishedAt == null)
            .GroupBy(r => r.TaskId).Select(g => new { TaskId = g.Key, Due = g.Min(r => r.PublishBy), Count = g.Count() })
            .Where(g => g.Due <= ctx.DueSoonLimit).ToListAsync(ct);
        var ids = publish.Select(p => p.TaskId).ToList();
        var names = await db.Tasks.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        items.AddRange(ctx.Cap(publish.OrderBy(p => p.Due).Select(p => ctx.Deadline(Module, "公示检查结果", $"{names.GetValueOrDefault(p.TaskId, $"任务 {p.TaskId}")}（{p.Count} 户已确认未公示）",
                p.Due, $"/inspections/tasks/{p.TaskId}")).OfType<TodoItem>(),
            (kind, n) => new TodoItem(Module, kind, "其他待公示的任务", $"另有 {n} 项", null, "/inspections/tasks")));
        return items;
    }
}
