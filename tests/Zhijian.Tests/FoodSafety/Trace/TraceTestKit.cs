using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.FoodSafety.Trace;

/// <summary>
/// One app with a registered chain — producer, cold store, wholesale market, a stall with a USCC and a stall run by a person
/// (no USCC) — and intent methods to post EPCIS documents and trace. Tests use their own lots, so they share the app.
/// </summary>
public sealed class TraceFixture : IAsyncLifetime
{
    public ZhijianApp App { get; private set; } = null!;

    public StaffClient Admin { get; private set; } = null!;

    public HttpClient System { get; private set; } = null!;

    public string Producer { get; private set; } = "";

    public string ColdStore { get; private set; } = "";

    public string Market { get; private set; } = "";

    public string Stall { get; private set; } = "";

    public string PersonStall { get; private set; } = "";

    public string Supermarket { get; private set; } = "";

    public async Task InitializeAsync()
    {
        App = await ZhijianApp.StartAsync(outbox: false);
        Admin = await App.LoginAsync("admin");
        System = await App.ApiClientAsync("370100", "food.trace");
        var registrar = await App.LoginAsync("registrar");
        var usccs = new List<string>();
        foreach (var name in new[] { "济南鲁中肉类加工有限公司", "济南冷链物流有限公司", "济南七里堡农产品批发市场有限公司", "济南鲜多多生鲜有限公司", "济南泉城超市有限公司" })
        {
            var body = SampleEntities.Company(name);
            await (await registrar.PostJsonAsync("/api/v1/entities", body)).ExpectAsync(HttpStatusCode.Created);
            usccs.Add((string)body["uscc"]!);
        }

        (Producer, ColdStore, Market, Stall, Supermarket) = (P(usccs[0]), P(usccs[1]), P(usccs[2]), P(usccs[3]), P(usccs[4]));
        PersonStall = $"{Market}:B07";
        var registered = await (await System.PostJsonAsync("/api/v1/food/trace/parties", new
        {
            parties = new object[]
            {
                new { partyId = Producer, kind = "Producer" },
                new { partyId = ColdStore, kind = "ColdStore" },
                new { partyId = Market, kind = "WholesaleMarket", address = "济南市天桥区七里堡路" },
                new { partyId = Stall, kind = "Stall", parent = Market },
                new { partyId = PersonStall, kind = "Stall", name = "七里堡市场 B07 号摊位", operatorName = "王秀英", divisionCode = "370105", parent = Market },
                new { partyId = Supermarket, kind = "Supermarket" },
            },
        })).ExpectAsync();
        Assert.Equal(6, registered.GetProperty("created").GetInt32());
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    private static string P(string uscc) => "urn:zhijian:party:" + uscc;

    /// <summary>Posts an EPCIS document as application/ld+json and returns the response.</summary>
    public Task<HttpResponseMessage> PostAsync(params object[] events) => PostRawAsync(JsonSerializer.Serialize(Doc(events)));

    public Task<HttpResponseMessage> PostRawAsync(string json, string contentType = "application/ld+json")
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return System.PostAsync("/api/v1/food/trace/events", content);
    }

    public async Task<JsonElement> TraceAsync(string direction, string batch, int depth = 5, string? extra = null) =>
        await Admin.GetJsonAsync($"/api/v1/food/trace/{direction}?batch={Uri.EscapeDataString(batch)}&depth={depth}{extra}");

    public static Dictionary<string, object?> Doc(object[] events) => new()
    {
        ["@context"] = new object[] { "https://ref.gs1.org/standards/epcis/epcis-context.jsonld", new Dictionary<string, string> { ["zj"] = "https://zhijian.samr.gov.cn/epcis/" } },
        ["type"] = "EPCISDocument",
        ["schemaVersion"] = "2.0",
        ["creationDate"] = "2026-11-23T09:00:00+08:00",
        ["epcisBody"] = new { eventList = events },
    };

    private static int _seq;

    public static string NewId() => $"urn:uuid:00000000-0000-4000-8000-{Interlocked.Increment(ref _seq):D12}";

    public static Dictionary<string, object?> Commission(string at, string batch, string time, string product = "冷鲜猪肉", decimal qty = 1000) => new()
    {
        ["type"] = "ObjectEvent",
        ["eventID"] = NewId(),
        ["eventTime"] = time,
        ["eventTimeZoneOffset"] = "+08:00",
        ["action"] = "ADD",
        ["bizStep"] = "commissioning",
        ["bizLocation"] = new { id = at },
        ["quantityList"] = new[] { new { epcClass = batch, quantity = qty, uom = "KGM" } },
        ["ilmd"] = new Dictionary<string, object?> { ["zj:productName"] = product, ["zj:foodCategory"] = "33", ["zj:origin"] = "370124" },
    };

    public static Dictionary<string, object?> Ship(string from, string to, string batch, string time, decimal qty = 500) => new()
    {
        ["type"] = "ObjectEvent",
        ["eventID"] = NewId(),
        ["eventTime"] = time,
        ["eventTimeZoneOffset"] = "+08:00",
        ["action"] = "OBSERVE",
        ["bizStep"] = "https://ref.gs1.org/cbv/BizStep-shipping",
        ["bizLocation"] = new { id = from },
        ["destinationList"] = new[] { new { type = "https://ref.gs1.org/cbv/SDT-possessing_party", destination = to } },
        ["quantityList"] = new[] { new { epcClass = batch, quantity = qty, uom = "KGM" } },
    };

    public static Dictionary<string, object?> Receive(string at, string from, string batch, string time, decimal qty = 500) => new()
    {
        ["type"] = "ObjectEvent",
        ["eventID"] = NewId(),
        ["eventTime"] = time,
        ["eventTimeZoneOffset"] = "+08:00",
        ["action"] = "OBSERVE",
        ["bizStep"] = "receiving",
        ["bizLocation"] = new { id = at },
        ["sourceList"] = new[] { new { type = "owning_party", source = from } },
        ["quantityList"] = new[] { new { epcClass = batch, quantity = qty, uom = "KGM" } },
    };

    public static Dictionary<string, object?> Transform(string at, string[] inputs, string output, string time) => new()
    {
        ["type"] = "TransformationEvent",
        ["eventID"] = NewId(),
        ["eventTime"] = time,
        ["eventTimeZoneOffset"] = "+08:00",
        ["bizStep"] = "repackaging",
        ["bizLocation"] = new { id = at },
        ["inputQuantityList"] = inputs.Select(i => new { epcClass = i, quantity = 20m, uom = "KGM" }).ToArray(),
        ["outputQuantityList"] = new[] { new { epcClass = output, quantity = 55m, uom = "KGM" } },
        ["ilmd"] = new Dictionary<string, object?> { ["zj:productName"] = "分切猪肉拼盘" },
    };
}
