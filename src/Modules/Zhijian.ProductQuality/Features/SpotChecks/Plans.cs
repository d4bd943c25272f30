using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Inspections.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Rules;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.SpotChecks;

namespace Zhijian.ProductQuality.Features.SpotChecks;

/// <summary>
/// 抽查计划 and their verifiable draw. Freeze: per category the library (active producers of the category's industry codes,
/// or retail/wholesale "51","52" for sellers, in the plan's scope) minus the producers excluded by the no-repeat rule,
/// sorted ordinally, hashed; one fresh secret per plan, its commitment published. Pick: with a public value, per category
/// the first k of <see cref="VerifiableDraw.Pick"/>(Seed(secret, publicValue), "plan number/category code", candidates, k)
/// become the plan's targets (k = batches, at most the candidates).
/// </summary>
internal sealed class Plans(QualityDbContext db, ActorContext actor, OrgUnitDirectory units, IEntityDirectory directory, IRuleBook rules, TimeProvider clock)
{
    public static readonly string[] SellerIndustries = ["51", "52"];

    public async Task<PqPage<PlanRow>> ListAsync(int? year, string? q, string? status, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var query = db.Plans.AsNoTracking();
        if (year is { } y) query = query.Where(p => p.Year == y);
        if (!string.IsNullOrWhiteSpace(q)) query = query.Where(p => p.Name.Contains(q.Trim()) || p.Number.Contains(q.Trim()));
        if (status is "draft") query = query.Where(p => p.Status == PlanStatus.Draft);
        if (status is "frozen") query = query.Where(p => p.Status == PlanStatus.Frozen);
        if (status is "drawn") query = query.Where(p => p.Status == PlanStatus.Drawn);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(p => p.Year).ThenByDescending(p => p.Id).Skip(Paging.Skip(page, size)).Take(size)
            .Select(p => new
            {
                Plan = p,
                Categories = p.Categories.Count,
                Batches = p.Categories.Sum(c => c.Batches),
                Targets = db.Targets.Count(t => t.PlanId == p.Id),
                Samples = db.Samples.Count(s => s.PlanId == p.Id),
            }).ToListAsync(ct);
        return new([.. rows.Select(r => new PlanRow(r.Plan.Id, r.Plan.Number, r.Plan.Year, NoRepeatRule.LevelName(r.Plan.Level) + "级", r.Plan.OrgUnitName, r.Plan.Name,
            r.Plan.From, r.Plan.To, KindName(r.Plan.TargetKind), r.Plan.Emergency, r.Plan.FollowUp, StatusName(r.Plan.Status), r.Categories, r.Batches, r.Targets, r.Samples))],
            total, Math.Max(page, 1), size);
    }

    public async Task<PlanView?> GetAsync(long id, CancellationToken ct)
    {
        var p = await db.Plans.AsNoTracking().Include(x => x.Categories).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return null;
        var targets = await db.Targets.AsNoTracking().Where(t => t.PlanId == id).OrderBy(t => t.CategoryCode).ThenBy(t => t.DrawOrder).ToListAsync(ct);
        var samples = await db.Samples.AsNoTracking().Where(s => s.PlanId == id).GroupBy(s => new { s.TargetId, s.CategoryCode })
            .Select(g => new { g.Key.TargetId, g.Key.CategoryCode, N = g.Count() }).ToListAsync(ct);
        var months = rules.GetInt("pq.no-repeat-months", p.FrozenOn ?? clock.Today());
        return new PlanView(p.Id, p.Number, p.Year, NoRepeatRule.LevelName(p.Level) + "级", p.OrgUnitId, p.OrgUnitName, p.DivisionCode, p.Name, p.From, p.To,
            KindName(p.TargetKind), p.Scope.Split(',', StringSplitOptions.RemoveEmptyEntries), p.Emergency, p.FollowUp, StatusName(p.Status), p.Commitment,
            p.Status == PlanStatus.Drawn ? p.Secret : null, p.Algorithm, p.PublicValue, p.FrozenOn, p.DrawnOn,
            [.. p.Categories.OrderBy(c => c.CategoryCode).Select(c => new PlanCategoryView(c.Id, c.CategoryId, c.CategoryCode, c.CategoryName, c.ConsumerGood, c.Batches,
                c.CandidateCount, c.CandidateHash, c.Excluded, c.Excluded > 0 ? $"因{months}个月内已抽查排除 {c.Excluded} 家" : null, c.Picked,
                samples.Where(s => s.CategoryCode == c.CategoryCode).Sum(s => s.N)))],
            [.. targets.Select(t => new TargetView(t.Id, t.CategoryCode, t.Uscc, t.Name, t.DivisionCode, t.Role, t.DrawOrder,
                samples.Where(s => s.TargetId == t.Id).Sum(s => s.N)))]);
    }

