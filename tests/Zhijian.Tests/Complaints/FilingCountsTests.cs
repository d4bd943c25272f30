using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Features.Analysis;
using Zhijian.Complaints.Features.Sla;
using Zhijian.Complaints.Features.Statistics;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Complaints;

/// <summary>
/// The statistics rollup (issue 26): what one filing counts and the whole months a period holds.
/// </summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class FilingCountRulesTests
{
    private static FilingFacts Facts(FilingStatus status = FilingStatus.Settled, DateOnly? closedOn = null, string? uscc = "91370102MA3C8XJ21K",
        DateTimeOffset? respondedAt = null, int? satisfaction = 4, string? industry = "5261") =>
        new(FilingKind.Complaint, status, new DateOnly(2026, 3, 31), closedOn ?? new DateOnly(2026, 4, 2), "370102", 7, "济南市历下区市场监督管理局",
            respondedAt, new DateTimeOffset(2026, 4, 1, 10, 0, 0, TimeSpan.FromHours(8)), true, satisfaction, "G03", null, industry, uscc, "济南甲电器有限公司");

    [Fact]
    public void A_filing_counts_once_per_dimension_received_in_its_month_closed_in_its_closing_month()
    {
        var cells = FilingCounts.Of(Facts(respondedAt: new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(8)))).ToDictionary(c => c.Key.Dimension);
        Assert.Equal(8, cells.Count);
        Assert.Equal((new DateOnly(2026, 3, 1), new CountValues(1, Responded: 1)), (cells[FilingCounts.Received].Key.Period, cells[FilingCounts.Received].Values));
        Assert.Equal((new DateOnly(2026, 4, 1), new CountValues(1, OnTime: 1, Rated: 1, Score: 4)), (cells[FilingCounts.Closed].Key.Period, cells[FilingCounts.Closed].Values));
        Assert.Equal(new DateOnly(2026, 3, 31), cells[FilingCounts.Day].Key.Period);
        Assert.Equal(("G03", "", "52", "91370102MA3C8XJ21K"), (cells[FilingCounts.Category].Key.Key, cells[FilingCounts.Problem].Key.Key,
            cells[FilingCounts.Industry].Key.Key, cells[FilingCounts.Business].Key.Key));
        Assert.Equal((FilingCounts.AllTime, "91370102MA3C8XJ21K"), (cells[FilingCounts.BusinessAll].Key.Period, cells[FilingCounts.BusinessAll].Key.Key));

        // Responded an hour after the 24 hours; ODR-settled (never handled by the bureau) is not "closed"; no USCC → the target's name.
        var late = FilingCounts.Of(Facts(status: FilingStatus.OdrSettled, uscc: null, industry: null, respondedAt: new DateTimeOffset(2026, 4, 1, 11, 0, 0, TimeSpan.FromHours(8)))).ToList();
        Assert.Equal(0, late.Single(c => c.Key.Dimension == FilingCounts.Received).Values.Responded);
        Assert.DoesNotContain(late, c => c.Key.Dimension == FilingCounts.Closed);
        Assert.Equal("济南甲电器有限公司", late.Single(c => c.Key.Dimension == FilingCounts.Target).Key.Key);
        Assert.Equal("济南甲电器有限公司", late.Single(c => c.Key.Dimension == FilingCounts.TargetAll).Key.Key);
        Assert.DoesNotContain(late, c => c.Key.Dimension == FilingCounts.BusinessAll);
        Assert.Equal("", late.Single(c => c.Key.Dimension == FilingCounts.Industry).Key.Key);
    }

    [Fact]
    public void An_open_filing_counts_under_its_due_date_unit_and_handler_and_a_stopped_clock_under_paused()
    {
        var facts = Facts(status: FilingStatus.Mediating) with { ClosedOn = null, DueOn = new DateOnly(2026, 5, 29), HandlerUserName = "zhang.san", HandlerName = "张三" };
        var open = FilingCounts.Of(facts).Single(c => c.Key.Dimension == FilingCounts.Open);
        Assert.Equal(new CountKey(FilingCounts.Open, new DateOnly(2026, 5, 29), "370102", FilingKind.Complaint, 7, "济南市历下区市场监督管理局", "zhang.san\u001f张三"), open.Key);
        Assert.Equal(("zhang.san", "张三"), FilingCounts.Handler(open.Key.Key));
        Assert.Equal(FilingCounts.Paused, FilingCounts.Of(facts with { DueOn = null }).Single(c => c.Key.Dimension == FilingCounts.Open).Key.Period);
        Assert.Equal(((string?)null, (string?)null), FilingCounts.Handler(FilingCounts.Of(facts with { HandlerUserName = null, HandlerName = null })
            .Single(c => c.Key.Dimension == FilingCounts.Open).Key.Key));
        Assert.Equal(("li.si", (string?)null), FilingCounts.Handler(FilingCounts.HandlerKey("li.si", null)));

        // Closed, or with the enterprise in ODR: not open.
        Assert.DoesNotContain(FilingCounts.Of(facts with { Status = FilingStatus.Odr }), c => c.Key.Dimension == FilingCounts.Open);
        Assert.DoesNotContain(FilingCounts.Of(facts with { Status = FilingStatus.Settled }), c => c.Key.Dimension == FilingCounts.Open);
    }

    [Theory]
    [InlineData("2025-12-08", "2026-12-07", "2026-01-01", "2026-11-01")]
    [InlineData("2026-01-01", "2026-01-31", "2026-01-01", "2026-01-01")]
    [InlineData("2026-02-01", "2026-02-27", "2026-02-01", "2026-01-01")] // February not whole: none
    [InlineData("2024-02-01", "2024-02-29", "2024-02-01", "2024-02-01")]
    [InlineData("2026-01-15", "2026-01-20", "2026-02-01", "2025-12-01")]
    [InlineData("0001-01-01", "9999-12-31", "0001-01-01", "9999-12-01")]
    [InlineData("9999-12-02", "9999-12-31", "9999-12-31", "9999-12-01")]
    public void The_whole_months_of_a_period_come_from_the_rollup_and_the_rest_from_the_filings(string from, string to, string first, string last) =>
        Assert.Equal((D(first), D(last)), HotSpots.WholeMonths(D(from), D(to)));

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// The statistics rollup on the demo's filings (every state, transfers and ratings included): the cells every save kept
/// equal a rebuild from the filings, and the hot spots of periods with partial months equal a GROUP BY of the filings.
/// </summary>
public sealed class FilingCountsTests
{
    [Fact]
    public async Task The_cells_kept_by_every_save_equal_a_rebuild_and_hot_spots_of_partial_months_equal_the_filings_grouped()
    {
        await using var app = await ZhijianApp.StartAsync(demoEntities: 1_500);
        var leader = await app.LoginAsync("leader");
        // The demo handled its filings day by day through the module (accept, transfer, settle, rate …): every save kept the cells.
        var kept = await app.AsSystemAsync(sp => CellsAsync(sp.GetRequiredService<ComplaintsDbContext>()));
        Assert.True(kept.Count > 100, kept.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(kept, c => c.Key.Dimension == FilingCounts.Closed && c.Value.Rated > 0);

        // A transfer moves the filing's cells to the other unit.
        var handler = await app.LoginAsync("complaint");
        var id = (await handler.GetJsonAsync("/api/v1/complaints?status=Received&size=1")).GetProperty("items")[0].GetProperty("id").GetInt64();
        var units = (await (await app.LoginAsync("admin")).GetJsonAsync("/api/v1/org-units")).EnumerateArray().ToList();
        var target = units.First(u => u.Str("code") == "370103").GetProperty("id").GetInt32();
        await ComplaintTestKit.OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{id}/transfer", new { orgUnitId = target, reason = "经核实经营者实际在市中区经营" }));
        kept = await app.AsSystemAsync(sp => CellsAsync(sp.GetRequiredService<ComplaintsDbContext>()));

        // Compaction folds the appended batches into the cells: nothing appended is left, and a reader sees the same sums.
        var (folded, afterCompaction, appended) = await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<ComplaintsDbContext>();
            var n = await FilingCounts.CompactAsync(db, CancellationToken.None);
            return (n, await CellsAsync(db), await db.FilingCounts.IgnoreQueryFilters().CountAsync(c => c.Batch != 0));
        });
        Assert.True(folded > 0);
        Assert.Equal(0, appended);
        Assert.Equal(kept.OrderBy(c => c.Key.ToString(), StringComparer.Ordinal), afterCompaction.OrderBy(c => c.Key.ToString(), StringComparer.Ordinal));

