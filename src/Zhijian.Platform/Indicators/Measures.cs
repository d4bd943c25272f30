namespace Zhijian.Platform.Indicators;

/// <summary>How a measure is counted over a <see cref="MeasureQuery"/>.</summary>
public enum MeasureKind
{
    /// <summary>Counted over the window [From, To] (events whose date falls in it: closed, published, registered …).</summary>
    Window = 1,

    /// <summary>A stock as of the end of To (e.g. entities in business on that day); From is ignored.</summary>
    PointInTime = 2,
}

/// <summary>
/// A number a module publishes for the supervision centre (智慧监管中心). The dashboard composes indicators from
/// measures by formula (e.g. <c>complaints.closed_on_time / complaints.closed * 100</c>) and never reads module
/// tables: this catalogue is the whole of what it can ask.
/// </summary>
/// <param name="Code">Stable dotted code, module first (<c>entities.active</c>); lower case, digits and underscores.</param>
/// <param name="Name">Chinese name shown next to the figure.</param>
/// <param name="Unit">户, 件, 个, 工作日 …</param>
/// <param name="Kind">Window or point-in-time.</param>
/// <param name="Definition">Chinese 统计口径: what is counted, by which date, what is excluded, which division it is counted in.</param>
/// <param name="RecordsUrl">Console page listing the records behind the figure, with placeholders <c>{division}</c>,
/// <c>{from}</c>, <c>{to}</c> (yyyy-MM-dd); the page applies the viewer's own jurisdiction. Null when none.</param>
public sealed record MeasureDefinition(string Code, string Name, string Unit, MeasureKind Kind, string Definition, string? RecordsUrl = null);

/// <summary>
/// A request for measure values: every county-level division (first six digits of the record's division code) under
/// <paramref name="DivisionRoot"/> (a 6- or 9-digit GB/T 2260 code read as a jurisdiction: 340000 = all of Anhui,
/// 370100 = Jinan), over the inclusive window [<paramref name="From"/>, <paramref name="To"/>] in China time.
/// </summary>
public sealed record MeasureQuery(string DivisionRoot, DateOnly From, DateOnly To, IReadOnlyCollection<string> Codes);

/// <summary>One measure's value in one county-level division (6-digit code). Values are additive across divisions.</summary>
public sealed record MeasureValue(string Code, string County, decimal Value);

/// <summary>
/// A module's statistics for the supervision centre. Implementations are scoped services, read their own module's
/// data only, honour the caller's jurisdiction (the module's normal query filters) and add the <c>DivisionRoot</c>
/// prefix on top; registered with <c>services.AddMeasureSource&lt;T&gt;()</c>.
/// </summary>
public interface IMeasureSource
{
    /// <summary>The measures this source computes (static: the same list every call).</summary>
    IReadOnlyList<MeasureDefinition> Measures { get; }

    /// <summary>
    /// The values of those requested codes this source defines, one row per (code, county) that has a non-zero value;
    /// codes it does not define are ignored. Must answer for 1,000,000 records in well under a second on PostgreSQL:
    /// aggregate in the database (GROUP BY the division prefix), never stream rows.
    /// </summary>
    Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct);
}
