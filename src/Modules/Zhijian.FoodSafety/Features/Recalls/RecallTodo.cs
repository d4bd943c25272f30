using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Recalls;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Todo;

namespace Zhijian.FoodSafety.Features.Recalls;

/// <summary>
/// 食品召回的待办 (inspectors, section chiefs, admins): recalls to start (no plan by the start deadline), recalls to complete,
/// progress reports missing beyond food.recall-progress-gap days — due soon or overdue — and, for section chiefs, completed
/// recalls waiting for the evaluation (待我审批).
/// </summary>
internal sealed class RecallTodo(FoodSafetyDbContext db, RecallDeadlines deadlines) : ITodoSource
{
    public string Module => "食品召回";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        var a = ctx.Actor;
        if (!Recalls.CanWork(a) || a.IsApiClient) return [];
        var limit = ctx.DueSoonLimit;
        var items = new List<TodoItem>();
        var recalls = db.Recalls.AsNoTracking();
        // The start deadline is an instant: due on its China date (the query reads a day more and filters here).
        var startLimit = new DateTimeOffset(limit.AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var start = await recalls.Where(r => r.StartedAt == null && r.StartBy < startLimit).OrderBy(r => r.StartBy).Take(200)
            .Select(r => new { r.Id, r.Number, r.ProducerName, r.StartBy }).ToListAsync(ct);
        Add(items, ctx, "启动召回（报告召回计划）", start.Select(r => (r.Id, r.Number, r.ProducerName, r.StartBy.ToChinaDate())));
        var complete = await recalls.Where(r => (r.Status == RecallStatus.Announced || r.Status == RecallStatus.Summarised) && r.DueOn <= limit).OrderBy(r => r.DueOn).Take(200)
            .Select(r => new { r.Id, r.Number, r.ProducerName, Due = r.DueOn!.Value }).ToListAsync(ct);
        Add(items, ctx, "完成召回", complete.Select(r => (r.Id, r.Number, r.ProducerName, r.Due)));
        var gap = deadlines.ProgressGapDays(ctx.Today);
        var progressLimit = limit.AddDays(-gap);
        var progress = await recalls.Where(r => r.Status == RecallStatus.Announced && r.LastProgressOn <= progressLimit).OrderBy(r => r.LastProgressOn).Take(200)
            .Select(r => new { r.Id, r.Number, r.ProducerName, Last = r.LastProgressOn!.Value }).ToListAsync(ct);
        Add(items, ctx, "催报阶段性进展报告", progress.Select(r => (r.Id, r.Number, r.ProducerName, r.Last.AddDays(gap))));
        if (FoodAccess.CanOrganise(a))
        {
            var evaluate = await recalls.Where(r => r.Status == RecallStatus.Completed).OrderBy(r => r.CompletedOn).Take(200)
                .Select(r => new { r.Id, r.Number, r.ProducerName }).ToListAsync(ct);
            items.AddRange(ctx.Cap(evaluate.Select(r => ctx.Approval(Module, "评估召回效果", $"{r.Number} {r.ProducerName}", null, $"/food/recalls/{r.Id}")),
                (kind, n) => new TodoItem(Module, kind, "其他待评估的召回", $"另有 {n} 件", null, "/food/recalls")));
        }

        return items;
    }

    private void Add(List<TodoItem> items, TodoContext ctx, string title, IEnumerable<(long Id, string Number, string Producer, DateOnly Due)> rows) =>
        items.AddRange(ctx.Cap(rows.Select(r => ctx.Deadline(Module, title, $"{r.Number} {r.Producer}", r.Due, $"/food/recalls/{r.Id}")).OfType<TodoItem>(),
            (kind, n) => new TodoItem(Module, kind, $"其他：{title}", $"另有 {n} 件", null, "/food/recalls")));
}
