using System.Net;
using Zhijian.Credit.Contracts;
using Zhijian.FoodSafety.Features.Grading;
using Zhijian.Tests.Infrastructure;
using static Zhijian.Tests.Complaints.ComplaintTestKit;

namespace Zhijian.Tests.FoodSafety;

/// <summary>
/// The dynamic risk facts food grading reads from other modules' contracts: complaints and reports received (complaints
/// module) and food penalties (credit module), counted per USCC in a period by one GROUP BY each.
/// </summary>
public sealed class RiskFactsContractsTests
{
    private const string Bureau = "济南市历下区市场监督管理局";

    [Fact]
    public async Task Complaints_in_the_period_and_food_penalties_in_force_are_counted_per_business()
    {
        await using var app = await ZhijianApp.StartAsync(services: Credit.CreditTestKit.NoJobs);
        var restaurant = await RegisterAsync(app, "济南泉城老街餐饮有限公司");
        var shop = await RegisterAsync(app, "济南泉城便民超市有限公司");
        var anonymous = app.CreateClient();
        foreach (var text in new[] { "2026年11月20日在该店就餐后腹泻，要求赔偿医药费。", "2026年11月21日该店菜品中发现异物，要求退款。" })
            Assert.Equal(HttpStatusCode.Created, (await PostAsync(anonymous, "/api/v1/public/complaints", Complaint(restaurant, text))).StatusCode);

        var today = Zhijian.Platform.Calendar.ChinaTime.ToChinaDate(app.Clock.GetUtcNow());
        async Task<CreditIntakeOutcome> PenaltyAsync(string uscc, string id, CreditField field, DateOnly? withdrawn = null) =>
            await app.AsSystemAsync(sp => sp.GetRequiredService<ICreditIntake>().SubmitRecordAsync(new CreditRecordSubmission(uscc, CreditRecordKind.Penalty,
                "cases", id, Bureau, "行政处罚决定", today.AddDays(-30), "经营超过保质期的食品", $"历市监处罚〔2026〕{id}号", field, 5000m, "警告；罚款",
                WithdrawnOn: withdrawn), default));
        Assert.Equal(CreditIntakeOutcome.Created, (await PenaltyAsync(restaurant, "101", CreditField.Food)).Outcome);
        Assert.Equal(CreditIntakeOutcome.Created, (await PenaltyAsync(restaurant, "102", CreditField.General)).Outcome);
        Assert.Equal(CreditIntakeOutcome.Created, (await PenaltyAsync(shop, "103", CreditField.Food, withdrawn: today.AddDays(-1))).Outcome);

        var facts = await app.AsSystemAsync(async sp =>
        {
            var sources = sp.GetServices<IFoodRiskFacts>().Where(s => s.Factor is ComplaintFacts.Code or PenaltyFacts.Code).ToDictionary(s => s.Factor);
            return new
            {
                Complaints = await sources[ComplaintFacts.Code].CountsAsync(today.AddMonths(-12), today, default),
                Penalties = await sources[PenaltyFacts.Code].CountsAsync(today.AddMonths(-12), today, default),
                Before = await sources[ComplaintFacts.Code].CountsAsync(today.AddMonths(-24), today.AddMonths(-12), default),
            };
        });

        Assert.Equal(2, facts.Complaints[restaurant]);
        Assert.False(facts.Complaints.ContainsKey(shop));
        Assert.Empty(facts.Before);
        Assert.Equal(1, facts.Penalties[restaurant]); // the general-field penalty is not a food fact
        Assert.False(facts.Penalties.ContainsKey(shop)); // withdrawn
    }
}
