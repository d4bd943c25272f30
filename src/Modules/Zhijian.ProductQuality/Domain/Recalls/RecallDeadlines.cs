using System.Globalization;
using System.Text.RegularExpressions;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;

namespace Zhijian.ProductQuality.Domain.Recalls;

/// <summary>A deadline and the rule that gave it, in words for the deadline box ("2个工作日（…第9条）"): never the rule key.</summary>
internal sealed record RecallDue(DateOnly On, string Rule);

/// <summary>
/// The deadlines of defect recalls (research/wave2-rules.md §3), each from the rule version in force on its trigger day and
/// counted on the statutory working-day calendar (the trigger day not counted):
/// 报告 = 知悉之日 + pq.defect-report-wd; 汽车异议 = 收到缺陷通知之日 + pq.car-objection-wd; 消费品召回计划 = 确认缺陷（或责令）之日 +
/// pq.recall-plan-wd (cars: the 条例 sets no number, none); 召回公告 = 计划备案之日 + pq.recall-notice-wd (消费品) or pq.car-notice-wd
/// (汽车); 通知车主 = 备案之日 + pq.car-owner-notice-wd (汽车); 进展报告 = 公告或上次报告之日 + pq.recall-progress-months (calendar
/// months); 总结报告 = 计划结束之日 + pq.recall-summary-wd.
/// </summary>
internal sealed partial class RecallDeadlines(IWorkingCalendar calendar, IRuleBook rules)
{
    [GeneratedRegex(@"\s*\[[^\]]*\](\s*[A-Z]\d+)?")]
    private static partial Regex Tags();

    public const string ReportKey = "pq.defect-report-wd";
    public const string CarObjectionKey = "pq.car-objection-wd";
    public const string PlanKey = "pq.recall-plan-wd";
    public const string NoticeKey = "pq.recall-notice-wd";
    public const string CarNoticeKey = "pq.car-notice-wd";
    public const string CarOwnerNoticeKey = "pq.car-owner-notice-wd";
    public const string ProgressMonthsKey = "pq.recall-progress-months";
    public const string SummaryKey = "pq.recall-summary-wd";
    public const string CarMakerRecordsKey = "pq.car-maker-records-years";
    public const string CarDealerRecordsKey = "pq.car-dealer-records-years";

    public RecallDue Report(DateOnly knownOn) => Due(ReportKey, knownOn);

    public RecallDue CarObjection(DateOnly notifiedOn) => Due(CarObjectionKey, notifiedOn);

    /// <summary>召回计划 due; null for cars (the 条例 requires the plan at once, with no number of days).</summary>
    public RecallDue? Plan(ProductKind kind, DateOnly confirmedOn) => kind == ProductKind.Car ? null : Due(PlanKey, confirmedOn);

    public RecallDue Notice(ProductKind kind, DateOnly planFiledOn) => Due(kind == ProductKind.Car ? CarNoticeKey : NoticeKey, planFiledOn);

    /// <summary>通知车主 due (cars only).</summary>
    public RecallDue? OwnerNotice(ProductKind kind, DateOnly planFiledOn) => kind == ProductKind.Car ? Due(CarOwnerNoticeKey, planFiledOn) : null;

    public RecallDue Summary(DateOnly planEnd) => Due(SummaryKey, planEnd);

    /// <summary>Next progress report: <paramref name="from"/> + pq.recall-progress-months (same day of the month, or the month's last day).</summary>
    public RecallDue Progress(DateOnly from)
    {
        var months = Math.Clamp(rules.GetInt(ProgressMonthsKey, from), 1, 120);
        var on = from.Year >= 9990 ? from : from.AddMonths(months);
        return new RecallDue(on, string.Create(CultureInfo.InvariantCulture, $"每{months}个月（{Source(ProgressMonthsKey, from)}）"));
    }

    /// <summary>保存记录的年限 (cars): maker's and dealers' record-keeping notes (C1/C2) in force on <paramref name="on"/>.</summary>
    public string RecordsNote(DateOnly on) => string.Create(CultureInfo.InvariantCulture,
        $"生产者应保存汽车产品设计、制造、检验等质量信息及首任所有人信息不少于 {rules.GetInt(CarMakerRecordsKey, on)} 年（{Source(CarMakerRecordsKey, on)}）；销售、租赁、维修经营者应保存汽车产品型号、规格、车辆识别代号、数量、流向、购买者信息及租赁、维修等信息不少于 {rules.GetInt(CarDealerRecordsKey, on)} 年（{Source(CarDealerRecordsKey, on)}）。");

    private RecallDue Due(string key, DateOnly trigger)
    {
        var period = rules.GetPeriod(key, trigger);
        return new RecallDue(calendar.Deadline(trigger, period), $"{period.ToChinese()}（{Source(key, trigger)}）");
    }

    /// <summary>The source of the version in force on <paramref name="on"/> (the first version before any is in force).</summary>
    private string Source(string key, DateOnly on)
    {
        RuleSetting? best = null;
        var versions = rules.History(key);
        foreach (var v in versions)
        {
            if (v.EffectiveFrom > on) continue;
            if (best is null || v.EffectiveFrom > best.EffectiveFrom || (v.EffectiveFrom == best.EffectiveFrom && v.Version > best.Version)) best = v;
        }

        best ??= versions.Count > 0 ? versions[0] : null;
        // The research tags ([F], [F-3P] C8 …) stay in the rule catalogue; clerks see the source only.
        return Tags().Replace(best?.Note ?? "", "").Trim();
    }
}

/// <summary>召回效果 = recalled ÷ affected units, bounded to [0, 1] (no overflow: both are counts, the ratio is taken in decimal).</summary>
internal static class RecallEffect
{
    public static decimal? Ratio(long recalled, long affected) =>
        affected <= 0 ? null : Math.Round(Math.Clamp((decimal)Math.Max(0, recalled) / affected, 0m, 1m), 4);

    public static string Percent(decimal? ratio) => ratio is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";
}
