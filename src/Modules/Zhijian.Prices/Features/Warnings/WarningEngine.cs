using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Prices.Contracts;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Monitoring;
using Zhijian.Prices.Domain.Warnings;

namespace Zhijian.Prices.Features.Warnings;

/// <summary>What a full pass did.</summary>
internal sealed record FullPassReport(int Series, int WeeklyRows, int DailyRows, int Candidates, int Raised, int Upgraded, long Milliseconds)
{
    /// <summary>Where the time went: the weekly aggregate read, the weekly rules, the day pairs read and judged, the writer.</summary>
    public string Phases { get; init; } = "";
}

/// <summary>
/// Evaluates the warning rules over the daily averages: <see cref="EvaluateAsync"/> right after prices are stored (the touched goods,
/// divisions and days only: their day, their week, the week before and the same week a year before; the pork scheme's last weeks), and
/// <see cref="FullPassAsync"/> nightly and after an import (every series at once from two aggregates: weekly sums grouped in the database,
/// daily averages streamed only for goods with day rules), which also catches corrections of past prices and rule changes.
/// </summary>
internal sealed class WarningEngine(PricesDbContext db, PorkSettings pork, WarningWriter writer)
{
    private (PorkThresholds T, string Version) PorkOn(DateOnly on) => pork.PorkOn(on);

    public async Task<WriteOutcome> EvaluateAsync(IReadOnlyList<(string Good, string Division, DateOnly On)> touched, CancellationToken ct)
    {
        if (touched.Count == 0) return WriteOutcome.None;
        var goods = touched.Select(t => t.Good).Distinct().ToList();
        var names = await db.Goods.AsNoTracking().Where(g => goods.Contains(g.Code) || g.Code == GoodsCatalogue.Hog).ToDictionaryAsync(g => g.Code, g => g.Name, ct);
        var ruleRows = await db.ChangeRules.AsNoTracking().Where(r => goods.Contains(r.GoodCode)).ToListAsync(ct);
        var candidates = new List<WarningCandidate>();
        foreach (var byGood in touched.GroupBy(t => t.Good))
        {
            // One read per good for all its touched divisions (a report touches a county and its city).
            var good = byGood.Key;
            var goodRules = ruleRows.Where(r => r.GoodCode == good).ToList();
            var name = names.GetValueOrDefault(good, good);
            var divisions = byGood.Select(t => t.Division).Distinct().ToList();
            var daysOf = byGood.GroupBy(t => t.Division).ToDictionary(g => g.Key, g => g.Select(t => t.On).ToHashSet());
            var allDays = byGood.Select(t => t.On).ToHashSet();
            var weeks = allDays.Select(Periods.WeekOf).ToHashSet();
            if (goodRules.Any(r => r.Window == ChangeWindow.Day))
            {
                var from = allDays.Min().AddDays(-WarningEvaluation.DayGap);
                var to = allDays.Max();
                var series = await db.Averages.AsNoTracking()
                    .Where(a => a.GoodCode == good && divisions.Contains(a.DivisionCode) && a.On >= from && a.On <= to && a.Count > 0)
                    .Select(a => new { a.DivisionCode, a.On, a.SumFen, a.Count }).ToListAsync(ct);
                foreach (var d in divisions)
                {
                    List<PeriodAverage> days = [.. series.Where(x => x.DivisionCode == d).OrderBy(x => x.On).Select(x => new PeriodAverage(x.On, Periods.Average(x.SumFen, x.Count)!.Value))];
                    candidates.AddRange(WarningEvaluation.Days(good, name, d, days, goodRules, daysOf[d]));
                }
            }

            if (goodRules.Any(r => r.Window != ChangeWindow.Day) || good == GoodsCatalogue.LeanPork)
            {
                var wanted = weeks.SelectMany(w => new[] { w, w.AddDays(-7), Periods.YearBefore(w) }).Distinct().ToList();
                var sums = await WeeklyAsync([good], divisions, wanted, ct);
                foreach (var d in divisions)
                {
                    var own = sums.GetValueOrDefault((good, d)) ?? [];
                    var judge = daysOf[d].Select(Periods.WeekOf).ToHashSet();
                    candidates.AddRange(WarningEvaluation.Weeks(good, name, d, own, goodRules, judge));
                    if (good == GoodsCatalogue.LeanPork) candidates.AddRange(WarningEvaluation.PorkRise(d, own, PorkOn, judge));
                }
            }

            if (good is GoodsCatalogue.Hog or GoodsCatalogue.Corn)
            {
                var run = PorkOn(weeks.Max().AddDays(6)).T.Level2Weeks;
                var wanted = weeks.SelectMany(w => Enumerable.Range(0, Math.Max(run, 1)).Select(i => w.AddDays(-7 * i))).Distinct().ToList();
                var sums = await WeeklyAsync([GoodsCatalogue.Hog, GoodsCatalogue.Corn], divisions, wanted, ct);
                foreach (var d in divisions)
                {
                    var hog = sums.GetValueOrDefault((GoodsCatalogue.Hog, d)) ?? [];
                    var corn = sums.GetValueOrDefault((GoodsCatalogue.Corn, d)) ?? [];
                    candidates.AddRange(WarningEvaluation.PorkFall(d, PorkWeeks(wanted, hog, corn), PorkOn, daysOf[d].Select(Periods.WeekOf).ToHashSet()));
                }
            }
        }

        return await writer.WriteAsync(candidates, names, ct);
    }

