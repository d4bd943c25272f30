using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.FoodSafety.Sampling;

/// <summary>Intent methods for the sampling tests: labs with their API clients, a registered seller, orders and results.</summary>
internal static class SamplingTestKit
{
    public sealed record Lab(long Id, string Name, HttpClient Client);

    public sealed record Setup(ZhijianApp App, StaffClient Inspector, StaffClient Chief, Lab First, Lab Second, Lab Third, string Seller);

    public static async Task<Setup> SetUpAsync(ZhijianApp app)
    {
        var admin = await app.LoginAsync("admin");
        var labs = new List<Lab>();
        foreach (var (name, retest) in new[] { ("山东省食品药品检验研究院", true), ("济南市食品药品检验检测中心", true), ("青岛市食品药品检验研究院", true) })
        {
            var lab = await (await admin.PostJsonAsync("/api/v1/food/labs", new { name, cmaNumber = "CMA-" + name.Length, address = "济南市历下区", onRetestList = retest })).ExpectAsync(HttpStatusCode.Created);
            var id = lab.GetProperty("id").GetInt64();
            var client = await (await admin.PostJsonAsync($"/api/v1/food/labs/{id}/client", new { })).ExpectAsync();
            var http = app.Anonymous();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", client.Str("key"));
            labs.Add(new Lab(id, name, http));
        }

        var registrar = await app.LoginAsync("registrar");
        var body = SampleEntities.Company("济南泉城超市有限公司");
        await (await registrar.PostJsonAsync("/api/v1/entities", body)).ExpectAsync(HttpStatusCode.Created);
        return new Setup(app, await app.LoginAsync("inspector"), await app.LoginAsync("chief"), labs[0], labs[1], labs[2], (string)body["uscc"]!);
    }

    public static object Order(Setup s, string food = "酱油", string sampledOn = "2026-11-16", string[]? samplers = null) => new
    {
        purpose = "Supervision",
        level = "County",
        samplers = samplers ?? ["inspector", "chief"],
        noAdvanceNotice = true,
        uscc = s.Seller,
        place = "Circulation",
        categoryCode = "03",
        foodName = food,
        brand = "泉香",
        specification = "500mL/瓶",
        batchNumber = "20261001",
        producerName = "江苏某某酿造有限公司",
        producerAddress = "江苏省泰州市海陵区工业园 8 号",
        producerDivision = "321202",
        quantity = "6瓶",
        reserve = "3瓶",
        sampledOn,
        labId = s.First.Id,
    };

    /// <summary>Creates an order and registers the sample at the lab; returns (id, number).</summary>
    public static async Task<(long Id, string Number)> AtLabAsync(Setup s, string food = "酱油", string sampledOn = "2026-11-16", string receivedOn = "2026-11-17")
    {
        var o = await (await s.Inspector.PostJsonAsync("/api/v1/food/sampling/orders", Order(s, food, sampledOn))).ExpectAsync(HttpStatusCode.Created);
        var id = o.GetProperty("id").GetInt64();
        await (await s.Inspector.PostJsonAsync($"/api/v1/food/sampling/orders/{id}/received", new { on = receivedOn })).ExpectAsync();
        return (id, o.Str("number"));
    }

    public static object FailResult(string number, string reportNo, string reportDate = "2026-11-20", bool microbiological = false, string unit = "g/100mL") => new
    {
        orderNumber = number,
        reportNo,
        reportDate,
        conclusion = "不合格",
        items = new object[]
        {
            new { item = "氨基酸态氮", standard = "GB 2717-2018", standardValue = "≥0.40g/100mL", measured = "0.31", unit, verdict = "不合格", microbiological = false },
            microbiological
                ? new { item = "菌落总数", standard = "GB 2717-2018", standardValue = "≤50000CFU/mL", measured = "120000", unit = "CFU/mL", verdict = "不合格", microbiological = true }
                : new { item = "苯甲酸及其钠盐（以苯甲酸计）", standard = "GB 2760-2024", standardValue = "≤1.0g/kg", measured = "0.21", unit = "g/kg", verdict = "合格", microbiological = false },
        },
    };

    public static async Task<JsonElement> PostResultAsync(HttpClient lab, object result, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/food/sampling/results") { Content = System.Net.Http.Json.JsonContent.Create(result) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return await (await lab.SendAsync(request)).ExpectAsync(expected);
    }
}
