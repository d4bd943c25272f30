namespace Zhijian.Metrology.Features.Checks;

/// <summary>One checked item: 器具 name, serial, verified and valid, on-site error (%, fuel dispensers), accurate (scales).</summary>
internal sealed record CheckItemInput(string? Name, string? SerialNo, bool Verified, decimal? ErrorPercent, bool? Accurate, string? Note);

/// <summary>民生计量检查: place (集贸市场 | 加油站 | 医疗机构), the business (registry USCC), date, inspectors, items.</summary>
internal sealed record RecordCheck(string? Place, string? TargetUscc, string? DivisionCode, string? Address, DateOnly? CheckedOn, string? Inspectors,
    bool? FairScalePresent, IReadOnlyList<CheckItemInput>? Items);

/// <summary>复查 after 整改.</summary>
internal sealed record RecordRecheck(DateOnly? On, bool Passed, string? Note);

/// <summary>定量包装商品净含量检验: the product, nominal quantity and unit (g | mL), the batch size and every sample's actual content.</summary>
internal sealed record RecordPackageCheck(string? TargetUscc, string? DivisionCode, string? ProductName, decimal? Nominal, string? Unit, int? BatchSize,
    IReadOnlyList<decimal>? Samples, DateOnly? CheckedOn);

internal sealed record CheckItemView(string Name, string? SerialNo, bool Verified, decimal? ErrorPercent, bool? Accurate, bool Passed, string? Note);

internal sealed record CheckRow(long Id, string Place, string TargetName, string TargetUscc, string Division, DateOnly CheckedOn, int Items, int ItemsPassed,
    string Result, DateOnly? RectifyBy, DateOnly? RecheckedOn, string State);

internal sealed record CheckView(long Id, string Place, string TargetName, string TargetUscc, string DivisionCode, string Division, string Address,
    DateOnly CheckedOn, string Inspectors, bool? FairScalePresent, bool Passed, DateOnly? RectifyBy, DateOnly? RecheckedOn, bool? RecheckPassed,
    string? RecheckNote, string State, bool ClueSent, IReadOnlyList<CheckItemView> Items);

internal sealed record PackageCheckView(long Id, string TargetName, string TargetUscc, string Division, string ProductName, decimal Nominal, string Unit,
    int BatchSize, int SampleSize, decimal T, decimal Mean, decimal StdDev, int OverT, int Over2T, bool Passed, string Result, IReadOnlyList<string> Reasons,
    DateOnly CheckedOn);

internal sealed record CheckPage<T>(IReadOnlyList<T> Items, int Total, int Page, int Size);

/// <summary>The sampling plan and T for a nominal quantity and batch (the check form's helper).</summary>
internal sealed record PackagePlanView(decimal Nominal, decimal? T, int BatchSize, int SampleSize, int AllowedOverT, decimal Lambda, string Source);
