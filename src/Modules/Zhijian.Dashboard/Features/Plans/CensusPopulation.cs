namespace Zhijian.Dashboard.Features.Plans;

/// <summary>
/// 常住人口 shipped as reference data: the 2020 census (第七次全国人口普查) figures of the provinces and cities the seeds
/// come from, as published in the provincial/municipal census bulletins (2021). Counties and later years are entered
/// on the 人口参考数据 page; a division without a figure shows "—" for per-resident indicators.
/// </summary>
internal static class CensusPopulation
{
    private const string Census = "第七次全国人口普查公报（2020年11月1日零时）";

    public static readonly IReadOnlyList<(string DivisionCode, int Year, long Residents, string Source)> Rows =
    [
        ("370000", 2020, 101_527_453, Census),
        ("370100", 2020, 9_202_432, Census),
        ("370300", 2020, 4_704_138, Census),
        ("340000", 2020, 61_027_171, Census),
        ("445200", 2020, 5_577_814, Census),
    ];
}
