using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.Recalls;
using Zhijian.ProductQuality.Features.Recalls;

namespace Zhijian.ProductQuality.Features.Demo;

/// <summary>
/// Defect recalls in 济南 over the registry's companies, driven through the area's own services (so every deadline is the one the
/// service computes on the working calendar): a 儿童推车 safety-buckle recall (voluntary, in progress with two progress reports);
/// an 电动自行车充电器 recall ordered after a late report and an investigation (completed with its summary); an SUV recall ordered
/// after the 15-working-day objection window passed (owners told, in progress); an investigation that found no defect; a fresh
/// overseas-recall report of a car. Nothing when the registry has no companies or recalls exist.
/// </summary>
internal static class DemoRecalls
{
    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<QualityDbContext>();
        if (await db.DefectReports.IgnoreQueryFilters().AnyAsync(ct) || await db.Recalls.IgnoreQueryFilters().AnyAsync(ct)) return;
        var directory = sp.GetRequiredService<IEntityDirectory>();
        var companies = new EntityFilter(Types: [EntityType.LimitedCompany, EntityType.JointStockCompany], Statuses: [EntityStatus.Active]);
        var usccs = new List<string>();
        await foreach (var e in directory.SelectAsync(companies, ct))
        {
            usccs.Add(e.Uscc);
            if (usccs.Count >= 5) break;
        }

