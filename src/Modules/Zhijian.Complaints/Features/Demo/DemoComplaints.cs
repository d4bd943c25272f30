using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Complaints.Data;
using Zhijian.Complaints.Features.Handling;
using Zhijian.Complaints.Features.Intake;
using Zhijian.Complaints.Features.Odr;
using Zhijian.Complaints.Features.Public;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;

namespace Zhijian.Complaints.Features.Demo;

/// <summary>
/// Demo 投诉举报 across the 12 demo bureaus of 济南, received over the last ten weeks and handled as the days went by: every
/// state (待受理 on time, due soon and overdue; ODR; 调解中, paused for testing; 核查中, extended; every closed outcome),
/// every channel (portal, 12315, 12345 tickets, walk-in, letter), mixed filings split in two, flagged filings, transfers,
/// satisfaction ratings, and a burst of prepaid-card complaints against one 历下 business this week. Each filing goes
/// through the real intake and handling services on a clock set to the day it happened, so deadlines, on-time marks
/// and the timeline are what they would have been. Seeded once, into an empty filings table.
/// </summary>
internal static class DemoComplaints
{
    private static readonly string[] Counties = ["370102", "370103", "370104", "370105", "370112", "370113", "370114", "370115", "370116", "370117", "370124", "370126"];

    private static readonly string[] HandlerNames = ["刘芳", "周婷", "吴磊", "郑洁", "冯刚", "陈晓", "褚明", "卫东", "蒋琳", "沈涛", "韩雪", "杨帆"];

    private static readonly string[] People = ["王小明", "李秀英", "张伟华", "刘洋", "陈静", "杨帆", "黄磊", "赵丽", "孙强", "周敏", "吴芳", "徐涛", "马丽", "朱军", "胡雪"];

    private static readonly (string Category, string Problem, string Facts, string Demand, decimal Amount)[] Stories =
    [
        ("G03", "P01", "在该店购买的手机使用一周后频繁死机、自动关机，要求退货被拒绝，店员称只能送修。", "退货退款", 3299m),
        ("S15", "P11", "在该健身房办理年卡后门店突然停业，剩余 8 个月费用无法退还，联系不上负责人。", "退还剩余费用", 2400m),
        ("G01", "P01", "购买的盒装牛奶开封后发现已变质结块，查看生产日期已过保质期。", "按食品安全法赔偿", 1000m),
        ("S01", "P02", "在该餐馆就餐后家人出现腹泻呕吐，就医花费 600 元，店家拒绝承担责任。", "赔偿医疗费用", 600m),
        ("S03", "P04", "为孩子报名的编程培训课程未按合同开课，机构以老师离职为由一再拖延。", "解除合同并退费", 6800m),
        ("S08", "P06", "网购的羽绒服宣传含绒量 90%，收到后明显偏薄，洗标显示含绒量 50%。", "退一赔三", 899m),
        ("G02", "P03", "新买的空调安装后不制冷，售后三次上门均未修好，商家推诿给厂家。", "更换新机", 4599m),
        ("S09", "P05", "上门维修洗衣机，事前电话报价 80 元，修完收费 650 元，不付不让走。", "退还多收费用", 570m),
        ("S10", "P04", "装修公司未按合同约定工期完工，已拖延两个月，且部分材料与合同不符。", "按合同支付违约金", 12000m),
        ("G06", "P08", "购买的面霜使用后面部红肿过敏，怀疑为假冒产品，商家拒绝提供进货凭证。", "退款并赔偿医疗费", 420m),
        ("S07", "P04", "报名的旅游团行程中被强制购物，导游威胁不购物不让上车。", "退还部分团费", 1500m),
        ("S05", "P10", "在该公司 App 注册后频繁接到骚扰电话，怀疑个人信息被泄露。", "删除个人信息并赔礼道歉", 0m),
    ];

