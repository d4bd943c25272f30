using System.Net;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Credit.CreditTestKit;

namespace Zhijian.Tests.Credit;

/// <summary>信用修复 through HTTP: application, refusals, the workflow and its outcome.</summary>
public sealed class RepairTests
{
    private static async Task<long> PenaltyAsync(ZhijianApp app, string uscc, CreditField field, DateOnly decided, bool severe = false, string no = "济历市监罚〔2026〕1号") =>
        await app.AsSystemAsync(async sp =>
        {
            var db = sp.GetRequiredService<CreditDbContext>();
            var record = new CreditRecord
            {
                Uscc = uscc,
                EntityName = "测试主体",
                DivisionCode = "370102",
                Kind = CreditRecordKind.Penalty,
                Field = field,
                SourceSystem = "zhijian.cases",
                SourceId = no,
                Authority = "济南市历下区市场监督管理局",
                DocumentNo = no,
                Title = "行政处罚决定",
                Content = "罚款",
                DecidedOn = decided,
                Amount = 20000m,
                PenaltyKinds = "罚款",
                Severe = severe,
                IsPublic = true,
                PublicUntil = decided.AddYears(3),
                ReceivedAt = app.Clock.GetUtcNow(),
            };
            db.Records.Add(record);
            await db.SaveChangesAsync();
            return record.Id;
        });

