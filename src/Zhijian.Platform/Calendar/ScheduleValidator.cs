using System.Globalization;

namespace Zhijian.Platform.Calendar;

/// <summary>
/// Checks a 放假安排 before it is loaded (e.g. one an administrator enters for a new year).
/// Messages are Chinese, keyed by field: "year", "source", "holidays", "holidays[3]", "makeupDays[0]".
/// </summary>
public static class ScheduleValidator
{
    /// <summary>Lowest accepted year.</summary>
    public const int MinYear = 2000;

    /// <summary>Highest accepted year.</summary>
    public const int MaxYear = 2100;

    /// <summary>
    /// A 元旦 day may fall in late December of the year before (2023's 元旦 began on 2022-12-31; 2019's make-up day
    /// was 2018-12-29; 2012's 2011-12-31): from this day of December on.
    /// </summary>
    public const int PreviousDecemberFromDay = 20;

    private const string NewYear = "元旦";

    /// <summary>Returns the problems found; empty when the schedule is valid.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(HolidaySchedule s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string key, string message)
        {
            if (!errors.TryGetValue(key, out var list))
            {
                list = [];
                errors[key] = list;
            }

            list.Add(message);
        }

        var yearValid = s.Year is >= MinYear and <= MaxYear;
        if (!yearValid)
        {
            Add("year", Invariant($"年份 {s.Year} 超出范围：应在 {MinYear}–{MaxYear} 年之间"));
        }

        if (string.IsNullOrWhiteSpace(s.Source))
        {
            Add("source", "来源不能为空：应写明国务院办公厅通知的文号，例如 国办发明电〔2025〕7号");
        }

        if (s.Holidays is null || s.Holidays.Count == 0)
        {
            Add("holidays", "放假安排至少应包含一个放假日期");
        }

        var holidayDates = new HashSet<DateOnly>();
        var holidays = s.Holidays ?? [];
        for (var i = 0; i < holidays.Count; i++)
        {
            var key = Invariant($"holidays[{i}]");
            var day = holidays[i];
            if (day is null)
            {
                Add(key, "放假日期不能为空");
                continue;
            }

            CheckName(day, key, "放假日期", Add);
            if (yearValid)
            {
                CheckYear(s.Year, day, key, "放假日期", Add);
            }

            if (!holidayDates.Add(day.Date))
            {
                Add(key, $"放假日期 {Format(day.Date)} 重复");
            }
        }

        var makeupDates = new HashSet<DateOnly>();
        var makeupDays = s.MakeupDays ?? [];
        for (var i = 0; i < makeupDays.Count; i++)
        {
            var key = Invariant($"makeupDays[{i}]");
            var day = makeupDays[i];
            if (day is null)
            {
                Add(key, "调休上班日不能为空");
                continue;
            }

            CheckName(day, key, "调休上班日", Add);
            if (yearValid)
            {
                CheckYear(s.Year, day, key, "调休上班日", Add);
            }

            if (day.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                Add(key, $"调休上班日 {Format(day.Date)} 是{WeekdayName(day.Date)}，调休上班日必须是星期六或星期日");
            }

            if (!makeupDates.Add(day.Date))
            {
                Add(key, $"调休上班日 {Format(day.Date)} 重复");
            }

            if (holidayDates.Contains(day.Date))
            {
                Add(key, $"日期 {Format(day.Date)} 不能既是放假日期又是调休上班日");
            }
        }

        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>"星期一" … "星期日".</summary>
    public static string WeekdayName(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Monday => "星期一",
        DayOfWeek.Tuesday => "星期二",
        DayOfWeek.Wednesday => "星期三",
        DayOfWeek.Thursday => "星期四",
        DayOfWeek.Friday => "星期五",
        DayOfWeek.Saturday => "星期六",
        _ => "星期日",
    };

    internal static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void CheckName(ScheduleDay day, string key, string what, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(day.Name))
        {
            add(key, $"{what} {Format(day.Date)} 的节日名称不能为空");
        }
    }

    private static void CheckYear(int year, ScheduleDay day, string key, string what, Action<string, string> add)
    {
        if (day.Date.Year == year)
        {
            return;
        }

        var lateDecemberBefore = day.Date.Year == year - 1 && day.Date.Month == 12 && day.Date.Day >= PreviousDecemberFromDay;
        if (lateDecemberBefore && string.Equals(day.Name?.Trim(), NewYear, StringComparison.Ordinal))
        {
            return;
        }

        add(key, Invariant($"{what} {Format(day.Date)} 不在 {year} 年内（只有元旦的日期可以落在上一年 12 月 {PreviousDecemberFromDay}–31 日）"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