    /// <summary>
    /// Every series of <paramref name="goods"/> (all goods when null) from <paramref name="from"/> (all history when null): weekly sums in one
    /// GROUP BY, daily averages streamed in key order for goods with day rules; the writer adds new warnings and raises levels.
    /// </summary>
    /// <remarks><paramref name="notify"/> false (the demo's history) writes the warnings without notices.</remarks>
    public async Task<FullPassReport> FullPassAsync(IReadOnlyCollection<string>? goods, DateOnly? from, CancellationToken ct, bool notify = true)
    {
        var watch = Stopwatch.StartNew();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var allRules = await db.ChangeRules.AsNoTracking().ToListAsync(ct);
        var names = await db.Goods.AsNoTracking().ToDictionaryAsync(g => g.Code, g => g.Name, ct);
        var pork = new[] { GoodsCatalogue.Hog, GoodsCatalogue.Corn, GoodsCatalogue.LeanPork };
        var weeklyGoods = allRules.Where(r => r.Window != ChangeWindow.Day).Select(r => r.GoodCode).Concat(pork).Distinct()
            .Where(g => goods is null || goods.Contains(g) || (pork.Contains(g) && goods.Any(pork.Contains))).ToList();
        var dailyGoods = allRules.Where(r => r.Window == ChangeWindow.Day).Select(r => r.GoodCode).Distinct().Where(g => goods is null || goods.Contains(g)).ToList();
        var weekFrom = from is { } f ? Periods.YearBefore(Periods.WeekOf(f)).AddDays(-21) : DateOnly.MinValue;
        var judgeFrom = from is { } f2 ? Periods.WeekOf(f2) : DateOnly.MinValue;

        var weeklyRows = await db.Averages.AsNoTracking().Where(a => weeklyGoods.Contains(a.GoodCode) && a.Week >= weekFrom)
            .GroupBy(a => new { a.GoodCode, a.DivisionCode, a.Week })
            .Select(g => new { g.Key.GoodCode, g.Key.DivisionCode, g.Key.Week, S = g.Sum(a => a.SumFen), C = g.Sum(a => a.Count) }).ToListAsync(ct);
        var tWeeklyRead = watch.ElapsedMilliseconds;
        var candidates = new List<WarningCandidate>();
        var series = 0;
        var byGoodDivision = weeklyRows.Where(r => r.C > 0).GroupBy(r => (r.GoodCode, r.DivisionCode))
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<DateOnly, decimal>)g.ToDictionary(r => r.Week, r => Periods.Average(r.S, r.C)!.Value));
        foreach (var ((good, division), weeks) in byGoodDivision)
        {
            series++;
            var judge = weeks.Keys.Where(w => w >= judgeFrom).ToList();
            var goodRules = allRules.Where(r => r.GoodCode == good).ToList();
            candidates.AddRange(WarningEvaluation.Weeks(good, names.GetValueOrDefault(good, good), division, weeks, goodRules, judge));
            if (good == GoodsCatalogue.LeanPork) candidates.AddRange(WarningEvaluation.PorkRise(division, weeks, PorkOn, judge));
            if (good == GoodsCatalogue.Hog)
            {
                var corn = byGoodDivision.GetValueOrDefault((GoodsCatalogue.Corn, division)) ?? new Dictionary<DateOnly, decimal>();
                var all = weeks.Keys.Union(corn.Keys).OrderBy(w => w).ToList();
                candidates.AddRange(WarningEvaluation.PorkFall(division, PorkWeeks(all, weeks, corn), PorkOn, judge.Union(corn.Keys.Where(w => w >= judgeFrom)).ToHashSet()));
            }
        }

        var tWeeklyRules = watch.ElapsedMilliseconds;

        // Day-on-day: the database pairs each day with the one before (LAG over the key order) and returns only the changes at or
        // above the smallest day threshold of any rule (less 0.01 point for the averages' rounding); the rules judge those exactly.
        var dailyRows = 0;
        var dayRules = allRules.Where(r => r.Window == ChangeWindow.Day && dailyGoods.Contains(r.GoodCode)).ToList();
        if (dayRules.Count > 0)
        {
            var bp = (long)(dayRules.Min(r => r.Percent) * 100m) - 1;
            var dayFrom = from?.AddDays(-WarningEvaluation.DayGap) ?? new DateOnly(2000, 1, 1);
            var rulesOf = dayRules.GroupBy(r => r.GoodCode).ToDictionary(g => g.Key, g => (IReadOnlyList<ChangeRuleVersion>)[.. g]);
            var conn = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var cmd = conn.CreateCommand();
                cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                cmd.CommandTimeout = 600;
                var names0 = dailyGoods.Select((_, i) => "@g" + i.ToString(CultureInfo.InvariantCulture)).ToList();
                cmd.CommandText = $"""
                    SELECT "GoodCode", "DivisionCode", "On", "SumFen", "Count", "PrevOn", "PrevSum", "PrevCount" FROM (
                      SELECT "GoodCode", "DivisionCode", "On", "SumFen", "Count",
                        LAG("On") OVER w AS "PrevOn", LAG("SumFen") OVER w AS "PrevSum", LAG("Count") OVER w AS "PrevCount"
                      FROM {AveragesTable()} WHERE "Count" > 0 AND "On" >= @from AND "GoodCode" IN ({string.Join(", ", names0)})
                      WINDOW w AS (PARTITION BY "GoodCode", "DivisionCode" ORDER BY "On")) x
                    WHERE "PrevCount" IS NOT NULL AND abs("SumFen" * "PrevCount" - "PrevSum" * "Count") * 10000 >= @bp * "PrevSum" * "Count"
                    """;
                Parameter(cmd, "@from", dayFrom);
                Parameter(cmd, "@bp", bp);
                for (var i = 0; i < dailyGoods.Count; i++) Parameter(cmd, names0[i], dailyGoods[i]);
                await using var r = await cmd.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct))
                {
                    dailyRows++;
                    var good = r.GetString(0);
                    var division = r.GetString(1);
                    PeriodAverage prev = new(ReadDate(r, 5), Periods.Average(r.GetInt64(6), r.GetInt64(7))!.Value);
                    PeriodAverage cur = new(ReadDate(r, 2), Periods.Average(r.GetInt64(3), r.GetInt64(4))!.Value);
                    candidates.AddRange(WarningEvaluation.Days(good, names.GetValueOrDefault(good, good), division, [prev, cur], rulesOf[good])
                        .Where(c => from is null || c.Start >= from.Value));
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        var tDaily = watch.ElapsedMilliseconds;
        var outcome = await writer.WriteAsync(candidates, names, ct, notify);
        return new FullPassReport(series, weeklyRows.Count, dailyRows, candidates.Count, outcome.Raised, outcome.Upgraded, watch.ElapsedMilliseconds)
        {
            Phases = string.Create(CultureInfo.InvariantCulture,
                $"weekly read {tWeeklyRead} ms, weekly rules {tWeeklyRules - tWeeklyRead} ms, day pairs {tDaily - tWeeklyRules} ms, write {watch.ElapsedMilliseconds - tDaily} ms"),
        };
    }

    private string AveragesTable()
    {
        var e = db.Model.FindEntityType(typeof(PriceAverage))!;
        return e.GetSchema() is { } schema ? $"\"{schema}\".\"{e.GetTableName()}\"" : $"\"{e.GetTableName()}\"";
    }

    private static void Parameter(System.Data.Common.DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    /// <summary>A date column: SQLite returns the stored text (yyyy-MM-dd), PostgreSQL a date.</summary>
    private static DateOnly ReadDate(System.Data.Common.DbDataReader r, int i) =>
        r.GetFieldType(i) == typeof(string) ? DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture) : r.GetFieldValue<DateOnly>(i);

    /// <summary>Weekly averages of <paramref name="goods"/> in <paramref name="divisions"/> for <paramref name="weeks"/>, in one query.</summary>
    private async Task<Dictionary<(string Good, string Division), Dictionary<DateOnly, decimal>>> WeeklyAsync(List<string> goods, List<string> divisions, List<DateOnly> weeks,
        CancellationToken ct)
    {
        var rows = await db.Averages.AsNoTracking().Where(a => goods.Contains(a.GoodCode) && divisions.Contains(a.DivisionCode) && weeks.Contains(a.Week))
            .GroupBy(a => new { a.GoodCode, a.DivisionCode, a.Week }).Select(g => new { g.Key.GoodCode, g.Key.DivisionCode, g.Key.Week, S = g.Sum(a => a.SumFen), C = g.Sum(a => a.Count) })
            .ToListAsync(ct);
        return rows.Where(r => r.C > 0).GroupBy(r => (r.GoodCode, r.DivisionCode))
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Week, r => Periods.Average(r.S, r.C)!.Value));
    }

    private static List<PorkWeek> PorkWeeks(IEnumerable<DateOnly> weeks, IReadOnlyDictionary<DateOnly, decimal> hog, IReadOnlyDictionary<DateOnly, decimal> corn) =>
        [.. weeks.Where(w => hog.ContainsKey(w) || corn.ContainsKey(w)).OrderBy(w => w)
            .Select(w => new PorkWeek(w, hog.TryGetValue(w, out var h) ? h : null, corn.TryGetValue(w, out var c) ? c : null))];
}

