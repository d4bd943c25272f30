using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Inspections.Contracts;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Features.Assignments;
using Zhijian.Inspections.Features.Draws;
using Zhijian.Inspections.Features.Findings;
using Zhijian.Inspections.Features.Inspectors;
using Zhijian.Inspections.Features.Items;
using Zhijian.Inspections.Features.Libraries;
using Zhijian.Inspections.Features.Plans;
using Zhijian.Inspections.Features.Witnesses;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;

namespace Zhijian.Inspections.Features.Demo;

/// <summary>
/// Demo 双随机、一公开 for 历下区 (as the section chief 赵磊): an item list, libraries, an inspector library, a published
/// 2026 plan; one task drawn, staffed, inspected, confirmed and published; one joint task being inspected (张伟 has
/// targets to enter); one task waiting for its draw. Seeded once, into an empty plan table.
/// </summary>
internal static class DemoInspections
{
    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<InspectionsDbContext>();
        if (await db.Plans.IgnoreQueryFilters().AnyAsync(ct)) return;
        var users = sp.GetRequiredService<UserManager<StaffUser>>();
        var chief = await users.FindByNameAsync("chief");
        if (chief is null) return;
        var actor = sp.GetRequiredService<ActorContext>();
        var principal = await sp.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>().CreateAsync(chief);
        actor.Use(principal);
        var directory = sp.GetRequiredService<Entities.Contracts.IEntityDirectory>();
        if (await directory.CountAsync(new Entities.Contracts.EntityFilter(Statuses: [Entities.Contracts.EntityStatus.Active], DivisionCodes: ["370102"]), ct) < 200)
            return; // no demo registry (tests start with an empty one)
        var clock = sp.GetRequiredService<TimeProvider>();
        var calendar = sp.GetRequiredService<IWorkingCalendar>();
        var today = clock.Today();

        var items = sp.GetRequiredService<Items.Items>();
        var itemIds = new List<long>();
        foreach (var item in Catalogue)
            itemIds.Add(Must(await items.SaveAsync(null, item, ct)).Id);

        var inspectors = sp.GetRequiredService<Inspectors.Inspectors>();
        var officerIds = new List<long>();
        foreach (var (name, cert, dept, tags, user) in Officers)
            officerIds.Add(Must(await inspectors.SaveAsync(null, new SaveInspector(name, cert, dept, tags, user, true), ct)).Id);
        Must(await inspectors.AddLeaveAsync(officerIds[5], new AddLeave(today.AddDays(-3), today.AddDays(20), "参加省局执法业务培训"), ct));

        var libraries = sp.GetRequiredService<Libraries.Libraries>();
        var exemption = new List<Domain.Exemption> { new("瞪羚企业", "市级“瞪羚企业”培育库企业，本年度市级双随机抽查免检（淄博、济南做法）"), new("独角兽企业", "独角兽企业，市级抽查免检") };
        var all = Must(await libraries.SaveAsync(null, new SaveLibrary("历下区存续企业", "历下区登记、存续的各类企业（不含个体工商户）",
            [Entities.Contracts.EntityType.LimitedCompany, Entities.Contracts.EntityType.JointStockCompany, Entities.Contracts.EntityType.SoleProprietorship, Entities.Contracts.EntityType.Partnership, Entities.Contracts.EntityType.ForeignInvested, Entities.Contracts.EntityType.Branch],
            null, ["370102"], null, null, null, true, exemption), ct));
        var food = Must(await libraries.SaveAsync(null, new SaveLibrary("历下区食品经营者", "持有有效食品经营许可证的主体（由许可自动标注“食品经营者”）",
            null, null, ["370102"], ["食品经营者"], null, null, true, exemption), ct));
        var all2 = Must(await libraries.SaveAsync(null, new SaveLibrary("历下区个体工商户", "历下区存续的个体工商户", [Entities.Contracts.EntityType.IndividualBusiness],
            null, ["370102"], null, null, null, true, []), ct));

        // The demo lives through its history on a clock of its own: the plan is published, then each task's list is frozen
        // with a declared public value (the next trading day's SSE closing), drawn after that closing, and its officers drawn
        // the same way, each at the time it would have happened (so every published record obeys the rules it demonstrates).
        var history = new DemoClock(clock.GetUtcNow());
        var witnessBook = ActivatorUtilities.CreateInstance<Witnesses.Witnesses>(sp, history);
        var witnessIds = new List<long>();
        foreach (var (name, unit, role) in DemoWitnesses)
            witnessIds.Add(Must(await witnessBook.SaveAsync(null, new Witnesses.SaveWitness(name, unit, role, true), ct)).Id);
        var plans = ActivatorUtilities.CreateInstance<Plans.Plans>(sp, history);
        var draws = ActivatorUtilities.CreateInstance<Draws.Draws>(sp, history, witnessBook);
        var assignments = ActivatorUtilities.CreateInstance<Assignments.Assignments>(sp, history, witnessBook);
        var results = sp.GetRequiredService<InspectionResults>();

