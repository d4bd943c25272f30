using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Complaints;

/// <summary>Intent methods for the 投诉举报 tests.</summary>
internal static class ComplaintTestKit
{
    /// <summary>Registers one company in 历下 (370102) and returns its USCC.</summary>
    public static async Task<string> RegisterAsync(ZhijianApp app, string name = "济南泉城消费电子有限公司", string? division = null)
    {
        var registrar = await app.LoginAsync("registrar");
        var body = SampleEntities.Company(name);
        if (division is not null) body["divisionCode"] = division;
        var response = await registrar.PostJsonAsync("/api/v1/entities", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (string)body["uscc"]!;
    }

    public static Dictionary<string, object?> Complaint(string? uscc, string facts = "2026年11月10日在该店购买的手机三天后无法开机，要求退货被拒绝。")
        => new()
        {
            ["kind"] = "complaint",
            ["person"] = new Dictionary<string, object?> { ["name"] = "王小明", ["phone"] = "13905311234", ["address"] = "济南市历下区泉城路1号" },
            ["target"] = new Dictionary<string, object?> { ["uscc"] = uscc, ["name"] = uscc is null ? "泉城路某手机店" : null, ["address"] = uscc is null ? "济南市历下区泉城路88号" : null },
            ["category"] = "G03",
            ["problem"] = "P01",
            ["amount"] = 3999m,
            ["facts"] = facts,
            ["demand"] = "退货退款",
        };

    public static Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) => response.ExpectAsync(expected);

    public static Task<string> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected) => response.ExpectProblemAsync(expected);

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    public static long FirstId(JsonElement receipt) => receipt.GetProperty("parts")[0].GetProperty("id").GetInt64();
}
