using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Fees;
using Zhijian.Prices.Features.Fees;

namespace Zhijian.Prices.Features.Demo;

/// <summary>
/// 涉企收费 in 济南: 20 items of the 涉企收费目录清单 (the city's own and those of 历下、市中、槐荫、天桥、历城 — 不动产登记费 with the 小微企业
/// exemption, 行业协会会费, 供水、燃气接入工程费, 检验检测费, 银行账户管理费 …; one stopped) and 12 checks over the last 12 months: complaints and
/// 监督检查, some without a violation, several ordering refunds made in full or in part, one refund overdue and not yet sent to cases (the
/// nightly job sends it). Dates relative to today; nothing when the register has items.
/// </summary>
internal static class DemoFees
{
    private sealed record Item(string County, ChargerKind Kind, string Charger, string Name, string Basis, string Standard, bool Active = true);

    private static readonly Item[] Items =
    [
        new("370100", ChargerKind.Department, "济南市自然资源和规划局", "不动产登记费（小微企业免收）",
            "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）；《财政部 国家发展改革委关于对小微企业免征有关行政事业性收费的通知》（财税〔2019〕45号）",
            "非住宅类不动产登记每件 550 元；小微企业（含个体工商户）免收"),
        new("370100", ChargerKind.Department, "济南市市场监督管理局", "特种设备检验检测费",
            "《山东省物价局 山东省财政厅关于特种设备检验检测收费标准的通知》（鲁价费发〔2015〕63号）", "按设备类别和参数计收，电梯定期检验每台 400 元"),
        new("370100", ChargerKind.Utility, "济南水务集团有限公司", "供水接入工程费",
            "《山东省发展和改革委员会等部门关于清理规范城镇供水供电供气供暖行业收费促进行业高质量发展的实施意见》（鲁发改价格〔2021〕429号）",
            "用户建筑区划红线外的接入工程费用由供水企业承担，不得向用户收取；红线内按实际发生的工程费用计收"),
        new("370100", ChargerKind.Utility, "济南港华燃气有限公司", "燃气工程安装费（建筑区划红线内）",
            "《济南市发展和改革委员会关于规范管道燃气工程安装收费的通知》（济发改价格〔2022〕18号）", "红线内按工程实际成本计收，红线外不得收取"),
        new("370100", ChargerKind.Utility, "国网济南供电公司", "高可靠性供电费",
            "《国家发展改革委关于停止收取供配电贴费有关问题的补充通知》（发改价格〔2003〕2279号）；《山东省物价局关于高可靠性供电费用有关问题的通知》（鲁价格一发〔2017〕109号）",
            "10 千伏架空线路每千伏安 168 元（电缆 210 元）"),
        new("370100", ChargerKind.Association, "济南市物流与交通运输协会", "行业协会会费",
            "《济南市物流与交通运输协会会费标准》（2023年会员大会通过，民政部门备案）；《关于进一步规范行业协会商会收费的通知》（发改办价格〔2020〕632号）",
            "理事单位每年 3000 元，会员单位每年 1000 元；自愿入会，不得强制"),
        new("370100", ChargerKind.Bank, "中国工商银行济南分行", "单位银行结算账户管理费",
            "《中国银保监会 中国人民银行 国家发展改革委 市场监管总局关于规范银行服务市场调节价管理的指导意见》（银保监发〔2020〕25号）",
            "每户每年 360 元；小微企业、个体工商户免收"),
        new("370100", ChargerKind.Bank, "中国建设银行济南分行", "人民币转账汇款手续费",
            "《关于降低小微企业和个体工商户支付手续费的通知》（银发〔2021〕169号）", "对公转账按金额分档，每笔 0.5 元至 200 元；小微企业、个体工商户九折"),
        new("370100", ChargerKind.Intermediary, "山东省建筑科学研究院有限公司", "建设工程质量检测费",
            "《山东省建设工程质量检测收费标准》（鲁价费发〔2011〕87号，已放开为市场调节价，实行明码标价）", "按检测项目计收，混凝土抗压强度每组 80 元"),
        new("370102", ChargerKind.Department, "济南市历下区住房和城乡建设局", "城市道路挖掘修复费",
            "《山东省财政厅 山东省物价局关于城市道路挖掘修复费收费标准的通知》（鲁价费发〔2005〕226号）", "沥青混凝土路面每平方米 300 元"),
        new("370102", ChargerKind.Association, "济南市历下区餐饮行业协会", "行业协会会费",
            "《济南市历下区餐饮行业协会会费管理办法》（2022年会员代表大会通过）", "会员单位每年 600 元；自愿入会"),
        new("370102", ChargerKind.Intermediary, "济南泉安消防技术服务有限公司", "消防设施检测费",
            "消防技术服务实行市场调节价（《山东省定价目录》未列入），依《价格法》明码标价", "建筑面积每平方米 1.2 元"),
        new("370103", ChargerKind.Department, "济南市市中区城市管理局", "城市生活垃圾处理费（非居民）",
            "《济南市人民政府办公厅关于调整城市生活垃圾处理费收费标准的通知》（济政办字〔2019〕35号）", "非居民每吨 78 元"),
        new("370103", ChargerKind.Utility, "济南热力集团有限公司", "供暖入网费",
            "《山东省人民政府办公厅关于取消供热配套费的通知》（鲁政办字〔2016〕121号）", "已取消，不得收取", Active: false),
        new("370104", ChargerKind.Intermediary, "山东鲁检检验检测有限公司", "食品检验检测费",
            "检验检测服务实行市场调节价，依《价格法》第十三条明码标价", "按检验项目计收，微生物常规项目每项 60 元"),
        new("370104", ChargerKind.Association, "济南市槐荫区个体劳动者协会", "行业协会会费",
            "《济南市槐荫区个体劳动者协会会费标准》（2021年会员代表大会通过）", "会员每年 100 元；自愿入会，不得与登记注册挂钩"),
        new("370105", ChargerKind.Department, "济南市天桥区市场监督管理局", "计量器具检定费（非强制检定）",
            "《山东省物价局 山东省财政厅关于计量收费标准的通知》（鲁价费发〔2012〕137号）", "电子计价秤每台 20 元；强制检定免收"),
        new("370105", ChargerKind.Bank, "济南农村商业银行天桥支行", "网上银行年费（企业）",
            "《商业银行服务价格管理办法》（银监会 国家发展改革委令2014年第1号）", "每户每年 240 元；小微企业免收"),
        new("370112", ChargerKind.Utility, "济南东新供水有限公司", "二次供水设施维护费",
            "《济南市城市供水条例》第三十条；《济南市物价局关于二次供水服务价格的通知》（济价费字〔2018〕12号）", "非居民每立方米 0.28 元，计入水价，不得另收"),
        new("370112", ChargerKind.Association, "济南市历城区建筑业协会", "行业协会会费",
            "《济南市历城区建筑业协会会费标准》（2020年会员大会通过）", "会员单位每年 2000 元；自愿入会"),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<PricesDbContext>();
        if (await db.FeeItems.IgnoreQueryFilters().AnyAsync(ct)) return;
        var clock = sp.GetRequiredService<TimeProvider>();
        var today = clock.Today();
        var start = ChinaTime.StartOfDay(today.AddMonths(-14));
        var items = Items.Select((x, n) => new FeeItem
        {
            Name = x.Name,
            ChargerKind = x.Kind,
            ChargerName = x.Charger,
            LegalBasis = x.Basis,
            Standard = x.Standard,
            DivisionCode = x.County,
            County = x.County,
            Active = x.Active,
            DeactivatedOn = x.Active ? null : today.AddMonths(-6),
            CreatedAt = start.AddDays(n),
            CreatedBy = "演示数据",
        }).ToList();
        db.FeeItems.AddRange(items);
        await db.SaveChangesAsync(ct);
        FeeItem I(string name, string charger) => items.Single(i => i.Name == name && i.ChargerName == charger);

        // (item or charger outside the register, source, opened, subject, conclusion …)
        var numbers = new List<string>();
        var cases = new List<(FeeCase Case, (int DaysAfter, decimal Amount)[] Refunds)>();
        void Add(FeeItem? item, ChargerKind kind, string charger, string county, FeeCaseSource source, int openedDaysAgo, string subject, int? concludedAfter,
            string? finding, string? violation = null, decimal ordered = 0m, int enterprises = 0, int dueDays = 0, params (int, decimal)[] refunds)
        {
            var opened = today.AddDays(-openedDaysAgo);
            var number = YearlyNumbers.Format(FeeCases.NumberPrefix, opened.Year, numbers.Count(n => YearlyNumbers.Format(FeeCases.NumberPrefix, opened.Year, 0)[..^6] == n[..^6]) + 1);
            numbers.Add(number);
            var concluded = concludedAfter is { } d ? opened.AddDays(d) : (DateOnly?)null;
            var made = refunds.Sum(r => r.Item2);
            cases.Add((new FeeCase
            {
                Number = number,
                Source = source,
                ComplaintNumber = source == FeeCaseSource.Complaint ? $"12315-{opened:yyyyMMdd}-{numbers.Count:D4}" : null,
                FeeItemId = item?.Id,
                ChargerKind = item?.ChargerKind ?? kind,
                ChargerName = item?.ChargerName ?? charger,
                DivisionCode = item?.DivisionCode ?? county,
                County = item?.County ?? county,
                OpenedOn = opened,
                Subject = subject,
                Inspectors = "张伟、李明",
                Status = concluded is null ? FeeCaseStatus.Open
                    : violation is null ? FeeCaseStatus.NoViolation
                    : made >= ordered ? FeeCaseStatus.Refunded : FeeCaseStatus.RefundOrdered,
                ConcludedOn = concluded,
                Finding = finding,
                ViolationKind = violation,
                RefundOrdered = ordered,
                Enterprises = enterprises,
                RefundDue = violation is null ? null : concluded!.Value.AddDays(dueDays),
                RefundMade = made,
                RefundedOn = refunds.Length == 0 ? null : concluded!.Value.AddDays(refunds.Max(r => r.Item1)),
                CreatedAt = ChinaTime.StartOfDay(opened).AddHours(9),
                CreatedBy = "演示数据",
            }, refunds));
        }

        Add(I("不动产登记费（小微企业免收）", "济南市自然资源和规划局"), default, "", "", FeeCaseSource.Check, 340, "2025年度涉企收费专项检查：不动产登记费小微企业免收政策落实情况", 20,
            "抽查 2025 年 1—9 月登记档案 120 件，发现向 9 家小微企业收取非住宅不动产登记费", "无依据收费", 4_950m, 9, 30, (25, 4_950m));
        Add(I("供水接入工程费", "济南水务集团有限公司"), default, "", "", FeeCaseSource.Complaint, 300, "企业投诉供水接入时被收取建筑区划红线外管网工程费", 25,
            "红线外接入工程费用应由供水企业承担，向 3 家企业收取红线外工程费", "超范围收费", 186_000m, 3, 60, (40, 186_000m));
        Add(I("行业协会会费", "济南市物流与交通运输协会"), default, "", "", FeeCaseSource.Check, 270, "行业协会商会收费专项检查", 18,
            "会费标准经会员大会通过并备案，坚持自愿入会，未发现违规收费");
        Add(I("单位银行结算账户管理费", "中国工商银行济南分行"), default, "", "", FeeCaseSource.Complaint, 240, "小微企业投诉被收取账户管理费", 15,
            "对 42 户小微企业未执行免收政策，收取账户管理费", "超标准收费", 15_120m, 42, 30, (10, 9_000m), (28, 6_120m));
        Add(I("建设工程质量检测费", "山东省建筑科学研究院有限公司"), default, "", "", FeeCaseSource.Check, 210, "行政审批中介服务收费检查", 20,
            "检测收费实行明码标价，与公示一致，未发现违规收费");
        Add(I("城市道路挖掘修复费", "济南市历下区住房和城乡建设局"), default, "", "", FeeCaseSource.Complaint, 180, "企业反映道路挖掘修复费重复计收", 22,
            "同一挖掘工程分两次开具修复费票据，重复收取 1 次", "重复收费", 28_800m, 1, 30, (21, 28_800m));
        Add(null, ChargerKind.Association, "济南市历下区商贸流通协会", "370102", FeeCaseSource.Complaint, 150, "协会要求企业参加评比并缴纳评比费", 30,
            "协会以评比表彰名义向会员企业收取评比费，无收费依据", "无依据收费", 36_000m, 18, 45, (30, 20_000m), (44, 16_000m));
        Add(I("消防设施检测费", "济南泉安消防技术服务有限公司"), default, "", "", FeeCaseSource.Check, 120, "消防技术服务机构收费检查", 14,
            "收费与明码标价一致，未发现违规");
        Add(I("食品检验检测费", "山东鲁检检验检测有限公司"), default, "", "", FeeCaseSource.Complaint, 95, "企业反映办理许可时被要求指定机构检测并收费", 20,
            "以协助办理许可为名强制企业接受其检测服务并收费", "强制服务并收费", 52_400m, 13, 30, (20, 30_000m));
        Add(I("行业协会会费", "济南市槐荫区个体劳动者协会"), default, "", "", FeeCaseSource.Check, 70, "个体劳动者协会会费收取情况检查", 12,
            "会费自愿缴纳，未与登记注册挂钩，未发现违规");
        Add(I("高可靠性供电费", "国网济南供电公司"), default, "", "", FeeCaseSource.Complaint, 40, "企业投诉双电源接入被收取高可靠性供电费标准过高", 16,
            "对 2 家企业按电缆线路标准计收，实际为架空线路，多收费用", "超标准收费", 67_200m, 2, 60, (10, 67_200m));
        Add(I("二次供水设施维护费", "济南东新供水有限公司"), default, "", "", FeeCaseSource.Complaint, 12, "企业反映水费之外另收二次供水设施维护费", null, null);

        db.FeeCases.AddRange(cases.Select(c => c.Case));
        await db.SaveChangesAsync(ct);
        foreach (var (c, refunds) in cases)
            db.FeeRefunds.AddRange(refunds.Select(r => new FeeRefund
            {
                CaseId = c.Id,
                Amount = r.Amount,
                RefundedOn = c.ConcludedOn!.Value.AddDays(r.DaysAfter),
                Note = "已退还企业，附退费凭证",
                DivisionCode = c.DivisionCode,
                County = c.County,
                CreatedAt = ChinaTime.StartOfDay(c.ConcludedOn!.Value.AddDays(r.DaysAfter)).AddHours(10),
                CreatedBy = "演示数据",
            }));
        await db.SaveChangesAsync(ct);
    }
}
