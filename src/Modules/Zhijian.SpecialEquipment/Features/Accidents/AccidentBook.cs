using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Events;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.SpecialEquipment.Contracts;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Maintenance;
using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.SpecialEquipment.Domain.Safety;

namespace Zhijian.SpecialEquipment.Features.Accidents;

/// <summary>
/// 事故: registration (classed by 条例 第61–64条 with the rules in force on the day it occurred; the report chain with its
/// deadlines; an <see cref="EquipmentCaseClue"/> "accident" once), drafts from 96333 long entrapments (核实 → accident or not),
/// each report made, and the closing (调查结论, 责任认定, 整改). Audited and on the timeline in the same save.
/// </summary>
internal sealed class AccidentBook(EquipmentDbContext db, ActorContext actor, IRuleBook rules, OrgUnitDirectory units, AccidentQueries queries, TimeProvider clock)
{
    public const int MaxPeople = 1_000_000;
    public const decimal MaxLossWan = 100_000_000m;

    public static bool CanWork(Actor a) =>
        a.IsInRole(Roles.Inspector) || SequipAccess.CanAdminister(a)
        || (a.IsApiClient && (a.HasScope(SequipAccess.WriteScope) || a.HasScope(SequipAccess.InspectScope)));

    public AccidentThresholds Thresholds(DateOnly on) => AccidentThresholds.From(rules, on);

    public ReportRules ReportRules(DateOnly on) =>
        new(rules.GetInt("sequip.accident-report-unit", on), rules.GetInt("sequip.accident-report-level", on), rules.GetInt("sequip.accident-followup", on));

    public static AccidentFacts Facts(RegisterAccident c, EquipmentCategory? category) => new(category, c.Deaths ?? 0, c.SeriousInjuries ?? 0, c.LossWan ?? 0,
        c.StrandedMinutes ?? 0, c.StrandedPeople ?? 0, c.Explosion, c.Evacuated ?? 0, c.CraneOverturn, c.CraneStructureBreak, c.Boiler600Mw, c.BoilerOutageHours ?? 0);

    /// <summary>The class the form's facts give today (the register form shows it live).</summary>
    public AccidentClassView Preview(RegisterAccident c, EquipmentCategory? category)
    {
        var on = c.OccurredAt?.ToChinaDate() ?? clock.Today();
        var r = AccidentClassifier.Classify(Facts(c, category), Thresholds(on));
        return new((int)r.Class, r.Name, r.Reason);
    }