        var year = today.Year;
        var start1 = today.AddDays(-30); // inspected in the last 20 working days: published within the deadline
        var start2 = today.AddDays(-14);
        var frozen1 = LastTradingDayBefore(calendar, start1.AddDays(-3));
        var frozen2 = LastTradingDayBefore(calendar, start2.AddDays(-3));
        history.Set(frozen1.AddDays(-5), new TimeOnly(10, 0));

        // The year's plan; the tasks end by 31 December (the plan stretches only where a task could not fit: a task starts 30
        // days back, another 7 days ahead).
        var planFrom = new[] { new DateOnly(year, 1, 1), today.AddDays(-70) }.Min();
        var planTo = new[] { new DateOnly(year, 12, 31), today.AddDays(14) }.Max();
        DateOnly ByPlanEnd(DateOnly d) => d > planTo ? planTo : d;
        var plan = Must(await plans.SavePlanAsync(null, new SavePlan(year, $"历下区市场监督管理局{year}年度“双随机、一公开”抽查工作计划",
            "依据《关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》制定。按企业信用风险分类确定抽查比例，高风险多抽；会同税务部门开展联合抽查，“进一次门、查多项事”。抽查结果自检查结束之日起 20 个工作日内公示。",
            planFrom, planTo, itemIds, [all.Id, food.Id, all2.Id]), ct));
        Must(await plans.PublishPlanAsync(plan.Id, ct));

        // Task 2 (joint inspection with the tax bureau, drawn and staffed; 张伟 has targets waiting) is created before task 1
        // although it starts later: 张伟 is always one of its officers (its 8 targets need 16 market-regulation officers with
        // the 食品 tag; 6 are available, 郑敏 being on leave, at most 3 targets each, so the 5 others cover at most 15), and
        // the rule "not the officer of the entity's previous task" reads earlier tasks only, so task 1's officers never
        // leave a target of task 2 short.
        var t2 = Must(await plans.CreateTaskAsync(new CreateTask(plan.Id, $"{year}年度食品经营者部门联合抽查（市场监管、税务）", food.Id, "fixed", null, null, null, null, null, 8,
            [new TaskDepartmentInput(Items.Items.DefaultDepartment, [itemIds[2], itemIds[3]], 2), new TaskDepartmentInput("国家税务总局济南市历下区税务局", [itemIds[5]], 1)],
            start2, ByPlanEnd(today.AddDays(30)), 3), ct));
        // Task 1: drawn, staffed, inspected, confirmed, published.
        var t1 = Must(await plans.CreateTaskAsync(new CreateTask(plan.Id, $"{year}年度企业公示信息及登记事项抽查", all.Id, "risk", 0.005m, 0.05m, 0.25m, 0.65m, 0.02m, null,
            [new TaskDepartmentInput(Items.Items.DefaultDepartment, [itemIds[0], itemIds[1]], 2)], start1, today.AddDays(-3), 30), ct));

        await DrawWithWitnessesAsync(t1.Id, frozen1, [witnessIds[0], witnessIds[2]]);
        await DrawWithWitnessesAsync(t2.Id, frozen2, [witnessIds[1]]);

        async Task DrawWithWitnessesAsync(long taskId, DateOnly frozenOn, List<long> who)
        {
            // Frozen at 10:00; the declared value is the next trading day's closing (15:00), entered at 15:30. The officers'
            // lists are frozen at 16:00 that day, with the closing of the trading day after.
            var valueOn = NextTradingDayAfter(calendar, frozenOn);
            history.Set(frozenOn, new TimeOnly(10, 0));
            Must(await draws.CommitAsync(taskId, new CommitCommand($"上海证券交易所 上证指数 {valueOn:yyyy-MM-dd} 收盘点位", At(valueOn, 15), who), ct));
            history.Set(valueOn, new TimeOnly(15, 30));
            Must(await draws.DrawAsync(taskId, new DrawCommand([.. who.Select((id, i) => new Witnesses.WitnessValueInput(id, i == 0 ? Closing(valueOn) : Digits(valueOn, i)))]), ct));
            var officersOn = NextTradingDayAfter(calendar, valueOn);
            history.Set(valueOn, new TimeOnly(16, 0));
            var od = Must(await assignments.FreezeAsync(taskId, new Witnesses.DeclarationInput($"上海证券交易所 上证指数 {officersOn:yyyy-MM-dd} 收盘点位", At(officersOn, 15), who), ct));
            history.Set(officersOn, new TimeOnly(15, 30));
            Must(await assignments.DrawAsync(taskId, od.Seq, new DrawCommand([.. who.Select((id, i) => new Witnesses.WitnessValueInput(id, i == 0 ? Closing(officersOn) : Digits(officersOn, i)))]), ct));
        }

