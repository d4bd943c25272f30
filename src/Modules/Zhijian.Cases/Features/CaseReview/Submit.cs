using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.CaseReview;

internal static class SubmitRules
{
    /// <summary>调查终结: the proposal, evidence with at least one file, every preservation decided, enough officers.</summary>
    public static FieldErrors Validate(Case c, int evidence, bool evidenceFiles, int openPreservations, string? officersProblem)
    {
        var e = new FieldErrors();
        if (c.Stage != CaseStage.Investigating) return e.Add("stage", $"案件处于“{CaseNames.Of(c.Stage)}”阶段，不能提交审核");
        if (c.ViolationCode is null || c.Discretion is null) return e.Add("proposal", "请先填写拟处罚意见（违法行为、裁量阶次、处罚内容）");
        if (evidence == 0) return e.Add("evidence", "调查终结前须收集证据（至少一项），证据不足不能提交审核");
        if (!evidenceFiles) return e.Add("evidence", "证据须附有原件扫描件、照片或录音录像（至少一项证据上传附件）");
        if (openPreservations > 0) return e.Add("measures", $"有 {openPreservations} 项先行登记保存尚未作出处理决定");
        if (officersProblem is not null) return e.Add("officers", officersProblem);
        return e;
    }
}

/// <summary>调查终结 → 案件审核: the proposal, the evidence (at least one item with its file) and decided preservations are required.</summary>
internal sealed class SubmitHandler(CaseActions actions, CasesDbContext db, IRuleBook rules)
{
    public Task<Result<long>> Handle(long id, CancellationToken ct) =>
        actions.RunAsync(id, "submitted", CaseActor.Handler, async c =>
        {
            if (c.Stage != CaseStage.Investigating || c.ViolationCode is null || c.Discretion is null)
                return StepOutcome.Invalid(SubmitRules.Validate(c, 0, false, 0, null));
            var evidence = await db.Evidence.Where(x => x.CaseId == c.Id).Select(x => x.Id).ToListAsync(ct);
            var files = evidence.Count > 0 && await db.Files.AnyAsync(f => f.CaseId == c.Id && f.EvidenceId != null, ct);
            var open = files ? await db.Measures.Where(m => m.CaseId == c.Id && m.Kind == MeasureKind.Preservation && m.EndedOn == null).CountAsync(ct) : 0;
            var officers = CaseRules.OfficersProblem(rules, actions.Today, c.Officers.Count);
            if (SubmitRules.Validate(c, evidence.Count, files, open, officers) is { Count: > 0 } e) return StepOutcome.Invalid(e);
            c.Stage = CaseStage.Reviewing;
            c.ReviewedOn = null;
            return StepOutcome.Ok($"调查终结，提交案件审核（证据 {evidence.Count} 项）");
        }, ct);
}
