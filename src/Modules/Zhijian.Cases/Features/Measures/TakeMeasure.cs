using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Measures;

/// <summary>先行登记保存 / 查封 / 扣押: what, where, from when, and the 负责人 who approved it.</summary>
internal sealed record MeasureInput(MeasureKind? Kind, string? Items, string? Place, DateOnly? StartedOn, string? ApprovedBy);

internal sealed record EndMeasureInput(string? Outcome);

internal static class MeasureRules
{
    public static FieldErrors ValidateTake(Case c, MeasureInput cmd, DateOnly today)
    {
        var e = new FieldErrors();
        if (c.Stage is not (CaseStage.Investigating or CaseStage.Reviewing)) return e.Add("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，不能采取先行登记保存或查封扣押");
        if (cmd.Kind is not { } k || !Enum.IsDefined(k)) e.Add("kind", "请选择措施（先行登记保存、查封、扣押）");
        e.Require("items", cmd.Items, "物品清单", 2000).Require("place", cmd.Place, "地点", 300)
            .Require("approvedBy", cmd.ApprovedBy, "批准的负责人", 100);
        if (cmd.StartedOn is not { } s) e.Add("startedOn", "请填写采取措施的日期");
        else if (s > today || s < c.OpenedOn.AddDays(-30)) e.Add("startedOn", "采取措施的日期不在本案期间内");
        return e;
    }

    /// <summary>延长: only a 查封 or 扣押 still in force, once, with a reason.</summary>
    public static FieldErrors ValidateExtend(Measure? m, ReasonInput cmd)
    {
        var e = new FieldErrors();
        if (m is null) return e.Add("measureId", "措施不属于本案");
        if (m.Kind == MeasureKind.Preservation) return e.Add("measureId", "先行登记保存不能延长，应在 7 个工作日内作出处理决定");
        if (m.EndedOn is not null) return e.Add("measureId", "措施已解除");
        if (m.Extended) return e.Add("measureId", "查封、扣押期限只能延长一次（不超过 30 日）");
        if (string.IsNullOrWhiteSpace(cmd.Reason)) return e.Add("reason", "请写明延长理由（情况复杂）");
        return e;
    }

    public static FieldErrors ValidateEnd(Measure? m, EndMeasureInput cmd)
    {
        var e = new FieldErrors();
        if (m is null) return e.Add("measureId", "措施不属于本案");
        if (m.EndedOn is not null) return e.Add("measureId", "措施已处理");
        if (string.IsNullOrWhiteSpace(cmd.Outcome)) return e.Add("outcome", "请填写处理结果（如：解除、送检、没收、依法移送）");
        return e;
    }
}

/// <summary>先行登记保存 / 查封 / 扣押 with the head's approval (named) and its statutory end.</summary>
internal sealed class TakeMeasureHandler(CaseActions actions, CasesDbContext db, IRuleBook rules, IWorkingCalendar calendar)
{
    public Task<Result<long>> Handle(long id, MeasureInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "measure.taken", CaseActor.Handler, c =>
        {
            if (MeasureRules.ValidateTake(c, cmd, actions.Today) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            var kind = cmd.Kind!.Value;
            var start = cmd.StartedOn!.Value;
            var m = new Measure
            {
                CaseId = c.Id,
                Kind = kind,
                Items = cmd.Items!.Trim(),
                Place = cmd.Place!.Trim(),
                StartedOn = start,
                DueOn = kind == MeasureKind.Preservation ? CaseRules.PreservationDecisionBy(rules, calendar, start) : CaseRules.SeizureUntil(rules, calendar, start, false),
                ApprovedBy = cmd.ApprovedBy!.Trim(),
                DivisionCode = c.DivisionCode,
            };
            db.Measures.Add(m);
            var due = kind == MeasureKind.Preservation ? $"应于 {m.DueOn:yyyy年M月d日} 前作出处理决定" : $"期限至 {m.DueOn:yyyy年M月d日}";
            return StepOutcome.Ok($"{CaseNames.Of(kind)}（经{m.ApprovedBy}批准）：{m.Items}，地点：{m.Place}，{due}");
        }, ct);
}

/// <summary>延长查封扣押期限 (负责人批准, once, 30 days).</summary>
internal sealed class ExtendMeasureHandler(CaseActions actions, CasesDbContext db, IRuleBook rules, IWorkingCalendar calendar)
{
    public Task<Result<long>> Handle(long id, long measureId, ReasonInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "measure.extended", CaseActor.Approver, async c =>
        {
            var m = await db.Measures.SingleOrDefaultAsync(x => x.Id == measureId && x.CaseId == c.Id, ct);
            if (MeasureRules.ValidateExtend(m, cmd) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            m!.Extended = true;
            m.DueOn = CaseRules.SeizureUntil(rules, calendar, m.StartedOn, true);
            return StepOutcome.Ok($"经{actions.Me.ShownName}批准延长{CaseNames.Of(m.Kind)}期限至 {m.DueOn:yyyy年M月d日}：{cmd.Reason!.Trim()}");
        }, ct);
}

/// <summary>措施处理决定: 解除, 没收, 送检 … (late when after the measure's end).</summary>
internal sealed class EndMeasureHandler(CaseActions actions, CasesDbContext db)
{
    public Task<Result<long>> Handle(long id, long measureId, EndMeasureInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "measure.ended", CaseActor.Handler, async c =>
        {
            var m = await db.Measures.SingleOrDefaultAsync(x => x.Id == measureId && x.CaseId == c.Id, ct);
            if (MeasureRules.ValidateEnd(m, cmd) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            m!.EndedOn = actions.Today;
            m.Outcome = cmd.Outcome!.Trim().Truncate(1000);
            var late = m.EndedOn > m.DueOn ? $"（超过期限 {m.DueOn:yyyy年M月d日}）" : "";
            return StepOutcome.Ok($"{CaseNames.Of(m.Kind)}处理决定{late}：{m.Outcome}");
        }, ct);
}