        if (usccs.Count == 0) return;
        string Firm(int i) => usccs[i % usccs.Count];
        var today = sp.GetRequiredService<TimeProvider>().Today();
        DateOnly Day(int daysAgo) => today.AddDays(-daysAgo);
        DateTimeOffset At(int daysAgo, int hour) => new(Day(daysAgo).ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));
        var reports = sp.GetRequiredService<DefectReports>();
        var investigations = sp.GetRequiredService<Investigations>();
        var recalls = sp.GetRequiredService<Recalls.Recalls>();

        // 1. 儿童推车 safety buckle: reported on time, voluntary recall in progress with two progress reports.
        await Ok(reports.CreateAsync(new CreateDefectReport(ProductKind.Consumer, Firm(0), null, null, "儿童推车", "轻便折叠婴儿推车", "BBQ3、BBQ5（2025年3月至2025年12月生产）",
            new DateOnly(2025, 3, 1), new DateOnly(2025, 12, 31), 12_480, IncidentType.SeriousInjury,
            "用户反映五点式安全带卡扣在受力时可能意外脱开，已有 2 起儿童跌落受伤报告", At(121, 10), At(120, 15)), ct));
        var stroller = await Ok(recalls.CreateAsync(new CreateRecall(RecallMode.Voluntary, ProductKind.Consumer, null, Firm(0), null, null, "儿童推车", "轻便折叠婴儿推车",
            "BBQ3、BBQ5", new DateOnly(2025, 3, 1), new DateOnly(2025, 12, 31), 12_480, "五点式安全带卡扣锁止弹片强度不足，受力时可能意外脱开",
            "儿童可能从推车中跌落受伤", "400-600-1234（周一至周日 8:00—20:00）", Day(118), null), ct));
        await Ok(recalls.FilePlanAsync(stroller.Id, new FileRecallPlan(RecallMeasures.Replace, 12_480, "全国，线上旗舰店及济南、青岛等地母婴门店", Day(110), Day(-60), Day(112)), ct));
        await Ok(recalls.NoticeAsync(stroller.Id, new PublishRecallNotice(Day(110), "自即日起召回 2025年3月至12月生产的 BBQ3、BBQ5 型婴儿推车，免费更换加强型安全带卡扣。"), ct));
        await Ok(recalls.ProgressAsync(stroller.Id, new RecallProgressInput(Day(60), 4_210, 0, 4_210, 0, 0, "已通过会员系统联系购买者 9,800 人"), ct));
        await Ok(recalls.ProgressAsync(stroller.Id, new RecallProgressInput(Day(20), 7_935, 0, 7_935, 0, 0, "线下门店设更换点 36 个"), ct));

        // 2. 电动自行车充电器: a late report (fire), an investigation with tests and experts, an ordered recall completed with its summary.
        var charger = await Ok(reports.CreateAsync(new CreateDefectReport(ProductKind.Consumer, Firm(1), null, null, "电动自行车充电器", "48V 电动自行车充电器", "CD4820（批次 2025A01—2025A12）",
            new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), 10_000, IncidentType.PropertyLoss,
            "充电过程中充电器起火，引燃车棚，造成重大财产损失", At(203, 9), At(196, 16)), ct));
        var chargerInv = await Ok(investigations.OpenAsync(new OpenInvestigation(charger.Id, null, null, null, null, null, null, null, null, null,
            "企业逾期报告且涉及火灾事故，立案调查", Day(194)), ct));
        await Ok(investigations.AddStepAsync(chargerInv.Id, new AddInvestigationStep(InvestigationStepKind.Interview, Day(190), "约谈企业负责人，调取设计文件和出厂检验记录"), ct));
        await Ok(investigations.AddStepAsync(chargerInv.Id, new AddInvestigationStep(InvestigationStepKind.Testing, Day(175), "委托检验机构按 GB 42295 检测：过充保护失效，温升超标"), ct));
        await Ok(investigations.AddStepAsync(chargerInv.Id, new AddInvestigationStep(InvestigationStepKind.ExpertReview, Day(165), "专家论证：过充保护电路设计缺陷，存在起火风险"), ct));
        await Ok(investigations.ConcludeAsync(chargerInv.Id, new ConcludeInvestigation(true, "过充保护电路设计缺陷，充电时可能过热起火，属同一批次普遍存在的不合理危险", Day(160), null), ct));
        var chargerRecall = await Ok(recalls.CreateAsync(new CreateRecall(RecallMode.Ordered, null, chargerInv.Id, null, null, null, null, null, null, null, null, 10_000,
            "过充保护电路设计缺陷", "充电时可能过热起火，引发火灾", "0531-8888 6666", Day(158), "济市监召〔2026〕1号"), ct));
        await Ok(recalls.FilePlanAsync(chargerRecall.Id, new FileRecallPlan(RecallMeasures.Replace | RecallMeasures.Refund, 10_000, "济南市及周边地市经销网点",
            Day(150), Day(45), Day(150)), ct));
        await Ok(recalls.NoticeAsync(chargerRecall.Id, new PublishRecallNotice(Day(148), "召回 CD4820 型 48V 电动自行车充电器，免费更换或退货。请立即停止使用。"), ct));
        await Ok(recalls.ProgressAsync(chargerRecall.Id, new RecallProgressInput(Day(100), 5_600, 0, 5_100, 500, 0, null), ct));
        await Ok(recalls.SummaryAsync(chargerRecall.Id, new RecallSummaryInput(Day(30), 8_900, "共召回 8,900 件（更换 8,120 件、退货 780 件），其余为已报废或无法联系的用户"), ct));

        // 3. An SUV: a complaint-led investigation, defect found, the 15-working-day objection window passed, ordered recall in progress.
        var suvInv = await Ok(investigations.OpenAsync(new OpenInvestigation(null, "12315-2026-004562", ProductKind.Car, Firm(2), null, null, "乘用车",
            "JN6470 型运动型多用途乘用车（SUV）", "2025款 JN6470（VIN 尾号 SA100001—SA103206）", 3_206, "多名车主投诉行驶中电子驻车制动系统误触发", Day(150)), ct));
        await Ok(investigations.AddStepAsync(suvInv.Id, new AddInvestigationStep(InvestigationStepKind.Testing, Day(120), "委托汽车检测机构道路试验：电子驻车控制软件在特定电压波动下误触发"), ct));
        await Ok(investigations.ConcludeAsync(suvInv.Id, new ConcludeInvestigation(true, "电子驻车制动控制软件缺陷，可能导致行驶中车辆意外制动，增加碰撞风险", Day(100), Day(99)), ct));
        var suv = await Ok(recalls.CreateAsync(new CreateRecall(RecallMode.Ordered, null, suvInv.Id, null, null, null, null, null, null, null, null, 3_206,
            "电子驻车制动控制软件缺陷", "行驶中车辆可能意外制动，增加碰撞风险", "400-800-6470", Day(70), "济市监召〔2026〕2号"), ct));
        await Ok(recalls.FilePlanAsync(suv.Id, new FileRecallPlan(RecallMeasures.Repair, 3_206, "全国授权经销商", Day(60), Day(-180), Day(66)), ct));
        await Ok(recalls.NoticeAsync(suv.Id, new PublishRecallNotice(Day(62), "召回 2025款 JN6470 车辆，免费升级电子驻车控制软件。"), ct));
        await Ok(recalls.OwnersAsync(suv.Id, new NotifyOwners(Day(45)), ct));

        // 4. An investigation without a defect; 5. a fresh overseas-recall report of a car.
        var kettle = await Ok(reports.CreateAsync(new CreateDefectReport(ProductKind.Consumer, Firm(3), null, null, "电热水壶", "1.7L 不锈钢电热水壶", "KT-17",
            null, null, 2_300, IncidentType.Other, "消费者反映壶底温控器偶发不断电", At(91, 11), At(90, 9)), ct));
        var kettleInv = await Ok(investigations.OpenAsync(new OpenInvestigation(kettle.Id, null, null, null, null, null, null, null, null, null, "核实温控器是否存在缺陷", Day(88)), ct));
        await Ok(investigations.AddStepAsync(kettleInv.Id, new AddInvestigationStep(InvestigationStepKind.Testing, Day(75), "抽取 20 台检测，干烧保护与温控均符合 GB 4706.19"), ct));
        await Ok(investigations.ConcludeAsync(kettleInv.Id, new ConcludeInvestigation(false, "检测未发现设计、制造缺陷，个案为使用不当", Day(60), null), ct));
        await Ok(reports.CreateAsync(new CreateDefectReport(ProductKind.Car, Firm(4), null, null, "乘用车", "纯电动轿车", "2024款 EV-A（境外同型号已召回）",
            new DateOnly(2024, 6, 1), new DateOnly(2025, 5, 31), 860, IncidentType.OverseasRecall,
            "同型号车辆在境外因高压线束固定卡扣可能松脱实施召回，国内销售车辆可能存在相同问题", At(3, 9), At(2, 17)), ct));
    }

    private static async Task<T> Ok<T>(Task<Result<T>> call)
    {
        var r = await call;
        return r.IsSuccess ? r.Value! : throw new InvalidOperationException("召回演示数据写入失败：" + r.ErrorText + r.Message);
    }
}
