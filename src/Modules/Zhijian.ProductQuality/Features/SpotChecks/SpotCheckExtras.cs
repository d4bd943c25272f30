using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Todo;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.SpotChecks;

namespace Zhijian.ProductQuality.Features.SpotChecks;

/// <summary>The 审计记录 page's words for 监督抽查.</summary>
internal static class SpotCheckAuditNames
{
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["pq.category.created"] = "新增重点产品目录类别",
        ["pq.category.updated"] = "修改重点产品目录类别",
        ["pq.lab.client"] = "为承检机构创建 API 客户端",
        ["pq.plan.created"] = "制定产品质量监督抽查计划",
        ["pq.plan.updated"] = "修改产品质量监督抽查计划",
        ["pq.plan.frozen"] = "冻结抽查对象名录",
        ["pq.plan.drawn"] = "随机抽取抽查对象",
        ["pq.sample.created"] = "登记抽样单",
        ["pq.sample.result"] = "报送检验结果",
        ["pq.sample.notified"] = "登记检验结果通知",
        ["pq.sample.objection"] = "登记复检申请",
        ["pq.sample.objection-decided"] = "决定是否受理复检申请",
        ["pq.sample.retest-lab"] = "随机确定复检机构",
        ["pq.sample.retest-result"] = "报送复检结论",
    };

    public static readonly IReadOnlyDictionary<string, string> RecordTypes = new Dictionary<string, string>
    {
        ["PqCategory"] = "重点产品目录",
        ["PqLab"] = "承检机构",
        ["PqPlan"] = "产品质量监督抽查计划",
        ["PqSample"] = "产品质量抽样单",
    };
}

/// <summary>监督抽查待办: results to notify to the firm (inspectors, section chiefs); objections to decide (section chiefs).</summary>
internal sealed class SpotCheckTodo(QualityDbContext db) : ITodoSource
{
    public string Module => "产品质量";

    public async Task<IReadOnlyList<TodoItem>> GetAsync(TodoContext ctx, CancellationToken ct)
    {
        var a = ctx.Actor;
        if (a.IsApiClient || !(a.IsInRole(Roles.Inspector) || QualityAccess.CanAdminister(a))) return [];
        var items = new List<TodoItem>();
        var notify = await db.Samples.AsNoTracking().CountAsync(s => s.Conclusion != SampleConclusion.Pending && s.NotifiedOn == null, ct);
        if (notify > 0) items.Add(new TodoItem(Module, TodoKind.DueSoon, "向企业送达产品质量监督抽查检验结果", $"{notify} 批次待通知", null, "/pq/samples?list=notify") { Count = notify });
        if (QualityAccess.CanAdminister(a))
        {
            var objections = await db.Samples.AsNoTracking().Where(s => s.Objection == ObjectionStatus.Filed).OrderBy(s => s.ObjectionDecideBy).Take(200)
                .Select(s => new { s.Id, s.Number, s.ProductName, s.ObjectionDecideBy }).ToListAsync(ct);
            items.AddRange(ctx.Cap(objections.Select(o => ctx.Approval(Module, "决定是否受理复检申请", $"{o.Number} · {o.ProductName}", o.ObjectionDecideBy, $"/pq/samples/{o.Id}")),
                (kind, n) => new TodoItem(Module, kind, "其他待受理的复检申请", $"另有 {n} 件", null, "/pq/samples?list=decide")));
        }

        return items;
    }
}

