using Zhijian.Platform.Rules;
using Zhijian.Prices.Domain.Inspections;
using Zhijian.Prices.Domain.Warnings;
using Zhijian.Tests.SpecialEquipment.Maintenance;

namespace Zhijian.Tests.Prices;

/// <summary>The pork scheme at each edge, percentage-change rules, and the lawfulness of a “was” price (Order 56 第十六条).</summary>
[Trait("Database", "none")]
public sealed class PriceRulesTests
{
    private static readonly PorkThresholds T = PorkThresholds.Default;
    private static readonly DateOnly Monday = new(2026, 1, 5);

    private static PorkWeek W(int i, decimal? hog, decimal? corn = 2.5m) => new(Monday.AddDays(7 * i), hog, corn);

    [Theory]
    [InlineData(15.0, null)]      // exactly 6:1 → no over-fall warning
    [InlineData(14.99, 3)]       // just below 6:1 → 三级
    [InlineData(12.5, 3)]        // exactly 5:1 is in the 5–6 band, not 一级 (one week only)
    [InlineData(12.49, 1)]       // below 5:1 → 一级
    public void One_week_of_ratio_gives_its_level(double hog, int? level)
    {
        var v = Assert.Single(PorkScheme.Fall([W(0, (decimal)hog)], T));
        Assert.Equal(level is null ? null : (WarningLevel?)level, v.Level);
    }

    [Fact]
    public void The_third_consecutive_week_in_the_band_is_level_2_and_a_gap_or_a_week_outside_restarts_the_count()
    {
        var v = PorkScheme.Fall([W(0, 14m), W(1, 13m), W(2, 12.5m), W(3, 14.5m)], T);
        Assert.Equal([WarningLevel.Level3, WarningLevel.Level3, WarningLevel.Level2, WarningLevel.Level2], v.Select(x => x.Level));
        Assert.Equal(3, v[2].WeeksInBand);

        // week 2 missing: weeks 0–1 and 3–4 are two runs of 2
        var gap = PorkScheme.Fall([W(0, 14m), W(1, 14m), W(3, 14m), W(4, 14m)], T);
        Assert.All(gap, x => Assert.Equal(WarningLevel.Level3, x.Level));
        // a week below 5:1 (一级) is not in the band: the run restarts after it
        var deep = PorkScheme.Fall([W(0, 14m), W(1, 12m), W(2, 14m), W(3, 14m)], T);
        Assert.Equal([WarningLevel.Level3, WarningLevel.Level1, WarningLevel.Level3, WarningLevel.Level3], deep.Select(x => x.Level));
        // back above 6:1 ends it
        var up = PorkScheme.Fall([W(0, 14m), W(1, 14m), W(2, 15m), W(3, 14m)], T);
        Assert.Null(up[2].Level);
        Assert.Equal(WarningLevel.Level3, up[3].Level);
    }

    [Fact]
    public void A_week_without_a_corn_price_is_not_computable_never_0_and_breaks_the_run()
    {
        var v = PorkScheme.Fall([W(0, 14m), W(1, 14m), W(2, 14m, corn: null), W(3, 14m)], T);
        Assert.Null(v[2].Ratio);
        Assert.Null(v[2].Level);
        Assert.Contains("玉米", v[2].Reason, StringComparison.Ordinal);
        Assert.Equal(1, v[3].WeeksInBand);
        Assert.Equal(WarningLevel.Level3, v[3].Level);
        Assert.Null(PorkScheme.Ratio(14m, 0m));
    }

    [Theory]
    [InlineData(19.99, null)]
    [InlineData(20.0, 3)]        // the [R] 三级 band from 20 %
    [InlineData(29.99, 3)]
    [InlineData(30.0, 2)]        // 30 % → 二级
    [InlineData(40.0, 2)]        // 40 % is still 二级 (一级 is above 40 %)
    [InlineData(40.01, 1)]
    public void Lean_pork_year_on_year_rise_levels_at_their_edges(double yoy, int? level) =>
        Assert.Equal(level is null ? null : (WarningLevel?)level, PorkScheme.Rise((decimal)yoy, T));

