using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Todo;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.FollowUp;

namespace Zhijian.ProductQuality.Features.FollowUp;

/// <summary>
/// 工作台 to-dos of 后处理 in the user's jurisdiction: steps overdue or due soon (整改、复查、再次复查), follow-ups waiting for the 责令整改
/// order (a referral from another bureau among them), and for chiefs the failures waiting for 公告 or 移送.
/// </summary>
internal sealed class FollowUpTodo(QualityDbContext db) : ITodoSource
{
    public string Module => "产品质量";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        var a = ctx.Actor;
        if (a.IsApiClient || !(a.IsInRole(Roles.Inspector) || QualityAccess.CanAdminister(a))) return [];
        var items = new List<TodoItem>();
        var limit = ctx.DueSoonLimit;
        var due = await db.FollowUps.AsNoTracking().Where(f => f.Stage <= FollowUpStage.SecondFailed && f.DueOn != null && f.DueOn <= limit)
            .OrderBy(f => f.DueOn).Take(200).Select(f => new { f.Id, f.Number, f.ProducerName, f.ProductName, f.DueStep, Due = f.DueOn!.Value }).ToListAsync(ct);
        items.AddRange(ctx.Cap(due.Select(f => ctx.Deadline(Module, $"不合格后处理：{FollowUpRules.DueStepName(f.DueStep)}", $"{f.Number} {f.ProducerName} {f.ProductName}",
                f.Due, $"/pq/follow-ups/{f.Id}")).OfType<TodoItem>(),
            (kind, n) => new TodoItem(Module, kind, "其他到期的不合格后处理", $"另有 {n} 件", null, kind == TodoKind.Overdue ? "/pq/follow-ups?overdue=true" : "/pq/follow-ups?view=due")));
        var waiting = await db.FollowUps.AsNoTracking().Where(f => f.Stage == FollowUpStage.Stopped && !f.OutOfArea)
            .OrderBy(f => f.NotifiedOn).Take(200).Select(f => new { f.Id, f.Number, f.ProducerName, f.ProductName, f.ReferredBy }).ToListAsync(ct);
        items.AddRange(ctx.Cap(waiting.Select(f => ctx.Approval(Module, f.ReferredBy is null ? "监督抽查不合格：责令整改" : $"外地通报（{f.ReferredBy}）的不合格产品：责令整改",
                $"{f.Number} {f.ProducerName} {f.ProductName}", null, $"/pq/follow-ups/{f.Id}")),
            (kind, n) => new TodoItem(Module, kind, "其他待责令整改的不合格产品", $"另有 {n} 件", null, "/pq/follow-ups?stage=stopped")));
        var notify = await db.FollowUps.AsNoTracking().Where(f => f.Stage <= FollowUpStage.SecondFailed && f.OutOfArea && f.ProducerNotifiedOn == null)
            .OrderBy(f => f.NotifiedOn).Take(200).Select(f => new { f.Id, f.Number, f.ProducerName }).ToListAsync(ct);
        items.AddRange(ctx.Cap(notify.Select(f => ctx.Approval(Module, "外地生产者：通报其所在地市场监管局", $"{f.Number} {f.ProducerName}", null, $"/pq/follow-ups/{f.Id}")),
            (kind, n) => new TodoItem(Module, kind, "其他待通报外地的不合格产品", $"另有 {n} 件", null, "/pq/follow-ups?stage=stopped")));
        if (QualityAccess.CanAdminister(a))
        {
            var decide = await db.FollowUps.AsNoTracking().Where(f => f.Stage == FollowUpStage.RecheckFailed || f.Stage == FollowUpStage.SecondFailed)
                .OrderBy(f => f.Id).Take(200).Select(f => new { f.Id, f.Number, f.ProducerName, f.Stage }).ToListAsync(ct);
            items.AddRange(ctx.Cap(decide.Select(f => ctx.Approval(Module, f.Stage == FollowUpStage.RecheckFailed ? "复查仍不合格：报告省局并公告" : "再次复查仍不合格：移送停业整顿、吊销许可证",
                    $"{f.Number} {f.ProducerName}", null, $"/pq/follow-ups/{f.Id}")),
                (kind, n) => new TodoItem(Module, kind, "其他待公告或移送的不合格产品", $"另有 {n} 件", null, "/pq/follow-ups?stage=recheck-failed")));
        }

        return items;
    }
}
