using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Platform.Todo;

namespace Zhijian.Cases.Features.Todo;

/// <summary>
/// 行政执法办案的待办, by who acts at each stage (as the case page's buttons, <c>StageAction.Available</c>):
/// 法制审核人员 — 案件审核 of an investigation report and 法制审核 (due <see cref="Case.LegalReviewBy"/>); 负责人 —
/// 处罚决定 waiting for approval, and clues at their 立案 deadline (<see cref="Clue.OpenBy"/>); 局领导 — 集体讨论;
/// the lead officer (主办人) — cases sent back by 案件审核 or 法制审核 (退回给我), the case's 办案期限
/// (<see cref="Case.ConcludeBy"/>) and the clues they registered at their 立案 deadline. A case's own officers are not asked
/// to review it.
/// </summary>
internal sealed class CaseTodo(CasesDbContext db) : ITodoSource
{
    public string Module => "行政执法办案";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        var me = ctx.Actor;
        var items = new List<TodoItem>();
        var open = db.Cases.AsNoTracking().Where(c => c.Stage < CaseStage.Closed);
        if (CaseAccess.CanReview(me))
        {
            var review = await Rows(open.Where(c => c.LeadOfficer != me.Name
                && ((c.Stage == CaseStage.Reviewing && c.ReviewedOn == null) || c.Stage == CaseStage.LegalReview)), ct);
            items.AddRange(ctx.Cap(review.Select(c => c.Stage == CaseStage.LegalReview
                    ? ctx.Approval(Module, "法制审核", Label(c), c.LegalReviewBy, $"/cases/{c.Id}")
                    : ctx.Approval(Module, "案件审核（调查终结报告）", Label(c), null, $"/cases/{c.Id}")),
                (kind, n) => new TodoItem(Module, kind, "其他待审核案件", $"另有 {n} 件", null, "/cases")));
        }

        if (CaseAccess.CanApprove(me))
        {
            var deciding = await Rows(open.Where(c => c.Stage == CaseStage.Deciding), ct);
            items.AddRange(ctx.Cap(deciding.Select(c => ctx.Approval(Module, "审批行政处罚决定", Label(c), null, $"/cases/{c.Id}")),
                (kind, n) => new TodoItem(Module, kind, "其他待审批的处罚决定", $"另有 {n} 件", null, "/cases")));
        }

        if (CaseAccess.CanLead(me))
        {
            var collective = await Rows(open.Where(c => c.Stage == CaseStage.Collective), ct);
            items.AddRange(ctx.Cap(collective.Select(c => ctx.Approval(Module, "组织集体讨论", Label(c), null, $"/cases/{c.Id}")),
                (kind, n) => new TodoItem(Module, kind, "其他待集体讨论案件", $"另有 {n} 件", null, "/cases")));
        }

        if (CaseAccess.CanApprove(me) || CaseAccess.CanHandle(me))
        {
            var approver = CaseAccess.CanApprove(me);
            var clues = await db.Clues.AsNoTracking()
                .Where(c => c.Status == ClueStatus.Verifying && c.OpenBy != null && c.OpenBy <= ctx.DueSoonLimit && (approver || c.ReceivedBy == me.Name))
                .OrderBy(c => c.OpenBy).ThenBy(c => c.Id).Take(500).Select(c => new { c.Number, c.PartyName, c.OpenBy }).ToListAsync(ct);
            items.AddRange(ctx.Cap(clues.Select(c => ctx.Deadline(Module, "作出是否立案的决定", $"{c.Number} {c.PartyName}", c.OpenBy!.Value, "/cases/clues"))
                    .OfType<TodoItem>(),
                (kind, n) => new TodoItem(Module, kind, "其他临近立案期限的线索", $"另有 {n} 条", null, "/cases/clues")));
        }

        if (CaseAccess.CanHandle(me))
        {
            var mine = open.Where(c => c.LeadOfficer == me.Name);
            var returned = await Rows(mine.Where(c => c.Stage == CaseStage.Investigating && (c.ReviewOpinion != null || c.LegalReviewPassed == false)), ct);
            items.AddRange(ctx.Cap(returned.Select(c => new TodoItem(Module, TodoKind.ReturnedToMe,
                    c.LegalReviewPassed == false ? "补充调查（法制审核退回）" : "补充调查（案件审核退回）", Label(c), c.ConcludeBy, $"/cases/{c.Id}")),
                (kind, n) => new TodoItem(Module, kind, "其他退回的案件", $"另有 {n} 件", null, "/cases?view=mine")));
            var due = await Rows(mine.Where(c => c.ConcludeBy != null && c.ConcludeBy <= ctx.DueSoonLimit), ct);
            items.AddRange(ctx.Cap(due.Select(c => ctx.Deadline(Module, "办案期限届满，应作出处理决定并结案", Label(c), c.ConcludeBy!.Value, $"/cases/{c.Id}"))
                    .OfType<TodoItem>(),
                (kind, n) => new TodoItem(Module, kind, "其他临近办案期限的案件", $"另有 {n} 件", null, "/cases?view=mine")));
        }

        return items;
    }

    private static Task<List<Row>> Rows(IQueryable<Case> q, CancellationToken ct) =>
        q.OrderBy(c => c.ConcludeBy).ThenBy(c => c.Id).Take(500)
            .Select(c => new Row(c.Id, c.Number, c.PartyName, c.Stage, c.LegalReviewBy, c.ConcludeBy, c.LegalReviewPassed)).ToListAsync(ct);

    private static string Label(Row c) => $"{c.Number} {c.PartyName}";

    private sealed record Row(long Id, string Number, string PartyName, CaseStage Stage, DateOnly? LegalReviewBy, DateOnly? ConcludeBy, bool? LegalReviewPassed);
}
