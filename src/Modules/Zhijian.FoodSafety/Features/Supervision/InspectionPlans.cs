using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Supervision;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Supervision;

/// <summary>生成年度监督检查计划 for the caller's org unit (or, for an admin, the given unit).</summary>
internal sealed record GeneratePlan(int? Year, int? OrgUnitId = null);

internal sealed record PlanLineView(long BusinessId, string Uscc, string Name, string DivisionCode, string GradeName, string PlanGrade, int Planned, int Minimum,
    bool FullDue, bool FullDone, int[] Quarters, int Done);

internal sealed record PlanView(long Id, int Year, int OrgUnitId, string OrgUnitName, int Businesses, int Planned, int DoneCapped, string GeneratedBy,
    DateTimeOffset GeneratedAt, int Total, int Page, int Size, IReadOnlyList<PlanLineView> Lines);

/// <summary>两年未全项检查: a business with no full inspection in the last two years, with the date it fell (or falls) due.</summary>
internal sealed record CoverageGap(long BusinessId, string Uscc, string Name, string DivisionCode, string TypeName, string? Grade, DateOnly? LastFull, DateOnly DueOn, int DaysBehind);

internal sealed record CoverageGapPage(int Total, int Overdue, int Page, int Size, IReadOnlyList<CoverageGap> Items);

/// <summary>
/// 年度监督检查计划 (Order 49 第22条 and the grade frequencies): every active business of the unit gets its planned count from
/// its grade (未分级按 B 级), a full inspection where none was made in two years, spread over the quarters; and the list of
/// businesses falling behind the two-year full-inspection floor.
/// </summary>
internal sealed class InspectionPlans(FoodSafetyDbContext db, OrgUnitDirectory units, ActorContext actor, IRuleBook rules, TimeProvider clock)
{
    public async Task<Result<PlanView>> GenerateAsync(GeneratePlan cmd, CancellationToken ct)
    {
        if (!FoodAccess.CanOrganise(actor.Current)) return Result<PlanView>.Forbidden("年度监督检查计划由科室负责人生成");
        var today = clock.Today();
        var year = cmd.Year ?? today.Year;
        if (year < today.Year - 1 || year > today.Year + 1) return Result<PlanView>.Invalid("year", $"只能生成 {today.Year - 1}–{today.Year + 1} 年度的计划");
        var unitId = cmd.OrgUnitId ?? actor.Current.OrgUnitId;
        if (unitId is null) return Result<PlanView>.Invalid("orgUnitId", "请选择制定计划的单位");
        var unit = await units.FindAsync(unitId.Value, ct);
        if (unit is null || (!actor.Current.Jurisdiction.Covers(unit.DivisionCode) && actor.Current != Actor.System))
            return Result<PlanView>.Invalid("orgUnitId", $"单位 {unitId} 不存在或不在您的管辖范围内");
        var prefixes = (unit.Covered.Count > 0 ? unit.Covered : [unit.DivisionCode]).Select(DivisionTable.ScopePrefix).Distinct().ToArray();
        var businesses = await db.Businesses.AsNoTracking().Visible(actor.Current.Jurisdiction).Under(prefixes).Where(b => b.Active)
            .OrderBy(b => b.Id).Select(b => new { b.Id, b.Uscc, b.Name, b.DivisionCode, b.Grade }).ToListAsync(ct);
        var ids = businesses.Select(b => b.Id).ToList();
        var lastFull = await LastFullAsync(ct);
        var yearEnd = new DateOnly(year, 12, 31);
        var on = new DateOnly(year, 1, 1);
        var years = rules.GetInt("food.full-inspection-years", on);
        var counts = new Dictionary<string, (int Plan, int Min)>(StringComparer.Ordinal);
        foreach (var g in (string[])["A", "B", "C", "D"])
        {
            var lower = g.ToLowerInvariant();
            counts[g] = (rules.GetInt($"food.inspect-{lower}-plan", on), rules.GetInt($"food.inspect-{lower}-min", on));
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var plan = await db.InspectionPlans.SingleOrDefaultAsync(p => p.OrgUnitId == unit.Id && p.Year == year, ct);
        var before = plan is null ? null : new { plan.Businesses, plan.Planned, plan.GeneratedAt };
        if (plan is not null) await db.InspectionPlanLines.Where(l => l.PlanId == plan.Id).ExecuteDeleteAsync(ct);
        plan ??= db.InspectionPlans.Add(new FoodInspectionPlan { OrgUnitId = unit.Id, Year = year }).Entity;
        plan.OrgUnitName = unit.Name;
        plan.DivisionCode = unit.DivisionCode;
        plan.GeneratedBy = actor.Current.ShownName;
        plan.GeneratedAt = clock.GetUtcNow();
        plan.Businesses = businesses.Count;
        await db.SaveChangesAsync(ct);
        var planned = 0;
        foreach (var chunk in businesses.Chunk(4000))
        {
            foreach (var b in chunk)
            {
                var (count, min) = counts[PlanRules.PlanGrade(b.Grade)];
                var last = lastFull.GetValueOrDefault(b.Id);
                var fullDue = last is null || last.Value.AddYears(years) <= yearEnd;
                count = Math.Max(count, fullDue ? 1 : 0);
                var q = PlanRules.Spread(count, (int)(b.Id % 4));
                planned += count;
                db.InspectionPlanLines.Add(new FoodInspectionPlanLine
                {
                    PlanId = plan.Id,
                    Year = year,
                    BusinessId = b.Id,
                    Uscc = b.Uscc,
                    Name = b.Name,
                    DivisionCode = b.DivisionCode,
                    Grade = b.Grade,
                    Planned = count,
                    Minimum = Math.Min(min, count),
                    FullDue = fullDue,
                    Q1 = q[0],
                    Q2 = q[1],
                    Q3 = q[2],
                    Q4 = q[3],
                });
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            db.Attach(plan);
        }

        plan.Planned = planned;
        db.Audit(before is null ? "food.plan.generated" : "food.plan.regenerated", "FoodInspectionPlan", $"{unit.Id}/{year}", before,
            new { plan.Businesses, plan.Planned, ungraded = businesses.Count(b => b.Grade is null) }, unit.DivisionCode);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await GetAsync(year, unit.Id, null, 1, 50, ct))!;
    }

    /// <summary>The plan of a unit (default: the caller's) and year, with one page of lines and their done counts.</summary>
    public async Task<PlanView?> GetAsync(int year, int? orgUnitId, string? q, int page, int size, CancellationToken ct)
    {
        var unitId = orgUnitId ?? actor.Current.OrgUnitId;
        var plan = await db.InspectionPlans.AsNoTracking().Where(p => p.Year == year && (unitId == null || p.OrgUnitId == unitId)).OrderBy(p => p.Id).FirstOrDefaultAsync(ct);
        if (plan is null) return null;
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var lines = db.InspectionPlanLines.AsNoTracking().Where(l => l.PlanId == plan.Id);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var (t, u) = (q.Trim(), q.Trim().ToUpperInvariant());
            lines = lines.Where(l => l.Name.Contains(t) || l.Uscc == u);
        }

        var withDone = lines.Select(l => new
        {
            Line = l,
            Done = db.Inspections.Count(i => i.BusinessId == l.BusinessId && i.InspectedOn >= from && i.InspectedOn <= to && i.ReinspectionOfId == null),
            FullDone = db.Inspections.Any(i => i.BusinessId == l.BusinessId && i.InspectedOn >= from && i.InspectedOn <= to && i.Full),
        });
        var total = await lines.CountAsync(ct);
        var doneCapped = await db.InspectionPlanLines.AsNoTracking().Where(l => l.PlanId == plan.Id)
            .Select(l => new { l.Planned, Done = db.Inspections.Count(i => i.BusinessId == l.BusinessId && i.InspectedOn >= from && i.InspectedOn <= to && i.ReinspectionOfId == null) })
            .SumAsync(x => x.Done > x.Planned ? x.Planned : x.Done, ct);
        size = Math.Clamp(size, 1, 200);
        var rows = await withDone.OrderBy(x => x.Done >= x.Line.Planned).ThenByDescending(x => x.Line.Planned).ThenBy(x => x.Line.Id)
            .Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new PlanView(plan.Id, plan.Year, plan.OrgUnitId, plan.OrgUnitName, plan.Businesses, plan.Planned, doneCapped, plan.GeneratedBy, plan.GeneratedAt,
            total, Math.Max(page, 1), size,
            [.. rows.Select(x => new PlanLineView(x.Line.BusinessId, x.Line.Uscc, x.Line.Name, x.Line.DivisionCode, x.Line.Grade is null ? "未分级" : $"{x.Line.Grade} 级",
                PlanRules.PlanGrade(x.Line.Grade), x.Line.Planned, x.Line.Minimum, x.Line.FullDue, x.FullDone, [x.Line.Q1, x.Line.Q2, x.Line.Q3, x.Line.Q4], x.Done))]);
    }