/// <summary>
/// 监督抽查 measures, per county of the sampled firm, by the sampling date: batches with a conclusion and those passed
/// (the final conclusion, after a retest), in all and split 工业品/消费品; 重点产品抽查覆盖率 = <see cref="CategoriesChecked"/> /
/// <see cref="CatalogueCategories"/>. To stay additive across counties, a checked category counts in the county of its first
/// sample in the window, and the catalogue's size is given once, under the query's own division root.
/// </summary>
internal sealed class SpotCheckMeasures(QualityDbContext db) : IMeasureSource
{
    public const string Samples = "pq.samples";
    public const string Passed = "pq.samples_passed";
    public const string Manufacturing = "pq.samples_manufacturing";
    public const string ManufacturingPassed = "pq.samples_manufacturing_passed";
    public const string Consumer = "pq.samples_consumer";
    public const string ConsumerPassed = "pq.samples_consumer_passed";
    public const string CatalogueCategories = "pq.catalogue_categories";
    public const string CategoriesChecked = "pq.categories_checked";
    private const string Where = "按抽样日期计入被抽样企业所在县级区划；以最终结论（含复检）计。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Samples, "监督抽查批次", "批次", MeasureKind.Window, "产品质量监督抽查中已出具检验结论的批次。" + Where, "/pq/samples"),
        new(Passed, "监督抽查合格批次", "批次", MeasureKind.Window, "已出具结论的批次中最终结论为合格的批次；除以“监督抽查批次”即“监督抽查合格率”。" + Where, "/pq/samples?conclusion=passed"),
        new(Manufacturing, "工业品监督抽查批次", "批次", MeasureKind.Window, "重点产品目录中标为工业品的类别的监督抽查批次。" + Where, "/pq/samples"),
        new(ManufacturingPassed, "工业品监督抽查合格批次", "批次", MeasureKind.Window, "工业品批次中最终结论为合格的批次（制造业产品质量合格率的分子）。" + Where, "/pq/samples"),
        new(Consumer, "消费品监督抽查批次", "批次", MeasureKind.Window, "重点产品目录中标为消费品的类别的监督抽查批次。" + Where, "/pq/samples"),
        new(ConsumerPassed, "消费品监督抽查合格批次", "批次", MeasureKind.Window, "消费品批次中最终结论为合格的批次。" + Where, "/pq/samples"),
        new(CatalogueCategories, "重点产品目录类别数", "类", MeasureKind.PointInTime, "重点产品目录中在用的产品类别数（计入查询的区划本身，不分县）。", "/pq/plans?tab=catalogue"),
        new(CategoriesChecked, "已抽查的重点产品类别数", "类", MeasureKind.Window, "统计期内至少抽查一个批次的目录类别数（每类计入其首个批次所在县级区划）；除以目录类别数即“重点产品抽查覆盖率”。", "/pq/samples"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var values = new List<MeasureValue>();
        var window = db.Samples.AsNoTracking().Where(s => s.SampledOn >= query.From && s.SampledOn <= query.To && s.DivisionCode.StartsWith(prefix));
        if (want.Overlaps([Samples, Passed, Manufacturing, ManufacturingPassed, Consumer, ConsumerPassed]))
        {
            var rows = await window.Where(s => s.Conclusion != SampleConclusion.Pending)
                .GroupBy(s => new { County = s.DivisionCode.Substring(0, 6), s.ConsumerGood })
                .Select(g => new
                {
                    g.Key.County,
                    g.Key.ConsumerGood,
                    N = g.Count(),
                    Ok = g.Count(s => s.Conclusion == SampleConclusion.Passed || s.Objection == ObjectionStatus.Overturned),
                }).ToListAsync(ct);
            foreach (var county in rows.GroupBy(r => r.County))
            {
                Add(values, want, Samples, county.Key, county.Sum(r => r.N));
                Add(values, want, Passed, county.Key, county.Sum(r => r.Ok));
                Add(values, want, Manufacturing, county.Key, county.Where(r => !r.ConsumerGood).Sum(r => r.N));
                Add(values, want, ManufacturingPassed, county.Key, county.Where(r => !r.ConsumerGood).Sum(r => r.Ok));
                Add(values, want, Consumer, county.Key, county.Where(r => r.ConsumerGood).Sum(r => r.N));
                Add(values, want, ConsumerPassed, county.Key, county.Where(r => r.ConsumerGood).Sum(r => r.Ok));
            }
        }

        if (want.Contains(CategoriesChecked))
        {
            var firsts = await window.Select(s => new { s.CategoryId, s.SampledOn, s.Id, County = s.DivisionCode.Substring(0, 6) }).ToListAsync(ct);
            foreach (var g in firsts.GroupBy(f => f.CategoryId).Select(g => g.OrderBy(f => f.SampledOn).ThenBy(f => f.Id).First()).GroupBy(f => f.County))
            {
                Add(values, want, CategoriesChecked, g.Key, g.Count());
            }
        }

        if (want.Contains(CatalogueCategories))
            Add(values, want, CatalogueCategories, query.DivisionRoot[..Math.Min(6, query.DivisionRoot.Length)].PadRight(6, '0'), await db.ProductCategories.CountAsync(c => c.Active, ct));
        return values;
    }

    private static void Add(List<MeasureValue> values, HashSet<string> want, string code, string county, int n)
    {
        if (n != 0 && want.Contains(code)) values.Add(new MeasureValue(code, county, n));
    }
}
