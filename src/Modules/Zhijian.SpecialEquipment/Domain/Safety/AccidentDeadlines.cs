namespace Zhijian.SpecialEquipment.Domain.Safety;

/// <summary>The report deadlines in force for an accident (minutes and days from rule settings on the day it occurred).</summary>
internal sealed record ReportRules(int UnitMinutes, int LevelMinutes, int FollowUpDays);

/// <summary>
/// 事故报告时限 (《特种设备事故报告和调查处理规定》, research E20 [F-3P]): the unit reports to the county bureau within 1 hour; each
/// bureau reports one level up within 2 hours of receiving it — 一般事故 up to the province, 较大 and above up to 总局 [R]; 续报
/// within 30 days. A level's deadline runs from the moment the level below actually reported, or, while it has not, from its
/// deadline (so a late report moves the next one, an early one brings it forward).
/// </summary>
internal static class AccidentDeadlines
{
    public const int FollowUpSeq = 9;

    public static IReadOnlyList<(int Seq, string Route)> Chain(AccidentClass cls)
    {
        var chain = new List<(int, string)>
        {
            (1, "事故发生单位 → 事故发生地县级市场监管部门"),
            (2, "县级市场监管部门 → 设区的市级市场监管部门"),
            (3, "市级市场监管部门 → 省级市场监管部门"),
        };
        if (cls >= AccidentClass.Larger) chain.Add((4, "省级市场监管部门 → 国家市场监督管理总局"));
        chain.Add((FollowUpSeq, "事故发生单位续报（伤亡、损失等情况变化）"));
        return chain;
    }

    /// <summary>Sets every report's deadline from <paramref name="from"/> (reports in Seq order).</summary>
    public static void Recompute(IReadOnlyList<AccidentReport> reports, DateTimeOffset from, ReportRules rules)
    {
        DateTimeOffset? previous = null;
        foreach (var r in reports.OrderBy(r => r.Seq))
        {
            if (r.Seq == FollowUpSeq)
            {
                r.DueAt = from.AddDays(rules.FollowUpDays);
                continue;
            }

            r.DueAt = previous is null ? from.AddMinutes(rules.UnitMinutes) : previous.Value.AddMinutes(rules.LevelMinutes);
            previous = r.ReportedAt ?? r.DueAt;
        }
    }

    /// <summary>超时 when made after its deadline, or not made and the deadline has passed.</summary>
    public static bool Overdue(AccidentReport r, DateTimeOffset now) => r.ReportedAt is { } at ? at > r.DueAt : now > r.DueAt;
}