    public async Task<Result<AccidentView>> RegisterAsync(RegisterAccident cmd, CancellationToken ct)
    {
        var a = actor.Current;
        if (!CanWork(a)) return Result<AccidentView>.Forbidden("只有特种设备监察人员、科室负责人可以登记事故");
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        Equipment? equipment = null;
        if (!string.IsNullOrWhiteSpace(cmd.EquipmentCode))
        {
            var code = cmd.EquipmentCode.Trim().ToUpperInvariant();
            equipment = await db.Equipment.SingleOrDefaultAsync(e => e.Code == code, ct);
            if (equipment is null) errors.Add("equipmentCode", $"设备代码“{cmd.EquipmentCode}”不在特种设备台账中（或不在您的管辖范围内）；未登记的设备请不填设备代码，填写设备描述");
        }
        else
        {
            errors.Require("equipmentDescription", cmd.EquipmentDescription, "未登记设备的描述（品种、型号、制造单位）", 200);
            if (cmd.Category is null || !Enum.IsDefined(cmd.Category.Value)) errors.Add("category", "未登记设备须填写设备类别");
            errors.Require("userName", cmd.UserName, "使用单位", 200);
            if (!DivisionTable.Default.IsKnown(cmd.DivisionCode?.Trim())) errors.Add("divisionCode", $"事故发生地行政区划代码“{cmd.DivisionCode}”无效");
        }

        if (cmd.OccurredAt is null) errors.Add("occurredAt", "事故发生时间不能为空");
        else if (cmd.OccurredAt > now) errors.Add("occurredAt", "事故发生时间晚于当前时间");
        else if (cmd.OccurredAt < now.AddYears(-1)) errors.Add("occurredAt", "事故发生时间早于一年前，请核实");
        errors.Require("place", cmd.Place, "事故发生地点", 300).Require("description", cmd.Description, "事故概况", 2000).Require("reporterUnit", cmd.ReporterUnit, "报告单位", 200);
        People(errors, "deaths", cmd.Deaths, "死亡人数");
        People(errors, "seriousInjuries", cmd.SeriousInjuries, "重伤人数");
        People(errors, "injuries", cmd.Injuries, "轻伤人数");
        People(errors, "strandedMinutes", cmd.StrandedMinutes, "滞留时间（分钟）");
        People(errors, "strandedPeople", cmd.StrandedPeople, "滞留人数");
        People(errors, "evacuated", cmd.Evacuated, "转移人数");
        People(errors, "boilerOutageHours", cmd.BoilerOutageHours, "锅炉中断运行时间（小时）");
        if (cmd.LossWan is < 0) errors.Add("lossWan", "直接经济损失不能为负数");
        else if (cmd.LossWan > MaxLossWan) errors.Add("lossWan", "直接经济损失超出范围");
        var category = equipment?.Category ?? cmd.Category;
        AccidentClassResult? cls = null;
        if (errors.Count == 0)
        {
            cls = AccidentClassifier.Classify(Facts(cmd, category), Thresholds(cmd.OccurredAt!.Value.ToChinaDate()));
            if (cls.Class == AccidentClass.None)
                errors.Add("class", "所填情况未达到《特种设备安全监察条例》第61–64条规定的任何事故等级（死亡、重伤、直接经济损失、滞留时间等），不作为特种设备事故登记");
        }

        if (errors.Count > 0) return Result<AccidentView>.Invalid(errors.ToDictionary());

        var occurred = cmd.OccurredAt!.Value;
        var division = equipment?.DivisionCode ?? cmd.DivisionCode!.Trim();
        var unit = a.OrgUnitId is { } uid ? await units.FindAsync(uid, ct) : await units.BureauForAsync(division, ct);
        var accident = new Accident
        {
            Number = await NextNumberAsync(occurred.ToChinaDate().Year, ct),
            Title = $"{EquipmentName(category)}{cls!.Name}",
            EquipmentId = equipment?.Id,
            EquipmentCode = equipment?.Code,
            Category = category,
            EquipmentDescription = equipment is null ? cmd.EquipmentDescription!.Trim() : null,
            UserUscc = equipment?.UserUscc,
            UserName = equipment?.UserName ?? cmd.UserName!.Trim(),
            DivisionCode = division,
            OccurredAt = occurred,
            OccurredOn = occurred.ToChinaDate(),
            ReportFrom = occurred,
            Place = cmd.Place!.Trim(),
            Deaths = cmd.Deaths ?? 0,
            SeriousInjuries = cmd.SeriousInjuries ?? 0,
            Injuries = cmd.Injuries ?? 0,
            LossWan = cmd.LossWan ?? 0,
            StrandedMinutes = cmd.StrandedMinutes ?? 0,
            StrandedPeople = cmd.StrandedPeople ?? 0,
            Explosion = cmd.Explosion,
            Evacuated = cmd.Evacuated ?? 0,
            CraneOverturn = cmd.CraneOverturn,
            CraneStructureBreak = cmd.CraneStructureBreak,
            Boiler600Mw = cmd.Boiler600Mw,
            BoilerOutageHours = cmd.BoilerOutageHours ?? 0,
            Description = cmd.Description!.Trim(),
            ReporterUnit = cmd.ReporterUnit!.Trim(),
            Class = cls.Class,
            ClassReason = cls.Reason,
            Status = AccidentStatus.Reporting,
            OrgUnitId = unit?.Id,
            CreatedAt = now,
            CreatedBy = a.ShownName,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Accidents.Add(accident);
        StageChain(accident);
        db.Audit("sequip.accident.registered", "SequipAccident", accident.Number, null,
            new { accident.EquipmentCode, accident.OccurredAt, Class = cls.Name, accident.ClassReason, accident.Deaths, accident.SeriousInjuries, accident.LossWan }, division);
        History(accident, $"登记{cls.Name}：{accident.Description}（{cls.Reason}）");
        await db.SaveChangesAsync(ct);
        RaiseClue(accident);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await queries.GetAsync(accident.Id, ct))!;
    }

