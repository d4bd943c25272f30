using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain;
using Zhijian.FoodSafety.Domain.Supervision;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.SamplingPlans;

/// <summary>
/// 制定或修订年度抽检计划: population and its source; the rate (default: the rule setting in force); an optional split
/// (category code → batches) that must add up to the plan's batches; the quarters follow evenly.
/// </summary>
internal sealed record SaveSamplingPlan(int? Year, long? Population, string? PopulationSource, decimal? PerThousand = null,
    IReadOnlyDictionary<string, int>? Split = null, int? OrgUnitId = null);

internal sealed record SamplingLineView(string CategoryCode, string CategoryName, int Planned, int[] Quarters, int Done, decimal? Rate);

internal sealed record SamplingPlanView(long Id, int Year, int OrgUnitId, string OrgUnitName, long Population, string PopulationSource, decimal PerThousand,
    int Batches, int Done, string CreatedBy, DateTimeOffset UpdatedAt, IReadOnlyList<SamplingLineView> Lines);

/// <summary>年度抽检计划: sized from the population (批次/千人), split by 食品大类 and quarter, with planned vs done per category.</summary>
internal sealed class SamplingPlans(FoodSafetyDbContext db, ISamplingCounts counts, OrgUnitDirectory units, ActorContext actor, IRuleBook rules, TimeProvider clock)
{
    public async Task<Result<SamplingPlanView>> SaveAsync(SaveSamplingPlan cmd, CancellationToken ct)
    {
        if (!FoodAccess.CanOrganise(actor.Current)) return Result<SamplingPlanView>.Forbidden("年度抽检计划由科室负责人制定");
        var today = clock.Today();
        var year = cmd.Year ?? today.Year;
        var e = new FieldErrors();
        if (year < today.Year - 1 || year > today.Year + 1) e.Add("year", $"只能制定 {today.Year - 1}–{today.Year + 1} 年度的抽检计划");
        if (cmd.Population is not { } population || population <= 0) e.Add("population", "请填写常住人口（人，正整数）");
        else if (population > 200_000_000) e.Add("population", "常住人口超过 2 亿，请核对单位（人）");
        e.Require("populationSource", cmd.PopulationSource, "人口数来源（如《济南统计年鉴2023》）", 200);
        var rate = cmd.PerThousand ?? rules.GetDecimal("food.sampling-per-thousand", new DateOnly(year, 1, 1));
        if (rate <= 0 || rate > 100) e.Add("perThousand", "每千人抽检批次应大于 0 且不超过 100");
        var batches = cmd.Population is > 0 && e.Count == 0 ? SamplingPlanRules.Size(cmd.Population.Value, rate) : 0;
        if (cmd.Split is { Count: > 0 } split)
        {
            foreach (var (code, n) in split)
            {
                if (FoodCategories.Find(code) is null) e.Add("split", $"“{code}”不是食品大类代码（01–34）");
                if (n < 0) e.Add("split", $"类别 {code} 的批次不能为负数");
            }

            if (e.Count == 0 && split.Values.Sum() != batches)
                e.Add("split", $"各类别批次合计 {split.Values.Sum()}，与计划总批次 {batches}（常住人口 {cmd.Population} × 每千人 {rate} 批次，向上取整）不符");
        }

        if (e.Count > 0) return Result<SamplingPlanView>.Invalid(e.ToDictionary());
        var unitId = cmd.OrgUnitId ?? actor.Current.OrgUnitId;
        var unit = unitId is { } id ? await units.FindAsync(id, ct) : null;
        if (unit is null || !actor.Current.Jurisdiction.Covers(unit.DivisionCode)) return Result<SamplingPlanView>.Invalid("orgUnitId", "请选择您管辖范围内的单位");
        var shares = cmd.Split is { Count: > 0 } s ? s.ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal)
            : SamplingPlanRules.Split(batches, SamplingPlanRules.DefaultShares);
        var plan = await db.SamplingPlans.Include(p => p.Lines).SingleOrDefaultAsync(p => p.OrgUnitId == unit.Id && p.Year == year, ct);
        var before = plan is null ? null : new { plan.Population, plan.PopulationSource, plan.PerThousand, plan.Batches };
        var now = clock.GetUtcNow();
        if (plan is null)
        {
            plan = new FoodSamplingPlan { OrgUnitId = unit.Id, Year = year, CreatedAt = now };
            db.SamplingPlans.Add(plan);
        }

