using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Prices.Contracts;
using Zhijian.Prices.Data;
using Zhijian.Prices.Domain.Inspections;
using Zhijian.Prices.Features.Inspections;

namespace Zhijian.Prices.Features.Demo;

/// <summary>
/// A year of 明码标价和价格欺诈检查 in 济南's central districts (历下、市中、槐荫、天桥、历城): 24 inspections, one in four failing — 不明码标价
/// (goods without a price tag, a charge not marked, an online shop without prices on the page) and 虚构原价 (a was price above the 7-day
/// low, with the illegal gains found) — each failed one with its penalty range and its clue to cases. The shops are operating companies
/// and 个体工商户 of the registry in those districts; with an empty registry (tests) the module's own fixed demo parties, as the metrology
/// demo does. Fixed seed; nothing when any inspection exists.
/// </summary>
internal static class DemoInspections
{
    private static readonly string[] Counties = ["370102", "370103", "370104", "370105", "370112"];
    private static readonly string[] Streets = ["泉城路", "经十路", "解放路", "历山路", "二环东路", "工业南路", "花园路", "和平路", "英雄山路", "北园大街", "舜耕路", "山大路"];
    private static readonly string[] Inspectors = ["李明、王强", "张伟、刘洋", "陈静、赵磊", "孙丽、周杰"];

    private sealed record Party(string Uscc, string Name, string County);

    private static readonly Party[] Fixed =
    [
        new(Uscc.Build('9', '1', "370102", "MA3P0J01"), "济南泉城路百货有限公司", "370102"),
        new(Uscc.Build('9', '1', "370103", "MA3P0J02"), "济南舜耕生鲜超市有限公司", "370103"),
        new(Uscc.Build('9', '1', "370104", "MA3P0J03"), "济南槐荫便民药房有限公司", "370104"),
        new(Uscc.Build('9', '1', "370105", "MA3P0J04"), "济南北园家电商贸有限公司", "370105"),
        new(Uscc.Build('9', '1', "370112", "MA3P0J05"), "济南历城洪家楼餐饮管理有限公司", "370112"),
        new(Uscc.Build('9', '2', "370102", "MA3P0J06"), "历下区芙蓉街小吃店", "370102"),
    ];

    /// <summary>What failed: the items and their notes, the illegal gains, the evidence.</summary>
    private sealed record Finding(string[] Codes, string Note, decimal? Gains, string Evidence, bool Online = false);