    public async Task<Result<PlanView>> CreateAsync(SavePlan cmd, CancellationToken ct)
    {
        var a = actor.Current;
        var unit = a.OrgUnitId is { } uid ? await units.FindAsync(uid, ct) : await units.RootAsync(ct);
        if (unit is null) return Result<PlanView>.Unprocessable("未找到制定计划的机构");
        var (errors, cats) = await ValidateAsync(cmd, unit, ct);
        if (errors.Count > 0) return Result<PlanView>.Invalid(errors.ToDictionary());
        var year = cmd.Year!.Value;
        var seq = await db.Plans.IgnoreQueryFilters().CountAsync(p => p.Year == year, ct) + 1;
        var plan = new SpotCheckPlan
        {
            Number = $"CC{year}{unit.DivisionCode}{seq:000}",
            Year = year,
            OrgUnitId = unit.Id,
            OrgUnitName = unit.Name,
            DivisionCode = unit.DivisionCode,
            Name = "",
            Scope = "",
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = a.ShownName,
        };
        Apply(plan, cmd, unit, cats);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        db.Audit("pq.plan.created", "PqPlan", Id(plan.Id), null, Snapshot(plan), plan.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(plan.Id, ct))!;
    }

    public async Task<Result<PlanView>> UpdateAsync(long id, SavePlan cmd, CancellationToken ct)
    {
        var plan = await db.Plans.Include(p => p.Categories).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return Result<PlanView>.NotFound($"抽查计划 {id} 不存在或不在您的管辖范围内");
        if (plan.Status != PlanStatus.Draft) return Result<PlanView>.Conflict("status", "计划已冻结抽取名录，不能再修改");
        var unit = plan.OrgUnitId is { } uid ? await units.FindAsync(uid, ct) : await units.RootAsync(ct);
        if (unit is null) return Result<PlanView>.Unprocessable("未找到制定计划的机构");
        var (errors, cats) = await ValidateAsync(cmd, unit, ct);
        if (errors.Count > 0) return Result<PlanView>.Invalid(errors.ToDictionary());
        var before = Snapshot(plan);
        db.PlanCategories.RemoveRange(plan.Categories);
        plan.Categories.Clear();
        Apply(plan, cmd, unit, cats);
        db.Audit("pq.plan.updated", "PqPlan", Id(plan.Id), before, Snapshot(plan), plan.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(plan.Id, ct))!;
    }

