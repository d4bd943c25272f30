using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Features.Exchange;
using Zhijian.Platform;
using Zhijian.Platform.Events;
using Zhijian.Platform.Storage;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Complaints.ComplaintTestKit;

namespace Zhijian.Tests.Complaints;

/// <summary>Routing, reports and 诉转案, ODR, the 12345 exchange, confidentiality, flags, transfers and pauses — through HTTP.</summary>
public sealed class ComplaintWorkflowTests
{
    public sealed class Clues
    {
        public ConcurrentBag<ComplaintCaseClue> Seen { get; } = [];
    }

    public sealed class ClueRecorder(Clues clues) : IEventHandler<ComplaintCaseClue>
    {
        public Task HandleAsync(ComplaintCaseClue domainEvent, EventContext context, CancellationToken ct)
        {
            clues.Seen.Add(domainEvent);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_mixed_filing_is_split_and_the_report_becomes_a_case_clue_without_the_reporter()
    {
        var clues = new Clues();
        await using var app = await ZhijianApp.StartAsync(outbox: false, services: s =>
        {
            s.AddSingleton(clues);
            s.AddEventHandler<ComplaintCaseClue, ClueRecorder>();
        });
        var uscc = await RegisterAsync(app);
        var handler = await app.LoginAsync("complaint");
        var body = Complaint(uscc);
        body["kind"] = "mixed";
        body["reportFacts"] = "该店销售的手机为翻新机冒充新机，涉嫌欺诈消费者。";
        body["channel"] = "walkin";

        var receipt = await OkAsync(await handler.PostJsonAsync("/api/v1/complaints", body), HttpStatusCode.Created);
        var parts = receipt.GetProperty("parts").EnumerateArray().ToList();
        Assert.Equal(["Complaint", "Report"], parts.Select(p => p.Str("kind")));
        Assert.StartsWith("TS", parts[0].Str("number"));
        Assert.StartsWith("JB", parts[1].Str("number"));
        // Report received Mon 23 Nov 2026: 15 WD → Mon 14 Dec.
        Assert.Equal("2026-12-14", parts[1].Str("dueOn"));
        var report = parts[1].GetProperty("id").GetInt64();

        var extended = await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{report}/extend", new { reason = "需调取平台交易记录", approvedBy = "赵磊" }));
        Assert.Equal("2027-01-05", extended.Str("verifyBy")); // +15 WD from 14 Dec (1 Jan 2027 元旦 skipped; 2027 provisional)
        Assert.Contains("不能再次延长", await ProblemAsync(await handler.PostJsonAsync($"/api/v1/complaints/{report}/extend", new { reason = "再延", approvedBy = "赵磊" }), HttpStatusCode.BadRequest));
        var decided = await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{report}/decide", new { openCase = true, reason = "经核查，翻新机冒充新机销售属实" }));
        Assert.Equal("CaseOpened", decided.Str("status"));

        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        var clue = Assert.Single(clues.Seen);
        Assert.Equal(uscc, clue.Uscc);
        Assert.Contains("翻新机", clue.Facts);
        var json = JsonSerializer.Serialize(clue);
        Assert.DoesNotContain("王小明", json);
        Assert.DoesNotContain("13905311234", json);
    }

    [Fact]
    public async Task A_clue_found_in_mediation_opens_a_report_on_its_own_clock_while_mediation_goes_on()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var handler = await app.LoginAsync("complaint");
        var id = FirstId(await OkAsync(await handler.PostJsonAsync("/api/v1/complaints", Complaint(uscc)), HttpStatusCode.Created));
        Assert.Contains("只有调解中的投诉", await ProblemAsync(await handler.PostJsonAsync($"/api/v1/complaints/{id}/clue", new { text = "发现该店销售的手机均无进货凭证" }), HttpStatusCode.BadRequest));
        await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{id}/accept", new { }));
        var report = await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{id}/clue", new { text = "调解中发现该店销售的手机均无进货凭证，涉嫌销售来源不明商品" }));
        Assert.Equal("Report", report.Str("kind"));
        Assert.StartsWith("JB", report.Str("number"));
        Assert.Equal("2026-12-14", report.Str("verifyBy"));
        Assert.Equal("Mediating", (await handler.GetJsonAsync($"/api/v1/complaints/{id}")).Str("status"));
    }

    [Fact]
    public async Task A_reporters_identity_is_for_the_handler_role_only_and_reading_it_is_audited()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var body = Complaint(uscc, "该店在店内张贴“全市最低价”广告，实际价格高于周边门店。");
        body["kind"] = "report";
        var receipt = await OkAsync(await PostAsync(app.Anonymous(), "/api/v1/public/complaints", body), HttpStatusCode.Created);
        var id = FirstId(receipt);

