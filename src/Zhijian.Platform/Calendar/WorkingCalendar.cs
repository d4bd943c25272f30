using System.Globalization;

namespace Zhijian.Platform.Calendar;

/// <summary>
/// 法定工作日历 built from the loaded 放假安排; immutable and thread-safe. Precomputes a day table for
/// 1 January of the first year to 31 December of the last, with a running count of working days, so
/// <see cref="AddWorkingDays"/> is a binary search. A year missing between the first and the last is
/// out of range like a year outside them.
/// </summary>
public sealed class WorkingCalendar : IWorkingCalendar
{
    private const byte NotLoaded = 0;

    private readonly DateOnly start;
    private readonly byte[] kinds;        // NotLoaded or (byte)(DayKind + 1)
    private readonly string?[] names;
    private readonly int[] workingUpTo;   // working days in [0, i]
    private readonly int[] segmentEnd;    // last index of the loaded run of years holding i
    private readonly string rangeText;

    /// <summary>Builds the calendar; every schedule must pass <see cref="ScheduleValidator"/>.</summary>
    /// <exception cref="ArgumentException">No schedule, a year twice, an invalid schedule, or two schedules disagreeing on a date.</exception>
    public WorkingCalendar(IEnumerable<HolidaySchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var list = schedules.OrderBy(s => s.Year).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("工作日历至少需要一年的放假安排", nameof(schedules));
        }

        foreach (var schedule in list)
        {
            var errors = ScheduleValidator.Validate(schedule);
            if (errors.Count > 0)
            {
                var detail = string.Join("；", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}：{m}")));
                throw new ArgumentException(Invariant($"{schedule.Year} 年放假安排有误：{detail}"), nameof(schedules));
            }
        }