    private async Task<(FieldErrors Errors, List<(ProductCategory Category, int Batches)> Categories)> ValidateAsync(SavePlan cmd, OrgUnitEntry unit, CancellationToken ct)
    {
        var errors = new FieldErrors().Require("name", cmd.Name, "计划名称", 200);
        var today = clock.Today();
        if (cmd.Year is not { } year || year < 2020 || year > today.Year + 1) errors.Add("year", $"计划年度应在 2020 到 {today.Year + 1} 之间");
        if (cmd.Level is not null && !NoRepeatRule.TryLevel(cmd.Level, out _)) errors.Add("level", "抽查层级应为：国家、省、市、县之一");
        if (cmd.TargetKind is not null && ParseKind(cmd.TargetKind) is null) errors.Add("targetKind", "抽查对象应为：生产者、销售者、生产者和销售者之一");
        if (cmd.From is not { } from) errors.Add("from", "请填写计划开始日期");
        if (cmd.To is not { } to) errors.Add("to", "请填写计划结束日期");
        else if (cmd.From is { } f && to < f) errors.Add("to", "计划结束日期不能早于开始日期");
        else if (cmd.Year is { } y2 && cmd.From is { } f2 && f2.Year != y2) errors.Add("from", "计划开始日期应在计划年度内");
        var scope = (cmd.Scope ?? []).Select(s => s?.Trim() ?? "").Where(s => s.Length > 0).ToList();
        foreach (var s in scope)
        {
            if (!DivisionTable.IsWellFormed(s)) errors.Add("scope", $"抽查范围“{s}”不是有效的行政区划代码（6 位或 9 位）");
            else if (!Jurisdiction.For([unit.DivisionCode]).Covers(s)) errors.Add("scope", $"抽查范围“{s}”超出本单位（{unit.Name}）辖区");
        }

        var cats = new List<(ProductCategory, int)>();
        if (cmd.Categories is not { Count: > 0 }) errors.Add("categories", "请至少选择一个产品类别并填写抽查批次");
        else
        {
            var codes = cmd.Categories.Select(c => c.CategoryCode?.Trim() ?? "").ToList();
            var known = await db.ProductCategories.AsNoTracking().Where(c => codes.Contains(c.Code) && c.Active).ToListAsync(ct);
            for (var i = 0; i < cmd.Categories.Count; i++)
            {
                var c = cmd.Categories[i];
                var cat = known.FirstOrDefault(k => k.Code == codes[i]);
                if (cat is null) errors.Add($"categories[{i}].categoryCode", $"产品类别“{c.CategoryCode}”不在重点产品目录中");
                else if (cats.Any(x => x.Item1.Id == cat.Id)) errors.Add($"categories[{i}].categoryCode", $"产品类别“{cat.Name}”重复");
                else if (c.Batches is < 1 or > 10000) errors.Add($"categories[{i}].batches", $"“{cat.Name}”的抽查批次应在 1 到 10000 之间");
                else cats.Add((cat, c.Batches));
            }
        }

        return (errors, cats);
    }

    private static void Apply(SpotCheckPlan plan, SavePlan cmd, OrgUnitEntry unit, List<(ProductCategory Category, int Batches)> cats)
    {
        plan.Name = cmd.Name!.Trim();
        plan.Year = cmd.Year!.Value;
        plan.Level = cmd.Level is not null && NoRepeatRule.TryLevel(cmd.Level, out var l) ? l : unit.Kind switch
        {
            OrgUnitKind.Province => PlanLevel.Provincial,
            OrgUnitKind.City => PlanLevel.City,
            _ => PlanLevel.County,
        };
        plan.From = cmd.From!.Value;
        plan.To = cmd.To!.Value;
        plan.TargetKind = ParseKind(cmd.TargetKind) ?? TargetKind.Producer;
        var scope = (cmd.Scope ?? []).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct().ToList();
        plan.Scope = string.Join(",", scope.Count > 0 ? scope : [unit.DivisionCode]);
        plan.Emergency = cmd.Emergency;
        plan.FollowUp = cmd.FollowUp;
        foreach (var (c, n) in cats)
        {
            plan.Categories.Add(new PlanCategory { CategoryId = c.Id, CategoryCode = c.Code, CategoryName = c.Name, ConsumerGood = c.ConsumerGood, Batches = n });
        }
    }

