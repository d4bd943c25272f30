using Zhijian.FoodSafety.Domain.Markets;

namespace Zhijian.Tests.FoodSafety.Markets;

/// <summary>熔断 evaluation and the 4-hour objection window, pure: window edges, distinct batches, lifting, expiry, re-trigger.</summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class FuseRulesTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(8));

    private static readonly FuseRuleVersion Rule = new(7, 2, FuseBasis.Supplier, Threshold: 3, WindowDays: 30, SuspensionDays: 30, CountRapid: true);

    private static FailureFact F(long id, string batch, DateTimeOffset at, bool rapid = false) => new(id, batch, at, rapid);

    [Fact]
    public void The_third_batch_exactly_at_the_window_edge_triggers_and_one_second_earlier_does_not()
    {
        var edge = T.AddDays(-30); // window of 30 days = failures with at >= T − 30 days
        var inside = FuseEvaluator.Evaluate(Rule, [F(1, "a", edge), F(2, "b", T.AddDays(-10)), F(3, "c", T)], T, null, false);
        Assert.NotNull(inside);
        Assert.Equal([1L, 2L, 3L], inside.Failures.Select(f => f.Id));
        Assert.Equal(T, inside.StartsAt);
        Assert.Equal(T.AddDays(30), inside.EndsAt);

        Assert.Null(FuseEvaluator.Evaluate(Rule, [F(1, "a", edge.AddSeconds(-1)), F(2, "b", T.AddDays(-10)), F(3, "c", T)], T, null, false));
    }

    [Fact]
    public void Failures_count_as_distinct_batches_a_rapid_positive_and_its_lab_confirmation_once()
    {
        var twoBatches = new[] { F(1, "a", T.AddDays(-5), rapid: true), F(2, "a", T.AddDays(-3)), F(3, "b", T) };
        Assert.Null(FuseEvaluator.Evaluate(Rule, twoBatches, T, null, false));
        var decision = FuseEvaluator.Evaluate(Rule, [.. twoBatches, F(4, "c", T)], T, null, false);
        Assert.Equal([1L, 3L, 4L], decision!.Failures.Select(f => f.Id)); // batch a counted once, by its first failure
    }

    [Fact]
    public void Rapid_positives_count_only_when_the_rule_says_so()
    {
        var failures = new[] { F(1, "a", T.AddDays(-5), rapid: true), F(2, "b", T.AddDays(-3)), F(3, "c", T) };
        Assert.NotNull(FuseEvaluator.Evaluate(Rule, failures, T, null, false));
        Assert.Null(FuseEvaluator.Evaluate(Rule with { CountRapid = false }, failures, T, null, false));
    }

    [Fact]
    public void While_active_nothing_triggers_after_a_lift_only_later_failures_count_and_a_re_trigger_needs_N_new_batches()
    {
        var before = new[] { F(1, "a", T.AddDays(-9)), F(2, "b", T.AddDays(-8)), F(3, "c", T.AddDays(-7)) };
        Assert.Null(FuseEvaluator.Evaluate(Rule, before, T.AddDays(-7), null, activeSuspension: true));

        var lifted = T.AddDays(-6);
        var after = before.Append(F(4, "d", T.AddDays(-2))).Append(F(5, "e", T.AddDays(-1))).ToList();
        Assert.Null(FuseEvaluator.Evaluate(Rule, after, T.AddDays(-1), lifted, false)); // only d, e after the lift
        var again = FuseEvaluator.Evaluate(Rule, [.. after, F(6, "f", T)], T, lifted, false);
        Assert.Equal([4L, 5L, 6L], again!.Failures.Select(f => f.Id));
        Assert.Null(FuseEvaluator.Evaluate(Rule, [.. after, F(6, "f", lifted)], lifted, lifted, false)); // at the lift instant: not after it
    }

    [Fact]
    public void A_suspension_expires_at_its_end_and_closes_at_the_earlier_of_lift_and_end()
    {
        var s = new Suspension { StartedAt = T, EndsAt = T.AddDays(30) };
        Assert.True(s.IsActive(T.AddDays(30).AddSeconds(-1)));
        Assert.False(s.IsActive(T.AddDays(30)));
        Assert.Equal(T.AddDays(30), s.ClosedAt);
        s.LiftedAt = T.AddDays(3);
        Assert.False(s.IsActive(T.AddDays(4)));
        Assert.Equal(T.AddDays(3), s.ClosedAt);
    }

    [Theory]
    [InlineData(239, true)] // 3 h 59 min
    [InlineData(240, true)] // 4 h exactly: still inside
    [InlineData(241, false)] // 4 h 01 min
    public void Objection_window_is_four_hours_from_delivery(int minutes, bool open)
    {
        Assert.Equal(open, ObjectionWindow.IsOpen(T, 4, T.AddMinutes(minutes)));
    }

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("济南好运来蔬菜商行", "济南好运来蔬菜商行")]
    public void Stall_operators_are_masked_on_the_portal(string name, string shown) => Assert.Equal(shown, RapidNames.Mask(name));
}
