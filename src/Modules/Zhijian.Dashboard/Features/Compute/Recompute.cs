using Zhijian.Dashboard.Data;
using Zhijian.Dashboard.Domain;
using Zhijian.Dashboard.Features.Plans;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Dashboard.Features.Compute;

/// <summary>重新计算某月的指标快照.</summary>
internal sealed record RecomputeInput(string? Plan, string? Division, string? Period);

/// <summary>
/// Recomputes a month's snapshots of a plan for a division in the caller's jurisdiction: a past period is computed from
/// today's data, the old values are replaced and the recomputation is audited.
/// </summary>
internal sealed class Recompute(PlanService plans, Snapshots snapshots, ActorContext actor, DivisionTable divisions, DashboardDbContext db)
{
    public async Task<Result<int>> RunAsync(RecomputeInput cmd, CancellationToken ct)
    {
        if (!DashboardAccess.CanManage(actor.Current)) return Result<int>.Forbidden("只有局领导、科室负责人或管理员可以重新计算");
        if (!IndicatorRules.TryParsePeriod(cmd.Period, out var month)) return Result<int>.Invalid("period", "统计期应为 yyyy-MM 格式的月份");
        if (!divisions.IsKnown(cmd.Division)) return Result<int>.Invalid("division", "行政区划代码不存在或已撤销");
        if (!actor.Current.Jurisdiction.Covers(cmd.Division)) return Result<int>.Forbidden("只能重新计算本辖区的指标");
        var plan = await plans.FindAsync(cmd.Plan ?? "", ct);
        if (plan is null) return Result<int>.NotFound("规划不存在");
        var values = await snapshots.RecordAsync(plan, cmd.Division!, month, ct);
        SaveChain.Audit(db, "indicators.recomputed", "Plan", plan.Code, null, new { cmd.Division, cmd.Period, Values = values }, cmd.Division);
        await db.SaveChangesAsync(ct);
        return values;
    }
}
