using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Entities.Dataset;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Indicators;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Entities;

/// <summary>The registry's measures for the supervision centre, against figures counted by hand on a small registry.</summary>
public sealed class EntityMeasuresTests
{
    private static readonly DateOnly October1 = new(2026, 10, 1), October31 = new(2026, 10, 31);

    private static Dictionary<string, object?> Enterprise(string name, string county, string established,
        string? received = null, string? issued = null, string? channel = null, bool? nameDeclared = null)
    {
        var body = SampleEntities.Company(name, county);
        body["establishedOn"] = established;
        body["applicationReceivedAt"] = received;
        body["licenceIssuedAt"] = issued;
        body["applicationChannel"] = channel;
        body["nameSelfDeclared"] = nameDeclared;
        return body;
    }

    private static async Task<string> RegisterAsync(StaffClient registrar, Dictionary<string, object?> body)
    {
        var response = await registrar.PostJsonAsync("/api/v1/entities", body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (string)body["uscc"]!;
    }

    private static async Task<Dictionary<(string Code, string County), decimal>> ComputeAsync(ZhijianApp app, string root, DateOnly from, DateOnly to, params string[] codes) =>
        await app.AsSystemAsync(async sp =>
        {
            var source = sp.GetServices<IMeasureSource>().Single(s => s.Measures.Any(m => m.Code == "entities.active"));
            var values = await source.ComputeAsync(new MeasureQuery(root, from, to, codes), CancellationToken.None);
            Assert.All(values, v => Assert.Contains(v.Code, codes)); // only the codes asked for
            return values.ToDictionary(v => (v.Code, v.County), v => v.Value);
        });

    private static decimal Get(Dictionary<(string, string), decimal> values, string code, string county) =>
        values.TryGetValue((code, county), out var v) ? v : 0;

    [Fact]
    public async Task Measures_count_by_county_with_working_days_window_boundaries_point_in_time_and_scope()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsAsync(Roles.Registrar, "370100");

        // 历下 370102
        // A: received Wed 09-30, issued Fri 10-09: 10-01..10-07 国庆 holidays, 10-08 Thu and 10-09 Fri working → 2 working days
        //    (Monday–Friday counting would say 7). 登记注册时间: 09-30 → established 10-09 = 2.
        await RegisterAsync(registrar, Enterprise("济南泉城甲商贸有限公司", "370102", "2026-10-09",
            "2026-09-30T09:00:00+08:00", "2026-10-09T16:00:00+08:00", "Online", true));
        // B: established on the last day of the window, licence issued the same day → 0 working days.
        await RegisterAsync(registrar, Enterprise("济南泉城乙商贸有限公司", "370102", "2026-10-31",
            "2026-10-31T09:00:00+08:00", "2026-10-31T15:30:00+08:00", "Counter", false));
        // C: received 09-30, issued and established Sat 10-10, the 国庆 make-up working day: 10-08, 10-09, 10-10 → 3.
        //    Channel and name declaration not recorded.
        await RegisterAsync(registrar, Enterprise("济南泉城丙商贸有限公司", "370102", "2026-10-10",
            "2026-09-30T10:00:00+08:00", "2026-10-10T11:00:00+08:00"));
        // D: established the day after the window: not new in October, not in business on 10-31.
        await RegisterAsync(registrar, Enterprise("济南泉城丁商贸有限公司", "370102", "2026-11-01",
            "2026-10-30T09:00:00+08:00", "2026-11-02T09:00:00+08:00", "Online", true));
        // E: 个体工商户 in October: a market entity in business, not an enterprise.
        var individual = SampleEntities.Company("济南历下张记小吃店", "370102", uscc: SampleEntities.NewUscc("370102", '2'));
        individual["type"] = "IndividualBusiness";
        individual["establishedOn"] = "2026-10-15";
        await RegisterAsync(registrar, individual);
        // F: old enterprise deregistered after To (still in business on 10-31); G: deregistered before To.
        var f = await RegisterAsync(registrar, Enterprise("济南泉城戊商贸有限公司", "370102", "2020-01-01"));
        var g = await RegisterAsync(registrar, Enterprise("济南泉城己商贸有限公司", "370102", "2019-03-01"));
        foreach (var (uscc, on) in new[] { (f, "2026-11-10"), (g, "2026-10-15") })
        {
            var closed = await registrar.PostJsonAsync($"/api/v1/entities/{uscc}/status", new { kind = "deregistration", on, reason = "决议解散" });
            Assert.True(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
        }

        // 历城 370112: received Mon 10-19, issued and established Tue 10-20 → 1 working day.
        await RegisterAsync(registrar, Enterprise("济南历城庚商贸有限公司", "370112", "2026-10-20",
            "2026-10-19T09:00:00+08:00", "2026-10-20T09:00:00+08:00", "Online", true));

        string[] all = ["entities.active", "entities.enterprises_active", "entities.new_enterprises", "entities.startup_count",
            "entities.startup_workdays", "entities.registration_count", "entities.registration_workdays", "entities.new_with_channel",
            "entities.new_online", "entities.name_declared_known", "entities.name_self_declared"];
        var county = await ComputeAsync(app, "370102", October1, October31, all);

        Assert.Equal(5, Get(county, "entities.active", "370102"));             // A, B, C, E, F
        Assert.Equal(4, Get(county, "entities.enterprises_active", "370102")); // A, B, C, F
        Assert.Equal(3, Get(county, "entities.new_enterprises", "370102"));    // A, B, C (D is 11-01, E not an enterprise)
        Assert.Equal(3, Get(county, "entities.startup_count", "370102"));
        Assert.Equal(5, Get(county, "entities.startup_workdays", "370102"));   // 2 + 0 + 3
        Assert.Equal(3, Get(county, "entities.registration_count", "370102"));
        Assert.Equal(5, Get(county, "entities.registration_workdays", "370102")); // 2 (A) + 0 (B) + 3 (C)
        Assert.Equal(2, Get(county, "entities.new_with_channel", "370102"));   // A, B
        Assert.Equal(1, Get(county, "entities.new_online", "370102"));         // A
        Assert.Equal(2, Get(county, "entities.name_declared_known", "370102"));
        Assert.Equal(1, Get(county, "entities.name_self_declared", "370102"));
        Assert.DoesNotContain(county.Keys, k => k.County != "370102");         // 历城 is outside the root

        var city = await ComputeAsync(app, "370100", October1, October31, all);
        Assert.Equal(5, Get(city, "entities.active", "370102"));
        Assert.Equal(1, Get(city, "entities.active", "370112"));
        Assert.Equal(1, Get(city, "entities.startup_count", "370112"));
        Assert.Equal(1, Get(city, "entities.startup_workdays", "370112"));
        Assert.Equal(1, Get(city, "entities.new_online", "370112"));

        // November: D alone; received Fri 10-30, licence Mon 11-02 (weekend between) → 1; approved Sun 11-01 → 0.
        var november = await ComputeAsync(app, "370102", new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30),
            "entities.new_enterprises", "entities.startup_workdays", "entities.startup_count", "entities.registration_count", "entities.registration_workdays");
        Assert.Equal(1, Get(november, "entities.new_enterprises", "370102"));
        Assert.Equal(1, Get(november, "entities.startup_count", "370102"));
        Assert.Equal(1, Get(november, "entities.startup_workdays", "370102"));
        Assert.Equal(1, Get(november, "entities.registration_count", "370102"));
        Assert.Equal(0, Get(november, "entities.registration_workdays", "370102"));

        // Annual reports for 2025 (To in 2026): F and G were established by 2025 and in business on 30 June 2026 → due;
        // F files on 2026-11-23 (today): filed as of 11-30, not yet as of 11-20.
        var filed = await registrar.PostJsonAsync($"/api/v1/entities/{f}/annual-reports", new { year = 2025, employees = 3 });
        Assert.False(filed.IsSuccessStatusCode); // F is deregistered: it cannot file any more
        var h = await RegisterAsync(registrar, Enterprise("济南泉城辛商贸有限公司", "370102", "2025-06-01"));
        var hFiled = await registrar.PostJsonAsync($"/api/v1/entities/{h}/annual-reports", new { year = 2025, employees = 3 });
        Assert.True(hFiled.IsSuccessStatusCode, await hFiled.Content.ReadAsStringAsync());
        var late = await ComputeAsync(app, "370102", October1, new DateOnly(2026, 11, 30), "entities.annual_report_due", "entities.annual_report_filed");
        Assert.Equal(3, Get(late, "entities.annual_report_due", "370102"));   // F, G, H (E is 个体, A–D established in 2026)
        Assert.Equal(1, Get(late, "entities.annual_report_filed", "370102")); // H
        var before = await ComputeAsync(app, "370102", October1, new DateOnly(2026, 11, 20), "entities.annual_report_filed");
        Assert.Equal(0, Get(before, "entities.annual_report_filed", "370102"));
    }

