using Zhijian.Cases.Contracts;
using Zhijian.Cases.Domain;

namespace Zhijian.Cases.Features.Workflow;

internal sealed record EvidenceInput(EvidenceType? Type, string? Title, string? Source, DateOnly? CollectedOn, IReadOnlyList<string>? CollectedBy, string? Description);

internal sealed record MeasureInput(MeasureKind? Kind, string? Items, string? Place, DateOnly? StartedOn, string? ApprovedBy);

internal sealed record EndMeasureInput(string? Outcome);

internal sealed record PenaltyInput(PenaltyKind? Kind, decimal? Amount);

/// <summary>拟处罚意见: the violation from the catalogue, penalties, discretion level (and the reason when leaving the band), 处罚到人.</summary>
internal sealed record ProposeInput(string? ViolationCode, IReadOnlyList<PenaltyInput>? Penalties, DiscretionLevel? Discretion, string? DiscretionReason,
    decimal? BaseAmount, IReadOnlyList<ResponsiblePerson>? Responsible, string? Facts);

internal sealed record OpinionInput(bool Passed, string? Opinion);

internal sealed record NoticeInput(DateOnly? ServedOn);

internal sealed record StatementInput(string? Text, bool HearingRequested, bool Waived);

internal sealed record HearingInput(DateOnly? HeldOn, string? Report);

internal sealed record CollectiveInput(DateOnly? HeldOn, string? Conclusion);

internal sealed record ServeInput(DateOnly? ServedOn, string? Method, string? SignedBy);

internal sealed record DateInput(DateOnly? On);

internal sealed record ReasonInput(string? Reason);

internal sealed record ExtendInput(string? Reason, int? CollectiveDays);

internal sealed record TransferInput(string? PoliceOrgan, string? Reason);

internal sealed record PoliceOutcomeInput(PoliceOutcome? Outcome, string? Note, DateOnly? On);

internal sealed record CloseInput(string? Note);

internal sealed record CorrectionInput(string? Field, string? Value, string? Reason);

/// <summary>简易程序: 当场处罚 — the party, the violation and a warning and/or a small fine, by two certified officers.</summary>
internal sealed record SimpleCaseInput(PartyKind? PartyKind, string? PartyName, string? Uscc, string? Facts, string? ViolationCode,
    IReadOnlyList<PenaltyInput>? Penalties, IReadOnlyList<string>? Officers, string? Place);
