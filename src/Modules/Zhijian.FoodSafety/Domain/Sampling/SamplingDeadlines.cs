using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;

namespace Zhijian.FoodSafety.Domain.Sampling;

/// <summary>
/// The deadlines of 《食品安全抽样检验管理办法》 (Order 15, 2019) on the statutory working-day calendar: each one is the
/// rule setting in force on its trigger day, counted from the trigger (the trigger day itself not counted).
/// </summary>
internal sealed class SamplingDeadlines(IWorkingCalendar calendar, IRuleBook rules)
{
    public const string SampleToLab = "food.sample-to-lab";
    public const string LabReport = "food.lab-report";
    public const string FailReport = "food.fail-report";
    public const string PassReport = "food.pass-report";
    public const string ResultNotice = "food.result-notice";
    public const string RetestApply = "food.retest-apply";
    public const string RetestAccept = "food.retest-accept";
    public const string RetestLab = "food.retest-lab";
    public const string RetestLabExtension = "food.retest-lab-extension";
    public const string RetestReport = "food.retest-report";
    public const string ObjectionApply = "food.objection-apply";
    public const string ObjectionAccept = "food.objection-accept";
    public const string ObjectionDecide = "food.objection-decide";
    public const string DisposalDeadline = "food.disposal-deadline";

    /// <summary>The deadline of rule <paramref name="key"/> triggered on <paramref name="trigger"/>.</summary>
    public DateOnly Due(string key, DateOnly trigger) => calendar.Deadline(trigger, rules.GetPeriod(key, trigger));

    /// <summary>The rule's period in words (5个工作日), as in force on <paramref name="on"/>.</summary>
    public string Text(string key, DateOnly on) => rules.GetPeriod(key, on).ToChinese();

    /// <summary>样品送达检验机构 (from the sampling day).</summary>
    public DateOnly ToLab(DateOnly sampledOn) => Due(SampleToLab, sampledOn);

    /// <summary>检验报告 (from receipt of the sample).</summary>
    public DateOnly Report(DateOnly receivedOn) => Due(LabReport, receivedOn);

    /// <summary>结论报送 (from the report date): 不合格 2 WD, 合格 10 WD.</summary>
    public DateOnly ResultToBureau(DateOnly reportDate, bool passed) => Due(passed ? PassReport : FailReport, reportDate);

    /// <summary>送达检验结果通知书 (from the bureau's receipt of the conclusion).</summary>
    public DateOnly Notice(DateOnly resultReceivedOn) => Due(ResultNotice, resultReceivedOn);

    /// <summary>申请复检 (from the business's receipt of the notice).</summary>
    public DateOnly RetestApplyBy(DateOnly noticeServedOn) => Due(RetestApply, noticeServedOn);

    /// <summary>提出异议 (from the business's receipt of the notice).</summary>
    public DateOnly ObjectionApplyBy(DateOnly noticeServedOn) => Due(ObjectionApply, noticeServedOn);
}
