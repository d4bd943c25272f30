using Zhijian.Platform.Rules;
using Zhijian.Platform.Web;
using Zhijian.Prices.Domain.Inspections;
using Zhijian.Prices.Features.Inspections;
using Zhijian.Tests.SpecialEquipment.Maintenance;

namespace Zhijian.Tests.Prices;

/// <summary>Order 56's checklist, the penalty ranges in words (第七条、第十三条) with the shipped settings, and the deal-time and deal-paste parsing.</summary>
[Trait("Database", "none")]
public sealed class PriceInspectionRulesTests
{
    private static readonly DateOnly On = new(2026, 11, 20);

    [Fact]
    public void The_online_items_apply_only_to_online_shops_and_codes_are_unique()
    {
        Assert.Equal(12, Checklist.Items.Select(i => i.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["P6", "P12"], Checklist.Items.Where(i => i.OnlineOnly).Select(i => i.Code));
        Assert.Equal(10, Checklist.For(false).Count());
        Assert.Equal(12, Checklist.For(true).Count());
        Assert.Equal(ViolationKind.Fraud, Checklist.Find("P8")!.Violation);
        Assert.Null(Checklist.Find("p8"));
    }

    [Fact]
    public void Penalty_ranges_in_words_with_the_shipped_settings()
    {
        var rules = new CatalogRules();
        Assert.Null(PriceInspections.Penalty(rules, false, false, null, On));

        var unmarked = PriceInspections.Penalty(rules, true, false, 1000m, On)!;
        Assert.Equal((0m, 5000m), (unmarked.Min!.Value, unmarked.Max!.Value));
        Assert.Contains("可以并处 5,000 元以下的罚款（《价格违法行为行政处罚规定》第十三条）", unmarked.Text, StringComparison.Ordinal);

        var withGains = PriceInspections.Penalty(rules, false, true, 2000m, On)!;
        Assert.Equal((0m, 10000m), (withGains.Min!.Value, withGains.Max!.Value));
        Assert.Contains("没收违法所得 2,000 元，并处违法所得 5 倍以下（即 1 万元以下）的罚款", withGains.Text, StringComparison.Ordinal);

        var odd = Checklist.Fraud(1234.5m, 5, 50000m, 500000m);
        Assert.Equal(6172.5m, odd.Max);
        Assert.Contains("（即 6,172.5 元以下）", odd.Text, StringComparison.Ordinal);

        var noGains = PriceInspections.Penalty(rules, false, true, null, On)!;
        Assert.Equal((50000m, 500000m), (noGains.Min!.Value, noGains.Max!.Value));
        Assert.Contains("没有违法所得的，处 5 万元以上 50 万元以下的罚款", noGains.Text, StringComparison.Ordinal);
        Assert.Equal(noGains.Max, Checklist.Fraud(0m, 5, 50000m, 500000m).Max); // 0 gains = none established

        // Both kinds: each range named; min of the minimums, max of the maximums.
        var both = PriceInspections.Penalty(rules, true, true, null, On)!;
        Assert.Equal((0m, 500000m), (both.Min!.Value, both.Max!.Value));
        Assert.Contains("不明码标价：", both.Text, StringComparison.Ordinal);
        Assert.Contains("；价格欺诈：", both.Text, StringComparison.Ordinal);
        Assert.True(both.Text.Length <= 500, "fits the stored column");
        Assert.True(PriceInspections.Penalty(rules, true, true, 999_999_999.99m, On)!.Text.Length <= 500);
    }

    [Theory]
    [InlineData("2026-11-04", "2026-11-04T00:00:00+08:00")]
    [InlineData("2026-11-04 10:20", "2026-11-04T10:20:00+08:00")]
    [InlineData("2026/11/4 9:05", "2026-11-04T09:05:00+08:00")]
    [InlineData("2026-11-03T17:00:00Z", "2026-11-03T17:00:00+00:00")]
    [InlineData("2026-11-04T10:20:00+08:00", "2026-11-04T10:20:00+08:00")]
    public void Deal_times_are_Beijing_time_unless_they_carry_an_offset(string text, string expected)
    {
        Assert.True(PriceInspections.TryParseTime(text, out var at));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), at);
        Assert.Equal(TimeSpan.Parse(expected[^6..].TrimStart('+'), System.Globalization.CultureInfo.InvariantCulture), at.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("11/04/2026")]
    [InlineData("2026-13-01")]
    [InlineData("昨天")]
    public void Bad_deal_times_are_refused(string text) => Assert.False(PriceInspections.TryParseTime(text, out _));

    [Fact]
    public void Pasted_deals_one_a_line_with_bad_lines_named()
    {
        var errors = new FieldErrors();
        var deals = PriceInspections.ParseDeals("2026-11-04 10:20,12.50\r\n\n2026-11-05，11.8元\n2026-11-06\t9\n", errors);
        Assert.Equal(0, errors.Count);
        Assert.Equal([12.50m, 11.8m, 9m], deals.Select(d => d.Price!.Value));
        Assert.Equal("2026-11-04 10:20", deals[0].At);

        var bad = new FieldErrors();
        var some = PriceInspections.ParseDeals("2026-11-04,12\n2026-11-05 12\n2026-11-06,-1", bad);
        Assert.Single(some);
        var message = Assert.Single(bad.ToDictionary()["deals"]);
        Assert.Contains("第 2 行", message, StringComparison.Ordinal);
        Assert.Contains("第 3 行", message, StringComparison.Ordinal);
    }
}
