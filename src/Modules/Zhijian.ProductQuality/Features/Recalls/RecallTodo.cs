using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Todo;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.Recalls;

namespace Zhijian.ProductQuality.Features.Recalls;

/// <summary>
/// 缺陷召回的待办 (inspectors, section chiefs, admins): recall steps due soon or overdue (plan, notice, owners, progress, summary),
/// late defect reports not yet investigated (this week's), and for section chiefs investigations where a recall may be ordered.
/// </summary>
internal sealed class RecallTodo(QualityDbContext db, TimeProvider clock) : ITodoSource
{
    public string Module => "缺陷产品召回";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        var a = ctx.Actor;
        if (!RecallSupport.CanWork(a) || a.IsApiClient) return [];
        var items = new List<TodoItem>();
        var recalls = await db.Recalls.AsNoTracking().Where(RecallQueries.DueBefore(ctx.DueSoonLimit.AddDays(1))).OrderBy(r => r.Id).Take(200).ToListAsync(ct);
        var rows = recalls.SelectMany(r => RecallQueries.Pending(r).Where(s => s.Due <= ctx.DueSoonLimit).Take(1)
            .Select(s => ctx.Deadline(Module, s.Step, $"{r.Number} {r.FirmName} {r.Product}", s.Due, $"/pq/recalls/{r.Id}"))).OfType<TodoItem>();
        items.AddRange(ctx.Cap(rows, (kind, n) => new TodoItem(Module, kind, "其他召回事项", $"另有 {n} 件", null, "/pq/recalls?due=overdue")));
        var from = ctx.Today.AddDays(-7);
        var late = await db.DefectReports.AsNoTracking().Where(r => r.Late && r.Status == DefectReportStatus.Received && r.ReportedOn >= from)
            .OrderBy(r => r.DueOn).Take(50).Select(r => new { r.Id, r.Number, r.FirmName, r.DueOn }).ToListAsync(ct);
        items.AddRange(ctx.Cap(late.Select(r => ctx.Deadline(Module, "逾期缺陷报告待处理", $"{r.Number} {r.FirmName}", r.DueOn, $"/pq/defect-reports/{r.Id}")).OfType<TodoItem>(),
            (kind, n) => new TodoItem(Module, kind, "其他逾期缺陷报告", $"另有 {n} 件", null, "/pq/recalls?tab=reports")));
        if (QualityAccess.CanAdminister(a))
        {
            var today = clock.Today();
            var may = await db.Investigations.AsNoTracking().Where(i => i.RecallId == null && i.Status == InvestigationStatus.DefectFound
                && (i.Kind == ProductKind.Consumer || i.ObjectionUpheld == false || (i.ObjectedOn == null && i.ObjectionDueOn < today)))
                .OrderBy(i => i.Id).Take(50).Select(i => new { i.Id, i.Number, i.FirmName }).ToListAsync(ct);
            items.AddRange(ctx.Cap(may.Select(i => ctx.Approval(Module, "决定是否责令召回", $"{i.Number} {i.FirmName}", null, $"/pq/recalls?tab=investigations")),
                (kind, n) => new TodoItem(Module, kind, "其他待决定的缺陷调查", $"另有 {n} 件", null, "/pq/recalls?tab=investigations")));
        }

        return items;
    }
}
