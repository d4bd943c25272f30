using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Complaints.ComplaintTestKit;

namespace Zhijian.Tests.Complaints;

/// <summary>What registering a filing leaves behind: its audit entry, and the first-response deadline of the rule book.</summary>
public sealed class IntakeRecordTests
{
    [Fact]
    public async Task Registering_a_complaint_writes_its_audit_entry_with_the_filing()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var api = await app.ApiClientAsync("370100", "complaints.write");
        var body = Complaint(uscc);
        body["channel"] = "12345";
        body["ticketId"] = "12345-2026-000777";

        var receipt = await OkAsync(await PostAsync(api, "/api/v1/complaints", body, "audit-1"), HttpStatusCode.Created);
        var portal = await OkAsync(await PostAsync(app.Anonymous(), "/api/v1/public/complaints", Complaint(uscc)), HttpStatusCode.Created);

        var numbers = new[] { receipt, portal }.Select(r => r.GetProperty("parts")[0].Str("number")).ToList();
        var audited = await app.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditEntries
            .Where(a => a.Action == "complaints.received").OrderBy(a => a.Seq).Select(a => new { a.RecordType, a.RecordId, a.Actor, a.DivisionCode }).ToListAsync());
        Assert.Equal(numbers, audited.Select(a => a.RecordId));
        Assert.All(audited, a => Assert.Equal("Filing", a.RecordType));
        Assert.All(audited, a => Assert.Equal("370102", a.DivisionCode));
    }

    [Fact]
    public async Task The_first_response_deadline_comes_from_the_rule_in_force_on_the_day_received()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var anonymous = app.Anonymous();
        var handler = await app.LoginAsync("complaint");

        var before = FirstId(await OkAsync(await PostAsync(anonymous, "/api/v1/public/complaints", Complaint(uscc)), HttpStatusCode.Created));
        var detail = await handler.GetJsonAsync($"/api/v1/complaints/{before}");
        Assert.Equal(ZhijianApp.DefaultNow.AddHours(24), detail.GetProperty("firstResponseDue").GetDateTimeOffset());

        var admin = await app.LoginAsync("admin");
        await OkAsync(await admin.PostJsonAsync("/api/v1/rules/complaint.first-response.hours/versions",
            new { value = "12", effectiveFrom = "2026-11-24", note = "本市要求 12 小时内首次回应" }));
        var sameDay = FirstId(await OkAsync(await PostAsync(anonymous, "/api/v1/public/complaints", Complaint(uscc, "2026年11月12日在该店购买的耳机无法充电，要求退货被拒绝。")), HttpStatusCode.Created));
        Assert.Equal(ZhijianApp.DefaultNow.AddHours(24), (await handler.GetJsonAsync($"/api/v1/complaints/{sameDay}")).GetProperty("firstResponseDue").GetDateTimeOffset());

        app.Clock.Advance(TimeSpan.FromDays(1));
        handler = await app.LoginAsync("complaint"); // yesterday's session has expired
        var after = FirstId(await OkAsync(await PostAsync(anonymous, "/api/v1/public/complaints", Complaint(uscc, "2026年11月15日在该店购买的充电宝鼓包，要求退货被拒绝。")), HttpStatusCode.Created));
        Assert.Equal(ZhijianApp.DefaultNow.AddDays(1).AddHours(12), (await handler.GetJsonAsync($"/api/v1/complaints/{after}")).GetProperty("firstResponseDue").GetDateTimeOffset());
    }
}
