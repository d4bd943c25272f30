namespace Zhijian.Drugs.Features.Supervision;

/// <summary>新建网格：区县、编号、名称、街道（“、”分隔）、监管责任人（工作人员账号）、网格员.</summary>
internal sealed record CreateGrid(string? DivisionCode, string? Code, string? Name, string? Streets, string? Officer, string? GridWorker);

/// <summary>更换监管责任人或网格员.</summary>
internal sealed record SetGridOfficer(string? Officer, string? GridWorker);

/// <summary>划入网格：按企业（businessIds）或按街道批量（street：本区县地址含该街道的药店、医疗器械和化妆品经营企业）.</summary>
internal sealed record AssignToGrid(IReadOnlyList<long>? BusinessIds, string? Street);

/// <summary>一个检查项目的结果：项目编号、结果（pass 符合 | fail 不符合 | na 不适用）、说明.</summary>
internal sealed record ItemInput(string? Code, string? Result, string? Note);

/// <summary>登记监督检查：企业、日期（默认今天）、两名执法人员、全部检查项目、结论（compliant 符合 | rectify 限期整改 | case 立案查处）、发现的问题.</summary>
internal sealed record RecordInspection(long? BusinessId, DateOnly? InspectedOn, string? Officer1, string? Officer2, IReadOnlyList<ItemInput>? Items,
    string? Conclusion, string? Findings);

/// <summary>复查：日期（默认今天）、是否整改到位、说明（不合格必填）.</summary>
internal sealed record RecordRecheck(DateOnly? RecheckedOn, bool? Passed, string? Note);

/// <summary>新增预防接种单位.</summary>
internal sealed record CreateVaccinationPoint(string? Name, string? DivisionCode, string? Address, string? Kind);

/// <summary>登记疫苗储存和冷链检查.</summary>
internal sealed record RecordVaccineCheck(long? PointId, DateOnly? CheckedOn, string? Officer1, string? Officer2, decimal? MinTemperature, decimal? MaxTemperature,
    bool? RecordsComplete, bool? TraceScanned, int? ExpiredDoses, string? Note);

internal sealed record ChecklistItemView(string Code, string Text, bool Key);

internal sealed record ChecklistView(string Kind, string Name, IReadOnlyList<ChecklistItemView> Items);

internal sealed record GridRow(long Id, string Code, string Name, string DivisionCode, string DivisionName, string Streets, string? OfficerUser, string? OfficerName,
    string? GridWorker, int Businesses, int Pharmacies);

/// <summary>零售药店网格化监管覆盖率 of one county: active pharmacies, those in a grid with a responsible officer, the percentage.</summary>
internal sealed record CoverageRow(string DivisionCode, string DivisionName, int ActivePharmacies, int Gridded, decimal? Coverage);

internal sealed record GridList(IReadOnlyList<GridRow> Items, int Total, int Page, int Size, IReadOnlyList<CoverageRow> Coverage, int Unassigned);

internal sealed record AssignResult(long GridId, int Assigned, int Moved, IReadOnlyList<string> Names);

internal sealed record UnassignedRow(long Id, string Name, string Kind, string DivisionCode, string Address);

internal sealed record InspectionRow(long Id, string Number, long BusinessId, string BusinessName, string BusinessKind, string DivisionCode, DateOnly InspectedOn,
    string ChecklistName, string ConclusionCode, string Conclusion, int FailedItems, int FailedKeyItems, string RectifyCode, string Rectify, DateOnly? RectifyDueOn,
    DateOnly? RecheckDueOn, bool Overdue, bool ClueRaised);

internal sealed record InspectionList(IReadOnlyList<InspectionRow> Items, int Total, int Page, int Size);

internal sealed record InspectionItemView(string Code, string Text, bool Key, string ResultCode, string Result, string? Note);

internal sealed record InspectionView(long Id, string Number, long BusinessId, string BusinessName, string Uscc, string BusinessKind, string DivisionCode,
    string? GridName, DateOnly InspectedOn, string Officer1, string Officer2, string ChecklistName, string ConclusionCode, string Conclusion, string? Findings,
    int FailedItems, int FailedKeyItems, string RectifyCode, string Rectify, DateOnly? RectifyDueOn, DateOnly? RecheckDueOn, DateOnly? RecheckOn,
    string? RecheckNote, bool Overdue, bool ClueRaised, DateTimeOffset? ClueRaisedAt, IReadOnlyList<InspectionItemView> Items);

/// <summary>A business's grade and next inspection (检查计划：按风险等级确定频次).</summary>
internal sealed record DueRow(long BusinessId, string Name, string Kind, string DivisionCode, string? GridName, int Grade, string GradeName, int Score,
    string Reasons, DateOnly? LastInspectedOn, DateOnly NextDueOn, bool Overdue);

internal sealed record DueList(IReadOnlyList<DueRow> Items, int Total, int Page, int Size, IReadOnlyDictionary<string, int> Grades);

internal sealed record RecomputeResult(int Graded, int RechecksOverdue, IReadOnlyDictionary<string, int> Grades);

internal sealed record VaccinationPointRow(long Id, string Name, string DivisionCode, string Address, string Kind, DateOnly? LastCheckedOn, bool? LastPassed,
    int Checks);

internal sealed record VaccineCheckRow(long Id, long PointId, string PointName, string DivisionCode, DateOnly CheckedOn, string Officer1, string Officer2,
    decimal MinTemperature, decimal MaxTemperature, bool RecordsComplete, bool TraceScanned, int ExpiredDoses, bool Passed, string Findings,
    string RectifyCode, string Rectify, DateOnly? RectifyDueOn, DateOnly? RecheckOn, string? RecheckNote, bool Overdue);

internal sealed record VaccineList(IReadOnlyList<VaccinationPointRow> Points, IReadOnlyList<VaccineCheckRow> Checks, int Total, int Page, int Size);