        var duplicate = list.GroupBy(s => s.Year).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException(Invariant($"{duplicate.Key} 年的放假安排重复"), nameof(schedules));
        }

        Schedules = list;
        FirstYear = list[0].Year;
        LastYear = list[^1].Year;
        var years = list.Select(s => s.Year).ToHashSet();
        rangeText = DescribeYears(list.Select(s => s.Year).ToArray());

        start = new DateOnly(FirstYear, 1, 1);
        var length = new DateOnly(LastYear, 12, 31).DayNumber - start.DayNumber + 1;
        kinds = new byte[length];
        names = new string?[length];
        for (var i = 0; i < length; i++)
        {
            var date = start.AddDays(i);
            if (years.Contains(date.Year))
            {
                kinds[i] = Encode(date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.Weekend : DayKind.Weekday);
            }
        }

        foreach (var schedule in list)
        {
            Mark(schedule, schedule.Holidays, DayKind.Holiday);
            Mark(schedule, schedule.MakeupDays, DayKind.Makeup);
        }

        workingUpTo = new int[length];
        segmentEnd = new int[length];
        var count = 0;
        for (var i = 0; i < length; i++)
        {
            if (IsWorking(kinds[i]))
            {
                count++;
            }

            workingUpTo[i] = count;
        }

        var end = -1;
        for (var i = length - 1; i >= 0; i--)
        {
            if (kinds[i] == NotLoaded)
            {
                end = -1;
                continue;
            }

            if (end < 0)
            {
                end = i;
            }

            segmentEnd[i] = end;
        }
    }

    /// <summary>The schedules loaded, in year order (to show them, or to add a year and <see cref="WorkingCalendarHolder.Replace"/>).</summary>
    public IReadOnlyList<HolidaySchedule> Schedules { get; }

    /// <inheritdoc/>
    public int FirstYear { get; }

    /// <inheritdoc/>
    public int LastYear { get; }

    /// <summary>The loaded years as the messages name them, e.g. "2020–2026" or "2020–2022、2024–2026".</summary>
    public string LoadedYearsText => rangeText;

    /// <inheritdoc/>
    public CalendarDay GetDay(DateOnly day)
    {
        var i = IndexOf(day);
        var kind = (DayKind)(kinds[i] - 1);
        return new CalendarDay(day, IsWorking(kinds[i]), kind, names[i]);
    }

    /// <inheritdoc/>
    public bool IsWorkingDay(DateOnly day) => IsWorking(kinds[IndexOf(day)]);

    /// <inheritdoc/>
    public DateOnly AddWorkingDays(DateOnly trigger, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var t = IndexOf(trigger);
        if (n == 0)
        {
            return trigger;
        }

        var target = workingUpTo[t] + n;
        var last = segmentEnd[t];
        if (workingUpTo[last] < target)
        {
            throw DeadlineOutOfRange(trigger, new Period(n, PeriodUnit.WorkingDays), last + 1);
        }

        // First index after t whose running count reaches target: the Nth working day.
        int lo = t + 1, hi = last;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (workingUpTo[mid] >= target)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return start.AddDays(lo);
    }

    /// <inheritdoc/>
    public DateOnly AddCalendarDays(DateOnly trigger, int n) => Deadline(trigger, new Period(n, PeriodUnit.CalendarDays));

    /// <inheritdoc/>
    public DateOnly Deadline(DateOnly trigger, Period period, IReadOnlyList<DeadlinePause>? pauses = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(period.Count, nameof(period));
        var t = IndexOf(trigger);
        var paused = Pauses.Create(pauses);
        if (paused is null && period.Unit == PeriodUnit.WorkingDays)
        {
            return AddWorkingDays(trigger, period.Count);
        }

        if (period.Count == 0 && period.Unit == PeriodUnit.WorkingDays)
        {
            return trigger;
        }

        var last = segmentEnd[t];
        var i = t;
        var counted = 0;
        if (paused is null)
        {
            // Calendar days without pauses: jump, then roll.
            if (t + period.Count > last)
            {
                throw DeadlineOutOfRange(trigger, period, last + 1);
            }

            i = t + period.Count;
            counted = period.Count;
        }

        while (counted < period.Count)
        {
            i = Step(i, last, trigger, period);
            if (paused?.IsPaused(start.AddDays(i)) == true)
            {
                continue;
            }

            if (period.Unit == PeriodUnit.CalendarDays || IsWorking(kinds[i]))
            {
                counted++;
            }
        }

        if (period.Unit == PeriodUnit.CalendarDays)
        {
            // The last day must be a working day on which the time runs: roll past days off and pauses.
            while (!IsWorking(kinds[i]) || paused?.IsPaused(start.AddDays(i)) == true)
            {
                i = Step(i, last, trigger, period);
            }
        }

        return start.AddDays(i);

        int Step(int index, int lastIndex, DateOnly from, Period p)
        {
            var next = index + 1;
            if (next > lastIndex)
            {
                throw DeadlineOutOfRange(from, p, next);
            }

            paused?.ThrowIfOpen(start.AddDays(next), from, p);
            return next;
        }
    }

    /// <inheritdoc/>
    public DateOnly? TryDeadline(DateOnly trigger, Period period, IReadOnlyList<DeadlinePause>? pauses = null)
    {
        try
        {
            return Deadline(trigger, period, pauses);
        }
        catch (DeadlinePausedException)
        {
            return null;
        }
    }

    internal static string DescribeYears(IReadOnlyList<int> sortedYears)
    {
        var parts = new List<string>();
        var runStart = sortedYears[0];
        for (var k = 1; k <= sortedYears.Count; k++)
        {
            if (k < sortedYears.Count && sortedYears[k] == sortedYears[k - 1] + 1)
            {
                continue;
            }

            var runEnd = sortedYears[k - 1];
            parts.Add(runStart == runEnd ? Invariant($"{runStart}") : Invariant($"{runStart}–{runEnd}"));
            if (k < sortedYears.Count)
            {
                runStart = sortedYears[k];
            }
        }

        return string.Join("、", parts);
    }

    private void Mark(HolidaySchedule schedule, IReadOnlyList<ScheduleDay> days, DayKind kind)
    {
        foreach (var day in days)
        {
            var i = day.Date.DayNumber - start.DayNumber;
            if (i < 0 || i >= kinds.Length || kinds[i] == NotLoaded)
            {
                continue; // e.g. 2022-12-31 of the 2023 arrangement when 2022 is not loaded
            }

            if (kinds[i] is not (byte)(DayKind.Weekday + 1) and not (byte)(DayKind.Weekend + 1))
            {
                throw new ArgumentException(
                    Invariant($"日期 {ScheduleValidator.Format(day.Date)} 在两份放假安排中重复出现（{schedule.Year} 年）"),
                    nameof(schedule));
            }

            kinds[i] = Encode(kind);
            names[i] = day.Name.Trim();
        }
    }

    private int IndexOf(DateOnly date)
    {
        var i = date.DayNumber - start.DayNumber;
        if (i < 0 || i >= kinds.Length || kinds[i] == NotLoaded)
        {
            throw new CalendarRangeException(
                $"日期 {ScheduleValidator.Format(date)} 超出工作日历范围：已载入 {rangeText} 年的国务院放假安排")
            {
                Date = date,
            };
        }

        return i;
    }

    private CalendarRangeException DeadlineOutOfRange(DateOnly trigger, Period period, int index)
    {
        var date = start.AddDays(index);
        return new CalendarRangeException(
            $"自 {ScheduleValidator.Format(trigger)} 起 {period.ToChinese()} 的期限超出工作日历范围：" +
            $"需要 {ScheduleValidator.Format(date)} 起的放假安排，已载入 {rangeText} 年的国务院放假安排")
        {
            Date = date,
        };
    }

    private static byte Encode(DayKind kind) => (byte)(kind + 1);

    private static bool IsWorking(byte kind) =>
        kind is (byte)(DayKind.Weekday + 1) or (byte)(DayKind.Makeup + 1);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class Pauses
    {
        private readonly DeadlinePause[] items;

        private Pauses(DeadlinePause[] items) => this.items = items;

        public static Pauses? Create(IReadOnlyList<DeadlinePause>? pauses)
        {
            if (pauses is null || pauses.Count == 0)
            {
                return null;
            }

            foreach (var p in pauses)
            {
                ArgumentNullException.ThrowIfNull(p, nameof(pauses));
                if (p.End is { } end && end < p.Start)
                {
                    throw new ArgumentException(
                        $"中止期间的结束日 {ScheduleValidator.Format(end)} 早于开始日 {ScheduleValidator.Format(p.Start)}（{p.Reason}）",
                        nameof(pauses));
                }
            }

            return new Pauses([.. pauses]);
        }

        public bool IsPaused(DateOnly date)
        {
            foreach (var p in items)
            {
                if (date >= p.Start && (p.End is null || date <= p.End.Value))
                {
                    return true;
                }
            }

            return false;
        }

        public void ThrowIfOpen(DateOnly date, DateOnly trigger, Period period)
        {
            foreach (var p in items)
            {
                if (p.End is null && date >= p.Start)
                {
                    throw new DeadlinePausedException(
                        $"自 {ScheduleValidator.Format(trigger)} 起 {period.ToChinese()} 的期限自 {ScheduleValidator.Format(p.Start)} 起中止（{p.Reason}），" +
                        "中止期间尚未结束，暂不能计算届满日")
                    {
                        Pause = p,
                    };
                }
            }
        }
    }
}