    [Fact]
    public void The_shipped_settings_are_the_schemes_numbers_and_a_level_3_line_at_the_level_2_line_removes_the_band()
    {
        var on = new DateOnly(2026, 12, 1);
        Assert.Equal(PorkThresholds.Default, PorkThresholds.From(new CatalogRules(), on));
        Assert.Equal("6:1", RuleCatalog.Find("prices.pork.fall-level3-below")!.Display("6"));
        Assert.Equal("30%", RuleCatalog.Find("prices.pork.rise-level2")!.Display("30"));
        Assert.NotNull(RuleCatalog.Find("prices.pork.fall-level3-below")!.Validate("-1"));
        Assert.Null(RuleCatalog.Find("prices.pork.fall-level3-below")!.Validate("5.5"));
        var none = PorkThresholds.From(new Overrides(("prices.pork.rise-level3", "30")), on);
        Assert.Null(none.RiseLevel3);
    }

    [Fact]
    public void Without_a_level_3_setting_a_rise_below_30_percent_raises_nothing() =>
        Assert.Null(PorkScheme.Rise(25m, T with { RiseLevel3 = null }));

    [Fact]
    public void Percentage_changes_and_rules_by_window_and_direction()
    {
        Assert.Equal(25m, ChangeRules.Percent(10m, 8m));
        Assert.Null(ChangeRules.Percent(10m, null));
        Assert.Null(ChangeRules.Percent(10m, 0m));
        PriceChangeRule[] rules =
        [
            new(ChangeWindow.Week, ChangeDirection.Up, 10m, WarningLevel.Level3),
            new(ChangeWindow.Week, ChangeDirection.Up, 20m, WarningLevel.Level2),
            new(ChangeWindow.Day, ChangeDirection.Either, 5m, WarningLevel.Level3),
            new(ChangeWindow.YearOnYear, ChangeDirection.Down, 15m, WarningLevel.Level3),
        ];
        Assert.Equal(WarningLevel.Level3, ChangeRules.Level(rules, ChangeWindow.Week, 10m));   // edge included
        Assert.Equal(WarningLevel.Level2, ChangeRules.Level(rules, ChangeWindow.Week, 20m));   // the more severe
        Assert.Null(ChangeRules.Level(rules, ChangeWindow.Week, -30m));                         // a fall, rule is up only
        Assert.Equal(WarningLevel.Level3, ChangeRules.Level(rules, ChangeWindow.Day, -5m));
        Assert.Equal(WarningLevel.Level3, ChangeRules.Level(rules, ChangeWindow.YearOnYear, -15m));
        Assert.Null(ChangeRules.Level(rules, ChangeWindow.YearOnYear, null));
    }

    private static Deal D(string day, decimal price) => new(DateTimeOffset.Parse(day + "T10:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture), price);

    [Fact]
    public void A_was_price_may_not_exceed_the_lowest_deal_of_the_7_days_before()
    {
        var promotion = new DateOnly(2026, 11, 11);
        Deal[] deals = [D("2026-11-03", 9.00m), D("2026-11-04", 12.00m), D("2026-11-08", 11.50m), D("2026-11-10", 12.00m), D("2026-11-11", 8.00m)];
        // 11-04 … 11-10 is the window: the 9.00 of 11-03 is outside it, the 8.00 of 11-11 is the promotion itself
        var ok = WasPrice.Check(11.50m, promotion, deals);
        Assert.True(ok.Lawful);
        Assert.Equal(11.50m, ok.Reference);
        var bad = WasPrice.Check(11.51m, promotion, deals);
        Assert.False(bad.Lawful);
        Assert.Contains("虚构原价", bad.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_deals_in_the_7_days_the_last_deal_before_counts_and_without_any_deal_no_was_price_is_lawful()
    {
        var promotion = new DateOnly(2026, 11, 11);
        var last = WasPrice.Check(20m, promotion, [D("2026-10-01", 18m), D("2026-10-20", 20m)]);
        Assert.True(last.Lawful);
        Assert.Equal(20m, last.Reference);
        Assert.False(WasPrice.Check(20.5m, promotion, [D("2026-10-01", 18m), D("2026-10-20", 20m)]).Lawful);
        var none = WasPrice.Check(20m, promotion, []);
        Assert.False(none.Lawful);
        Assert.Null(none.Reference);
    }

    /// <summary>The shipped settings with some values changed.</summary>
    private sealed class Overrides(params (string Key, string Value)[] values) : IRuleBook
    {
        private readonly CatalogRules _shipped = new();

        public string Get(string key, DateOnly onDate) => values.FirstOrDefault(v => v.Key == key).Value ?? _shipped.Get(key, onDate);

        public IReadOnlyList<RuleSetting> History(string key) => [];

        public void Invalidate()
        {
        }
    }
}
