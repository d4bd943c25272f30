using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Drugs.Features.Licences;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Drugs.Licences;

/// <summary>Intent methods for the drug-licence tests.</summary>
internal static class DrugKit
{
    private static int _serial = 7000;

    public static string NewUscc() => Uscc.Build('9', '1', "370102", (77_000_000 + Interlocked.Increment(ref _serial) * 13).ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static object Business(string name, string kind, string? uscc = null, string[]? categories = null) => new
    {
        uscc = uscc ?? NewUscc(),
        name,
        kind,
        divisionCode = "370102",
        address = "济南市历下区泉城路 188 号",
        legalRepresentative = "欧阳明华",
        qualityManager = "李秀英",
        phone = "13905310000",
        categories,
    };

    public static object Licence(long businessId, string kind, string number, string issuedOn, string[]? scope = null, string? validTo = null) => new
    {
        businessId,
        kind,
        number,
        issuedOn,
        validTo,
        scope = scope ?? ["处方药", "甲类非处方药", "乙类非处方药", "含麻黄碱类复方制剂"],
        authority = "济南市市场监督管理局",
    };

    public static Task<T> Db<T>(ZhijianApp app, Func<DrugsDbContext, Task<T>> read) => app.AsSystemAsync(sp => read(sp.GetRequiredService<DrugsDbContext>()));

    public static string Error(JsonElement problem, string field) => problem.GetProperty("errors").GetProperty(field)[0].GetString()!;
}

/// <summary>Businesses, licences and renewals, pharmacists on duty, self-inspection reports and the portal — one walk over HTTP, on both databases.</summary>
public sealed class DrugLicenceFlowTests
{
    [Fact]
    public async Task A_pharmacy_and_device_businesses_are_licensed_renewed_in_their_windows_checked_and_listed_for_the_public()
    {
        await using var app = await ZhijianApp.StartAsync(); // today 2026-11-23 (Monday)
        var registrar = await app.LoginAsync("registrar");
        var chief = await app.LoginAsync("chief");

        // Businesses: a pharmacy, a class III device business, a class II one; a cosmetics business needs valid categories.
        var pharmacy = (await (await registrar.PostJsonAsync("/api/v1/drugs/businesses", DrugKit.Business("济南泉润大药房", "RetailPharmacy"))).ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();
        var device3 = (await (await registrar.PostJsonAsync("/api/v1/drugs/businesses", DrugKit.Business("济南康桥医疗器械有限公司", "DeviceClassIII"))).ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();
        var device2 = (await (await registrar.PostJsonAsync("/api/v1/drugs/businesses", DrugKit.Business("济南安和医疗用品店", "DeviceClassII"))).ExpectAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();
        var badCosmetics = await (await registrar.PostJsonAsync("/api/v1/drugs/businesses", DrugKit.Business("济南丽颜化妆品店", "Cosmetics", categories: ["香水", "普通化妆品"]))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("经营类别“香水”不是化妆品经营类别", DrugKit.Error(badCosmetics, "categories"), StringComparison.Ordinal);
        var cosmetics = await (await registrar.PostJsonAsync("/api/v1/drugs/businesses", DrugKit.Business("济南丽颜化妆品店", "Cosmetics", categories: ["普通化妆品", "儿童化妆品"]))).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("普通化妆品、儿童化妆品", cosmetics.GetProperty("categories").GetString());
        Assert.Equal("欧阳**", cosmetics.GetProperty("legalRepresentative").GetString()); // masked (a four-character name keeps its two-character surname)

        // Bad licences: unknown business, expiry before issue, unknown scope item — each names its field, nothing is written.
        var before = await DrugKit.Db(app, db => db.Licences.CountAsync());
        var unknown = await (await registrar.PostJsonAsync("/api/v1/drugs/licences", DrugKit.Licence(987654, "DrugOperation", "鲁AA5319001", "2022-03-10"))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("未登记为药品、医疗器械经营企业", DrugKit.Error(unknown, "businessId"), StringComparison.Ordinal);
        var backwards = await (await registrar.PostJsonAsync("/api/v1/drugs/licences", DrugKit.Licence(pharmacy, "DrugOperation", "鲁AA5319001", "2022-03-10", validTo: "2022-01-01"))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("有效期至（2022-01-01）应晚于发证日期（2022-03-10）", DrugKit.Error(backwards, "validTo"));
        var tooLong = await (await registrar.PostJsonAsync("/api/v1/drugs/licences", DrugKit.Licence(pharmacy, "DrugOperation", "鲁AA5319001", "2022-03-10", validTo: "2027-06-30"))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("有效期 5 年，最迟至 2027-03-10", DrugKit.Error(tooLong, "validTo"), StringComparison.Ordinal);
        var scope = await (await registrar.PostJsonAsync("/api/v1/drugs/licences", DrugKit.Licence(pharmacy, "DrugOperation", "鲁AA5319001", "2022-03-10", ["处方药", "兽药"]))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("经营范围“兽药”不是药品经营许可证的经营范围项目", DrugKit.Error(scope, "scope"), StringComparison.Ordinal);
        Assert.Equal(before, await DrugKit.Db(app, db => db.Licences.CountAsync()));

        // The pharmacy's licence: valid to 2027-03-10, renewal window 2026-09-10 … 2027-01-10 (6 to 2 months before).
        var drug = await (await registrar.PostJsonAsync("/api/v1/drugs/licences", DrugKit.Licence(pharmacy, "DrugOperation", "鲁AA5319001", "2022-03-10"))).ExpectAsync(HttpStatusCode.Created);
        var drugId = drug.GetProperty("id").GetInt64();
        Assert.Equal(("2027-03-10", "2026-09-10", "2027-01-10"), (drug.GetProperty("validTo").GetString(), drug.GetProperty("renewalFrom").GetString(), drug.GetProperty("renewalTo").GetString()));
        var due = await chief.GetJsonAsync("/api/v1/drugs/licences?view=due&size=200");
        Assert.Contains(due.GetProperty("items").EnumerateArray(), l => l.GetProperty("id").GetInt64() == drugId);
        var early = await (await registrar.PostJsonAsync($"/api/v1/drugs/licences/{drugId}/renewal", new { appliedOn = "2026-09-09" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("药品经营许可证 鲁AA5319001 有效期至 2027-03-10，应在有效期届满前6个月至2个月之间（2026-09-10 至 2027-01-10）申请延续，2026-09-09 尚未到申请期",
            DrugKit.Error(early, "appliedOn"));
        var renewed = await (await registrar.PostJsonAsync($"/api/v1/drugs/licences/{drugId}/renewal", new { })).ExpectAsync();
        Assert.Equal("已于 2026-11-23 申请延续", renewed.GetProperty("renewalState").GetString());
        due = await chief.GetJsonAsync("/api/v1/drugs/licences?view=due&size=200");
        Assert.DoesNotContain(due.GetProperty("items").EnumerateArray(), l => l.GetProperty("id").GetInt64() == drugId);

        // A change of licensed items needs 30 days' notice.
        var soon = await (await registrar.PostJsonAsync($"/api/v1/drugs/licences/{drugId}/scope-change", new { scope = new[] { "处方药", "甲类非处方药", "乙类非处方药", "中药饮片" }, effectiveOn = "2026-12-22" }))
            .ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("变更日期最早为 2026-12-23", DrugKit.Error(soon, "effectiveOn"), StringComparison.Ordinal);
        await (await registrar.PostJsonAsync($"/api/v1/drugs/licences/{drugId}/scope-change", new { scope = new[] { "处方药", "甲类非处方药", "乙类非处方药", "中药饮片" }, effectiveOn = "2026-12-23" })).ExpectAsync();

        // The class III licence valid to 2026-12-31: its window (2026-08-21 … 2026-11-19, 90 to 30 working days) closed four days ago.
        var dev = await (await registrar.PostJsonAsync("/api/v1/drugs/licences", DrugKit.Licence(device3, "DeviceClassIII", "鲁济药监械经营许20210099号", "2021-12-31", ["第三类医疗器械", "体外诊断试剂"])))
            .ExpectAsync(HttpStatusCode.Created);
        var devId = dev.GetProperty("id").GetInt64();
        var late = await (await registrar.PostJsonAsync($"/api/v1/drugs/licences/{devId}/renewal", new { })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("有效期届满前90个工作日至30个工作日之间（2026-08-21 至 2026-11-19）申请延续，2026-11-23 已超过申请期限", DrugKit.Error(late, "appliedOn"), StringComparison.Ordinal);
        var missed = await chief.GetJsonAsync("/api/v1/drugs/licences?view=missed&size=200");
        Assert.Contains(missed.GetProperty("items").EnumerateArray(), l => l.GetProperty("id").GetInt64() == devId && l.GetProperty("renewalState").GetString() == "已错过延续申请期");
        var filing = await (await registrar.PostJsonAsync("/api/v1/drugs/licences", DrugKit.Licence(device2, "DeviceClassIIFiling", "鲁济药监械经营备20240123号", "2024-05-06", ["第二类医疗器械"])))
            .ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, filing.GetProperty("validTo").ValueKind);

        // Pharmacist and on-duty checks: the inspector finds nobody once (a violation: the pharmacy sells 处方药), the pharmacy reports presence once.
        var pharmacist = await (await registrar.PostJsonAsync("/api/v1/drugs/pharmacists",
            new { businessId = pharmacy, name = "张晓红", certificateNo = "CR3701202600123", practiceScope = "药学", registeredOn = "2025-06-01" })).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("张**", pharmacist.GetProperty("name").GetString());
        var absent = await (await registrar.PostJsonAsync("/api/v1/drugs/pharmacist-checks", new { businessId = pharmacy, on = "2026-11-20", onDuty = false, note = "药师外出" })).ExpectAsync(HttpStatusCode.Created);
        Assert.True(absent.GetProperty("violation").GetBoolean());
        var shop = await app.ApiClientAsync("370102", "drugs.sales");
        var present = await (await shop.PostJsonAsync("/api/v1/drugs/pharmacist-checks",
            new { businessId = pharmacy, on = "2026-11-23", onDuty = true, pharmacistId = pharmacist.GetProperty("id").GetInt64() })).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(("企业自报", "张**"), (present.GetProperty("sourceName").GetString(), present.GetProperty("pharmacistName").GetString()));
        var absentList = await chief.GetJsonAsync("/api/v1/drugs/pharmacist-checks?view=absent&from=2026-11-01&size=200");
        Assert.Contains(absentList.GetProperty("items").EnumerateArray(), c => c.GetProperty("businessId").GetInt64() == pharmacy);

        // Self-inspection reports for 2025 (due 2026-03-31): on the day is on time, the day after is late; a pharmacy does not report.
        var adr = await app.ApiClientAsync("370102", "drugs.adr");
        var onTime = await (await adr.PostJsonAsync("/api/v1/drugs/self-reports", new { businessId = device3, year = 2025, submittedOn = "2026-03-31", summary = "逐项自查，未发现问题。" })).ExpectAsync(HttpStatusCode.Created);
        Assert.False(onTime.GetProperty("late").GetBoolean());
        var lateReport = await (await registrar.PostJsonAsync("/api/v1/drugs/self-reports", new { businessId = device2, year = 2025, submittedOn = "2026-04-01", summary = "冷链记录不全，已整改。", problemsFound = true }))
            .ExpectAsync(HttpStatusCode.Created);
        Assert.True(lateReport.GetProperty("late").GetBoolean());
        var wrong = await (await adr.PostJsonAsync("/api/v1/drugs/self-reports", new { businessId = pharmacy, year = 2025, summary = "—" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("不报送医疗器械经营年度自查报告", DrugKit.Error(wrong, "businessId"), StringComparison.Ordinal);
        var year = await chief.GetJsonAsync("/api/v1/drugs/self-reports?year=2025");
        Assert.Equal("2026-03-31", year.GetProperty("dueOn").GetString());
        var outstanding = year.GetProperty("outstanding").EnumerateArray().ToList();
        Assert.Contains(outstanding, o => o.GetProperty("businessId").GetInt64() == device2 && o.GetProperty("submittedOn").GetString() == "2026-04-01");
        Assert.DoesNotContain(outstanding, o => o.GetProperty("businessId").GetInt64() == device3);

        // The business detail (staff) and the portal (public): names masked, never in the clear.
        var detail = await chief.GetJsonAsync($"/api/v1/drugs/businesses/{pharmacy}");
        Assert.True(detail.GetProperty("needsPharmacist").GetBoolean());
        Assert.Equal(2, detail.GetProperty("dutyChecks").GetArrayLength());
        Assert.DoesNotContain("张晓红", detail.GetRawText(), StringComparison.Ordinal);
        var anonymous = app.Anonymous();
        var portal = await anonymous.GetJsonAsync("/api/v1/public/drugs/pharmacies?county=370102&q=泉润");
        var row = Assert.Single(portal.GetProperty("items").EnumerateArray());
        Assert.Equal(("鲁AA5319001", "2027-03-10", "张**", "2026-11-23 在岗"),
            (row.GetProperty("licenceNumber").GetString(), row.GetProperty("validTo").GetString(), row.GetProperty("pharmacists").GetString(), row.GetProperty("lastDuty").GetString()));
        Assert.DoesNotContain("张晓红", portal.GetRawText(), StringComparison.Ordinal);
        var page = await anonymous.GetStringAsync("/gs/drugs/pharmacies?county=370102&q=泉润");
        Assert.Contains("鲁AA5319001", page, StringComparison.Ordinal);
        Assert.DoesNotContain("张晓红", page, StringComparison.Ordinal);

        // Measures of the county this month: 2 required checks, 1 present; the renewal of the device licence fell due on 11-19 without an application.
        var values = await app.AsSystemAsync(sp => sp.GetServices<IMeasureSource>().OfType<LicenceMeasures>().Single().ComputeAsync(new MeasureQuery("370102", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30),
            [LicenceMeasures.Checks, LicenceMeasures.OnDuty, LicenceMeasures.RenewalsDue, LicenceMeasures.RenewalsOnTime]), CancellationToken.None));
        var demo = await DrugKit.Db(app, db => db.PharmacistChecks.Where(c => c.DivisionCode == "370102" && c.Required && c.On >= new DateOnly(2026, 11, 1) && c.BusinessId != pharmacy)
            .Select(c => c.OnDuty).ToListAsync());
        Assert.Equal(2 + demo.Count, values.Where(v => v.Code == LicenceMeasures.Checks).Sum(v => v.Value));
        Assert.Equal(1 + demo.Count(d => d), values.Where(v => v.Code == LicenceMeasures.OnDuty).Sum(v => v.Value));
        Assert.True(values.Where(v => v.Code == LicenceMeasures.RenewalsDue).Sum(v => v.Value) >= 1);

        // Only staff with the licence policy register; a complaint handler may not.
        var viewer = await app.LoginAsync("complaint");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostJsonAsync("/api/v1/drugs/licences", DrugKit.Licence(pharmacy, "DrugOperation", "鲁AA5319002", "2024-01-01"))).StatusCode);
    }
}
