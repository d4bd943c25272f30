using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Inspections;
using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.SpecialEquipment.Features.Inspections;

namespace Zhijian.SpecialEquipment.Features.Demo;

/// <summary>
/// Demo data of the Inspections area (after the registry's): two inspection bodies "（演示）"; for every equipment in use its
/// schedule's items of the last five years done by them — mostly 合格 in the due month, some early (elevators, within the
/// window), about 2 % 不合格 followed by a 复检合格, a few body next-dues that differ from the engine's (检验日期不一致), about
/// 3 % of the latest items left undone (超期未检) — then every stored schedule. Deterministic (seed 22), the app's clock;
/// bulk inserts without per-row audit. Nothing when the registry has no equipment or bodies exist.
/// </summary>
internal static class DemoInspections
{
    private const int Chunk = 4000;

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<EquipmentDbContext>();
        if (await db.InspectionBodies.IgnoreQueryFilters().AnyAsync(ct)) return;
        if (!await db.Equipment.IgnoreQueryFilters().AnyAsync(ct)) return;
        var clock = sp.GetRequiredService<TimeProvider>();
        var rules = sp.GetRequiredService<ScheduleRules>();
        var book = sp.GetRequiredService<IRuleBook>();
        var calendar = sp.GetRequiredService<IWorkingCalendar>();
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var lookup = rules.Lookup();
        var warn = rules.WarnDays(today);
        var stamp = rules.Stamp();
        var objection = Period.Parse(book.Get("sequip.inspection-objection", today));

        var institute = new InspectionBody
        {
            Name = "济南市特种设备检验研究院（演示）",
            Uscc = Uscc.Build('1', '2', "370100", "MB220122"),
            LicenceNo = "TS7110001-2028（演示）",
            Categories = "1,2,3,4,5,6,8,9",
            CreatedAt = now,
        };
        var branch = new InspectionBody
        {
            Name = "山东省特种设备检验研究院济南分院（演示）",
            Uscc = Uscc.Build('1', '2', "370000", "MB220123"),
            LicenceNo = "TS7110002-2028（演示）",
            Categories = "1,2,4,8",
            CreatedAt = now,
        };
        db.InspectionBodies.AddRange(institute, branch);
        await db.SaveChangesAsync(ct);

