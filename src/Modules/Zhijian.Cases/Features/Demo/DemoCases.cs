using System.Buffers.Binary;
using System.IO.Compression;
using System.Reflection;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Cases.Contracts;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Cases.Features.Close;
using Zhijian.Cases.Features.Clues;
using Zhijian.Cases.Features.Clues.Decline;
using Zhijian.Cases.Features.Clues.Open;
using Zhijian.Cases.Features.Clues.Register;
using Zhijian.Cases.Features.Clues.TimeLimit;
using Zhijian.Cases.Features.CollectEvidence;
using Zhijian.Cases.Features.Collective;
using Zhijian.Cases.Features.Correct;
using Zhijian.Cases.Features.Execute;
using Zhijian.Cases.Features.Hearing;
using Zhijian.Cases.Features.Measures;
using Zhijian.Cases.Features.Notify;
using Zhijian.Cases.Features.PoliceTransfer;
using Zhijian.Cases.Features.Propose;
using Zhijian.Cases.Features.Review;
using Zhijian.Cases.Features.Serve;
using Zhijian.Cases.Features.SimpleProcedure;
using Zhijian.Cases.Features.TimeLimit;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Cases.Features.Demo;

/// <summary>
/// Demo 行政执法办案 for 历下区 (370102) over the last five months: clues 待核查 (due soon, extended, paused for testing) and
/// 不予立案, cases in every stage of the ordinary procedure (evidence with files, 先行登记保存 and 查封, 听证, 法制审核, a major
/// case before 集体讨论, decisions awaiting service, fines due, 移送公安), closed cases (paid, 强制执行, 不予处罚, accepted by
/// the police) whose decisions were served and published, 简易程序 cases, an overdue and an extended case, a correction and
/// 案卷评查; plus two clues of 历城区 so jurisdiction shows. Every act runs through the real services as the demo user who
/// would do it, on a clock set to the day it happened; a refused act throws with the service's Chinese error. Seeded once,
/// when no case and no hand-registered clue exists (clues arriving from the complaints demo do not count).
/// </summary>
internal static class DemoCases
{
    private static readonly string[] Team = ["casehandler", "inspector"];

    /// <summary>A violation story: the catalogue code, the 案由, what the clue said and the evidence collected.</summary>
    private sealed record Story(string Code, CaseField Field, string Cause, string Facts, (EvidenceType Type, string Title, string Source)[] Evidence);

    private sealed record Proposal(DiscretionLevel Level, PenaltyInput[] Penalties, decimal? Base = null, string? Reason = null);

    private static readonly Story Labels = new("SP125", CaseField.Food, "涉嫌经营标签不符合规定的预包装食品案",
        "执法人员在日常检查中发现，当事人货架在售的预包装食品“手工芝麻酥”（250g/袋）标签未标注生产日期、保质期和生产者地址，现场在售 36 袋。",
        [(EvidenceType.SiteRecord, "现场检查笔录", "当事人经营场所"), (EvidenceType.Physical, "涉案食品“手工芝麻酥”及标签照片", "当事人货架"),
            (EvidenceType.Documentary, "进货单据及销售记录", "当事人提供")]);

    private static readonly Story Unlicensed = new("SP122", CaseField.Food, "涉嫌未取得食品经营许可从事食品经营活动案",
        "群众举报当事人在经营场所内现制现售奶茶、鲜榨果汁等饮品，经现场核查，当事人未能出示食品经营许可证，操作间未设置消毒设施。",
        [(EvidenceType.SiteRecord, "现场检查笔录及现场照片", "当事人经营场所"), (EvidenceType.PartyStatement, "当事人询问笔录", "当事人法定代表人"),
            (EvidenceType.Electronic, "外卖平台销售记录截图", "外卖平台")]);

    private static readonly Story Records = new("SP126", CaseField.Food, "涉嫌未按规定查验进货并保存记录案",
        "检查发现当事人销售的冷冻肉类产品未查验供货者的许可证和动物检疫合格证明，未建立进货查验记录，经责令改正后复查仍未改正。",
        [(EvidenceType.SiteRecord, "现场检查笔录", "当事人冷库"), (EvidenceType.Documentary, "责令改正通知书及复查记录", "执法人员制作")]);

