using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Sampling;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;

namespace Zhijian.FoodSafety.Features.Sampling;

/// <summary>
/// 抽检监测 measures for the supervision centre, counted in SQL per county (first six digits of the sampled business's
/// division). Measures are additive counts: the rates are numerator / denominator pairs the dashboard divides
/// (抽检合格率 = passed / batches, 评价性抽检合格率 = evaluation passed / evaluation batches, 核查处置按期完成率 =
/// on time / due); 批次/千人 divides <see cref="Batches"/> by the population the dashboard holds.
/// </summary>
internal sealed class SamplingMeasures(FoodSafetyDbContext db) : IMeasureSource
{
    public const string Batches = "food.sampling_batches";
    public const string Passed = "food.sampling_passed";
    public const string EvalBatches = "food.sampling_eval_batches";
    public const string EvalPassed = "food.sampling_eval_passed";
    public const string DisposalsDue = "food.disposals_due";
    public const string DisposalsOnTime = "food.disposals_on_time";

    private const string Final = "以检验结论（复检的，以复检结论为最终结论）为准，按检验报告日期（北京时间）落在统计期内计；计入被抽样单位的属地县级区划。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Batches, "食品抽检批次", "批次", MeasureKind.Window, "统计期内出具检验结论的食品抽检批次（监督抽检、评价性抽检、风险监测）。" + Final + "除以常住人口（千人）即“抽检量 批次/千人”。", "/food/sampling"),
        new(Passed, "食品抽检合格批次", "批次", MeasureKind.Window, "“食品抽检批次”中最终结论为合格的批次；除以抽检批次即“抽检合格率”（风险监测不作合格判定的也按其结论计）。" + Final, "/food/sampling"),
        new(EvalBatches, "评价性抽检批次", "批次", MeasureKind.Window, "统计期内出具检验结论的评价性抽检批次。" + Final, "/food/sampling"),
        new(EvalPassed, "评价性抽检合格批次", "批次", MeasureKind.Window, "评价性抽检批次中最终结论为合格的批次；除以评价性抽检批次即“评价性抽检合格率”。" + Final, "/food/sampling"),
        new(DisposalsDue, "应完成核查处置数", "件", MeasureKind.Window, "完成期限（自收到不合格结论起，规则 food.disposal-deadline，默认90日）落在统计期内的不合格食品核查处置件数；计入被抽样单位属地。", "/food/disposals"),
        new(DisposalsOnTime, "按期完成核查处置数", "件", MeasureKind.Window, "“应完成核查处置数”中在期限当日（含）之前完成的件数；除以应完成数即“核查处置按期完成率”。", "/food/disposals"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var values = new List<MeasureValue>();
        if (want.Overlaps([Batches, Passed, EvalBatches, EvalPassed]))
        {
            var rows = await db.SamplingOrders.AsNoTracking()
                .Where(o => o.ReportDate >= query.From && o.ReportDate <= query.To && o.FinalPassed != null && o.DivisionCode.StartsWith(prefix))
                .GroupBy(o => o.DivisionCode.Substring(0, 6))
                .Select(g => new
                {
                    County = g.Key,
                    N = g.Count(),
                    Ok = g.Count(o => o.FinalPassed == true),
                    Eval = g.Count(o => o.Purpose == SamplingPurpose.Evaluation),
                    EvalOk = g.Count(o => o.Purpose == SamplingPurpose.Evaluation && o.FinalPassed == true),
                }).ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(values, want, Batches, r.County, r.N);
                Add(values, want, Passed, r.County, r.Ok);
                Add(values, want, EvalBatches, r.County, r.Eval);
                Add(values, want, EvalPassed, r.County, r.EvalOk);
            }
        }

        if (want.Overlaps([DisposalsDue, DisposalsOnTime]))
        {
            var rows = await db.Disposals.AsNoTracking()
                .Where(d => d.DueOn >= query.From && d.DueOn <= query.To && d.DivisionCode.StartsWith(prefix))
                .GroupBy(d => d.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, N = g.Count(), OnTime = g.Count(d => d.CompletedOn != null && d.CompletedOn <= d.DueOn) })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(values, want, DisposalsDue, r.County, r.N);
                Add(values, want, DisposalsOnTime, r.County, r.OnTime);
            }
        }

        return values;
    }

    private static void Add(List<MeasureValue> values, HashSet<string> want, string code, string county, int n)
    {
        if (n != 0 && want.Contains(code)) values.Add(new MeasureValue(code, county, n));
    }
}
