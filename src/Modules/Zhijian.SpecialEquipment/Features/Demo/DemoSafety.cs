using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.SpecialEquipment.Contracts;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.SpecialEquipment.Domain.Safety;
using Zhijian.SpecialEquipment.Features.Hazards;

namespace Zhijian.SpecialEquipment.Features.Demo;

/// <summary>
/// Demo data of the Safety area (last): one hazard per 40 pieces of equipment in use (every 40th by id), in every state — of
/// each 20, 2 待整改 and 2 整改中 (one of each overdue), 1 已整改 waiting for 复查, 15 已销号 (one in ten rectified late); every 15th a
/// 重大隐患 of a serious kind. Deadlines from the rule book and the calendar as the service computes them; one timeline line each,
/// no per-row audit; the case clues of 重大 and overdue hazards go out with the first run of sequip.hazards-sweep. Then one
/// accident: an elevator entrapment of 2 h 10 min 12 days ago (一般事故), reported on time up to the province, 续报 pending, its
/// case clue in the outbox. Deterministic (seed 22, the app's clock); nothing when the registry is empty or hazards exist.
/// </summary>
internal static class DemoSafety
{
    private const int Every = 40;

    private static readonly (string Kind, string Text)[] General =
    [
        ("maintenance-lapse", "维保记录显示超过 15 日未进行维护保养"),
        ("self-check-missing", "使用单位未按月进行自行检查并记录"),
        ("records-missing", "安全技术档案缺少上次定期检验报告"),
        ("sign-missing", "未在显著位置张贴使用标志和安全注意事项"),
        ("emergency-missing", "轿厢五方通话装置不能正常通话"),
        ("operator-uncertified", "安全管理员证书过期未复审"),
    ];

