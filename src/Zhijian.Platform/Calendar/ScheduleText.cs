using System.Globalization;

namespace Zhijian.Platform.Calendar;

/// <summary>
/// The admin page's way to type a year's schedule as the notice reads: one line per festival,
/// <c>2027-02-06~2027-02-14 春节</c> or <c>2027-02-15 春节</c>.
/// </summary>
public static class ScheduleText
{
    public static (List<ScheduleDay> Days, Dictionary<string, string[]> Errors) ParseLines(string field, string? text)
    {
        var days = new List<ScheduleDay>();
        var errors = new Dictionary<string, string[]>();
        var lines = (text ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var parts = line.Split([' ', '\t', '　'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var range = parts[0].Split(['~', '～', '至'], StringSplitOptions.TrimEntries);
            if (parts.Length < 2 || range.Length > 2
                || !DateOnly.TryParseExact(range[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                || !DateOnly.TryParseExact(range[^1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
                || to < from || to.DayNumber - from.DayNumber > 31)
            {
                errors[$"{field}[第{i + 1}行]"] = [$"第 {i + 1} 行“{line}”格式应为“2027-01-01 元旦”或“2027-02-06~2027-02-14 春节”（区间不超过31天）"];
                continue;
            }

            for (var d = from; d <= to; d = d.AddDays(1)) days.Add(new ScheduleDay(d, parts[1]));
        }

        return (days, errors);
    }

    public static string Format(IEnumerable<ScheduleDay> days)
    {
        var lines = new List<string>();
        foreach (var run in Runs(days.OrderBy(d => d.Date).ToList()))
        {
            lines.Add(run.From == run.To
                ? $"{run.From:yyyy-MM-dd} {run.Name}"
                : $"{run.From:yyyy-MM-dd}~{run.To:yyyy-MM-dd} {run.Name}");
        }

        return string.Join('\n', lines);
    }

    private static IEnumerable<(DateOnly From, DateOnly To, string Name)> Runs(List<ScheduleDay> days)
    {
        for (var i = 0; i < days.Count;)
        {
            var j = i;
            while (j + 1 < days.Count && days[j + 1].Name == days[i].Name && days[j + 1].Date == days[j].Date.AddDays(1)) j++;
            yield return (days[i].Date, days[j].Date, days[i].Name);
            i = j + 1;
        }
    }
}
