using System.Globalization;
using Zhijian.Dashboard.Domain;
using Zhijian.Dashboard.Features.Plans;

namespace Zhijian.Tests.Dashboard;

[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public class IndicatorRulesTests
{
    private static readonly HashSet<string> Known = ["complaints.closed", "complaints.closed_on_time", "entities.active", "population"];

    [Theory]
    [InlineData("complaints.closed_on_time / complaints.closed * 100", 40, 50, "80")]
    [InlineData("complaints.closed_on_time / complaints.closed * 100", 0, 0, null)] // zero denominator: "—", never 100 %
    [InlineData("(complaints.closed - complaints.closed_on_time) / complaints.closed * 100", 3, 4, "25")]
    [InlineData("entities.active / population * 1000", 0, 0, null)] // no population figure
    public void Formula_evaluates_and_a_zero_denominator_has_no_value(string text, int onTime, int closed, string? expected)
    {
        var f = Formula.Parse(text, Known.Contains, out var error);
        Assert.Null(error);
        var inputs = new Dictionary<string, decimal> { ["complaints.closed_on_time"] = onTime, ["complaints.closed"] = closed, ["entities.active"] = 5 };
        var value = f!.Evaluate(c => inputs.TryGetValue(c, out var v) ? v : null);
        Assert.Equal(expected, value?.ToString("0.##", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("complaints.closed / cases.secret_table", "计算公式引用了模块未公开的数据：cases.secret_table")]
    [InlineData("complaints.closed / (complaints.closed", "括号不配对")]
    [InlineData("complaints.closed ^ 2", "不能识别的字符“^”")]
    [InlineData("", "计算公式为空")]
    public void Bad_formulas_are_refused_in_chinese(string text, string message)
    {
        Assert.Null(Formula.Parse(text, Known.Contains, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(99.5, 99.8, "=", 1, 2, "warning")]
    [InlineData(99.8, 99.8, "=", 1, 2, "met")]
    [InlineData(95, 99.8, "=", 1, 2, "not-met")]
    [InlineData(1.4, 1, "≤", 2, 0.1, "not-met")]
    [InlineData(1.05, 1, "≤", 2, 0.1, "warning")]
    [InlineData(0.8, 1, "≤", 2, 0.1, "met")]
    [InlineData(0, 0, "=", 2, 0, "met")] // accidents = 0
    [InlineData(1, 0, "=", 2, 0, "not-met")]
    public void Status_against_target(double value, double target, string comparator, int direction, double margin, string expected) =>
        Assert.Equal(expected, IndicatorRules.Code(IndicatorRules.Status((decimal)value, (decimal)target, IndicatorRules.ParseComparator(comparator)!.Value,
            (Direction)direction, (decimal)margin)));

    [Fact]
    public void No_value_is_no_data_and_progress_needs_a_base()
    {
        Assert.Equal(IndicatorStatus.NoData, IndicatorRules.Status(null, 100, Comparator.Equal, Direction.Higher, 2));
        Assert.Equal(50m, IndicatorRules.Progress(25, 20, 30)); // 部门联合抽查占比 20 → 30, now 25
        Assert.Null(IndicatorRules.Progress(25, null, 30));
        Assert.Null(IndicatorRules.Progress(0.06m, 0.06m, 0.06m));
    }

    [Fact]
    public void Windows_follow_the_accumulation()
    {
        var nov = new DateOnly(2026, 11, 1);
        var today = new DateOnly(2026, 12, 4);
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 30)), IndicatorRules.Window(nov, Accumulation.YearToDate, 2021, today));
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), IndicatorRules.Window(nov, Accumulation.Month, 2021, today));
        Assert.Equal((new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 30)), IndicatorRules.Window(nov, Accumulation.PointInTime, 2021, today));
        Assert.Equal((new DateOnly(2021, 1, 1), new DateOnly(2026, 11, 30)), IndicatorRules.Window(nov, Accumulation.PlanToDate, 2021, today));
        // the running month ends today
        Assert.Equal((new DateOnly(2026, 1, 1), today), IndicatorRules.Window(new DateOnly(2026, 12, 1), Accumulation.YearToDate, 2021, today));
    }

    [Theory]
    [InlineData(100.5, "%", "超出合理范围")]
    [InlineData(-1, "%", "超出合理范围")]
    [InlineData(-3, "件", "不能为负数")]
    public void Implausible_values(double value, string unit, string message) =>
        Assert.Contains(message, IndicatorRules.Implausible((decimal)value, unit), StringComparison.Ordinal);

    [Fact]
    public void Plausible_values_pass() => Assert.Null(IndicatorRules.Implausible(100m, "%"));
}