    /// <summary>两年全覆盖: active businesses with no full inspection in the last N years (rule setting), or never; oldest first.</summary>
    public async Task<CoverageGapPage> CoverageGapsAsync(string? division, int page, int size, CancellationToken ct)
    {
        var today = clock.Today();
        var years = rules.GetInt("food.full-inspection-years", today);
        var cutoff = today.AddYears(-years);
        var q = db.Businesses.AsNoTracking().Visible(actor.Current.Jurisdiction).Where(b => b.Active);
        if (!string.IsNullOrWhiteSpace(division)) q = q.Where(b => b.DivisionCode.StartsWith(division.Trim()));
        var gaps = q.Select(b => new { B = b, Last = db.Inspections.Where(i => i.BusinessId == b.Id && i.Full).Max(i => (DateOnly?)i.InspectedOn) })
            .Where(x => x.Last == null || x.Last <= cutoff);
        var total = await gaps.CountAsync(ct);
        // Never inspected: due two years after the business entered the food registry (shown as 从未全项检查).
        var rows = await gaps.OrderBy(x => x.Last).ThenBy(x => x.B.CreatedAt).ThenBy(x => x.B.Id).Skip(Paging.Skip(page, size)).Take(Math.Clamp(size, 1, 200))
            .Select(x => new { x.B.Id, x.B.Uscc, x.B.Name, x.B.DivisionCode, x.B.Type, x.B.Grade, x.B.CreatedAt, x.Last }).ToListAsync(ct);
        var overdue = await gaps.CountAsync(x => x.Last != null, ct);
        return new CoverageGapPage(total, overdue, Math.Max(page, 1), size, [.. rows.Select(x =>
        {
            var due = (x.Last ?? x.CreatedAt.ToChinaDate()).AddYears(years);
            return new CoverageGap(x.Id, x.Uscc, x.Name, x.DivisionCode, InspectionRecords.BusinessTypeName(x.Type), x.Grade, x.Last, due, Math.Max(0, today.DayNumber - due.DayNumber));
        })]);
    }

    private async Task<Dictionary<long, DateOnly?>> LastFullAsync(CancellationToken ct) =>
        await db.Inspections.AsNoTracking().Where(i => i.Full).GroupBy(i => i.BusinessId)
            .Select(g => new { g.Key, Last = g.Max(i => i.InspectedOn) }).ToDictionaryAsync(x => x.Key, x => (DateOnly?)x.Last, ct);
}