        plan.OrgUnitName = unit.Name;
        plan.DivisionCode = unit.DivisionCode;
        plan.Population = cmd.Population!.Value;
        plan.PopulationSource = cmd.PopulationSource!.Trim();
        plan.PerThousand = rate;
        plan.Batches = batches;
        plan.CreatedBy = actor.Current == Actor.System ? "系统" : actor.Current.ShownName;
        plan.UpdatedAt = now;
        plan.Lines.Clear();
        foreach (var (code, n) in shares.Where(x => x.Value > 0).OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            var q = SamplingPlanRules.Quarters(n);
            plan.Lines.Add(new FoodSamplingPlanLine { CategoryCode = code, Batches = n, Q1 = q[0], Q2 = q[1], Q3 = q[2], Q4 = q[3] });
        }

        db.Audit(before is null ? "food.sampling-plan.created" : "food.sampling-plan.changed", "FoodSamplingPlan", $"{unit.Id}/{year}", before,
            new { plan.Population, plan.PopulationSource, plan.PerThousand, plan.Batches, split = shares.Where(x => x.Value > 0).ToDictionary() }, unit.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(year, unit.Id, ct))!;
    }

    public async Task<IReadOnlyList<SamplingPlanView>> ListAsync(int year, CancellationToken ct)
    {
        var plans = await db.SamplingPlans.AsNoTracking().Include(p => p.Lines).Where(p => p.Year == year).OrderBy(p => p.DivisionCode).ToListAsync(ct);
        var list = new List<SamplingPlanView>();
        foreach (var p in plans) list.Add(View(p, await counts.CountsByCategoryAsync(p.OrgUnitId, p.Year, ct)));
        return list;
    }

    public async Task<SamplingPlanView?> GetAsync(int year, int orgUnitId, CancellationToken ct)
    {
        var p = await db.SamplingPlans.AsNoTracking().Include(x => x.Lines).SingleOrDefaultAsync(x => x.Year == year && x.OrgUnitId == orgUnitId, ct);
        return p is null ? null : View(p, await counts.CountsByCategoryAsync(p.OrgUnitId, p.Year, ct));
    }

    private static SamplingPlanView View(FoodSamplingPlan p, IReadOnlyDictionary<string, int> done)
    {
        var lines = SamplingPlanProgress(p.Lines, done);
        return new SamplingPlanView(p.Id, p.Year, p.OrgUnitId, p.OrgUnitName, p.Population, p.PopulationSource, p.PerThousand, p.Batches,
            lines.Sum(l => l.Done), p.CreatedBy, p.UpdatedAt, lines);
    }

    /// <summary>
    /// Planned vs done per category: every planned category, plus any category sampled outside the plan (planned 0).
    /// <paramref name="done"/> is what <see cref="ISamplingCounts"/> answers.
    /// </summary>
    internal static IReadOnlyList<SamplingLineView> SamplingPlanProgress(IEnumerable<FoodSamplingPlanLine> lines, IReadOnlyDictionary<string, int> done)
    {
        var planned = lines.ToDictionary(l => l.CategoryCode, StringComparer.Ordinal);
        return [.. planned.Keys.Union(done.Keys.Where(k => done[k] > 0), StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(code =>
        {
            var l = planned.GetValueOrDefault(code);
            var d = done.GetValueOrDefault(code);
            var n = l?.Batches ?? 0;
            return new SamplingLineView(code, FoodCategories.Find(code)?.Name ?? code, n, l is null ? [0, 0, 0, 0] : [l.Q1, l.Q2, l.Q3, l.Q4], d,
                n == 0 ? null : Math.Round(d * 100m / n, 1));
        })];
    }
}
