using Zhijian.Platform.Storage;

namespace Zhijian.Prices.Domain.Monitoring;

/// <summary>A monitored good of the bureau's catalogue (<see cref="GoodsCatalogue.Defaults"/> seeded; bureaus add their own).</summary>
internal sealed class MonitoredGood
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string Category { get; set; }

    /// <summary>计价单位, e.g. 元/500克; a price reported in another unit is refused.</summary>
    public required string Unit { get; set; }

    /// <summary>规格等级, e.g. 国标二等.</summary>
    public string? Grade { get; set; }

    /// <summary>Kinds of point collecting it, comma-separated numbers of <see cref="PointKind"/>.</summary>
    public required string PointKinds { get; set; }

    /// <summary>Collected daily (else weekly).</summary>
    public bool Daily { get; set; }

    public bool Active { get; set; } = true;

    public int SortOrder { get; set; }
}

/// <summary>价格监测点: a market, supermarket, wholesale market, farm, fuel station or service provider reporting prices.</summary>
internal sealed class MonitoringPoint : IDivisionScoped
{
    public long Id { get; set; }

    /// <summary>监测点编号, unique (e.g. JN-0001).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public PointKind Kind { get; set; }

    public required string DivisionCode { get; set; }

    public required string County { get; set; }

    public required string Address { get; set; }

    /// <summary>The operator in the registry, when it is a market entity.</summary>
    public string? Uscc { get; set; }

    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One price reported by a point for a good on a day (one per point, good and day; a correction replaces it).</summary>
internal sealed class PriceObservation : IDivisionScoped
{
    public long Id { get; set; }

    public long PointId { get; set; }

    public required string GoodCode { get; set; }

    public DateOnly On { get; set; }

    /// <summary>The price in 分 (hundredths of a yuan): prices carry two decimals, and integer sums are exact on both databases.</summary>
    public long PriceFen { get; set; }

    public required string DivisionCode { get; set; }

    public required string County { get; set; }

    /// <summary>填报 | 接口 | 导入.</summary>
    public required string Source { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>
/// The day's average of a good over a division's points (county: 6 digits; city: 4 digits + "00"), kept in the same save as the
/// observations (an atomic upsert, so two points reporting at once both count): sum and count in 分 so a correction or a new point
/// adjusts it exactly; min and max for the charts' band; the ISO week's Monday for weekly averages. Warnings and
/// charts read these, never the observations (5 years × 200 goods × 2,000 points is 730 M observations; the averages are ~5 M rows).
/// Not division-scoped: average prices are public (the portal's 民生价格).
/// </summary>
internal sealed class PriceAverage
{
    public required string GoodCode { get; set; }

    public required string DivisionCode { get; set; }

    public DateOnly On { get; set; }

    /// <summary>Monday of <see cref="On"/>'s week.</summary>
    public DateOnly Week { get; set; }

    public long SumFen { get; set; }

    public int Count { get; set; }

    public long MinFen { get; set; }

    public long MaxFen { get; set; }
}
