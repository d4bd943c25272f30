using System.Globalization;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Domain;
using Zhijian.Platform.Calendar;

namespace Zhijian.Tests.Credit;

/// <summary>经营异常名录 / 严重违法失信名单 rules on the real working calendar.</summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class ListingRulesTests
{
    private static readonly WorkingCalendar Calendar = new(EmbeddedHolidays.Load());

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(2025, "06-30", "2026-06-30", "2026-07-14")] // Jul 1–3, 6–10, 13–14
    [InlineData(2024, "06-30", "2025-06-30", "2025-07-14")]
    [InlineData(2023, "06-30", "2024-06-30", "2024-07-12")] // window ends on a Sunday
    public void Listing_decision_is_due_10_working_days_after_the_window_closes(int year, string monthDay, string windowEnd, string due)
    {
        var end = ListingRules.WindowEnd(year, monthDay);

        Assert.Equal(D(windowEnd), end);
        Assert.Equal(D(due), ListingRules.ListingDue(Calendar, end, Period.Parse("10WD")));
    }

    [Theory]
    [InlineData("2026-07-02", "2026-07-09")] // Thu → 3, 6, 7, 8, 9 July
    [InlineData("2026-09-30", "2026-10-13")] // 国庆 Oct 1–7; Sat Oct 10 is a make-up working day
    [InlineData("2026-02-13", "2026-02-27")] // Sat Feb 14 make-up day, 春节 Feb 15–23
    [InlineData("2026-04-30", "2026-05-11")] // 劳动节 May 1–5; Sat May 9 make-up day
    public void Removal_is_due_5_working_days_after_the_cause_is_cured(string cured, string due) =>
        Assert.Equal(D(due), ListingRules.RemovalDue(Calendar, D(cured), Period.Parse("5WD")));

    [Theory]
    [InlineData("2026-06-30", "06-30", 2024)]
    [InlineData("2026-07-01", "06-30", 2025)]
    [InlineData("2026-11-23", "06-30", 2025)]
    public void The_last_closed_report_year(string today, string monthDay, int year) =>
        Assert.Equal(year, ListingRules.LastClosedYear(D(today), monthDay));

    [Theory]
    [InlineData("2026-11-23", "2029-11-23", "2027-11-23", "2029-11-23")]
    [InlineData("2024-02-29", "2027-02-28", "2025-02-28", "2027-02-28")] // leap day: same month, last day
    public void Serious_list_terms_run_from_the_listing_date(string listed, string expires, string earlyFrom, string banUntil)
    {
        var terms = ListingRules.Serious(D(listed), 3, 1, 3);

        Assert.Equal(new SeriousTerms(D(expires), D(earlyFrom), D(banUntil)), terms);
    }

    [Theory]
    [InlineData("2029-11-23", "2029-11-22", false)]
    [InlineData("2029-11-23", "2029-11-23", false)] // the last day on the list
    [InlineData("2029-11-23", "2029-11-24", true)]  // expired from the day after
    public void Serious_listing_expires_the_day_after_its_term(string expiresOn, string today, bool expired)
    {
        Assert.Equal(expired, ListingRules.IsExpired(D(expiresOn), D(today)));
        Assert.Equal(D(expiresOn).AddDays(1), ListingRules.ExpiredOn(D(expiresOn)));
    }

    [Theory]
    [InlineData("2023-07-03", "2026-07-02", false)]
    [InlineData("2023-07-03", "2026-07-03", true)]
    public void Three_years_on_the_abnormal_list_make_a_serious_list_proposal(string listed, string today, bool due) =>
        Assert.Equal(due, ListingRules.DueForSerious(D(listed), 3, D(today)));

    [Theory]
    [InlineData("历下区", "异列", 2026, 123, "历下市监异列〔2026〕第000123号")]
    [InlineData("平阴县", "异移", 2026, 1, "平阴市监异移〔2026〕第000001号")]
    [InlineData("章丘区", "失列", 2027, 45, "章丘市监失列〔2027〕第000045号")]
    public void Decision_numbers_per_authority_kind_and_year(string county, string kind, int year, int seq, string expected) =>
        Assert.Equal(expected, ListingRules.DecisionNo(ListingRules.ShortName(county), kind, year, seq));

    [Theory]
    [InlineData(true, CreditList.AbnormalMark)]
    [InlineData(false, CreditList.Abnormal)]
    public void Individual_businesses_are_marked_not_listed(bool individual, CreditList list) =>
        Assert.Equal(list, ListingRules.AbnormalListFor(individual));
}
