using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Cases.Data;
using Zhijian.Platform.Events;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Storage;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Fees;
using Zhijian.Prices.Features.Demo;
using Zhijian.Prices.Features.Fees;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Prices;

/// <summary>
/// 涉企收费 through HTTP, on both databases (app clock 2026-11-23): the 历下区 section chief's fee register (bad input and a division outside
/// the jurisdiction refused with nothing written, the public 目录清单 without the stopped item); a complaint about a fee ordering 12,000 元
/// refunded to 3 enterprises by 2026-11-20, refunded 5,000 then 7,000 (a refund above the remainder refused); the overdue refund sent to
/// cases as one clue however often the nightly job runs; the coverage and refund measures over the period; the demo data on the pages and the
/// to-do list, and the register imported from a CSV (all rows or none).
/// </summary>
public sealed class FeeFlowTests
{
    private static Task<T> Db<T>(ZhijianApp app, Func<PricesDbContext, Task<T>> read) => app.AsSystemAsync(sp => read(sp.GetRequiredService<PricesDbContext>()));

    private static readonly string[] Codes = [FeeMeasures.Items, FeeMeasures.ItemsChecked, FeeMeasures.RefundOrdered, FeeMeasures.RefundMade];

    /// <summary>The four fee measures of 历下区 over [from, to], through the module's measure source.</summary>
    private static Task<Dictionary<string, decimal>> MeasuresAsync(ZhijianApp app, string from, string to) => app.AsSystemAsync(async sp =>
    {
        var source = sp.GetServices<IMeasureSource>().OfType<FeeMeasures>().Single();
        var values = await source.ComputeAsync(new MeasureQuery("370102", DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), Codes), CancellationToken.None);
        Assert.All(values, v => Assert.Equal("370102", v.County));
        return Codes.ToDictionary(c => c, c => values.Where(v => v.Code == c).Sum(v => v.Value));
    });

    private static async Task<int> CluesAsync(ZhijianApp app, long caseId)
    {
        await app.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        var key = $"fee:{caseId}";
        return await app.AsSystemAsync(sp => sp.GetRequiredService<CasesDbContext>().Clues.IgnoreQueryFilters().CountAsync(c => c.SourceSystem == "prices" && c.SourceId == key));
    }

    /// <summary>Every string value in a JSON document (hrefs and titles of the to-do list).</summary>
    private static List<string> Strings(System.Text.Json.JsonElement e) => e.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => [e.GetString() ?? ""],
        System.Text.Json.JsonValueKind.Array => [.. e.EnumerateArray().SelectMany(Strings)],
        System.Text.Json.JsonValueKind.Object => [.. e.EnumerateObject().SelectMany(p => Strings(p.Value))],
        _ => [],
    };

    private static async Task<HttpResponseMessage> UploadAsync(StaffClient client, string csv)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent([.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(csv)]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", "涉企收费目录清单.csv");
        return await client.Http.PostAsync("/api/v1/prices/fee-items/import", form);
    }

    [Fact]
    public async Task Register_check_order_refund_and_send_the_overdue_refund_to_cases()
    {
        await using var app = await ZhijianApp.StartAsync(outbox: false); // the test dispatches the outbox itself
        var chief = await app.LoginAsync("chief");
        var inspector = await app.LoginAsync("inspector");
        var before = await MeasuresAsync(app, "2026-10-01", "2026-11-30");
        var novemberBefore = await MeasuresAsync(app, "2026-11-01", "2026-11-30");
        var septemberBefore = await MeasuresAsync(app, "2026-09-01", "2026-09-30");
        var items = await Db(app, db => db.FeeItems.IgnoreQueryFilters().CountAsync());

        // Bad input: no legal basis; a division outside 历下区; an inspector may not keep the register — nothing written.
        var item = new Dictionary<string, object?>
        {
            ["name"] = "评比表彰费",
            ["chargerKind"] = "行业协会商会",
            ["chargerName"] = "济南市历下区测试商贸协会",
            ["legalBasis"] = "",
            ["standard"] = "每家每年 2000 元",
            ["divisionCode"] = "370102",
        };
        var noBasis = await (await chief.PostJsonAsync("/api/v1/prices/fee-items", item)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("legalBasis: 收费依据（文件名称及文号）不能为空", noBasis, StringComparison.Ordinal);
        item["legalBasis"] = "《济南市历下区测试商贸协会会费标准》（2024年会员大会通过）";
        item["divisionCode"] = "370103";
        var outside = await (await chief.PostJsonAsync("/api/v1/prices/fee-items", item)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("divisionCode: ", outside, StringComparison.Ordinal);
        Assert.Contains("不在您的管辖范围内", outside, StringComparison.Ordinal);
        item["divisionCode"] = "370102";
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.PostJsonAsync("/api/v1/prices/fee-items", item)).StatusCode);
        Assert.Equal(items, await Db(app, db => db.FeeItems.IgnoreQueryFilters().CountAsync()));

        // Three items; the third stops being charged and leaves the public 目录清单.
        var created = await chief.PostJsonAsync("/api/v1/prices/fee-items", item);
        var a = await created.ExpectAsync(HttpStatusCode.Created);
        var itemId = a.GetProperty("id").GetInt64();
        Assert.Equal($"/api/v1/prices/fee-items/{itemId}", created.Headers.Location?.ToString());
        Assert.Equal("历下区", a.Str("division"));
        await (await chief.PostJsonAsync("/api/v1/prices/fee-items", new
        {
            name = "供水接入工程费（红线内）",
            chargerKind = "公用事业",
            chargerName = "济南历下测试供水有限公司",
            legalBasis = "《山东省发展和改革委员会等部门关于清理规范城镇供水供电供气供暖行业收费促进行业高质量发展的实施意见》（鲁发改价格〔2021〕429号）",
            standard = "按实际工程费用计收",
            divisionCode = "370102",
        })).ExpectAsync(HttpStatusCode.Created);
        var stopped = await (await chief.PostJsonAsync("/api/v1/prices/fee-items", new
        {
            name = "供暖入网费",
            chargerKind = "公用事业",
            chargerName = "济南历下测试热力有限公司",
            legalBasis = "《山东省人民政府办公厅关于取消供热配套费的通知》（鲁政办字〔2016〕121号）",
            standard = "每平方米 30 元",
            divisionCode = "370102",
        })).ExpectAsync(HttpStatusCode.Created);
        var dup = await (await chief.PostJsonAsync("/api/v1/prices/fee-items", item)).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("已在", dup, StringComparison.Ordinal);
        var off = await (await chief.PostJsonAsync($"/api/v1/prices/fee-items/{stopped.GetProperty("id").GetInt64()}/deactivate", new { reason = "已取消" })).ExpectAsync();
        Assert.False(off.GetProperty("active").GetBoolean());
        Assert.Equal("2026-11-23", off.Str("deactivatedOn"));
        var pub = app.Anonymous();
        var list = await (await pub.GetAsync("/api/v1/public/prices/fee-items?county=370102")).ExpectAsync();
        var names = list.GetProperty("items").EnumerateArray().Select(r => r.Str("name")).ToList();
        Assert.Contains("评比表彰费", names);
        Assert.DoesNotContain("供暖入网费", names);
        var page = await pub.GetStringAsync("/gs/prices/fees?county=370102");
        Assert.Contains("济南市历下区测试商贸协会", page, StringComparison.Ordinal);
        Assert.DoesNotContain("济南历下测试热力有限公司", page, StringComparison.Ordinal);
        await (await pub.GetAsync("/api/v1/public/prices/fee-items?county=abc")).ExpectProblemAsync(HttpStatusCode.BadRequest);

        // A complaint about the 评比表彰费: the complaint number is required.
        var open = new Dictionary<string, object?>
        {
            ["source"] = "投诉举报",
            ["feeItemId"] = itemId,
            ["subject"] = "企业投诉协会以评比表彰名义强制收费",
            ["inspectors"] = "张伟、李明",
            ["openedOn"] = "2026-10-09",
        };
        var cases = await Db(app, db => db.FeeCases.IgnoreQueryFilters().CountAsync());
        var noNumber = await (await inspector.PostJsonAsync("/api/v1/prices/fee-cases", open)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("complaintNumber: ", noNumber, StringComparison.Ordinal);
        Assert.Equal(cases, await Db(app, db => db.FeeCases.IgnoreQueryFilters().CountAsync()));
        open["complaintNumber"] = "12315-20261009-0042";
        var opened = await inspector.PostJsonAsync("/api/v1/prices/fee-cases", open);
        var fc = await opened.ExpectAsync(HttpStatusCode.Created);
        var caseId = fc.GetProperty("id").GetInt64();
        Assert.Equal($"/api/v1/prices/fee-cases/{caseId}", opened.Headers.Location?.ToString());
        Assert.StartsWith("SFJC2026", fc.Str("number"), StringComparison.Ordinal);
        Assert.Equal("济南市历下区测试商贸协会", fc.Str("chargerName"));
        Assert.Equal("核查中", fc.Str("state"));
        // A fee outside the register (charger kind and name), checked the same month: not a registered item, not in the coverage.
        await (await inspector.PostJsonAsync("/api/v1/prices/fee-cases", new
        {
            source = "监督检查",
            chargerKind = "中介服务机构",
            chargerName = "济南历下测试代办服务有限公司",
            divisionCode = "370102",
            subject = "清单外收取代办费",
            openedOn = "2026-10-12",
        })).ExpectAsync(HttpStatusCode.Created);

        // Violation: the deadline must follow the conclusion; then 12,000 元 to 3 enterprises by 2026-11-20.
        var conclude = new Dictionary<string, object?>
        {
            ["violation"] = true,
            ["finding"] = "协会以评比表彰名义向 3 家会员企业收取评比费，无收费依据",
            ["violationKind"] = "无依据收费",
            ["refundOrdered"] = 12_000m,
            ["enterprises"] = 3,
            ["refundDue"] = "2026-10-20",
            ["concludedOn"] = "2026-10-20",
        };
        var badDue = await (await inspector.PostJsonAsync($"/api/v1/prices/fee-cases/{caseId}/conclude", conclude)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("refundDue: 清退期限应晚于结论日期", badDue, StringComparison.Ordinal);
        conclude["refundDue"] = "2026-11-20";
        var ordered = await (await inspector.PostJsonAsync($"/api/v1/prices/fee-cases/{caseId}/conclude", conclude)).ExpectAsync();
        Assert.Equal("责令清退中", ordered.Str("status"));
        Assert.Equal("逾期未清退", ordered.Str("state"));
        Assert.Equal(12_000m, ordered.GetProperty("refundOrdered").GetDecimal());

        // 5,000 refunded on 2026-11-10; 8,000 more would exceed the 7,000 left — refused, nothing written.
        var part = await (await inspector.PostJsonAsync($"/api/v1/prices/fee-cases/{caseId}/refunds", new { amount = 5_000m, refundedOn = "2026-11-10" })).ExpectAsync();
        Assert.Equal(5_000m, part.GetProperty("refundMade").GetDecimal());
        Assert.Equal("责令清退中", part.Str("status"));
        var tooMuch = await (await inspector.PostJsonAsync($"/api/v1/prices/fee-cases/{caseId}/refunds", new { amount = 8_000m })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("amount: 清退金额超过尚未清退的 7,000 元", tooMuch, StringComparison.Ordinal);
        Assert.Equal(1, await Db(app, db => db.FeeRefunds.IgnoreQueryFilters().CountAsync(r => r.CaseId == caseId)));
        var overdue = await chief.GetJsonAsync("/api/v1/prices/fee-cases?overdue=true&size=200");
        Assert.Contains(overdue.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt64() == caseId);

        // The nightly job: the refund due 2026-11-20 and not made in full goes to cases as one clue — and only one on a second run.
        await app.AsSystemAsync(sp => new FeeRefundOverdueJob().ExecuteAsync(sp, CancellationToken.None));
        Assert.Equal(1, await CluesAsync(app, caseId));
        var facts = await app.AsSystemAsync(sp => sp.GetRequiredService<CasesDbContext>().Clues.IgnoreQueryFilters()
            .Where(c => c.SourceId == $"fee:{caseId}").Select(c => c.Facts).SingleAsync());
        Assert.Contains("12,000 元", facts, StringComparison.Ordinal);
        Assert.Contains("已清退 5,000 元", facts, StringComparison.Ordinal);
        await app.AsSystemAsync(sp => new FeeRefundOverdueJob().ExecuteAsync(sp, CancellationToken.None));
        Assert.Equal(1, await CluesAsync(app, caseId));
        Assert.Equal(1, await Db(app, db => db.Set<OutboxMessage>().CountAsync(m => m.Type == "prices.case-clue" && m.Payload.Contains(fc.Str("number")))));

        // The remaining 7,000 on 2026-11-23 → 已清退; nothing more can be refunded.
        var done = await (await inspector.PostJsonAsync($"/api/v1/prices/fee-cases/{caseId}/refunds", new { amount = 7_000m, note = "附退费凭证" })).ExpectAsync();
        Assert.Equal("已清退", done.Str("status"));
        Assert.Equal(12_000m, done.GetProperty("refundMade").GetDecimal());
        Assert.True(done.GetProperty("clueSent").GetBoolean());
        Assert.Equal(2, done.GetProperty("refunds").GetArrayLength());
        await (await inspector.PostJsonAsync($"/api/v1/prices/fee-cases/{caseId}/refunds", new { amount = 1m })).ExpectProblemAsync(HttpStatusCode.BadRequest);

        // Measures of 历下区, October–November: two items in the register at the end (the stopped one not), one of them checked
        // (the fee outside the register does not count), 12,000 ordered (concluded in October) and 12,000 refunded (in November).
        var after = await MeasuresAsync(app, "2026-10-01", "2026-11-30");
        Assert.Equal(2m, after[FeeMeasures.Items] - before[FeeMeasures.Items]);
        Assert.Equal(1m, after[FeeMeasures.ItemsChecked] - before[FeeMeasures.ItemsChecked]);
        Assert.Equal(12_000m, after[FeeMeasures.RefundOrdered] - before[FeeMeasures.RefundOrdered]);
        Assert.Equal(12_000m, after[FeeMeasures.RefundMade] - before[FeeMeasures.RefundMade]);
        var november = await MeasuresAsync(app, "2026-11-01", "2026-11-30");
        Assert.Equal(0m, november[FeeMeasures.ItemsChecked] - novemberBefore[FeeMeasures.ItemsChecked]);
        Assert.Equal(0m, november[FeeMeasures.RefundOrdered] - novemberBefore[FeeMeasures.RefundOrdered]);
        Assert.Equal(12_000m, november[FeeMeasures.RefundMade] - novemberBefore[FeeMeasures.RefundMade]);
        // The register as of 2026-09-30 did not hold the items registered on 2026-11-23.
        Assert.Equal(septemberBefore[FeeMeasures.Items], (await MeasuresAsync(app, "2026-09-01", "2026-09-30"))[FeeMeasures.Items]);
    }

    [Fact]
    public async Task Demo_register_and_checks_with_an_overdue_refund_on_the_pages_and_the_todo_list()
    {
        await using var app = await ZhijianApp.StartAsync(outbox: false); // the test dispatches the outbox itself
        // Seeded here (and a no-op once the module's demo seeds it): 20 items, one stopped; 12 checks, one refund overdue.
        await DemoFees.SeedAsync(app.Services, CancellationToken.None);
        await DemoFees.SeedAsync(app.Services, CancellationToken.None);
        Assert.Equal(20, await Db(app, db => db.FeeItems.IgnoreQueryFilters().CountAsync()));
        Assert.Equal(1, await Db(app, db => db.FeeItems.IgnoreQueryFilters().CountAsync(i => !i.Active)));
        Assert.Equal(12, await Db(app, db => db.FeeCases.IgnoreQueryFilters().CountAsync()));
        Assert.Equal(4, await Db(app, db => db.FeeCases.IgnoreQueryFilters().CountAsync(c => c.Status == FeeCaseStatus.NoViolation)));
        Assert.Equal(6, await Db(app, db => db.FeeCases.IgnoreQueryFilters().CountAsync(c => c.Status == FeeCaseStatus.Refunded)));
        Assert.Equal(1, await Db(app, db => db.FeeCases.IgnoreQueryFilters().CountAsync(c => c.Status == FeeCaseStatus.Open)));
        var today = new DateOnly(2026, 11, 23);
        var late = await Db(app, db => db.FeeCases.IgnoreQueryFilters().Where(c => c.Status == FeeCaseStatus.RefundOrdered && c.RefundDue < today).ToListAsync());
        var overdue = Assert.Single(late);
        Assert.True(overdue.RefundMade > 0m && overdue.RefundMade < overdue.RefundOrdered);
        // Every case's refunds add up to what it records as made.
        var sums = await Db(app, db => db.FeeRefunds.IgnoreQueryFilters().GroupBy(r => r.CaseId).Select(g => new { g.Key, Sum = g.Sum(r => r.Amount) }).ToListAsync());
        var made = await Db(app, db => db.FeeCases.IgnoreQueryFilters().Where(c => c.RefundMade > 0m).ToDictionaryAsync(c => c.Id, c => c.RefundMade));
        Assert.Equal(made.OrderBy(m => m.Key), sums.Select(x => new KeyValuePair<long, decimal>(x.Key, x.Sum)).OrderBy(m => m.Key));

        // The city's admin: the overdue refund on the to-do list and highlighted on the cases tab; its detail page.
        var admin = await app.LoginAsync("admin");
        var todos = await admin.GetJsonAsync("/api/v1/todo");
        Assert.Contains("/prices/fees?tab=cases&overdue=true", Strings(todos));
        var list = await admin.PageAsync("/prices/fees?tab=cases&overdue=true");
        Assert.Contains(overdue.Number, list, StringComparison.Ordinal);
        Assert.Contains("逾期未清退", list, StringComparison.Ordinal);
        var detail = await admin.PageAsync($"/prices/fees/cases/{overdue.Id}");
        Assert.Contains(overdue.ChargerName, detail, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"fee-case-refunds\"", detail, StringComparison.Ordinal);

        // The public 目录清单 of 市中区: its own and the city's items in force, not the stopped 供暖入网费.
        var page = await app.Anonymous().GetStringAsync("/gs/prices/fees?county=370103");
        Assert.Contains("城市生活垃圾处理费（非居民）", page, StringComparison.Ordinal);
        Assert.Contains("不动产登记费（小微企业免收）", page, StringComparison.Ordinal);
        Assert.DoesNotContain("供暖入网费", page, StringComparison.Ordinal);
        Assert.DoesNotContain("城市道路挖掘修复费", page, StringComparison.Ordinal);

        // The register imported from a CSV: a row without its legal basis and one outside Jinan refuse the whole file; then the good row.
        const string Header = "收费项目名称,收费主体类别,收费单位,收费依据（文件名称及文号）,收费标准,收费所在行政区划代码\r\n";
        const string Good = "城市道路挖掘修复费,政府部门,济南市长清区城市管理局,《山东省财政厅 山东省物价局关于城市道路挖掘修复费收费标准的通知》（鲁价费发〔2005〕226号）,沥青混凝土路面每平方米 300 元,370113\r\n";
        var refused = await (await UploadAsync(admin, Header + Good + "行业协会会费,行业协会商会,济南市长清区测试协会,,每年 500 元,370113\r\n"
            + "供水接入工程费,公用事业,青岛测试水务有限公司,《测试文件》（测〔2024〕1号）,按实计收,370202\r\n")).ExpectAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(2, refused.GetProperty("errorCount").GetInt32());
        Assert.Contains("收费依据（文件名称及文号）不能为空", refused.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("不在您的管辖范围内", refused.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(20, await Db(app, db => db.FeeItems.IgnoreQueryFilters().CountAsync()));
        var imported = await (await UploadAsync(admin, Header + Good)).ExpectAsync();
        Assert.Equal(1, imported.GetProperty("created").GetInt32());
        Assert.Contains("济南市长清区城市管理局", await app.Anonymous().GetStringAsync("/gs/prices/fees?county=370113"), StringComparison.Ordinal);

        // The nightly job sends the overdue refund to cases, once.
        await app.AsSystemAsync(sp => new FeeRefundOverdueJob().ExecuteAsync(sp, CancellationToken.None));
        await app.AsSystemAsync(sp => new FeeRefundOverdueJob().ExecuteAsync(sp, CancellationToken.None));
        Assert.Equal(1, await CluesAsync(app, overdue.Id));
        Assert.Equal(1, await Db(app, db => db.FeeCases.IgnoreQueryFilters().CountAsync(c => c.ClueSent)));
    }
}