    private static readonly Story Contaminated = new("SP124", CaseField.Food, "涉嫌经营农药残留超过食品安全标准限量的食用农产品案",
        "食品安全监督抽检发现，当事人销售的韭菜腐霉利残留量为 2.4 mg/kg，超过食品安全国家标准限量（0.2 mg/kg）11 倍。",
        [(EvidenceType.Expert, "食品安全监督抽检检验报告", "山东省食品药品检验研究院"), (EvidenceType.Documentary, "抽样单及进货台账", "当事人提供")]);

    private static readonly Story Chargers = new("CP49", CaseField.ProductQuality, "涉嫌销售不符合保障人身、财产安全的国家标准的产品案",
        "产品质量监督抽查发现，当事人销售的电动自行车充电器输出特性、温升项目不符合 GB 42295-2022 强制性国家标准，存在起火隐患。",
        [(EvidenceType.Expert, "产品质量监督抽查检验报告", "济南市产品质量检验院"), (EvidenceType.Physical, "涉案充电器及库存照片", "当事人仓库"),
            (EvidenceType.Documentary, "购销合同及销售记录", "当事人提供")]);

    private static readonly Story Heaters = new("CP49", CaseField.ProductQuality, "涉嫌销售不合格燃气热水器案",
        "国家监督抽查发现，当事人销售的某品牌强排式燃气热水器一氧化碳含量、熄火保护装置项目不合格，已售出 86 台，涉及燃气使用安全。",
        [(EvidenceType.Expert, "国家监督抽查检验报告", "国家燃气用具质量检验检测中心"), (EvidenceType.Documentary, "销售台账及安装记录", "当事人提供"),
            (EvidenceType.PartyStatement, "当事人询问笔录", "当事人委托代理人")]);

    private static readonly Story PriceTags = new("JG13", CaseField.Price, "涉嫌不按规定明码标价案",
        "执法人员检查发现，当事人超市内 23 种商品未标示价格，部分价签未标明规格、计价单位，个别商品结算价格高于标示价格。",
        [(EvidenceType.SiteRecord, "现场检查笔录", "当事人超市"), (EvidenceType.AudioVisual, "执法记录仪视频及价签照片", "执法人员拍摄")]);

    private static readonly Story Advertising = new("GG55", CaseField.Advertising, "涉嫌发布虚假广告案",
        "当事人在其微信公众号发布“降糖养生茶”广告，宣称“喝三个月可停用降糖药”“治愈糖尿病”，该产品为普通食品，广告内容与实际不符。",
        [(EvidenceType.Electronic, "微信公众号广告页面电子数据（公证保全）", "济南市泉城公证处"), (EvidenceType.Documentary, "广告设计制作合同及付款凭证", "当事人提供")]);

    private static readonly Story Escalators = new("TZ84", CaseField.SpecialEquipment, "涉嫌使用未经定期检验的特种设备案",
        "特种设备安全检查发现，当事人商场内 2 部自动扶梯定期检验有效期已于 3 个月前届满，未申请定期检验仍在营业期间使用。",
        [(EvidenceType.SiteRecord, "特种设备现场检查记录", "当事人商场"), (EvidenceType.Documentary, "特种设备使用登记证及检验报告", "当事人提供"),
            (EvidenceType.AudioVisual, "扶梯运行视频", "执法人员拍摄")]);

    private static readonly Story Licence = new("DJ46", CaseField.Registration, "涉嫌未将营业执照置于经营场所醒目位置案",
        "检查发现当事人未将营业执照置于经营场所醒目位置，执法人员当场责令改正，复查时仍未悬挂。",
        [(EvidenceType.SiteRecord, "现场检查笔录及复查记录", "当事人经营场所"), (EvidenceType.AudioVisual, "现场照片", "执法人员拍摄")]);

    private static readonly Story Shop = new("DS76", CaseField.Registration, "涉嫌电子商务经营者未公示营业执照信息案",
        "网络交易监测发现，当事人在某电商平台开设的网店首页未公示营业执照信息及其链接标识。",
        [(EvidenceType.Electronic, "网店首页电子数据取证记录", "网络交易监测平台"), (EvidenceType.Documentary, "平台提供的经营者身份信息", "电商平台")]);

