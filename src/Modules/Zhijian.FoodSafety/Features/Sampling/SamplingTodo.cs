using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Sampling;
using Zhijian.Platform.Todo;

namespace Zhijian.FoodSafety.Features.Sampling;

/// <summary>
/// 抽检监测的待办 (inspectors, section chiefs, admins of the food section): samples to deliver, lab reports due, result
/// notices to serve, 复检/异议 decisions and retest-lab picks, and 核查处置 to complete — due soon or overdue.
/// </summary>
internal sealed class SamplingTodo(FoodSafetyDbContext db) : ITodoSource
{
    public string Module => "食品抽检";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        var a = ctx.Actor;
        if (!(FoodAccess.CanOrganise(a) || a.IsInRole(Platform.Identity.Roles.Inspector))) return [];
        var limit = ctx.DueSoonLimit;
        var items = new List<TodoItem>();
        var orders = db.SamplingOrders.AsNoTracking();
        var toLab = await orders.Where(o => o.Status == SamplingStatus.Sampled && o.ToLabBy <= limit).OrderBy(o => o.ToLabBy).Take(200)
            .Select(o => new { o.Id, o.Number, o.FoodName, Due = o.ToLabBy }).ToListAsync(ct);
        var report = await orders.Where(o => (o.Status == SamplingStatus.AtLab || o.Status == SamplingStatus.Testing) && o.ReportBy <= limit).OrderBy(o => o.ReportBy).Take(200)
            .Select(o => new { o.Id, o.Number, o.FoodName, Due = o.ReportBy!.Value }).ToListAsync(ct);
        var notice = await orders.Where(o => o.Status == SamplingStatus.Reported && o.NoticeBy <= limit).OrderBy(o => o.NoticeBy).Take(200)
            .Select(o => new { o.Id, o.Number, o.FoodName, Due = o.NoticeBy!.Value }).ToListAsync(ct);
        Add(items, ctx, "样品送达检验机构", toLab.Select(o => (o.Id, o.Number, o.FoodName, o.Due)));
        Add(items, ctx, "催报检验报告", report.Select(o => (o.Id, o.Number, o.FoodName, o.Due)));
        Add(items, ctx, "送达检验结果通知书", notice.Select(o => (o.Id, o.Number, o.FoodName, o.Due)));
        if (FoodAccess.CanOrganise(a))
        {
            var reviews = await (from r in db.SamplingReviews.AsNoTracking()
                                 join o in orders on r.OrderId equals o.Id
                                 where (r.Status == ReviewStatus.Applied && r.AcceptBy <= limit) || (r.Status == ReviewStatus.Accepted && r.DueBy <= limit)
                                 select new { o.Id, o.Number, o.FoodName, r.Kind, r.Status, Due = r.Status == ReviewStatus.Applied ? r.AcceptBy : r.DueBy!.Value })
                .Take(200).ToListAsync(ct);
            Add(items, ctx, "复检/异议：受理决定、确定复检机构或处理决定", reviews.Select(r => (r.Id, r.Number, $"{r.FoodName}（{SamplingNames.Of(r.Kind)}）", r.Due)));
        }

        var disposals = await db.Disposals.AsNoTracking().Where(d => d.CompletedOn == null && d.DueOn <= limit).OrderBy(d => d.DueOn).Take(200)
            .Select(d => new { d.Id, d.Number, d.FoodName, d.BusinessName, d.DueOn }).ToListAsync(ct);
        items.AddRange(ctx.Cap(disposals.Select(d => ctx.Deadline(Module, "完成核查处置", $"{d.Number} {d.BusinessName}“{d.FoodName}”", d.DueOn, $"/food/disposals/{d.Id}")).OfType<TodoItem>(),
            (kind, n) => new TodoItem(Module, kind, "其他待完成的核查处置", $"另有 {n} 件", null, "/food/disposals")));
        return items;
    }

    private void Add(List<TodoItem> items, TodoContext ctx, string title, IEnumerable<(long Id, string Number, string Food, DateOnly Due)> rows) =>
        items.AddRange(ctx.Cap(rows.Select(r => ctx.Deadline(Module, title, $"{r.Number} {r.Food}", r.Due, $"/food/sampling/{r.Id}")).OfType<TodoItem>(),
            (kind, n) => new TodoItem(Module, kind, $"其他：{title}", $"另有 {n} 批次", null, "/food/sampling")));
}