        var staffed = await assignments.ViewAsync(t1.Id, ct);
        var categories = new[] { ResultCategory.NoProblem, ResultCategory.NoProblem, ResultCategory.NoProblem, ResultCategory.Corrected, ResultCategory.NoProblem, ResultCategory.Unreachable, ResultCategory.NoProblem, ResultCategory.FollowUp, ResultCategory.NotPublished };
        for (var i = 0; i < staffed.Count; i++)
        {
            var target = staffed[i];
            var category = categories[i % categories.Length];
            var on = calendar.AddWorkingDays(start1, 3 + i % 12);
            var entered = Must(await results.EnterAsync(t1.Id, new EnterResult(target.Uscc, category, Notes(category), on), ct));
            foreach (var officer in target.Officers.Where(o => !o.Recused))
            {
                actor.Use(MobileApp(principal));
                Must(await results.ConfirmAsync(entered.Id, new ConfirmResult(officer.CertificateNo), ct));
                actor.Use(principal);
            }
        }

        Must(await results.PublishAsync(t1.Id, ct));

        var joint = await assignments.ViewAsync(t2.Id, ct);
        var first = joint[0];
        Must(await results.EnterAsync(t2.Id, new EnterResult(first.Uscc, ResultCategory.NoProblem, Notes(ResultCategory.NoProblem), today.AddDays(-2)), ct));

