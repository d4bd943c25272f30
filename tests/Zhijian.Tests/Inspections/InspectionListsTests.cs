using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Inspections.InspectionTestKit;

namespace Zhijian.Tests.Inspections;

/// <summary>The item list import (all rows or none, every row's error) and the yearly indicators with empty denominators.</summary>
public sealed class InspectionListsTests
{
    private static MultipartFormDataContent Csv(string text, Encoding encoding)
    {
        var content = new ByteArrayContent(encoding.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { content, "file", "事项清单.csv" } };
    }

    [Fact]
    public async Task The_item_list_imports_from_a_gb18030_file_all_or_nothing_reporting_every_bad_row()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding("GB18030");
        await using var app = await ZhijianApp.StartAsync();
        var chief = await app.LoginAsync("chief");
        const string Header = "事项编码,事项名称,检查内容,检查依据,实施部门,检查对象,检查方式,事项类别,抽查比例,抽查频次,人员专业要求\n";

        var bad = await chief.Http.PostAsync("/api/v1/inspections/items/import", Csv(Header +
            "JN-001,企业公示信息检查,年报；即时信息,《企业信息公示暂行条例》第十四条,,企业,书面检查、现场检查,一般检查事项,不低于3%,每年1次,\n" +
            "JN-002,食品经营检查,,《食品安全法》第三十三条,,食品经营者,飞行检查,重点检查事项,,,食品\n" +
            "JN-001,重复编码,,依据,,企业,现场检查,普通,,,\n", gb));
        var body = await OkAsync(bad, HttpStatusCode.UnprocessableEntity);
        var errors = body.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt64(), e.Str("column"), e.Str("reason"))).ToList();
        Assert.Contains((3L, "检查方式", "检查方式“飞行检查”不在范围内（现场检查、书面检查、网络监测）"), errors);
        Assert.Contains((4L, "事项类别", "应填“一般检查事项”或“重点检查事项”"), errors);
        Assert.Contains((4L, "事项编码", "与第 2 行的事项编码重复"), errors);
        Assert.Empty((await OkAsync(await chief.GetAsync("/api/v1/inspections/items"))).EnumerateArray());

        var good = await OkAsync(await chief.Http.PostAsync("/api/v1/inspections/items/import", Csv(Header +
            "JN-001,企业公示信息检查,年报；即时信息,《企业信息公示暂行条例》第十四条,,企业,书面检查、现场检查,一般检查事项,不低于3%,每年1次,\n" +
            "JN-002,食品经营检查,,《食品安全法》第三十三条,,食品经营者,现场检查,重点检查事项,,,食品\n", gb)));
        Assert.Equal((2, 2, 0), (good.GetProperty("rows").GetInt32(), good.GetProperty("created").GetInt32(), good.GetProperty("updated").GetInt32()));
        var items = (await OkAsync(await chief.GetAsync("/api/v1/inspections/items"))).EnumerateArray().ToList();
        Assert.Equal(["年报", "即时信息"], items[0].GetProperty("subItems").EnumerateArray().Select(x => x.GetString()!).ToArray());
        Assert.Equal(("现场检查、书面检查", "一般检查事项", "市场监督管理局"), (items[0].Str("methodNames"), items[0].Str("kindName"), items[0].Str("department")));
        Assert.Equal(("重点检查事项", "食品"), (items[1].Str("kindName"), items[1].GetProperty("requiredTags")[0].GetString()));

        Assert.Empty((await OkAsync(await app.Anonymous().GetAsync("/api/v1/public/inspections/items"))).EnumerateArray());
        await OkAsync(await chief.PostJsonAsync("/api/v1/inspections/items/publish", new { }));
        Assert.Equal(2, (await OkAsync(await app.Anonymous().GetAsync("/api/v1/public/inspections/items"))).GetArrayLength());
    }

    [Fact]
    public async Task Yearly_indicators_show_no_rate_for_an_empty_denominator_and_count_risk_linked_and_joint_draws()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app, companies: 12, officers: 4);
        var fixedTask = await CreateTaskAsync(s);
        await CommitAndDrawAsync(s.Chief, fixedTask);
        var riskTask = await CreateTaskAsync(s, new { planId = s.Plan, name = "按风险", libraryId = s.Library, mode = "risk", ratioU = 0.5m, startOn = "2026-11-02", endOn = "2026-12-20" });
        await CommitAndDrawAsync(s.Chief, riskTask, "second");
        await CreateTaskAsync(s, name: "未抽取");

        var metrics = await OkAsync(await s.Chief.GetAsync("/api/v1/inspections/metrics?year=2026"));

        var unit = Assert.Single(metrics.EnumerateArray());
        Assert.Equal((12, 0, 2), (unit.GetProperty("entities").GetInt32(), unit.GetProperty("inspected").GetInt32(), unit.GetProperty("tasks").GetInt32()));
        Assert.Equal(0.5m, unit.GetProperty("riskLinked").GetProperty("value").GetDecimal());
        Assert.Equal(0m, unit.GetProperty("joint").GetProperty("value").GetDecimal());
        Assert.Equal(0m, unit.GetProperty("coverage").GetProperty("value").GetDecimal());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unit.GetProperty("published").GetProperty("value").ValueKind); // no results yet: "—", not 100 %
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unit.GetProperty("published").GetProperty("met").ValueKind);
        Assert.Equal((1, 1), (unit.GetProperty("plansPublished").GetInt32(), unit.GetProperty("plans").GetInt32()));
    }
}
