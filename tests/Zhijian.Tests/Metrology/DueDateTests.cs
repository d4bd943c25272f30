using System.Globalization;
using Zhijian.Metrology.Domain.Instruments;
using Zhijian.Metrology.Features.Instruments;
using Zhijian.Platform.Rules;

namespace Zhijian.Tests.Metrology;

/// <summary>Due dates per mode with the shipped rule defaults (month ends, leap days), the water-meter DN bands, the due states.</summary>
[Trait("Database", "none")]
public sealed class DueDateTests
{
    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static int Months(string key) => int.Parse(RuleCatalog.Find(key)!.Defaults[^1].Value, CultureInfo.InvariantCulture);

    [Theory]
    // fixed life (限期使用、到期轮换): first verification + life
    [InlineData("water-meter", 15, "2022-03-01", "2022-03-01", "2028-03-01")]
    [InlineData("water-meter", 25, "2028-02-29", "2028-02-29", "2034-02-28")] // 6 years from a leap day: the 29th is missing in 2034
    [InlineData("water-meter", 26, "2028-02-29", "2028-02-29", "2032-02-29")] // 4 years from a leap day: 2032 is a leap year
    [InlineData("water-meter", 50, "2026-01-31", "2026-01-31", "2030-01-31")]
    [InlineData("gas-meter", null, "2028-02-29", "2028-02-29", "2038-02-28")]
    [InlineData("gas-meter", null, "2027-03-01", "2031-05-10", "2037-03-01")] // a later re-verification does not move the replace-by date
    // periodic: the last passed verification + the period
    [InlineData("water-meter", 51, "2020-05-01", "2026-08-31", "2028-08-31")]
    [InlineData("fuel-dispenser", null, "2020-01-01", "2026-08-31", "2027-02-28")] // 6 months from a month end
    [InlineData("fuel-dispenser", null, "2020-01-01", "2027-08-31", "2028-02-29")] // into a leap February
    [InlineData("fuel-dispenser", null, "2020-01-01", "2026-03-31", "2026-09-30")]
    [InlineData("fuel-dispenser", null, "2020-01-01", "2026-05-31", "2026-11-30")]
    [InlineData("taxi-meter", null, "2020-01-01", "2028-02-29", "2029-02-28")]
    [InlineData("price-scale", null, "2020-01-01", "2026-12-31", "2027-12-31")]
    [InlineData("truck-scale", null, "2020-01-01", "2026-06-30", "2027-06-30")]
    // 失准报废: no due date
    [InlineData("thermometer", null, "2026-01-05", "2026-01-05", null)]
    public void Due_date_follows_the_kind_mode_and_rule(string kind, int? size, string first, string last, string? expected)
    {
        var k = InstrumentCatalog.Find(kind)!;
        var rule = DueDates.RuleFor(k, size, out var error)!;
        Assert.Null(error);
        var months = rule.RuleKey is { } key ? Months(key) : 0;
        Assert.Equal(expected is null ? null : D(expected), DueDates.Due(rule.Mode, months, D(first), D(last)));
    }

    [Theory]
    [InlineData(15, "首次检定，限期使用、到期轮换", "metro.life-months.water-dn25", 72)]
    [InlineData(25, "首次检定，限期使用、到期轮换", "metro.life-months.water-dn25", 72)]
    [InlineData(26, "首次检定，限期使用、到期轮换", "metro.life-months.water-dn50", 48)]
    [InlineData(50, "首次检定，限期使用、到期轮换", "metro.life-months.water-dn50", 48)]
    [InlineData(51, "周期检定", "metro.period-months.water-large", 24)]
    [InlineData(300, "周期检定", "metro.period-months.water-large", 24)]
    public void Water_meter_DN_bands_switch_life_and_mode_at_25_and_50(int dn, string mode, string key, int months)
    {
        var rule = DueDates.RuleFor(InstrumentCatalog.Find("water-meter")!, dn, out _)!;
        Assert.Equal(mode, InstrumentCatalog.NameOf(rule.Mode));
        Assert.Equal(key, rule.RuleKey);
        Assert.Equal(months, Months(key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(-15)]
    public void A_water_meter_without_a_positive_DN_is_refused_naming_the_size(int? dn)
    {
        Assert.Null(DueDates.RuleFor(InstrumentCatalog.Find("water-meter")!, dn, out var error));
        Assert.Contains("公称口径", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-23", true, true, "即将到期")] // due today
    [InlineData("2026-11-22", true, true, "已超期")] // due yesterday
    [InlineData("2026-12-23", true, true, "即将到期")] // the last day of the 30-day window
    [InlineData("2026-12-24", true, true, "有效期内")]
    [InlineData("2027-06-01", true, false, "检定不合格")]
    [InlineData(null, false, null, "未检定")]
    public void Due_state_on_23_November_2026_with_a_30_day_warning(string? due, bool verified, bool? passed, string expected) =>
        Assert.Equal(expected, DueDates.NameOf(DueDates.State(due is null ? null : D(due), verified, passed, VerificationMode.Periodic, D("2026-11-23"), 30)));

    [Fact]
    public void Every_kind_resolves_by_code_and_name_and_names_its_rule()
    {
        foreach (var k in InstrumentCatalog.All)
        {
            Assert.Same(k, InstrumentCatalog.Resolve(k.Code));
            Assert.Same(k, InstrumentCatalog.Resolve(k.Name));
            foreach (var key in k.SizeBands?.Select(b => b.RuleKey) ?? (k.RuleKey is null ? [] : [k.RuleKey]))
                Assert.NotNull(RuleCatalog.Find(key));
        }

        Assert.Null(InstrumentCatalog.Resolve("电子血糖仪"));
        Assert.Contains("器具种类", InstrumentCatalog.UnknownKind("电子血糖仪"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("济南市历下区泉城路12号3号楼2单元301室", "济南市历下区泉城路")]
    [InlineData("济南市天桥区北园大街88号5号楼1单元101室", "济南市天桥区北园大街")]
    [InlineData("济南市市中区英雄山路129号", "济南市市中区英雄山路")]
    [InlineData("山东省济南市历城区", "山东省济南市历城区")]
    public void Household_addresses_are_cut_to_the_street(string address, string street) =>
        Assert.Equal(street, InstrumentQueries.StreetLevel(address));

    [Theory]
    [InlineData("2026Q3", "2026-07-01", "2026-09-30")]
    [InlineData("2026-4", "2026-10-01", "2026-12-31")]
    [InlineData("2028q1", "2028-01-01", "2028-03-31")]
    public void Quarters_parse_to_their_days(string text, string from, string to)
    {
        var q = InstrumentQueries.ParseQuarter(text, D("2026-11-23"))!.Value;
        Assert.Equal((D(from), D(to)), (q.From, q.To));
    }

    [Theory]
    [InlineData("2026Q5")]
    [InlineData("Q3")]
    [InlineData("1999Q1")]
    [InlineData("二〇二六年")]
    public void Malformed_quarters_are_ignored(string text) => Assert.Null(InstrumentQueries.ParseQuarter(text, D("2026-11-23")));
}
