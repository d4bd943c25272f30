using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain;
using Zhijian.FoodSafety.Domain.Supervision;
using Zhijian.FoodSafety.Features.SamplingPlans;
using Zhijian.FoodSafety.Features.Supervision;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;

namespace Zhijian.FoodSafety.Features.Demo;

/// <summary>
/// Demo 监督检查 over the demo food businesses (seeded before by <see cref="DemoBusinesses"/>; nothing when there are none):
/// about 1.2 inspections per business over the past year (符合 ~85 %, 基本符合 ~12 %, 不符合 ~3 %), most follow-ups
/// re-inspected and some open or overdue, the recent results partly unpublished; this year's plan of every county bureau;
/// 明厨亮灶 in ~85 % of school and nursery canteens; sampling plans for 济南 and 历下区. Bulk inserts, no per-row audit
/// and no outbox events (the demo's case clues and credit records are not generated). Seeded once, into an empty table.
/// </summary>
internal static class DemoSupervision
{
    private static readonly (string User, string Name)[] Pair = [("inspector", "张伟（鲁济37010003）"), ("chief", "赵磊")];

    public static async Task SeedAsync(IServiceProvider root, CancellationToken ct)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().UseSystem();
        var db = sp.GetRequiredService<FoodSafetyDbContext>();
        if (await db.Inspections.AnyAsync(ct) || !await db.Businesses.AnyAsync(ct)) return;
        var clock = sp.GetRequiredService<TimeProvider>();
        var calendar = sp.GetRequiredService<IWorkingCalendar>();
        var rules = sp.GetRequiredService<IRuleBook>();
        var checklists = sp.GetRequiredService<ChecklistService>();
        var today = clock.Today();
        var random = new Random(20261205);
        var lists = new Dictionary<ChecklistKind, FoodChecklist>();
        foreach (var kind in Enum.GetValues<ChecklistKind>()) lists[kind] = await checklists.InForceAsync(kind, today, ct);
        var units = sp.GetRequiredService<OrgUnitDirectory>();
        var bureaus = new Dictionary<string, OrgUnitEntry?>(StringComparer.Ordinal);

        var businesses = await db.Businesses.AsNoTracking().Where(b => b.Active).OrderBy(b => b.Id)
            .Select(b => new { b.Id, b.Uscc, b.Name, b.Type, b.DivisionCode, b.OrgUnitId }).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var batch = new List<FoodInspection>();
        var followUps = new List<FoodInspection>();
        foreach (var b in businesses)
        {
            var roll = random.NextDouble();
            var count = roll < 0.1 ? 0 : roll < 0.7 ? 1 : 2;
            var county = b.DivisionCode[..Math.Min(6, b.DivisionCode.Length)];
            if (!bureaus.TryGetValue(county, out var bureau)) bureaus[county] = bureau = await units.BureauForAsync(county, ct);
            for (var n = 0; n < count; n++)
            {
                var on = WorkingDayOnOrBefore(calendar, today.AddDays(-random.Next(1, 365)));
                var r = random.NextDouble();
                var result = r < 0.85 ? InspectionResult.Compliant : r < 0.97 ? InspectionResult.BasicallyCompliant : InspectionResult.NonCompliant;
                var full = random.NextDouble() < 0.45;
                var record = Inspection(b.Id, b.Uscc, b.Name, b.Type, b.DivisionCode, bureau, on, full, result, lists[ChecklistCatalogue.KindOf(b.Type)], random, calendar, rules, today, now);
                batch.Add(record);
                if (InspectionRules.NeedsFollowUp(result)) followUps.Add(record);
            }

            if (batch.Count >= 2000) await FlushAsync(db, batch, ct);
        }

        await FlushAsync(db, batch, ct);

        // 复查: most follow-ups whose deadline passed were re-inspected (符合); the rest stay open, some overdue.
        var pairs = new List<(FoodInspection Original, FoodInspection Re)>();
        foreach (var original in followUps.Where(f => f.RectifyBy < today && random.NextDouble() < 0.75))
        {
            var due = original.RectifyBy!.Value.AddDays(random.Next(0, 5));
            var on = WorkingDayOnOrBefore(calendar, due > today ? today : due);
            var bureau = bureaus.GetValueOrDefault(original.DivisionCode[..Math.Min(6, original.DivisionCode.Length)]);
            var re = Inspection(original.BusinessId, original.Uscc, original.BusinessName, original.BusinessType, original.DivisionCode, bureau, on, false,
                InspectionResult.Compliant, lists[ChecklistCatalogue.KindOf(original.BusinessType)], random, calendar, rules, today, now);
            re.ReinspectionOfId = original.Id;
            pairs.Add((original, re));
        }