    /// <summary>A 96333 entrapment at or above the threshold: a draft accident to verify, once per call (unique <see cref="Accident.SourceCallId"/>).</summary>
    public async Task<bool> DraftFromEntrapmentAsync(LongEntrapment e, CancellationToken ct)
    {
        if (await db.Accidents.IgnoreQueryFilters().AnyAsync(x => x.SourceCallId == e.CallId, ct)) return false;
        var equipment = await db.Equipment.IgnoreQueryFilters().SingleOrDefaultAsync(x => x.Id == e.EquipmentId, ct);
        var on = e.TrappedAt.ToChinaDate();
        var threshold = rules.GetInt("sequip.accident-elevator-general", on);
        var facts = new AccidentFacts(EquipmentCategory.Elevator, 0, 0, 0, e.Minutes, 0, false, 0, false, false, false, 0);
        var cls = AccidentClassifier.Classify(facts, Thresholds(on));
        var unit = await units.BureauForAsync(e.DivisionCode, ct);
        var accident = new Accident
        {
            Number = await NextNumberAsync(on.Year, ct),
            Title = string.Create(CultureInfo.InvariantCulture, $"待核实（96333 困人 {e.Minutes} 分钟）"),
            EquipmentId = e.EquipmentId,
            EquipmentCode = e.EquipmentCode,
            Category = EquipmentCategory.Elevator,
            UserUscc = equipment?.UserUscc,
            UserName = equipment?.UserName ?? "",
            DivisionCode = e.DivisionCode,
            OccurredAt = e.TrappedAt,
            OccurredOn = on,
            ReportFrom = e.TrappedAt.AddMinutes(threshold),
            Place = equipment?.Address ?? "",
            StrandedMinutes = e.Minutes,
            Description = $"96333 工单 {e.CallNumber}：电梯 {e.EquipmentCode} 困人 {AccidentClassifier.H(e.Minutes)}（{Local(e.TrappedAt)} 至 {Local(e.ReleasedAt)}），待核实是否构成事故",
            ReporterUnit = "96333 电梯应急处置平台",
            Class = cls.Class,
            ClassReason = cls.Reason,
            Status = AccidentStatus.Draft,
            SourceCallId = e.CallId,
            SourceCallNumber = e.CallNumber,
            OrgUnitId = unit?.Id,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = "96333",
        };
        db.Accidents.Add(accident);
        db.Audit("sequip.accident.drafted", "SequipAccident", accident.Number, null, new { e.CallNumber, e.EquipmentCode, e.Minutes }, e.DivisionCode);
        History(accident, $"96333 工单 {e.CallNumber} 困人 {AccidentClassifier.H(e.Minutes)}，达到事故标准（{cls.Reason}），待核实");
        await db.SaveChangesAsync(ct);
        return true;
    }

    public Task<Result<AccidentView>> VerifyAsync(long id, VerifyAccident cmd, CancellationToken ct) => Step(id, (x, errors) =>
    {
        if (x.Status != AccidentStatus.Draft) return Result<AccidentView>.Conflict("status", $"事故当前为“{SafetyNames.Of(x.Status)}”，不是待核实的事故");
        if (!cmd.IsAccident) errors.Require("note", cmd.Note, "不属于事故的理由", 500);
        else if (cmd.Note?.Trim().Length > 500) errors.Add("note", "核实意见不能超过 500 个字符");
        if (errors.Count > 0) return null;
        if (!cmd.IsAccident)
        {
            x.Status = AccidentStatus.Dismissed;
            x.ClosedOn = clock.Today();
            return Done("sequip.accident.verified", new { Result = "不属于事故", Note = cmd.Note!.Trim() }, $"核实：不属于特种设备事故（{cmd.Note!.Trim()}）");
        }

        x.Status = AccidentStatus.Reporting;
        x.Title = $"{EquipmentName(x.Category)}{AccidentClassifier.NameOf(x.Class)}";
        StageChain(x);
        RaiseClue(x);
        return Done("sequip.accident.verified", new { Result = "属于事故", Class = AccidentClassifier.NameOf(x.Class) },
            $"核实：属于{AccidentClassifier.NameOf(x.Class)}{(string.IsNullOrWhiteSpace(cmd.Note) ? "" : $"（{cmd.Note.Trim()}）")}；报告时限自 {Local(x.ReportFrom)} 起算");
    }, ct);

