using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.SpecialEquipment.Contracts;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Inspections;
using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.SpecialEquipment.Domain.Safety;

namespace Zhijian.SpecialEquipment.Features.Inspections;

/// <summary>
/// 检验结果: a body (its API client) or an administrator reports a result; the schedule is restaged in the same save; a
/// body's next-due that differs from the engine's is stored and flagged (检验日期不一致, a section chief decides); defects
/// flagged as hazards go to the hazard register; a 不合格 result opens the user's objection window (working days).
/// </summary>
internal sealed class InspectionResults(
    EquipmentDbContext db, ActorContext actor, InspectionBodies bodies, ScheduleStore schedules, ScheduleRules rules, IRuleBook book,
    IWorkingCalendar calendar, IServiceProvider services, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<Result<InspectionView>> PostAsync(string code, PostInspection cmd, CancellationToken ct)
    {
        var a = actor.Current;
        var equipment = await db.Equipment.SingleOrDefaultAsync(e => e.Code == code, ct);
        if (equipment is null) return Result<InspectionView>.NotFound($"设备未登记：设备代码 {code} 不在特种设备台账中");
        var body = await bodies.BodyOf(a, ct);
        var errors = new FieldErrors();
        if (body is null)
        {
            if (a.IsApiClient) return Result<InspectionView>.Forbidden("该 API 客户端未绑定检验机构，不能报送检验结果");
            if (cmd.BodyId is not { } bid || (body = await db.InspectionBodies.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bid, ct)) is null)
                errors.Add("bodyId", "请选择出具报告的检验机构");
        }

        if (equipment.Status != EquipmentStatus.InUse && equipment.Status != EquipmentStatus.Stopped)
            errors.Add("code", $"设备 {code} 未办理使用登记或已报废、注销（状态：{Status(equipment.Status)}），不能登记检验结果");
        if (body is not null && !body.MayInspect(equipment.Category))
            errors.Add("category", $"检验机构“{body.Name}”的核准项目不含“{EquipmentCatalog.NameOf(equipment.Category)}”，不能报送该设备的检验结果");
        InspectionKind kind = default;
        if (string.IsNullOrWhiteSpace(cmd.Kind) || !InspectionNames.Kinds.TryGetValue(cmd.Kind.Trim(), out kind))
            errors.Add("kind", "检验类别应为：定期检验、监督检验、自行检测、年度检查、耐压试验之一");
        var today = clock.Today();
        if (cmd.Date is not { } date) errors.Add("date", "请填写检验日期");
        else if (date > today) errors.Add("date", "检验日期不能晚于今天");
        var passed = false;
        if (kind != default && (string.IsNullOrWhiteSpace(cmd.Conclusion) || !InspectionNames.Conclusions(kind).TryGetValue(cmd.Conclusion.Trim(), out passed)))
            errors.Add("conclusion", $"{(kind == default ? "" : InspectionNames.Of(kind))}结论应为：{string.Join("、", kind == default ? ["合格", "复检合格", "不合格"] : InspectionNames.Conclusions(kind).Keys)}之一");
        errors.Require("reportNo", cmd.ReportNo, "检验报告编号", 60);
        if (cmd.NextDue is { } nd && cmd.Date is { } d0 && nd <= d0) errors.Add("nextDue", "下次检验日期应晚于检验日期");
        if (kind == InspectionKind.SelfTest && equipment.Category != EquipmentCategory.Elevator) errors.Add("kind", "自行检测只适用于电梯");
        var defects = cmd.Defects ?? [];
        for (var i = 0; i < defects.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(defects[i].Item) || defects[i].Item.Length > 100) errors.Add($"defects[{i}].item", "请填写问题所在的检验项目（100 字以内）");
            if (string.IsNullOrWhiteSpace(defects[i].Description) || defects[i].Description.Length > 500) errors.Add($"defects[{i}].description", "请填写问题描述（500 字以内）");
        }

        if (errors.Count > 0) return Result<InspectionView>.Invalid(errors.ToDictionary());
        var on = cmd.Date!.Value;
        var history = await db.Inspections.Where(i => i.EquipmentId == equipment.Id).OrderBy(i => i.InspectedOn).ThenBy(i => i.Id).ToListAsync(ct);
        var result = new EquipmentInspection
        {
            EquipmentId = equipment.Id,
            EquipmentCode = equipment.Code,
            DivisionCode = equipment.DivisionCode,
            Category = equipment.Category,
            UserName = equipment.UserName,
            BodyId = body!.Id,
            BodyName = body.Name,
            Kind = kind,
            InspectedOn = on,
            Conclusion = cmd.Conclusion!.Trim(),
            Passed = passed,
            ReportNo = cmd.ReportNo!.Trim(),
            MajorRepair = cmd.MajorRepair && kind == InspectionKind.Supervision,
            Defects = JsonSerializer.Serialize(defects.Select(x => new DefectInput(x.Item.Trim(), x.Description.Trim(), x.Hazard)), Json),
            HazardCount = defects.Count(x => x.Hazard),
            BodyNextDue = cmd.NextDue,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = a.ShownName,
        };
        // 检验日期不一致: the body's next-due against the engine's (where the engine, not the body, sets the period).
        if (cmd.NextDue is { } bodyNext)
        {
            var expected = ScheduleEngine.ExpectedNextAfter(ScheduleFacts.Of(equipment), [.. history.Select(ScheduleRules.Fact)], ScheduleRules.Fact(result), rules.Lookup());
            result.ComputedNextDue = expected;
            if (expected is { } e && ScheduleEngine.Month(bodyNext) != e) result.Mismatch = MismatchState.Open;
        }

        if (!passed)
        {
            var period = Period.Parse(book.Get("sequip.inspection-objection", on));
            result.ObjectionBy = calendar.Deadline(on, period);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Inspections.Add(result);
        await db.SaveChangesAsync(ct);
        history.Add(result);
        var items = ScheduleEngine.Schedule(ScheduleFacts.Of(equipment) with { Status = EquipmentStatus.InUse }, [.. history.Select(ScheduleRules.Fact)], rules.Lookup(),
            ScheduleEngine.Month(today).AddYears(15));
        result.SatisfiedDue = items.FirstOrDefault(i => i.DoneOn == on)?.Due;
        var computed = await schedules.StageAsync(equipment, history, ct);
        if (result.HazardCount > 0 && services.GetService<IHazardIntake>() is { } intake)
        {
            foreach (var h in defects.Where(x => x.Hazard))
            {
                await intake.StageAsync(new HazardDraft(equipment.Id, "inspection-body", $"{h.Item}：{h.Description}", !passed, on, body.Name, result.ReportNo), ct);
            }
        }

        db.Audit("sequip.inspection.reported", "SequipInspection", Id(result.Id), null, new
        {
            result.EquipmentCode,
            Kind = InspectionNames.Of(kind),
            result.InspectedOn,
            result.Conclusion,
            result.ReportNo,
            Body = body.Name,
            result.BodyNextDue,
            result.ComputedNextDue,
            Mismatch = result.Mismatch == MismatchState.Open,
            result.HazardCount,
            NextDue = computed.NextDue,
            NextKind = computed.NextKind,
        }, equipment.DivisionCode);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return View(result);
    }

    /// <summary>Registers the user's objection to a 不合格 result (within sequip.inspection-objection working days).</summary>
    public async Task<Result<InspectionView>> ObjectAsync(long id, FileObjection cmd, CancellationToken ct)
    {
        var r = await db.Inspections.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (r is null) return Result<InspectionView>.NotFound($"检验结果 {id} 不存在或不在您的管辖范围内");
        if (r.Passed) return Result<InspectionView>.Conflict("id", "只有结论为不合格（不符合要求）的检验结果可以提出异议");
        if (r.Objection != ObjectionState.None) return Result<InspectionView>.Conflict("id", $"该检验结果已有异议（{InspectionNames.Of(r.Objection)}）");
        var errors = new FieldErrors().Require("reason", cmd.Reason, "异议理由", 2000);
        var filed = cmd.FiledOn ?? clock.Today();
        if (filed > clock.Today()) errors.Add("filedOn", "异议提出日期不能晚于今天");
        else if (r.ObjectionBy is { } by && filed > by) errors.Add("filedOn", $"异议期限已于 {by:yyyy-MM-dd} 届满（自检验结论起 {book.Get("sequip.inspection-objection", r.InspectedOn).Replace("WD", "个工作日", StringComparison.Ordinal)}）");
        if (errors.Count > 0) return Result<InspectionView>.Invalid(errors.ToDictionary());
        r.Objection = ObjectionState.Open;
        r.ObjectionReason = cmd.Reason!.Trim();
        r.ObjectedOn = filed;
        db.Audit("sequip.inspection.objection", "SequipInspection", Id(r.Id), null, new { r.EquipmentCode, r.ReportNo, r.ObjectedOn, r.ObjectionReason }, r.DivisionCode);
        await db.SaveChangesAsync(ct);
        return View(r);
    }

    /// <summary>科室负责人 decides an objection.</summary>
    public async Task<Result<InspectionView>> DecideObjectionAsync(long id, DecideObjection cmd, CancellationToken ct)
    {
        if (!SequipAccess.CanAdminister(actor.Current)) return Result<InspectionView>.Forbidden("异议由科室负责人处理");
        var r = await db.Inspections.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (r is null) return Result<InspectionView>.NotFound($"检验结果 {id} 不存在或不在您的管辖范围内");
        if (r.Objection != ObjectionState.Open) return Result<InspectionView>.Conflict("id", "该检验结果没有待处理的异议");
        var errors = new FieldErrors().Require("reason", cmd.Reason, "处理意见", 2000);
        if (errors.Count > 0) return Result<InspectionView>.Invalid(errors.ToDictionary());
        r.Objection = cmd.Upheld ? ObjectionState.Upheld : ObjectionState.Rejected;
        r.ObjectionDecision = cmd.Reason!.Trim();
        db.Audit("sequip.inspection.objection-decided", "SequipInspection", Id(r.Id), new { Objection = InspectionNames.Of(ObjectionState.Open) },
            new { Objection = InspectionNames.Of(r.Objection), r.ObjectionDecision }, r.DivisionCode);
        await db.SaveChangesAsync(ct);
        return View(r);
    }

    /// <summary>科室负责人 resolves a 检验日期不一致: "body" accepts the body's date (the schedule follows it), "computed" keeps the engine's.</summary>
    public async Task<Result<InspectionView>> ResolveMismatchAsync(long id, ResolveMismatch cmd, CancellationToken ct)
    {
        if (!SequipAccess.CanAdminister(actor.Current)) return Result<InspectionView>.Forbidden("检验日期不一致由科室负责人处理");
        var r = await db.Inspections.SingleOrDefaultAsync(i => i.Id == id, ct);
        if (r is null) return Result<InspectionView>.NotFound($"检验结果 {id} 不存在或不在您的管辖范围内");
        if (r.Mismatch != MismatchState.Open) return Result<InspectionView>.Conflict("id", "该检验结果没有待处理的日期不一致");
        if (cmd.Accept is not ("body" or "computed")) return Result<InspectionView>.Invalid("accept", "处理方式应为 body（采用检验机构日期）或 computed（保留系统计算日期）");
        r.Mismatch = cmd.Accept == "body" ? MismatchState.AcceptedBody : MismatchState.KeptComputed;
        r.MismatchResolvedBy = actor.Current.ShownName;
        var equipment = await db.Equipment.IgnoreQueryFilters().SingleAsync(e => e.Id == r.EquipmentId, ct);
        var history = await db.Inspections.Where(i => i.EquipmentId == r.EquipmentId).OrderBy(i => i.InspectedOn).ThenBy(i => i.Id).ToListAsync(ct);
        var computed = await schedules.StageAsync(equipment, history, ct);
        db.Audit("sequip.inspection.mismatch-resolved", "SequipInspection", Id(r.Id), new { Mismatch = InspectionNames.Of(MismatchState.Open) },
            new { Mismatch = InspectionNames.Of(r.Mismatch), r.BodyNextDue, r.ComputedNextDue, computed.NextDue }, r.DivisionCode);
        await db.SaveChangesAsync(ct);
        return View(r);
    }

    /// <summary>超期未检仍在使用 → 案件线索 (once per overdue due month).</summary>
    public async Task<Result<ScheduleRow>> SendClueAsync(string code, CancellationToken ct)
    {
        var equipment = await db.Equipment.SingleOrDefaultAsync(e => e.Code == code, ct);
        if (equipment is null) return Result<ScheduleRow>.NotFound($"设备未登记：设备代码 {code} 不在特种设备台账中");
        var s = await db.Schedules.SingleOrDefaultAsync(x => x.EquipmentId == equipment.Id, ct);
        if (s is not { Warning: DueWarning.Overdue, InUse: true, NextDue: { } due }) return Result<ScheduleRow>.Conflict("code", "该设备不在“超期未检仍在使用”清单中");
        if (s.ClueSentFor == due) return Result<ScheduleRow>.Conflict("code", $"已就 {due:yyyy年M月} 到期未检移送过案件线索");
        var a = actor.Current;
        s.ClueSentFor = due;
        db.Publish(new EquipmentCaseClue("overdue-inspection", equipment.Id, equipment.Code, equipment.UserUscc, equipment.UserName,
            $"{equipment.UserName}的{EquipmentCatalog.Find(equipment.Variety)?.Name ?? EquipmentCatalog.NameOf(equipment.Category)}（设备代码 {equipment.Code}，{equipment.Address}）"
            + $"{DueKinds.Name(s.NextKind ?? DueKinds.Periodic, equipment.Category)}应于 {due:yyyy年M月} 进行，至今未检仍在使用（《特种设备安全法》第四十条、第八十四条）",
            clock.Today(), a.ShownName, equipment.DivisionCode, a.OrgUnitId));
        db.Audit("sequip.inspection.overdue-clue", "SequipEquipment", Id(equipment.Id), null, new { equipment.Code, Due = due }, equipment.DivisionCode);
        await db.SaveChangesAsync(ct);
        return new ScheduleRow(equipment.Id, equipment.Code, equipment.Variety, EquipmentCatalog.NameOf(equipment.Category), equipment.UserName, equipment.Address,
            equipment.DivisionCode, s.NextDue, s.NextKind, s.NextPeriodic, ScheduleRules.WarningName(s.Warning), s.LastInspectedOn, s.LastConclusion, true);
    }

    public static InspectionView View(EquipmentInspection r) => new(r.Id, r.EquipmentId, r.EquipmentCode, r.UserName, r.DivisionCode,
        EquipmentCatalog.NameOf(r.Category), r.BodyName, InspectionNames.Of(r.Kind), r.InspectedOn, r.Conclusion, r.Passed, r.ReportNo,
        r.Defects.Length <= 2 ? 0 : JsonSerializer.Deserialize<List<DefectInput>>(r.Defects, Json)!.Count, r.HazardCount, r.BodyNextDue, r.ComputedNextDue,
        InspectionNames.Of(r.Mismatch), InspectionNames.Of(r.Objection), r.ObjectionBy, r.ObjectionReason, r.ObjectionDecision);

    private static string Status(EquipmentStatus s) => s switch
    {
        EquipmentStatus.Unregistered => "未登记",
        EquipmentStatus.InUse => "在用",
        EquipmentStatus.Stopped => "停用",
        EquipmentStatus.Scrapped => "报废",
        _ => "注销",
    };

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
