using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Zhijian.Platform.Calendar;

/// <summary>工作日历 API: day kinds and deadlines for other systems (12345 hotline, mobile app).</summary>
public static class CalendarEndpoints
{
    /// <summary>Largest count accepted by the deadline endpoint (about ten years).</summary>
    public const int MaxPeriodDays = 3650;

    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Maps GET /api/v1/calendar/days/{date} and GET /api/v1/calendar/deadline (anonymous).</summary>
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/calendar")
            .WithTags("工作日历")
            .AllowAnonymous();

        group.MapGet("/days/{date}", GetDay)
            .WithName("GetCalendarDay")
            .WithSummary("查询某日是否为工作日")
            .WithDescription("按国务院放假安排返回日期类型：weekday（工作日）、weekend（休息日）、holiday（法定节假日）、makeup（调休上班日），以及节日名称。");

        group.MapGet("/deadline", GetDeadline)
            .WithName("GetCalendarDeadline")
            .WithSummary("计算期限届满日")
            .WithDescription("自 from 次日起算：workingDays=N 为第 N 个工作日；calendarDays=N 为第 N 日，遇节假日或休息日顺延至下一个工作日。二者必须且只能提供一个。");

        return app;
    }

    /// <summary>One day of the calendar; kind is weekday | weekend | holiday | makeup.</summary>
    public sealed record DayResponse(string Date, bool WorkingDay, string Kind, string? Name);

    /// <summary>A computed deadline; period as "45WD"/"60CD".</summary>
    public sealed record DeadlineResponse(string From, string Period, string Deadline);

    internal static Results<Ok<DayResponse>, ValidationProblem, ProblemHttpResult> GetDay(string date, WorkingCalendarHolder holder)
    {
        if (!TryParseDate(date, out var day))
        {
            return DateError("date");
        }

        try
        {
            var result = holder.Current.GetDay(day);
            return TypedResults.Ok(new DayResponse(Format(result.Date), result.WorkingDay, KindText(result.Kind), result.Name));
        }
        catch (CalendarRangeException ex)
        {
            return OutOfRange(ex);
        }
    }

    internal static Results<Ok<DeadlineResponse>, ValidationProblem, ProblemHttpResult> GetDeadline(
        string? from, string? workingDays, string? calendarDays, WorkingCalendarHolder holder)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(from))
        {
            errors["from"] = ["缺少起算日 from，格式为 yyyy-MM-dd，例如 2026-10-01"];
        }
        else if (!TryParseDate(from, out _))
        {
            errors["from"] = ["日期格式应为 yyyy-MM-dd，例如 2026-10-01"];
        }

        var hasWorking = !string.IsNullOrWhiteSpace(workingDays);
        var hasCalendar = !string.IsNullOrWhiteSpace(calendarDays);
        if (hasWorking == hasCalendar)
        {
            var message = hasWorking
                ? "workingDays（工作日）与 calendarDays（日）只能提供一个"
                : "须提供 workingDays（工作日数）或 calendarDays（日数）之一";
            errors["workingDays"] = [message];
            errors["calendarDays"] = [message];
        }

        var count = 0;
        var field = hasWorking ? "workingDays" : "calendarDays";
        if (hasWorking != hasCalendar && !TryParseCount(hasWorking ? workingDays! : calendarDays!, out count))
        {
            errors[field] = [string.Create(CultureInfo.InvariantCulture, $"{field} 应为 0 到 {MaxPeriodDays} 之间的整数")];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "请求参数有误");
        }

        _ = TryParseDate(from, out var trigger);
        var period = new Period(count, hasWorking ? PeriodUnit.WorkingDays : PeriodUnit.CalendarDays);
        try
        {
            var deadline = holder.Current.Deadline(trigger, period);
            return TypedResults.Ok(new DeadlineResponse(Format(trigger), period.ToString(), Format(deadline)));
        }
        catch (CalendarRangeException ex)
        {
            return OutOfRange(ex);
        }
    }

    internal static string KindText(DayKind kind) => kind switch
    {
        DayKind.Weekday => "weekday",
        DayKind.Weekend => "weekend",
        DayKind.Holiday => "holiday",
        DayKind.Makeup => "makeup",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool TryParseCount(string text, out int count) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count) && count <= MaxPeriodDays;

    private static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static ValidationProblem DateError(string field) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = ["日期格式应为 yyyy-MM-dd，例如 2026-10-01"] },
            title: "请求参数有误");

    private static ProblemHttpResult OutOfRange(CalendarRangeException ex) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "超出工作日历范围", detail: ex.Message);
}
