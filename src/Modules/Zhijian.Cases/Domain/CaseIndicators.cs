using System.Linq.Expressions;

namespace Zhijian.Cases.Domain;

/// <summary>What proves one 全过程记录 requirement: an issued document of a kind, an evidence item, or a file on an evidence item.</summary>
internal enum RecordProof
{
    Document = 1,
    Evidence = 2,
    EvidenceFile = 3,
}

/// <summary>One requirement of a complete 全过程记录: when it applies to a case, and what proves it (name as the case page shows it).</summary>
internal sealed record RecordRequirement(string Name, Expression<Func<Case, bool>> Applies, RecordProof Proof, DocumentKind? Document = null)
{
    /// <summary><see cref="Applies"/> compiled, for a case in memory.</summary>
    public Func<Case, bool> AppliesTo { get; } = Applies.Compile();
}

/// <summary>
/// 办案统计口径, one definition each: the metrics page evaluates them on loaded cases (compiled), the supervision-centre
/// measures translate the same expressions to SQL (GROUP BY the division prefix).
/// </summary>
internal static class CaseIndicators
{
    /// <summary>重大执法决定法制审核: major cases, cases after a hearing, and cases with the "较大数额" penalties that give a hearing right.</summary>
    public static readonly Expression<Func<Case, bool>> LegalReviewRequired =
        c => c.Procedure == CaseProcedure.Ordinary && (c.Major || c.HearingRight || c.HearingOn != null);

    /// <summary>法制审核 passed on or before the day of the decision.</summary>
    public static readonly Expression<Func<Case, bool>> LegalReviewedBeforeDecision =
        c => c.LegalReviewPassed == true && c.LegalReviewedOn != null && c.DecidedOn != null && c.LegalReviewedOn <= c.DecidedOn;

    /// <summary>按时公示: published on or before the last day to publish.</summary>
    public static readonly Expression<Func<Publication, bool>> PublishedOnTime = p => p.PublishedOn <= p.PublishBy;

    /// <summary>结案 (with its date).</summary>
    public static readonly Expression<Func<Case, bool>> Closed = c => c.Stage >= CaseStage.Closed && c.ClosedOn != null;

    internal static readonly Func<Case, bool> IsClosedWithDate = Closed.Compile();

    internal static readonly Func<Case, bool> IsLegalReviewRequired = LegalReviewRequired.Compile();

    internal static readonly Func<Case, bool> IsLegalReviewedBeforeDecision = LegalReviewedBeforeDecision.Compile();

    internal static readonly Func<Publication, bool> IsPublishedOnTime = PublishedOnTime.Compile();

    /// <summary>
    /// 超期: open at the end of <paramref name="day"/> (opened by then, not closed by then) with its 办结 deadline before that
    /// day — a case due on the day itself is not yet overdue. On today this is the "已超期" list.
    /// </summary>
    public static Expression<Func<Case, bool>> OverdueOn(DateOnly day) =>
        c => c.OpenedOn <= day && (c.Stage < CaseStage.Closed || c.ClosedOn > day) && c.ConcludeBy != null && c.ConcludeBy < day;

