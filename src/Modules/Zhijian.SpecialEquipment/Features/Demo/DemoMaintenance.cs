using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Maintenance;
using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.SpecialEquipment.Features.Maintenance;
using Zhijian.SpecialEquipment.Features.Rescue;

namespace Zhijian.SpecialEquipment.Features.Demo;

/// <summary>
/// Demo data of the Maintenance area (after the registry and inspections): ~30 maintenance companies at the default registry size
/// (companies of the registry; licences for elevators, some also cranes or boilers), a contract for every in-use elevator and every
/// third in-use crane, maintenance every 12–15 days over the last 3 months (about 2 % of elevators overdue; about 1 % are 按需维保
/// pilots maintained every 25–30 days), monthly self-checks (about 5 % missing the last month), and 96333 calls of the last 3 months
/// (one per ~10 elevators, ~8 % late arrivals, three 故障多发 elevators, one entrapment over 2 hours — nothing published: the safety
/// demo opens its accident itself). Bulk inserts without per-row audit; nothing when the registry has no equipment or companies exist.
/// </summary>
internal static class DemoMaintenance
{
    private static readonly string[] Staff = ["张伟", "王强", "李军", "刘洋", "陈磊", "杨帆", "赵鹏", "黄涛", "周斌", "吴昊", "徐明", "孙浩"];
    private static readonly string[] Findings = ["层门门锁触点磨损，已调整", "曳引钢丝绳润滑不足，已润滑", "轿厢照明不亮，已更换", "制动器间隙偏大，已调整"];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<EquipmentDbContext>();
        if (await db.MaintenanceCompanies.IgnoreQueryFilters().AnyAsync(ct)) return;
        var equipment = await db.Equipment.IgnoreQueryFilters()
            .Where(e => e.Status == EquipmentStatus.InUse && (e.Category == EquipmentCategory.Elevator || e.Category == EquipmentCategory.Crane))
            .OrderBy(e => e.Id).ToListAsync(ct);
        if (equipment.Count == 0) return;
        var directory = sp.GetRequiredService<IEntityDirectory>();
        var filter = new EntityFilter(Types: [EntityType.LimitedCompany, EntityType.JointStockCompany], Statuses: [EntityStatus.Active]);
        var total = await db.Equipment.IgnoreQueryFilters().CountAsync(ct);
        var want = Math.Clamp((int)Math.Round(30.0 * total / 8000), 3, 30);
        var users = equipment.Select(e => e.UserUscc).ToHashSet(StringComparer.Ordinal);
        var picked = new List<string>();
        await foreach (var k in directory.SelectAsync(filter, ct))
        {
            if (users.Contains(k.Uscc)) continue;
            picked.Add(k.Uscc);
            if (picked.Count >= want * 3) break;
        }