        var rebuilt = await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<ComplaintsDbContext>();
            await FilingCounts.RebuildAsync(db, onlyIfMarked: false, CancellationToken.None);
            return await CellsAsync(db);
        });
        Assert.Equal(rebuilt.OrderBy(c => c.Key.ToString(), StringComparer.Ordinal), kept.OrderBy(c => c.Key.ToString(), StringComparer.Ordinal));

        // The SLA overview from the open cells equals the open filings grouped by unit and handler (as it was computed before).
        var (overview, expectedUnits, expectedHandlers) = await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<ComplaintsDbContext>();
            var now = sp.GetRequiredService<TimeProvider>().GetUtcNow();
            var o = await sp.GetRequiredService<SlaQueries>().OverviewAsync(CancellationToken.None);
            var open = await db.Filings.AsNoTracking().Where(f => (int)f.Status < 10 && f.Status != FilingStatus.Odr)
                .Select(f => new { f.OrgUnitId, f.HandlerUserName, f.HandlerName, f.DueOn, f.FirstRespondedAt, f.FirstResponseDue }).ToListAsync();
            string Row<T>(string key, IEnumerable<T> g, Func<T, DateOnly?> due, Func<T, bool> late) =>
                $"{key}:{g.Count()}/{g.Count(f => due(f) >= o.Today && due(f) <= o.DueSoonLimit)}/{g.Count(f => due(f) < o.Today)}/{g.Count(f => due(f) is null)}/{g.Count(late)}";
            var units = open.GroupBy(f => f.OrgUnitId).Select(g => Row(g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), g, f => f.DueOn,
                f => f.FirstRespondedAt is null && f.FirstResponseDue < now)).Order(StringComparer.Ordinal).ToList();
            var handlers = open.Where(f => f.HandlerUserName is not null).GroupBy(f => (f.HandlerUserName, f.HandlerName))
                .Select(g => Row(g.Key.HandlerUserName!, g, f => f.DueOn, f => f.FirstRespondedAt is null && f.FirstResponseDue < now)).Order(StringComparer.Ordinal).ToList();
            return (o, units, handlers);
        });
        static string Shown(SlaRow r) => $"{r.Key}:{r.Open}/{r.DueSoon}/{r.Overdue}/{r.Paused}/{r.NotResponded}";
        Assert.Equal(expectedUnits, overview.Units.Select(Shown).Order(StringComparer.Ordinal));
        Assert.Equal(expectedHandlers, overview.Handlers.Select(Shown).Order(StringComparer.Ordinal));
        Assert.True(overview.Units.Sum(u => u.Open) > 10 && overview.Units.Sum(u => u.Overdue) > 0 && overview.Handlers.Count > 1, string.Join(" ", expectedUnits));

        // The default period (twelve months to today: two partial months) and a mid-month period, against the filings grouped.
        foreach (var (query, from, to) in new[] { ("", (DateOnly?)null, (DateOnly?)null), ("&from=2026-03-10&to=2026-10-20", new DateOnly(2026, 3, 10), new DateOnly(2026, 10, 20)) })
        {
            var expected = await app.AsSystemAsync(async sp =>
            {
                var h = sp.GetRequiredService<HotSpots>();
                var (f, t) = h.DefaultPeriod(from, to);
                return await h.Filings("all", f, t).GroupBy(x => x.CategoryCode ?? "").Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
            });
            var result = await leader.GetJsonAsync("/api/v1/complaints/analysis/hotspots?dimension=category&kind=all" + query);
            Assert.Equal(expected.OrderBy(x => x.Key, StringComparer.Ordinal),
                result.GetProperty("rows").EnumerateArray().ToDictionary(r => r.Str("key"), r => r.GetProperty("count").GetInt32()).OrderBy(x => x.Key, StringComparer.Ordinal));
            Assert.Equal(expected.Values.Sum(), result.GetProperty("total").GetInt32());
            Assert.True(expected.Values.Sum() > 20, query);

            // The business ranking against the filings grouped by USCC: the same counts in the same order, each business its own
            // count. The city (all the filings) gets the ranking bounded by the all-time counts: the top 1 and 3 start from 2 and
            // 6 candidates and widen, the top 40 takes every business; 历下 (part of them) ranks its own period whole.
            foreach (var (client, county, tops) in new[] { (leader, "", new[] { 1, 3, 40 }), (handler, "370102", new[] { 3 }) })
            {
                var byUscc = await app.AsSystemAsync(async sp =>
                {
                    var h = sp.GetRequiredService<HotSpots>();
                    var (f, t) = h.DefaultPeriod(from, to);
                    return await h.Filings("all", f, t).Where(x => x.Uscc != null && x.DivisionCode.StartsWith(county)).GroupBy(x => x.Uscc!)
                        .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
                });
                Assert.True(byUscc.Count > tops.Max(), $"{byUscc.Count} businesses in {county}");
                foreach (var top in tops)
                {
                    var ranking = await client.GetJsonAsync($"/api/v1/complaints/analysis/hotspots?dimension=business&kind=all&top={top}" + query);
                    var known = ranking.GetProperty("rows").EnumerateArray().Where(r => r.Str("key").Length > 0)
                        .Select(r => (Key: r.Str("key"), N: r.GetProperty("count").GetInt32())).ToList();
                    Assert.Equal(top, ranking.GetProperty("rows").GetArrayLength());
                    Assert.Equal(byUscc.Values.OrderDescending().Take(known.Count), known.Select(k => k.N));
                    Assert.All(known, k => Assert.Equal(byUscc[k.Key], k.N));
                }
            }
        }
    }

    /// <summary>The rollup as a reader sees it: every key's counters summed over the compacted cell and the appended batches.</summary>
    private static async Task<Dictionary<CountKey, CountValues>> CellsAsync(ComplaintsDbContext db) =>
        (await db.FilingCounts.IgnoreQueryFilters().AsNoTracking().Where(c => c.Dimension != FilingCounts.RebuildMarker).ToListAsync())
        .GroupBy(c => new CountKey(c.Dimension, c.Period, c.DivisionCode, c.Kind, c.OrgUnitId, c.OrgUnitName, c.Key))
        .Select(g => (g.Key, Values: new CountValues(g.Sum(c => c.N), g.Sum(c => c.Responded), g.Sum(c => c.OnTime), g.Sum(c => c.Rated), g.Sum(c => c.Score))))
        .Where(c => !c.Values.IsZero).ToDictionary(c => c.Key, c => c.Values);
}
