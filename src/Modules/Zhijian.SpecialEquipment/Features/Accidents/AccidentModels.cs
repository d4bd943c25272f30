using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Features.Accidents;

/// <summary>
/// 登记事故. <c>equipmentCode</c> for registered equipment; otherwise <c>equipmentDescription</c>, <c>category</c>, <c>userName</c> and
/// <c>divisionCode</c> describe it. Loss in 万元; stranding (滞留) in minutes with the number of people stranded.
/// </summary>
internal sealed record RegisterAccident(string? EquipmentCode, string? EquipmentDescription, EquipmentCategory? Category, string? UserName, string? DivisionCode,
    DateTimeOffset? OccurredAt, string? Place, int? Deaths, int? SeriousInjuries, int? Injuries, decimal? LossWan, int? StrandedMinutes, int? StrandedPeople,
    bool Explosion, int? Evacuated, bool CraneOverturn, bool CraneStructureBreak, bool Boiler600Mw, int? BoilerOutageHours, string? Description, string? ReporterUnit);

/// <summary>核实 a draft (96333 long entrapment): an accident (its chain starts) or not (closed as 核实不属于事故).</summary>
internal sealed record VerifyAccident(bool IsAccident, string? Note);

/// <summary>登记一级报告 (made at, by whom).</summary>
internal sealed record RecordAccidentReport(DateTimeOffset? ReportedAt, string? ReportedBy, string? Note);

/// <summary>结案: 调查结论, 责任认定, 整改.</summary>
internal sealed record CloseAccident(string? Conclusion, string? Responsibility, string? Rectification);

/// <summary>The class the facts give and why.</summary>
internal sealed record AccidentClassView(int Class, string Name, string Reason);

/// <summary>An accident in a list: the next report due and whether any is overdue.</summary>
internal sealed record AccidentRow(long Id, string Number, string Title, string? EquipmentCode, string Category, string UserName, DateTimeOffset OccurredAt,
    string Class, int Deaths, string Status, DateTimeOffset? NextDueAt, string? NextRoute, bool Overdue);

/// <summary>A page of rows and the total.</summary>
internal sealed record AccidentList(IReadOnlyList<AccidentRow> Items, int Total, int Page, int Size);

/// <summary>One report of the chain with its deadline and state (按时 / 超时 / 待报告 / 已超期).</summary>
internal sealed record AccidentReportView(long Id, int Seq, string Route, DateTimeOffset DueAt, DateTimeOffset? ReportedAt, string? ReportedBy, string? Note,
    bool Overdue, string State);

/// <summary>An accident in full.</summary>
internal sealed record AccidentView(long Id, string Number, string Title, long? EquipmentId, string? EquipmentCode, string Category, string? EquipmentDescription,
    string? UserUscc, string UserName, string DivisionCode, DateTimeOffset OccurredAt, string Place, int Deaths, int SeriousInjuries, int Injuries, decimal LossWan,
    int StrandedMinutes, int StrandedPeople, string Description, string ReporterUnit, int ClassCode, string Class, string ClassReason, string Status,
    string? SourceCallNumber, string? Conclusion, string? Responsibility, string? Rectification, DateOnly? ClosedOn, bool CaseClueRaised,
    IReadOnlyList<AccidentReportView> Reports, IReadOnlyList<Hazards.SafetyHistoryEntry> History);
