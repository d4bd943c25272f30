using System.Globalization;
using Zhijian.Credit.Contracts;
using Zhijian.Platform.Calendar;

namespace Zhijian.Credit.Domain;

/// <summary>The terms of a serious-list listing (严重违法失信名单), all computed from the listing date.</summary>
internal sealed record SeriousTerms(DateOnly ExpiresOn, DateOnly EarlyRemovalFrom, DateOnly LegalRepBanUntil);

/// <summary>
/// 经营异常名录 and 严重违法失信名单: pure rules (no I/O). Numbers come from the rule book, dates from the working
/// calendar; both are passed in.
/// </summary>
internal static class ListingRules
{
    /// <summary>The last day of the annual-report window for <paramref name="year"/> ("06-30" → 30 June of year + 1).</summary>
    public static DateOnly WindowEnd(int year, string monthDay) =>
        DateOnly.ParseExact($"{year + 1}-{monthDay.Trim()}", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The report year whose window has closed most recently on <paramref name="today"/>, on <paramref name="today"/>.</summary>
    public static int LastClosedYear(DateOnly today, string monthDay) =>
        today > WindowEnd(today.Year - 1, monthDay) ? today.Year - 1 : today.Year - 2;

    /// <summary>Listing decision due: <paramref name="period"/> (10WD) after the window end (the facts arise the day after).</summary>
    public static DateOnly ListingDue(IWorkingCalendar calendar, DateOnly windowEnd, Period period) => calendar.Deadline(windowEnd, period);

    /// <summary>Removal decision due: <paramref name="period"/> (5WD) after the cause was cured.</summary>
    public static DateOnly RemovalDue(IWorkingCalendar calendar, DateOnly curedOn, Period period) => calendar.Deadline(curedOn, period);

    /// <summary>Individual businesses are marked (经营异常状态); enterprises and cooperatives are listed.</summary>
    public static CreditList AbnormalListFor(bool individualBusiness) => individualBusiness ? CreditList.AbnormalMark : CreditList.Abnormal;

    /// <summary>The unique key: "{list}:{ground}:{year, date or "system/id" of a proposing module}:{uscc}" with list and ground as their numbers.</summary>
    public static string Key(CreditList list, ListingGround ground, string yearOrDate, string uscc) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)list}:{(int)ground}:{yearOrDate}:{uscc}");

    /// <summary>Whether a listing made on <paramref name="listedOn"/> has been on the abnormal list the full <paramref name="years"/> by <paramref name="today"/>.</summary>
    public static bool DueForSerious(DateOnly listedOn, int years, DateOnly today) => today >= listedOn.AddYears(years);

    public static SeriousTerms Serious(DateOnly listedOn, int stayYears, int earlyRemovalAfterYears, int legalRepBanYears) =>
        new(listedOn.AddYears(stayYears), listedOn.AddYears(earlyRemovalAfterYears), listedOn.AddYears(legalRepBanYears));

    /// <summary>
    /// Expiry semantics: <see cref="Listing.ExpiresOn"/> (listed + 3 years, same day-of-month) is the last day on the list;
    /// the listing is expired from the day after, which is also its removal date.
    /// </summary>
    public static bool IsExpired(DateOnly expiresOn, DateOnly today) => today > expiresOn;

    public static DateOnly ExpiredOn(DateOnly expiresOn) => expiresOn.AddDays(1);

    /// <summary>
    /// Decision number (文号), one sequence per authority, kind and year:
    /// "{authority abbreviation}市监{kind}〔{year}〕第{seq:000000}号", e.g. "济历市监异列〔2026〕第000123号" (the abbreviation of
    /// the bureau's case documents, <c>AuthorityNames</c>; <see cref="ShortName"/> only where no org unit covers the county).
    /// Kinds: 异列 listing, 异标 individual-business marking, 异移 removal of either, 失列 serious listing, 失移 serious removal.
    /// </summary>
    public static string DecisionNo(string authorityShort, string kind, int year, int seq) =>
        string.Create(CultureInfo.InvariantCulture, $"{authorityShort}市监{kind}〔{year}〕第{seq:000000}号");

    public static string DecisionPrefix(string authorityShort, string kind, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{authorityShort}市监{kind}〔{year}〕第");

    /// <summary>"历下区" → "历下", "章丘区" → "章丘", "平阴县" → "平阴"; two-character names stay whole.</summary>
    public static string ShortName(string countyName) =>
        countyName.Length > 2 && (countyName.EndsWith('区') || countyName.EndsWith('县') || countyName.EndsWith('市')) ? countyName[..^1] : countyName;

    public static string ListingKind(CreditList list) => list switch
    {
        CreditList.Abnormal => "异列",
        CreditList.AbnormalMark => "异标",
        _ => "失列",
    };

    public static string RemovalKind(CreditList list) => list == CreditList.Serious ? "失移" : "异移";

    public static string ListedFeedKind(CreditList list) => list == CreditList.Serious ? "serious.listed" : "abnormal.listed";

    public static string RemovedFeedKind(CreditList list) => list == CreditList.Serious ? "serious.removed" : "abnormal.removed";

    /// <summary>Why <paramref name="listing"/> cannot be the object of a repair application on <paramref name="today"/>, or null.</summary>
    public static string? ListingRefusalText(Listing listing, DateOnly today) =>
        RepairRules.ListingRefusal(listing.List, listing.Status, listing.EarlyRemovalFrom, today);
}
