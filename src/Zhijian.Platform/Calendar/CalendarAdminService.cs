using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Platform.Calendar;

/// <summary>One year as the admin page lists it.</summary>
public sealed record CalendarYearView(int Year, int Holidays, int MakeupDays, string Source, bool EnteredHere, string? EnteredBy);

/// <summary>
/// Entering a new year's schedule: validated, stored (overriding the shipped file for that year), audited,
/// and swapped into the live calendar at once.
/// </summary>
public sealed class CalendarAdminService(PlatformDbContext db, WorkingCalendarHolder holder, ActorContext actor, OrgHierarchy tree, TimeProvider clock)
{
    public async Task<IReadOnlyList<CalendarYearView>> ListAsync(CancellationToken ct)
    {
        var stored = await db.HolidaySchedules.AsNoTracking().ToDictionaryAsync(s => s.Year, ct);
        return [.. (await LoadAllAsync(db, ct)).OrderByDescending(s => s.Year).Select(s => new CalendarYearView(
            s.Year, s.Holidays.Count, s.MakeupDays.Count, s.Source, stored.ContainsKey(s.Year), stored.GetValueOrDefault(s.Year)?.EnteredBy))];
    }

    public async Task<HolidaySchedule?> GetAsync(int year, CancellationToken ct) =>
        (await LoadAllAsync(db, ct)).FirstOrDefault(s => s.Year == year);

    public async Task<Result<CalendarYearView>> SaveAsync(HolidaySchedule schedule, CancellationToken ct)
    {
        if (!OrgHierarchy.IsAdmin(actor.Current) && !actor.Current.HasScope(Scopes.CalendarWrite))
            return Result<CalendarYearView>.Forbidden("只有系统管理员可以录入放假安排");
        // 全国 level: staff and API clients alike must belong to the top unit.
        if (!await tree.IsTopAdminAsync(ct, Scopes.CalendarWrite))
            return Result<CalendarYearView>.Forbidden($"全国统一的放假安排只能由本平台最高一级机构“{await tree.TopUnitNameAsync(ct)}”的管理员或其 API 客户端录入");
        var errors = ScheduleValidator.Validate(schedule);
        if (errors.Count > 0) return Result<CalendarYearView>.Invalid(errors);

        var all = (await LoadAllAsync(db, ct)).Where(s => s.Year != schedule.Year).Append(schedule).OrderBy(s => s.Year).ToList();
        var years = all.Select(s => s.Year).ToList();
        if (years.Max() - years.Min() + 1 != years.Count)
            return Result<CalendarYearView>.Invalid("year", $"年份应与已载入的 {years.Where(y => y != schedule.Year).Min()}–{years.Where(y => y != schedule.Year).Max()} 年相连，不能跳年录入");

        var json = JsonSerializer.Serialize(schedule, ZhijianJson.Options);
        var row = await db.HolidaySchedules.SingleOrDefaultAsync(s => s.Year == schedule.Year, ct);
        var before = row?.Json;
        if (row is null) db.HolidaySchedules.Add(row = new StoredHolidaySchedule { Year = schedule.Year });
        row.Json = json;
        row.EnteredBy = actor.Current.Name;
        row.EnteredAt = clock.GetUtcNow();
        db.Audit("calendar.year-saved", "HolidaySchedule", schedule.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), before, json);
        await db.SaveChangesAsync(ct);
        holder.Replace(all);
        return new CalendarYearView(schedule.Year, schedule.Holidays.Count, schedule.MakeupDays.Count, schedule.Source, true, row.EnteredBy);
    }

    /// <summary>Shipped years overlaid with the years administrators entered.</summary>
    public static async Task<IReadOnlyList<HolidaySchedule>> LoadAllAsync(PlatformDbContext db, CancellationToken ct)
    {
        var byYear = EmbeddedHolidays.Load().ToDictionary(s => s.Year);
        foreach (var row in await db.HolidaySchedules.AsNoTracking().ToListAsync(ct))
        {
            if (JsonSerializer.Deserialize<HolidaySchedule>(row.Json, ZhijianJson.Options) is { } s) byYear[s.Year] = s;
        }

        return [.. byYear.Values.OrderBy(s => s.Year)];
    }
}
