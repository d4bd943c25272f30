using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Features.Registry;

/// <summary>
/// 设备登记: a piece of equipment entered in the registry, and — with <see cref="Register"/> — its 使用登记 at once. The category
/// and 品种 come from the code; <see cref="Category"/> / <see cref="Variety"/>, when given, must agree with it (a legacy 20-digit
/// code gives only its class: then <see cref="Variety"/> names the 品种 under it).
/// </summary>
internal sealed record CreateEquipment(
    string? Code, EquipmentCategory? Category, string? Variety, string? UserUscc, string? DivisionCode, string? Address, string? Place, string? InternalNo,
    string? MakerName, string? MakerLicenceNo, string? Model, string? FactoryNo, DateOnly? MadeOn, string? InstallerName, string? MaintainerUscc,
    Dictionary<string, string>? Parameters, DateOnly? FirstUseOn, DateOnly? SupervisionMonth, int? SafetyGrade, string? Insurer, DateOnly? InsuredUntil,
    bool Register = false, DateOnly? RegisteredOn = null, DateOnly? NextInspectionOn = null);

/// <summary>使用登记 of equipment already in the registry.</summary>
internal sealed record RegisterEquipment(DateOnly? RegisteredOn, DateOnly? FirstUseOn, DateOnly? NextInspectionOn);

/// <summary>变更: only the fields given change (null = unchanged).</summary>
internal sealed record ChangeEquipment(
    string? UserUscc, string? DivisionCode, string? Address, string? Place, string? InternalNo, string? MaintainerUscc,
    Dictionary<string, string>? Parameters, DateOnly? SupervisionMonth, int? SafetyGrade, string? Insurer, DateOnly? InsuredUntil, string? Reason);

/// <summary>停用: the date, the reason and — for a stop of a year or more — the expected restart (or none known).</summary>
internal sealed record StopEquipment(DateOnly? StoppedOn, string? Reason, bool LongTerm = false);

/// <summary>重新启用: the date and, after a stop, the date of the periodic inspection done after the stop (required after a long stop).</summary>
internal sealed record RestartEquipment(DateOnly? RestartedOn, DateOnly? InspectedOn);

/// <summary>报废 / 注销: the date and reason.</summary>
internal sealed record EndEquipment(DateOnly? On, string? Reason);

/// <summary>One row of the 设备台账.</summary>
internal sealed record EquipmentRow(long Id, string Code, string Category, string Variety, string VarietyName, string UserName, string UserUscc,
    string Address, string DivisionCode, string Division, string Status, string? RegistrationNo, DateOnly? RegisteredOn, DateOnly? RegistrationDueOn,
    bool RegisteredLate, bool Insured, DateOnly? FirstUseOn, bool LegacyCode);

internal sealed record EquipmentPage<T>(IReadOnlyList<T> Items, int Total, int Page, int Size);

internal sealed record EquipmentParameterView(string Key, string Label, string? Unit, string? Value);

internal sealed record EquipmentChangeView(DateTimeOffset At, string Kind, string Actor, string Text);

/// <summary>The detail of an equipment (console and API): the record, its parameters, the history and the seams' panels.</summary>
internal sealed record EquipmentView(
    long Id, string Code, bool LegacyCode, EquipmentCategory CategoryCode, string Category, string Variety, string VarietyName, string Status,
    string? RegistrationNo, DateOnly? RegisteredOn, DateOnly? RegistrationDueOn, bool RegisteredLate, string UserUscc, string UserName,
    string DivisionCode, string Division, string Address, string? Place, string? InternalNo, string MakerName, string? MakerLicenceNo, string? Model,
    string? FactoryNo, DateOnly? MadeOn, string? InstallerName, string? MaintainerUscc, string? MaintainerName, IReadOnlyList<EquipmentParameterView> Parameters,
    DateOnly? FirstUseOn, DateOnly? SupervisionMonth, int? SafetyGrade, string? GasKind, DateOnly? NextInspectionOn, DateOnly? StoppedOn, string? StopReason,
    bool StopLongTerm, bool StopReportedLate, bool InspectionRequired, DateOnly? ScrappedOn, DateOnly? CancelledOn, string? Insurer, DateOnly? InsuredUntil,
    bool Insured, IReadOnlyList<EquipmentChangeView> Changes, string CardUrl);

/// <summary>The catalogue as a tree: categories → classes → 品种.</summary>
internal sealed record CatalogResponse(string Source, IReadOnlyList<CatalogNode> Categories);

internal sealed record CatalogNode(string Code, string Name, int Level, IReadOnlyList<CatalogNode> Children, IReadOnlyList<ParameterSpec>? Parameters);

/// <summary>The public elevator card (no personal data: the user's name only, the address at building level).</summary>
internal sealed record ElevatorCard(
    string Code, string VarietyName, string UserName, string Address, string? RegistrationNo, DateOnly? RegisteredOn, string Status,
    DateOnly? LastInspectedOn, string? LastConclusion, string? LastBody, DateOnly? NextDueMonth, bool InspectionOverdue,
    string? MaintainerName, string? MaintainerHotline, bool Insured, string Rescue);