        // Task 3: waiting for its draw (the console's draw page starts here).
        Must(await plans.CreateTaskAsync(new CreateTask(plan.Id, $"{year}年度个体工商户明码标价专项抽查", all2.Id, "risk", null, null, null, null, null, null,
            [new TaskDepartmentInput(Items.Items.DefaultDepartment, [itemIds[4]], 2)], today.AddDays(7), ByPlanEnd(today.AddDays(40)), null), ct));
    }

    /// <summary>The last day before <paramref name="day"/> the stock exchange closed on: a working day that is not a weekend (调休 Saturdays are not trading days).</summary>
    internal static DateOnly LastTradingDayBefore(IWorkingCalendar calendar, DateOnly day)
    {
        var d = day.AddDays(-1);
        while (!calendar.IsWorkingDay(d) || d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) d = d.AddDays(-1);
        return d;
    }

    /// <summary>The first trading day after <paramref name="day"/>.</summary>
    internal static DateOnly NextTradingDayAfter(IWorkingCalendar calendar, DateOnly day)
    {
        var d = day.AddDays(1);
        while (!calendar.IsWorkingDay(d) || d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) d = d.AddDays(1);
        return d;
    }

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));

    /// <summary>A plausible SSE closing for the day (the demo does not know the real one).</summary>
    private static string Closing(DateOnly day) => (2950 + day.DayNumber % 211 + day.DayNumber % 97 / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Digits a second witness picks.</summary>
    private static string Digits(DateOnly day, int i) => ((day.DayNumber * 7919 + i * 104729) % 100000).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The demo's own clock: set to each step's time as the history is played.</summary>
    private sealed class DemoClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public void Set(DateOnly day, TimeOnly time) => _now = new DateTimeOffset(day.ToDateTime(time), TimeSpan.FromHours(8)).ToUniversalTime();

        public override DateTimeOffset GetUtcNow() => _now;
    }

    private static readonly (string Name, string Unit, string Role)[] DemoWitnesses =
    [
        ("王平", "历下区纪委监委派驻区市场监管局纪检组", "纪检监察干部"),
        ("李娜", "历下区泉城路街道居民", "社会监督员（群众代表）"),
        ("陈立新", "历下区人大常委会", "区人大代表"),
    ];

    private static T Must<T>(Zhijian.Platform.Web.Result<T> r) =>
        r.IsSuccess ? r.Value! : throw new InvalidOperationException("演示数据（双随机）生成失败：" + r.ErrorText);

    private static ClaimsPrincipal MobileApp(ClaimsPrincipal staff) => new(new ClaimsIdentity(
        [
            new Claim(ZhijianClaims.ApiClient, "demo-mobile-inspection"),
            new Claim(ZhijianClaims.Scope, InspectionAccess.WriteScope),
            .. staff.FindAll(ZhijianClaims.Division),
            .. staff.FindAll(ZhijianClaims.OrgUnitId),
        ], "demo"));

    private static string Notes(ResultCategory c) => c switch
    {
        ResultCategory.NoProblem => "现场核查营业执照悬挂、登记住所与实际经营场所一致，年度报告及即时信息已按规定公示，未发现问题。",
        ResultCategory.Corrected => "营业执照未在经营场所醒目位置悬挂，已当场责令改正，经营者已整改完毕。",
        ResultCategory.Unreachable => "两次按登记住所实地核查，现场为其他单位使用，电话无法接通，通过登记的住所无法联系。",
        ResultCategory.FollowUp => "现场发现涉嫌超范围经营医疗器械，已拍照取证，移交案件线索进一步核查。",
        ResultCategory.NotPublished => "企业未按规定公示股东认缴和实缴出资信息，已告知限期公示。",
        _ => InspectionNames.Of(c),
    };

    private static readonly SaveItem[] Catalogue =
    [
        new("SD-LX-001", "企业公示信息情况检查", ["年度报告公示信息", "即时公示信息", "股东及出资信息"], "《企业信息公示暂行条例》第十四条", Items.Items.DefaultDepartment, "企业",
            [InspectionMethod.Documents, InspectionMethod.OnSite], false, "不低于3%", "每年1次", []),
        new("SD-LX-002", "登记事项检查", ["登记住所（经营场所）", "法定代表人（负责人）任职情况", "营业执照规范使用"], "《中华人民共和国市场主体登记管理条例》第三十五条、第三十八条",
            Items.Items.DefaultDepartment, "企业、农民专业合作社、个体工商户", [InspectionMethod.OnSite], false, "不低于3%", "每年1次", []),
        new("SD-LX-003", "食品经营者经营条件及规范情况检查", ["许可证件", "进货查验记录", "贮存条件", "从业人员健康管理"], "《中华人民共和国食品安全法》第三十三条、第五十三条、第一百一十条",
            Items.Items.DefaultDepartment, "食品经营者", [InspectionMethod.OnSite], true, "不低于5%", "每年1次", ["食品"]),
        new("SD-LX-004", "食品标签及广告合规检查", ["预包装食品标签", "食品广告内容"], "《中华人民共和国食品安全法》第六十七条、第七十三条", Items.Items.DefaultDepartment,
            "食品经营者", [InspectionMethod.OnSite, InspectionMethod.Online], false, "不低于3%", "每年1次", ["食品"]),
        new("SD-LX-005", "明码标价情况检查", ["价格标示", "收费公示"], "《中华人民共和国价格法》第十三条；《明码标价和禁止价格欺诈规定》", Items.Items.DefaultDepartment,
            "个体工商户", [InspectionMethod.OnSite], false, "不低于3%", "每年1次", ["价格"]),
        new("SD-LX-T01", "纳税信用及发票使用情况检查", ["发票领用存", "纳税申报"], "《中华人民共和国税收征收管理法》第五十四条", "国家税务总局济南市历下区税务局",
            "企业、个体工商户", [InspectionMethod.Documents], false, "不低于3%", "每年1次", []),
    ];

    private static readonly (string Name, string Cert, string Department, string[] Tags, string? User)[] Officers =
    [
        ("张伟", "37010201001", Items.Items.DefaultDepartment, ["综合", "食品", "价格"], "inspector"),
        ("赵静", "37010201002", Items.Items.DefaultDepartment, ["综合", "食品"], null),
        ("孙浩", "37010201003", Items.Items.DefaultDepartment, ["综合", "价格", "广告"], null),
        ("周婷", "37010201004", Items.Items.DefaultDepartment, ["综合", "食品", "特种设备"], null),
        ("吴磊", "37010201005", Items.Items.DefaultDepartment, ["综合", "计量", "价格"], null),
        ("郑敏", "37010201006", Items.Items.DefaultDepartment, ["综合", "食品"], null),
        ("王刚", "37010201007", Items.Items.DefaultDepartment, ["综合", "食品", "药品"], null),
        ("冯雪", "37010201008", Items.Items.DefaultDepartment, ["综合", "价格"], null),
        ("陈晨", "37010201009", Items.Items.DefaultDepartment, ["综合", "食品"], null),
        ("褚亮", "37010201010", Items.Items.DefaultDepartment, ["综合", "广告", "食品"], null),
        ("刘洋", "37010299001", "国家税务总局济南市历下区税务局", ["税务"], null),
        ("韩梅", "37010299002", "国家税务总局济南市历下区税务局", ["税务"], null),
        ("曹阳", "37010299003", "国家税务总局济南市历下区税务局", ["税务"], null),
    ];
}
