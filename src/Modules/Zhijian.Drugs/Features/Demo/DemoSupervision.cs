using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Drugs.Domain.Supervision;
using Zhijian.Drugs.Features.Supervision;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;

namespace Zhijian.Drugs.Features.Demo;

/// <summary>
/// Demo data of the Supervision area: two grids per 济南 county (the 历下 ones under the demo inspector 张伟, the others under invented
/// officers), all businesses but a few per county assigned by address, a year of inspections (about one per business; some
/// 限期整改 — rechecked, the recent ones still pending —, one 立案查处 with its case clue), risk grades, and vaccination points
/// with cold-chain checks (one failing). Fixed seed; nothing when grids exist.
/// </summary>
internal static class DemoSupervision
{
    private static readonly string[] Officers = ["张伟", "韩雪", "马骏", "吕芳", "高原", "宋杰", "冯丽", "曹宁", "彭飞", "蒋敏", "范涛", "汪洁"];

    private static readonly (string Name, string Kind)[] Points =
        [("社区卫生服务中心", "社区卫生服务中心"), ("人民医院预防接种门诊", "医院"), ("妇幼保健院预防接种门诊", "医院")];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<DrugsDbContext>();
        if (await db.Grids.IgnoreQueryFilters().AnyAsync(ct)) return;
        var clock = sp.GetRequiredService<TimeProvider>();
        var rules = sp.GetRequiredService<IRuleBook>();
        var calendar = sp.GetRequiredService<IWorkingCalendar>();
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var random = new Random(2424);
        var businesses = await db.Businesses.AsNoTracking().Where(b => b.Active && b.Kind != DrugBusinessKind.Wholesale && b.Kind != DrugBusinessKind.ChainHeadquarters)
            .OrderBy(b => b.Id).ToListAsync(ct);

        var grids = new Dictionary<string, DrugGrid[]>();
        for (var c = 0; c < DemoLicences.Counties.Length; c++)
        {
            var county = DemoLicences.Counties[c];
            grids[county] =
            [
                .. Enumerable.Range(1, 2).Select(n => new DrugGrid
                {
                    Code = string.Create(CultureInfo.InvariantCulture, $"YP{county[4..]}{n:D2}"), Name = $"{DemoLicences.CountyNames[c]}第{(n == 1 ? "一" : "二")}药品监管网格",
                    DivisionCode = county, Streets = n == 1 ? "经十路、泉城路、历山路、解放路、和平路、文化东路、山大路、英雄山路" : "经七路、纬二路、北园大街、二环东路、旅游路、工业南路、花园路、明湖东路",
                    OfficerUser = county == "370102" ? "inspector" : string.Create(CultureInfo.InvariantCulture, $"demo.{county}"),
                    OfficerName = Officers[c], GridWorker = n == 1 ? "网格员 刘洋" : "网格员 孙静", CreatedAt = now, CreatedBy = "system",
                }),
            ];
            db.Grids.AddRange(grids[county]);
        }

        await db.SaveChangesAsync(ct);
        var gridOf = new Dictionary<long, long>();
        var skipped = new Dictionary<string, int>();
        foreach (var b in businesses)
        {
            var county = b.DivisionCode[..Math.Min(6, b.DivisionCode.Length)];
            if (!grids.TryGetValue(county, out var gs)) continue;
            if (DrugBusinessNames.IsPharmacy(b.Kind) && skipped.GetValueOrDefault(county) < 1 && b.Id % 7 == 3)
            {
                skipped[county] = skipped.GetValueOrDefault(county) + 1; // a few pharmacies not yet in a grid
                continue;
            }

            var g = gs[gs[0].Streets.Split('、').Any(s => b.Address.Contains(s, StringComparison.Ordinal)) ? 0 : 1];
            db.GridAssignments.Add(new DrugGridAssignment { BusinessId = b.Id, GridId = g.Id, AssignedAt = now, AssignedBy = "system" });
            gridOf[b.Id] = g.Id;
        }