    /// <summary>
    /// 全过程记录 completeness: the documents the case's procedure and stage require were issued through the system and its
    /// evidence carries files. In order, as the case page lists what is missing.
    /// </summary>
    public static readonly IReadOnlyList<RecordRequirement> Record =
    [
        new(CaseNames.Of(DocumentKind.OnTheSpotDecision), c => c.Procedure == CaseProcedure.Simple, RecordProof.Document, DocumentKind.OnTheSpotDecision),
        new(CaseNames.Of(DocumentKind.OpeningApproval), c => c.Procedure != CaseProcedure.Simple, RecordProof.Document, DocumentKind.OpeningApproval),
        new("证据", c => c.Procedure != CaseProcedure.Simple && c.Stage >= CaseStage.Reviewing && c.Stage != CaseStage.TransferredToPolice, RecordProof.Evidence),
        new("证据附件", c => c.Procedure != CaseProcedure.Simple && c.Stage >= CaseStage.Reviewing && c.Stage != CaseStage.TransferredToPolice, RecordProof.EvidenceFile),
        new(CaseNames.Of(DocumentKind.PoliceTransfer), c => c.Procedure != CaseProcedure.Simple && (c.Ending == CaseEnding.TransferredToPolice || c.StageBeforeTransfer != null),
            RecordProof.Document, DocumentKind.PoliceTransfer),
        new(CaseNames.Of(DocumentKind.Notice), c => c.Procedure != CaseProcedure.Simple && c.Stage >= CaseStage.Notified && c.Stage != CaseStage.TransferredToPolice
            && c.Ending != CaseEnding.TransferredToPolice, RecordProof.Document, DocumentKind.Notice),
        new(CaseNames.Of(DocumentKind.Decision), c => c.Procedure != CaseProcedure.Simple && c.Stage >= CaseStage.Decided && c.Stage != CaseStage.TransferredToPolice
            && c.Ending != CaseEnding.TransferredToPolice, RecordProof.Document, DocumentKind.Decision),
        new(CaseNames.Of(DocumentKind.ServiceReceipt), c => c.Procedure != CaseProcedure.Simple && c.Stage >= CaseStage.Executing && c.Stage != CaseStage.TransferredToPolice
            && c.Ending != CaseEnding.TransferredToPolice, RecordProof.Document, DocumentKind.ServiceReceipt),
        new(CaseNames.Of(DocumentKind.ClosingApproval), c => c.Procedure != CaseProcedure.Simple && c.Stage >= CaseStage.Closed, RecordProof.Document, DocumentKind.ClosingApproval),
    ];

    /// <summary>What the record of <paramref name="c"/> lacks (names; empty = complete), from its documents and evidence counts.</summary>
    public static IReadOnlyList<string> Missing(Case c, IReadOnlySet<DocumentKind> docs, int evidence, int evidenceFiles) =>
        [.. Record.Where(r => r.AppliesTo(c) && !(r.Proof switch
        {
            RecordProof.Document => docs.Contains(r.Document!.Value),
            RecordProof.Evidence => evidence > 0,
            _ => evidenceFiles > 0,
        })).Select(r => r.Name)];

    /// <summary>
    /// <see cref="Record"/> as one SQL-translatable condition: every requirement that applies has its proof in
    /// <paramref name="documents"/>, <paramref name="evidence"/>, <paramref name="files"/> of the case. Each proof is asked as
    /// <c>c.Id IN (SELECT CaseId …)</c>, not as a correlated EXISTS: inside the OR of "does not apply or is proven" the
    /// database cannot turn an EXISTS into a join and probes it once per case (PostgreSQL, 50,000 cases: ~1 s per count),
    /// while the uncorrelated IN is read once and hashed.
    /// </summary>
    public static Expression<Func<Case, bool>> RecordComplete(IQueryable<CaseDocument> documents, IQueryable<Evidence> evidence, IQueryable<CaseFile> files)
    {
        var c = Expression.Parameter(typeof(Case), "c");
        Expression body = Expression.Constant(true);
        foreach (var r in Record)
        {
            var kind = r.Document ?? default;
            Expression<Func<Case, bool>> proof = r.Proof switch
            {
                RecordProof.Document => x => documents.Where(d => d.Kind == kind && d.CaseId != null).Select(d => d.CaseId!.Value).Contains(x.Id),
                RecordProof.Evidence => x => evidence.Select(e => e.CaseId).Contains(x.Id),
                _ => x => files.Where(f => f.EvidenceId != null).Select(f => f.CaseId).Contains(x.Id),
            };
            body = Expression.AndAlso(body, Expression.OrElse(Expression.Not(Rebind(r.Applies, c)), Rebind(proof, c)));
        }

        return Expression.Lambda<Func<Case, bool>>(body, c);
    }

    private static Expression Rebind(Expression<Func<Case, bool>> lambda, ParameterExpression to) => new Replace(lambda.Parameters[0], to).Visit(lambda.Body);

    private sealed class Replace(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
