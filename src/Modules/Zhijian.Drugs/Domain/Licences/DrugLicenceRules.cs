using System.Globalization;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;

namespace Zhijian.Drugs.Domain.Licences;

/// <summary>The renewal window of a licence: apply on or after <see cref="From"/> and on or before <see cref="To"/>.</summary>
internal sealed record RenewalWindow(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly day) => day >= From && day <= To;

    public string Text => $"{From:yyyy-MM-dd} 至 {To:yyyy-MM-dd}";
}

/// <summary>
/// The licence rules of the Licences area from the rule book on the day in question (research §8 L12–L14):
/// 药品经营许可证 valid 5 years, renewal applied 6 to 2 months before expiry (《药品管理法实施条例》: at least 6 months;
/// 总局令第84号: between 6 and 2 months — both settings); 医疗器械经营许可证 valid 5 years, renewal between 90 and 30 working days
/// before expiry on the working calendar; class II filings have no expiry; the device businesses' yearly self-inspection report due
/// 31 March of the next year; a change of licensed items applied at least 30 days before it takes effect.
/// </summary>
internal sealed class DrugLicenceRules(IRuleBook rules, IWorkingCalendar calendar)
{
    public const string DrugYearsKey = "drugs.drug-licence-years";
    public const string DrugRenewalFromKey = "drugs.drug-renewal-months-before";
    public const string DrugRenewalToKey = "drugs.drug-renewal-latest-months-before";
    public const string DrugChangeDaysKey = "drugs.drug-change-days-before";
    public const string DeviceYearsKey = "drugs.device-licence-years";
    public const string DeviceRenewalFromKey = "drugs.device-renewal-from-wd";
    public const string DeviceRenewalToKey = "drugs.device-renewal-to-wd";
    public const string SelfReportDueKey = "drugs.device-self-report-due";
    public const string WarnDaysKey = "drugs.renewal-warn-days";

    /// <summary>有效期至 of a licence issued on <paramref name="issuedOn"/>: the corresponding day N years on (民法典 第202条); null for a class II filing.</summary>
    public DateOnly? ValidTo(DrugLicenceKind kind, DateOnly issuedOn) => kind switch
    {
        DrugLicenceKind.DrugOperation => issuedOn.AddYears(rules.GetInt(DrugYearsKey, issuedOn)),
        DrugLicenceKind.DeviceClassIII => issuedOn.AddYears(rules.GetInt(DeviceYearsKey, issuedOn)),
        _ => null,
    };

    public int Years(DrugLicenceKind kind, DateOnly issuedOn) => rules.GetInt(kind == DrugLicenceKind.DeviceClassIII ? DeviceYearsKey : DrugYearsKey, issuedOn);

    /// <summary>
    /// The window to apply for renewal of a licence valid to <paramref name="validTo"/>: 药品经营许可证 from validTo − 6 months to
    /// validTo − 2 months (month arithmetic keeps the day, or the month's last day); 医疗器械经营许可证 from the 90th to the 30th working
    /// day before validTo (validTo itself not counted). Null for a filing. Settings are read as in force on validTo.
    /// </summary>
    public RenewalWindow? Window(DrugLicenceKind kind, DateOnly validTo) => kind switch
    {
        DrugLicenceKind.DrugOperation => new(validTo.AddMonths(-rules.GetInt(DrugRenewalFromKey, validTo)), validTo.AddMonths(-rules.GetInt(DrugRenewalToKey, validTo))),
        DrugLicenceKind.DeviceClassIII => new(WorkingDaysBefore(validTo, rules.GetInt(DeviceRenewalFromKey, validTo)),
            WorkingDaysBefore(validTo, rules.GetInt(DeviceRenewalToKey, validTo))),
        _ => null,
    };

    /// <summary>The Chinese rule text of a window ("有效期届满前6个月至2个月", "有效期届满前90个工作日至30个工作日").</summary>
    public string WindowRule(DrugLicenceKind kind, DateOnly validTo) => kind == DrugLicenceKind.DeviceClassIII
        ? $"有效期届满前{rules.GetInt(DeviceRenewalFromKey, validTo)}个工作日至{rules.GetInt(DeviceRenewalToKey, validTo)}个工作日"
        : $"有效期届满前{rules.GetInt(DrugRenewalFromKey, validTo)}个月至{rules.GetInt(DrugRenewalToKey, validTo)}个月";

    /// <summary>
    /// The <paramref name="n"/>th working day before <paramref name="day"/> (the day itself not counted). Years the calendar cannot answer
    /// (a licence expiring years ahead, beyond the 暂定 years) count weekends only: such a window is provisional until its year's 放假安排 is
    /// loaded, and moves when it is.
    /// </summary>
    public DateOnly WorkingDaysBefore(DateOnly day, int n)
    {
        var d = day;
        for (var left = n; left > 0;)
        {
            d = d.AddDays(-1);
            if (IsWorkingDay(d)) left--;
        }

        return d;
    }

    private bool IsWorkingDay(DateOnly d)
    {
        try
        {
            return calendar.IsWorkingDay(d);
        }
        catch (CalendarRangeException)
        {
            return d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        }
    }

    /// <summary>A change of licensed items must be applied for at least this many days before it takes effect.</summary>
    public int ChangeDaysBefore(DateOnly on) => rules.GetInt(DrugChangeDaysKey, on);

    /// <summary>The due day of the self-inspection report covering <paramref name="year"/>: the setting's month-day in the next year.</summary>
    public DateOnly SelfReportDue(int year)
    {
        var md = rules.Get(SelfReportDueKey, new DateOnly(year + 1, 1, 1));
        var month = int.Parse(md.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(md.AsSpan(3, 2), CultureInfo.InvariantCulture);
        return new DateOnly(year + 1, month, Math.Min(day, DateTime.DaysInMonth(year + 1, month)));
    }

    /// <summary>The latest report year due on <paramref name="today"/> or before it (the year whose 31 March has passed or is today).</summary>
    public int LastDueYear(DateOnly today) => SelfReportDue(today.Year - 1) <= today ? today.Year - 1 : today.Year - 2;

    public int WarnDays(DateOnly on) => rules.GetInt(WarnDaysKey, on);

    public static string NameOf(DrugLicenceKind k) => k switch
    {
        DrugLicenceKind.DrugOperation => "药品经营许可证",
        DrugLicenceKind.DeviceClassIII => "医疗器械经营许可证",
        DrugLicenceKind.DeviceClassIIFiling => "第二类医疗器械经营备案",
        _ => "其他",
    };

    public static string NameOf(DrugLicenceStatus s) => s switch
    {
        DrugLicenceStatus.Valid => "有效",
        DrugLicenceStatus.Cancelled => "注销",
        DrugLicenceStatus.Revoked => "吊销",
        DrugLicenceStatus.Expired => "过期",
        _ => "其他",
    };

    /// <summary>The status shown on <paramref name="today"/>: a valid licence past its valid-to day is 过期.</summary>
    public static DrugLicenceStatus Effective(DrugLicence l, DateOnly today) =>
        l.Status == DrugLicenceStatus.Valid && l.ValidTo is { } v && v < today ? DrugLicenceStatus.Expired : l.Status;
}
