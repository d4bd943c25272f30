using System.Globalization;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;

namespace Zhijian.ProductQuality.Domain.FollowUp;

/// <summary>
/// The deadlines of 后处理 (Order 18 第46–48条, all rule settings): correction within <c>pq.correction-days</c> (60) and 复查 within
/// <c>pq.recheck-days</c> (75) of the 责令整改 order; the second 复查 from day <c>pq.second-recheck-from</c> (60) to
/// <c>pq.second-recheck-to</c> (90) after the announcement. Calendar days from the trigger day (not counted), an end on a day off
/// moving to the next working day — the platform's <see cref="IWorkingCalendar.Deadline"/>. The window's first day is a plain
/// count (it is a "not before", not a deadline). Each value is the one in force on the trigger day.
/// </summary>
internal static class FollowUpRules
{
    public const string CorrectionKey = "pq.correction-days";
    public const string RecheckKey = "pq.recheck-days";
    public const string SecondFromKey = "pq.second-recheck-from";
    public const string SecondToKey = "pq.second-recheck-to";
    public const string WarnKey = "pq.followup-warn-days";

    /// <summary>整改期限 and 复查期限 of an order made on <paramref name="orderedOn"/>.</summary>
    public static (DateOnly CorrectionDue, DateOnly RecheckDue) OrderDeadlines(DateOnly orderedOn, IRuleBook rules, IWorkingCalendar calendar) =>
        (calendar.Deadline(orderedOn, rules.GetPeriod(CorrectionKey, orderedOn)), calendar.Deadline(orderedOn, rules.GetPeriod(RecheckKey, orderedOn)));

    /// <summary>再次复查的时间窗: not before <c>From</c>, due by <c>To</c>.</summary>
    public static (DateOnly From, DateOnly To) SecondWindow(DateOnly announcedOn, IRuleBook rules, IWorkingCalendar calendar) =>
        (announcedOn.AddDays(rules.GetInt(SecondFromKey, announcedOn)), calendar.Deadline(announcedOn, rules.GetPeriod(SecondToKey, announcedOn)));

    public static bool IsOpen(FollowUpStage s) => s is not (FollowUpStage.Closed or FollowUpStage.Transferred or FollowUpStage.Withdrawn or FollowUpStage.Referred);

    public static bool IsOverdue(DateOnly? due, FollowUpStage stage, DateOnly today) => IsOpen(stage) && due is { } d && d < today;

    public static bool IsDueSoon(DateOnly? due, FollowUpStage stage, DateOnly today, int warnDays) =>
        IsOpen(stage) && due is { } d && d >= today && d <= today.AddDays(warnDays);

    /// <summary>"剩 N 天" / "今日到期" / "逾期 N 天" (empty when the step has no deadline or the follow-up is over).</summary>
    public static string Remaining(DateOnly? due, FollowUpStage stage, DateOnly today)
    {
        if (!IsOpen(stage) || due is not { } d) return "";
        var n = d.DayNumber - today.DayNumber;
        return n > 0 ? string.Create(CultureInfo.InvariantCulture, $"剩 {n} 天") : n == 0 ? "今日到期" : string.Create(CultureInfo.InvariantCulture, $"逾期 {-n} 天");
    }

    public static readonly IReadOnlyList<(FollowUpStage Stage, string Code, string Name)> Stages =
    [
        (FollowUpStage.Stopped, "stopped", "待责令整改"),
        (FollowUpStage.Correcting, "correcting", "整改中"),
        (FollowUpStage.Corrected, "corrected", "待复查"),
        (FollowUpStage.RecheckFailed, "recheck-failed", "复查不合格待公告"),
        (FollowUpStage.Announced, "announced", "已公告待再次复查"),
        (FollowUpStage.SecondFailed, "second-failed", "再次复查不合格待移送"),
        (FollowUpStage.Closed, "closed", "整改到位"),
        (FollowUpStage.Transferred, "transferred", "已移送（停业整顿、吊销许可证）"),
        (FollowUpStage.Withdrawn, "withdrawn", "已撤销（复检推翻）"),
        (FollowUpStage.Referred, "referred", "已通报外地生产者所在地"),
    ];

    public static string NameOf(FollowUpStage s) => Stages.FirstOrDefault(x => x.Stage == s).Name ?? "";

    public static string CodeOf(FollowUpStage s) => Stages.FirstOrDefault(x => x.Stage == s).Code ?? "";

    public static FollowUpStage? Parse(string? code) => Stages.Where(x => x.Code == code?.Trim()).Select(x => (FollowUpStage?)x.Stage).FirstOrDefault();

    public static string DueStepName(string? step) => step switch
    {
        "correction" => "整改期限",
        "recheck" => "复查期限",
        "second-recheck" => "再次复查期限",
        _ => "",
    };

    /// <summary>How the lists show the producer: "外地生产者（已通报 XX 市场监管局）" / "外地生产者（待通报）" / "本地生产者".</summary>
    public static string ProducerNote(bool outOfArea, string? bureau, DateOnly? notifiedOn) =>
        !outOfArea ? "" : notifiedOn is null ? "外地生产者（待通报）" : $"外地生产者（已通报 {bureau}）";
}
