using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Zhijian.Credit.Features.Listings;
using Zhijian.Tests.Entities;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Credit;

/// <summary>Intent methods for the credit tests: register entities, run the listing jobs, read listings and the feed.</summary>
internal static class CreditTestKit
{
    /// <summary>The hourly jobs off, so a test decides when they run (through the run endpoints).</summary>
    public static readonly Action<IServiceCollection> NoJobs = s => s.Configure<CreditJobOptions>(o => o.Enabled = false);

    public static DateTimeOffset At(int y, int m, int d, int h = 10) => new(y, m, d, h, 0, 0, TimeSpan.FromHours(8));

    public static async Task<string> RegisterAsync(StaffClient registrar, string name, bool individual = false)
    {
        var body = SampleEntities.Company(name);
        if (individual)
        {
            body["uscc"] = SampleEntities.NewUscc("370102", '2');
            body["type"] = "IndividualBusiness";
            body["registeredCapital"] = null;
        }

        var response = await registrar.PostJsonAsync("/api/v1/entities", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (string)body["uscc"]!;
    }

    public static async Task<JsonElement> RunAbnormalAsync(StaffClient staff, int year)
    {
        var response = await staff.PostJsonAsync($"/api/v1/credit/listings/abnormal/run?year={year}", new { });
        var json = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToString());
        return json;
    }

    public static async Task<JsonElement[]> ListingsOfAsync(StaffClient staff, string uscc) =>
        [.. (await staff.GetJsonAsync($"/api/v1/credit/listings?uscc={uscc}")).GetProperty("items").EnumerateArray()];

    public static async Task<string[]> FeedKindsAsync(StaffClient staff, string uscc) =>
        [.. (await staff.GetJsonAsync("/api/v1/credit/events?after=0")).GetProperty("items").EnumerateArray()
            .Where(i => i.Str("uscc") == uscc).Select(i => i.Str("kind"))];

    public static async Task<string> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.ProblemText();
    }
}
