using System.Globalization;
using Zhijian.Metrology.Domain.Checks;
using Zhijian.Metrology.Features.Checks;

namespace Zhijian.Tests.Metrology;

/// <summary>The 允许短缺量 table at its band edges, the sampling plan, the batch judgement, the fuel-dispenser tolerance.</summary>
[Trait("Database", "none")]
public sealed class NetContentTests
{
    private static readonly DateOnly On = new(2026, 11, 23);

    [Theory]
    [InlineData(5, 0.5)] // 9 % of 5 g = 0.45, rounded up to 0.1
    [InlineData(50, 4.5)] // 9 % of 50 g
    [InlineData(50.1, 4.5)] // 50–100 g: 4.5 g
    [InlineData(100, 4.5)]
    [InlineData(150, 6.8)] // 4.5 % = 6.75 → 6.8
    [InlineData(200, 9)]
    [InlineData(250, 9)] // 200–300 g: 9 g
    [InlineData(300, 9)]
    [InlineData(400, 12)] // 3 %
    [InlineData(500, 15)]
    [InlineData(800, 15)] // 500 g – 1 kg: 15 g
    [InlineData(1000, 15)]
    [InlineData(2000, 30)] // 1.5 %
    [InlineData(10000, 150)]
    [InlineData(12000, 150)] // 10–15 kg: 150 g
    [InlineData(15000, 150)]
    [InlineData(20000, 200)] // 1 %
    [InlineData(50000, 500)]
    public void Allowed_shortfall_by_nominal_quantity(double nominal, double t) =>
        Assert.Equal((decimal)t, NetContent.AllowedShortfall((decimal)nominal, On));

    [Theory]
    [InlineData(4.9)]
    [InlineData(50000.1)]
    [InlineData(0)]
    public void Nominal_quantities_outside_the_table_have_no_T(double nominal) => Assert.Null(NetContent.AllowedShortfall((decimal)nominal, On));

    [Theory]
    [InlineData(1, 1, 0)]
    [InlineData(10, 10, 0)]
    [InlineData(11, 10, 0)]
    [InlineData(50, 10, 0)]
    [InlineData(51, 13, 1)]
    [InlineData(99, 13, 1)]
    [InlineData(100, 50, 3)]
    [InlineData(500, 50, 3)]
    [InlineData(501, 80, 5)]
    [InlineData(3200, 80, 5)]
    [InlineData(3201, 125, 7)]
    public void Sampling_plan_by_batch_size(int batch, int n, int allowed)
    {
        Assert.Equal(n, NetContent.SampleSize(batch));
        Assert.Equal(allowed, NetContent.PlanFor(batch).AllowedOverT);
    }

    public static TheoryData<string, int, string, bool, int, int> Batches => new()
    {
        // 500 g, T = 15 g; batch 40 → 10 samples, none may be short by more than T
        { "all above nominal", 40, "502,501,503,500,502,504,501,502,503,500", true, 0, 0 },
        { "one unit short by 16 g (> T)", 40, "502,501,503,500,502,504,501,502,503,484", false, 1, 0 },
        { "one unit short by exactly T", 40, "503,503,503,503,503,503,503,503,503,485", true, 0, 0 },
        { "mean below nominal, no unit short by T", 40, "499,499,499,499,499,499,499,499,499,499", false, 0, 0 },
        // batch 80 → 13 samples, one unit short by more than T allowed, none by more than 2T
        { "one of 13 short by 16 g", 80, "505,505,505,505,505,505,505,505,505,505,505,505,484", true, 1, 0 },
        { "one of 13 short by 31 g (> 2T)", 80, "507,507,507,507,507,507,507,507,507,507,507,507,469", false, 1, 1 },
        { "two of 13 short by 16 g", 80, "508,508,508,508,508,508,508,508,508,508,508,484,484", false, 2, 0 },
    };

    [Theory]
    [MemberData(nameof(Batches))]
    public void Batch_judgement(string because, int batch, string samples, bool passed, int overT, int over2T)
    {
        var r = NetContent.Judge(500m, batch, [.. samples.Split(',').Select(s => decimal.Parse(s, CultureInfo.InvariantCulture))], On);
        Assert.True(passed == r.Passed, because + "：" + string.Join("；", r.Reasons));
        Assert.Equal(overT, r.OverT);
        Assert.Equal(over2T, r.Over2T);
        Assert.Equal(15m, r.T);
    }

    [Theory]
    [InlineData(true, 0.3, true, true)]
    [InlineData(true, -0.3, true, true)]
    [InlineData(true, 0.31, true, false)]
    [InlineData(true, -0.31, true, false)]
    [InlineData(false, 0.0, true, false)]
    [InlineData(true, null, false, false)]
    [InlineData(true, null, null, true)]
    public void Check_item_passes_when_verified_within_tolerance_and_accurate(bool verified, double? error, bool? accurate, bool passed) =>
        Assert.Equal(passed, LivelihoodChecks.ItemPassed(verified, error is { } e ? (decimal)e : null, accurate, 0.3m));
}