    /// <summary>Freezes the candidate lists (no-repeat exclusion applied) and commits to a fresh secret.</summary>
    public async Task<Result<PlanView>> FreezeAsync(long id, CancellationToken ct)
    {
        var plan = await db.Plans.Include(p => p.Categories).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return Result<PlanView>.NotFound($"抽查计划 {id} 不存在或不在您的管辖范围内");
        if (plan.Status != PlanStatus.Draft) return Result<PlanView>.Conflict("status", "该计划已冻结抽取名录");
        var today = clock.Today();
        var on = today > plan.From ? today : plan.From;
        var months = rules.GetInt("pq.no-repeat-months", on);
        var catalogue = await db.ProductCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        var scope = plan.Scope.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var sellers = plan.TargetKind is TargetKind.Seller or TargetKind.Both ? await LibraryAsync(SellerIndustries, scope, ct) : [];
        var exclusion = plan.Emergency || plan.FollowUp ? null : await PriorChecksAsync([.. plan.Categories.Select(c => c.CategoryId)], on, ct);
        foreach (var c in plan.Categories)
        {
            var list = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (plan.TargetKind is TargetKind.Producer or TargetKind.Both)
            {
                var producers = await LibraryAsync(catalogue[c.CategoryId].IndustryPrefixes.Split(',', StringSplitOptions.RemoveEmptyEntries), scope, ct);
                var excluded = 0;
                foreach (var u in producers)
                {
                    var priors = exclusion?.GetValueOrDefault((u, c.CategoryId));
                    if (priors is not null && !NoRepeatRule.Decide(new NewCheck(on, plan.OrgUnitId, plan.Level, false, false, false), priors, months).Allowed)
                    {
                        excluded++;
                        continue;
                    }

                    list[u] = "生产者";
                }

                c.Excluded = excluded;
            }

            foreach (var u in sellers) list.TryAdd(u, "销售者");
            c.Candidates = string.Join("\n", list.Select(x => x.Key + "," + x.Value));
            c.CandidateHash = VerifiableDraw.CandidateHash(list.Select(x => (x.Key, x.Value)));
            c.CandidateCount = list.Count;
        }

        var secret = VerifiableDraw.NewSecret();
        plan.Secret = VerifiableDraw.Hex(secret);
        plan.Commitment = VerifiableDraw.Commitment(secret);
        plan.Algorithm = VerifiableDraw.Algorithm;
        plan.FrozenOn = today;
        plan.Status = PlanStatus.Frozen;
        db.Audit("pq.plan.frozen", "PqPlan", Id(plan.Id), null, new
        {
            plan.Number,
            plan.Commitment,
            Categories = plan.Categories.Select(c => new { c.CategoryCode, c.CandidateCount, c.CandidateHash, c.Excluded }),
        }, plan.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(plan.Id, ct))!;
    }

    /// <summary>Picks the targets with the public value and publishes the secret.</summary>
    public async Task<Result<PlanView>> PickAsync(long id, PickTargets cmd, CancellationToken ct)
    {
        var plan = await db.Plans.Include(p => p.Categories).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return Result<PlanView>.NotFound($"抽查计划 {id} 不存在或不在您的管辖范围内");
        if (plan.Status == PlanStatus.Draft) return Result<PlanView>.Conflict("status", "请先冻结抽取名录（公布候选名单哈希和承诺值），再抽取");
        if (plan.Status == PlanStatus.Drawn) return Result<PlanView>.Conflict("status", $"该计划已于 {plan.DrawnOn:yyyy-MM-dd} 抽取，不能重新抽取");
        var errors = new FieldErrors().Require("publicValue", cmd.PublicValue, "公开值（如抽取当日的公开随机数）", 200);
        if (errors.Count > 0) return Result<PlanView>.Invalid(errors.ToDictionary());
        plan.PublicValue = cmd.PublicValue!.Trim();
        var seed = VerifiableDraw.Seed(Convert.FromHexString(plan.Secret!), plan.PublicValue);
        var picks = new List<(PlanCategory Category, IReadOnlyList<string> Usccs, Dictionary<string, string> Roles)>();
        foreach (var c in plan.Categories.OrderBy(c => c.CategoryCode, StringComparer.Ordinal))
        {
            var lines = (c.Candidates ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
            var ids = lines.Select(l => l[0]).ToList();
            var k = Math.Min(c.Batches, ids.Count);
            var picked = k == 0 ? [] : VerifiableDraw.Pick(seed, Label(plan.Number, c.CategoryCode), ids, k);
            c.Picked = picked.Count;
            picks.Add((c, picked, lines.ToDictionary(l => l[0], l => l[1], StringComparer.Ordinal)));
        }

        var summaries = (await directory.FindManyAsync([.. picks.SelectMany(p => p.Usccs).Distinct()], ct)).ToDictionary(s => s.Uscc, StringComparer.Ordinal);
        foreach (var (c, usccs, roles) in picks)
        {
            for (var i = 0; i < usccs.Count; i++)
            {
                var s = summaries.GetValueOrDefault(usccs[i]);
                db.Targets.Add(new SpotCheckTarget
                {
                    PlanId = plan.Id,
                    PlanCategoryId = c.Id,
                    CategoryCode = c.CategoryCode,
                    Uscc = usccs[i],
                    Name = s?.Name ?? usccs[i],
                    DivisionCode = s?.DivisionCode ?? plan.DivisionCode,
                    Role = roles[usccs[i]],
                    DrawOrder = i + 1,
                });
            }
        }

        plan.DrawnOn = clock.Today();
        plan.Status = PlanStatus.Drawn;
        db.Audit("pq.plan.drawn", "PqPlan", Id(plan.Id), null, new
        {
            plan.Number,
            plan.PublicValue,
            plan.Secret,
            plan.Commitment,
            Picked = picks.Select(p => new { p.Category.CategoryCode, p.Usccs }),
        }, plan.DivisionCode);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(plan.Id, ct))!;
    }