/// <summary>The seed plans as loaded, row by row against seed-indicators.csv (read here independently of the loader).</summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public class SeedPlansTests
{
    private static List<string[]> CsvRows(Func<string[], bool> where)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Modules", "Zhijian.Dashboard", "Data", "seed-indicators.csv");
        var text = File.ReadAllText(path);
        var rows = Zhijian.Platform.Import.TabularFile.CsvRecords(new StringReader(text)).Skip(1).Select(r => r.Cells.Select(c => c as string ?? "").ToArray()).ToList();
        return [.. rows.Where(where)];
    }

    [Theory]
    [InlineData(SeedPlans.Anhui, "安徽", "专栏1", 20)]
    [InlineData(SeedPlans.Ili, "伊犁", "主要发展指标", 14)]
    public void Table_plans_match_the_csv_row_by_row(string plan, string locality, string section, int count)
    {
        var expected = CsvRows(r => r[1].StartsWith(locality, StringComparison.Ordinal) && r[2].Contains(section, StringComparison.Ordinal));
        var loaded = SeedPlans.IndicatorsOf(plan, "X");
        Assert.Equal(count, expected.Count);
        Assert.Equal(count, loaded.Count);
        for (var i = 0; i < count; i++)
        {
            var (csv, ind) = (expected[i], loaded[i]);
            Assert.Equal(csv[3], ind.Name);
            Assert.Equal(csv[8].Length == 0 ? "项" : csv[8], ind.Unit);
            Assert.Equal(string.IsNullOrEmpty(csv[5]) ? null : csv[5], ind.BaseText);
            Assert.Equal(string.IsNullOrEmpty(csv[7]) ? null : csv[7], ind.TargetText);
            Assert.Equal(csv[9], IndicatorRules.Symbol(ind.Comparator));
            Assert.Equal(csv[10], IndicatorRules.Name(ind.Constraint));
            Assert.Equal(csv[13], ind.Quote);
        }
    }

    [Fact]
    public void Seed_indicators_operations_can_compute_get_formulas()
    {
        var anhui = SeedPlans.IndicatorsOf(SeedPlans.Anhui, "AH");
        Assert.Equal("entities.startup_workdays / entities.startup_count", anhui.Single(i => i.Name == "企业开办时间").Formula);
        Assert.Equal("entities.active / 10000", anhui.Single(i => i.Name == "全省市场主体总量").Formula); // 万户
        Assert.Equal("sequip.accident_deaths / sequip.equipment * 10000", anhui.Single(i => i.Name == "万台特种设备死亡率").Formula); // 特种设备 computes it since issue 22
        Assert.Equal("food.sampling_eval_passed / food.sampling_eval_batches * 100", anhui.Single(i => i.Name == "食品评价性抽检合格率").Formula);
        Assert.Equal("food.sampling_batches / population * 1000", anhui.Single(i => i.Name == "农产品和食品检验量").Formula); // 批次/千人
        Assert.Equal(Direction.Lower, anhui.Single(i => i.Name == "企业开办时间").Direction);
        var ili = SeedPlans.IndicatorsOf(SeedPlans.Ili, "YL");
        Assert.Equal(9, ili.Count(i => i.Computed));
        Assert.Equal(Accumulation.PointInTime, ili.Single(i => i.Name == "企业年报率").Accumulation);
        // the text targets of the other three seeds are loaded too
        Assert.Equal(31, SeedPlans.IndicatorsOf(SeedPlans.Jinan, "JN").Count);
        Assert.Equal(15, SeedPlans.IndicatorsOf(SeedPlans.Rongcheng, "RC").Count);
        Assert.Equal(14, SeedPlans.IndicatorsOf(SeedPlans.Zibo, "ZB").Count);
    }
}
