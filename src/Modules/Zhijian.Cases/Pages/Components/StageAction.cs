using Zhijian.Cases.Domain;
using Zhijian.Cases.Features.Queries;

namespace Zhijian.Cases.Pages.Components;

/// <summary>The actions of the case page (stage operations and measures): their names, which are primary, and which the caller may take now.</summary>
internal static class StageAction
{
    public const string Submit = "submit", Review = "review", Notify = "notify", Statement = "statement", Advance = "advance", Hearing = "hearing",
        LegalReview = "legal-review", Collective = "collective", Decide = "decide", Serve = "serve", Payment = "payment", Enforcement = "enforcement",
        Close = "close", Extend = "extend", Suspend = "suspend", Resume = "resume", Transfer = "transfer", Receipt = "receipt", Outcome = "outcome",
        Correct = "correct", MeasureAdd = "measure-add", MeasureExtend = "measure-extend", MeasureEnd = "measure-end";

    /// <summary>The fields the action dialog shows beside their input; any other error goes to the summary.</summary>
    public static readonly string[] DialogFields = ["opinion", "servedOn", "text", "hearingRequested", "heldOn", "report", "conclusion", "method", "signedBy", "on",
        "reason", "collectiveDays", "outcome", "kind", "items", "place", "startedOn", "approvedBy", "policeOrgan", "note", "field", "value"];

    public static bool Primary(string a) => a is Submit or Review or Notify or Advance or LegalReview or Collective or Decide or Serve or Close;

    public static string Name(string a) => a switch
    {
        Submit => "提交审核",
        Review => "案件审核",
        Notify => "告知当事人",
        Statement => "记录陈述申辩",
        Advance => "进入下一环节",
        Hearing => "听证",
        LegalReview => "法制审核",
        Collective => "集体讨论",
        Decide => "作出决定",
        Serve => "送达决定书",
        Payment => "登记缴款",
        Enforcement => "申请强制执行",
        Close => "结案",
        Extend => "延长办案期限",
        Suspend => "中止计时",
        Resume => "恢复计时",
        Transfer => "移送公安",
        Receipt => "登记回执",
        Outcome => "登记公安决定",
        Correct => "更正",
        MeasureAdd => "采取措施",
        MeasureExtend => "延长查封扣押",
        MeasureEnd => "处理措施",
        _ => a,
    };

    /// <summary>What this caller may do on the case now (the services check again; this only chooses the buttons).</summary>
    public static List<string> Available(CaseDetail? d, CaseRoles who, DateOnly today)
    {
        var list = new List<string>();
        if (d is null) return list;
        var c = d.Case;
        void Add(bool when, string a)
        {
            if (when) list.Add(a);
        }

        var ordinary = c.Procedure == CaseProcedure.Ordinary;
        Add(who.Handles && c.Stage == CaseStage.Investigating, Submit);
        Add(who.Reviews && c.Stage == CaseStage.Reviewing && c.ReviewedOn is null, Review);
        Add(who.Handles && c.Stage == CaseStage.Reviewing && c.ReviewedOn is not null, Notify);
        Add(who.Handles && c.Stage == CaseStage.Notified, Statement);
        Add(who.Handles && c.Stage == CaseStage.Notified && (c.Statement is not null || today > c.StatementBy), Advance);
        Add(who.Handles && c.Stage == CaseStage.Hearing, Hearing);
        Add(who.Reviews && c.Stage == CaseStage.LegalReview, LegalReview);
        Add(who.Leads && c.Stage == CaseStage.Collective, Collective);
        Add(who.Approves && c.Stage == CaseStage.Deciding, Decide);
        Add(who.Handles && c.Stage == CaseStage.Decided, Serve);
        Add(who.Handles && c.Stage == CaseStage.Executing && c.FineTotal > 0 && c.PaidOn is null, Payment);
        Add(who.Approves && c.Stage == CaseStage.Executing && c.FineTotal > 0 && c.PaidOn is null && c.EnforcementAppliedOn is null && today > c.FinePaymentBy, Enforcement);
        Add(who.Approves && ((c.Stage == CaseStage.Executing && (c.FineTotal == 0 || c.PaidOn is not null || c.EnforcementAppliedOn is not null))
            || (c.Stage == CaseStage.TransferredToPolice && c.PoliceOutcome == PoliceOutcome.Accepted)), Close);
        Add(who.Approves && ordinary && !c.IsClosed, Extend);
        Add(who.Handles && ordinary && !c.IsClosed && !c.Excluded.Any(p => p.End is null), Suspend);
        Add(who.Handles && !c.IsClosed && c.Excluded.Any(p => p.End is null) && c.Stage is not (CaseStage.Hearing or CaseStage.TransferredToPolice), Resume);
        Add(who.Approves && c.Stage < CaseStage.Decided, Transfer);
        Add(who.Handles && c.Stage == CaseStage.TransferredToPolice && c.PoliceReceiptOn is null, Receipt);
        Add(who.Handles && c.Stage == CaseStage.TransferredToPolice && c.PoliceReceiptOn is not null && c.PoliceOutcome is null, Outcome);
        Add(who.Approves && c.IsClosed, Correct);
        return list;
    }
}

/// <summary>What the signed-in user may do on this case: handle (an officer of it, or a section chief), approve, review (not an officer of it), lead.</summary>
internal sealed record CaseRoles(bool Handles, bool Approves, bool Reviews, bool Leads);

/// <summary>An action the page asks the dialog to take; a new request (even for the same action) starts a fresh form.</summary>
internal sealed record ActionRequest(string Action, long? MeasureId);

/// <summary>
/// The case as the page loaded it, handed to its components. Razor components are public classes and their parameters must be
/// public, while the module's types are internal: this public shell carries them to the components of this assembly only.
/// </summary>
internal sealed class LoadedCase
{
    internal LoadedCase(CaseDetail detail, IReadOnlyList<(Violation Violation, IReadOnlyList<DiscretionBand> Bands)> catalogue)
    {
        Detail = detail;
        Catalogue = catalogue;
    }

    internal CaseDetail Detail { get; }

    /// <summary>The violation catalogue with its discretion bands (for the proposal form).</summary>
    internal IReadOnlyList<(Violation Violation, IReadOnlyList<DiscretionBand> Bands)> Catalogue { get; }
}