    public async Task<Result<AccidentView>> RecordReportAsync(long id, int seq, RecordAccidentReport cmd, CancellationToken ct)
    {
        var reports = await db.AccidentReports.Where(r => r.AccidentId == id).ToListAsync(ct);
        return await Step(id, (x, errors) =>
        {
            if (x.Status != AccidentStatus.Reporting) return Result<AccidentView>.Conflict("status", $"事故当前为“{SafetyNames.Of(x.Status)}”，不能登记报告");
            var r = reports.SingleOrDefault(r => r.Seq == seq);
            if (r is null) return Result<AccidentView>.NotFound($"事故 {x.Number} 没有第 {seq} 项报告");
            if (r.ReportedAt is not null) return Result<AccidentView>.Conflict("seq", $"“{r.Route}”已于 {Local(r.ReportedAt.Value)} 报告");
            var now = clock.GetUtcNow();
            var at = cmd.ReportedAt ?? now;
            if (at > now) errors.Add("reportedAt", "报告时间晚于当前时间");
            else if (at < x.OccurredAt) errors.Add("reportedAt", $"报告时间早于事故发生时间 {Local(x.OccurredAt)}");
            errors.Require("reportedBy", cmd.ReportedBy, "报告人（单位、姓名）", 100);
            if (cmd.Note?.Trim().Length > 500) errors.Add("note", "说明不能超过 500 个字符");
            if (errors.Count > 0) return null;
            r.ReportedAt = at;
            r.ReportedBy = cmd.ReportedBy!.Trim();
            r.Note = string.IsNullOrWhiteSpace(cmd.Note) ? null : cmd.Note.Trim();
            r.RecordedBy = actor.Current.ShownName;
            AccidentDeadlines.Recompute(reports, x.ReportFrom, ReportRules(x.OccurredOn));
            var late = at > r.DueAt;
            return Done("sequip.accident.report", new { r.Seq, r.Route, r.ReportedAt, r.DueAt, Late = late },
                $"{r.Route}：{Local(at)} 由 {r.ReportedBy} 报告（{(late ? $"超过时限 {Local(r.DueAt)}" : $"在时限 {Local(r.DueAt)} 内")}）{(r.Note is null ? "" : $"；{r.Note}")}");
        }, ct);
    }

    public async Task<Result<AccidentView>> CloseAsync(long id, CloseAccident cmd, CancellationToken ct)
    {
        var first = await db.AccidentReports.Where(r => r.AccidentId == id && r.Seq == 1).Select(r => r.ReportedAt).FirstOrDefaultAsync(ct);
        return await Step(id, (x, errors) =>
        {
            if (!SequipAccess.CanAdminister(actor.Current)) return Result<AccidentView>.Forbidden("事故结案须由科室负责人办理");
            if (x.Status != AccidentStatus.Reporting) return Result<AccidentView>.Conflict("status", $"事故当前为“{SafetyNames.Of(x.Status)}”，不能结案");
            if (first is null) errors.Add("reports", "事故发生单位尚未报告（第 1 项报告未登记），不能结案");
            errors.Require("conclusion", cmd.Conclusion, "调查结论", 2000).Require("responsibility", cmd.Responsibility, "责任认定", 1000)
                .Require("rectification", cmd.Rectification, "整改措施", 1000);
            if (errors.Count > 0) return null;
            x.Conclusion = cmd.Conclusion!.Trim();
            x.Responsibility = cmd.Responsibility!.Trim();
            x.Rectification = cmd.Rectification!.Trim();
            x.ClosedOn = clock.Today();
            x.Status = AccidentStatus.Closed;
            return Done("sequip.accident.closed", new { x.Conclusion, x.Responsibility, x.Rectification, x.ClosedOn },
                $"结案：调查结论 {x.Conclusion}；责任认定 {x.Responsibility}；整改 {x.Rectification}");
        }, ct);
    }

