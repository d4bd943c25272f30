using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Drugs.Features.Demo;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Events;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Drugs.Registers;

/// <summary>
/// The registers through HTTP: 含麻 sales from a pharmacy's client (a batch missing 数量 refused whole, a sale over the limit accepted and
/// flagged), one buyer in 3 pharmacies within 7 days warned at intake, buyers masked for the inspector and in clear only for the
/// chief (audited), 移交公安 with the over-limit sale sent as a case clue; adverse reports (missing 产品 refused, deadlines and late,
/// idempotent by number, a signal on the third hospital); the demo seeds one warning, one over-limit sale and one signal.
/// </summary>
public sealed class RegistersFlowTests
{
    private const string Sales = "/api/v1/drugs/ephedrine/sales";
    private const string Adr = "/api/v1/drugs/adverse-reports";

    private static string Id(string first17) => first17 + ResidentId.ComputeCheckChar(first17);

    [Fact]
    public async Task Sales_warnings_masking_handling_and_adverse_reports_with_signals()
    {
        await using var app = await ZhijianApp.StartAsync(); // 2026-11-23
        await DemoLicences.SeedAsync(app.Services, CancellationToken.None);
        var keys = await Db(app, db => db.Businesses.IgnoreQueryFilters().Where(b => b.Kind == DrugBusinessKind.RetailPharmacy || b.Kind == DrugBusinessKind.ChainStore)
            .OrderBy(b => b.Id).Select(b => b.Uscc).Take(3).ToListAsync());
        Assert.Equal(3, keys.Distinct().Count());
        var client = await app.ApiClientAsync("370100", "drugs.sales");
        var buyer = Id("37010219800101123");

        object Row(string pharmacy, string no, string at, int? qty, string id = "") => new
        {
            pharmacy,
            saleNo = no,
            soldAt = at,
            productName = "复方盐酸伪麻黄碱缓释胶囊",
            approvalNo = "国药准字H10980178",
            quantity = qty,
            buyerIdNumber = id.Length > 0 ? id : buyer,
            buyerName = "张三丰",
        };

        // from empty registers (the app's demo filled them): the counts below are this test's own
        await Db(app, async db =>
        {
            var n = await db.AdverseReports.IgnoreQueryFilters().ExecuteDeleteAsync() + await db.AdverseSignals.IgnoreQueryFilters().ExecuteDeleteAsync()
                + await db.EphedrineSales.IgnoreQueryFilters().ExecuteDeleteAsync() + await db.EphedrineWarnings.IgnoreQueryFilters().ExecuteDeleteAsync()
                + await db.RxSaleChecks.IgnoreQueryFilters().ExecuteDeleteAsync();
            return n;
        });
        var demoSales = 0;
        // a batch with a row missing 数量: nothing written, the row's error named
        var bad = await client.PostAsJsonAsync(Sales, new { rows = new[] { Row(keys[0], "S1", "2026-11-16T10:00:00+08:00", 1), Row(keys[1], "S2", "2026-11-16T11:00:00+08:00", null) } });
        var problem = await bad.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("rows[1].quantity: 数量（最小包装数）不能为空", problem, StringComparison.Ordinal);
        Assert.Equal(demoSales, await Db(app, db => db.EphedrineSales.IgnoreQueryFilters().CountAsync()));

        // day 1 (11-16) and day 7 (11-22): 3 pharmacies → a warning at intake; 3 packs over the limit of 2 → flagged
        var first = await (await client.PostAsJsonAsync(Sales, new { rows = new[] { Row(keys[0], "S1", "2026-11-16T10:00:00+08:00", 1), Row(keys[1], "S2", "2026-11-19T11:00:00+08:00", 3) } })).ExpectAsync();
        Assert.Equal(1, first.GetProperty("overLimit").GetInt32());
        Assert.Equal(0, first.GetProperty("warnings").GetInt32());
        var third = await (await client.PostAsJsonAsync(Sales, new { rows = new[] { Row(keys[2], "S3", "2026-11-22T09:00:00+08:00", 1), Row(keys[0], "S1", "2026-11-16T10:00:00+08:00", 1) } })).ExpectAsync();
        Assert.Equal(1, third.GetProperty("accepted").GetInt32());
        Assert.Equal(1, third.GetProperty("duplicates").GetInt32());
        Assert.Equal(1, third.GetProperty("warnings").GetInt32());
        // another buyer: day 1 and day 8 in 3 pharmacies → nothing
        var other = Id("37010319900202234");
        var quiet = await (await client.PostAsJsonAsync(Sales, new { rows = new[] { Row(keys[0], "T1", "2026-11-15T10:00:00+08:00", 1, other), Row(keys[1], "T2", "2026-11-18T10:00:00+08:00", 1, other), Row(keys[2], "T3", "2026-11-22T10:00:00+08:00", 1, other) } })).ExpectAsync();
        Assert.Equal(0, quiet.GetProperty("warnings").GetInt32());

        var inspector = await app.LoginAsAsync(Zhijian.Platform.Identity.Roles.Inspector, "370100"); // the city's: the pharmacies are in several counties
        var warnings = await inspector.GetJsonAsync("/api/v1/drugs/ephedrine/warnings?status=open");
        Assert.Equal(1, warnings.GetProperty("total").GetInt32());
        var w = warnings.GetProperty("rows")[0];
        Assert.Equal(ResidentId.Mask(buyer), w.Str("buyerId"));
        Assert.Equal(3, w.GetProperty("pharmacies").GetInt32());
        var id = w.GetProperty("id").GetInt64();
        var detail = await inspector.GetJsonAsync($"/api/v1/drugs/ephedrine/warnings/{id}");
        Assert.Equal(3, detail.GetProperty("purchases").GetArrayLength());
        var salesList = await inspector.GetAsync("/api/v1/drugs/ephedrine/sales");
        var text = await salesList.Content.ReadAsStringAsync();
        Assert.DoesNotContain(buyer, text, StringComparison.Ordinal);
        Assert.DoesNotContain("张三丰", text, StringComparison.Ordinal);
        Assert.Contains("张**", text, StringComparison.Ordinal);
        var page = await inspector.PageAsync($"/drugs/ephedrine/warnings/{id}");
        Assert.DoesNotContain(buyer, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync($"/api/v1/drugs/ephedrine/warnings/{id}/buyer")).StatusCode);
        var chief = await app.LoginAsAsync(Zhijian.Platform.Identity.Roles.SectionChief, "370100");
        var clear = await chief.GetJsonAsync($"/api/v1/drugs/ephedrine/warnings/{id}/buyer");
        Assert.Equal(buyer, clear.Str("idNumber"));