    private static readonly Finding[] Findings =
    [
        new(["P1"], "货架上 14 种商品未标明价格，3 种商品未标明计价单位", null, "现场价签照片 12 张，现场检查笔录 1 份"),
        new(["P8"], "“双十一”促销标示原价 399 元，促销前 7 日内最低成交价 299 元，涉嫌虚构原价", 2000m, "收银系统成交记录导出表 1 份（促销前 30 日），促销海报照片 2 张，询问笔录 1 份"),
        new(["P2", "P5"], "结账时另收“服务费”10%，未在菜单和店堂显著位置标明；送餐费未单独标明", null, "收银小票 3 张，菜单照片 4 张"),
        new(["P8", "P9"], "促销前一日将标价由 59 元调高至 89 元，再以“五折”名义按 44.5 元销售；划线价 89 元无成交记录", 3560m, "价签更换前后照片，进销存记录，店长询问笔录"),
        new(["P6"], "网店商品展示页面未显著标示价格，须咨询客服获取报价", null, "页面截图 5 张（含时间戳），电子数据取证记录 1 份", Online: true),
        new(["P8"], "划线价 128 元高于促销前 7 日内最低成交价 98 元", 1470m, "平台后台成交记录，促销页面截图"),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<PricesDbContext>();
        if (await db.Inspections.IgnoreQueryFilters().AnyAsync(ct)) return;
        var rules = sp.GetRequiredService<IRuleBook>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var rnd = new Random(370156);
        // The full demo sends the failures' clues to cases; the small one (the test suite's) does not, so the cases module's own tests
        // see only the clues they make.
        var sendClues = sp.GetRequiredService<IConfiguration>().GetValue("Zhijian:Demo:Entities", 20_000) >= 1500;

        var parties = new List<Party>();
        var directory = sp.GetRequiredService<IEntityDirectory>();
        foreach (var county in Counties) parties.AddRange(await TargetsAsync(directory, county, 6, ct));
        if (parties.Count < Counties.Length) parties = [.. Fixed];

        var numbers = new List<string>();
        var seeded = new List<(PriceInspection Inspection, List<PriceInspectionItem> Items, List<(ChecklistItem Item, string? Note)> Failed)>();
        var findings = 0;
        for (var n = 0; n < 24; n++)
        {
            var party = parties[(n * 7 + rnd.Next(parties.Count)) % parties.Count];
            var on = today.AddDays(-(int)Math.Round((23 - n) * 365.0 / 24) - rnd.Next(0, 10));
            if (on > today) on = today;
            var failing = n % 4 == 1; // 6 of 24
            var finding = failing ? Findings[findings++ % Findings.Length] : null;
            var online = finding?.Online ?? n % 9 == 0;
            var countyName = DivisionTable.Default.Find(party.County)?.Name ?? "";
            var street = Streets[rnd.Next(Streets.Length)];
            var checklist = Checklist.For(online).ToList();
            var number = await YearlyNumbers.NextAsync(db.Inspections.IgnoreQueryFilters().Select(x => x.Number), PriceInspections.NumberPrefix, on.Year, ct, numbers);
            numbers.Add(number);
            var failed = checklist.Where(c => finding?.Codes.Contains(c.Code) == true).Select(c => (Item: c, Note: (string?)finding!.Note)).ToList();
            var unmarked = failed.Any(f => f.Item.Violation == ViolationKind.Unmarked);
            var fraud = failed.Any(f => f.Item.Violation == ViolationKind.Fraud);
            var penalty = PriceInspections.Penalty(rules, unmarked, fraud, finding?.Gains, on);
            var inspection = new PriceInspection
            {
                Number = number,
                TargetUscc = party.Uscc,
                TargetName = party.Name,
                DivisionCode = party.County,
                County = party.County,
                Address = $"济南市{countyName}{street}{rnd.Next(1, 300)}号",
                Online = online,
                Url = online ? $"https://shop.example.cn/store/{party.Uscc[^6..].ToLowerInvariant()}" : null,
                CheckedOn = on,
                Inspectors = Inspectors[rnd.Next(Inspectors.Length)],
                Items = checklist.Count,
                ItemsFailed = failed.Count,
                Passed = failed.Count == 0,
                Unmarked = unmarked,
                Fraud = fraud,
                IllegalGains = finding?.Gains,
                PenaltyRange = penalty?.Text,
                Evidence = finding?.Evidence ?? (n % 3 == 0 ? "现场价签照片" : null),
                ClueSent = failed.Count > 0 && sendClues,
                CreatedAt = now,
                CreatedBy = "系统演示数据",
            };
            var items = checklist.Select(c => new PriceInspectionItem
            {
                DivisionCode = party.County,
                Code = c.Code,
                Passed = finding?.Codes.Contains(c.Code) != true,
                Note = finding?.Codes.Contains(c.Code) == true ? finding.Note : null,
            }).ToList();
            seeded.Add((inspection, items, failed));
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Inspections.AddRange(seeded.Select(s => s.Inspection));
        await db.SaveChangesAsync(ct);
        foreach (var (inspection, items, failed) in seeded)
        {
            foreach (var i in items) i.InspectionId = inspection.Id;
            db.InspectionItems.AddRange(items);
            if (sendClues && PriceInspections.Penalty(rules, inspection.Unmarked, inspection.Fraud, inspection.IllegalGains, inspection.CheckedOn) is { } p)
            {
                db.Publish(new PriceCaseClue("inspection", inspection.Id, inspection.Number, inspection.TargetUscc, inspection.TargetName,
                    PriceInspections.Facts(inspection, failed), p.Text, p.Min, p.Max, inspection.CheckedOn, inspection.Inspectors, inspection.DivisionCode, null));
            }
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private static async Task<List<Party>> TargetsAsync(IEntityDirectory directory, string county, int count, CancellationToken ct)
    {
        var keys = new List<string>();
        await foreach (var k in directory.SelectAsync(new EntityFilter(Types: [EntityType.LimitedCompany, EntityType.IndividualBusiness], Statuses: [EntityStatus.Active],
            DivisionCodes: [county]), ct))
        {
            if (keys.Count >= count * 3) break;
            keys.Add(k.Uscc);
        }

        var step = Math.Max(1, keys.Count / count);
        var picked = keys.Where((_, i) => i % step == 0).Take(count).ToList();
        return [.. (await directory.FindManyAsync(picked, ct)).OrderBy(e => e.Uscc, StringComparer.Ordinal)
            .Select(e => new Party(e.Uscc, e.Name, e.DivisionCode.Length >= 6 && e.DivisionCode.StartsWith(county, StringComparison.Ordinal) ? e.DivisionCode[..6] : county))];
    }
}