        if (picked.Count == 0) return;
        var rules = sp.GetRequiredService<MaintenanceRules>();
        var sla = sp.GetRequiredService<RescueSla>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var rnd = new Random(2211);
        var summaries = (await directory.FindManyAsync(picked, ct)).OrderBy(e => e.Uscc, StringComparer.Ordinal).Take(want).ToList();
        var companies = summaries.Select((e, i) => new MaintenanceCompany
        {
            Uscc = e.Uscc,
            Name = e.Name,
            DivisionCode = e.DivisionCode,
            LicenceNo = string.Create(CultureInfo.InvariantCulture, $"TS3137{100 + i:D3}-{today.Year + 2}"),
            Categories = i % 7 == 3 ? "1,3,4" : i % 4 == 1 ? "3,4" : "3",
            LicenceValidUntil = today.AddDays(200 + rnd.Next(900)),
            Hotline = string.Create(CultureInfo.InvariantCulture, $"0531-8{rnd.Next(1000000, 9999999)}"),
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        db.MaintenanceCompanies.AddRange(companies);
        var craneCompanies = companies.Where(c => c.Categories.Contains('4', StringComparison.Ordinal)).ToList();

        // Contracts: every in-use elevator, every third in-use crane.
        var contracts = new List<(Equipment E, MaintenanceContract K)>();
        var crane = 0;
        foreach (var e in equipment)
        {
            MaintenanceCompany c;
            if (e.Category == EquipmentCategory.Elevator) c = companies[rnd.Next(companies.Count)];
            else if (craneCompanies.Count > 0 && crane++ % 3 == 0) c = craneCompanies[rnd.Next(craneCompanies.Count)];
            else continue;
            var from = today.AddDays(-120 - rnd.Next(900));
            var to = rnd.Next(25) == 0 ? today.AddDays(rnd.Next(1, 30)) : from.AddYears(1 + rnd.Next(3));
            if (to < today) to = to.AddYears(2);
            var k = new MaintenanceContract
            {
                EquipmentId = e.Id,
                EquipmentCode = e.Code,
                DivisionCode = e.DivisionCode,
                MaintainerUscc = c.Uscc,
                MaintainerName = c.Name,
                From = from,
                To = to,
                CreatedAt = now,
                CreatedBy = "系统（演示数据）",
            };
            if (e.Category == EquipmentCategory.Elevator && rnd.Next(100) == 0)
            {
                k.OnDemand = true;
                k.OnDemandDays = 30;
                k.OnDemandDocNo = string.Create(CultureInfo.InvariantCulture, $"鲁市监特函〔{today.Year}〕{10 + rnd.Next(80)}号");
            }

            rules.Start(k);
            e.MaintainerUscc = c.Uscc;
            e.MaintainerName = c.Name;
            contracts.Add((e, k));
        }

        db.MaintenanceContracts.AddRange(contracts.Select(x => x.K));
        await db.SaveChangesAsync(ct);

        // Maintenance records over the last 3 months; the contract carries the state (last, due dates).
        var records = new List<MaintenanceRecord>();
        var selfChecks = new List<SelfCheck>();
        var start = today.AddDays(-90);
        foreach (var (e, k) in contracts)
        {
            var interval = rules.IntervalDays(k, today);
            k.LastMaintainedOn = start.AddDays(-rnd.Next(5, interval));
            var overdue = rnd.Next(50) == 0;
            var stop = overdue ? today.AddDays(-interval - 5 - rnd.Next(20)) : today;
            var on = k.LastMaintainedOn.Value.AddDays(interval - rnd.Next(0, 4));
            var n = 0;
            while (on <= stop)
            {
                var r = new MaintenanceRecord
                {
                    EquipmentId = e.Id,
                    EquipmentCode = e.Code,
                    DivisionCode = e.DivisionCode,
                    ContractId = k.Id,
                    MaintainerUscc = k.MaintainerUscc,
                    MaintainerName = k.MaintainerName,
                    On = on,
                    Level = n == 0 ? MaintenanceLevel.Quarter : MaintenanceLevel.HalfMonth,
                    Staff = $"{Staff[rnd.Next(Staff.Length)]}、{Staff[rnd.Next(Staff.Length)]}",
                    Findings = rnd.Next(8) == 0 ? Findings[rnd.Next(Findings.Length)] : null,
                    SignedByUser = rnd.Next(20) != 0,
                    CreatedAt = now,
                    CreatedBy = "系统（演示数据）",
                };
                rules.Apply(k, r);
                records.Add(r);
                n++;
                on = on.AddDays(interval - rnd.Next(0, 4) + (rnd.Next(40) == 0 ? 3 : 0));
            }

            k.HalfYearDueOn = today.AddDays(1 + rnd.Next(180));
            k.YearDueOn = today.AddDays(1 + rnd.Next(365));
            var skipLast = rnd.Next(20) == 0;
            for (var m = 3; m >= (skipLast ? 2 : 0); m--)
            {
                selfChecks.Add(new SelfCheck
                {
                    EquipmentId = e.Id,
                    EquipmentCode = e.Code,
                    DivisionCode = e.DivisionCode,
                    On = today.AddMonths(-m).AddDays(-rnd.Next(0, 5)),
                    CheckedBy = Staff[rnd.Next(Staff.Length)],
                    CreatedAt = now,
                    CreatedBy = "系统（演示数据）",
                });
            }
        }

        foreach (var chunk in records.Chunk(4000))
        {
            db.MaintenanceRecords.AddRange(chunk);
            await db.SaveChangesAsync(ct);
        }

        db.SelfChecks.AddRange(selfChecks);
        db.RescueCalls.AddRange(Calls(contracts.Where(x => x.E.Category == EquipmentCategory.Elevator).Select(x => x.E).ToList(), sla, today, now, rnd));
        await db.SaveChangesAsync(ct);
    }

    private static List<RescueCall> Calls(List<Equipment> elevators, RescueSla sla, DateOnly today, DateTimeOffset now, Random rnd)
    {
        var calls = new List<RescueCall>();
        if (elevators.Count == 0) return calls;
        var zones = new Dictionary<string, bool>(StringComparer.Ordinal);
        var count = Math.Max(3, elevators.Count / 10);
        var targets = Enumerable.Range(0, count).Select(_ => elevators[rnd.Next(elevators.Count)]).ToList();
        // 故障多发: three elevators with three more calls each.
        foreach (var e in elevators.Take(3)) targets.AddRange([e, e, e]);
        var seq = 0;
        foreach (var e in targets)
        {
            var received = now.AddMinutes(-rnd.Next(240, 90 * 24 * 60));
            var urban = RescueSla.IsUrban(e.DivisionCode, zones);
            var limit = sla.Minutes(urban, received.ToChinaDate());
            var late = rnd.Next(12) == 0;
            var arriveMin = late ? limit + 5 + rnd.Next(40) : Math.Max(6, limit / 3 + rnd.Next(limit * 2 / 3));
            var trapped = rnd.Next(3) == 0 ? 0 : 1 + rnd.Next(3);
            var longOne = seq == 0;
            var released = received.AddMinutes(longOne ? 125 : arriveMin + 5 + rnd.Next(25));
            if (longOne)
            {
                arriveMin = Math.Min(arriveMin, 100);
                trapped = 2;
            }

            var arrived = received.AddMinutes(arriveMin);
            var entrapment = trapped > 0 ? (int)Math.Floor((released - received).TotalMinutes) : (int?)null;
            calls.Add(new RescueCall
            {
                CallNumber = string.Create(CultureInfo.InvariantCulture, $"96333-{received.ToChinaDate():yyyyMMdd}-{++seq:D5}"),
                EquipmentId = e.Id,
                EquipmentCode = e.Code,
                DivisionCode = e.DivisionCode,
                UserName = e.UserName,
                Address = e.Address,
                ReceivedAt = received,
                ReceivedOn = received.ToChinaDate(),
                CallerPhone = string.Create(CultureInfo.InvariantCulture, $"13{rnd.Next(100000000, 999999999)}"),
                Trapped = trapped,
                Description = trapped > 0 ? $"电梯停在两层之间，{trapped} 人被困" : "电梯运行中异响，停梯报修",
                Status = RescueStatus.Closed,
                MaintainerUscc = e.MaintainerUscc,
                MaintainerName = e.MaintainerName,
                DispatchedAt = received.AddMinutes(1 + rnd.Next(4)),
                ArrivedAt = arrived,
                ReleasedAt = released,
                Outcome = trapped > 0 ? "盘车放人，被困人员安全撤离" : "排除故障，恢复运行",
                ClosedAt = released.AddMinutes(20 + rnd.Next(60)),
                Cause = (RescueCause)(1 + rnd.Next(5)),
                Urban = urban,
                SlaMinutes = limit,
                ArrivalMinutes = arriveMin,
                SlaMet = arriveMin <= limit,
                EntrapmentMinutes = entrapment,
                LongEntrapment = entrapment >= sla.EntrapmentAccidentMinutes(received.ToChinaDate()),
                CreatedAt = received,
                CreatedBy = "96333（演示数据）",
            });
        }

        // In progress now: received, dispatched, arrived.
        for (var i = 0; i < 3 && i < elevators.Count; i++)
        {
            var e = elevators[elevators.Count - 1 - i];
            var received = now.AddMinutes(-8 - (i * 12));
            var urban = RescueSla.IsUrban(e.DivisionCode, zones);
            var limit = sla.Minutes(urban, received.ToChinaDate());
            calls.Add(new RescueCall
            {
                CallNumber = string.Create(CultureInfo.InvariantCulture, $"96333-{received.ToChinaDate():yyyyMMdd}-{++seq:D5}"),
                EquipmentId = e.Id,
                EquipmentCode = e.Code,
                DivisionCode = e.DivisionCode,
                UserName = e.UserName,
                Address = e.Address,
                ReceivedAt = received,
                ReceivedOn = received.ToChinaDate(),
                CallerPhone = string.Create(CultureInfo.InvariantCulture, $"13{rnd.Next(100000000, 999999999)}"),
                Trapped = 1,
                Description = "电梯困人，轿厢内 1 人",
                Status = (RescueStatus)i,
                MaintainerUscc = e.MaintainerUscc,
                MaintainerName = e.MaintainerName,
                DispatchedAt = i >= 1 ? received.AddMinutes(2) : null,
                ArrivedAt = i >= 2 ? received.AddMinutes(25) : null,
                ArrivalMinutes = i >= 2 ? 25 : null,
                SlaMet = i >= 2 ? 25 <= limit : null,
                Urban = urban,
                SlaMinutes = limit,
                CreatedAt = received,
                CreatedBy = "96333（演示数据）",
            });
        }

        return calls;
    }
}
