using System.Net;
using System.Text.Json;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Complaints.ComplaintTestKit;

namespace Zhijian.Tests.Complaints;

/// <summary>投诉举报 through HTTP: intake from each channel, routing, the complaint and report workflows, the public follow-up.</summary>
public sealed class ComplaintFlowTests
{
    [Fact]
    public async Task A_portal_complaint_is_routed_accepted_mediated_settled_and_rated()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var anonymous = app.Anonymous();

        var receipt = await OkAsync(await PostAsync(anonymous, "/api/v1/public/complaints", Complaint(uscc)), HttpStatusCode.Created);
        var part = receipt.GetProperty("parts")[0];
        var number = part.Str("number");
        var code = receipt.Str("queryCode");
        Assert.StartsWith("TS20261123", number);
        Assert.Equal("济南市历下区市场监督管理局", part.Str("orgUnitName"));
        // Received Mon 23 Nov 2026: 7 WD → Wed 2 Dec.
        Assert.Equal("2026-12-02", part.Str("dueOn"));

        var handler = await app.LoginAsync("complaint");
        var id = part.GetProperty("id").GetInt64();
        var detail = await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{id}/accept", new { }));
        Assert.Equal("Mediating", detail.Str("status"));
        // Order 121 (received after 2026-04-15): 60 CD from 23 Nov → 22 Jan 2027 (Friday, a working day).
        // 2027's 放假安排 is not published on 2026-11-23: the date is shown as provisional, not refused.
        Assert.Equal("2027-01-22", detail.Str("mediationBy"));
        Assert.True(detail.GetProperty("provisionalDue").GetBoolean());
        Assert.Equal("王**", detail.Str("personName"));
        Assert.Equal("139****1234", detail.Str("personPhone"));

        detail = await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{id}/settle", new { agreement = "商家同意退货并全额退款 3999 元", recovered = 3999 }));
        Assert.Equal("Settled", detail.Str("status"));
        Assert.True(detail.GetProperty("onTime").GetBoolean());

        var follow = await OkAsync(await anonymous.GetAsync($"/api/v1/public/complaints/{number}?code={code}"));
        Assert.Equal("调解成功", follow.Str("statusName"));
        Assert.True(follow.GetProperty("canRate").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/v1/public/complaints/{number}?code=000000")).StatusCode);
        var rated = await OkAsync(await PostAsync(anonymous, $"/api/v1/public/complaints/{number}/satisfaction", new { code, score = 5, comment = "处理及时" }));
        Assert.Equal(5, rated.GetProperty("satisfaction").GetInt32());
        Assert.Contains("不能重复评价", await ProblemAsync(await PostAsync(anonymous, $"/api/v1/public/complaints/{number}/satisfaction", new { code, score = 1 }), HttpStatusCode.Conflict));
    }

    /// <summary>
    /// The platform's Idempotency-Key filter: a replay is the first answer again (201, the same receipt, marked
    /// Idempotent-Replayed); the same key with another body is 422 (draft-ietf-httpapi-idempotency-key-header). The
    /// other platform's ticket id is deduplicated on its own: another key for the same ticket is 409.
    /// </summary>
    [Fact]
    public async Task Api_intake_is_idempotent_and_a_different_body_under_the_same_key_is_422()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var api = await app.ApiClientAsync("370100", "complaints.write");
        var body = Complaint(uscc);
        body["channel"] = "12345";
        body["ticketId"] = "12345-2026-000001";

        var first = await OkAsync(await PostAsync(api, "/api/v1/complaints", body, "k-1"), HttpStatusCode.Created);
        var replay = await PostAsync(api, "/api/v1/complaints", body, "k-1");
        var again = await OkAsync(replay, HttpStatusCode.Created);
        Assert.Equal(FirstId(first), FirstId(again));
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());

        body["amount"] = 1m;
        Assert.Contains("Idempotency-Key", await ProblemAsync(await PostAsync(api, "/api/v1/complaints", body, "k-1"), HttpStatusCode.UnprocessableEntity));
        Assert.Contains("已登记", await ProblemAsync(await PostAsync(api, "/api/v1/complaints", body, "k-2"), HttpStatusCode.Conflict));
    }
}