        var rng = new Random(22);
        var from = ScheduleEngine.Month(today).AddYears(-5);
        var serial = 0;
        var last = 0L;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        while (true)
        {
            var from0 = last;
            var equipment = await db.Equipment.IgnoreQueryFilters().AsNoTracking().Where(e => e.Id > from0).OrderBy(e => e.Id).Take(Chunk).ToListAsync(ct);
            if (equipment.Count == 0) break;
            last = equipment[^1].Id;
            var ids = equipment.Select(e => e.Id).ToList();
            await db.Schedules.IgnoreQueryFilters().Where(s => ids.Contains(s.EquipmentId)).ExecuteDeleteAsync(ct);
            var results = new List<EquipmentInspection>();
            var schedules = new List<EquipmentSchedule>();
            foreach (var e in equipment)
            {
                var facts = ScheduleFacts.Of(e);
                var history = new List<EquipmentInspection>();
                if (e.Status == EquipmentStatus.InUse && ScheduleEngine.HasSchedule(facts))
                {
                    var items = ScheduleEngine.Schedule(facts, [], lookup, ScheduleEngine.Month(today).AddMonths(1));
                    var body = branch.MayInspect(e.Category) && rng.Next(3) == 0 ? branch : institute;
                    for (var n = 0; n < items.Count; n++)
                    {
                        var item = items[n];
                        if (item.Due < from) continue;
                        var latest = !items.Skip(n + 1).Any(i => i.Kind == item.Kind);
                        if (latest && (rng.NextDouble() < 0.03 || (item.Due.AddMonths(1) > today && rng.Next(2) == 0))) continue; // 超期未检 / not yet done
                        var on = item.Due.AddDays(rng.Next(0, 26));
                        if (e.Category == EquipmentCategory.Elevator && rng.NextDouble() < 0.06) on = item.Due.AddMonths(-1).AddDays(rng.Next(0, 20)); // early, within the window
                        if (on > today) on = today;
                        var kind = item.Kind switch
                        {
                            DueKinds.SelfTest => InspectionKind.SelfTest,
                            DueKinds.AnnualCheck => InspectionKind.AnnualCheck,
                            DueKinds.PressureTest => InspectionKind.PressureTest,
                            _ => InspectionKind.Periodic,
                        };
                        var nextPeriodic = item.Kind == DueKinds.Periodic ? items.Skip(n + 1).FirstOrDefault(i => i.Kind == DueKinds.Periodic)?.Due : null;
                        var failed = rng.NextDouble() < 0.02 && kind != InspectionKind.PressureTest;
                        var r = Result(e, body, kind, on, failed, ref serial, now);
                        if (nextPeriodic is { } np && !failed)
                        {
                            r.BodyNextDue = np.AddDays(rng.Next(0, 20));
                            if (rng.NextDouble() < 0.01)
                            {
                                r.ComputedNextDue = np;
                                r.BodyNextDue = np.AddMonths(-12);
                                r.Mismatch = MismatchState.Open;
                            }
                        }

                        if (failed)
                        {
                            r.ObjectionBy = calendar.Deadline(on, objection);
                            var retest = on.AddDays(rng.Next(10, 30));
                            if (retest <= today)
                            {
                                var again = Result(e, body, kind, retest, false, ref serial, now);
                                again.Conclusion = kind == InspectionKind.AnnualCheck ? "符合要求" : "复检合格";
                                again.SatisfiedDue = item.Due;
                                history.Add(r);
                                history.Add(again);
                                continue;
                            }

                            if (r.ObjectionBy >= today && rng.Next(2) == 0)
                            {
                                r.Objection = ObjectionState.Open;
                                r.ObjectedOn = today;
                                r.ObjectionReason = "使用单位认为检验时曳引钢丝绳磨损测量方法不当，申请复核（演示）";
                            }
                        }
                        else
                        {
                            r.SatisfiedDue = item.Due;
                        }

                        history.Add(r);
                    }
                }

                results.AddRange(history);
                var computed = ScheduleRules.Compute(facts, [.. history.Select(ScheduleRules.Fact)], lookup, today, warn);
                var lastDone = history.LastOrDefault(h => h.Kind != InspectionKind.PressureTest);
                schedules.Add(new EquipmentSchedule
                {
                    EquipmentId = e.Id,
                    DivisionCode = e.DivisionCode,
                    Category = e.Category,
                    InUse = e.Status == EquipmentStatus.InUse,
                    NextDue = computed.NextDue,
                    NextKind = computed.NextKind,
                    NextPeriodic = computed.NextPeriodic,
                    Warning = computed.Warning,
                    Note = computed.Note,
                    LastInspectedOn = lastDone?.InspectedOn,
                    LastConclusion = lastDone?.Conclusion,
                    LastBody = lastDone?.BodyName,
                    RulesStamp = stamp,
                    ComputedAt = now,
                });
            }

            db.Inspections.AddRange(results);
            db.Schedules.AddRange(schedules);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            if (equipment.Count < Chunk) break;
        }
    }

    private static EquipmentInspection Result(Equipment e, InspectionBody body, InspectionKind kind, DateOnly on, bool failed, ref int serial, DateTimeOffset now) => new()
    {
        EquipmentId = e.Id,
        EquipmentCode = e.Code,
        DivisionCode = e.DivisionCode,
        Category = e.Category,
        UserName = e.UserName,
        BodyId = body.Id,
        BodyName = body.Name,
        Kind = kind,
        InspectedOn = on,
        Conclusion = failed ? (kind == InspectionKind.AnnualCheck ? "不符合要求" : "不合格") : (kind == InspectionKind.AnnualCheck ? "符合要求" : "合格"),
        Passed = !failed,
        ReportNo = string.Create(CultureInfo.InvariantCulture, $"JNTJ{on.Year}-{++serial:D6}"),
        Defects = failed ? """[{"item":"安全保护装置","description":"限速器动作速度校验不合格（演示）","hazard":false}]""" : "[]",
        CreatedAt = now,
        CreatedBy = "演示数据",
    };
}