        var seq = 0;
        var caseDone = false;
        foreach (var b in businesses)
        {
            if (random.Next(10) < 2) continue; // ~80 % inspected in the last year
            var on = today.AddDays(-random.Next(5, 360));
            var kind = Checklists.For(b.Kind);
            var list = Checklists.Of(kind);
            var roll = random.Next(100);
            List<ChecklistItem> fail = roll < 70 ? [] : roll < 97 ? list.Where(i => !i.Key).OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList()
                : list.Where(i => i.Key).OrderBy(_ => random.Next()).Take(1).ToList();
            var isCase = !caseDone && DrugBusinessNames.IsPharmacy(b.Kind);
            if (isCase) fail = [list.First(i => i.Code == "P04"), list.First(i => i.Code == "P03")]; // 含麻 sold without ID, no prescription review
            caseDone |= isCase;
            var conclusion = fail.Count == 0 ? InspectionConclusion.Compliant : isCase ? InspectionConclusion.Case : InspectionConclusion.Rectify;
            var x = new DrugInspection
            {
                Number = string.Create(CultureInfo.InvariantCulture, $"YJ{on.Year}{++seq:D6}"),
                BusinessId = b.Id,
                BusinessName = b.Name,
                Uscc = b.Uscc,
                BusinessKind = b.Kind,
                DivisionCode = b.DivisionCode,
                GridId = gridOf.TryGetValue(b.Id, out var gid) ? gid : null,
                Checklist = kind,
                InspectedOn = on,
                Officer1 = "张伟",
                Officer2 = "韩雪",
                FailedItems = fail.Count,
                FailedKeyItems = fail.Count(i => i.Key),
                Conclusion = conclusion,
                Findings = fail.Count == 0 ? null : string.Join("；", fail.Select(i => $"{i.Text}：未做到")),
                CreatedAt = now,
                CreatedBy = "system",
                Items = [.. list.Select(i => new DrugInspectionItem { ItemCode = i.Code, Result = fail.Contains(i) ? ItemResult.Fail : ItemResult.Pass,
                    Note = fail.Contains(i) ? "现场检查发现未按规定执行" : null })],
            };
            if (conclusion == InspectionConclusion.Rectify)
            {
                x.RectifyDueOn = SupervisionRules.RectifyDue(on, rules, calendar);
                x.RecheckDueOn = SupervisionRules.RecheckDue(x.RectifyDueOn.Value, rules, calendar);
                if (x.RecheckDueOn < today)
                {
                    x.Rectify = RectifyState.Passed;
                    x.RecheckOn = x.RectifyDueOn;
                    x.RecheckNote = "已整改到位";
                }
                else x.Rectify = RectifyState.Pending;
            }

            db.Inspections.Add(x);
            // A 立案 inspection of the demo sends no clue: the demo leaves nothing pending in the outbox (the platform's outbox tests
            // start from the demo database), and the cases module's own demo holds clues of every source.
        }

        for (var c = 0; c < DemoLicences.Counties.Length; c++)
        {
            foreach (var (name, kind) in Points)
            {
                var p = new VaccinationPoint
                {
                    Name = $"{DemoLicences.CountyNames[c]}{name}",
                    DivisionCode = DemoLicences.Counties[c],
                    Address = $"济南市{DemoLicences.CountyNames[c]}{Officers[c][..1]}家庄路{c + 10}号",
                    Kind = kind,
                    CreatedAt = now,
                };
                db.VaccinationPoints.Add(p);
                await db.SaveChangesAsync(ct);
                for (var k = 0; k < 2; k++)
                {
                    var on = today.AddDays(-random.Next(10, 330));
                    var bad = c == 0 && kind == "医院" && k == 0;
                    db.VaccineChecks.Add(new VaccineCheck
                    {
                        PointId = p.Id,
                        PointName = p.Name,
                        DivisionCode = p.DivisionCode,
                        CheckedOn = on,
                        Officer1 = "张伟",
                        Officer2 = "韩雪",
                        MinTemperature = bad ? 1.2m : 3.0m + random.Next(0, 10) / 10m,
                        MaxTemperature = bad ? 9.1m : 6.0m + random.Next(0, 15) / 10m,
                        RecordsComplete = !bad,
                        TraceScanned = true,
                        ExpiredDoses = 0,
                        Passed = !bad,
                        Findings = bad ? "冷藏温度 1.2–9.1 ℃ 超出 2–8 ℃；温度监测记录不完整" : "符合要求",
                        Rectify = bad ? RectifyState.Passed : RectifyState.None,
                        RectifyDueOn = bad ? SupervisionRules.RectifyDue(on, rules, calendar) : null,
                        RecheckOn = bad ? on.AddDays(10) : null,
                        RecheckNote = bad ? "更换冷藏设备，补全温度记录" : null,
                        CreatedAt = now,
                        CreatedBy = "system",
                    });
                }
            }
        }

        await db.SaveChangesAsync(ct);
        await sp.GetRequiredService<RiskGrading>().RecomputeAsync(ct);
    }
}
