namespace Zhijian.Platform.Calendar;

/// <summary>Legal dates are local dates in Asia/Shanghai; instants are UTC.</summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Today's date in China for <paramref name="clock"/>.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);

    /// <summary>The China-local date of an instant.</summary>
    public static DateOnly ToChinaDate(this DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private static readonly DateOnly Latest = new(9998, 12, 31);

    /// <summary>
    /// The instant a China calendar day begins (China has kept UTC+8 since 1991). Dates outside 1900–9998 are clamped, so a
    /// list filter given 0001-01-01 or 9999-12-31 selects everything instead of failing.
    /// </summary>
    public static DateTimeOffset StartOfDay(DateOnly day)
    {
        var d = day < Earliest ? Earliest : day > Latest ? Latest : day;
        return new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUniversalTime();
    }

    /// <summary>The instant the China calendar day after <paramref name="day"/> begins: the exclusive end of a "to" filter.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day) => StartOfDay(day < Latest ? day.AddDays(1) : Latest);
}