    [Fact]
    public async Task Every_measure_has_a_chinese_definition_and_unknown_codes_are_ignored()
    {
        await using var app = await ZhijianApp.StartAsync();
        var (measures, values) = await app.AsSystemAsync(async sp =>
        {
            var source = sp.GetServices<IMeasureSource>().Single(s => s.Measures.Any(m => m.Code == "entities.active"));
            return (source.Measures, await source.ComputeAsync(new MeasureQuery("370100", October1, October31, ["complaints.closed"]), CancellationToken.None));
        });
        Assert.Empty(values);
        Assert.Equal(14, measures.Count);
        Assert.Equal(measures.Count, measures.Select(m => m.Code).Distinct().Count());
        Assert.All(measures, m => Assert.Matches(@"^entities\.[a-z0-9_]+$", m.Code));
        Assert.All(measures, m => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", m.Definition));
        Assert.Equal(MeasureKind.PointInTime, measures.Single(m => m.Code == "entities.licences_expiring").Kind);
        Assert.Equal("工作日", measures.Single(m => m.Code == "entities.startup_workdays").Unit);
    }

    [Fact]
    public async Task An_import_row_whose_licence_was_issued_before_the_application_was_received_is_refused()
    {
        await using var app = await ZhijianApp.StartAsync();
        var registrar = await app.LoginAsync("registrar");
        var rows = new EntityDatasetGenerator(41, ["370102"], app.Clock.Today()).Entities(200)
            .Where(r => r.Type == Zhijian.Entities.Contracts.EntityType.LimitedCompany && r.Status == Zhijian.Entities.Contracts.EntityStatus.Active)
            .Take(2).ToList();
        var china = TimeSpan.FromHours(8);
        rows[0] = rows[0] with
        {
            EstablishedOn = new DateOnly(2026, 10, 9),
            ApplicationReceivedAt = new DateTimeOffset(2026, 9, 30, 9, 0, 0, china),
            LicenceIssuedAt = new DateTimeOffset(2026, 10, 9, 16, 0, 0, china),
            ApplicationChannel = Zhijian.Entities.Contracts.RegistrationChannel.Online,
            NameSelfDeclared = true,
        };
        rows[1] = rows[1] with
        {
            EstablishedOn = new DateOnly(2026, 10, 9),
            ApplicationReceivedAt = new DateTimeOffset(2026, 10, 8, 9, 0, 0, china),
            LicenceIssuedAt = new DateTimeOffset(2026, 10, 7, 9, 0, 0, china),
        };
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        EntityCsv.Write(w, rows);
        var text = w.ToString();
        var bad = await UploadAsync(registrar, Encoding.UTF8.GetBytes(text));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var errors = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray().ToList();
        var error = Assert.Single(errors);
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal("营业执照发放时间", error.GetProperty("column").GetString());
        Assert.Contains("营业执照发放时间不能早于申请受理时间", error.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Empty(await ComputeAsync(app, "370102", October1, October31, "entities.new_enterprises", "entities.active")); // nothing written

        // A bad 登记渠道 is named too; the good row alone imports and counts.
        var channel = await UploadAsync(registrar, Encoding.UTF8.GetBytes(text.Replace(",网上,是", ",微信,是", StringComparison.Ordinal)));
        Assert.Contains("登记渠道“微信”无效，应为 网上 或 窗口", await channel.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var one = new StringWriter(CultureInfo.InvariantCulture);
        EntityCsv.Write(one, rows.Take(1));
        var good = await UploadAsync(registrar, Encoding.UTF8.GetBytes(one.ToString()));
        Assert.True(good.StatusCode == HttpStatusCode.OK, await good.Content.ReadAsStringAsync());
        var values = await ComputeAsync(app, "370102", October1, October31, "entities.startup_workdays", "entities.new_online", "entities.name_self_declared");

        // A file in the template of before (no registration-time columns) still imports, and keeps what is registered.
        var lines = one.ToString().Split("\r\n");
        var old = string.Join("\r\n", lines.Select(l => string.Join(',', l.Split(',').Take(20))));
        var reimport = await UploadAsync(registrar, Encoding.UTF8.GetBytes(old));
        Assert.True(reimport.StatusCode == HttpStatusCode.OK, await reimport.Content.ReadAsStringAsync());
        Assert.Equal(values, await ComputeAsync(app, "370102", October1, October31, "entities.startup_workdays", "entities.new_online", "entities.name_self_declared"));
        Assert.Equal(2, Get(values, "entities.startup_workdays", "370102")); // 09-30 → 10-09 across 国庆
        Assert.Equal(1, Get(values, "entities.new_online", "370102"));
        Assert.Equal(1, Get(values, "entities.name_self_declared", "370102"));
    }

    private static async Task<HttpResponseMessage> UploadAsync(StaffClient client, byte[] file)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(content, "file", "主体.csv");
        return await client.Http.PostAsync("/api/v1/entities/import", form);
    }
}
