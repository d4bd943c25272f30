using System.Text.Json;
using Zhijian.FoodSafety.Domain.Trace;
using Zhijian.Platform.Web;
using Zhijian.Tests.Entities;

namespace Zhijian.Tests.FoodSafety.Trace;

/// <summary>Identifier parsing and EPCIS document checks (GS1 Tag Data Standard examples: GTIN 09506000134352, company prefix 9506000).</summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class TraceIdsTests
{
    [Theory]
    [InlineData("urn:epc:class:lgtin:9506000.013435.ABC123", "01/09506000134352/10/ABC123")] // indicator 0 moves to the front, check digit 2
    [InlineData("urn:epc:class:lgtin:4012345.012345.998877", "01/04012345123456/10/998877")] // TDS 2.0 §6.3.1 example
    [InlineData("https://id.gs1.org/01/09506000134352/10/ABC123", "01/09506000134352/10/ABC123")]
    [InlineData("https://example.com/01/9506000134352/10/ABC123?linkType=all", "01/09506000134352/10/ABC123")] // GTIN-13 padded; any resolver host
    [InlineData("01/09506000134352/10/ABC123", "01/09506000134352/10/ABC123")]
    [InlineData("urn:zhijian:trace:jn20261101-0001", "zj/JN20261101-0001")]
    [InlineData("JN20261101-0001", "zj/JN20261101-0001")]
    public void Batch_identifiers_normalise_to_one_key(string value, string key) =>
        Assert.Equal(key, TraceIds.ParseBatch(value, out _)!.Key);

    [Theory]
    [InlineData("https://id.gs1.org/01/09506000134353/10/ABC123", "校验位")]
    [InlineData("urn:epc:class:lgtin:9506000.0134.ABC", "13 位")]
    [InlineData("urn:epc:class:lgtin:95060X0.013435.ABC", "格式")]
    [InlineData("urn:epc:class:lgtin:9506000.013435.批号过长过长过长过长过长过长过长过长", "批号")]
    [InlineData("urn:zhijian:trace:追溯", "追溯码")]
    [InlineData("abc:def", "不是可识别的批次标识")]
    [InlineData("", "不能为空")]
    public void Bad_batch_identifiers_are_refused_with_the_reason(string value, string reason)
    {
        Assert.Null(TraceIds.ParseBatch(value, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Party_identifiers_gs1_and_platform_forms()
    {
        var uscc = SampleEntities.NewUscc();
        Assert.Equal("urn:epc:id:sgln:9506000.13435.0", TraceIds.ParseParty("urn:epc:id:sgln:9506000.13435.0", out _, out _));
        Assert.Equal("urn:epc:id:pgln:9506000.13435", TraceIds.ParseParty("urn:epc:id:pgln:9506000.13435", out _, out _));
        Assert.Equal($"urn:zhijian:party:{uscc}:A01", TraceIds.ParseParty($"urn:zhijian:party:{uscc.ToLowerInvariant()}:A01", out var carried, out _));
        Assert.Equal(uscc, carried);
        Assert.Null(TraceIds.ParseParty("urn:epc:id:sgln:9506000.1343.0", out _, out var e1));
        Assert.Contains("12 位", e1, StringComparison.Ordinal);
        var wrongCheck = uscc[..17] + (uscc[17] == '0' ? '1' : '0');
        Assert.Null(TraceIds.ParseParty("urn:zhijian:party:" + wrongCheck, out _, out var e2));
        Assert.Contains("统一社会信用代码", e2, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_document_parses_with_cbv_uris_and_the_cold_chain_extension()
    {
        var uscc = SampleEntities.NewUscc();
        var doc = Doc(new Dictionary<string, object?>
        {
            ["type"] = "ObjectEvent",
            ["eventID"] = "urn:uuid:6d0a1c52-0000-4000-8000-000000000001",
            ["eventTime"] = "2026-11-20T08:00:00+08:00",
            ["eventTimeZoneOffset"] = "+08:00",
            ["action"] = "OBSERVE",
            ["bizStep"] = "https://ref.gs1.org/cbv/BizStep-receiving",
            ["bizLocation"] = new { id = $"urn:zhijian:party:{uscc}" },
            ["quantityList"] = new[] { new { epcClass = "urn:epc:class:lgtin:9506000.013435.ABC123", quantity = 1200.5, uom = "KGM" } },
            ["ilmd"] = new Dictionary<string, object?> { ["zj:productName"] = "冷冻牛肉", ["zj:foodCategory"] = "33", ["cbvmda:countryOfOrigin"] = "BR" },
            ["zj:coldChain"] = new { customsDeclarationNo = "420120261000001", quarantineCertNo = "JY001", disinfectionCertNo = "XD001" },
        });
        var errors = new FieldErrors();
        var events = EpcisDocument.Parse(doc, Now, errors);
        Assert.Equal(0, errors.Count);
        var e = Assert.Single(events);
        Assert.Equal(TraceStep.Receiving, e.Step);
        Assert.Equal("01/09506000134352/10/ABC123", e.Objects[0].Batch.Key);
        Assert.Equal(1200.5m, e.Objects[0].Quantity);
        Assert.False(e.ColdChain!.Complete); // no nucleic-acid proof
        Assert.Equal("BR", e.MasterData!.Origin);
    }

    [Fact]
    public void Every_bad_event_is_reported_by_index_and_field()
    {
        var ok = Event("urn:uuid:1", "2026-11-20T08:00:00+08:00");
        var noTime = Event("urn:uuid:2", null);
        var future = Event("urn:uuid:3", "2026-11-23T10:00:00+08:00"); // 30 min after now
        var bad = Event("not a uri", "2026-11-20T08:00:00+08:00");
        bad["action"] = "MOVE";
        bad["bizLocation"] = new { id = "urn:zhijian:party:123" };
        bad["quantityList"] = new[] { new { epcClass = "urn:epc:class:lgtin:9506000.013435.A", quantity = -3 } };
        var shipping = Event("urn:uuid:5", "2026-11-20T08:00:00+08:00");
        shipping["bizStep"] = "shipping";
        var errors = new FieldErrors();
        EpcisDocument.Parse(Doc(ok, noTime, future, bad, shipping), Now, errors);
        var map = errors.ToDictionary();
        Assert.DoesNotContain(map.Keys, k => k.StartsWith("epcisBody.eventList[0]", StringComparison.Ordinal));
        Assert.Contains("缺少 eventTime", map["epcisBody.eventList[1].eventTime"][0], StringComparison.Ordinal);
        Assert.Contains("晚于当前时间", map["epcisBody.eventList[2].eventTime"][0], StringComparison.Ordinal);
        Assert.Contains("URI", map["epcisBody.eventList[3].eventID"][0], StringComparison.Ordinal);
        Assert.Contains("ADD、OBSERVE 或 DELETE", map["epcisBody.eventList[3].action"][0], StringComparison.Ordinal);
        Assert.True(map.ContainsKey("epcisBody.eventList[3].bizLocation.id"));
        Assert.Contains("大于 0", map["epcisBody.eventList[3].quantityList[0].quantity"][0], StringComparison.Ordinal);
        Assert.Contains("destinationList", map["epcisBody.eventList[4].destinationList"][0], StringComparison.Ordinal);

        var missing = new FieldErrors();
        EpcisDocument.Parse(JsonDocument.Parse("""{"type":"EPCISDocument","epcisBody":{}}""").RootElement, Now, missing);
        var m = missing.ToDictionary();
        Assert.True(m.ContainsKey("@context") && m.ContainsKey("schemaVersion") && m.ContainsKey("creationDate") && m.ContainsKey("epcisBody.eventList"));
    }

    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 30, 0, TimeSpan.FromHours(8));

    private static readonly string Party = $"urn:zhijian:party:{SampleEntities.NewUscc()}";

    private static Dictionary<string, object?> Event(string id, string? time)
    {
        var e = new Dictionary<string, object?>
        {
            ["type"] = "ObjectEvent",
            ["eventID"] = id,
            ["eventTimeZoneOffset"] = "+08:00",
            ["action"] = "ADD",
            ["bizStep"] = "commissioning",
            ["bizLocation"] = new { id = Party },
            ["quantityList"] = new[] { new { epcClass = "urn:zhijian:trace:JN-000001", quantity = 10, uom = "KGM" } },
        };
        if (time is not null) e["eventTime"] = time;
        return e;
    }

    private static JsonElement Doc(params object[] events) => JsonSerializer.SerializeToElement(new Dictionary<string, object?>
    {
        ["@context"] = new object[] { "https://ref.gs1.org/standards/epcis/epcis-context.jsonld", new Dictionary<string, string> { ["zj"] = EpcisDocument.Namespace } },
        ["type"] = "EPCISDocument",
        ["schemaVersion"] = "2.0",
        ["creationDate"] = "2026-11-23T09:00:00+08:00",
        ["epcisBody"] = new { eventList = events },
    });
}
