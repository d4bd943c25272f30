namespace Zhijian.Platform.Calendar;

/// <summary>Opening and ending <see cref="DeadlinePause"/> periods one way in every module (中止 / 恢复计时).</summary>
public static class DeadlinePauses
{
    /// <summary>Whether a period is still open (no deadline can be given while it is).</summary>
    public static bool IsPaused(this IEnumerable<DeadlinePause> pauses) => pauses.Any(p => p.End is null);

    /// <summary>
    /// 恢复计时 on <paramref name="today"/>: each open period (only those with <paramref name="reason"/> when given) ends the day
    /// before, so today counts again; a period that began today ends on its first day.
    /// </summary>
    public static List<DeadlinePause> Resume(this IEnumerable<DeadlinePause> pauses, DateOnly today, string? reason = null) =>
        [.. pauses.Select(p => p.End is null && (reason is null || p.Reason == reason) ? p with { End = today > p.Start ? today.AddDays(-1) : p.Start } : p)];
}
