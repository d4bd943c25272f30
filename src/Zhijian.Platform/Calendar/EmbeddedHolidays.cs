using System.Globalization;
using System.Text.Json;

namespace Zhijian.Platform.Calendar;

/// <summary>
/// The 国务院放假安排 shipped with the platform (Calendar/Data/holidays.json, see its README for source and date).
/// </summary>
public static class EmbeddedHolidays
{
    private const string ResourceSuffix = "Calendar.Data.holidays.json";

    private static readonly Lazy<IReadOnlyList<HolidaySchedule>> Schedules = new(Read);

    /// <summary>The embedded schedules, one per year, in year order. Parsed once and cached (immutable).</summary>
    public static IReadOnlyList<HolidaySchedule> Load() => Schedules.Value;

    /// <summary>The data file's own "source" line (package and version).</summary>
    public static string DataSource => Header.Value.Source;

    /// <summary>The date the data file was derived ("date").</summary>
    public static string DataDate => Header.Value.Date;

    private static readonly Lazy<(string Source, string Date)> Header = new(() =>
    {
        using var doc = JsonDocument.Parse(ReadText());
        return (doc.RootElement.GetProperty("source").GetString() ?? "", doc.RootElement.GetProperty("date").GetString() ?? "");
    });

    private static string ReadText()
    {
        var assembly = typeof(EmbeddedHolidays).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"嵌入资源 {name} 无法读取");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static HolidaySchedule[] Read()
    {
        using var doc = JsonDocument.Parse(ReadText());
        var result = new List<HolidaySchedule>();
        foreach (var year in doc.RootElement.GetProperty("years").EnumerateArray())
        {
            result.Add(new HolidaySchedule(
                year.GetProperty("year").GetInt32(),
                Days(year.GetProperty("holidays")),
                Days(year.GetProperty("makeupDays")),
                year.GetProperty("source").GetString() ?? ""));
        }

        return result.OrderBy(s => s.Year).ToArray();
    }

    private static ScheduleDay[] Days(JsonElement array) =>
        array.EnumerateArray()
            .Select(d => new ScheduleDay(
                DateOnly.ParseExact(d.GetProperty("date").GetString() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture),
                d.GetProperty("name").GetString() ?? ""))
            .ToArray();
}
