using Microsoft.Extensions.DependencyInjection;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Features.Trace;
using Zhijian.Platform.Indicators;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.FoodSafety.Trace.TraceFixture;

namespace Zhijian.Tests.FoodSafety.Trace;

/// <summary>The trace walk, the filtered lists and the coverage measures on both databases (id lists, date windows, GROUP BY county).</summary>
public sealed class TraceStorageTests(TraceFixture f) : IClassFixture<TraceFixture>
{
    [Fact]
    public async Task Intake_walk_lists_and_coverage_measures_agree_on_both_engines()
    {
        const string a = "urn:epc:class:lgtin:9506000.013435.S0001";
        const string b = "urn:zhijian:trace:ST-IN-0002";
        await (await f.PostAsync(
            Commission(f.Producer, a, "2026-11-02T06:00:00+08:00"),
            Commission(f.Producer, b, "2026-11-02T06:10:00+08:00"),
            Ship(f.Producer, f.Market, a, "2026-11-03T06:00:00+08:00", 100),
            Ship(f.Producer, f.Market, b, "2026-11-03T06:05:00+08:00", 100),
            Transform(f.Market, [a, b], "urn:zhijian:trace:ST-OUT-0001", "2026-11-04T06:00:00+08:00"),
            Ship(f.Market, f.PersonStall, "urn:zhijian:trace:ST-OUT-0001", "2026-11-05T06:00:00+08:00", 40),
            Receive(f.PersonStall, f.Market, "urn:zhijian:trace:ST-OUT-0001", "2026-11-05T07:00:00+08:00", 40))).ExpectAsync();

        var forward = await f.TraceAsync("forward", a, extra: "&from=2026-11-01&to=2026-11-30");
        Assert.Contains(forward.GetProperty("parties").EnumerateArray(), p => p.Str("partyId") == f.PersonStall && p.GetProperty("depth").GetInt32() == 3
            && p.GetProperty("quantityReceived").GetDecimal() == 40m);
        var backward = await f.TraceAsync("backward", "ST-OUT-0001", extra: "&party=" + Uri.EscapeDataString(f.PersonStall));
        Assert.Equal(3, backward.GetProperty("batches").GetArrayLength());
        Assert.Empty((await f.TraceAsync("forward", a, extra: "&from=2026-11-20")).GetProperty("edges").EnumerateArray());

        var events = await f.Admin.GetJsonAsync("/api/v1/food/trace/events?step=Transforming&party=" + Uri.EscapeDataString(f.Market) + "&from=2026-11-04&to=2026-11-04");
        Assert.Equal(1, events.GetProperty("total").GetInt32());

        var values = await f.App.AsSystemAsync(async sp =>
            await new TraceMeasures(sp.GetRequiredService<FoodSafetyDbContext>())
                .ComputeAsync(new MeasureQuery("370000", new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 4), [TraceMeasures.Batches, TraceMeasures.Complete]), CancellationToken.None));
        Assert.Equal(3m, values.Where(v => v.Code == TraceMeasures.Batches).Sum(v => v.Value));
        Assert.Equal(3m, values.Where(v => v.Code == TraceMeasures.Complete).Sum(v => v.Value));
        Assert.All(values, v => Assert.Equal(6, v.County.Length));
    }
}
