using Zhijian.Cases.Contracts;

namespace Zhijian.Cases.Features;

/// <summary>A review's verdict and opinion (案件审核, 法制审核).</summary>
internal sealed record OpinionInput(bool Passed, string? Opinion);

/// <summary>The date of a recorded event (缴款, 申请强制执行, 公安回执).</summary>
internal sealed record DateInput(DateOnly? On);

/// <summary>A reason (延长查封扣押, 中止计算办案期限).</summary>
internal sealed record ReasonInput(string? Reason);

/// <summary>One penalty of a proposal or an on-the-spot decision.</summary>
internal sealed record PenaltyInput(PenaltyKind? Kind, decimal? Amount);