        var handler = await app.LoginAsync("complaint");
        var chief = await app.LoginAsync("chief");
        var leader = await app.LoginAsync("leader");
        var asHandler = await handler.GetJsonAsync($"/api/v1/complaints/{id}");
        Assert.Equal("王**", asHandler.Str("personName"));
        foreach (var other in new[] { chief, leader })
        {
            var seen = await other.GetJsonAsync($"/api/v1/complaints/{id}");
            Assert.Equal("（举报人信息保密）", seen.Str("personName"));
            Assert.DoesNotContain("1390531", seen.GetRawText());
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/v1/complaints/{id}/contact")).StatusCode);
        }

        var contact = await handler.GetJsonAsync($"/api/v1/complaints/{id}/contact");
        Assert.Equal("王小明", contact.Str("name"));
        Assert.Equal("13905311234", contact.Str("phone"));
        var audited = await app.AsSystemAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditEntries
            .Where(a => a.Action == "complaints.identity-viewed").Select(a => a.Actor).ToListAsync());
        Assert.Equal(["complaint"], audited);

        var api = await app.ApiClientAsync("370100", "complaints.read");
        var viaApi = JsonDocument.Parse(await api.GetStringAsync($"/api/v1/complaints/{id}")).RootElement;
        Assert.Equal("（举报人信息保密）", viaApi.Str("personName"));
    }

    [Theory]
    [InlineData("premises", "370103", null, null, "370103", "实际经营地")]
    [InlineData("platform", null, null, null, "370102", "住所地")]
    [InlineData("platform-seller", null, "370112", "370105", "370105", "公示的实际经营地址")]
    [InlineData("platform-seller", null, "370112", null, "370112", "平台经营者住所地")]
    public async Task A_complaint_goes_to_the_unit_the_jurisdiction_rule_names(string channel, string? operating, string? platform, string? published,
        string expected, string basis)
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app); // domiciled in 历下 370102
        var body = Complaint(uscc);
        body["target"] = new Dictionary<string, object?>
        {
            ["uscc"] = uscc,
            ["channel"] = channel,
            ["divisionCode"] = operating,
            ["platformDivisionCode"] = platform,
            ["publishedAddressDivisionCode"] = published,
            ["platformName"] = platform is null ? null : "泉城优选",
        };
        var receipt = await OkAsync(await PostAsync(app.Anonymous(), "/api/v1/public/complaints", body), HttpStatusCode.Created);
        var part = receipt.GetProperty("parts")[0];
        var units = (await (await app.LoginAsync("admin")).GetJsonAsync("/api/v1/org-units")).EnumerateArray();
        var unit = units.Single(u => u.Str("code") == expected);
        Assert.Equal(unit.Str("name"), part.Str("orgUnitName"));
        Assert.Contains(basis, part.Str("routingBasis"));
    }

    [Fact]
    public async Task A_business_outside_every_unit_is_kept_by_the_receiving_unit_and_flagged_for_manual_routing_then_transferred()
    {
        await using var app = await ZhijianApp.StartAsync();
        var handler = await app.LoginAsync("complaint");
        var body = Complaint(null);
        body["target"] = new Dictionary<string, object?> { ["name"] = "杭州某网店", ["channel"] = "website", ["divisionCode"] = "330106", ["address"] = "杭州市西湖区" };
        var receipt = await OkAsync(await handler.PostJsonAsync("/api/v1/complaints", body), HttpStatusCode.Created);
        var part = receipt.GetProperty("parts")[0];
        Assert.Equal("济南市历下区市场监督管理局", part.Str("orgUnitName"));
        Assert.Contains("不在本平台机构范围内", part.Str("routingBasis"));
        Assert.Contains(part.GetProperty("flags").EnumerateArray(), f => f.GetString()!.Contains("人工分流"));
        Assert.Contains(part.GetProperty("flags").EnumerateArray(), f => f.GetString()!.Contains("未能在主体库中找到"));

        var id = part.GetProperty("id").GetInt64();
        var units = (await (await app.LoginAsync("admin")).GetJsonAsync("/api/v1/org-units")).EnumerateArray();
        var shizhong = units.Single(u => u.Str("code") == "370103").GetProperty("id").GetInt32();
        Assert.Contains("移送理由", await ProblemAsync(await handler.PostJsonAsync($"/api/v1/complaints/{id}/transfer", new { orgUnitId = shizhong }), HttpStatusCode.BadRequest));
        app.Clock.Advance(TimeSpan.FromDays(2)); // Wed 25 Nov
        handler = await app.LoginAsync("complaint");
        var moved = await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{id}/transfer", new { orgUnitId = shizhong, reason = "经核实经营者实际在市中区经营" }));
        Assert.Equal("济南市市中区市场监督管理局", moved.Str("orgUnitName"));
        Assert.Equal(1, moved.GetProperty("transferCount").GetInt32());
        Assert.Equal("2026-12-04", moved.Str("acceptBy")); // 7 WD from the day the receiving unit got it
        // 历下 no longer sees it; 市中区 and the city do.
        Assert.Equal(HttpStatusCode.NotFound, (await handler.GetAsync($"/api/v1/complaints/{id}")).StatusCode);
        var city = await app.LoginAsync("leader");
        Assert.Equal(HttpStatusCode.OK, (await city.GetAsync($"/api/v1/complaints/{id}")).StatusCode);
    }

    [Fact]
    public async Task Signals_of_non_consumption_are_flags_and_an_old_harm_is_flagged_with_the_refusal_ground_not_dropped()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var anonymous = app.Anonymous();
        JsonElement last = default;
        foreach (var name in new[] { "王小明", "李小红", "张小强" })
        {
            var body = Complaint(uscc);
            body["person"] = new Dictionary<string, object?> { ["name"] = name, ["phone"] = "13905311234", ["address"] = "济南市历下区泉城路1号" };
            body["harmKnownOn"] = "2023-11-01";
            last = await OkAsync(await PostAsync(anonymous, "/api/v1/public/complaints", body), HttpStatusCode.Created);
        }

        var flags = last.GetProperty("parts")[0].GetProperty("flags").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Contains(flags, f => f.Contains("同一电话号码被多名投诉人使用"));
        Assert.Contains(flags, f => f.Contains("超过三年"));
        var id = FirstId(last);
        var handler = await app.LoginAsync("complaint");
        var detail = await handler.GetJsonAsync($"/api/v1/complaints/{id}");
        Assert.Equal("Received", detail.Str("status")); // never refused automatically
        var refused = await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{id}/refuse", new { ground = 4, reason = "2023年11月1日即已知悉" }));
        Assert.Equal("Refused", refused.Str("status"));
        Assert.Contains("超过三年", refused.Str("refusalGroundText"));
        Assert.Contains(refused.GetProperty("steps").EnumerateArray(), s => s.Str("text").Contains("向人民法院提起诉讼"));
    }

    [Fact]
    public async Task Testing_time_pauses_the_mediation_clock_and_resuming_moves_the_deadline()
    {
        await using var app = await ZhijianApp.StartAsync(now: new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        var uscc = await RegisterAsync(app);
        var handler = await app.LoginAsync("complaint");
        var id = FirstId(await OkAsync(await handler.PostJsonAsync("/api/v1/complaints", Complaint(uscc)), HttpStatusCode.Created));
        var accepted = await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{id}/accept", new { }));
        // Order 20 (received 2 Mar 2026): 45 WD from Mon 2 Mar on the real calendar — 清明 Mon 6 Apr and 劳动节 1–5 May off → Fri 8 May.
        Assert.Equal("2026-05-08", accepted.Str("mediationBy"));
        Assert.Contains("第20号", accepted.Str("rulesName"));

        app.Clock.Advance(TimeSpan.FromDays(2)); // Wed 4 Mar
        handler = await app.LoginAsync("complaint");
        var paused = await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{id}/pause", new { reason = "手机送检验检测机构检测" }));
        Assert.Equal("手机送检验检测机构检测", paused.Str("pausedReason"));
        Assert.Equal(JsonValueKind.Null, paused.GetProperty("dueOn").ValueKind);
        Assert.Contains("resume", paused.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));

        app.Clock.Advance(TimeSpan.FromDays(7)); // Wed 11 Mar: paused 4–10 Mar = 5 working days
        handler = await app.LoginAsync("complaint");
        var resumed = await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{id}/resume", new { }));
        // Five working days later, and Sat 9 May is a make-up working day: Thu 14 May.
        Assert.Equal("2026-05-14", resumed.Str("mediationBy"));
        Assert.Equal("2026-05-14", resumed.Str("dueOn"));
    }

    [Fact]
    public async Task An_odr_complaint_goes_to_the_business_first_and_comes_back_to_the_bureau_when_not_settled()
    {
        await using var app = await ZhijianApp.StartAsync();
        var uscc = await RegisterAsync(app);
        var chief = await app.LoginAsync("chief");
        var approved = await OkAsync(await chief.PostJsonAsync("/api/v1/complaints/odr", new { uscc, contact = "客服部 0531-86012345" }));
        var key = approved.Str("accessKey");
        Assert.StartsWith("odr_", key);

        var body = Complaint(uscc);
        body["viaOdr"] = true;
        var receipt = await OkAsync(await PostAsync(app.Anonymous(), "/api/v1/public/complaints", body), HttpStatusCode.Created);
        var part = receipt.GetProperty("parts")[0];
        Assert.Equal("Odr", part.Str("status"));
        Assert.Equal("2026-12-07", part.Str("dueOn")); // 10 WD

        var business = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await business.GetAsync("/api/v1/odr/complaints")).StatusCode);
        business.DefaultRequestHeaders.Add("X-Odr-Key", key);
        var mine = JsonDocument.Parse(await business.GetStringAsync("/api/v1/odr/complaints")).RootElement;
        var complaint = Assert.Single(mine.EnumerateArray());
        Assert.Equal("王小明", complaint.Str("complainantName"));
        var handler = await app.LoginAsync("complaint");
        var sla = await handler.GetJsonAsync("/api/v1/complaints/sla");
        Assert.Equal(0, sla.GetProperty("units").EnumerateArray().Sum(u => u.GetProperty("open").GetInt32())); // not counted against the bureau

        app.Clock.Advance(TimeSpan.FromDays(3)); // Thu 26 Nov
        var answered = await OkAsync(await PostAsync(business, $"/api/v1/odr/complaints/{complaint.GetProperty("id").GetInt64()}/answer",
            new { settled = false, text = "消费者要求三倍赔偿，无法达成一致" }));
        Assert.False(answered.GetProperty("open").GetBoolean());
        handler = await app.LoginAsync("complaint");
        var detail = await handler.GetJsonAsync($"/api/v1/complaints/{complaint.GetProperty("id").GetInt64()}");
        Assert.Equal("Received", detail.Str("status"));
        Assert.Equal("2026-12-07", detail.Str("acceptBy")); // 7 WD from 26 Nov, the day it reached the bureau
    }

    [Fact]
    public async Task Every_status_change_of_a_12345_ticket_is_posted_back_and_a_refused_post_is_retried()
    {
        using var hotline = new HotlineListener(failFirst: 1);
        await using var app = await ZhijianApp.StartAsync(outbox: false, services: s =>
            s.AddSingleton<IHotlineSender>(new HttpHotlineSender(new HttpClient(), hotline.Url)));
        var uscc = await RegisterAsync(app);
        var api = await app.ApiClientAsync("370100", "complaints.write");
        var body = Complaint(uscc);
        body["channel"] = "12345";
        body["ticketId"] = "JN12345-20261123-0042";
        var id = FirstId(await OkAsync(await PostAsync(api, "/api/v1/complaints", body, "t-42"), HttpStatusCode.Created));
        var handler = await app.LoginAsync("complaint");
        await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{id}/accept", new { }));
        await OkAsync(await handler.PostJsonAsync($"/api/v1/complaints/{id}/settle", new { agreement = "退货退款", recovered = 3999 }));

        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        await dispatcher.DispatchPendingAsync(CancellationToken.None); // first POST answered 503: kept for retry
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await dispatcher.DispatchPendingAsync(CancellationToken.None);

        var received = hotline.Accepted.Select(j => JsonDocument.Parse(j).RootElement).ToList();
        Assert.Equal(["Mediating", "Received", "Settled"], received.Select(r => r.Str("status")).Order(StringComparer.Ordinal));
        Assert.All(received, r => Assert.Equal("JN12345-20261123-0042", r.Str("ticketId")));
        Assert.True(hotline.Refused >= 1);
        Assert.DoesNotContain("13905311234", string.Join("", hotline.Accepted));

        var progress = JsonDocument.Parse(await api.GetStringAsync("/api/v1/complaints/by-ticket/12345/JN12345-20261123-0042")).RootElement;
        Assert.Equal("调解成功", progress[0].Str("statusName"));
    }

    /// <summary>A real HTTP endpoint standing in for the 12345 platform: refuses the first N posts with 503.</summary>
    private sealed class HotlineListener : IDisposable
    {
        private readonly HttpListener _listener = new();
        private int _failLeft;

        public HotlineListener(int failFirst)
        {
            _failLeft = failFirst;
            var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/hotline/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(LoopAsync);
        }

        public string Url { get; }

        public ConcurrentQueue<string> Accepted { get; } = new();

        public int Refused { get; private set; }

        private async Task LoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                if (Interlocked.Decrement(ref _failLeft) >= 0)
                {
                    Refused++;
                    context.Response.StatusCode = 503;
                }
                else
                {
                    Accepted.Enqueue(body);
                    context.Response.StatusCode = 200;
                }

                context.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();
    }
}
