using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Zhijian.Entities.Contracts;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.E2E;

/// <summary>
/// 食品安全 (2) end to end on the demo data: a wholesale market's system posts the trace of a vegetable lot (EPCIS JSON-LD:
/// producer → wholesale market → stall); two earlier positive rapid tests of the same supplier become final when their 4-hour
/// objection window closes; a third positive at the stall stops the lot at once, the laboratory confirms it through a sampling
/// order, which is the supplier's third failed batch in 30 days → 熔断; the section chief orders a recall, fills its scope from
/// the forward trace on the console, and the announcement appears on the portal (screenshots 90–95).
/// </summary>
public sealed class FoodMarketsRecallTests(Browser browser) : IClassFixture<Browser>
{
    private const string Supplier = "端到端绿源蔬菜专业合作社";
    private const string Lot = "E2E2612001";

    [Fact]
    public async Task Positive_rapid_test_to_lab_confirmation_to_fuse_to_recall_from_the_forward_trace_to_the_portal_notice()
    {
        await using var app = await ZhijianApp.StartAsync(kestrel: true, demoEntities: 1500);
        var usccs = await app.AsSystemAsync(async sp =>
        {
            var list = new List<string>();
            await foreach (var e in sp.GetRequiredService<IEntityDirectory>().SelectAsync(new EntityFilter(Statuses: [EntityStatus.Active], DivisionCodes: ["370102"]), CancellationToken.None))
            {
                list.Add(e.Uscc);
                if (list.Count == 2) break;
            }

            return list;
        });
        var (producer, market) = (usccs[0], usccs[1]);
        var admin = await app.LoginAsync("admin");
        var chief = await app.LoginAsync("chief");
        var now = app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));

        // The trace: the market's system registers the parties and posts one EPCIS document.
        string P(string id) => "urn:zhijian:party:" + id;
        await (await chief.PostJsonAsync("/api/v1/food/trace/parties", new
        {
            parties = new object[]
            {
                new { partyId = P(producer), kind = "Producer", uscc = producer },
                new { partyId = P(market), kind = "WholesaleMarket", uscc = market },
                new { partyId = P(market + ":E2E01"), kind = "Stall", name = "E2E01 号摊位", operatorName = "王建国", divisionCode = "370102", parent = P(market) },
            },
        })).ExpectAsync();
        var epc = "urn:zhijian:trace:" + Lot;
        object Qty(decimal q) => new[] { new { epcClass = epc, quantity = q, uom = "KGM" } };
        object Event(int n, string step, string at, DateTimeOffset time, decimal q, string? from = null, string? to = null) => new Dictionary<string, object?>
        {
            ["type"] = "ObjectEvent",
            ["eventID"] = $"urn:uuid:0e2e2612-0000-4000-8000-00000000000{n}",
            ["eventTime"] = time.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            ["eventTimeZoneOffset"] = "+08:00",
            ["action"] = step == "commissioning" ? "ADD" : "OBSERVE",
            ["bizStep"] = step,
            ["bizLocation"] = new { id = at },
            ["quantityList"] = Qty(q),
            ["ilmd"] = step == "commissioning" ? new Dictionary<string, string> { ["zj:productName"] = "韭菜", ["zj:foodCategory"] = "33", ["zj:origin"] = "370114" } : null,
            ["sourceList"] = from is null ? null : new[] { new { type = "possessing_party", source = from } },
            ["destinationList"] = to is null ? null : new[] { new { type = "possessing_party", destination = to } },
        };
        var document = new Dictionary<string, object>
        {
            ["@context"] = new object[] { "https://ref.gs1.org/standards/epcis/epcis-context.jsonld", new Dictionary<string, string> { ["zj"] = "https://zhijian.samr.gov.cn/epcis/" } },
            ["type"] = "EPCISDocument",
            ["schemaVersion"] = "2.0",
            ["creationDate"] = now.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            ["epcisBody"] = new
            {
                eventList = new[]
                {
                    Event(1, "commissioning", P(producer), now.AddDays(-3), 500),
                    Event(2, "shipping", P(producer), now.AddDays(-2), 500, to: P(market)),
                    Event(3, "receiving", P(market), now.AddDays(-2).AddHours(2), 500, from: P(producer)),
                    Event(4, "shipping", P(market), now.AddDays(-1), 50, to: P(market + ":E2E01")),
                    Event(5, "receiving", P(market + ":E2E01"), now.AddDays(-1).AddHours(1), 50, from: P(market)),
                },
            },
        };
        using (var post = new HttpRequestMessage(HttpMethod.Post, "/api/v1/food/trace/events")
        {
            Content = new StringContent(JsonSerializer.Serialize(document), Encoding.UTF8, "application/ld+json"),
        })
        {
            post.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            var accepted = await (await chief.Http.SendAsync(post)).ExpectAsync();
            Assert.Equal(5, accepted.GetProperty("accepted").GetInt32());
        }

        // Two earlier positives of the same supplier (other lots); their objection window closes and the sweep makes them final.
        var point = (await admin.GetJsonAsync("/api/v1/food/rapid-points"))[0].GetProperty("id").GetInt64();
        object Result(string id, string batchRef, DateTimeOffset at) => new
        {
            resultId = id,
            testPointId = point,
            stall = "E2E01",
            stallOperator = "王建国",
            productName = "韭菜",
            productGroup = "veg",
            supplierName = Supplier,
            origin = "370114",
            batchRef,
            itemCode = "OP",
            result = "阳性",
            value = "抑制率 63%",
            testedAt = at,
            deliveredAt = at,
            tester = "李敏",
        };
        async Task<JsonElement> PostRapidAsync(params object[] results)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/food/rapid-tests/batch") { Content = JsonContent.Create(new { results }) };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            return await (await admin.Http.SendAsync(request)).ExpectAsync();
        }

        await PostRapidAsync(Result("E2E-1", "E2E-A", now.AddDays(-6)), Result("E2E-2", "E2E-B", now.AddHours(-6)));
        await (await admin.PostJsonAsync("/api/v1/admin/jobs/food.markets-sweep/trigger", new { })).ExpectAsync();

        // The third positive, at the stall, on the traced lot: stopped at once.
        var third = await PostRapidAsync(Result("E2E-3", epc, now.AddMinutes(-20)));
        var rapidId = third.GetProperty("positiveIds")[0].GetInt64();
        var page = await browser.LoginAsync(app.ServerAddress!, "inspector");
        await Browser.OpenAsync(page, $"/food/rapid-tests/{rapidId}");
        await page.WaitForSelectorAsync("[data-testid=stop-notice]");
        Assert.Contains("停售", await page.InnerTextAsync("[data-testid=rapid-status]"), StringComparison.Ordinal);
        await Browser.ShotAsync(page, "90-food-rapid-positive-stopped");

        // Laboratory confirmation through a sampling order; the lab's client posts 不合格.
        var lab = (await admin.GetJsonAsync("/api/v1/food/labs"))[0];
        var client = await (await admin.PostJsonAsync($"/api/v1/food/labs/{lab.GetProperty("id").GetInt64()}/client", new { })).ExpectAsync();
        var ordered = await (await admin.PostJsonAsync($"/api/v1/food/rapid-tests/{rapidId}/lab-order",
            new { samplers = new[] { "inspector", "chief" }, labId = lab.GetProperty("id").GetInt64() })).ExpectAsync();
        var orderId = ordered.GetProperty("samplingOrderId").GetInt64();
        var number = ordered.Str("samplingOrderNumber");
        await (await admin.PostJsonAsync($"/api/v1/food/sampling/orders/{orderId}/received", new { })).ExpectAsync();
        using var http = new HttpClient { BaseAddress = app.ServerAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", client.Str("key"));
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/food/sampling/results")
        {
            Content = JsonContent.Create(new
            {
                orderNumber = number,
                reportNo = "E2E-" + number,
                reportDate = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                conclusion = "不合格",
                items = new[] { new { item = "毒死蜱", standard = "GB 2763-2021", standardValue = "≤0.02mg/kg", measured = "0.31", unit = "mg/kg", verdict = "不合格", microbiological = false } },
            }),
        })
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            await (await http.SendAsync(request)).ExpectAsync();
        }

        // The outbox settles the rapid test and counts the supplier's third failed batch → 熔断.
        JsonElement fuse = default;
        for (var i = 0; i < 60; i++)
        {
            var fuses = (await chief.GetJsonAsync("/api/v1/food/fuses?state=active")).EnumerateArray().Where(f => f.Str("subject").Contains(Supplier, StringComparison.Ordinal)).ToList();
            if (fuses.Count > 0 && (await chief.GetJsonAsync($"/api/v1/food/rapid-tests/{rapidId}")).Str("status").Contains("确认阳性", StringComparison.Ordinal))
            {
                fuse = fuses[0];
                break;
            }

            await Task.Delay(500);
        }

        Assert.True(fuse.ValueKind == JsonValueKind.Object, "三批次不合格后未触发熔断，或快检结果未转为确认阳性");
        await page.ReloadAsync();
        await page.WaitForSelectorAsync("[data-testid=rapid-status] >> text=确认阳性");
        await Browser.ShotAsync(page, "91-food-rapid-confirmed");
        var chiefPage = await browser.LoginAsync(app.ServerAddress!, "chief");
        await Browser.OpenAsync(chiefPage, "/food/fuses");
        await chiefPage.WaitForSelectorAsync($"[data-testid=fuse-table] >> text={fuse.Str("number")}");
        await Browser.ShotAsync(chiefPage, "92-food-fuse-active");

        // The chief orders the producer to recall the lot and fills the scope from the forward trace.
        var recall = await (await chief.PostJsonAsync("/api/v1/food/recalls", new
        {
            uscc = producer,
            level = 2,
            kind = "Ordered",
            reason = "市场快检阳性经实验室确认毒死蜱超标，可能对人体健康造成一般危害",
            unit = "千克",
            learnedAt = now.AddHours(-1),
            orderNo = "济市监食召〔2026〕E2E号",
            products = new[] { new { name = "韭菜", specification = "散装", gtin = (string?)null, batches = new[] { new { lot = Lot, productionDate = now.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), produced = 500, sold = 500 } } } },
        })).ExpectAsync(System.Net.HttpStatusCode.Created);
        var recallId = recall.GetProperty("id").GetInt64();
        await Browser.OpenAsync(chiefPage, $"/food/recalls/{recallId}");
        await chiefPage.GetByLabel("起始批次（商品条码+批号或追溯码）").FillAsync(epc);
        await chiefPage.ClickAsync("[data-testid=act-trace]");
        await chiefPage.WaitForSelectorAsync("[data-testid=recall-scope] >> text=E2E01");
        var scope = await chiefPage.InnerTextAsync("[data-testid=recall-scope]");
        Assert.Contains("50", scope, StringComparison.Ordinal);
        await Browser.ShotAsync(chiefPage, "93-food-recall-scope-from-trace");

        var url = $"/api/v1/food/recalls/{recallId}";
        await (await chief.PostJsonAsync($"{url}/plan", new { summary = "停止销售，通知批发市场与摊位下架，集中销毁", plannedQuantity = 500 })).ExpectAsync();
        await (await chief.PostJsonAsync($"{url}/announcement", new { text = $"关于召回韭菜（批号 {Lot}）的公告" })).ExpectAsync();
        await chiefPage.ReloadAsync();
        await chiefPage.WaitForSelectorAsync("[data-testid=recall-deadlines]");
        await Browser.ShotAsync(chiefPage, "94-food-recall-announced");

        var portal = await browser.Instance.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.ServerAddress!.ToString(), Locale = "zh-CN" });
        await portal.GotoAsync($"/gs/food/recalls/{recall.Str("number")}");
        var notice = await portal.InnerTextAsync("main");
        Assert.Contains($"关于召回韭菜（批号 {Lot}）的公告", notice, StringComparison.Ordinal);
        Assert.Contains("二级", notice, StringComparison.Ordinal);
        await Browser.ShotAsync(portal, "95-gs-food-recall");
    }
}
