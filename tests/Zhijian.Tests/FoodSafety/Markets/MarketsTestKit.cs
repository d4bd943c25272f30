using System.Net;
using System.Text.Json;
using Zhijian.Tests.Entities;
using Zhijian.Tests.FoodSafety.Sampling;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.FoodSafety.Markets;

/// <summary>Intent methods for the 快检 and 熔断 tests: a market (test point) run by a registered operator, results posted in batches.</summary>
internal static class MarketsTestKit
{
    public sealed record Setup(SamplingTestKit.Setup Sampling, long Point)
    {
        public ZhijianApp App => Sampling.App;

        public StaffClient Inspector => Sampling.Inspector;

        public StaffClient Chief => Sampling.Chief;
    }

    public static readonly string Supplier = SampleEntities.NewUscc("370112");

    public static async Task<Setup> SetUpAsync(ZhijianApp app)
    {
        var s = await SamplingTestKit.SetUpAsync(app);
        var point = await (await s.Chief.PostJsonAsync("/api/v1/food/rapid-points", new
        {
            name = "历下区山大路农贸市场",
            kind = "FarmersMarket",
            operatorUscc = s.Seller,
            divisionCode = "370102",
            address = "济南市历下区山大路 168 号",
        })).ExpectAsync(HttpStatusCode.Created);
        return new Setup(s, point.GetProperty("id").GetInt64());
    }

    public static object Result(Setup s, string id, bool positive = false, string? batch = null, string supplier = "章丘绿源蔬菜专业合作社",
        DateTimeOffset? testedAt = null, string group = "veg", string item = "OP") => new
        {
            resultId = id,
            testPointId = s.Point,
            stall = "A-12",
            stallOperator = "张三",
            productName = "韭菜",
            productGroup = group,
            supplierName = supplier,
            supplierUscc = Supplier,
            origin = "370114",
            batchRef = batch,
            itemCode = item,
            result = positive ? "阳性" : "阴性",
            value = positive ? "抑制率 62%" : "抑制率 12%",
            testedAt = testedAt ?? s.App.Clock.GetUtcNow().AddMinutes(-10),
            tester = "李敏",
        };

    public static async Task<JsonElement> PostBatchAsync(StaffClient client, object[] results, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/food/rapid-tests/batch") { Content = System.Net.Http.Json.JsonContent.Create(new { results }) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return await (await client.Http.SendAsync(request)).ExpectAsync(expected);
    }

    public static async Task<int> CountAsync(Setup s) => (await s.Inspector.GetJsonAsync($"/api/v1/food/rapid-tests?point={s.Point}")).GetProperty("total").GetInt32();
}