    private static readonly (string Kind, string Text)[] Serious =
    [
        ("protection-failed", "限速器—安全钳联动试验不动作"),
        ("brake-failed", "制动器闸瓦磨损严重，制动力不足"),
        ("overdue-inspection", "定期检验超期仍在使用"),
    ];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<EquipmentDbContext>();
        if (await db.Hazards.IgnoreQueryFilters().AnyAsync(ct)) return;
        var equipment = await db.Equipment.IgnoreQueryFilters().AsNoTracking().Where(e => e.Status == EquipmentStatus.InUse).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.Code, e.Category, e.DivisionCode, e.UserUscc, e.UserName, e.Address }).ToListAsync(ct);
        if (equipment.Count == 0) return;
        var clock = sp.GetRequiredService<TimeProvider>();
        var calendar = sp.GetRequiredService<IWorkingCalendar>();
        var rules = sp.GetRequiredService<IRuleBook>();
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var random = new Random(22);
        var seq = new Dictionary<int, int>();
        var picked = equipment.Where((_, i) => i % Every == Every / 2).ToList();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < picked.Count; i++)
        {
            var e = picked[i];
            var major = i % 15 == 7;
            var (kind, text) = major ? Serious[i % Serious.Length] : General[i % General.Length];
            var grade = major ? HazardGrade.Major : HazardGrade.General;
            var slot = i % 20;
            var status = slot switch { < 2 => HazardStatus.Open, < 4 => HazardStatus.Rectifying, 4 => HazardStatus.Rectified, _ => HazardStatus.Closed };
            var overdue = slot is 0 or 2;
            var foundOn = status == HazardStatus.Closed ? today.AddDays(-random.Next(25, 170)) : overdue ? today.AddDays(-random.Next(45, 70)) : today.AddDays(-random.Next(1, 8));
            var period = rules.GetPeriod(grade == HazardGrade.Major ? HazardLoop.MajorKey : HazardLoop.GeneralKey, foundOn);
            var deadline = calendar.Deadline(foundOn, period);
            var year = foundOn.Year;
            seq[year] = seq.GetValueOrDefault(year) + 1;
            var h = new Hazard
            {
                Number = string.Create(CultureInfo.InvariantCulture, $"YH{year}{seq[year]:D6}"),
                EquipmentId = e.Id,
                EquipmentCode = e.Code,
                Category = e.Category,
                DivisionCode = e.DivisionCode,
                UserUscc = e.UserUscc,
                UserName = e.UserName,
                Source = (i % 4) switch { 0 => HazardSources.InspectionBody, 1 => HazardSources.Maintenance, _ => HazardSources.Inspector },
                Kind = kind,
                Description = text,
                Grade = grade,
                StopRequired = major,
                FoundOn = foundOn,
                FoundBy = i % 4 == 0 ? "山东省特种设备检验研究院济南分院" : "张伟",
                DeadlineOn = deadline,
                DeadlineRule = $"{SafetyNames.Of(grade)}整改期限 {period.ToChinese()}",
                Status = status,
                OrgUnitId = null,
                CreatedAt = ChinaTime.StartOfDay(foundOn).AddHours(10),
            };
            if (status != HazardStatus.Open)
            {
                h.NoticeOn = foundOn.AddDays(1) > today ? foundOn : foundOn.AddDays(1);
                h.NoticeNo = string.Create(CultureInfo.InvariantCulture, $"特设责改〔{h.NoticeOn.Value.Year}〕D{i + 1:D5}号");
            }

            if (status is HazardStatus.Rectified or HazardStatus.Closed)
            {
                var late = status == HazardStatus.Closed && i % 10 == 9;
                var span = Math.Max(1, deadline.DayNumber - foundOn.DayNumber);
                var rectified = late ? deadline.AddDays(random.Next(2, 10)) : foundOn.AddDays(random.Next(1, span + 1));
                h.RectifiedOn = rectified > today ? today : rectified;
                h.Measures = major ? "更换制动器闸瓦（部件）并经检验机构检验合格后恢复使用" : "已按要求整改，提交整改照片和记录";
                h.ReviewDueOn = calendar.Deadline(h.RectifiedOn.Value, rules.GetPeriod(HazardLoop.ReviewKey, h.RectifiedOn.Value));
                if (status == HazardStatus.Closed)
                {
                    h.ReviewedOn = h.RectifiedOn.Value.AddDays(random.Next(1, 4));
                    if (h.ReviewedOn > today) h.ReviewedOn = today;
                    h.ReviewedBy = "张伟";
                    h.ClosedOn = h.ReviewedOn;
                    h.ClosedOnTime = h.RectifiedOn <= h.DeadlineOn;
                }
            }

            db.Hazards.Add(h);
            db.HazardEvents.Add(new HazardEvent
            {
                Hazard = h,
                At = h.CreatedAt,
                Actor = h.FoundBy,
                Text = $"{HazardSources.NameOf(h.Source)}发现{SafetyNames.Of(grade)}（{HazardKinds.NameOf(kind)}）：{text}；应于 {deadline:yyyy-MM-dd} 前整改（{h.DeadlineRule}）" +
                    (h.ClosedOn is { } c ? $"；{c:yyyy-MM-dd} 复查通过销号" : ""),
            });
            if (i % 2000 == 1999)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await AccidentAsync(sp, db, equipment.FirstOrDefault(x => x.Category == EquipmentCategory.Elevator)?.Id, rules, now, ct);
    }

    private static async Task AccidentAsync(IServiceProvider sp, EquipmentDbContext db, long? elevatorId, IRuleBook rules, DateTimeOffset now, CancellationToken ct)
    {
        if (elevatorId is null) return;
        var e = await db.Equipment.IgnoreQueryFilters().AsNoTracking().SingleAsync(x => x.Id == elevatorId, ct);
        var trapped = new DateTimeOffset(ChinaTime.StartOfDay(now.ToChinaDate().AddDays(-12)).AddHours(18).AddMinutes(20).UtcDateTime, TimeSpan.Zero);
        var on = trapped.ToChinaDate();
        var cls = AccidentClassifier.Classify(new AccidentFacts(EquipmentCategory.Elevator, 0, 0, 0, 130, 2, false, 0, false, false, false, 0),
            AccidentThresholds.From(rules, on));
        var reportFrom = trapped.AddMinutes(rules.GetInt("sequip.accident-elevator-general", on));
        var a = new Accident
        {
            Number = string.Create(CultureInfo.InvariantCulture, $"SG{on.Year}0001"),
            Title = $"电梯{cls.Name}",
            EquipmentId = e.Id,
            EquipmentCode = e.Code,
            Category = EquipmentCategory.Elevator,
            UserUscc = e.UserUscc,
            UserName = e.UserName,
            DivisionCode = e.DivisionCode,
            OccurredAt = trapped,
            OccurredOn = on,
            ReportFrom = reportFrom,
            Place = e.Address,
            StrandedMinutes = 130,
            StrandedPeople = 2,
            Description = "电梯运行中突然停梯，2 名乘客被困轿厢 2 小时 10 分钟，维保单位到场后手动盘车救出，无人员受伤；原因为主板故障",
            ReporterUnit = e.UserName,
            Class = cls.Class,
            ClassReason = cls.Reason,
            Status = AccidentStatus.Reporting,
            CreatedAt = reportFrom.AddMinutes(40),
            CreatedBy = "张伟",
        };
        db.Accidents.Add(a);
        var reports = AccidentDeadlines.Chain(cls.Class).Select(c => new AccidentReport { Accident = a, Seq = c.Seq, Route = c.Route }).ToList();
        DateTimeOffset at = reportFrom.AddMinutes(40);
        string[] by = [e.UserName, "区市场监管局特种设备科", "济南市市场监管局特种设备处"];
        foreach (var r in reports.Where(r => r.Seq != AccidentDeadlines.FollowUpSeq))
        {
            r.ReportedAt = at;
            r.ReportedBy = by[Math.Min(r.Seq - 1, by.Length - 1)];
            r.RecordedBy = "张伟";
            at = at.AddMinutes(90);
        }

        AccidentDeadlines.Recompute(reports, reportFrom, new ReportRules(rules.GetInt("sequip.accident-report-unit", on),
            rules.GetInt("sequip.accident-report-level", on), rules.GetInt("sequip.accident-followup", on)));
        db.AccidentReports.AddRange(reports);
        db.AccidentEvents.Add(new AccidentEvent { Accident = a, At = a.CreatedAt, Actor = "张伟", Text = $"登记{cls.Name}：{a.Description}（{cls.Reason}）" });
        await db.SaveChangesAsync(ct);
        a.ClueRaisedAt = now;
        db.Publish(new EquipmentCaseClue("accident", a.Id, a.Number, a.UserUscc, a.UserName, $"{a.Title}：{a.Description}；{a.ClassReason}", on, "张伟",
            a.DivisionCode, null));
        await db.SaveChangesAsync(ct);
    }
}
