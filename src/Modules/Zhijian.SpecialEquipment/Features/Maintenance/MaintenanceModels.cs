using Zhijian.SpecialEquipment.Domain.Maintenance;

namespace Zhijian.SpecialEquipment.Features.Maintenance;

/// <summary>A 维保单位 to add or change (categories: EquipmentCategory numbers, e.g. [3] for elevators).</summary>
internal sealed record MaintainerInput(string Uscc, string LicenceNo, IReadOnlyList<int>? Categories, DateOnly? LicenceValidUntil, string? Hotline, string? Address);

internal sealed record MaintainerRow(long Id, string Uscc, string Name, string LicenceNo, IReadOnlyList<string> Categories, DateOnly LicenceValidUntil,
    bool Expired, string? Hotline, string? Address, int Contracts);

/// <summary>A new contract (a change of company ends the current one the day before <paramref name="From"/>).</summary>
internal sealed record ContractInput(string MaintainerUscc, DateOnly? From, DateOnly? To);

/// <summary>按需维保试点 on or off for one elevator (days and the approving document when on).</summary>
internal sealed record OnDemandInput(bool Enabled, int? IntervalDays, string? DocumentNo);

internal sealed record ContractRow(long Id, string EquipmentCode, string DivisionCode, string MaintainerUscc, string MaintainerName, DateOnly From, DateOnly? To,
    DateOnly? EndedOn, bool OnDemand, int? OnDemandDays, string? OnDemandDocNo, DateOnly? LastMaintainedOn, DateOnly DueOn);

/// <summary>A maintenance record as posted (date, level, staff, findings, the user's signature).</summary>
internal sealed record MaintenanceInput(string MaintainerUscc, DateOnly? On, MaintenanceLevel? Level, string Staff, string? Findings, bool SignedByUser);

/// <summary>One row of a batch: the equipment code and the record.</summary>
internal sealed record MaintenanceBatchRow(string EquipmentCode, string MaintainerUscc, DateOnly? On, MaintenanceLevel? Level, string Staff, string? Findings, bool SignedByUser);

internal sealed record MaintenanceBatch(IReadOnlyList<MaintenanceBatchRow>? Rows);

internal sealed record BatchResult(int Written);

internal sealed record MaintenanceRow(long Id, string EquipmentCode, string DivisionCode, string MaintainerName, DateOnly On, string Level, string Staff,
    string? Findings, bool SignedByUser, bool OnTime, int? GapDays);

internal sealed record SelfCheckInput(DateOnly? On, string CheckedBy, string? Findings);

internal sealed record SelfCheckRow(long Id, string EquipmentCode, DateOnly On, string CheckedBy, string? Findings);

/// <summary>An overdue item: the equipment, its user and maintainer, what is overdue, since when.</summary>
internal sealed record OverdueRow(long EquipmentId, string EquipmentCode, string DivisionCode, string UserName, string Address, string? MaintainerName,
    DateOnly? LastOn, DateOnly DueOn, int DaysOverdue, bool OnDemand);

internal sealed record ListPage<T>(IReadOnlyList<T> Items, int Total, int Page, int Size);
