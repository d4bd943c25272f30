using Zhijian.Credit.Features.Risk;

namespace Zhijian.Tests.Credit;

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class RiskNightlyJobTests
{
    [Theory]
    [InlineData("2026-11-23T09:30:00+08:00", "2026-11-24T02:30:00+08:00")]
    [InlineData("2026-11-23T01:00:00+08:00", "2026-11-23T02:30:00+08:00")]
    [InlineData("2026-11-23T02:30:00+08:00", "2026-11-24T02:30:00+08:00")]
    [InlineData("2026-11-22T19:00:00+00:00", "2026-11-24T02:30:00+08:00")] // 03:00 in Shanghai
    public void The_nightly_recompute_runs_at_half_past_two_Shanghai_time(string now, string next) =>
        Assert.Equal(DateTimeOffset.Parse(next, System.Globalization.CultureInfo.InvariantCulture),
            RiskNightlyJob.NextRun(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
}
