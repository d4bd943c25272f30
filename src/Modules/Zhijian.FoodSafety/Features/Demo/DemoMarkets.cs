using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Entities.Contracts;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Markets;
using Zhijian.FoodSafety.Features.Fuses;
using Zhijian.FoodSafety.Features.RapidTests;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;

namespace Zhijian.FoodSafety.Features.Demo;

/// <summary>
/// 快检 and 熔断 demo: 12 farmers' markets in 济南 run by registry entities, a year of rapid tests up to the app clock (1.5 per registry
/// entity: ≈30,000 at 20,000, ≈2,250 at 1,500; ≈1.5 % positive, a few in each lifecycle state), the default catalogue and rule, and two
/// 熔断 (one lifted with a reason, one active) with their failures and notices. Bulk AddRange in chunks, no per-row audit (demo history),
/// a fixed seed and the app's clock; nothing when the registry is empty or test points exist.
/// </summary>
internal static class DemoMarkets
{
    private static readonly string[] Markets =
    [
        "山大路农贸市场", "七里山农贸市场", "八里桥农贸市场", "燕山农贸市场", "匡山农贸市场", "洪家楼农贸市场",
        "全福农贸市场", "二七农贸市场", "段店农贸市场", "北园农贸市场", "王舍人农贸市场", "泉城路农贸市场",
    ];

    private static readonly string[] Counties = ["370102", "370103", "370104", "370105", "370112"];

    private static readonly (string Name, string Group, string Item)[] Products =
    [
        ("韭菜", "veg", "OP"), ("油菜", "veg", "OP-CARD"), ("芹菜", "veg", "CHLOR"), ("豇豆", "veg", "PROCY"), ("菠菜", "veg", "OP"),
        ("小白菜", "veg", "OP"), ("黄瓜", "veg", "CARBO"), ("苹果", "fruit", "OP"), ("葡萄", "fruit", "SO2"), ("猪肉", "meat", "CLEN"),
        ("牛肉", "meat", "RACT"), ("羊肉", "meat", "SALB"), ("草鱼", "aqua", "MG"), ("鲈鱼", "aqua", "NF"), ("对虾", "aqua", "FORM"),
        ("鸡蛋", "egg", "ENRO"), ("豆腐", "soy", "BLEACH"), ("花生油", "grain", "AFB1"), ("腐竹", "soy", "BLEACH"),
    ];

