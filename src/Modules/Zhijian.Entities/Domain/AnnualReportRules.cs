using System.Globalization;
using Zhijian.Entities.Contracts;

namespace Zhijian.Entities.Domain;

/// <summary>
/// 年度报告 rules (pure): who must report for a year, the filing window (from the rule settings, 1 Jan – 30 Jun of
/// the following year by default) and whether a filing is late.
/// </summary>
internal static class AnnualReportRules
{
    /// <summary>Enterprises, individual businesses and cooperatives report; a branch is covered by its parent's report.</summary>
    public static bool Reports(EntityType type) => type != EntityType.Branch;

    /// <summary>The window for reports of <paramref name="year"/>, from the "MM-dd" rule values.</summary>
    public static (DateOnly Opens, DateOnly Closes) Window(int year, string opensMonthDay, string closesMonthDay) =>
        (MonthDay(year + 1, opensMonthDay), MonthDay(year + 1, closesMonthDay));

    /// <summary>
    /// Due for <paramref name="year"/>: established by the end of that year, of a reporting type, and still in
    /// business when the window closed (an entity that closed before then is not listed for not reporting).
    /// </summary>
    public static bool IsDue(EntityType type, DateOnly established, EntityStatus status, DateOnly? statusDate, int year, DateOnly windowCloses) =>
        Reports(type) && established.Year <= year && (status == EntityStatus.Active || statusDate > windowCloses);

    /// <summary>Checks a filing; returns (field, Chinese message) problems.</summary>
    public static IReadOnlyList<(string Field, string Message)> ValidateFiling(
        EntityType type, DateOnly established, EntityStatus status, int year, DateOnly today, DateOnly windowOpens, int? employees)
    {
        var problems = new List<(string, string)>();
        if (!Reports(type)) problems.Add(("uscc", "分支机构不单独报送年度报告，由隶属企业报送"));
        if (status != EntityStatus.Active) problems.Add(("uscc", $"主体已{EntityNames.Of(status)}，不能报送年度报告"));
        if (year < established.Year) problems.Add(("year", $"{year} 年早于成立年份 {established.Year}"));
        else if (today < windowOpens) problems.Add(("year", $"{year} 年度报告自 {windowOpens:yyyy-MM-dd} 起报送"));
        if (employees is null or < 0) problems.Add(("employees", "从业人数不能为空，且不能为负数"));
        return problems;
    }

    private static DateOnly MonthDay(int year, string monthDay) =>
        DateOnly.ParseExact($"{year:D4}-{monthDay}", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
