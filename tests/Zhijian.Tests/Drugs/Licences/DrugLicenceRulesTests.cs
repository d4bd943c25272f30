using System.Globalization;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Platform.Calendar;
using Zhijian.Tests.SpecialEquipment.Maintenance;

namespace Zhijian.Tests.Drugs.Licences;

/// <summary>Validity, renewal windows (months; working days across the 2026 holidays, hand-counted), the 31 March self-report edge — no database.</summary>
[Trait("Database", "none")]
public sealed class DrugLicenceRulesTests
{
    private static readonly DrugLicenceRules Rules = new(new CatalogRules(), new WorkingCalendar(EmbeddedHolidays.Load()));

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("DrugOperation", "2021-12-20", "2026-12-20")]
    [InlineData("DeviceClassIII", "2024-02-29", "2029-02-28")] // no 29 February in 2029: the month's last day
    [InlineData("DrugOperation", "2022-03-10", "2027-03-10")]
    public void Licences_are_valid_five_years_to_the_corresponding_day(string kind, string issued, string validTo) =>
        Assert.Equal(D(validTo), Rules.ValidTo(Enum.Parse<DrugLicenceKind>(kind), D(issued)));

    [Fact]
    public void A_class_II_filing_has_no_expiry_and_no_renewal_window()
    {
        Assert.Null(Rules.ValidTo(DrugLicenceKind.DeviceClassIIFiling, D("2024-05-06")));
        Assert.Null(Rules.Window(DrugLicenceKind.DeviceClassIIFiling, D("2029-05-06")));
    }

    [Theory]
    [InlineData("2027-03-10", "2026-09-10", "2027-01-10")]
    [InlineData("2026-08-31", "2026-02-28", "2026-06-30")] // month ends: 6 months before 31 August is the last day of February
    [InlineData("2028-08-31", "2028-02-29", "2028-06-30")] // leap year
    [InlineData("2027-04-30", "2026-10-30", "2027-02-28")]
    public void A_drug_licence_is_renewed_from_six_to_two_months_before_expiry(string validTo, string from, string to)
    {
        var w = Rules.Window(DrugLicenceKind.DrugOperation, D(validTo))!;
        Assert.Equal((D(from), D(to)), (w.From, w.To));
        Assert.False(w.Contains(D(from).AddDays(-1)));
        Assert.True(w.Contains(D(from)));
        Assert.True(w.Contains(D(to)));
        Assert.False(w.Contains(D(to).AddDays(1)));
    }

    // Counted back on the 2026 calendar, the expiry day itself not counted:
    // 2026-11-20 (Fri): 30th working day before is Saturday 10-10 (a 国庆 make-up working day); 10-01…10-07 are off.
    //   Nov 19–16 (4), 13–9 (9), 6–2 (14), Oct 30–26 (19), 23–19 (24), 16–12 (29), Sat 10-10 (30).
    // 2026-12-31: 30th is 11-19, 90th is 08-21 (crossing 国庆 and 中秋 09-25…27 and the make-up days 09-20, 10-10).
    // 2026-06-30: 30th is 05-18 (劳动节 05-01…05 off, Sat 05-09 worked), 90th is 02-12 (春节 02-15…23 off, Sat 02-14 and 02-28 worked).
    [Theory]
    [InlineData("2026-11-20", "2026-07-13", "2026-10-10")]
    [InlineData("2026-12-31", "2026-08-21", "2026-11-19")]
    [InlineData("2026-06-30", "2026-02-12", "2026-05-18")]
    public void A_device_licence_is_renewed_between_the_90th_and_30th_working_day_before_expiry(string validTo, string from, string to)
    {
        var w = Rules.Window(DrugLicenceKind.DeviceClassIII, D(validTo))!;
        Assert.Equal((D(from), D(to)), (w.From, w.To));
        Assert.Equal("有效期届满前90个工作日至30个工作日", Rules.WindowRule(DrugLicenceKind.DeviceClassIII, D(validTo)));
    }

    [Fact]
    public void The_working_day_count_skips_the_Spring_Festival_and_counts_its_make_up_Saturdays()
    {
        // From 2026-03-02 (Mon) back 10 working days: Sat 02-28 make-up (1), 02-27 … 02-24 (5), 02-23 … 02-15 the holiday,
        // Sat 02-14 make-up (6), 02-13, 12, 11, 10 (10).
        Assert.Equal(D("2026-02-10"), Rules.WorkingDaysBefore(D("2026-03-02"), 10));
        Assert.Equal(D("2026-02-28"), Rules.WorkingDaysBefore(D("2026-03-02"), 1)); // Saturday 02-28 is a working day
    }

    [Fact]
    public void A_device_licence_expiring_beyond_the_loaded_years_gets_a_weekday_window()
    {
        // 2031 has no 放假安排 yet: Monday 2031-06-30 back 30 weekdays is Monday 2031-05-19 (six weeks), 90 is Monday 2031-02-24.
        var w = Rules.Window(DrugLicenceKind.DeviceClassIII, D("2031-06-30"))!;
        Assert.Equal((D("2031-02-24"), D("2031-05-19")), (w.From, w.To));
    }

    [Theory]
    [InlineData(2026, "2027-03-31")] // a Wednesday
    [InlineData(2025, "2026-03-31")]
    public void The_self_inspection_report_of_a_year_is_due_on_31_March_of_the_next(int year, string due) =>
        Assert.Equal(D(due), Rules.SelfReportDue(year));

    [Theory]
    [InlineData("2027-03-31", 2026)] // the due day itself: that year is due
    [InlineData("2027-03-30", 2025)]
    [InlineData("2027-04-01", 2026)]
    [InlineData("2026-11-23", 2025)]
    public void The_latest_year_due_turns_on_31_March(string today, int year) => Assert.Equal(year, Rules.LastDueYear(D(today)));

    [Theory]
    [InlineData("处方药、乙类非处方药", true)]
    [InlineData("甲类非处方药、中成药", true)]
    [InlineData("乙类非处方药、中药饮片", false)]
    public void A_pharmacist_must_be_on_duty_where_prescription_or_class_A_OTC_drugs_are_sold(string scope, bool needed) =>
        Assert.Equal(needed, ScopeItems.NeedsPharmacist(scope));
}
