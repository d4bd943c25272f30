using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.CollectEvidence;

/// <summary>收集证据: what, from where, when and by which of the case's officers (at least two).</summary>
internal sealed record EvidenceInput(EvidenceType? Type, string? Title, string? Source, DateOnly? CollectedOn, IReadOnlyList<string>? CollectedBy, string? Description);

internal static class AddEvidenceRules
{
    public static FieldErrors Validate(Case c, EvidenceInput cmd, DateOnly today, IRuleBook rules)
    {
        var e = new FieldErrors();
        if (c.Stage != CaseStage.Investigating) return e.Add("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，只有调查取证阶段可以收集证据；需要补充调查的，由审核退回");
        if (cmd.Type is not { } t || !Enum.IsDefined(t)) e.Add("type", "请选择证据种类");
        e.Require("title", cmd.Title, "证据名称", 200).Require("source", cmd.Source, "证据来源（提供人或取证地点）", 300);
        if (cmd.CollectedOn is not { } on) e.Add("collectedOn", "请填写取证日期");
        else if (on > today) e.Add("collectedOn", "取证日期晚于今天");
        else if (on < c.OpenedOn.AddDays(-30)) e.Add("collectedOn", "取证日期早于立案前 30 日，请核对");
        var by = (cmd.CollectedBy ?? []).Distinct().ToList();
        var unknown = by.Where(u => c.Officers.All(o => o.UserName != u)).ToList();
        if (unknown.Count > 0) e.Add("collectedBy", $"取证人须是本案执法人员（{string.Join("、", unknown)} 不是）");
        else if (CaseRules.OfficersProblem(rules, today, by.Count) is { } p) e.Add("collectedBy", "取证时" + p);
        if ((cmd.Description?.Length ?? 0) > 4000) e.Add("description", "证据说明不能超过 4000 个字符");
        return e;
    }
}

internal sealed class AddEvidenceHandler(CaseActions actions, CasesDbContext db, IRuleBook rules, TimeProvider clock)
{
    public Task<Result<long>> Handle(long id, EvidenceInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "evidence.added", CaseActor.Handler, c =>
        {
            if (AddEvidenceRules.Validate(c, cmd, actions.Today, rules) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            var by = (cmd.CollectedBy ?? []).Distinct().ToList();
            var names = string.Join("、", by.Select(u => c.Officers.First(o => o.UserName == u).Name));
            var ev = new Evidence
            {
                CaseId = c.Id,
                Type = cmd.Type!.Value,
                Title = cmd.Title!.Trim(),
                Source = cmd.Source!.Trim(),
                CollectedOn = cmd.CollectedOn!.Value,
                CollectedBy = names,
                Description = cmd.Description?.Trim(),
                RecordedAt = clock.GetUtcNow(),
                DivisionCode = c.DivisionCode,
            };
            db.Evidence.Add(ev);
            return StepOutcome.Ok($"收集证据（{CaseNames.Of(ev.Type)}）：{ev.Title}，来源：{ev.Source}，取证人：{names}，{ev.CollectedOn:yyyy年M月d日}");
        }, ct);
}
