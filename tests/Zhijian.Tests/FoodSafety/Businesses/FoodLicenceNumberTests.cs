using Zhijian.FoodSafety.Domain;
using Zhijian.FoodSafety.Domain.Licences;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;

namespace Zhijian.Tests.FoodSafety.Businesses;

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class FoodLicenceNumberTests
{
    private static readonly DivisionTable Divisions = DivisionTable.Default;

    [Theory]
    [InlineData("SC10637010200123", "370102", "Production")] // 106 food category, 历下区
    [InlineData("SC20137010000015", "370100", "Production")] // 201 additive, 济南市
    [InlineData("JY13701020012345", "370102", "Sales")]
    [InlineData("jy23701030000017", "370103", "Catering")]
    [InlineData("JY33701120000029", "370112", "Canteen")]
    public void Valid_numbers_give_kind_area_and_business_type(string number, string area, string type)
    {
        var c = FoodLicenceNumber.Check(number, Divisions);
        Assert.True(c.Valid, c.Reason);
        Assert.Equal(area, c.DivisionCode);
        Assert.Equal(Enum.Parse<FoodBusinessType>(type), c.BusinessType);
        Assert.Equal(number.StartsWith("SC", StringComparison.OrdinalIgnoreCase) ? FoodLicenceKind.Production : FoodLicenceKind.Business, c.Kind);
    }

    [Theory]
    [InlineData("XK13701020012345", "开头")] // wrong prefix
    [InlineData("JY43701020012345", "主体业态")] // business type digit 4
    [InlineData("SC30637010200123", "食品类别")] // category 3xx
    [InlineData("JY1370102001234", "16位")] // 13 digits
    [InlineData("JY137010200123456", "16位")] // 15 digits
    [InlineData("JY137010200A2345", "数字")] // non-numeric
    [InlineData("JY19901020012345", "990102")] // not a GB/T 2260 area
    [InlineData("SC10612345600123", "123456")] // not a GB/T 2260 area
    [InlineData("", "不能为空")]
    public void Invalid_numbers_say_why_in_chinese(string number, string reasonPart)
    {
        var c = FoodLicenceNumber.Check(number, Divisions);
        Assert.False(c.Valid);
        Assert.Contains(reasonPart, c.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Filings_and_local_registrations_need_their_kind_and_accept_any_local_identifier()
    {
        Assert.True(FoodLicenceNumber.Check("YB13701020001", Divisions, FoodLicenceKind.Filing).Valid);
        Assert.True(FoodLicenceNumber.Check("LXZF2026001", Divisions, FoodLicenceKind.WorkshopRegistration).Valid);
        Assert.False(FoodLicenceNumber.Check("12345", Divisions, FoodLicenceKind.VendorRegistration).Valid); // too short
        Assert.False(FoodLicenceNumber.Check("YB13701020001", Divisions).Valid); // kind unknown without declaring it
        Assert.Contains("SC", FoodLicenceNumber.Check("SC10637010200123", Divisions, FoodLicenceKind.Business).Reason, StringComparison.Ordinal);
    }
}

[Trait("Database", "none")] // pure: the embedded 2026 calendar
public sealed class RenewalWindowTests
{
    private static readonly WorkingCalendar Calendar = new(EmbeddedHolidays.Load());

    [Fact]
    public void The_window_closes_15_working_days_before_expiry_counted_across_national_day_and_its_make_up_days()
    {
        // Expiry Fri 2026-10-16. Counting back, the expiry day not counted: Oct 15, 14, 13, 12 (4); Sat Oct 10 is a 国庆 make-up
        // working day (5); Oct 9, 8 (7); Oct 1–7 国庆 holidays; Sep 30, 29, 28 (10); Sep 25–27 中秋 holidays; Sep 24, 23, 22, 21 (14);
        // Sun Sep 20 is a make-up working day (15).
        var (_, closes) = RenewalWindow.For(Calendar, new DateOnly(2026, 10, 16), 90, 15);
        Assert.Equal(new DateOnly(2026, 9, 20), closes);
    }

    [Fact]
    public void The_window_opens_90_working_days_before_expiry_and_lists_exactly_the_expiries_whose_window_holds_today()
    {
        var expiry = new DateOnly(2026, 10, 16);
        var (opens, closes) = RenewalWindow.For(Calendar, expiry, 90, 15);
        var working = 0;
        for (var d = opens; d < expiry; d = d.AddDays(1)) if (Calendar.IsWorkingDay(d)) working++;
        Assert.Equal(90, working);
        Assert.True(Calendar.IsWorkingDay(opens));

        var today = new DateOnly(2026, 6, 18); // Thursday before the 端午 holidays; expiries counted inside the loaded year 2026
        var (from, to) = RenewalWindow.ExpiriesInWindow(Calendar, today, 90, 15);
        for (var e = today; e < today.AddDays(160); e = e.AddDays(1))
        {
            var (o, c) = RenewalWindow.For(Calendar, e, 90, 15);
            Assert.Equal(o <= today && today <= c, e >= from && e <= to);
        }
    }
}