    [Fact]
    public async Task A_listing_is_removed_after_acceptance_approval_and_completion_on_the_statutory_deadlines()
    {
        await using var app = await ZhijianApp.StartAsync(services: NoJobs); // Monday 2026-11-23
        var registrar = await app.LoginAsync("registrar");
        var uscc = await RegisterAsync(registrar, "济南泉城修复商贸有限公司");
        var listing = await (await registrar.PostJsonAsync("/api/v1/credit/listings", new { uscc, ground = "Unreachable", facts = "住所无法联系" })).ReadJsonAsync();
        var listingId = listing.GetProperty("id").GetInt64();
        var entity = await app.ApiClientAsync("370102", "credit.write");

        var none = await entity.PostJsonAsync("/api/v1/credit/repairs", new { listingId = 999999, applicant = "张经理", reasons = "已变更住所" });
        var both = await entity.PostJsonAsync("/api/v1/credit/repairs", new { listingId, recordId = 1, applicant = "张经理", reasons = "已变更住所" });
        var wrongEntity = await entity.PostJsonAsync("/api/v1/credit/repairs", new { uscc = "91370102MA00000000", listingId, applicant = "张经理", reasons = "已变更住所" });
        Assert.Contains("未被列入", await ProblemAsync(none, HttpStatusCode.BadRequest));
        Assert.Contains("二者只能选其一", await ProblemAsync(both, HttpStatusCode.BadRequest));
        Assert.Contains("不一致", await ProblemAsync(wrongEntity, HttpStatusCode.BadRequest));

        var submitted = await entity.PostJsonAsync("/api/v1/credit/repairs", new { uscc, listingId, applicant = "张经理", reasons = "已变更住所至历下区经十路 1 号，可以联系" });
        var duplicate = await entity.PostJsonAsync("/api/v1/credit/repairs", new { uscc, listingId, applicant = "张经理", reasons = "再次申请" });
        var repair = await submitted.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal(("Submitted", "2026-11-25", false), (repair.Str("status"), repair.Str("acceptDue"), repair.GetProperty("byStaff").GetBoolean()));
        Assert.Contains("请勿重复提交", await ProblemAsync(duplicate, HttpStatusCode.Conflict));
        var id = repair.GetProperty("id").GetInt64();

        var byClient = await entity.PostJsonAsync($"/api/v1/credit/repairs/{id}/accept", new { });
        var approveFirst = await registrar.PostJsonAsync($"/api/v1/credit/repairs/{id}/approve", new { });
        Assert.Equal(HttpStatusCode.Forbidden, byClient.StatusCode);
        Assert.Contains("只能在“已受理，核实中”时办理", await ProblemAsync(approveFirst, HttpStatusCode.Conflict));

        app.Clock.SetUtcNow(At(2026, 11, 25));
        registrar = await app.LoginAsync("registrar");
        var accepted = await (await registrar.PostJsonAsync($"/api/v1/credit/repairs/{id}/accept", new { })).ReadJsonAsync();
        var approved = await (await registrar.PostJsonAsync($"/api/v1/credit/repairs/{id}/approve", new { opinion = "经实地核查，新住所可以联系" })).ReadJsonAsync();
        Assert.Equal(("Accepted", "2026-12-16"), (accepted.Str("status"), accepted.Str("decideDue")));
        Assert.Equal(("Approved", "2026-11-30", false), (approved.Str("status"), approved.Str("actDue"), approved.GetProperty("overdue").GetBoolean()));

        app.Clock.SetUtcNow(At(2026, 12, 1));
        registrar = await app.LoginAsync("registrar");
        var queue = await registrar.GetJsonAsync("/api/v1/credit/repairs?status=Approved");
        Assert.True(queue.GetProperty("items")[0].GetProperty("overdue").GetBoolean()); // action was due 30 November
        var done = await (await registrar.PostJsonAsync($"/api/v1/credit/repairs/{id}/complete", new { })).ReadJsonAsync();
        Assert.True(done.TryGetProperty("doneOn", out _), done.ToString());
        Assert.Equal(("Done", "2026-12-01"), (done.Str("status"), done.Str("doneOn")));
        var removed = Assert.Single(await ListingsOfAsync(registrar, uscc));
        Assert.Equal(("Removed", "2026-12-01"), (removed.Str("status"), removed.Str("removedOn")));
        Assert.Contains("异移", removed.Str("removalDecisionNo"));
        Assert.Equal(["abnormal.listed", "abnormal.removed"], await FeedKindsAsync(registrar, uscc));
        var again = await registrar.PostJsonAsync("/api/v1/credit/repairs", new { listingId, applicant = "张经理", reasons = "再次申请" });
        Assert.Contains("未处于列入状态", await ProblemAsync(again, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Penalty_disclosure_ends_early_only_after_the_minimum_and_never_for_severe_penalties()
    {
        await using var app = await ZhijianApp.StartAsync(services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var uscc = await RegisterAsync(registrar, "济南泉城处罚修复有限公司");
        var general = await PenaltyAsync(app, uscc, CreditField.General, new DateOnly(2026, 3, 1), no: "济历市监罚〔2026〕11号");
        var food = await PenaltyAsync(app, uscc, CreditField.Food, new DateOnly(2026, 3, 1), no: "济历市监罚〔2026〕12号");
        var severe = await PenaltyAsync(app, uscc, CreditField.General, new DateOnly(2025, 1, 1), severe: true, no: "济历市监罚〔2025〕13号");

        var tooEarly = await registrar.PostJsonAsync("/api/v1/credit/repairs", new { recordId = food, applicant = "李红梅（代）", reasons = "已整改" });
        var never = await registrar.PostJsonAsync("/api/v1/credit/repairs", new { recordId = severe, applicant = "李红梅（代）", reasons = "已整改" });
        Assert.Contains("满 12 个月（2027-03-01）", await ProblemAsync(tooEarly, HttpStatusCode.BadRequest));
        Assert.Contains("不予提前停止公示", await ProblemAsync(never, HttpStatusCode.BadRequest));

        var submitted = await (await registrar.PostJsonAsync("/api/v1/credit/repairs", new { recordId = general, applicant = "李红梅（代）", reasons = "已缴纳罚款并整改" })).ReadJsonAsync();
        var id = submitted.GetProperty("id").GetInt64();
        Assert.True(submitted.GetProperty("byStaff").GetBoolean());
        await registrar.PostJsonAsync($"/api/v1/credit/repairs/{id}/accept", new { });
        await registrar.PostJsonAsync($"/api/v1/credit/repairs/{id}/approve", new { });
        var done = await registrar.PostJsonAsync($"/api/v1/credit/repairs/{id}/complete", new { });

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var repairedOn = await app.AsSystemAsync(async sp =>
            (await sp.GetRequiredService<CreditDbContext>().Records.FindAsync(general))!.RepairedOn);
        Assert.Equal(new DateOnly(2026, 11, 23), repairedOn);
        Assert.Equal(["penalty.repaired"], await FeedKindsAsync(registrar, uscc));
        var afterRepair = await registrar.PostJsonAsync("/api/v1/credit/repairs", new { recordId = general, applicant = "李红梅（代）", reasons = "再次" });
        Assert.Contains("未在公示", await ProblemAsync(afterRepair, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Refusals_need_a_reason_and_the_serious_list_waits_a_year_for_early_removal()
    {
        await using var app = await ZhijianApp.StartAsync(services: NoJobs);
        var registrar = await app.LoginAsync("registrar");
        var chief = await app.LoginAsync("chief");
        var uscc = await RegisterAsync(registrar, "济南泉城严重失信食品有限公司");
        var serious = await (await chief.PostJsonAsync("/api/v1/credit/listings",
            new { uscc, ground = "SeriousViolation", field = "Food", facts = "生产经营病死畜禽肉，情节严重" })).ReadJsonAsync();
        Assert.Equal(("Listed", "2027-11-23"), (serious.Str("status"), serious.Str("earlyRemovalFrom")));

        var early = await chief.PostJsonAsync("/api/v1/credit/repairs", new { listingId = serious.GetProperty("id").GetInt64(), applicant = "赵磊（代）", reasons = "已整改" });
        Assert.Contains("满 1 年（2027-11-23）", await ProblemAsync(early, HttpStatusCode.BadRequest));

        var other = await RegisterAsync(registrar, "济南泉城拒绝修复商贸有限公司");
        var listing = await (await chief.PostJsonAsync("/api/v1/credit/listings", new { uscc = other, ground = "FalseInformation", facts = "年报从业人数弄虚作假" })).ReadJsonAsync();
        var repair = await (await chief.PostJsonAsync("/api/v1/credit/repairs", new { listingId = listing.GetProperty("id").GetInt64(), applicant = "王建华", reasons = "已更正" })).ReadJsonAsync();
        var id = repair.GetProperty("id").GetInt64();
        var noReason = await chief.PostJsonAsync($"/api/v1/credit/repairs/{id}/not-accept", new { });
        Assert.Contains("请填写理由", await ProblemAsync(noReason, HttpStatusCode.BadRequest));
        await chief.PostJsonAsync($"/api/v1/credit/repairs/{id}/accept", new { });
        var denied = await (await chief.PostJsonAsync($"/api/v1/credit/repairs/{id}/deny", new { opinion = "更正后的信息仍与社保记录不符" })).ReadJsonAsync();
        var completeDenied = await chief.PostJsonAsync($"/api/v1/credit/repairs/{id}/complete", new { });
        Assert.Equal(("Denied", "更正后的信息仍与社保记录不符"), (denied.Str("status"), denied.Str("decision")));
        Assert.Equal(HttpStatusCode.Conflict, completeDenied.StatusCode);
        Assert.Equal("Listed", Assert.Single(await ListingsOfAsync(chief, other)).Str("status"));
    }
}
