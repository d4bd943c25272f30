using Zhijian.Platform.Calendar;
using Zhijian.ProductQuality.Domain.Licences;
using Zhijian.Tests.SpecialEquipment.Maintenance;

namespace Zhijian.Tests.ProductQuality.Licences;

/// <summary>The licence catalogue, validity, renewal window, number shape and the application deadlines on the real 2026 calendar — no database.</summary>
[Trait("Database", "none")]
public sealed class LicenceRulesTests
{
    private static readonly LicenceRules Rules = new(new CatalogRules(), new WorkingCalendar(EmbeddedHolidays.Load()));

    [Fact]
    public void The_2024_catalogue_has_14_categories_and_27_varieties_and_adds_six_products_from_25_September_2024()
    {
        var v2024 = LicenceCatalog.On(new DateOnly(2024, 9, 25));
        var v2019 = LicenceCatalog.On(new DateOnly(2024, 9, 24));
        Assert.Equal((14, 27), (v2024.Categories, v2024.Varieties.Count));
        Assert.Equal((10, 21), (v2019.Categories, v2019.Varieties.Count));
        var added = v2024.Varieties.Where(v => v2019.Varieties.All(o => o.Key != v.Key)).Select(v => v.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "冷轧带肋钢筋", "瓶装液化石油气调压器", "钢丝绳", "胶合板", "细木工板", "安全帽" }.Order(StringComparer.Ordinal), added);
        Assert.Null(LicenceCatalog.Find("安全帽", new DateOnly(2024, 9, 24)));
        Assert.Equal("14-001", LicenceCatalog.Find("安全帽", new DateOnly(2024, 9, 25))!.Key);
        Assert.Equal("冷轧带肋钢筋", LicenceCatalog.Find("01-002", new DateOnly(2026, 1, 1))!.Name);
        Assert.Null(LicenceCatalog.Find("电动自行车", new DateOnly(2026, 1, 1)));
        Assert.All(v2024.Varieties, v => Assert.Equal("省级", CatalogueVariety.ApprovalLevel));
        Assert.Equal(27, v2024.Varieties.Select(v => v.Key).Distinct().Count());
    }

    [Theory]
    [InlineData("2026-03-10", false, "2031-03-10")]
    [InlineData("2026-03-10", true, "2029-03-10")]
    [InlineData("2028-02-29", false, "2033-02-28")] // no 29 February in 2033: the month's last day (民法典 第202条)
    [InlineData("2028-02-29", true, "2031-02-28")]
    [InlineData("2024-12-31", false, "2029-12-31")]
    public void Valid_to_is_the_corresponding_day_five_years_on_or_three_for_food_related_products(string issued, bool food, string validTo) =>
        Assert.Equal(DateOnly.Parse(validTo, System.Globalization.CultureInfo.InvariantCulture), Rules.ValidTo(food, DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Renewal_is_due_from_six_months_before_expiry_to_the_last_valid_day()
    {
        var validTo = new DateOnly(2027, 5, 20);
        Assert.Equal(new DateOnly(2026, 11, 20), Rules.RenewalFrom(validTo));
        Assert.False(Rules.InRenewalWindow(validTo, new DateOnly(2026, 11, 19)));
        Assert.True(Rules.InRenewalWindow(validTo, new DateOnly(2026, 11, 20)));
        Assert.True(Rules.InRenewalWindow(validTo, validTo));
        Assert.False(Rules.InRenewalWindow(validTo, validTo.AddDays(1)));
        // Month end: valid to 31 August → window opens on the last day of February.
        Assert.Equal(new DateOnly(2027, 2, 28), Rules.RenewalFrom(new DateOnly(2027, 8, 31)));
    }

    [Theory]
    [InlineData("2026-03-02", "2026-04-01", "2026-05-06")] // 04-01 Wed; 03-02 + 60 = 05-01 劳动节 → 05-06
    [InlineData("2026-09-01", "2026-10-08", "2026-11-02")] // 10-01 国庆 → 10-08; 10-31 is a Saturday → 11-02 (Mon)
    [InlineData("2026-09-10", "2026-10-10", "2026-11-09")] // 10-10 is a make-up working day (Saturday)
    [InlineData("2026-08-07", "2026-09-07", "2026-10-08")] // 09-06 Sunday → 09-07; 10-06 国庆 → 10-08
    public void Application_deadlines_count_calendar_days_and_move_off_holidays_and_weekends(string received, string onSite, string decision)
    {
        var r = DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DateOnly.Parse(onSite, System.Globalization.CultureInfo.InvariantCulture), Rules.OnSiteDue(r));
        Assert.Equal(DateOnly.Parse(decision, System.Globalization.CultureInfo.InvariantCulture), Rules.DecisionDue(r));
    }

    [Fact]
    public void Samples_are_due_seven_days_after_the_on_site_check()
    {
        Assert.Equal(new DateOnly(2026, 10, 8), Rules.SamplesDue(new DateOnly(2026, 9, 30)));  // 10-07 国庆 → 10-08
        Assert.Equal(new DateOnly(2026, 6, 22), Rules.SamplesDue(new DateOnly(2026, 6, 12))); // 06-19 端午 … 06-21 → 06-22 (Mon)
        Assert.Equal(new DateOnly(2026, 3, 11), Rules.SamplesDue(new DateOnly(2026, 3, 4)));
    }

    [Theory]
    [InlineData("鲁XK06-001-00123", "鲁XK06-001-00123")]
    [InlineData("（鲁）XK06-001-00123", "鲁XK06-001-00123")]
    [InlineData("(京)xk13-002-04567", "京XK13-002-04567")]
    public void A_licence_number_is_province_XK_category_variety_and_serial(string raw, string canonical) =>
        Assert.Equal((canonical, (string?)null), LicenceRules.ParseNumber(raw, 5));

    [Theory]
    [InlineData("XK06-001-00123", "格式不正确")]
    [InlineData("鲁XK6-001-00123", "格式不正确")]
    [InlineData("鲁XK06-01-00123", "格式不正确")]
    [InlineData("甲XK06-001-00123", "省份简称")]
    [InlineData("鲁XK06-001-0123", "5 位")]
    [InlineData("", "不能为空")]
    public void A_malformed_licence_number_is_refused_with_the_reason(string raw, string reason)
    {
        var (number, error) = LicenceRules.ParseNumber(raw, 5);
        Assert.Null(number);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
