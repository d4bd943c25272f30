using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Web;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Inspections;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Features.Inspections;

/// <summary>The inspections area's reads: the warning lists (stored schedules), results, an equipment's computed schedule.</summary>
internal sealed class InspectionQueries(EquipmentDbContext db, ScheduleRules rules, TimeProvider clock)
{
    /// <summary>
    /// Stored schedules by warning: "overdue" (超期未检, in use), "soon" (60/30 日内到期), "30", "60". Filters: 属地 (division
    /// prefix), category; ordered by the due month. Paged in the database on the (Warning, DivisionCode, Category, NextDue) index.
    /// </summary>
    public async Task<SequipPage<ScheduleRow>> SchedulesAsync(string? warning, string? division, int? category, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var q = db.Schedules.AsNoTracking().Where(s => s.InUse);
        q = warning switch
        {
            "overdue" => q.Where(s => s.Warning == DueWarning.Overdue),
            "30" => q.Where(s => s.Warning == DueWarning.Days30),
            "60" => q.Where(s => s.Warning == DueWarning.Days60),
            _ => q.Where(s => s.Warning == DueWarning.Days30 || s.Warning == DueWarning.Days60),
        };
        if (!string.IsNullOrWhiteSpace(division)) q = q.Where(s => s.DivisionCode.StartsWith(division.Trim()));
        if (category is { } c) q = q.Where(s => s.Category == (EquipmentCategory)c);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(s => s.NextDue).ThenBy(s => s.EquipmentId).Skip(Paging.Skip(page, size)).Take(size)
            .Select(s => new
            {
                s.EquipmentId,
                s.Equipment!.Code,
                s.Equipment.Variety,
                s.Category,
                s.Equipment.UserName,
                s.Equipment.Address,
                s.DivisionCode,
                s.NextDue,
                s.NextKind,
                s.NextPeriodic,
                s.Warning,
                s.LastInspectedOn,
                s.LastConclusion,
                s.ClueSentFor,
            }).ToListAsync(ct);
        return new([.. rows.Select(r => new ScheduleRow(r.EquipmentId, r.Code, r.Variety, EquipmentCatalog.NameOf(r.Category), r.UserName, r.Address, r.DivisionCode,
            r.NextDue, r.NextKind is null ? null : DueKinds.Name(r.NextKind, r.Category), r.NextPeriodic, ScheduleRules.WarningName(r.Warning), r.LastInspectedOn,
            r.LastConclusion, r.ClueSentFor != null && r.ClueSentFor == r.NextDue))], total, Math.Max(page, 1), size);
    }

    /// <summary>Results: filters code, conclusion ("failed" = 不合格/不符合要求), list ("mismatch" open, "objection" open), dates.</summary>
    public async Task<SequipPage<InspectionView>> ResultsAsync(string? code, string? list, bool? failed, DateOnly? from, DateOnly? to, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var q = db.Inspections.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(code)) q = q.Where(i => i.EquipmentCode == code.Trim());
        if (list == "mismatch") q = q.Where(i => i.Mismatch == MismatchState.Open);
        if (list == "objection") q = q.Where(i => i.Objection == ObjectionState.Open);
        if (failed is { } f) q = q.Where(i => i.Passed == !f);
        if (from is { } a) q = q.Where(i => i.InspectedOn >= a);
        if (to is { } b) q = q.Where(i => i.InspectedOn <= b);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new([.. rows.Select(InspectionResults.View)], total, Math.Max(page, 1), size);
    }

    /// <summary>An equipment's computed schedule for <paramref name="years"/> years from its origin (null: unknown code).</summary>
    public async Task<ScheduleDetail?> ScheduleAsync(string code, int years, CancellationToken ct)
    {
        var e = await db.Equipment.AsNoTracking().SingleOrDefaultAsync(x => x.Code == code, ct);
        if (e is null) return null;
        var history = await db.Inspections.AsNoTracking().Where(i => i.EquipmentId == e.Id).OrderBy(i => i.InspectedOn).ThenBy(i => i.Id).ToListAsync(ct);
        var facts = ScheduleFacts.Of(e);
        var origin = (e.Category == EquipmentCategory.Elevator ? e.SupervisionMonth ?? e.FirstUseOn : e.FirstUseOn ?? e.MadeOn ?? e.SupervisionMonth) ?? clock.Today();
        var items = ScheduleEngine.Schedule(facts with { Status = EquipmentStatus.InUse }, [.. history.Select(ScheduleRules.Fact)], rules.Lookup(),
            ScheduleEngine.Month(origin).AddYears(years).AddDays(1));
        var stored = await db.Schedules.AsNoTracking().SingleOrDefaultAsync(s => s.EquipmentId == e.Id, ct);
        return new ScheduleDetail(e.Id, e.Code, EquipmentCatalog.NameOf(e.Category), EquipmentCatalog.Find(e.Variety)?.Name ?? e.Variety, e.UserName,
            ScheduleEngine.NoScheduleReason(facts), stored?.NextDue, stored?.NextKind is { } k ? DueKinds.Name(k, e.Category) : null,
            ScheduleRules.WarningName(stored?.Warning ?? DueWarning.None),
            [.. items.Select(i => new DueItemView(i.Due.ToString("yyyy-MM", CultureInfo.InvariantCulture), i.Kind, DueKinds.Name(i.Kind, e.Category), i.DoneOn))]);
    }
}
