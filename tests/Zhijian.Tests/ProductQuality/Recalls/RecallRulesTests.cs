using System.Globalization;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;
using Zhijian.ProductQuality.Domain.Recalls;

namespace Zhijian.Tests.ProductQuality.Recalls;

/// <summary>
/// Recall deadlines on the State Council's 2026 arrangement (中秋 9-25…9-27 off; 国庆 10-1…10-7 off, 9-20 and 10-10 worked), counted
/// by hand below (the trigger day not counted); the products outside consumer-product recall; the effectiveness bounds.
/// </summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class RecallRulesTests
{
    private static readonly IWorkingCalendar Calendar = new ProvisionalCalendar(new WorkingCalendarHolder(new WorkingCalendar(EmbeddedHolidays.Load())));

    private static readonly RecallDeadlines Deadlines = new(Calendar, new CatalogRules());

    [Theory]
    // Known on Fri 11-20: Mon 11-23 (1), Tue 11-24 (2).
    [InlineData("2026-11-20", "2026-11-24")]
    // Known on Sat 11-21: the weekend does not count either.
    [InlineData("2026-11-21", "2026-11-24")]
    // Known on Wed 9-30: 国庆 10-1…10-7 off, Thu 10-8 (1), Fri 10-9 (2).
    [InlineData("2026-09-30", "2026-10-09")]
    // Known on Fri 10-9: Sat 10-10 is worked (调休) (1), Mon 10-12 (2).
    [InlineData("2026-10-09", "2026-10-12")]
    // Known on Thu 9-24: 中秋 9-25…9-27 off, Mon 9-28 (1), Tue 9-29 (2).
    [InlineData("2026-09-24", "2026-09-29")]
    public void Defect_report_is_due_two_working_days_after_the_day_the_firm_knew(string known, string due)
    {
        var d = Deadlines.Report(D(known));
        Assert.Equal(D(due), d.On);
        Assert.Contains("2个工作日", d.Rule, StringComparison.Ordinal);
        Assert.DoesNotContain("[", d.Rule, StringComparison.Ordinal); // research tags stay in the catalogue
    }

    [Theory]
    // Notified Mon 11-23: 11-24…11-27 (4), 11-30…12-4 (9), 12-7…12-11 (14), Mon 12-14 (15).
    [InlineData("2026-11-23", "2026-12-14")]
    // Notified Wed 9-30: 10-8, 10-9, 10-10 (Sat, worked), 10-12…10-16 (8), 10-19…10-23 (13), 10-26 (14), 10-27 (15).
    [InlineData("2026-09-30", "2026-10-27")]
    public void Car_maker_may_object_within_fifteen_working_days_of_the_notice(string notified, string due)
    {
        var d = Deadlines.CarObjection(D(notified));
        Assert.Equal(D(due), d.On);
        Assert.Contains("缺陷汽车产品召回管理条例", d.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_plan_is_due_in_ten_working_days_and_the_notice_three_after_filing_cars_five_and_owners_thirty()
    {
        // Confirmed Mon 11-23: 11-24…11-27 (4), 11-30…12-4 (9), Mon 12-7 (10).
        Assert.Equal(D("2026-12-07"), Deadlines.Plan(ProductKind.Consumer, D("2026-11-23"))!.On);
        Assert.Null(Deadlines.Plan(ProductKind.Car, D("2026-11-23"))); // the 条例 names no number of days
        // Filed Fri 12-4: Mon 12-7 (1), 12-8 (2), Wed 12-9 (3).
        Assert.Equal(D("2026-12-09"), Deadlines.Notice(ProductKind.Consumer, D("2026-12-04")).On);
        // Cars, filed Wed 9-30: 10-8 (1), 10-9 (2), Sat 10-10 (3), 10-12 (4), Tue 10-13 (5).
        Assert.Equal(D("2026-10-13"), Deadlines.Notice(ProductKind.Car, D("2026-09-30")).On);
        // Owners, filed Wed 9-30: 15 WD fall on 10-27, then 10-28…10-30 (18), 11-2…11-6 (23), 11-9…11-13 (28), 11-16 (29), Tue 11-17 (30).
        Assert.Equal(D("2026-11-17"), Deadlines.OwnerNotice(ProductKind.Car, D("2026-09-30"))!.On);
        Assert.Null(Deadlines.OwnerNotice(ProductKind.Consumer, D("2026-09-30")));
    }

    [Theory]
    // Planned end Wed 9-30: the 15th working day after it is Tue 10-27 (as above).
    [InlineData("2026-09-30", "2026-10-27")]
    // Planned end Mon 11-30: 12-1…12-4 (4), 12-7…12-11 (9), 12-14…12-18 (14), Mon 12-21 (15).
    [InlineData("2026-11-30", "2026-12-21")]
    public void Summary_report_is_due_fifteen_working_days_after_the_planned_end(string end, string due) =>
        Assert.Equal(D(due), Deadlines.Summary(D(end)).On);

    [Theory]
    [InlineData("2026-08-31", "2026-11-30")] // month end: the shorter month's last day
    [InlineData("2026-11-30", "2027-02-28")]
    [InlineData("2026-11-23", "2027-02-23")]
    public void Progress_report_is_due_every_three_months(string from, string due) => Assert.Equal(D(due), Deadlines.Progress(D(from)).On);

    [Theory]
    [InlineData(1, "婴幼儿配方奶粉", "食品")]
    [InlineData(1, "中成药", "《药品召回管理办法》")]
    [InlineData(1, "化妆品（面霜）", "《化妆品监督管理条例》")]
    [InlineData(1, "医疗器械（血压计）", "《医疗器械召回管理办法》")]
    [InlineData(1, "电子烟", "烟草")]
    [InlineData(1, "乘客电梯", "《特种设备安全法》")]
    [InlineData(2, "压力容器", "特种设备")]
    [InlineData(1, "烟花", "《烟花爆竹安全管理条例》")]
    [InlineData(1, "乘用车", "《缺陷汽车产品召回管理条例》")]
    public void Products_with_their_own_recall_regime_are_refused_naming_the_category_and_the_regime(int kind, string category, string regime)
    {
        var why = ProductScope.Refusal((ProductKind)kind, category);
        Assert.NotNull(why);
        Assert.Contains("产品类别", why, StringComparison.Ordinal);
        Assert.Contains(regime, why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "儿童推车")]
    [InlineData(1, "电动自行车充电器")]
    [InlineData(1, "汽车儿童安全座椅")]
    [InlineData(2, "乘用车")]
    [InlineData(1, "")]
    public void Consumer_products_and_cars_are_in_scope(int kind, string category) => Assert.Null(ProductScope.Refusal((ProductKind)kind, category));

    [Theory]
    [InlineData(0L, 10L, "0")]
    [InlineData(5L, 10L, "0.5")]
    [InlineData(7_935L, 12_480L, "0.6358")]
    [InlineData(15L, 10L, "1")] // never above 100 %
    [InlineData(-3L, 10L, "0")]
    [InlineData(long.MaxValue, 1L, "1")]
    [InlineData(1L, long.MaxValue, "0")]
    public void Effectiveness_is_recalled_over_affected_bounded_to_one(long recalled, long affected, string ratio) =>
        Assert.Equal(decimal.Parse(ratio, CultureInfo.InvariantCulture), RecallEffect.Ratio(recalled, affected));

    [Fact]
    public void Effectiveness_without_affected_units_is_unknown() => Assert.Null(RecallEffect.Ratio(5, 0));

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>The shipped versions of <see cref="RuleCatalog"/>, picked by date as the rule book does.</summary>
    private sealed class CatalogRules : IRuleBook
    {
        public string Get(string key, DateOnly onDate)
        {
            var defaults = RuleCatalog.Find(key)!.Defaults;
            return (defaults.Where(d => d.From <= onDate).OrderBy(d => d.From).LastOrDefault() ?? defaults[0]).Value;
        }

        public IReadOnlyList<RuleSetting> History(string key) =>
            [.. RuleCatalog.Find(key)!.Defaults.Select(d => new RuleSetting { Key = key, EffectiveFrom = d.From, Value = d.Value, Version = 1, Note = d.Source })];

        public void Invalidate()
        {
        }
    }
}
