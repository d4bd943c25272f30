using System.Net;
using System.Text.Json;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.FoodSafety.Trace.TraceFixture;

namespace Zhijian.Tests.FoodSafety.Trace;

/// <summary>EPCIS documents in, forward and backward traces out: depth and date limits, a cycle, a merge, bad documents.</summary>
[Trait("Database", "any")] // the trace walk is plain indexed EF queries; both engines are measured by bench/food-trace.sh and TraceStorageTests
public sealed class TraceFlowTests(TraceFixture f) : IClassFixture<TraceFixture>
{
    [Fact]
    public async Task A_chain_traces_forward_to_the_stalls_and_back_to_the_producer_with_depth_and_dates()
    {
        const string batch = "urn:epc:class:lgtin:9506000.013435.L1101";
        var doc = new object[]
        {
            Commission(f.Producer, batch, "2026-11-01T06:00:00+08:00"),
            Ship(f.Producer, f.ColdStore, batch, "2026-11-01T08:00:00+08:00", 1000),
            Receive(f.ColdStore, f.Producer, batch, "2026-11-01T10:00:00+08:00", 1000),
            Ship(f.ColdStore, f.Market, batch, "2026-11-05T04:00:00+08:00", 600),
            Receive(f.Market, f.ColdStore, batch, "2026-11-05T05:00:00+08:00", 600),
            Ship(f.Market, f.Stall, batch, "2026-11-05T06:00:00+08:00", 50),
            Receive(f.Stall, f.Market, batch, "2026-11-05T06:30:00+08:00", 50),
            Ship(f.Market, f.PersonStall, batch, "2026-11-06T06:00:00+08:00", 30),
        };
        var posted = await (await f.PostAsync(doc)).ExpectAsync();
        Assert.Equal(8, posted.GetProperty("accepted").GetInt32());
        Assert.Equal(1, posted.GetProperty("newBatches").GetInt32());

        var forward = await f.TraceAsync("forward", "https://id.gs1.org/01/09506000134352/10/L1101"); // any accepted form
        var parties = forward.GetProperty("parties").EnumerateArray().ToDictionary(p => p.Str("partyId"), p => p);
        Assert.Equal(5, parties.Count);
        Assert.Equal(0, parties[f.Producer].GetProperty("depth").GetInt32());
        Assert.Equal(2, parties[f.Market].GetProperty("depth").GetInt32());
        Assert.Equal(3, parties[f.Stall].GetProperty("depth").GetInt32());
        Assert.Equal(50m, parties[f.Stall].GetProperty("quantityReceived").GetDecimal());
        Assert.Equal("摊位", parties[f.PersonStall].Str("kind"));
        Assert.False(forward.GetProperty("truncated").GetBoolean());

        var shallow = await f.TraceAsync("forward", batch, depth: 2);
        Assert.DoesNotContain(shallow.GetProperty("parties").EnumerateArray(), p => p.Str("partyId") == f.Stall);
        Assert.True(shallow.GetProperty("truncated").GetBoolean());

        var early = await f.TraceAsync("forward", batch, extra: "&to=2026-11-04"); // before the market received it
        Assert.Equal(new HashSet<string> { f.Producer, f.ColdStore }, early.GetProperty("parties").EnumerateArray().Select(p => p.Str("partyId")).ToHashSet());

        var backward = await f.TraceAsync("backward", batch, extra: "&party=" + Uri.EscapeDataString(f.Stall));
        var up = backward.GetProperty("parties").EnumerateArray().ToDictionary(p => p.Str("partyId"), p => p.GetProperty("depth").GetInt32());
        Assert.Equal(new Dictionary<string, int> { [f.Stall] = 0, [f.Market] = 1, [f.ColdStore] = 2, [f.Producer] = 3 }, up);

        // The same document again: every event is a duplicate, nothing new; an old eventID with new content is refused.
        var again = await (await f.PostAsync(doc)).ExpectAsync();
        Assert.Equal(0, again.GetProperty("accepted").GetInt32());
        Assert.Equal(8, again.GetProperty("duplicates").GetArrayLength());
        var changed = new Dictionary<string, object?>((Dictionary<string, object?>)doc[1]) { ["eventTime"] = "2026-11-01T09:00:00+08:00" };
        Assert.Contains("内容不同", await (await f.PostAsync(changed)).ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merge_traces_both_ways_and_a_returned_batch_does_not_loop()
    {
        string[] inputs = ["urn:zhijian:trace:PK-IN-0001", "urn:zhijian:trace:PK-IN-0002", "urn:zhijian:trace:PK-IN-0003"];
        const string output = "urn:zhijian:trace:PK-OUT-0001";
        var events = new List<object>();
        foreach (var (input, i) in inputs.Select((x, i) => (x, i)))
        {
            events.Add(Commission(f.Producer, input, $"2026-11-10T0{i}:00:00+08:00"));
            events.Add(Ship(f.Producer, f.Supermarket, input, $"2026-11-10T0{i}:30:00+08:00", 20));
        }

        events.Add(Transform(f.Supermarket, inputs, output, "2026-11-11T08:00:00+08:00"));
        // A returned lot: supermarket → producer → supermarket again (a cycle in the graph).
        events.Add(Ship(f.Supermarket, f.Producer, inputs[0], "2026-11-11T09:00:00+08:00", 5));
        events.Add(Receive(f.Producer, f.Supermarket, inputs[0], "2026-11-11T10:00:00+08:00", 5));
        events.Add(Ship(f.Producer, f.Supermarket, inputs[0], "2026-11-12T09:00:00+08:00", 5));
        await (await f.PostAsync([.. events])).ExpectAsync();

        var back = await f.TraceAsync("backward", output, depth: 10);
        var batches = back.GetProperty("batches").EnumerateArray().Select(b => b.Str("batchKey")).ToHashSet();
        Assert.Equal(new HashSet<string> { "zj/PK-OUT-0001", "zj/PK-IN-0001", "zj/PK-IN-0002", "zj/PK-IN-0003" }, batches);
        Assert.Contains(back.GetProperty("parties").EnumerateArray(), p => p.Str("partyId") == f.Producer && p.GetProperty("depth").GetInt32() == 2);

        var forward = await f.TraceAsync("forward", inputs[1], depth: 10);
        Assert.Contains(forward.GetProperty("batches").EnumerateArray(), b => b.Str("batchKey") == "zj/PK-OUT-0001" && b.GetProperty("depth").GetInt32() == 2);

        var cycle = await f.TraceAsync("forward", inputs[0], depth: 20);
        Assert.False(cycle.GetProperty("truncated").GetBoolean());
        Assert.Equal(2, cycle.GetProperty("parties").GetArrayLength());
        Assert.Contains(cycle.GetProperty("edges").EnumerateArray(), e => e.Str("fromParty") == f.Supermarket && e.Str("toParty") == f.Producer);
    }

    [Fact]
    public async Task A_bad_document_is_refused_naming_each_event_and_field_and_nothing_is_written()
    {
        const string batch = "urn:zhijian:trace:BAD-0001";
        var unknownParty = "urn:zhijian:party:" + Entities.SampleEntities.NewUscc();
        var doc = new object[]
        {
            Commission(f.Producer, batch, "2026-11-20T06:00:00+08:00"),
            Commission(unknownParty, "urn:zhijian:trace:BAD-0002", "2026-11-20T06:00:00+08:00"),
            Ship(f.Producer, f.Market, "urn:zhijian:trace:NEVER-SEEN", "2026-11-20T07:00:00+08:00"),
            Commission(f.Producer, "urn:zhijian:trace:BAD-0003", "2026-11-24T06:00:00+08:00"),
        };
        var problem = await (await f.PostAsync(doc)).ExpectAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Contains("晚于当前时间", errors.GetProperty("epcisBody.eventList[3].eventTime")[0].GetString(), StringComparison.Ordinal);
        doc = doc[..3];
        errors = (await (await f.PostAsync(doc)).ExpectAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("未登记", errors.GetProperty("epcisBody.eventList[1].bizLocation.id")[0].GetString(), StringComparison.Ordinal);
        doc = [doc[0], doc[2]];
        errors = (await (await f.PostAsync(doc)).ExpectAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Contains("尚无赋码", errors.GetProperty("epcisBody.eventList[1].quantityList[0].epcClass")[0].GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await f.Admin.GetAsync("/api/v1/food/trace/forward?batch=" + Uri.EscapeDataString(batch))).StatusCode);
        Assert.Contains("JSON", await (await f.PostRawAsync("{\"type\": ")).ExpectProblemAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await f.PostRawAsync("{}", "text/plain")).StatusCode);
        var parties = await (await f.System.PostJsonAsync("/api/v1/food/trace/parties", new
        {
            parties = new object[] { new { partyId = unknownParty, kind = "Producer" }, new { partyId = f.Market + ":C01", kind = "Stall", parent = f.Market } },
        })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("operatorName", parties.ProblemText(), StringComparison.Ordinal);
        Assert.Equal(0, (await f.Admin.GetJsonAsync("/api/v1/food/trace/parties?q=" + Uri.EscapeDataString(unknownParty))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Imported_cold_chain_receipts_create_their_batch_and_missing_documents_are_listed()
    {
        var receipt = new Dictionary<string, object?>
        {
            ["type"] = "ObjectEvent",
            ["eventID"] = NewId(),
            ["eventTime"] = "2026-11-18T09:00:00+08:00",
            ["eventTimeZoneOffset"] = "+08:00",
            ["action"] = "OBSERVE",
            ["bizStep"] = "receiving",
            ["bizLocation"] = new { id = f.ColdStore },
            ["quantityList"] = new[] { new { epcClass = "https://id.gs1.org/01/07891234567895/10/BR2611", quantity = 24000m, uom = "KGM" } },
            ["ilmd"] = new Dictionary<string, object?> { ["zj:productName"] = "冷冻牛肉（进口）", ["zj:foodCategory"] = "33" },
            ["zj:coldChain"] = new { customsDeclarationNo = "420120261000123", quarantineCertNo = "JY-BR-77", disinfectionCertNo = "XD-551", originCountry = "BR" },
        };
        await (await f.PostAsync(receipt, Ship(f.ColdStore, f.Market, "https://id.gs1.org/01/07891234567895/10/BR2611", "2026-11-19T05:00:00+08:00", 2000))).ExpectAsync();
        var missing = await f.Admin.GetJsonAsync("/api/v1/food/trace/cold-chain?missing=true");
        var row = Assert.Single(missing.GetProperty("items").EnumerateArray(), r => r.Str("what").Contains("BR2611", StringComparison.Ordinal));
        Assert.Equal("核酸检测证明", Assert.Single(row.GetProperty("missing").EnumerateArray()).GetString());
        var found = await f.TraceAsync("forward", "01/07891234567895/10/BR2611");
        Assert.Contains(found.GetProperty("parties").EnumerateArray(), p => p.Str("partyId") == f.Market);
    }
}