    /// <summary>Clock set to one moment: lets the demo run each step on the day it happened.</summary>
    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => ChinaTime.Zone;
    }

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<CasesDbContext>();
        if (await db.Cases.IgnoreQueryFilters().AnyAsync(ct) || await db.Clues.IgnoreQueryFilters().AnyAsync(c => c.SourceSystem == null, ct)) return;
        var directory = sp.GetRequiredService<IEntityDirectory>();
        if (await directory.CountAsync(new EntityFilter(Statuses: [EntityStatus.Active], DivisionCodes: ["370102"]), ct) < 50)
            return; // no demo registry (tests start with an empty one)
        var lixia = await TargetsAsync(directory, "370102", 30, ct);
        var licheng = await TargetsAsync(directory, "370112", 2, ct);
        if (lixia.Count == 0) return;
        for (var i = 0; lixia.Count < 30; i++) lixia.Add(lixia[i]); // a small registry: parties repeat

        var users = sp.GetRequiredService<UserManager<StaffUser>>();
        var factory = sp.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>();
        var principals = new Dictionary<string, ClaimsPrincipal>(StringComparer.Ordinal);
        foreach (var name in new[] { "casehandler", "chief", "legal", "leader" })
        {
            if (await users.FindByNameAsync(name) is not { } user) return;
            principals[name] = await factory.CreateAsync(user);
        }

        var bureau = await sp.GetRequiredService<OrgUnitDirectory>().BureauForAsync("370112", ct);
        if (bureau is not null) principals["demo.370112"] = Synthetic("370112", "孟凡", bureau);

        var clock = sp.GetRequiredService<TimeProvider>();
        var s = new Seeder(root, clock.GetUtcNow(), principals, ct);
        await s.SeedAsync(lixia, licheng);
    }

    private sealed class Seeder(IServiceProvider root, DateTimeOffset now, IReadOnlyDictionary<string, ClaimsPrincipal> users, CancellationToken ct)
    {
        private readonly DateOnly _today = ChinaTime.ToChinaDate(now);
        private readonly byte[] _photo = Png();
        private int _minute;

        private DateOnly Day(int ago) => _today.AddDays(-ago);

        public async Task SeedAsync(List<EntitySummary> p, List<EntitySummary> licheng)
        {
            // ── 线索 ──
            await ClueAsync(p[0], PriceTags, 2, ClueSource.Complaint);
            await ClueAsync(p[1], Licence, 19, ClueSource.OwnFinding);
            var extended = await ClueAsync(p[2], Unlicensed, 24, ClueSource.Transfer);
            await Do<Clues.TimeLimit.ExtendClueHandler, ClueView>("chief", 12, "延长立案核查期限", x => x.Handle(extended.Id, new ExtendClue("涉案主体存在多个经营场所，需进一步核实经营主体和违法所得"), ct));
            var paused = await ClueAsync(p[3], Contaminated, 9, ClueSource.Sampling);
            await Do<Clues.TimeLimit.PauseClueHandler, ClueView>("casehandler", 6, "中止立案计时", x => x.Handle(paused.Id, new PauseClue("复检样品送山东省食品药品检验研究院检验"), ct));
            var declined = await ClueAsync(p[4], Shop, 45, ClueSource.Complaint);
            await Do<Clues.Decline.DeclineClueHandler, ClueView>("chief", 36, "不予立案", x => x.Handle(declined.Id,
                new DeclineClue(DeclineGround.NoViolation, "经核查，当事人网店首页已在显著位置公示营业执照信息链接，举报所称违法事实不能成立"), ct));
            if (users.ContainsKey("demo.370112"))
            {
                for (var i = 0; i < licheng.Count; i++)
                {
                    var e = licheng[i];
                    var story = i == 0 ? Labels : PriceTags;
                    await Do<Clues.Register.RegisterClueHandler, ClueView>("demo.370112", 3 + (i * 4), "登记历城区线索", x => x.Handle(
                        new NewClue(ClueSource.Complaint, e.Uscc, e.Name, story.Facts, Day(3 + (i * 4)), null), ct));
                }
            }

            // ── 调查取证 ──
            var preserved = await OpenAsync(p[5], Unlicensed, 14, 12);
            await EvidenceAsync(preserved, Unlicensed, 10);
            await Do<Measures.TakeMeasureHandler, long>("casehandler", 6, "先行登记保存", x => x.Handle(preserved,
                new MeasureInput(MeasureKind.Preservation, "奶茶粉 12 袋、果糖 6 桶、封口机 1 台、外卖包装杯 800 个", "当事人操作间", Day(6), "赵磊"), ct));
            var sealedCase = await OpenAsync(p[6], Chargers, 24, 20);
            await EvidenceAsync(sealedCase, Chargers, 18);
            await Do<Measures.TakeMeasureHandler, long>("casehandler", 9, "查封", x => x.Handle(sealedCase,
                new MeasureInput(MeasureKind.Sealing, "电动自行车充电器 416 个（型号 CH-4820）", "当事人仓库（历下区花园路）", Day(9), "赵磊"), ct));
            var overdue = await OpenAsync(p[7], Records, 104, 100);
            await EvidenceAsync(overdue, Records, 98);

            // ── 案件审核 ──
            await RunAsync(p[8], Labels, new(DiscretionLevel.Normal, [Fine(20000), Gains(540)], 2160), 15, CaseStage.Reviewing);
            var ext = await OpenAsync(p[9], Chargers, 108, 105);
            await EvidenceAsync(ext, Chargers, 103);
            await Do<TimeLimit.ExtendHandler, long>("chief", 80, "延长办案期限", x => x.Handle(ext, new ExtendInput("涉案产品需委托检验并追溯上游供货商，案情复杂", null), ct));
            await ProposeAsync(ext, 8, new(DiscretionLevel.Normal, [Fine(16000), Property()], 8000), Chargers);
            await Do<CaseReview.SubmitHandler, long>("casehandler", 5, "提交审核", x => x.Handle(ext, ct));
            await Do<CaseReview.ReviewHandler, long>("legal", 2, "案件审核", x => x.Handle(ext, new OpinionInput(true, "事实清楚，证据充分，拟处罚意见适当，同意告知当事人"), ct));

            // ── 告知 / 听证 / 法制审核 / 集体讨论 / 待决定 / 待送达 / 执行 ──
            await RunAsync(p[10], Shop, new(DiscretionLevel.Normal, [Fine(5000)]), 17, CaseStage.Notified);
            await RunAsync(p[11], Escalators, new(DiscretionLevel.Normal, [Fine(150000)]), 21, CaseStage.Hearing, hearing: true);
            await RunAsync(p[12], Advertising, new(DiscretionLevel.Normal, [Fine(120000)], 30000), 20, CaseStage.LegalReview);
            await RunAsync(p[13], Heaters, new(DiscretionLevel.Normal, [Fine(120000), Property(), Gains(25800)], 60000), 23, CaseStage.Collective, major: true);
            await RunAsync(p[14], PriceTags, new(DiscretionLevel.Normal, [Fine(2000)]), 20, CaseStage.Deciding);
            await RunAsync(p[15], Licence, new(DiscretionLevel.Lighter, [Fine(5000)], null, "经责令改正拒不改正，但违法行为持续时间短、未造成危害后果，从轻处罚"), 26, CaseStage.Decided);
            await RunAsync(p[16], Records, new(DiscretionLevel.Normal, [Fine(20000)]), 36, CaseStage.Executing);

            // ── 移送公安（等待） ──
            var waiting = await OpenAsync(p[17], Contaminated, 33, 30);
            await EvidenceAsync(waiting, Contaminated, 28);
            await Do<PoliceTransfer.TransferHandler, long>("chief", 10, "移送公安机关", x => x.Handle(waiting, new TransferInput("济南市公安局历下区分局",
                "当事人销售的韭菜农药残留超标 11 倍，涉嫌生产、销售不符合安全标准的食品罪"), ct));
            await Do<PoliceTransfer.PoliceReceiptHandler, long>("casehandler", 8, "登记公安回执", x => x.Handle(waiting, new DateInput(Day(8)), ct));

            // ── 已结案 ──
            var paid = await RunAsync(p[18], Labels, new(DiscretionLevel.Normal, [Fine(20000), Gains(540)], 2160), 140, CaseStage.Closed);
            var heaters = await RunAsync(p[19], Chargers, new(DiscretionLevel.Normal, [Fine(16000), Property()], 8000), 120, CaseStage.Closed);
            await RunAsync(p[20], Unlicensed, new(DiscretionLevel.Lighter, [Fine(55000), Gains(3600)], 3000,
                "当事人系初次违法，经营时间不足一个月，违法所得较少，主动停止经营并积极配合调查"), 110, CaseStage.Closed);
            await RunAsync(p[21], PriceTags, new(DiscretionLevel.Normal, [Fine(1000)], null,
                "当事人系社区便民小超市，未标价商品货值合计不足 600 元，检查当日即全部改正，按一般阶次处罚明显过重，经集体研究低于基准处罚"), 75, CaseStage.Closed);
            await RunAsync(p[22], Escalators, new(DiscretionLevel.Lighter, [Fine(100000)], null,
                "当事人已停止使用并于立案后 10 日内完成定期检验，检验合格，从轻处罚"), 80, CaseStage.Closed, hearing: true);
            await RunAsync(p[23], Records, new(DiscretionLevel.Normal, [Fine(20000)]), 95, CaseStage.Closed);
            var enforced = await RunAsync(p[24], Shop, new(DiscretionLevel.Normal, [Fine(5000)]), 130, CaseStage.Executing);
            await Do<Execute.EnforcementHandler, long>("chief", 80, "申请强制执行", x => x.Handle(enforced, new DateInput(Day(80)), ct));
            await Do<Close.CloseHandler, long>("chief", 78, "结案", x => x.Handle(enforced, new CloseInput("当事人逾期未缴纳罚款，经催告仍未履行，已申请历下区人民法院强制执行"), ct));
            await RunAsync(p[25], Licence, new(DiscretionLevel.None, [], null, "当事人初次违法，危害后果轻微并当场改正，依据《行政处罚法》第三十三条第一款不予行政处罚"), 60, CaseStage.Closed);
            var accepted = await OpenAsync(p[26], Contaminated, 104, 100);
            await EvidenceAsync(accepted, Contaminated, 98);
            await Do<PoliceTransfer.TransferHandler, long>("chief", 80, "移送公安机关", x => x.Handle(accepted, new TransferInput("济南市公安局历下区分局",
                "当事人销售的豆芽检出 6-苄基腺嘌呤，涉嫌生产、销售有毒、有害食品罪"), ct));
            await Do<PoliceTransfer.PoliceReceiptHandler, long>("casehandler", 78, "登记公安回执", x => x.Handle(accepted, new DateInput(Day(78)), ct));
            await Do<PoliceTransfer.PoliceOutcomeHandler, long>("casehandler", 52, "登记公安决定", x => x.Handle(accepted,
                new PoliceOutcomeInput(PoliceOutcome.Accepted, "济南市公安局历下区分局立案决定书（历公（食药环）立字〔2026〕112号），决定立案侦查", Day(52)), ct));
            await Do<Close.CloseHandler, long>("chief", 50, "结案", x => x.Handle(accepted, new CloseInput("涉嫌犯罪，公安机关已立案侦查"), ct));

            // ── 更正、评查 ──
            await Do<Correct.CorrectHandler, long>("chief", 30, "更正", x => x.Handle(paid, new CorrectionInput("closingNote",
                "罚没款已全额缴入国库；当事人已下架并销毁不合格标签食品，复查合格", "结案说明漏记整改复查情况"), ct));
            foreach (var (id, ago, deduct) in new[] { (paid, 20, "WS"), (heaters, 15, ""), (enforced, 10, "GD") })
                await ReviewAsync(id, ago, deduct);

            // ── 简易程序 ──
            // 明码标价、亮照 provisions set no warning (价格违法行为行政处罚规定第十三条、登记管理条例第四十八条): a small fine, paid on the spot.
            foreach (var (party, story, fine, ago, facts) in new[] { (p[27], PriceTags, 200m, 40, "3 种商品未标示价格，此前已被责令改正"), (p[28], Licence, 500m, 25, "营业执照未悬挂，经责令改正后复查仍未悬挂") })
            {
                var spot = await SimpleAsync(party, story, [Fine(fine)], ago, facts);
                await Do<Execute.PaymentHandler, long>("casehandler", ago, "登记缴款", x => x.Handle(spot, new DateInput(Day(ago)), ct));
                await Do<Close.CloseHandler, long>("chief", ago - 1, "结案", x => x.Handle(spot, new CloseInput("罚款已当场缴纳"), ct));
            }
            var simplePaid = await SimpleAsync(p[29], Shop, [Fine(1000)], 70, "网店首页未公示营业执照信息，经提醒后 3 日内未改正");
            await Do<Execute.PaymentHandler, long>("casehandler", 64, "登记缴款", x => x.Handle(simplePaid, new DateInput(Day(64)), ct));
            await Do<Close.CloseHandler, long>("chief", 62, "结案", x => x.Handle(simplePaid, new CloseInput("罚款已缴纳"), ct));
            await SimpleAsync(p[0], PriceTags, [Fine(500)], 3, "促销商品未标明原价和促销价格，经提醒后仍未改正");
        }

        private static PenaltyInput Fine(decimal amount) => new(PenaltyKind.Fine, amount);

        private static PenaltyInput Gains(decimal amount) => new(PenaltyKind.ConfiscateIllegalGains, amount);

        private static PenaltyInput Property() => new(PenaltyKind.ConfiscateProperty, null);

        private Task<ClueView> ClueAsync(EntitySummary e, Story s, int ago, ClueSource source) =>
            Do<Clues.Register.RegisterClueHandler, ClueView>("casehandler", ago, "登记线索", x => x.Handle(new NewClue(source, e.Uscc, e.Name, s.Facts, Day(ago), null), ct));

        private async Task<long> OpenAsync(EntitySummary e, Story s, int receivedAgo, int openedAgo, bool major = false)
        {
            var clue = await ClueAsync(e, s, receivedAgo, s.Field == CaseField.ProductQuality || s.Code == "SP124" ? ClueSource.Sampling : ClueSource.OwnFinding);
            return await Do<Clues.Open.OpenCaseHandler, long>("chief", openedAgo, "立案", x => x.Handle(clue.Id, new OpenCase(s.Cause, PartyKind.Organisation, e.Name, e.Uscc,
                e.LegalRep, null, null, null, s.Field, Team, "casehandler", Day(receivedAgo), false, true, true, true,
                major, major ? "涉案货值金额较大，涉及燃气使用安全，拟作出较大数额罚款" : null, major), ct));
        }

        private async Task EvidenceAsync(long id, Story s, int ago)
        {
            foreach (var (type, title, source) in s.Evidence)
            {
                await Do<CollectEvidence.AddEvidenceHandler, long>("casehandler", ago, "收集证据", x => x.Handle(id,
                    new EvidenceInput(type, title, source, Day(ago), Team, $"{title}，经当事人确认无误"), ct));
            }

            var first = await ReadAsync(db => db.Evidence.Where(x => x.CaseId == id).OrderBy(x => x.Id).Select(x => x.Id).FirstAsync(ct));
            await Do<CollectEvidence.AttachFileHandler, long>("casehandler", ago, "上传证据附件", x => x.Handle(id, first, "现场照片.png", _photo, ct));
        }

        private Task<long> ProposeAsync(long id, int ago, Proposal p, Story s) =>
            Do<Propose.ProposeHandler, long>("casehandler", ago, "拟处罚意见", x => x.Handle(id, new ProposeInput(s.Code, p.Penalties, p.Level, p.Reason,
                p.Base, null, null), ct));

        /// <summary>
        /// One ordinary case from its clue to <paramref name="stop"/>: opened <paramref name="opened"/> days ago, then evidence (day 2),
        /// proposal (12), submission (13), 案件审核 (15), notice (16), statement or hearing request (18), hearing (20), 法制审核 (21),
        /// 集体讨论 (23), decision (25), service (26), payment (33) and closing (35) — days after opening.
        /// </summary>
        public async Task<long> RunAsync(EntitySummary e, Story s, Proposal p, int opened, CaseStage stop, bool hearing = false, bool major = false)
        {
            int A(int d) => opened - d;
            var id = await OpenAsync(e, s, opened + 3, opened, major);
            await EvidenceAsync(id, s, A(2));
            await ProposeAsync(id, A(12), p, s);
            await Do<CaseReview.SubmitHandler, long>("casehandler", A(13), "调查终结提交审核", x => x.Handle(id, ct));
            if (stop == CaseStage.Reviewing) return id;
            await Do<CaseReview.ReviewHandler, long>("legal", A(15), "案件审核", x => x.Handle(id, new OpinionInput(true, "主体认定准确，事实清楚，证据确实充分，定性准确，拟处罚意见适当，同意告知当事人"), ct));
            await Do<Notify.NotifyHandler, long>("casehandler", A(16), "告知", x => x.Handle(id, new NoticeInput(Day(A(16))), ct));
            if (stop == CaseStage.Notified) return id;
            if (hearing)
            {
                await Do<Notify.StatementHandler, long>("casehandler", A(18), "申请听证", x => x.Handle(id,
                    new StatementInput("当事人对违法事实无异议，认为处罚过重，书面申请听证", HearingRequested: true, Waived: false), ct));
                if (stop == CaseStage.Hearing) return id;
                await Do<Hearing.HearingHandler, long>("casehandler", A(20), "听证", x => x.Handle(id, new HearingInput(Day(A(20)),
                    "听证会依法公开举行，当事人委托代理人到场陈述申辩。经听证，违法事实清楚、证据充分，当事人提出的已停止使用、积极整改等情节予以采纳，建议维持拟处罚意见"), ct));
            }
            else
            {
                await Do<Notify.StatementHandler, long>("casehandler", A(18), "陈述申辩", x => x.Handle(id, new StatementInput(null, HearingRequested: false, Waived: true), ct));
                await Do<Notify.AdvanceHandler, long>("casehandler", A(18), "进入下一环节", x => x.Handle(id, ct));
            }

            var stage = await ReadAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Stage).FirstAsync(ct));
            if (stage == CaseStage.LegalReview)
            {
                if (stop == CaseStage.LegalReview) return id;
                await Do<LegalReview.LegalReviewHandler, long>("legal", A(21), "法制审核", x => x.Handle(id, new OpinionInput(true,
                    "执法主体合法，当事人认定准确，事实清楚，证据确凿，定性准确，适用依据正确，程序合法，裁量适当，同意拟处罚意见"), ct));
                stage = await ReadAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Stage).FirstAsync(ct));
            }

            if (stage == CaseStage.Collective)
            {
                if (stop == CaseStage.Collective) return id;
                await Do<Collective.CollectiveHandler, long>("leader", A(23), "集体讨论", x => x.Handle(id, new CollectiveInput(Day(A(23)),
                    "经局负责人集体讨论，同意案件承办机构的处理意见，依法作出行政处罚决定"), ct));
            }

            if (stop == CaseStage.Deciding) return id;
            await Do<Decide.DecideHandler, long>("chief", A(25), "作出决定", x => x.Handle(id, ct));
            if (stop == CaseStage.Decided) return id;
            await Do<Serve.ServeHandler, long>("casehandler", A(26), "送达决定书", x => x.Handle(id, new ServeInput(Day(A(26)), "直接送达", string.IsNullOrWhiteSpace(e.LegalRep) ? "当事人委托代理人" : e.LegalRep), ct));
            if (stop == CaseStage.Executing) return id;
            if (p.Penalties.Any(x => x.Kind == PenaltyKind.Fine))
                await Do<Execute.PaymentHandler, long>("casehandler", A(33), "登记缴款", x => x.Handle(id, new DateInput(Day(A(31))), ct));
            await Do<Close.CloseHandler, long>("chief", A(35), "结案", x => x.Handle(id, new CloseInput(p.Penalties.Length == 0
                ? "不予行政处罚决定已送达，当事人已改正" : "当事人已履行行政处罚决定，罚没款已缴入国库"), ct));
            return id;
        }

        private async Task ReviewAsync(long id, int ago, string deduct)
        {
            var items = await ReadAsync(db => db.ReviewItems.Where(i => i.Active).OrderBy(i => i.Order).ToListAsync(ct));
            var scores = items.Select(i => i.Code == deduct
                ? new ScoreInput(i.Code, i.Points - 2, deduct == "WS" ? "送达回证签收日期填写不规范" : "结案审批表未附罚没款缴库凭证复印件")
                : new ScoreInput(i.Code, i.Points, null)).ToList();
            await Do<FileReviews, FileReview>("legal", ago, "案卷评查", x => x.ReviewAsync(id, new ReviewInput(scores,
                deduct.Length == 0 ? "案卷材料齐全，程序规范" : "案卷总体规范，个别文书需改进"), ct));
        }

        private Task<long> SimpleAsync(EntitySummary e, Story s, PenaltyInput[] penalties, int ago, string facts) =>
            Do<SimpleProcedure.SimpleProcedureHandler, long>("casehandler", ago, "简易程序当场处罚", x => x.Handle(new SimpleCaseInput(PartyKind.Organisation, e.Name, e.Uscc,
                $"当事人{facts}", s.Code, penalties, Team, "当事人经营场所"), ct));

        private async Task<T> ReadAsync<T>(Func<CasesDbContext, Task<T>> read)
        {
            using var scope = root.CreateScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
            return await read(scope.ServiceProvider.GetRequiredService<CasesDbContext>());
        }

        private async Task<T> Do<TService, T>(string user, int ago, string what, Func<TService, Task<Result<T>>> act) where TService : class
        {
            var at = new DateTimeOffset(Day(ago).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)).AddMinutes(_minute++ % 480);
            if (at >= now) at = now.AddSeconds(-60 + Math.Min(_minute % 60, 59));
            using var scope = root.CreateScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().Use(users[user]);
            var service = (TService)Build(typeof(TService), scope.ServiceProvider, new At(at));
            var r = await act(service);
            if (!r.IsSuccess) throw new InvalidOperationException($"演示案件数据：{Day(ago):yyyy-MM-dd} {what}失败：{r.Message ?? r.ErrorText}");
            return r.Value!;
        }
    }

    /// <summary>Builds a service of this module with the given clock, and so its own services that read the clock (documents, disclosure).</summary>
    private static object Build(Type type, IServiceProvider sp, TimeProvider clock)
    {
        var ctor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).OrderByDescending(c => c.GetParameters().Length).First();
        var args = ctor.GetParameters().Select(p =>
            p.ParameterType == typeof(TimeProvider) ? clock
            : Stamped(p.ParameterType) ? Build(p.ParameterType, sp, clock)
            : sp.GetRequiredService(p.ParameterType)).ToArray();
        return ctor.Invoke(args);
    }

    private static bool Stamped(Type t) => t.Assembly == typeof(DemoCases).Assembly && t.IsClass && !t.IsAbstract && t != typeof(OrgUnitDirectory) && t != typeof(Documents.DocumentNumberOptions)
        && t.Namespace?.StartsWith("Zhijian.Cases.Features", StringComparison.Ordinal) == true;

    private static ClaimsPrincipal Synthetic(string county, string name, OrgUnitEntry unit) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.Name, $"demo.{county}"),
        new Claim(ZhijianClaims.DisplayName, name),
        new Claim(ClaimTypes.Role, Roles.CaseHandler),
        new Claim(ZhijianClaims.Division, county),
        new Claim(ZhijianClaims.OrgUnitId, unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new Claim(ZhijianClaims.OrgUnitName, unit.Name),
    ], "demo"));

    /// <summary>A 16×16 evidence photo: a real PNG (signature, IHDR, zlib IDAT, IEND with CRCs), built here.</summary>
    private static byte[] Png()
    {
        const int size = 16;
        var raw = new byte[size * ((size * 3) + 1)];
        for (var y = 0; y < size; y++)
        {
            var row = y * ((size * 3) + 1);
            for (var x = 0; x < size; x++)
            {
                raw[row + 1 + (x * 3)] = (byte)(x * 16);
                raw[row + 2 + (x * 3)] = (byte)(y * 16);
                raw[row + 3 + (x * 3)] = 160;
            }
        }

        using var zipped = new MemoryStream();
        using (var z = new ZLibStream(zipped, CompressionLevel.Optimal, leaveOpen: true)) z.Write(raw);
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        Chunk(png, "IHDR"u8, header);
        Chunk(png, "IDAT"u8, zipped.ToArray());
        Chunk(png, "IEND"u8, []);
        return png.ToArray();
    }

    private static void Chunk(Stream s, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> n = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(n, data.Length);
        s.Write(n);
        var body = new byte[type.Length + data.Length];
        type.CopyTo(body);
        data.CopyTo(body.AsSpan(type.Length));
        s.Write(body);
        BinaryPrimitives.WriteUInt32BigEndian(n, Crc(body));
        s.Write(n);
    }

    private static uint Crc(ReadOnlySpan<byte> data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            c ^= b;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }

        return ~c;
    }

    private static async Task<List<EntitySummary>> TargetsAsync(IEntityDirectory directory, string county, int count, CancellationToken ct)
    {
        var keys = new List<string>();
        await foreach (var k in directory.SelectAsync(new EntityFilter(Types: [EntityType.LimitedCompany, EntityType.IndividualBusiness], Statuses: [EntityStatus.Active], DivisionCodes: [county]), ct))
        {
            if (keys.Count >= count * 3) break;
            keys.Add(k.Uscc);
        }

        var step = Math.Max(1, keys.Count / count);
        var picked = keys.Where((_, i) => i % step == 0).Take(count).ToList();
        return [.. (await directory.FindManyAsync(picked, ct)).OrderBy(e => e.Uscc, StringComparer.Ordinal)];
    }
}
