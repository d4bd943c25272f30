namespace Zhijian.FoodSafety.Features.Grading;

/// <summary>
/// A source of dynamic risk facts for 风险分级: for a period, how many events of its kind each business had, keyed by
/// USCC (one GROUP BY in the database, never a row stream: the grading of 200,000 businesses asks each source once).
/// Sources: 监督检查 results, 抽检 failures (this module), complaints and penalties (other modules' contracts).
/// </summary>
internal interface IFoodRiskFacts
{
    /// <summary>The factor's code in the grading model's factor table, e.g. "inspection-noncompliant".</summary>
    string Factor { get; }

    /// <summary>Count per USCC of the events in [from, to] (China dates); businesses with none are absent.</summary>
    Task<IReadOnlyDictionary<string, int>> CountsAsync(DateOnly from, DateOnly to, CancellationToken ct);
}