        var noPolice = await (await inspector.PostJsonAsync($"/api/v1/drugs/ephedrine/warnings/{id}/handle", new { result = "police", note = "短期多店购买" })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("policeNote", noPolice, StringComparison.Ordinal);
        var handled = await (await inspector.PostJsonAsync($"/api/v1/drugs/ephedrine/warnings/{id}/handle",
            new { result = "police", note = "短期多店购买", policeNote = "移交济南市公安局历下分局，济历市监移〔2026〕3号" })).ExpectAsync();
        Assert.Equal("police", handled.GetProperty("warning").Str("statusCode"));
        Assert.Equal(1, await Clues(app));

        // adverse reports
        var hospital = await app.ApiClientAsync("370100", "drugs.adr");
        object Report(string no, string reporter, string eventOn, string seriousness, object? product) => new
        {
            reportNo = no,
            kind = "drug",
            reporterName = reporter + "医院",
            reporterCode = reporter,
            divisionCode = "370102",
            product,
            patient = new { age = 45, sex = "女" },
            eventOn,
            seriousness,
            description = "用药后出现皮疹",
        };
        var product = new { name = "注射用炎琥宁", number = "国药准字H20059001", batch = "20250815", manufacturer = "某某药业有限公司" };
        var missing = await (await hospital.PostAsJsonAsync(Adr, Report("R0", "H1", "2026-11-20", "general", null))).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("product: 产品不能为空", missing, StringComparison.Ordinal);
        Assert.Equal(0, await Db(app, db => db.AdverseReports.IgnoreQueryFilters().CountAsync()));
        var late = await (await hospital.PostAsJsonAsync(Adr, Report("R1", "H1", "2026-11-01", "serious", product))).ExpectAsync(); // due 11-16
        Assert.Equal("2026-11-16", late.Str("dueOn"));
        Assert.True(late.GetProperty("late").GetBoolean());
        var again = await (await hospital.PostAsJsonAsync(Adr, Report("R1", "H1", "2026-11-01", "serious", product))).ExpectAsync();
        Assert.Equal(late.GetProperty("id").GetInt64(), again.GetProperty("id").GetInt64());
        await (await hospital.PostAsJsonAsync(Adr, Report("R2", "H2", "2026-11-20", "general", product))).ExpectAsync();
        Assert.Equal(0, (await inspector.GetJsonAsync("/api/v1/drugs/adverse-signals")).GetProperty("total").GetInt32());
        var signalled = await (await hospital.PostAsJsonAsync(Adr, Report("R3", "H3", "2026-11-22", "general", product))).ExpectAsync();
        Assert.False(signalled.GetProperty("late").GetBoolean());
        var signals = await inspector.GetJsonAsync("/api/v1/drugs/adverse-signals");
        Assert.Equal(1, signals.GetProperty("total").GetInt32());
        var sid = signals.GetProperty("rows")[0].GetProperty("id").GetInt64();
        Assert.Equal(3, (await inspector.GetJsonAsync($"/api/v1/drugs/adverse-signals/{sid}")).GetProperty("reports").GetArrayLength());
        var lateList = await inspector.GetJsonAsync($"{Adr}?late=true");
        Assert.Equal(1, lateList.GetProperty("total").GetInt32());

        // the demo over the licences' pharmacies: one warning (4 pharmacies in 5 days), one over-limit sale, one signal
        await DemoRegisters.SeedAsync(app.Services, CancellationToken.None); // sales exist: nothing
        Assert.Equal(6, await Db(app, db => db.EphedrineSales.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task Demo_seeds_a_year_of_sales_with_one_suspicious_buyer_and_reports_with_one_signal()
    {
        await using var app = await ZhijianApp.StartAsync();
        await DemoLicences.SeedAsync(app.Services, CancellationToken.None);
        await DemoRegisters.SeedAsync(app.Services, CancellationToken.None);
        var warnings = await Db(app, db => db.EphedrineWarnings.IgnoreQueryFilters().ToListAsync());
        var w = Assert.Single(warnings);
        Assert.Equal(4, w.Pharmacies);
        Assert.Equal(4, w.Purchases);
        Assert.Equal(4, w.ToOn.DayNumber - w.FromOn.DayNumber);
        Assert.Equal(1, await Db(app, db => db.EphedrineSales.IgnoreQueryFilters().CountAsync(s => s.OverLimit)));
        Assert.True(await Db(app, db => db.EphedrineSales.IgnoreQueryFilters().CountAsync()) > 100);
        Assert.Equal(203, await Db(app, db => db.AdverseReports.IgnoreQueryFilters().CountAsync()));
        Assert.Equal(1, await Db(app, db => db.AdverseSignals.IgnoreQueryFilters().CountAsync()));
        Assert.True(await Db(app, db => db.AdverseReports.IgnoreQueryFilters().CountAsync(r => r.Late)) > 0);
        var sales = await Db(app, db => db.EphedrineSales.IgnoreQueryFilters().CountAsync());
        await DemoRegisters.SeedAsync(app.Services, CancellationToken.None);
        Assert.Equal(sales, await Db(app, db => db.EphedrineSales.IgnoreQueryFilters().CountAsync()));
    }

    /// <summary>
    /// The nightly full pass over sales stored without the intake's check: its candidates come from 14-day buckets (two bucketings 7
    /// days apart), so 7-day windows across either bucketing's boundary must still be found; 3 pharmacies over 8 days and 5 packs are
    /// not; 6 packs at once is; a second pass raises nothing.
    /// </summary>
    [Fact]
    public async Task Full_pass_finds_windows_across_either_bucket_boundary_and_nothing_more()
    {
        await using var app = await ZhijianApp.StartAsync(); // 2026-11-23
        await DemoLicences.SeedAsync(app.Services, CancellationToken.None);
        var shops = await Db(app, db => db.Businesses.IgnoreQueryFilters().Where(b => b.Kind == DrugBusinessKind.RetailPharmacy || b.Kind == DrugBusinessKind.ChainStore)
            .OrderBy(b => b.Id).Take(3).ToListAsync());
        // Day numbers on a 14-day boundary of the first bucketing (DayNumber % 14 == 0) and of the second ((DayNumber + 7) % 14 == 0).
        var anchor = new DateOnly(2026, 9, 1).DayNumber;
        var a = DateOnly.FromDayNumber(anchor + (14 - anchor % 14));
        var b = DateOnly.FromDayNumber(a.DayNumber + 7 + 28);
        Assert.Equal(0, a.DayNumber % 14);
        Assert.Equal(0, (b.DayNumber + 7) % 14);
        var sales = new List<(string Buyer, int Shop, DateOnly On, int Packs)>
        {
            ("A", 0, a.AddDays(-3), 1), ("A", 1, a, 1), ("A", 2, a.AddDays(3), 1),                  // 7 days across the first bucketing's boundary → warned
            ("B", 0, b.AddDays(-6), 1), ("B", 1, b.AddDays(-1), 1), ("B", 2, b, 1),                 // 7 days across the second's → warned
            ("C", 0, a.AddDays(20), 1), ("C", 1, a.AddDays(24), 1), ("C", 2, a.AddDays(27), 1),     // 8 days → not
            ("D", 0, a.AddDays(40), 6),                                                            // 6 packs at once → warned
            ("E", 0, a.AddDays(50), 2), ("E", 0, a.AddDays(52), 2), ("E", 1, a.AddDays(55), 1),    // 5 packs, 2 pharmacies → not
        };
        await Db(app, async db =>
        {
            await db.EphedrineSales.IgnoreQueryFilters().ExecuteDeleteAsync();
            await db.EphedrineWarnings.IgnoreQueryFilters().ExecuteDeleteAsync();
            var n = 0;
            foreach (var (buyer, shop, on, packs) in sales)
            {
                var p = shops[shop];
                db.EphedrineSales.Add(new Zhijian.Drugs.Domain.Registers.EphedrineSale
                {
                    BusinessId = p.Id,
                    BusinessName = p.Name,
                    Uscc = p.Uscc,
                    DivisionCode = p.DivisionCode,
                    SaleNo = $"FP{++n}",
                    SoldAt = new DateTimeOffset(on.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)),
                    SoldOn = on,
                    ProductName = "复方盐酸伪麻黄碱缓释胶囊",
                    ApprovalNo = "国药准字H10980178",
                    Packs = packs,
                    Limit = 2,
                    OverLimit = packs > 2,
                    BuyerHash = buyer.PadLeft(32, '0'),
                    BuyerIdProtected = "-",
                    BuyerIdMasked = $"370102********000{buyer}",
                    CreatedAt = DateTimeOffset.UtcNow,
                });
            }

            return await db.SaveChangesAsync();
        });

        var pass = await app.AsSystemAsync(sp => sp.GetRequiredService<Zhijian.Drugs.Features.Registers.EphedrineBook>().FullPassAsync(CancellationToken.None));
        Assert.Equal(3, pass.NewWarnings);
        var warned = await Db(app, db => db.EphedrineWarnings.IgnoreQueryFilters().OrderBy(w => w.BuyerHash).Select(w => new { w.BuyerHash, w.Pharmacies, w.Packs, w.FromOn, w.ToOn }).ToListAsync());
        Assert.Equal(["A", "B", "D"], warned.Select(w => w.BuyerHash.TrimStart('0')));
        Assert.Equal((a.AddDays(-3), a.AddDays(3), 3), (warned[0].FromOn, warned[0].ToOn, warned[0].Pharmacies));
        Assert.Equal((b.AddDays(-6), b, 3), (warned[1].FromOn, warned[1].ToOn, warned[1].Pharmacies));
        Assert.Equal(6, warned[2].Packs);
        Assert.Equal(7, await Db(app, db => db.EphedrineSales.IgnoreQueryFilters().CountAsync(s => s.WarningId != null)));
        var again = await app.AsSystemAsync(sp => sp.GetRequiredService<Zhijian.Drugs.Features.Registers.EphedrineBook>().FullPassAsync(CancellationToken.None));
        Assert.Equal(0, again.NewWarnings);
    }

    private static Task<T> Db<T>(ZhijianApp app, Func<DrugsDbContext, Task<T>> f) => app.AsSystemAsync(sp => f(sp.GetRequiredService<DrugsDbContext>()));

    private static Task<int> Clues(ZhijianApp app) => Db(app, async db =>
        (await db.Set<OutboxMessage>().Where(m => m.Type == "drugs.case-clue").Select(m => m.Payload).ToListAsync()).Count(p => p.Contains("\"ephedrine\"", StringComparison.Ordinal)));
}
