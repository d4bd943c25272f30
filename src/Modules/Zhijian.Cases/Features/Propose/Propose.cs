using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Contracts;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Propose;

/// <summary>拟处罚意见: the violation from the catalogue, penalties, discretion level (and the reason when leaving the band), 处罚到人.</summary>
internal sealed record ProposeInput(string? ViolationCode, IReadOnlyList<PenaltyInput>? Penalties, DiscretionLevel? Discretion, string? DiscretionReason,
    decimal? BaseAmount, IReadOnlyList<ResponsiblePerson>? Responsible, string? Facts);

internal static class ProposeRules
{
    public static FieldErrors ValidateStage(Case c) =>
        c.Stage is CaseStage.Investigating or CaseStage.Notified or CaseStage.Hearing
            ? new FieldErrors()
            : new FieldErrors().Add("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，不能修改处罚意见");

    /// <summary>The proposal against the catalogue (<paramref name="v"/>, null when not found) and its band; no heavier penalty after a statement (第四十五条).</summary>
    public static FieldErrors Validate(Case c, ProposeInput cmd, Violation? v, DiscretionCheck? check, IReadOnlyList<PenaltyItem> penalties,
        IReadOnlyList<ResponsiblePerson> responsible)
    {
        var e = new FieldErrors();
        if (v is null) return e.Add("violationCode", "请从违法行为目录中选择违法行为（含违法依据与处罚依据）");
        if (cmd.Discretion is not { } level || !Enum.IsDefined(level)) return e.Add("discretion", "请选择裁量阶次（不予、减轻、从轻、一般、从重）");
        if (check!.Error is not null) return e.Add(check.Field!, check.Error);
        var reason = cmd.DiscretionReason?.Trim();
        if (check.OutsideBand && string.IsNullOrEmpty(reason))
            return e.Add("discretionReason", $"罚款不在{check.Band!.Text}的裁量基准范围内，须写明偏离裁量基准的理由（将记入案卷并经审核）");
        if (level != DiscretionLevel.Normal && string.IsNullOrEmpty(reason))
            return e.Add("discretionReason", $"选择{DiscretionRules.LevelName(level)}须写明所依据的情节");
        if (responsible.Any(r => string.IsNullOrWhiteSpace(r.Position) || string.IsNullOrWhiteSpace(r.Penalty)))
            return e.Add("responsible", "处罚到人：请为每位责任人员填写职务和处理内容");
        var newTotal = penalties.Sum(p => p.Amount ?? 0);
        if (c.Statement is not null && (newTotal > c.Penalties.Sum(p => p.Amount ?? 0) || penalties.Any(p => c.Penalties.All(o => o.Kind != p.Kind))))
            return e.Add("penalties", "当事人已陈述申辩，不得因其陈述申辩而加重处罚（《行政处罚法》第四十五条）");
        return e;
    }
}

internal sealed class ProposeHandler(CaseActions actions, CasesDbContext db, IRuleBook rules)
{
    public Task<Result<long>> Handle(long id, ProposeInput cmd, CancellationToken ct) =>
        actions.RunAsync(id, "proposed", CaseActor.Handler, async c =>
        {
            if (ProposeRules.ValidateStage(c) is { Count: > 0 } stage) return StepOutcome.Invalid(stage);
            var v = string.IsNullOrWhiteSpace(cmd.ViolationCode) ? null : await db.Violations.SingleOrDefaultAsync(x => x.Code == cmd.ViolationCode.Trim() && x.Active, ct);
            var penalties = (cmd.Penalties ?? []).Select(p => new PenaltyItem(p.Kind ?? 0, p.Amount)).ToList();
            DiscretionCheck? check = null;
            if (v is not null && cmd.Discretion is { } lv && Enum.IsDefined(lv))
            {
                var band = await db.Bands.SingleOrDefaultAsync(b => b.ViolationCode == v.Code && b.Level == lv, ct);
                check = DiscretionRules.Check(v, band, lv, penalties, cmd.BaseAmount);
            }

            var responsible = (cmd.Responsible ?? []).Where(r => !string.IsNullOrWhiteSpace(r.Name)).Select(r => r with { Name = r.Name.Trim() }).ToList();
            if (ProposeRules.Validate(c, cmd, v, check, penalties, responsible) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            var level = cmd.Discretion!.Value;
            var reason = cmd.DiscretionReason?.Trim();
            c.ViolationCode = v!.Code;
            c.Penalties = penalties;
            c.Discretion = level;
            c.DiscretionReason = string.IsNullOrEmpty(reason) ? null : reason.Truncate(2000);
            c.BaseAmount = cmd.BaseAmount;
            c.Responsible = responsible;
            if (!string.IsNullOrWhiteSpace(cmd.Facts)) c.Facts = cmd.Facts.Trim().Truncate(8000);
            var party = c.PartyKind == PartyKind.NaturalPerson;
            c.HearingRight = CaseRules.HearingRight(rules, actions.Today, party, penalties);
            var text = penalties.Count == 0 ? "不予行政处罚" : CaseNames.Penalties(penalties);
            var outside = check!.OutsideBand ? $"；偏离裁量基准（{check.Band!.Text}），理由：{reason}" : "";
            return StepOutcome.Ok($"拟处罚意见：{v.Name}（{v.PenaltyBasis.Split('：')[0]}），{DiscretionRules.LevelName(level)}，{text}{outside}" +
                (responsible.Count > 0 ? $"；处罚到人：{string.Join("、", responsible.Select(r => $"{r.Name}（{r.Position}）{r.Penalty}"))}" : "") +
                (c.HearingRight ? "；当事人享有听证权利" : ""));
        }, ct);
}
