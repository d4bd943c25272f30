using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
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
        await CommitAndDrawAsync(s, fixedTask);
        var riskTask = await CreateTaskAsync(s, new { planId = s.Plan, name = "按风险", libraryId = s.Library, mode = "risk", ratioU = 0.5m, startOn = "2026-11-02", endOn = "2026-12-20" });
        await CommitAndDrawAsync(s, riskTask, "second");
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

/// <summary>Photos and documents on a result: stored with their SHA-256, downloadable, refused once confirmed.</summary>
public sealed class InspectionAttachmentTests
{
    [Fact]
    public async Task An_attachment_keeps_its_hash_and_a_confirmed_result_takes_no_more_and_the_result_is_due_for_publication()
    {
        await using var app = await ZhijianApp.StartAsync();
        var s = await SetUpAsync(app, companies: 6, officers: 3);
        var task = await CreateTaskAsync(s, new { planId = s.Plan, name = "附件", libraryId = s.Library, mode = "fixed", fixedCount = 1, startOn = "2026-10-08", endOn = "2026-12-20" });
        await CommitAndDrawAsync(s, task);
        var target = (await AssignAsync(s, task))[0];
        var result = await OkAsync(await s.Chief.PostJsonAsync($"/api/v1/inspections/tasks/{task}/results", new { uscc = target.Str("uscc"), category = "Corrected", notes = "营业执照未悬挂，已责令改正", inspectedOn = "2026-10-20" }));
        var id = result.GetProperty("id").GetInt64();
        byte[] photo = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5];

        MultipartFormDataContent File(byte[] bytes, string type, string name)
        {
            var c = new ByteArrayContent(bytes);
            c.Headers.ContentType = new MediaTypeHeaderValue(type);
            return new MultipartFormDataContent { { c, "file", name } };
        }

        var stored = await OkAsync(await s.Chief.Http.PostAsync($"/api/v1/inspections/results/{id}/attachments", File(photo, "image/png", "现场照片.png")));
        var exe = await s.Chief.Http.PostAsync($"/api/v1/inspections/results/{id}/attachments", File([1, 2], "application/x-msdownload", "a.exe"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(photo)), stored.Str("sha256"));
        Assert.Contains("不支持的附件类型", await ProblemAsync(exe, HttpStatusCode.BadRequest));
        Assert.Equal(photo, await s.Chief.Http.GetByteArrayAsync($"/api/v1/inspections/attachments/{stored.GetProperty("id").GetInt64()}"));
        Assert.Equal("2026-11-17", result.Str("publishBy")); // 20 working days after Tue 2026-10-20 (National Day week already past)

        var mobile = await app.ApiClientAsync("370102", "inspections.write");
        foreach (var officer in target.GetProperty("officers").EnumerateArray())
            await OkAsync(await mobile.PostAsync($"/api/v1/inspections/results/{id}/confirm", JsonContent.Create(new { certificateNo = officer.Str("certificateNo") })));
        var late = await s.Chief.Http.PostAsync($"/api/v1/inspections/results/{id}/attachments", File(photo, "image/png", "补拍.png"));
        Assert.Contains("结果已确认", await ProblemAsync(late, HttpStatusCode.Conflict));

        // Confirmed on 2026-11-23, deadline 2026-11-17 passed: on the due list as overdue.
        var due = Assert.Single((await OkAsync(await s.Chief.GetAsync("/api/v1/inspections/due"))).EnumerateArray());
        Assert.True(due.GetProperty("overdue").GetBoolean());
        var view = await OkAsync(await s.Chief.GetAsync($"/api/v1/inspections/tasks/{task}/results"));
        Assert.Equal(1, view[0].GetProperty("attachments").GetArrayLength());
    }
}