/// <summary>New warnings and level raises written.</summary>
/// <summary>The pork scheme's thresholds in force on a day (<c>prices.pork.*</c> settings), with their version in words; cached per day for one scope.</summary>
internal sealed class PorkSettings(IRuleBook rules)
{
    private static readonly string[] PorkKeys =
        ["prices.pork.fall-level3-below", "prices.pork.fall-level1-below", "prices.pork.fall-level2-weeks", "prices.pork.rise-level2", "prices.pork.rise-level1", "prices.pork.rise-level3"];

    private readonly Dictionary<DateOnly, (PorkThresholds, string)> _pork = [];

    /// <summary>The pork thresholds in force on <paramref name="on"/> and their version in words (the most recently effective of the six settings).</summary>
    public (PorkThresholds T, string Version) PorkOn(DateOnly on)
    {
        if (_pork.TryGetValue(on, out var cached)) return cached;
        var latest = PorkKeys.Select(k => rules.History(k).Where(s => s.EffectiveFrom <= on).OrderBy(s => s.EffectiveFrom).ThenBy(s => s.Version).LastOrDefault())
            .Where(s => s is not null).OrderBy(s => s!.EffectiveFrom).ThenBy(s => s!.Version).LastOrDefault();
        var version = latest is null ? "生猪预案阈值（默认）"
            : string.Create(CultureInfo.InvariantCulture, $"生猪预案阈值 {latest.EffectiveFrom:yyyy-MM-dd} 起（第 {latest.Version} 版）");
        return _pork[on] = (PorkThresholds.From(rules, on), version);
    }
}

