using System.Net.Http.Json;
using System.Text.Json;

namespace Zhijian.Tests.Infrastructure;

internal static class Json
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"{url} → {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body);

    /// <summary>The body as JSON after asserting the status (the body is in the failure message).</summary>
    public static async Task<JsonElement> ExpectAsync(this HttpResponseMessage response, System.Net.HttpStatusCode expected = System.Net.HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The problem's text after asserting the status.</summary>
    public static async Task<string> ExpectProblemAsync(this HttpResponseMessage response, System.Net.HttpStatusCode expected) =>
        (await response.ExpectAsync(expected)).ProblemText();

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString() ?? "";

    /// <summary>All messages of a problem-details body (detail + every field error).</summary>
    public static string ProblemText(this JsonElement e)
    {
        var parts = new List<string>();
        if (e.TryGetProperty("title", out var t)) parts.Add(t.GetString() ?? "");
        if (e.TryGetProperty("detail", out var d)) parts.Add(d.GetString() ?? "");
        if (e.TryGetProperty("errors", out var errs))
            foreach (var p in errs.EnumerateObject())
                foreach (var m in p.Value.EnumerateArray()) parts.Add($"{p.Name}: {m.GetString()}");
        return string.Join(" | ", parts);
    }
}
