using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Zhijian.Tests.Infrastructure;

namespace Zhijian.Tests.Dashboard;

/// <summary>Plans, imports, manual values and the indicators API through HTTP on the composed app.</summary>
public class DashboardApiTests
{
    private const string Header = "指标编码,类别,指标名称,单位,基期年份,基期值,目标年份,目标值,比较符,指标属性,统计方式,计算公式,预警幅度,来源原文";

    private static async Task<HttpResponseMessage> ImportAsync(StaffClient client, string csv, string code)
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", "plan.csv");
        return await client.Http.PostAsync($"/api/v1/indicators/plans/import?code={code}&name=历下区十五五规划&locality=历下区&startYear=2026&endYear=2030", form);
    }

    [Fact]
    public async Task The_seed_plans_are_loaded()
    {
        await using var app = await ZhijianApp.StartAsync();
        var leader = await app.LoginAsync("leader");
        var plans = (await leader.GetJsonAsync("/api/v1/indicators/plans")).EnumerateArray().ToDictionary(p => p.Str("code"));
        Assert.Equal(20, plans["anhui-14"].GetProperty("indicators").GetInt32());
        Assert.Equal(14, plans["ili-14"].GetProperty("indicators").GetInt32());
        Assert.Equal(31, plans["jinan-14"].GetProperty("indicators").GetInt32());
        Assert.True(plans["zhijian-std"].GetProperty("computed").GetInt32() >= 18);
    }

    [Fact]
    public async Task A_bad_import_reports_every_row_and_writes_nothing()
    {
        await using var app = await ZhijianApp.StartAsync();
        var chief = await app.LoginAsync("chief");
        var csv = string.Join("\n", Header,
            "LX01,营商环境,新设企业网上登记率,%,2025,85,2030,95,≥,约束性,年度累计,entities.new_online / entities.new_with_channel * 100,2,表1",
            "LX02,营商环境,开办时间,光年,2025,2,2030,1,≤,预期性,年度累计,,,表1",
            "LX03,市场秩序,抽查占比,%,2025,20,2030,30,约等于,约束性,年度累计,,,表1",
            "LX04,市场秩序,偷看的指标,%,2025,20,2030,30,≥,约束性,年度累计,cases.secret_table / cases.closed,,表1",
            "LX01,市场安全,重复,%,2025,20,2030,130,≥,约束性,年度累计,,,表1");
        var text = await (await ImportAsync(chief, csv, "lixia-15")).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("第3行：单位“光年”不是可用的计量单位", text, StringComparison.Ordinal);
        Assert.Contains("第4行：比较符“约等于”无法识别", text, StringComparison.Ordinal);
        Assert.Contains("第5行：计算公式引用了模块未公开的数据：cases.secret_table", text, StringComparison.Ordinal);
        Assert.Contains("第6行：目标值数值 130% 超出合理范围", text, StringComparison.Ordinal);
        Assert.Contains("指标编码“LX01”在文件中重复", text, StringComparison.Ordinal);
        var plans = await chief.GetJsonAsync("/api/v1/indicators/plans");
        Assert.DoesNotContain(plans.EnumerateArray(), p => p.Str("code") == "lixia-15");
    }

    [Fact]
    public async Task An_imported_plan_is_attached_and_its_zero_denominators_show_no_value()
    {
        await using var app = await ZhijianApp.StartAsync();
        var chief = await app.LoginAsync("chief");
        var csv = string.Join("\n", Header,
            "LX01,营商环境,新设企业网上登记率,%,2025,85,2030,95,≥,约束性,年度累计,entities.new_online / entities.new_with_channel * 100,2,表1",
            "LX02,市场安全,食品安全抽检量,批次/千人,2025,4.5,2030,5,≥,约束性,年度累计,,0.5,表1（食品科填报）");
        var plan = await (await ImportAsync(chief, csv, "lixia-15")).ExpectAsync();
        Assert.Equal(2, plan.GetProperty("indicators").GetInt32());
        var id = plan.GetProperty("id").GetInt32();
        await (await chief.PostJsonAsync($"/api/v1/indicators/plans/{id}/attachments", new { division = "370102" })).ExpectAsync();

        var values = (await chief.GetJsonAsync("/api/v1/indicators?division=370102&period=2026-11")).EnumerateArray().ToList();
        Assert.Equal(["LX01", "LX02"], values.Select(v => v.Str("code")));
        var online = values[0];
        Assert.Equal(JsonValueKind.Null, online.GetProperty("value").ValueKind); // no new enterprises: "—", never 100 %
        Assert.Equal("no-data", online.Str("status"));
        Assert.Equal("computed", online.Str("source"));
        Assert.Equal("≥", online.Str("comparator"));
        Assert.Equal(95m, online.GetProperty("target").GetDecimal());
        Assert.Equal("manual", values[1].Str("source"));

        // a county chief cannot read the city
        await (await chief.GetAsync("/api/v1/indicators?plan=lixia-15&division=370100&period=2026-11")).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Manual_values_are_checked_entered_once_and_count_after_approval()
    {
        await using var app = await ZhijianApp.StartAsync();
        var chief = await app.LoginAsync("chief");
        var leader = await app.LoginAsync("leader");
        var std = await app.AsSystemAsync(async sp =>
        {
            var plans = sp.GetRequiredService<Zhijian.Dashboard.Features.Plans.PlanService>();
            var p = await plans.FindAsync("zhijian-std", default);
            return (p!.Id, Patents: p.Indicators.Single(i => i.Name == "每万人口高价值发明专利拥有量").Id, Quality: p.Indicators.Single(i => i.Name == "公平竞争环境社会满意率").Id);
        });
        await (await leader.PostJsonAsync($"/api/v1/indicators/plans/{std.Id}/attachments", new { division = "370100" })).ExpectAsync();

        var over = await (await chief.PostJsonAsync("/api/v1/indicators/manual", new { planIndicatorId = std.Quality, division = "370102", period = "2026-10", value = 100.5 }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("超出合理范围：百分比应在 0 到 100 之间", over, StringComparison.Ordinal);

        var entered = await (await chief.PostJsonAsync("/api/v1/indicators/manual", new { planIndicatorId = std.Patents, division = "370102", period = "2026-10", value = 11.5, note = "知识产权科台账" })).ExpectAsync();
        Assert.Equal("待审核", entered.Str("status"));
        var twice = await (await chief.PostJsonAsync("/api/v1/indicators/manual", new { planIndicatorId = std.Patents, division = "370102", period = "2026-10", value = 12.3 }))
            .ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("同一统计期不能重复填报", twice, StringComparison.Ordinal);

        var id = entered.GetProperty("id").GetInt64();
        await (await chief.PostJsonAsync($"/api/v1/indicators/manual/{id}/approve", new { })).ExpectProblemAsync(HttpStatusCode.Forbidden); // own entry
        Patents(await chief.GetJsonAsync("/api/v1/indicators?plan=zhijian-std&division=370102&period=2026-11"), null); // pending does not count
        await (await leader.PostJsonAsync($"/api/v1/indicators/manual/{id}/approve", new { })).ExpectAsync();
        await (await leader.PostJsonAsync("/api/v1/indicators/snapshots", new { plan = "zhijian-std", division = "370102", period = "2026-11" })).ExpectAsync();
        Patents(await chief.GetJsonAsync("/api/v1/indicators?plan=zhijian-std&division=370102&period=2026-11"), 11.5m); // latest approved of the year
        Patents(await chief.GetJsonAsync("/api/v1/indicators?plan=zhijian-std&division=370102&period=2026-09"), null); // before the period entered

        static void Patents(JsonElement values, decimal? expected)
        {
            var patents = values.EnumerateArray().Single(v => v.Str("name") == "每万人口高价值发明专利拥有量");
            Assert.Equal(expected, patents.GetProperty("value").ValueKind == JsonValueKind.Null ? null : patents.GetProperty("value").GetDecimal());
            Assert.Equal(expected is null ? "no-data" : "warning", patents.Str("status")); // ≥ 12, 11.5 misses by 0.5, within the default margin 1.2 (10 %)
        }
    }
}
