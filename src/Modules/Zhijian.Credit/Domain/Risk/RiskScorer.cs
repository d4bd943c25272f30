using System.Globalization;
using Zhijian.Credit.Contracts;

namespace Zhijian.Credit.Domain.Risk;

/// <summary>One contributing factor: plain Chinese and its points (negative for 守信因素).</summary>
internal sealed record RiskFactor(string Name, decimal Points, RiskDimension Dimension)
{
    /// <summary>"近三年行政处罚2次 +18分".</summary>
    public string Display => string.Create(CultureInfo.InvariantCulture, $"{Name} {(Points >= 0 ? "+" : "−")}{Math.Abs(Points):0.##}分");
}

/// <summary>The outcome: score (0–100, higher = riskier) = sum of the factors' points, clamped; class; factors, largest first.</summary>
internal sealed record RiskResult(decimal Score, RiskClass Class, string ModelVersion, IReadOnlyList<RiskFactor> Factors);

/// <summary>Scores one entity's facts under one model. Pure: no I/O, no clock (the facts carry today).</summary>
internal static class RiskScorer
{
    public static RiskResult Evaluate(RiskFacts facts, RiskModel model)
    {
        var factors = new List<RiskFactor>();
        var floor = RiskClass.A;
        foreach (var (id, settings) in model.Indicators)
        {
            if (!RiskIndicators.ById.TryGetValue(id, out var indicator)) continue; // validated on save
            var years = settings.Years ?? RiskIndicators.DefaultYears;
            var count = indicator.Count(facts, model, years);
            if (count <= 0) continue;
            if (model.Floors?.TryGetValue(id, out var atLeast) == true && atLeast > floor) floor = atLeast;
            var counted = settings.MaxCount is { } max ? Math.Min(count, max) : count;
            var points = counted * settings.Points;
            if (points == 0) continue;
            var name = indicator.Name(count, years);
            if (counted < count) name += string.Create(CultureInfo.InvariantCulture, $"（按{counted}次计）");
            factors.Add(new RiskFactor(name, points, indicator.Dimension));
        }

        factors.Sort((a, b) => b.Points.CompareTo(a.Points) is var c && c != 0 ? c : string.CompareOrdinal(a.Name, b.Name));
        var score = Math.Clamp(factors.Sum(f => f.Points), 0m, 100m);
        var cls = model.ClassOf(score);
        return new RiskResult(score, cls > floor ? cls : floor, model.Version, factors);
    }
}
