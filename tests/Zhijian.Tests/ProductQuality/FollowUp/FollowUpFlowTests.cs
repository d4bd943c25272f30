using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.ProductQuality.Domain.FollowUp;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.ProductQuality.FollowUp.FollowUpKit;

namespace Zhijian.Tests.ProductQuality.FollowUp;

/// <summary>
/// 不合格后处理 through HTTP: stop → 责令整改 (60/75 days on the real calendar) → 整改报告 → 复查不合格 → 公告 → 再次复查 refused before
/// day 60 → 再次复查不合格 → 移送 (one case clue); illegal steps are 400 with a Chinese message naming the field; withdrawal.
/// </summary>
[Trait("Database", "any")]
public sealed class FollowUpFlowTests
{
    private static readonly DateTimeOffset July24 = new(2026, 7, 24, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Failure_goes_through_every_step_to_the_revocation_clue_sent_once()
    {
        await using var app = await ZhijianApp.StartAsync(July24);
        await OpenAsync(app, Failure(101, new DateOnly(2026, 7, 24)));
        await OpenAsync(app, Failure(101, new DateOnly(2026, 7, 24))); // idempotent by sample
        Assert.Equal(1, await Count(app, db => db.FollowUps.CountAsync()));
        var id = await IdOfAsync(app, 101);
        var inspector = await app.LoginAsync("inspector");

        var opened = await inspector.GetJsonAsync($"{Url}/{id}");
        Assert.Equal("stopped", opened.Str("stageCode"));
        Assert.False(opened.GetProperty("resumeAllowed").GetBoolean());

        var early = await (await inspector.PostJsonAsync($"{Url}/{id}/recheck", new { reportNo = "FC1", passed = true })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("status: 尚未责令整改", early, StringComparison.Ordinal);
        var noHow = await (await inspector.PostJsonAsync($"{Url}/{id}/confirm-stop", new { })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("how: 确认方式不能为空", noHow, StringComparison.Ordinal);
        await (await inspector.PostJsonAsync($"{Url}/{id}/confirm-stop", new { how = "企业书面确认" })).ExpectAsync();

        var ordered = await (await inspector.PostJsonAsync($"{Url}/{id}/order", new { })).ExpectAsync();
        Assert.Equal("correcting", ordered.Str("stageCode"));
        Assert.Equal("2026-09-22", ordered.Str("correctionDueOn")); // 60 days
        Assert.Equal("2026-10-08", ordered.Str("recheckDueOn"));    // 75 days → 10-7 国庆 → 10-8
        Assert.Equal("2026-09-22", ordered.Str("dueOn"));
        Assert.Equal("剩 60 天", ordered.Str("remaining"));
        Assert.StartsWith("质监责改〔2026〕", ordered.Str("orderNo"), StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromDays(30)); // 08-23
        inspector = await app.LoginAsync("inspector");
        var noContent = await (await inspector.PostJsonAsync($"{Url}/{id}/correction-report", new { reportedOn = "2026-07-01" })).ExpectAsync(HttpStatusCode.BadRequest);
        var errors = noContent.GetProperty("errors");
        Assert.True(errors.TryGetProperty("content", out _) && errors.TryGetProperty("reportedOn", out _), noContent.ToString());
        var corrected = await (await inspector.PostJsonAsync($"{Url}/{id}/correction-report", new { content = "更换控制器，限速重新设定" })).ExpectAsync();
        Assert.Equal("corrected", corrected.Str("stageCode"));
        Assert.Equal("2026-10-08", corrected.Str("dueOn"));

        app.Clock.Advance(TimeSpan.FromDays(38)); // 09-30
        inspector = await app.LoginAsync("inspector");
        var noVerdict = await (await inspector.PostJsonAsync($"{Url}/{id}/recheck", new { reportNo = "FC2026-0101" })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("passed: 请选择复查结论", noVerdict, StringComparison.Ordinal);
        var failed = await (await inspector.PostJsonAsync($"{Url}/{id}/recheck",
            new { reportNo = "FC2026-0101", passed = false, conclusion = "最高车速仍超过 25 km/h" })).ExpectAsync();
        Assert.Equal("recheck-failed", failed.Str("stageCode"));
        Assert.False(failed.GetProperty("resumeAllowed").GetBoolean());

        var notChief = await inspector.PostJsonAsync($"{Url}/{id}/announce", new { announcement = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, notChief.StatusCode);
        var chief = await app.LoginAsync("chief");
        var announced = await (await chief.PostJsonAsync($"{Url}/{id}/announce",
            new { reportedOn = "2026-09-30", announcedOn = "2026-09-30", announcement = "鲁市监质公告〔2026〕18号" })).ExpectAsync();
        Assert.Equal("announced", announced.Str("stageCode"));
        Assert.Equal("2026-11-29", announced.Str("secondFromOn"));
        Assert.Equal("2026-12-29", announced.Str("secondDueOn"));

        app.Clock.Advance(TimeSpan.FromDays(30)); // 10-30: before day 60
        inspector = await app.LoginAsync("inspector");
        var tooEarly = await (await inspector.PostJsonAsync($"{Url}/{id}/second-recheck",
            new { reportNo = "ZFC2026-0101", passed = false, conclusion = "仍不合格" })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("recheckedOn: 公告之日起60日后方可进行再次复查，最早 2026-11-29", tooEarly, StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromDays(31)); // 11-30
        inspector = await app.LoginAsync("inspector");
        var second = await (await inspector.PostJsonAsync($"{Url}/{id}/second-recheck",
            new { reportNo = "ZFC2026-0101", passed = false, conclusion = "最高车速仍不合格" })).ExpectAsync();
        Assert.Equal("second-failed", second.Str("stageCode"));
        chief = await app.LoginAsync("chief");
        var transferred = await (await chief.PostJsonAsync($"{Url}/{id}/transfer", new { })).ExpectAsync();
        Assert.Equal("transferred", transferred.Str("stageCode"));
        Assert.True(transferred.GetProperty("caseClueRaised").GetBoolean());
        var again = await (await chief.PostJsonAsync($"{Url}/{id}/transfer", new { })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("已于 2026-11-30 移送案件线索", again, StringComparison.Ordinal);
        Assert.Equal(1, await CluesAsync(app, "follow-up"));

        var audits = await Count(app, db => db.Set<Zhijian.Platform.Audit.AuditEntry>().CountAsync(a => a.RecordType == "PqFollowUp"));
        Assert.Equal(8, audits); // opened, stopped, ordered, corrected, rechecked, announced, second-rechecked, transferred
        Assert.Equal(8, transferred.GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Recheck_passed_closes_it_and_allows_resumption_and_closed_follow_ups_refuse_more_steps()
    {
        await using var app = await ZhijianApp.StartAsync(July24);
        await OpenAsync(app, Failure(102, new DateOnly(2026, 7, 22)));
        var id = await IdOfAsync(app, 102);
        var inspector = await app.LoginAsync("inspector");
        await (await inspector.PostJsonAsync($"{Url}/{id}/order", new { orderNo = "历下市监质责改〔2026〕7号", orderedOn = "2026-07-23" })).ExpectAsync();
        var closed = await (await inspector.PostJsonAsync($"{Url}/{id}/recheck", new { reportNo = "FC2026-0102", passed = true })).ExpectAsync();
        Assert.Equal("closed", closed.Str("stageCode"));
        Assert.True(closed.GetProperty("resumeAllowed").GetBoolean());
        var late = await (await inspector.PostJsonAsync($"{Url}/{id}/withdraw", new { reason = "x" })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("status: 后处理已结束（整改到位）", late, StringComparison.Ordinal);
        var badDate = await (await inspector.PostJsonAsync($"{Url}/999999/order", new { })).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("不存在", badDate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retest_overturning_the_result_withdraws_it_through_the_seam_and_the_api_needs_a_reason()
    {
        await using var app = await ZhijianApp.StartAsync(July24);
        await OpenAsync(app, Failure(103, new DateOnly(2026, 7, 20)), Failure(104, new DateOnly(2026, 7, 20), productKey: "other"));
        Assert.True(await app.AsSystemAsync(sp => sp.GetRequiredService<IFollowUps>().HasOpenAsync("other", CancellationToken.None)));
        await app.AsSystemAsync(async sp =>
        {
            var seam = sp.GetRequiredService<IFollowUps>();
            await seam.WithdrawAsync(104, new DateOnly(2026, 7, 24), "复检合格，原检验结论不成立", CancellationToken.None);
            await seam.WithdrawAsync(104, new DateOnly(2026, 7, 24), "复检合格，原检验结论不成立", CancellationToken.None);
            await sp.GetRequiredService<Zhijian.ProductQuality.Data.QualityDbContext>().SaveChangesAsync();
        });
        Assert.False(await app.AsSystemAsync(sp => sp.GetRequiredService<IFollowUps>().HasOpenAsync("other", CancellationToken.None)));
        var inspector = await app.LoginAsync("inspector");
        var withdrawn = await inspector.GetJsonAsync($"{Url}/{await IdOfAsync(app, 104)}");
        Assert.Equal("withdrawn", withdrawn.Str("stageCode"));
        Assert.Equal("复检合格，原检验结论不成立", withdrawn.Str("withdrawReason"));
        var order = await (await inspector.PostJsonAsync($"{Url}/{withdrawn.GetProperty("id").GetInt64()}/order", new { })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("不能再责令整改", order, StringComparison.Ordinal);

        var id = await IdOfAsync(app, 103);
        var noReason = await (await inspector.PostJsonAsync($"{Url}/{id}/withdraw", new { })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("reason: 撤销理由不能为空", noReason, StringComparison.Ordinal);
        var ok = await (await inspector.PostJsonAsync($"{Url}/{id}/withdraw", new { reason = "检验机构更正报告：结论合格" })).ExpectAsync();
        Assert.Equal("已撤销（复检推翻）", ok.Str("stage"));
    }

    [Fact]
    public async Task Out_of_area_producer_is_notified_to_its_bureau_which_gets_its_own_follow_up_and_the_seller_part_stays_here()
    {
        await using var app = await ZhijianApp.StartAsync(July24);
        await OpenAsync(app, Failure(105, new DateOnly(2026, 7, 23), producerDivision: "370112"), Failure(106, new DateOnly(2026, 7, 23), producerDivision: "320106"));
        var id = await IdOfAsync(app, 105);
        var inspector = await app.LoginAsync("inspector");
        var row = (await inspector.GetJsonAsync($"{Url}?q=CY2026000105")).GetProperty("items")[0];
        Assert.Equal("外地生产者（待通报）", row.Str("producerNote"));
        var order = await (await inspector.PostJsonAsync($"{Url}/{id}/order", new { })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("生产者在外地", order, StringComparison.Ordinal);

        var noLetter = await (await inspector.PostJsonAsync($"{Url}/{id}/notify-producer-bureau", new { })).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("letterNo: 通报函号不能为空", noLetter, StringComparison.Ordinal);
        var notified = await (await inspector.PostJsonAsync($"{Url}/{id}/notify-producer-bureau", new { letterNo = "历下市监质函〔2026〕3号" })).ExpectAsync();
        Assert.Equal("济南市历城区市场监督管理局", notified.Str("producerBureauName"));
        Assert.Equal("stopped", notified.Str("stageCode")); // the seller has not confirmed yet
        var done = await (await inspector.PostJsonAsync($"{Url}/{id}/confirm-stop", new { how = "现场检查，已下架封存" })).ExpectAsync();
        Assert.Equal("referred", done.Str("stageCode"));
        row = (await inspector.GetJsonAsync($"{Url}?q=CY2026000105")).GetProperty("items")[0];
        Assert.Equal("外地生产者（已通报 济南市历城区市场监督管理局）", row.Str("producerNote"));
        Assert.Equal(1, (await inspector.GetJsonAsync($"{Url}?q=CY2026000105")).GetProperty("total").GetInt32()); // 历城's part is not 历下's

        var referred = await Count(app, db => db.FollowUps.IgnoreQueryFilters().SingleAsync(f => f.SampleId == 105 && f.Part == 1));
        Assert.Equal("370112", referred.DivisionCode);
        Assert.Equal(FollowUpStage.Stopped, referred.Stage);
        Assert.False(referred.OutOfArea);
        var admin = await app.LoginAsync("admin"); // the city bureau sees both
        Assert.Equal(2, (await admin.GetJsonAsync($"{Url}?q=CY2026000105")).GetProperty("total").GetInt32());
        var todo = await admin.GetJsonAsync("/api/v1/todo");
        Assert.Contains("外地通报", todo.GetRawText(), StringComparison.Ordinal);

        var nanjing = await IdOfAsync(app, 106);
        var noBureau = await (await inspector.PostJsonAsync($"{Url}/{nanjing}/notify-producer-bureau", new { letterNo = "历下市监质函〔2026〕4号" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("bureauName: 生产者所在地市场监管局不在本平台，请填写其名称", noBureau, StringComparison.Ordinal);
        var named = await (await inspector.PostJsonAsync($"{Url}/{nanjing}/notify-producer-bureau",
            new { bureauName = "南京市鼓楼区市场监督管理局", letterNo = "历下市监质函〔2026〕4号" })).ExpectAsync();
        Assert.Equal("外地生产者（已通报 南京市鼓楼区市场监督管理局）", named.Str("producerNote"));
        Assert.Equal(3, await Count(app, db => db.FollowUps.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task Lists_show_overdue_and_due_soon_steps_with_counts_per_stage_and_ignore_a_malformed_division()
    {
        await using var app = await ZhijianApp.StartAsync(July24);
        await OpenAsync(app, Failure(107, new DateOnly(2026, 5, 20)), Failure(108, new DateOnly(2026, 5, 30)), Failure(109, new DateOnly(2026, 7, 21)));
        var inspector = await app.LoginAsync("inspector");
        await (await inspector.PostJsonAsync($"{Url}/{await IdOfAsync(app, 107)}/order", new { orderedOn = "2026-05-21" })).ExpectAsync(); // due 7-20: overdue
        await (await inspector.PostJsonAsync($"{Url}/{await IdOfAsync(app, 108)}/order", new { orderedOn = "2026-06-01" })).ExpectAsync(); // due 7-31: 7 days
        var overdue = await inspector.GetJsonAsync($"{Url}?overdue=true");
        Assert.Equal(1, overdue.GetProperty("total").GetInt32());
        Assert.Equal("逾期 4 天", overdue.GetProperty("items")[0].Str("remaining"));
        var soon = await inspector.GetJsonAsync($"{Url}?dueWithin=10");
        Assert.Equal("剩 7 天", soon.GetProperty("items").EnumerateArray().Single().Str("remaining"));
        var all = await inspector.GetJsonAsync($"{Url}?division=37x&page=-5");
        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal(2, all.GetProperty("stages").GetProperty("correcting").GetInt32());
        Assert.Equal(1, all.GetProperty("stages").GetProperty("stopped").GetInt32());
        var todo = await inspector.GetJsonAsync("/api/v1/todo");
        Assert.Contains("不合格后处理：整改期限", todo.GetRawText(), StringComparison.Ordinal);
        var page = await inspector.PageAsync("/pq/follow-ups?view=overdue");
        Assert.Contains("逾期 4 天", page, StringComparison.Ordinal);
        var detail = await inspector.PageAsync($"/pq/follow-ups/{await IdOfAsync(app, 107)}");
        Assert.Contains("复查合格前，不得恢复生产、销售同一产品", detail, StringComparison.Ordinal);
    }
}
