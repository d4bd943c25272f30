using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Todo;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Fees;

namespace Zhijian.Prices.Features.Fees;

/// <summary>
/// 涉企收费的待办 for inspectors, section chiefs and admins: refunds past their deadline and not made in full; cases still being checked
/// more than <see cref="FeeRules.OpenCaseDays"/> days after they were opened.
/// </summary>
internal sealed class FeeTodo(PricesDbContext db) : ITodoSource
{
    public string Module => "价格监管";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        if (!PricesAccess.CanCheck(ctx.Actor) || ctx.Actor.IsApiClient) return [];
        var items = new List<TodoItem>();
        var today = ctx.Today;
        var overdue = await db.FeeCases.AsNoTracking().Where(c => c.Status == FeeCaseStatus.RefundOrdered && c.RefundDue < today)
            .GroupBy(_ => 1).Select(g => new { N = g.Count(), First = g.Min(c => c.RefundDue) }).FirstOrDefaultAsync(ct);
        if (overdue is { N: > 0 })
            items.Add(new TodoItem(Module, TodoKind.Overdue, "逾期未清退的涉企违规收费", $"{overdue.N} 件，最早 {overdue.First:yyyy-MM-dd} 到期", overdue.First,
                "/prices/fees?tab=cases&overdue=true")
            { Count = overdue.N });
        var limit = today.AddDays(-FeeRules.OpenCaseDays);
        var stale = await db.FeeCases.AsNoTracking().Where(c => c.Status == FeeCaseStatus.Open && c.OpenedOn < limit)
            .GroupBy(_ => 1).Select(g => new { N = g.Count(), First = g.Min(c => c.OpenedOn) }).FirstOrDefaultAsync(ct);
        if (stale is { N: > 0 })
            items.Add(new TodoItem(Module, TodoKind.Overdue, $"受理超过 {FeeRules.OpenCaseDays} 日尚未作出结论的涉企收费核查", $"{stale.N} 件，最早 {stale.First:yyyy-MM-dd} 受理",
                stale.First.AddDays(FeeRules.OpenCaseDays), "/prices/fees?tab=cases&status=核查中")
            { Count = stale.N });
        return items;
    }
}