internal sealed record WriteOutcome(int Raised, int Upgraded, IReadOnlyList<string> Notices)
{
    public static readonly WriteOutcome None = new(0, 0, []);
}

/// <summary>
/// Writes candidates in the caller's transaction: the most severe per (rule, good, division, period); a new one is numbered JGYJ + year +
/// six digits and its notice (<see cref="PriceWarningRaised"/>) goes to the outbox; an existing one is raised when the candidate is more
/// severe (notice again), never lowered.
/// </summary>
internal sealed class WarningWriter(PricesDbContext db, TimeProvider clock)
{
    public const string Prefix = "JGYJ";

    public async Task<WriteOutcome> WriteAsync(IReadOnlyList<WarningCandidate> candidates, IReadOnlyDictionary<string, string> names, CancellationToken ct,
        bool notify = true)
    {
        if (candidates.Count == 0) return WriteOutcome.None;
        var best = candidates.GroupBy(c => (c.RuleKey, c.Good, c.Division, c.Start)).Select(g => g.OrderBy(c => c.Level).First()).ToList();
        var goods = best.Select(c => c.Good).Distinct().ToList();
        var min = best.Min(c => c.Start);
        var max = best.Max(c => c.Start);
        var q = db.Warnings.IgnoreQueryFilters().AsNoTracking().Where(w => goods.Contains(w.GoodCode) && w.PeriodStart >= min && w.PeriodStart <= max);
        if (best.Count <= 50)
        {
            var divisions = best.Select(c => c.Division).Distinct().ToList();
            q = q.Where(w => divisions.Contains(w.DivisionCode));
        }

        // What is stored, as keys and levels only (a full pass re-derives every past warning; loading them whole would cost more than the rules).
        var existing = (await q.Select(w => new { w.Id, w.RuleKey, w.GoodCode, w.DivisionCode, w.PeriodStart, w.Level }).ToListAsync(ct))
            .ToDictionary(w => (w.RuleKey, w.GoodCode, w.DivisionCode, w.PeriodStart), w => (w.Id, w.Level));
        var raises = best.Where(c => existing.TryGetValue((c.RuleKey, c.Good, c.Division, c.Start), out var e) && c.Level < e.Level).ToList();
        var raisedIds = raises.Select(c => existing[(c.RuleKey, c.Good, c.Division, c.Start)].Id).ToList();
        var tracked = raisedIds.Count == 0 ? [] : await db.Warnings.IgnoreQueryFilters().Where(w => raisedIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
        var now = clock.GetUtcNow();
        var year = now.ToOffset(TimeSpan.FromHours(8)).Year;
        string? next = null;
        var changed = new List<PriceWarning>();
        int raised = 0, upgraded = 0;
        foreach (var c in best.OrderBy(c => c.Start).ThenBy(c => c.Good, StringComparer.Ordinal).ThenBy(c => c.Division, StringComparer.Ordinal))
        {
            PriceWarning? w;
            if (existing.TryGetValue((c.RuleKey, c.Good, c.Division, c.Start), out var stored))
            {
                if (c.Level >= stored.Level) continue;
                w = tracked[stored.Id];
                Apply(w, c);
                w.RaisedAt = now;
                upgraded++;
                changed.Add(w);
                continue;
            }

            next = next is null
                ? await YearlyNumbers.NextAsync(db.Warnings.IgnoreQueryFilters().Select(x => x.Number), Prefix, year, ct)
                : YearlyNumbers.Format(Prefix, year, YearlyNumbers.Sequence(next, Prefix) + 1);
            w = new PriceWarning
            {
                Number = next,
                RuleKey = c.RuleKey,
                RuleName = c.RuleName,
                RuleVersion = c.RuleVersion,
                GoodCode = c.Good,
                GoodName = names.GetValueOrDefault(c.Good, c.Good),
                DivisionCode = c.Division,
                Period = c.Period,
                ValueUnit = c.Unit,
                Inputs = "",
                Message = c.Message,
                RaisedAt = now,
            };
            Apply(w, c);
            db.Warnings.Add(w);
            existing[(c.RuleKey, c.Good, c.Division, c.Start)] = (0, c.Level);
            raised++;
            changed.Add(w);
        }

        if (changed.Count == 0) return WriteOutcome.None;
        await db.SaveChangesAsync(ct);
        foreach (var w in notify ? changed : [])
        {
            w.NoticeSent = true;
            db.Publish(new PriceWarningRaised(w.Id, w.Number, w.GoodCode, w.GoodName, (int)w.Level, w.RuleName, w.RuleVersion, w.Period, w.Value, w.ValueUnit, w.Inputs,
                w.Message, w.DivisionCode));
        }

        await db.SaveChangesAsync(ct);
        return new WriteOutcome(raised, upgraded, [.. changed.Take(20).Select(w => $"{w.Number} {WarningEvaluation.NameOf(w.Level)} {w.Message}")]);
    }

    private static void Apply(PriceWarning w, WarningCandidate c)
    {
        w.Level = c.Level;
        w.RuleName = c.RuleName;
        w.RuleVersion = c.RuleVersion;
        w.RuleVersionId = c.RuleVersionId;
        w.PeriodStart = c.Start;
        w.PeriodEnd = c.End;
        w.Period = c.Period;
        w.Value = c.Value;
        w.ValueUnit = c.Unit;
        w.Inputs = c.Inputs;
        w.Message = c.Message;
    }
}