    public async Task<CandidateList?> CandidatesAsync(long id, string code, CancellationToken ct)
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Categories).SingleOrDefaultAsync(p => p.Id == id, ct);
        var c = plan?.Categories.FirstOrDefault(x => x.CategoryCode == code);
        if (plan is null || c is null) return null;
        return new CandidateList(plan.Number, c.CategoryCode, Label(plan.Number, c.CategoryCode), c.CandidateHash,
            (c.Candidates ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The stream label of a category's pick: plan number, "/", category code.</summary>
    public static string Label(string planNumber, string categoryCode) => planNumber + "/" + categoryCode;

    private async Task<List<string>> LibraryAsync(IReadOnlyList<string> industries, IReadOnlyList<string> scope, CancellationToken ct)
    {
        var list = new List<string>();
        await foreach (var e in directory.SelectAsync(new EntityFilter(Statuses: [EntityStatus.Active], IndustryCodes: industries, DivisionCodes: scope), ct))
        {
            list.Add(e.Uscc);
        }

        return list;
    }

    /// <summary>Earlier samples per (producer, category) that could block a check on <paramref name="on"/> (any bureau; the rule decides).</summary>
    internal async Task<Dictionary<(string Uscc, int CategoryId), List<PriorCheck>>> PriorChecksAsync(IReadOnlyList<int> categoryIds, DateOnly on, CancellationToken ct)
    {
        var since = on.AddMonths(-24);
        var rows = await db.Samples.IgnoreQueryFilters().AsNoTracking()
            .Where(s => categoryIds.Contains(s.CategoryId) && s.ProducerUscc != null && s.SampledOn >= since && s.SampledOn <= on)
            .Join(db.Plans.IgnoreQueryFilters(), s => s.PlanId, p => p.Id, (s, p) => new { s.ProducerUscc, s.CategoryId, s.Number, s.SampledOn, s.OrgUnitId, s.Level, p.From, p.To })
            .ToListAsync(ct);
        return rows.GroupBy(r => (r.ProducerUscc!, r.CategoryId))
            .ToDictionary(g => g.Key, g => g.Select(r => new PriorCheck(r.Number, r.SampledOn, r.OrgUnitId, r.Level, r.From, r.To)).ToList());
    }

    public static string KindName(TargetKind k) => k switch
    {
        TargetKind.Producer => "生产者",
        TargetKind.Seller => "销售者",
        _ => "生产者和销售者",
    };

    public static TargetKind? ParseKind(string? text) => text?.Trim() switch
    {
        "生产者" or "producer" => TargetKind.Producer,
        "销售者" or "seller" => TargetKind.Seller,
        "生产者和销售者" or "both" => TargetKind.Both,
        _ => null,
    };

    public static string StatusName(PlanStatus s) => s switch
    {
        PlanStatus.Draft => "草拟",
        PlanStatus.Frozen => "已冻结名录",
        _ => "已抽取",
    };

    private static object Snapshot(SpotCheckPlan p) => new
    {
        p.Number,
        p.Name,
        p.Year,
        Level = NoRepeatRule.LevelName(p.Level),
        p.From,
        p.To,
        TargetKind = KindName(p.TargetKind),
        p.Scope,
        p.Emergency,
        p.FollowUp,
        Categories = string.Join("、", p.Categories.Select(c => $"{c.CategoryName}×{c.Batches}")),
    };

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
