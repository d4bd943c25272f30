namespace Zhijian.ProductQuality.Features.FollowUp;

/// <summary>企业确认已停止生产、销售（不合格同一产品）：日期（默认今天）与方式（书面确认、现场检查、下架记录 …）.</summary>
internal sealed record ConfirmStop(DateOnly? ConfirmedOn, string? How);

/// <summary>责令整改：通知书文号（空则自动编号）与日期（默认今天）; the deadlines follow from the date.</summary>
internal sealed record OrderCorrection(string? OrderNo, DateOnly? OrderedOn);

/// <summary>企业提交整改报告：日期与内容.</summary>
internal sealed record ReportCorrection(DateOnly? ReportedOn, string? Content);

/// <summary>复查（或再次复查）：日期、抽样单号或检验报告编号、结论（passed）与说明.</summary>
internal sealed record RecordRecheck(DateOnly? RecheckedOn, string? ReportNo, bool? Passed, string? Conclusion);

/// <summary>复查仍不合格：报告省级市场监管部门之日、公告之日与公告文号或网址.</summary>
internal sealed record Announce(DateOnly? ReportedOn, DateOnly? AnnouncedOn, string? Announcement);

/// <summary>外地生产者：通报生产者所在地市场监管局（名称可空：按生产者区划在本平台的机构）、日期、函号.</summary>
internal sealed record NotifyProducerBureau(string? BureauName, DateOnly? NotifiedOn, string? LetterNo);

/// <summary>拒不停止生产销售或拒不整改：事实（移送案件线索）.</summary>
internal sealed record ReportRefusal(string? Facts);

/// <summary>撤销（复检推翻原结论等）：理由.</summary>
internal sealed record WithdrawFollowUp(string? Reason);

/// <summary>A follow-up in a list.</summary>
internal sealed record FollowUpRow(long Id, string Number, string SampleNumber, string PlanName, string ProductName, string ProductCategoryCode,
    string ProducerName, string ProducerNote, string? SellerName, string StageCode, string Stage, DateOnly? DueOn, string DueStep, string Remaining,
    bool Overdue, bool DueSoon, DateOnly NotifiedOn, string DivisionCode, bool Referred);

/// <summary>A page of rows, the total and the number per stage (same filters, all stages).</summary>
internal sealed record FollowUpList(IReadOnlyList<FollowUpRow> Items, int Total, int Page, int Size, IReadOnlyDictionary<string, int> Stages);

/// <summary>One step of the timeline: what, its deadline (if any), when done.</summary>
internal sealed record FollowUpStep(string Name, DateOnly? DueOn, DateOnly? DoneOn, string State, string? Detail);

/// <summary>One history line.</summary>
internal sealed record FollowUpHistoryEntry(DateTimeOffset At, string Actor, string Text);

/// <summary>A follow-up in full: the failed sample, the steps with their deadlines, what may be done next and the history.</summary>
internal sealed record FollowUpView(long Id, string Number, long SampleId, string SampleNumber, long PlanId, string PlanName, string Level,
    string OrgUnitName, string ProductName, string ProductCategoryCode, string? Brand, string? Model, string? Standard, string FailedItems, bool ConsumerGood,
    string ProducerUscc, string ProducerName, string ProducerDivision, string? SellerUscc, string? SellerName, string? SellerDivision,
    DateOnly NotifiedOn, string StageCode, string Stage, DateOnly? DueOn, string DueStep, string Remaining, bool Overdue,
    bool OutOfArea, string ProducerNote, string? ProducerBureauName, DateOnly? ProducerNotifiedOn, string? ProducerLetterNo, string? ReferredBy,
    DateOnly? StopConfirmedOn, string? StopConfirmedHow, string? OrderNo, DateOnly? OrderedOn, DateOnly? CorrectionDueOn,
    DateOnly? CorrectionReportOn, string? CorrectionReport, DateOnly? RecheckDueOn, DateOnly? RecheckOn, string? RecheckReportNo, bool? RecheckPassed,
    string? RecheckConclusion, DateOnly? ReportedUpOn, DateOnly? AnnouncedOn, string? Announcement, DateOnly? SecondFromOn, DateOnly? SecondDueOn,
    DateOnly? SecondRecheckOn, string? SecondReportNo, bool? SecondPassed, string? SecondConclusion, DateOnly? ClosedOn, string? WithdrawReason,
    bool ResumeAllowed, bool CaseClueRaised, bool RefusalClueRaised, IReadOnlyList<FollowUpStep> Steps, IReadOnlyList<string> NextSteps,
    IReadOnlyList<FollowUpHistoryEntry> History);