    private static readonly (string Facts, bool Advertising)[] ReportStories =
    [
        ("该店货架上销售多批次过期食品，包括酸奶、面包，已拍照留存。", false),
        ("该店商品标价签价格与结账时价格不一致，多收顾客费用，多人遇到。", false),
        ("该公司在朋友圈发布广告，宣称其保健食品可以治疗糖尿病，涉嫌虚假广告。", true),
        ("该加油站加油机计量不准，加 40 升实际不足 38 升。", false),
        ("该店无证经营现制现售饮品，后厨卫生条件很差。", false),
    ];

    /// <summary>Clock set to one moment: lets the demo run each step on the day it happened.</summary>
    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;

        public override TimeZoneInfo LocalTimeZone => Zhijian.Platform.Calendar.ChinaTime.Zone;
    }

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ComplaintsDbContext>();
        if (await db.Filings.IgnoreQueryFilters().AnyAsync(ct)) return;
        var actor = sp.GetRequiredService<ActorContext>();
        actor.UseSystem();
        var directory = sp.GetRequiredService<IEntityDirectory>();
        if (await directory.CountAsync(new EntityFilter(Statuses: [EntityStatus.Active], DivisionCodes: ["370102"]), ct) < 50)
            return; // no demo registry (tests start with an empty one)
        var units = sp.GetRequiredService<OrgUnitDirectory>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var random = new Random(20261123);
        var users = sp.GetRequiredService<UserManager<StaffUser>>();
        var realHandler = await users.FindByNameAsync("complaint");
        var handlerPrincipal = realHandler is null ? null : await sp.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>().CreateAsync(realHandler);

        // The ODR enterprise of the demo: one 历下 business approved by the section chief.
        var lixia = await TargetsAsync(directory, "370102", 40, ct);
        string? odrUscc = null;
        if (lixia.Count > 10)
        {
            odrUscc = lixia[7].Uscc;
            var chief = await users.FindByNameAsync("chief");
            if (chief is not null)
            {
                using var odrScope = root.CreateScope();
                odrScope.ServiceProvider.GetRequiredService<ActorContext>().Use(await sp.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>().CreateAsync(chief));
                var odr = ActivatorUtilities.CreateInstance<Odr.Odr>(odrScope.ServiceProvider, new At(now.AddDays(-60)));
                await odr.ApproveAsync(new ApproveOdr(odrUscc, "客服中心 0531-86012345"), ct);
            }
        }

        for (var c = 0; c < Counties.Length; c++)
        {
            var county = Counties[c];
            var targets = c == 0 ? lixia : await TargetsAsync(directory, county, 12, ct);
            if (targets.Count == 0) continue;
            var unit = await units.CountyBureauForAsync(county, ct);
            if (unit is null) continue;
            var principal = c == 0 && handlerPrincipal is not null ? handlerPrincipal : Synthetic(county, HandlerNames[c], unit);
            var scenarios = c == 0 ? 40 : 12;
            for (var i = 0; i < scenarios; i++)
            {
                var target = targets[i % targets.Count];
                var scenario = c == 0 ? i % 20 : (i * 7 + c) % 20;
                await RunAsync(root, principal, scenario, target, county, random, now, odrUscc, ct);
            }
        }

        // A burst this week: prepaid-card complaints against one 历下 gym-like business (what spike detection finds).
        if (lixia.Count > 3)
        {
            var monday = Analysis.Weeks.StartOf(Zhijian.Platform.Calendar.ChinaTime.ToChinaDate(now));
            var weekStart = new DateTimeOffset(monday.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
            for (var i = 0; i < 8; i++)
            {
                var at = weekStart.AddHours(9 + (i * 5)) < now ? weekStart.AddHours(9 + (i * 5)) : now.AddMinutes(-10 - i);
                await IntakeAsync(root, null, at, Body(lixia[3].Uscc, "complaint", Stories[1], People[(i + 3) % People.Length], random), FilingChannel(i), "370102", ct);
            }
        }

        // What the hourly job would find now (the burst), and one published consumer warning drafted from a hot spot.
        using (var spikes = root.CreateScope())
        {
            spikes.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
            await spikes.ServiceProvider.GetRequiredService<Analysis.Spikes>().DetectAsync(ct);
        }

        var chiefUser = await users.FindByNameAsync("chief");
        if (chiefUser is not null)
        {
            using var w = root.CreateScope();
            w.ServiceProvider.GetRequiredService<ActorContext>().Use(await sp.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>().CreateAsync(chiefUser));
            var warnings = w.ServiceProvider.GetRequiredService<Disclosure.ConsumerWarnings>();
            var today = Zhijian.Platform.Calendar.ChinaTime.ToChinaDate(now);
            var draft = await warnings.DraftAsync(new Disclosure.DraftConsumerWarning("category", "S15", today.AddDays(-90), today), ct);
            if (draft.IsSuccess)
            {
                await warnings.EditAsync(draft.Value!.Id, new Disclosure.SaveConsumerWarning("关于预付式消费的消费提示",
                    "近期我局收到多起健身、美容美发等行业预付卡消费投诉，主要反映经营者停业、转让后拒不退还余额。提醒广大消费者：一是选择信誉良好、证照齐全的经营者；二是理性办卡，不轻信“低价”“高折扣”宣传，单次充值金额不宜过大；三是签订书面合同，明确服务内容、退费条件；四是妥善保存合同、发票、付款凭证；五是发现经营者停业、跑路等情况，及时拨打 12315 或通过全国 12315 平台投诉举报。"), ct);
                await warnings.PublishAsync(draft.Value.Id, ct);
            }
        }
    }

    private static Contracts.FilingChannel FilingChannel(int i) => (i % 5) switch
    {
        0 => Contracts.FilingChannel.Portal,
        1 => Contracts.FilingChannel.Hotline12315,
        2 => Contracts.FilingChannel.Hotline12345,
        3 => Contracts.FilingChannel.Walkin,
        _ => Contracts.FilingChannel.Letter,
    };

    private static async Task RunAsync(IServiceProvider root, ClaimsPrincipal handler, int scenario, EntitySummary target, string county, Random random,
        DateTimeOffset now, string? odrUscc, CancellationToken ct)
    {
        var story = Stories[random.Next(Stories.Length)];
        var person = People[random.Next(People.Length)];
        var channel = FilingChannel(scenario);
        // (kind, received days ago, steps as (day offset, action))
        var (kind, daysAgo) = scenario switch
        {
            0 => ("complaint", 1),
            1 => ("complaint", 14), // overdue: never decided
            2 => ("complaint", 9),
            3 => ("complaint", 45),
            4 => ("complaint", 30),
            5 => ("complaint", 62),
            6 => ("report", 4),
            7 => ("report", 38),
            8 => ("report", 50),
            9 => ("inquiry", 6),
            10 => ("suggestion", 3),
            11 => ("complaint", 5),
            12 => ("complaint", 20),
            13 => ("complaint", 25),
            14 => ("mixed", 16),
            15 => ("complaint", 8),
            16 => ("complaint", 55),
            17 => ("report", 12),
            18 => ("complaint", 6), // due soon
            _ => ("complaint", 33),
        };
        var received = now.AddDays(-daysAgo).AddHours(-random.Next(0, 6));
        var body = kind == "report" ? Report(target, ReportStories[random.Next(ReportStories.Length)], person, random)
            : kind is "inquiry" or "suggestion" ? Question(kind, person, random)
            : Body(target.Uscc, kind, story, person, random);
        if (scenario == 11 && odrUscc is not null && county == "370102") body = Body(odrUscc, "complaint", story, person, random) with { ViaOdr = true };
        if (kind == "mixed") body = body with { ReportFacts = "该店涉嫌以翻新机冒充新机销售，欺诈消费者。" };
        var receipt = await IntakeAsync(root, scenario == 15 ? "13905310000" : null, received, body, channel, county, ct);
        if (receipt is null) return;
        var id = receipt.Parts[0].Id;
        var code = receipt.QueryCode;

        // Each step as the county's handler, on its own day (the clock of the shared step machinery every slice goes through).
        async Task Act<THandler>(int afterDays, Func<THandler, Task<Result<FilingDetail>>> action) where THandler : class
        {
            var at = received.AddDays(afterDays).AddHours(2);
            if (at >= now) return;
            using var scope = root.CreateScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().Use(handler);
            var actions = ActivatorUtilities.CreateInstance<FilingActions>(scope.ServiceProvider, new At(at));
            await action(ActivatorUtilities.CreateInstance<THandler>(scope.ServiceProvider, actions));
        }

        switch (scenario)
        {
            case 2 or 12 or 13 or 15 or 18:
                await Act<RespondHandler>(0, h => h.Handle(id, new NoteCommand("已电话联系投诉人，告知办理流程和时限"), ct));
                if (scenario != 18) await Act<AcceptFilingHandler>(2, h => h.Handle(id, ct));
                if (scenario == 12)
                {
                    await Act<NoteHandler>(5, h => h.Handle(id, new NoteCommand("组织双方现场调解，商家同意送检后再协商"), ct));
                    await Act<PauseFilingHandler>(6, h => h.Handle(id, new PauseCommand("商品送山东省产品质量检验研究院检验"), ct));
                }

                break;
            case 3 or 16 or 19:
                await Act<RespondHandler>(0, h => h.Handle(id, new NoteCommand("已联系投诉人"), ct));
                await Act<AcceptFilingHandler>(3, h => h.Handle(id, ct));
                await Act<NoteHandler>(8, h => h.Handle(id, new NoteCommand("电话调解，双方初步同意退款方案"), ct));
                await Act<SettleFilingHandler>(scenario == 16 ? 40 : 12, h => h.Handle(id, new SettleCommand("经调解，经营者同意" + body.Demand + "，当场履行", body.Amount), ct));
                if (code is not null && scenario != 19)
                {
                    using var scope = root.CreateScope();
                    var follow = ActivatorUtilities.CreateInstance<PublicFollow>(scope.ServiceProvider, new At(received.AddDays(15)));
                    await follow.RateAsync(receipt.Parts[0].Number, new RateCommand(code, scenario == 16 ? 3 : 5, scenario == 16 ? "处理时间有点长" : "处理及时，态度很好"), ct);
                }

                break;
            case 4:
                await Act<RefuseFilingHandler>(4, h => h.Handle(id, new RefuseCommand(3, "投诉人一个月内购买同款商品 20 件并分别投诉，不属于为生活消费需要"), ct));
                break;
            case 5:
                await Act<AcceptFilingHandler>(1, h => h.Handle(id, ct));
                await Act<TerminateFilingHandler>(30, h => h.Handle(id, new TerminateCommand(3, "经营者明确表示不同意任何赔偿方案"), ct));
                break;
            case 6 or 17:
                await Act<RespondHandler>(0, h => h.Handle(id, new NoteCommand("已登记，安排执法人员核查"), ct));
                if (scenario == 17) await Act<ExtendVerificationHandler>(9, h => h.Handle(id, new ExtendCommand("需调取三个月的销售记录", "赵磊"), ct));
                break;
            case 7:
                await Act<RespondHandler>(1, h => h.Handle(id, new NoteCommand("已安排核查"), ct));
                await Act<DecideReportHandler>(12, h => h.Handle(id, new DecideCommand(true, "现场检查发现举报事项属实，涉嫌违反《中华人民共和国食品安全法》"), ct));
                break;
            case 8:
                await Act<ExtendVerificationHandler>(14, h => h.Handle(id, new ExtendCommand("需向平台调取交易记录", "赵磊"), ct));
                await Act<DecideReportHandler>(24, h => h.Handle(id, new DecideCommand(false, "经现场核查，未发现举报所称违法行为"), ct));
                break;
            case 9:
                await Act<AnswerFilingHandler>(1, h => h.Handle(id, new AnswerCommand("根据《消费者权益保护法》第二十五条，网购商品自收到之日起七日内可无理由退货（定作、鲜活易腐等除外）。"), ct));
                break;
            case 14:
                await Act<AcceptFilingHandler>(1, h => h.Handle(id, ct));
                if (receipt.Parts.Count > 1) await Act<DecideReportHandler>(10, h => h.Handle(receipt.Parts[1].Id, new DecideCommand(true, "抽检确认为翻新机，涉嫌欺诈"), ct));
                break;
        }
    }

    private static async Task<IntakeReceipt?> IntakeAsync(IServiceProvider root, string? phone, DateTimeOffset at, SubmitFiling body, Contracts.FilingChannel channel, string county, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().UseSystem();
        if (phone is not null) body = body with { Person = body.Person! with { Phone = phone } };
        var intake = ActivatorUtilities.CreateInstance<SubmitFilingHandler>(scope.ServiceProvider, new At(at));
        var ticket = channel == Contracts.FilingChannel.Hotline12345 ? $"JN12345-{at:yyyyMMdd}-{Random.Shared.Next(100000, 999999)}" : null;
        var origin = new IntakeOrigin(channel, ticket is null ? null : "12345", null, "demo", county, IssueQueryCode: channel == Contracts.FilingChannel.Portal || channel == Contracts.FilingChannel.Hotline12315);
        var r = await intake.SubmitAsync(body with { TicketId = ticket }, origin, ct);
        return r.IsSuccess ? r.Value : null;
    }

    private static SubmitFiling Body(string uscc, string kind, (string Category, string Problem, string Facts, string Demand, decimal Amount) story, string person, Random random) =>
        new(kind, Person(person, random), new TargetInput(uscc, null, null, null, null, null, null, null, null),
            story.Category, story.Problem, story.Amount, null, story.Facts, story.Demand);

    private static SubmitFiling Report(EntitySummary target, (string Facts, bool Advertising) story, string person, Random random) =>
        new("report", random.Next(3) == 0 ? new PersonInput(null, null, null, null, Anonymous: true) : Person(person, random),
            new TargetInput(target.Uscc, null, null, null, null, null, null, null, null), Facts: story.Facts, Advertising: story.Advertising);

    private static SubmitFiling Question(string kind, string person, Random random) =>
        new(kind, Person(person, random), null, Facts: kind == "inquiry" ? "请问网购的衣服不合适，商家不同意七天无理由退货，该怎么办？" : "建议在大型商场设置更多消费维权服务站，方便消费者就近投诉。");

    private static PersonInput Person(string name, Random random) =>
        new(name, $"139{random.Next(10000000, 99999999)}", null, $"济南市历下区经十路{random.Next(1, 300)}号");

    private static ClaimsPrincipal Synthetic(string county, string name, OrgUnitEntry unit) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.Name, $"demo.{county}"),
        new Claim(ZhijianClaims.DisplayName, name),
        new Claim(ClaimTypes.Role, Roles.ComplaintHandler),
        new Claim(ZhijianClaims.Division, county),
        new Claim(ZhijianClaims.OrgUnitId, unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new Claim(ZhijianClaims.OrgUnitName, unit.Name),
    ], "demo"));

    private static async Task<List<EntitySummary>> TargetsAsync(IEntityDirectory directory, string county, int count, CancellationToken ct)
    {
        var keys = new List<string>();
        await foreach (var k in directory.SelectAsync(new EntityFilter(Types: [EntityType.LimitedCompany, EntityType.IndividualBusiness], Statuses: [EntityStatus.Active], DivisionCodes: [county]), ct))
        {
            if (keys.Count >= count * 5) break;
            keys.Add(k.Uscc);
        }

        var picked = keys.Where((_, i) => i % 5 == 0).Take(count).ToList();
        return [.. (await directory.FindManyAsync(picked, ct)).OrderBy(e => e.Uscc, StringComparer.Ordinal)];
    }
}