        batch.AddRange(pairs.Select(p => p.Re));
        await FlushAsync(db, batch, ct);
        foreach (var (original, re) in pairs)
        {
            // A stub per original: only the link column is updated (one batched UPDATE).
            var stub = new FoodInspection { Id = original.Id };
            db.Inspections.Attach(stub);
            stub.ReinspectedById = re.Id;
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        await SeedKitchensAsync(db, random, today, ct);

        var plans = sp.GetRequiredService<InspectionPlans>();
        foreach (var bureau in bureaus.Values.OfType<OrgUnitEntry>().DistinctBy(u => u.Id))
            await plans.GenerateAsync(new GeneratePlan(today.Year, bureau.Id), ct);

        var sampling = sp.GetRequiredService<SamplingPlans.SamplingPlans>();
        var all = await units.ActiveAsync(ct);
        if (all.FirstOrDefault(u => u.DivisionCode == "370100") is { } city)
            await sampling.SaveAsync(new SaveSamplingPlan(today.Year, 9_410_000, "《济南统计年鉴2023》常住人口（941万人）", 5m, null, city.Id), ct);
        if (all.FirstOrDefault(u => u.DivisionCode == "370102" && u.Kind == OrgUnitKind.County) is { } lixia)
            await sampling.SaveAsync(new SaveSamplingPlan(today.Year, 800_000, "历下区常住人口约80万人（演示数据，以统计公报为准）", null, null, lixia.Id), ct);
    }

    private static FoodInspection Inspection(long businessId, string uscc, string name, FoodBusinessType type, string division, OrgUnitEntry? bureau, DateOnly on,
        bool full, InspectionResult result, FoodChecklist list, Random random, IWorkingCalendar calendar, IRuleBook rules, DateOnly today, DateTimeOffset now)
    {
        var items = list.Items.OrderBy(i => i.Seq).ToList();
        var chosen = full ? items : [.. items.OrderBy(_ => random.Next()).Take(Math.Min(5, items.Count)).OrderBy(i => i.Seq)];
        var keys = items.Where(i => i.Key).ToList();
        var general = items.Where(i => !i.Key).ToList();
        var failKey = result == InspectionResult.NonCompliant ? keys[random.Next(keys.Count)] : null;
        var failGeneral = result == InspectionResult.BasicallyCompliant ? general[random.Next(general.Count)] : null;
        if (failKey is not null && !chosen.Contains(failKey)) chosen = [.. chosen.Append(failKey).OrderBy(i => i.Seq)];
        if (failGeneral is not null && !chosen.Contains(failGeneral)) chosen = [.. chosen.Append(failGeneral).OrderBy(i => i.Seq)];
        var publishBy = calendar.Deadline(on, rules.GetPeriod("food.inspection-publish", on));
        DateOnly? published = null;
        var age = today.DayNumber - on.DayNumber;
        if (age > 40 || (age > 10 && random.NextDouble() < 0.7) || random.NextDouble() < 0.3)
        {
            var latest = publishBy < today ? publishBy : today;
            published = random.NextDouble() < 0.03 && publishBy < today ? today : on.AddDays(random.Next(0, Math.Max(1, latest.DayNumber - on.DayNumber + 1)));
        }

        return new FoodInspection
        {
            BusinessId = businessId,
            Uscc = uscc,
            BusinessName = name,
            BusinessType = type,
            DivisionCode = division,
            OrgUnitId = bureau?.Id,
            OrgUnitName = bureau?.Name ?? "",
            InspectedOn = on,
            Full = full,
            Inspectors = [.. Pair.Select(p => p.User)],
            InspectorNames = [.. Pair.Select(p => p.Name)],
            ChecklistId = list.Id,
            ChecklistVersion = list.Version,
            Result = result,
            Evidence = result == InspectionResult.Compliant ? "现场检查未发现问题，拍摄现场照片 4 张。" : "现场检查发现问题，已拍照留存并当场告知整改要求。",
            RectifyBy = InspectionRules.NeedsFollowUp(result) ? calendar.Deadline(on, rules.GetPeriod("food.inspection-rectify", on)) : null,
            PublishBy = publishBy,
            PublishedOn = published,
            CreatedBy = "张伟",
            CreatedAt = now,
            Answers = [.. chosen.Select(i => new FoodInspectionAnswer
            {
                Seq = i.Seq,
                Code = i.Code,
                Text = i.Text,
                Key = i.Key,
                Answer = i == failKey || i == failGeneral ? ChecklistAnswer.No : ChecklistAnswer.Yes,
                Note = i == failKey || i == failGeneral ? "现场发现不符合，责令整改" : null,
            })],
        };
    }

    private static async Task SeedKitchensAsync(FoodSafetyDbContext db, Random random, DateOnly today, CancellationToken ct)
    {
        var canteens = await db.Businesses.Where(b => b.Active && (b.Canteen == CanteenKind.School || b.Canteen == CanteenKind.Nursery)).OrderBy(b => b.Id).ToListAsync(ct);
        if (canteens.Count == 0 || canteens.Any(c => c.TransparentKitchen)) return; // the businesses' demo already set them
        foreach (var c in canteens.Where(_ => random.NextDouble() < 0.85))
        {
            c.TransparentKitchen = true;
            c.TransparentKitchenMode = KitchenModes.All[random.Next(KitchenModes.All.Count)];
            c.TransparentKitchenSince = today.AddDays(-random.Next(30, 1500));
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static async Task FlushAsync(FoodSafetyDbContext db, List<FoodInspection> batch, CancellationToken ct)
    {
        if (batch.Count == 0) return;
        db.Inspections.AddRange(batch);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        batch.Clear();
    }

    private static DateOnly WorkingDayOnOrBefore(IWorkingCalendar calendar, DateOnly day)
    {
        for (var i = 0; i < 10 && !calendar.IsWorkingDay(day); i++) day = day.AddDays(-1);
        return day;
    }
}
