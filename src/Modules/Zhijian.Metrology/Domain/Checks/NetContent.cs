namespace Zhijian.Metrology.Domain.Checks;

/// <summary>A band of the 允许短缺量 table: nominal quantity in (<see cref="Above"/>, <see cref="UpTo"/>] → T as a percent of the nominal or in g/mL.</summary>
internal sealed record ShortfallBand(decimal Above, decimal UpTo, decimal? Percent, decimal? Amount);

/// <summary>A version of the 允许短缺量 table, in force from <see cref="From"/>.</summary>
internal sealed record ShortfallTable(DateOnly From, string Source, IReadOnlyList<ShortfallBand> Bands);

/// <summary>A row of the sampling plan: batch size up to <see cref="BatchUpTo"/> (null = above) → sample size (null = the whole batch), the allowed units short by more than T, and λ of the mean's correction.</summary>
internal sealed record SamplingRow(int BatchUpTo, int? SampleSize, int AllowedOverT, decimal Lambda);

/// <summary>The judgement of one batch, with every figure it used (shown as it is).</summary>
internal sealed record NetContentResult(decimal Nominal, decimal T, int SampleSize, decimal Mean, decimal StdDev, decimal MeanLimit, int OverT, int AllowedOverT,
    int Over2T, bool MeanOk, bool Passed, IReadOnlyList<string> Reasons);

/// <summary>
/// 定量包装商品净含量计量检验 (JJF 1070《定量包装商品净含量计量检验规则》; 《定量包装商品计量监督管理办法》) — pure. The
/// 允许短缺量 T is taken from the table in force on the check date (values from memory, [R]; an administrator would add a version
/// from the published text); the sampling plan gives the sample size, the allowed number of units short by more than T and λ.
/// A batch passes when (1) the mean of the actual contents ≥ nominal − λ·s, (2) the units short by more than T are no more than
/// allowed, and (3) no unit is short by more than 2T.
/// </summary>
internal static class NetContent
{
    public static readonly IReadOnlyList<ShortfallTable> Tables =
    [
        new(new DateOnly(2006, 1, 1), "JJF 1070-2005《定量包装商品净含量计量检验规则》表3（凭记忆整理 [R]，以正式文本为准）",
        [
            new(0m, 50m, 9m, null),
            new(50m, 100m, null, 4.5m),
            new(100m, 200m, 4.5m, null),
            new(200m, 300m, null, 9m),
            new(300m, 500m, 3m, null),
            new(500m, 1000m, null, 15m),
            new(1000m, 10000m, 1.5m, null),
            new(10000m, 15000m, null, 150m),
            new(15000m, 50000m, 1m, null),
        ]),
    ];

    /// <summary>Sampling plan (JJF 1070 表1, [R]).</summary>
    public static readonly IReadOnlyList<SamplingRow> Plan =
    [
        new(10, null, 0, 0m),
        new(50, 10, 0, 1.028m),
        new(99, 13, 1, 0.848m),
        new(500, 50, 3, 0.379m),
        new(3200, 80, 5, 0.295m),
        new(int.MaxValue, 125, 7, 0.234m),
    ];

    /// <summary>Smallest nominal quantity the table covers (g or mL).</summary>
    public const decimal MinNominal = 5m;

    public static ShortfallTable TableOn(DateOnly on) => Tables.Where(t => t.From <= on).MaxBy(t => t.From) ?? Tables[0];

    /// <summary>T for a nominal quantity (g or mL), rounded up to 0.1; null outside 5 g – 50 kg.</summary>
    public static decimal? AllowedShortfall(decimal nominal, DateOnly on)
    {
        if (nominal < MinNominal) return null;
        var band = TableOn(on).Bands.FirstOrDefault(b => nominal > b.Above && nominal <= b.UpTo);
        if (band is null) return null;
        var t = band.Percent is { } p ? nominal * p / 100m : band.Amount!.Value;
        return Math.Ceiling(t * 10m) / 10m;
    }

    /// <summary>The plan row for a batch of <paramref name="batchSize"/> units (≥ 1).</summary>
    public static SamplingRow PlanFor(int batchSize) => Plan.First(r => batchSize <= r.BatchUpTo);

    /// <summary>The number of units to sample from a batch.</summary>
    public static int SampleSize(int batchSize) => PlanFor(batchSize).SampleSize ?? batchSize;

    public static NetContentResult Judge(decimal nominal, int batchSize, IReadOnlyList<decimal> actual, DateOnly on)
    {
        var t = AllowedShortfall(nominal, on) ?? throw new ArgumentOutOfRangeException(nameof(nominal));
        var plan = PlanFor(batchSize);
        var n = actual.Count;
        var mean = actual.Average();
        var sd = n > 1 ? (decimal)Math.Sqrt((double)(actual.Sum(x => (x - mean) * (x - mean)) / (n - 1))) : 0m;
        var limit = nominal - plan.Lambda * sd;
        var overT = actual.Count(x => nominal - x > t);
        var over2T = actual.Count(x => nominal - x > 2 * t);
        var reasons = new List<string>();
        var meanOk = mean >= limit;
        if (!meanOk) reasons.Add($"平均实际含量 {R(mean)} 小于标注净含量减 λ·s（{R(limit)}）");
        if (overT > plan.AllowedOverT) reasons.Add($"短缺量大于允许短缺量 T（{R(t)}）的单件 {overT} 件，超过允许的 {plan.AllowedOverT} 件");
        if (over2T > 0) reasons.Add($"有 {over2T} 件短缺量大于 2T（{R(2 * t)}）");
        return new NetContentResult(nominal, t, n, R(mean), R(sd), R(limit), overT, plan.AllowedOverT, over2T, meanOk, reasons.Count == 0, reasons);
    }

    private static decimal R(decimal x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);
}