    private static readonly (string Name, string? Uscc, string Origin)[] Suppliers =
    [
        ("寿光市绿丰蔬菜专业合作社", null, "370783"), ("章丘区明水蔬菜批发部", null, "370114"), ("济南七里堡蔬菜批发市场甲23号商户", null, "370112"),
        ("莘县鑫盛果蔬专业合作社", null, "371522"), ("济南匡山农产品批发商行", null, "370104"), ("平阴县玫瑰畜禽养殖场", null, "370124"),
        ("烟台海阳水产经营部", null, "370687"), ("商河县豆制品加工厂", null, "370126"), ("济阳区禽蛋经销处", null, "370115"), ("新疆", null, "新疆"),
    ];

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "孙", "马"];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<FoodSafetyDbContext>();
        if (await db.TestPoints.IgnoreQueryFilters().AnyAsync(ct)) return;
        var directory = sp.GetRequiredService<IEntityDirectory>();
        var filter = new EntityFilter(Statuses: [EntityStatus.Active]);
        var count = await directory.CountAsync(filter, ct);
        if (count == 0) return;
        var clock = sp.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow();
        var random = new Random(2121);

        var keys = new List<string>();
        await foreach (var e in directory.SelectAsync(filter, ct))
        {
            keys.Add(e.Uscc);
            if (keys.Count >= 200) break;
        }

        var operators = (await directory.FindManyAsync(keys, ct)).OrderBy(e => e.DivisionCode.StartsWith("3701", StringComparison.Ordinal) ? 0 : 1).ThenBy(e => e.Uscc, StringComparer.Ordinal).Take(Markets.Length).ToList();
        if (operators.Count == 0) return;
        await sp.GetRequiredService<TestPoints>().EnsureCatalogueAsync(ct);
        await sp.GetRequiredService<Fuses.Fuses>().EnsureDefaultRuleAsync(ct);
        var rule = await db.FuseRules.AsNoTracking().OrderBy(r => r.Id).FirstAsync(ct);
        var items = await db.RapidItems.AsNoTracking().ToDictionaryAsync(i => i.Code, ct);

        var points = Markets.Select((name, i) =>
        {
            var op = operators[i % operators.Count];
            var division = Counties[i % Counties.Length];
            return new TestPoint
            {
                Name = "济南市" + DivisionTable.Default.Find(division)?.Name + name,
                Kind = TestPointKind.FarmersMarket,
                OperatorUscc = op.Uscc,
                OperatorName = op.Name,
                DivisionCode = division,
                Address = $"济南市{DivisionTable.Default.Find(division)?.Name}{name[..^4]}路 {10 + (i * 7)} 号",
                CreatedAt = now.AddYears(-1),
            };
        }).ToList();
        db.TestPoints.AddRange(points);
        await db.SaveChangesAsync(ct);

        var total = Math.Min(count * 3 / 2, 60_000);
        var tests = new List<RapidTest>(Math.Min(total, 5_000));
        var positives = new List<RapidTest>();
        var seq = 0;
        for (var n = 0; n < total; n++)
        {
            var point = points[random.Next(points.Count)];
            var product = Products[random.Next(Products.Length)];
            var supplier = Suppliers[random.Next(Suppliers.Length)];
            var item = items[product.Item];
            var daysAgo = Math.Pow(random.NextDouble(), 1.2) * 365;
            var tested = now.AddDays(-daysAgo);
            var local = tested.ToOffset(TimeSpan.FromHours(8));
            tested = new DateTimeOffset(local.Year, local.Month, local.Day, 5 + random.Next(4), random.Next(60), 0, TimeSpan.FromHours(8)).ToUniversalTime();
            if (tested > now) tested = now.AddMinutes(-random.Next(5, 240));
            var positive = random.NextDouble() < 0.015;
            var t = new RapidTest
            {
                TestPointId = point.Id,
                ClientId = $"DEMO{++seq:D7}",
                DivisionCode = point.DivisionCode,
                Stall = $"{(char)('A' + random.Next(6))}-{random.Next(1, 60):D2}",
                StallOperator = Surnames[random.Next(Surnames.Length)] + (random.Next(2) == 0 ? "建国" : "秀英"),
                ProductName = product.Name,
                ProductGroup = product.Group,
                SupplierName = supplier.Name,
                Origin = supplier.Origin,
                BatchRef = $"{supplier.Name[..2]}{tested.ToOffset(TimeSpan.FromHours(8)):yyyyMMdd}-{random.Next(1, 4)}",
                ItemId = item.Id,
                ItemName = item.Name,
                Method = item.Method,
                Positive = positive,
                Value = item.Method.StartsWith("酶抑制", StringComparison.Ordinal) ? $"抑制率 {(positive ? 50 + random.Next(40) : random.Next(30))}%" : null,
                TestedAt = tested,
                Tester = "市场快检室",
                DeliveredAt = tested.AddMinutes(20),
                ReceivedAt = tested.AddMinutes(20),
                PostedBy = "快检设备",
                Status = RapidStatus.Negative,
            };
            if (positive)
            {
                t.ObjectionBy = t.DeliveredAt.AddHours(4);
                t.Status = t.ObjectionBy > now ? RapidStatus.Stopped : RapidStatus.Final;
                t.SettledAt = t.Status == RapidStatus.Final ? t.ObjectionBy : null;
                t.StopNotice = RapidIntake.StopNotice(t, point.Name);
                positives.Add(t);
            }

            tests.Add(t);
            if (tests.Count >= 5_000)
            {
                db.RapidTests.AddRange(tests);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                tests.Clear();
            }
        }

        // A few in every lifecycle state (the most recent positives), one stopped now.
        var recent = positives.OrderByDescending(p => p.TestedAt).ToList();
        var states = new[] { RapidStatus.Objected, RapidStatus.LabPending, RapidStatus.Confirmed, RapidStatus.Cleared };
        for (var i = 0; i < recent.Count && i < 8; i++)
        {
            var t = recent[i];
            if (t.Status == RapidStatus.Stopped) continue;
            t.Status = states[i % states.Length];
            t.ObjectedAt = t.Status == RapidStatus.Objected ? t.DeliveredAt.AddHours(1) : null;
            t.ObjectionReason = t.Status == RapidStatus.Objected ? "经营者对检测结果有异议，申请复检" : null;
        }

        if (tests.Count > 0)
        {
            db.RapidTests.AddRange(tests);
            await db.SaveChangesAsync(ct);
        }

        db.ChangeTracker.Clear();
        foreach (var t in recent.Where(p => p.Id != 0 && p.Status is RapidStatus.Objected or RapidStatus.LabPending or RapidStatus.Confirmed or RapidStatus.Cleared))
        {
            db.RapidTests.Attach(t);
            db.Entry(t).Property(x => x.Status).IsModified = true;
            db.Entry(t).Property(x => x.ObjectedAt).IsModified = true;
            db.Entry(t).Property(x => x.ObjectionReason).IsModified = true;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        // Two 熔断: one lifted with a reason (four months ago), one active (started ten days ago).
        var jurisdiction = "370100";
        var fuses = new[] { (Supplier: Suppliers[0], Start: now.AddDays(-120), Lifted: (DateTimeOffset?)now.AddDays(-105)), (Suppliers[3], now.AddDays(-10), null) };
        var k = 0;
        foreach (var (supplier, start, lifted) in fuses)
        {
            var failures = Enumerable.Range(0, 3).Select(i => new FoodFailure
            {
                Source = "rapid",
                SourceId = -(++k),
                BatchKey = $"demo:{supplier.Name}:{i}",
                SupplierKey = supplier.Name.ToUpperInvariant(),
                SupplierName = supplier.Name,
                Origin = supplier.Origin,
                ProductName = "韭菜",
                ProductGroup = "veg",
                At = start.AddDays(-20 + (i * 9)),
                DivisionCode = jurisdiction,
            }).ToList();
            db.FoodFailures.AddRange(failures);
            await db.SaveChangesAsync(ct);
            var s = new Suspension
            {
                Number = $"RD{start.ToOffset(TimeSpan.FromHours(8)).Year}{++seq % 10000:D4}",
                RuleId = rule.Id,
                RuleVersion = rule.Version,
                ProductGroup = rule.ProductGroup,
                Basis = rule.Basis,
                Subject = supplier.Name,
                SubjectKey = supplier.Name.ToUpperInvariant(),
                DivisionCode = jurisdiction,
                BureauName = "济南市市场监督管理局",
                StartedAt = start,
                EndsAt = start.AddDays(rule.SuspensionDays),
                FailureIds = string.Join(",", failures.Select(f => f.Id)),
                Reason = $"同一供货者“{supplier.Name}”在 {rule.WindowDays} 日内有 3 个批次不合格（韭菜腐霉利、毒死蜱快检阳性，异议期满；规则第 {rule.Version} 版）",
                LiftedAt = lifted,
                LiftReason = lifted is null ? null : "供货者已完成整改：停用违规农药、建立用药记录，经实验室抽检 3 批次合格",
                LiftedBy = lifted is null ? null : "食品安全科",
            };
            db.Suspensions.Add(s);
            await db.SaveChangesAsync(ct);
            db.FuseNotices.AddRange(points.Select(p => new FuseNotice
            {
                SuspensionId = s.Id,
                TestPointId = p.Id,
                At = start,
                Text = $"熔断通知 {s.Number}：暂停{s.Subject}的产品进入本辖区市场销售 {rule.SuspensionDays} 日。",
            }));
            await db.SaveChangesAsync(ct);
        }
    }
}
