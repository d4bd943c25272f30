using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Inspections;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Features.Inspections;

/// <summary>
/// The stored schedule of one equipment (<see cref="IEquipmentSchedules"/>): staged on the caller's context — the registry's
/// change or an inspection result — so it commits with it.
/// </summary>
internal sealed class ScheduleStore(EquipmentDbContext db, ScheduleRules rules, TimeProvider clock) : IEquipmentSchedules
{
    public async Task StageAsync(Equipment equipment, CancellationToken ct)
    {
        var history = equipment.Id == 0 ? [] : await db.Inspections.IgnoreQueryFilters().Where(i => i.EquipmentId == equipment.Id)
            .OrderBy(i => i.InspectedOn).ThenBy(i => i.Id).ToListAsync(ct);
        await StageAsync(equipment, history, ct);
    }

    /// <summary>Stages the schedule from <paramref name="history"/> (which may hold results not saved yet).</summary>
    public async Task<ComputedSchedule> StageAsync(Equipment equipment, IReadOnlyList<EquipmentInspection> history, CancellationToken ct)
    {
        var today = clock.Today();
        var computed = ScheduleRules.Compute(ScheduleFacts.Of(equipment), [.. history.Select(ScheduleRules.Fact)], rules.Lookup(), today, rules.WarnDays(today));
        var row = equipment.Id == 0 ? null
            : db.Schedules.Local.FirstOrDefault(s => s.EquipmentId == equipment.Id)
              ?? await db.Schedules.IgnoreQueryFilters().SingleOrDefaultAsync(s => s.EquipmentId == equipment.Id, ct);
        if (row is null)
        {
            row = new EquipmentSchedule { DivisionCode = equipment.DivisionCode };
            if (equipment.Id == 0) row.Equipment = equipment;
            else row.EquipmentId = equipment.Id;
            db.Schedules.Add(row);
        }

        var last = history.Where(h => h.Kind is InspectionKind.Periodic or InspectionKind.Supervision or InspectionKind.SelfTest or InspectionKind.AnnualCheck)
            .OrderBy(h => h.InspectedOn).LastOrDefault();
        row.DivisionCode = equipment.DivisionCode;
        row.Category = equipment.Category;
        row.InUse = equipment.Status == EquipmentStatus.InUse;
        row.NextDue = computed.NextDue;
        row.NextKind = computed.NextKind;
        row.NextPeriodic = computed.NextPeriodic;
        row.Warning = computed.Warning;
        row.Note = computed.Note;
        row.LastInspectedOn = last?.InspectedOn;
        row.LastConclusion = last?.Conclusion;
        row.LastBody = last?.BodyName;
        row.RulesStamp = rules.Stamp();
        row.ComputedAt = clock.GetUtcNow();
        return computed;
    }

    public async Task<EquipmentInspectionSummary?> SummaryAsync(long equipmentId, CancellationToken ct)
    {
        var s = await db.Schedules.AsNoTracking().SingleOrDefaultAsync(x => x.EquipmentId == equipmentId, ct);
        return s is null ? null
            : new EquipmentInspectionSummary(s.LastInspectedOn, s.LastConclusion, s.LastBody, s.NextDue, s.NextKind, s.Warning == DueWarning.Overdue);
    }
}
