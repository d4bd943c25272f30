namespace Zhijian.Platform.Calendar;

/// <summary>A year's 放假安排 entered by an administrator (e.g. 2027 once the State Council notice is out).</summary>
public sealed class StoredHolidaySchedule
{
    public int Year { get; set; }

    /// <summary>The <see cref="HolidaySchedule"/> as JSON.</summary>
    public string Json { get; set; } = "";

    public string EnteredBy { get; set; } = "";

    public DateTimeOffset EnteredAt { get; set; }
}