    private void StageChain(Accident x)
    {
        var reports = AccidentDeadlines.Chain(x.Class).Select(c => new AccidentReport { Accident = x, Seq = c.Seq, Route = c.Route }).ToList();
        AccidentDeadlines.Recompute(reports, x.ReportFrom, ReportRules(x.OccurredOn));
        db.AccidentReports.AddRange(reports);
    }

    /// <summary>The accident's case clue, once (the caller saves; the accident has its id).</summary>
    private void RaiseClue(Accident x)
    {
        if (x.ClueRaisedAt is not null) return;
        x.ClueRaisedAt = clock.GetUtcNow();
        db.Publish(new EquipmentCaseClue("accident", x.Id, x.Number, x.UserUscc, x.UserName,
            $"{x.Title}（{x.OccurredAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}，{x.Place}）：{x.Description}；{x.ClassReason}",
            x.OccurredOn, x.CreatedBy, x.DivisionCode, x.OrgUnitId));
        History(x, "已移送案件线索");
    }

    private async Task<Result<AccidentView>> Step(long id, Func<Accident, FieldErrors, object?> apply, CancellationToken ct)
    {
        if (!CanWork(actor.Current)) return Result<AccidentView>.Forbidden("只有特种设备监察人员、科室负责人可以办理事故");
        var x = await db.Accidents.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (x is null) return Result<AccidentView>.NotFound($"事故 {id} 不存在或不在您的管辖范围内");
        var errors = new FieldErrors();
        var before = new { Status = SafetyNames.Of(x.Status) };
        var outcome = apply(x, errors);
        if (outcome is Result<AccidentView> failure) return failure;
        if (outcome is not StepDone done) return Result<AccidentView>.Invalid(errors.ToDictionary());
        db.Audit(done.Action, "SequipAccident", x.Number, before, done.After, x.DivisionCode);
        History(x, done.Text);
        await db.SaveChangesAsync(ct);
        return (await queries.GetAsync(x.Id, ct))!;
    }

    private sealed record StepDone(string Action, object After, string Text);

    private static StepDone Done(string action, object after, string text) => new(action, after, text);

    private void History(Accident x, string text) =>
        db.AccidentEvents.Add(new AccidentEvent { Accident = x, At = clock.GetUtcNow(), Actor = actor.Current.ShownName, Text = text });

    private static void People(FieldErrors errors, string field, int? value, string label)
    {
        if (value is < 0) errors.Add(field, $"{label}不能为负数");
        else if (value > MaxPeople) errors.Add(field, $"{label}超出范围");
    }

    public static string EquipmentName(EquipmentCategory? c) => c is { } x ? EquipmentCatalog.NameOf(x) : "特种设备";

    private async Task<string> NextNumberAsync(int year, CancellationToken ct)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"SG{year}");
        var last = await db.Accidents.IgnoreQueryFilters().Where(h => h.Number.StartsWith(prefix)).OrderByDescending(h => h.Number).Select(h => h.Number).FirstOrDefaultAsync(ct);
        var seq = last is null ? 1 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{seq:D4}");
    }

    public static string Local(DateTimeOffset t) => t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}

/// <summary>LongEntrapment (rescue area, in-module outbox) → a draft accident to verify; idempotent per call.</summary>
internal sealed class LongEntrapmentHandler(AccidentBook accidents) : IEventHandler<LongEntrapment>
{
    public Task HandleAsync(LongEntrapment domainEvent, EventContext context, CancellationToken ct) => accidents.DraftFromEntrapmentAsync(domainEvent, ct);
}
