using System.Globalization;
using Zhijian.FoodSafety.Domain.Recalls;
using Zhijian.FoodSafety.Domain.Trace;
using Zhijian.FoodSafety.Features.Recalls;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Rules;

namespace Zhijian.Tests.FoodSafety.Recalls;

/// <summary>
/// Recall deadlines by level under both rule versions (the 2015 rule before 2026-02-12, the 2026 revision from then), counted
/// on the State Council's 2026 arrangement (春节 2-15…2-23 off, 2-14 and 2-28 worked; 国庆 10-1…10-7 off, 10-10 worked), and
/// the forward trace turned into scope lines.
/// </summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class RecallRulesTests
{
    private static readonly IWorkingCalendar Calendar = new ProvisionalCalendar(new WorkingCalendarHolder(new WorkingCalendar(EmbeddedHolidays.Load())));

    private static readonly RecallDeadlines Deadlines = new(Calendar, new CatalogRules());

    [Theory]
    // Risk learned on 2026-02-10, before the revision: 24 / 48 / 72 hours.
    [InlineData(1, "2026-02-10T10:00:00+08:00", 24, "2026-02-11T10:00:00+08:00", "2015")]
    [InlineData(2, "2026-02-10T10:00:00+08:00", 48, "2026-02-12T10:00:00+08:00", "2015")]
    [InlineData(3, "2026-02-10T10:00:00+08:00", 72, "2026-02-13T10:00:00+08:00", "2015")]
    // Learned on 2026-02-13, after the revision: 24 / 36 / 48 hours (hours, not working days: 春节 does not stop them).
    [InlineData(1, "2026-02-13T10:00:00+08:00", 24, "2026-02-14T10:00:00+08:00", "2026")]
    [InlineData(2, "2026-02-13T10:00:00+08:00", 36, "2026-02-14T22:00:00+08:00", "2026")]
    [InlineData(3, "2026-02-13T10:00:00+08:00", 48, "2026-02-15T10:00:00+08:00", "2026")]
    // Learned late on 2026-02-11 (China): still the 2015 version, whatever the UTC date.
    [InlineData(3, "2026-02-11T23:30:00+08:00", 72, "2026-02-14T23:30:00+08:00", "2015")]
    public void Start_deadline_takes_the_hours_in_force_on_the_day_the_risk_became_known(int level, string learned, int hours, string due, string regime)
    {
        var (startBy, h, rule) = Deadlines.StartBy((RecallLevel)level, DateTimeOffset.Parse(learned, CultureInfo.InvariantCulture));
        Assert.Equal(hours, h);
        Assert.Equal(DateTimeOffset.Parse(due, CultureInfo.InvariantCulture), startBy);
        Assert.Equal(regime == "2026" ? RuleCatalog.FoodRecall2026From : new DateOnly(2000, 1, 1), rule.EffectiveFrom);
        Assert.Contains(regime == "2026" ? "2026年修订" : "第12号", rule.Text, StringComparison.Ordinal);
        Assert.Equal(regime, Deadlines.Level((RecallLevel)level, DateTimeOffset.Parse(learned, CultureInfo.InvariantCulture).ToChinaDate()).Regime);
    }

    [Theory]
    // 一级 10 WD from an announcement on 2026-02-12 (Thu): 2-13, 2-14 (Sat, 调休), 春节 off, 2-24 … 2-27, 2-28 (Sat, 调休), 3-2, 3-3, 3-4.
    [InlineData(1, "2026-02-12", "2026-02-10", "2026-03-04", "2000-01-01")]
    [InlineData(1, "2026-02-12", "2026-02-12", "2026-03-04", "2026-02-12")]
    // 二级 20 WD from 2026-09-30: 国庆 off, 10-10 (Sat) worked → 11-03.
    [InlineData(2, "2026-09-30", "2026-09-29", "2026-11-03", "2026-02-12")]
    // 三级 30 WD from 2026-11-23 (Mon) → 2027-01-05 (2027 counted 暂定: 1-1 off).
    [InlineData(3, "2026-11-23", "2026-11-20", "2027-01-05", "2026-02-12")]
    public void Completion_deadline_counts_working_days_from_the_announcement_with_the_rule_in_force_on_the_start_date(
        int level, string announced, string started, string due, string ruleFrom)
    {
        var (d, period, rule) = Deadlines.CompleteBy((RecallLevel)level, D(announced), D(started));
        Assert.Equal(D(due), d);
        Assert.Equal(PeriodUnit.WorkingDays, period.Unit);
        Assert.Equal(D(ruleFrom), rule.EffectiveFrom);
    }

    [Fact]
    public void Level_meaning_is_stored_per_rule_version()
    {
        Assert.Contains("诱发食品污染、食源性疾病", Deadlines.Level(RecallLevel.First, D("2026-02-10")).Definition, StringComparison.Ordinal);
        Assert.Contains("标签、标识存在虚假标注", Deadlines.Level(RecallLevel.Third, D("2026-02-10")).Definition, StringComparison.Ordinal);
        Assert.Contains("危害程度和紧急程度", Deadlines.Level(RecallLevel.Second, D("2026-02-12")).Definition, StringComparison.Ordinal);
        Assert.Equal(7, Deadlines.ProgressGapDays(D("2026-11-23")));
    }

    [Theory]
    [InlineData("6901234567892", true)]
    [InlineData("6901234567893", false)]
    [InlineData("96385074", true)] // GTIN-8
    [InlineData("12345", false)]
    [InlineData("69012345678X2", false)]
    public void Gtin_check_digit(string gtin, bool valid) => Assert.Equal(valid, RecallRules.GtinValid(gtin));

    [Fact]
    public void Forward_trace_becomes_one_scope_line_per_party_and_batch_received()
    {
        var t0 = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.FromHours(8));
        var request = new TraceRequest("06901234567892.L1", TraceDirection.Forward, 5, null, null);
        var graph = new TraceGraph(request,
            [
                new("06901234567892.L1", "巴氏杀菌乳", "06901234567892", "L1", null, 0, 1000, "瓶", t0),
                new("M-PACK-7", "巴氏杀菌乳（分装）", null, null, "TC7", 3, 50, "瓶", t0.AddDays(3)),
            ],
            [
                new("P", "济南泉城乳业有限公司", "91370102MA3C00001X", "生产企业", "370102", null, 0, null, null, null),
                new("C", "济南冷链物流有限公司", "91370112MA3C00002X", "冷库", "370112", null, 1, 100, "瓶", t0.AddDays(1)),
                new("M", "七里堡批发市场某经营户", null, "批发市场", "370112", null, 2, 50, "瓶", t0.AddDays(2)),
                new("S", "历下某超市", null, "商超", "370102", null, 3, 20, "瓶", t0.AddDays(4)),
            ],
            [
                new("06901234567892.L1", "06901234567892.L1", "P", "C", "shipping", t0.AddDays(1).AddHours(2), 60, "e1"),
                new("06901234567892.L1", "06901234567892.L1", "P", "C", "shipping", t0.AddDays(1), 40, "e2"),
                new("06901234567892.L1", "06901234567892.L1", "C", "M", "shipping", t0.AddDays(2), 50, "e3"),
                new("06901234567892.L1", "M-PACK-7", "M", "M", "transforming", t0.AddDays(3), 50, "e4"), // not a receipt
                new("M-PACK-7", "M-PACK-7", "M", "S", "shipping", t0.AddDays(4), 20, "e5"),
            ],
            false);

        var lines = RecallScope.FromTrace(graph, "91370102ma3c00001x");

        Assert.Equal(new[] { "C", "M", "S" }, lines.Select(l => l.PartyId));
        var cold = lines[0];
        Assert.Equal(100, cold.QuantityReceived); // two shipments summed
        Assert.Equal(t0.AddDays(1), cold.FirstReceivedAt); // the earlier of the two
        Assert.Equal("06901234567892.L1", cold.BatchKey);
        Assert.Equal("巴氏杀菌乳", cold.ProductName);
        Assert.Equal(1, cold.Depth);
        var stall = lines[2];
        Assert.Equal("M-PACK-7", stall.BatchKey); // the output of the transformation at the market
        Assert.Equal("巴氏杀菌乳（分装）", stall.ProductName);
        Assert.Equal(20m, stall.QuantityReceived);
        Assert.Equal("商超", stall.PartyKind);
        Assert.Single(lines, l => l.PartyId == "M");
        Assert.Empty(RecallScope.FromTrace(graph with { Parties = [graph.Parties[0]], Edges = [] }, null));
    }

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>The shipped versions of <see cref="RuleCatalog"/>, picked by date as the rule book does.</summary>
    private sealed class CatalogRules : IRuleBook
    {
        public string Get(string key, DateOnly onDate)
        {
            var defaults = RuleCatalog.Find(key)!.Defaults;
            return (defaults.Where(d => d.From <= onDate).OrderBy(d => d.From).LastOrDefault() ?? defaults[0]).Value;
        }

        public IReadOnlyList<RuleSetting> History(string key) =>
            [.. RuleCatalog.Find(key)!.Defaults.Select(d => new RuleSetting { Key = key, EffectiveFrom = d.From, Value = d.Value, Version = 1, Note = d.Source })];

        public void Invalidate()
        {
        }
    }
}
