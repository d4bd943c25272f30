namespace Zhijian.Platform.Calendar;

/// <summary>
/// 放假安排: one year's arrangement from the State Council notice (国务院办公厅关于部分节假日安排的通知).
/// </summary>
/// <param name="Year">The year the notice is for (a 元旦 day of late December of the year before belongs here).</param>
/// <param name="Holidays">放假日期: every day off of each festival's span, weekend days inside the span included.</param>
/// <param name="MakeupDays">调休上班日: weekend days that are working days.</param>
/// <param name="Source">The notice (文号) the arrangement reflects.</param>
public sealed record HolidaySchedule(int Year, IReadOnlyList<ScheduleDay> Holidays, IReadOnlyList<ScheduleDay> MakeupDays, string Source);

/// <summary>A day of a 放假安排 with the festival (节日) it belongs to, e.g. 春节.</summary>
public sealed record ScheduleDay(DateOnly Date, string Name);
