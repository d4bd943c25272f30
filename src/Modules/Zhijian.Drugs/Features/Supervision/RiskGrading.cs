using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Drugs.Domain.Supervision;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Jobs;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;

namespace Zhijian.Drugs.Features.Supervision;

/// <summary>
/// 风险分级: every active pharmacy, device and cosmetics business in the caller's jurisdiction gets its grade (一级–四级) from its kind and
/// the last 12 months' inspections (<see cref="SupervisionRules.Grade"/>) and its next inspection date from the grade's interval; overdue
/// 复查 are swept to case clues first (they weigh in the grade).
/// </summary>
internal sealed class RiskGrading(DrugsDbContext db, SupervisionBook book, IRuleBook rules, TimeProvider clock)
{
    public async Task<RecomputeResult> RecomputeAsync(CancellationToken ct)
    {
        var overdue = await book.SweepOverdueAsync(ct);
        var today = clock.Today();
        var since = today.AddMonths(-12);
        var list = await db.Businesses.AsNoTracking().Where(b => b.Active && b.Kind != DrugBusinessKind.Wholesale && b.Kind != DrugBusinessKind.ChainHeadquarters)
            .Select(b => new { b.Id, b.Kind, b.DivisionCode }).ToListAsync(ct);
        var findings = (await db.Inspections.AsNoTracking().Where(i => i.InspectedOn > since)
                .Select(i => new { i.BusinessId, i.InspectedOn, i.FailedItems, i.FailedKeyItems, i.Conclusion, i.Rectify }).ToListAsync(ct))
            .GroupBy(i => i.BusinessId).ToDictionary(g => g.Key, g => g.Select(i => new SupervisionRules.Finding(i.InspectedOn, i.FailedItems, i.FailedKeyItems, i.Conclusion, i.Rectify)).ToList());
        var last = (await db.Inspections.AsNoTracking().GroupBy(i => i.BusinessId).Select(g => new { g.Key, Last = g.Max(i => i.InspectedOn) }).ToListAsync(ct))
            .ToDictionary(x => x.Key, x => x.Last);
        var existing = await db.RiskGrades.ToDictionaryAsync(r => r.BusinessId, ct);
        var now = clock.GetUtcNow();
        var counts = new Dictionary<string, int>();
        foreach (var b in list)
        {
            var (grade, score, reasons) = SupervisionRules.Grade(b.Kind, findings.GetValueOrDefault(b.Id) ?? [], today, rules);
            DateOnly? lastOn = last.TryGetValue(b.Id, out var l) ? l : null;
            if (!existing.TryGetValue(b.Id, out var r))
            {
                r = new DrugRiskGrade { BusinessId = b.Id, DivisionCode = b.DivisionCode };
                db.RiskGrades.Add(r);
            }

            r.DivisionCode = b.DivisionCode;
            r.Grade = grade;
            r.Score = score;
            r.Reasons = SupervisionBook.Cut(reasons, 500);
            r.LastInspectedOn = lastOn;
            r.NextDueOn = SupervisionRules.NextDue(grade, lastOn, today, rules);
            r.ComputedAt = now;
            var name = SupervisionRules.GradeName(grade);
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }

        db.Audit("drugs.risk.recomputed", "DrugRiskGrade", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null,
            new { Graded = list.Count, Grades = counts, RechecksOverdue = overdue }, null);
        await db.SaveChangesAsync(ct);
        return new RecomputeResult(list.Count, overdue, counts);
    }
}

/// <summary>Nightly: overdue 复查 → case clues; risk grades and next inspection dates recomputed.</summary>
internal sealed class RiskRecomputeJob : IScheduledJob
{
    public const string Key = "drugs.risk-recompute";
    public const string Cron = "0 20 3 * * ?";

    public async Task ExecuteAsync(IServiceProvider services, CancellationToken ct)
    {
        services.GetRequiredService<ActorContext>().UseSystem();
        await services.GetRequiredService<RiskGrading>().RecomputeAsync(ct);
    }
}
