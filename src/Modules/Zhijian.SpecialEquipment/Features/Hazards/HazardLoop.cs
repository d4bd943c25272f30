using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.SpecialEquipment.Contracts;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.SpecialEquipment.Domain.Safety;

namespace Zhijian.SpecialEquipment.Features.Hazards;

/// <summary>
/// 隐患闭环: report (inspectors' form and API, inspection bodies' API, the <see cref="IHazardIntake"/> seam), 责令整改通知书,
/// 整改报告, 复查 (通过 → 销号; 不通过 → 整改中 with a new deadline) and the overdue sweep. A 重大隐患 and an overdue one are
/// 案件线索 (<see cref="EquipmentCaseClue"/> "hazard"), once per hazard (<see cref="Hazard.ClueRaisedAt"/>). Each step is validated
/// (Chinese message naming the field), audited and written to the timeline in the same save.
/// </summary>
internal sealed class HazardLoop(
    EquipmentDbContext db, ActorContext actor, IRuleBook rules, IWorkingCalendar calendar, OrgUnitDirectory units, HazardQueries queries,
    TimeProvider clock)
{
    public const string GeneralKey = "sequip.hazard-deadline-general";
    public const string MajorKey = "sequip.hazard-deadline-major";
    public const string ReviewKey = "sequip.hazard-review";

    public static bool CanWork(Actor a) =>
        a.IsInRole(Roles.Inspector) || SequipAccess.CanAdminister(a)
        || (a.IsApiClient && (a.HasScope(SequipAccess.WriteScope) || a.HasScope(SequipAccess.InspectScope)));

    public async Task<Result<HazardView>> ReportAsync(string code, ReportHazard cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!CanWork(a)) return Result<HazardView>.Forbidden("只有特种设备监察人员、科室负责人或检验机构可以报送隐患");
        var today = clock.Today();
        var errors = new FieldErrors();
        var key = code?.Trim().ToUpperInvariant() ?? "";
        var equipment = key.Length == 0 ? null : await db.Equipment.SingleOrDefaultAsync(e => e.Code == key, ct);
        if (equipment is null) errors.Add("code", $"设备代码“{code}”不在特种设备台账中（或不在您的管辖范围内）");
        else if (equipment.Status is EquipmentStatus.Scrapped or EquipmentStatus.Cancelled)
            errors.Add("code", $"设备 {equipment.Code} 已{(equipment.Status == EquipmentStatus.Scrapped ? "报废" : "注销")}，不再登记隐患");
        var source = string.IsNullOrWhiteSpace(cmd.Source)
            ? a.IsApiClient && a.HasScope(SequipAccess.InspectScope) ? HazardSources.InspectionBody : HazardSources.Inspector
            : cmd.Source.Trim();
        if (!HazardSources.All.Contains(source)) errors.Add("source", "隐患来源应为 inspector（监督检查）、inspection-body（检验机构）、rescue（96333）或 maintenance（维保单位）");
        var draft = Validate(cmd.Kind, cmd.Description, cmd.Grade, cmd.FoundOn, cmd.DeadlineOn, cmd.SourceReference, today, errors);
        if (errors.Count > 0) return Result<HazardView>.Invalid(errors.ToDictionary());

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var unit = a.OrgUnitId is { } uid ? await units.FindAsync(uid, ct) : await units.BureauForAsync(equipment!.DivisionCode, ct);
        var hazard = await StageAsync(equipment!, source, draft!.Kind, draft.Description, draft.Major, draft.FoundOn, a.ShownName, draft.DeadlineOn,
            Trim(cmd.SourceReference), unit?.Id, ct);
        await db.SaveChangesAsync(ct);
        if (hazard.Grade == HazardGrade.Major) RaiseClue(hazard, $"发现重大隐患：{HazardKinds.NameOf(hazard.Kind)}，{hazard.Description}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await queries.GetAsync(hazard.Id, ct))!;
    }

    /// <summary>The checked fields of a new hazard.</summary>
    internal sealed record Draft(string Kind, string Description, bool Major, DateOnly FoundOn, DateOnly? DeadlineOn);

    internal static Draft? Validate(string? kind, string? description, int? grade, DateOnly? foundOn, DateOnly? deadlineOn, string? reference,
        DateOnly today, FieldErrors errors)
    {
        var k = HazardKinds.Find(kind?.Trim());
        if (k is null) errors.Add("kind", $"隐患类别“{kind}”无效，应为：{string.Join("、", HazardKinds.All.Select(x => $"{x.Code}（{x.Name}）"))}");
        errors.Require("description", description, "隐患描述", 1000);
        if (grade is not (null or 1 or 2)) errors.Add("grade", $"隐患等级应为 1（一般隐患）或 2（重大隐患），不能为 {grade}");
        var found = foundOn ?? today;
        if (found > today) errors.Add("foundOn", "发现日期晚于今天");
        else if (found < today.AddYears(-1)) errors.Add("foundOn", "发现日期早于一年前，请核实");
        if (deadlineOn is { } d && (d <= found || d < today)) errors.Add("deadlineOn", "整改期限应晚于发现日期且不早于今天");
        if (reference?.Trim().Length > 60) errors.Add("sourceReference", "来源编号不能超过 60 个字符");
        if (errors.Count > 0) return null;
        return new(k!.Code, description!.Trim(), k.Serious || grade == 2, found, deadlineOn);
    }

    /// <summary>Stages (no save) a hazard with its deadline, timeline and audit entry; a staged 重大隐患's clue goes out with the sweep.</summary>
    internal async Task<Hazard> StageAsync(Equipment equipment, string source, string kind, string description, bool major, DateOnly foundOn, string foundBy,
        DateOnly? deadlineOn, string? reference, int? orgUnitId, CancellationToken ct)
    {
        var grade = major ? HazardGrade.Major : HazardGrade.General;
        var (deadline, rule) = deadlineOn is { } given ? (given, "责令整改通知书确定的期限") : Deadline(grade, foundOn);
        var now = clock.GetUtcNow();
        var hazard = new Hazard
        {
            Number = await NextNumberAsync(foundOn.Year, ct),
            EquipmentId = equipment.Id,
            EquipmentCode = equipment.Code,
            Category = equipment.Category,
            DivisionCode = equipment.DivisionCode,
            UserUscc = equipment.UserUscc,
            UserName = equipment.UserName,
            Source = source,
            SourceReference = reference,
            Kind = kind,
            Description = description,
            Grade = grade,
            StopRequired = major,
            FoundOn = foundOn,
            FoundBy = foundBy,
            DeadlineOn = deadline,
            DeadlineRule = rule,
            Status = HazardStatus.Open,
            OrgUnitId = orgUnitId,
            CreatedAt = now,
        };
        db.Hazards.Add(hazard);
        db.Audit("sequip.hazard.reported", "SequipHazard", hazard.Number, null,
            new { hazard.EquipmentCode, Kind = HazardKinds.NameOf(kind), Grade = SafetyNames.Of(grade), hazard.Source, hazard.FoundOn, hazard.DeadlineOn }, hazard.DivisionCode);
        History(hazard, $"{HazardSources.NameOf(source)}发现{SafetyNames.Of(grade)}（{HazardKinds.NameOf(kind)}）：{description}；责任单位 {equipment.UserName}；" +
            $"应于 {deadline:yyyy-MM-dd} 前整改（{rule}）{(major ? "；重大隐患，须停用整改" : "")}");
        return hazard;
    }

    /// <summary>整改期限 by grade from <paramref name="from"/> (rule in force on that day).</summary>
    internal (DateOnly Due, string Rule) Deadline(HazardGrade grade, DateOnly from)
    {
        var key = grade == HazardGrade.Major ? MajorKey : GeneralKey;
        var period = rules.GetPeriod(key, from);
        return (calendar.Deadline(from, period), $"{SafetyNames.Of(grade)}整改期限 {period.ToChinese()}");
    }

    public Task<Result<HazardView>> NoticeAsync(long id, IssueHazardNotice cmd, CancellationToken ct) => Step(id, staffOnly: true, (h, today, errors) =>
    {
        if (h.Status != HazardStatus.Open) return Conflict("status", $"隐患当前为“{SafetyNames.Of(h.Status)}”，责令整改通知书已于 {h.NoticeOn:yyyy-MM-dd} 下达");
        var on = cmd.NoticeOn ?? today;
        if (on < h.FoundOn || on > today) errors.Add("noticeOn", $"通知书日期应在发现之日 {h.FoundOn:yyyy-MM-dd} 与今天之间");
        if (errors.Count > 0) return null;
        h.NoticeOn = on;
        h.NoticeNo = string.Create(CultureInfo.InvariantCulture, $"特设责改〔{on.Year}〕{h.Id:D6}号");
        h.Status = HazardStatus.Rectifying;
        return Done("sequip.hazard.notice", new { h.NoticeNo, h.NoticeOn, h.DeadlineOn },
            $"下达责令整改通知书 {h.NoticeNo}（{on:yyyy-MM-dd}），责令 {h.UserName} 于 {h.DeadlineOn:yyyy-MM-dd} 前整改{(h.StopRequired ? "，整改期间停止使用" : "")}");
    }, ct);

    public Task<Result<HazardView>> RectifyAsync(long id, RectifyHazard cmd, CancellationToken ct) => Step(id, staffOnly: false, (h, today, errors) =>
    {
        if (h.Status == HazardStatus.Open) return Invalid("status", "尚未下达责令整改通知书：须先下达通知书，再登记整改报告");
        if (h.Status != HazardStatus.Rectifying) return Conflict("status", $"隐患当前为“{SafetyNames.Of(h.Status)}”，不能再登记整改报告");
        var on = cmd.RectifiedOn ?? today;
        if (on < h.FoundOn || on > today) errors.Add("rectifiedOn", $"整改完成日期应在发现之日 {h.FoundOn:yyyy-MM-dd} 与今天之间");
        errors.Require("measures", cmd.Measures, "整改措施", 1000);
        if (errors.Count > 0) return null;
        h.RectifiedOn = on;
        h.Measures = cmd.Measures!.Trim();
        h.ReviewDueOn = calendar.Deadline(today, rules.GetPeriod(ReviewKey, today));
        h.Status = HazardStatus.Rectified;
        var late = on > h.DeadlineOn;
        return Done("sequip.hazard.rectified", new { h.RectifiedOn, h.Measures, h.ReviewDueOn },
            $"收到整改报告：{on:yyyy-MM-dd} 整改完成（{(late ? $"超过整改期限 {h.DeadlineOn:yyyy-MM-dd}" : "在整改期限内")}），措施：{h.Measures}；应于 {h.ReviewDueOn:yyyy-MM-dd} 前复查");
    }, ct);

    public Task<Result<HazardView>> ReviewAsync(long id, ReviewHazard cmd, CancellationToken ct) => Step(id, staffOnly: true, (h, today, errors) =>
    {
        if (h.Status != HazardStatus.Rectified) return Invalid("status", $"隐患当前为“{SafetyNames.Of(h.Status)}”：收到整改报告后才能复查");
        if (!cmd.Passed) errors.Require("opinion", cmd.Opinion, "复查不通过的理由", 500);
        else if (cmd.Opinion?.Trim().Length > 500) errors.Add("opinion", "复查意见不能超过 500 个字符");
        if (cmd.Passed && cmd.NewDeadlineOn is not null) errors.Add("newDeadlineOn", "复查通过时不设新的整改期限");
        if (!cmd.Passed && cmd.NewDeadlineOn is { } nd && nd <= today) errors.Add("newDeadlineOn", "新的整改期限应晚于今天");
        if (errors.Count > 0) return null;
        h.ReviewedOn = today;
        h.ReviewedBy = actor.Current.ShownName;
        h.ReviewOpinion = Trim(cmd.Opinion);
        if (cmd.Passed)
        {
            h.Status = HazardStatus.Closed;
            h.ClosedOn = today;
            h.ClosedOnTime = h.RectifiedOn <= h.DeadlineOn;
            return Done("sequip.hazard.reviewed", new { Result = "通过", h.ClosedOn, h.ClosedOnTime },
                $"复查通过，隐患销号（{(h.ClosedOnTime == true ? "按期整改" : "逾期整改")}）{(h.ReviewOpinion is null ? "" : $"：{h.ReviewOpinion}")}");
        }

        var (due, rule) = cmd.NewDeadlineOn is { } given ? (given, "复查意见确定的期限") : Deadline(h.Grade, today);
        var before = h.DeadlineOn;
        h.Round++;
        h.DeadlineOn = due;
        h.DeadlineRule = rule;
        h.RectifiedOn = null;
        h.ReviewDueOn = null;
        h.Status = HazardStatus.Rectifying;
        return Done("sequip.hazard.reviewed", new { Result = "不通过", h.ReviewOpinion, h.DeadlineOn, Before = before, h.Round },
            $"复查不通过：{h.ReviewOpinion}；重新整改（第 {h.Round} 轮），应于 {due:yyyy-MM-dd} 前整改（{rule}）");
    }, ct);

    /// <summary>
    /// 逾期 sweep (job sequip.hazards-sweep, and the list's 逾期 tab reads the same condition): every hazard overdue and every 重大隐患
    /// whose clue has not gone out raises its case clue now, once. Returns how many.
    /// </summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var n = 0;
        while (true)
        {
            var batch = await db.Hazards.Where(h => h.ClueRaisedAt == null && h.Status != HazardStatus.Closed
                    && (h.Grade == HazardGrade.Major || ((h.Status == HazardStatus.Open || h.Status == HazardStatus.Rectifying) && h.DeadlineOn < today)))
                .OrderBy(h => h.Id).Take(500).ToListAsync(ct);
            if (batch.Count == 0) return n;
            foreach (var h in batch)
            {
                var overdue = h.DeadlineOn < today && h.Status is HazardStatus.Open or HazardStatus.Rectifying;
                var facts = overdue
                    ? $"{SafetyNames.Of(h.Grade)}逾期未整改：{HazardKinds.NameOf(h.Kind)}，{h.Description}（整改期限 {h.DeadlineOn:yyyy-MM-dd}）"
                    : $"发现重大隐患：{HazardKinds.NameOf(h.Kind)}，{h.Description}";
                RaiseClue(h, facts);
                if (overdue)
                {
                    db.Audit("sequip.hazard.overdue", "SequipHazard", h.Number, null, new { h.DeadlineOn, Status = SafetyNames.Of(h.Status) }, h.DivisionCode);
                }
            }

            await db.SaveChangesAsync(ct);
            n += batch.Count;
        }
    }

    /// <summary>Publishes the hazard's case clue with the next save and marks it raised (the caller checks it was not).</summary>
    internal void RaiseClue(Hazard h, string facts)
    {
        h.ClueRaisedAt = clock.GetUtcNow();
        db.Publish(new EquipmentCaseClue("hazard", h.Id, h.Number, h.UserUscc, h.UserName, $"设备 {h.EquipmentCode}：{facts}", h.FoundOn, h.FoundBy,
            h.DivisionCode, h.OrgUnitId));
        History(h, "已移送案件线索");
    }

    private async Task<string> NextNumberAsync(int year, CancellationToken ct)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"YH{year}");
        var stored = await db.Hazards.IgnoreQueryFilters().Where(h => h.Number.StartsWith(prefix)).OrderByDescending(h => h.Number).Select(h => h.Number).FirstOrDefaultAsync(ct);
        var staged = db.Hazards.Local.Where(h => h.Id == 0 && h.Number.StartsWith(prefix, StringComparison.Ordinal)).Select(h => h.Number).DefaultIfEmpty().Max(StringComparer.Ordinal);
        var last = string.CompareOrdinal(stored, staged) >= 0 ? stored : staged;
        var seq = last is null ? 1 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{seq:D6}");
    }

    private async Task<Result<HazardView>> Step(long id, bool staffOnly, Func<Hazard, DateOnly, FieldErrors, StepOutcome?> apply, CancellationToken ct)
    {
        var a = actor.Current;
        if (!CanWork(a)) return Result<HazardView>.Forbidden("只有特种设备监察人员、科室负责人可以办理隐患");
        if (staffOnly && a.IsApiClient) return Result<HazardView>.Forbidden("下达通知书和复查须由监察人员办理");
        var h = await db.Hazards.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (h is null) return Result<HazardView>.NotFound($"隐患 {id} 不存在或不在您的管辖范围内");
        var errors = new FieldErrors();
        var before = new { Status = SafetyNames.Of(h.Status), h.DeadlineOn, h.Round };
        var done = apply(h, clock.Today(), errors);
        if (done?.Failure is { } failure) return failure;
        if (done is null) return Result<HazardView>.Invalid(errors.ToDictionary());
        db.Audit(done.Action!, "SequipHazard", h.Number, before, done.After, h.DivisionCode);
        History(h, done.Text!);
        await db.SaveChangesAsync(ct);
        return (await queries.GetAsync(h.Id, ct))!;
    }

    private void History(Hazard h, string text) =>
        db.HazardEvents.Add(new HazardEvent { Hazard = h, At = clock.GetUtcNow(), Actor = actor.Current.ShownName, Text = text });

    private sealed record StepOutcome(string? Action, object? After, string? Text, Result<HazardView>? Failure);

    private static StepOutcome Done(string action, object after, string text) => new(action, after, text, null);

    private static StepOutcome Invalid(string field, string message) => new(null, null, null, Result<HazardView>.Invalid(field, message));

    private static StepOutcome Conflict(string field, string message) => new(null, null, null, Result<HazardView>.Conflict(field, message));

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>The seam's implementation: a hazard from another area (inspection result, 96333 call) staged on the shared context.</summary>
internal sealed class HazardIntake(EquipmentDbContext db, HazardLoop hazards, TimeProvider clock) : IHazardIntake
{
    public async Task StageAsync(HazardDraft draft, CancellationToken ct)
    {
        var equipment = db.Equipment.Local.FirstOrDefault(e => e.Id == draft.EquipmentId)
            ?? await db.Equipment.IgnoreQueryFilters().SingleOrDefaultAsync(e => e.Id == draft.EquipmentId, ct)
            ?? throw new InvalidOperationException($"设备 {draft.EquipmentId} 不存在");
        var kind = draft.Serious ? "protection-failed" : "other";
        var found = draft.FoundOn > clock.Today() ? clock.Today() : draft.FoundOn;
        var description = draft.Description.Length > 1000 ? draft.Description[..1000] : draft.Description;
        await hazards.StageAsync(equipment, HazardSources.All.Contains(draft.Source) ? draft.Source : HazardSources.InspectionBody, kind, description,
            draft.Serious, found, draft.FoundBy, null, draft.SourceReference is { Length: > 60 } r ? r[..60] : draft.SourceReference, null, ct);
    }
}
