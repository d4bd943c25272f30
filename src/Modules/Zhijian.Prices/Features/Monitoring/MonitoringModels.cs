namespace Zhijian.Prices.Features.Monitoring;

/// <summary>One good's price in a report: the good's code (or name), the price in 元 (two decimals) and, optionally, the unit as the reporter sees it.</summary>
internal sealed record PriceItemInput(string? Good, decimal? Price, string? Unit);

/// <summary>A point's prices for one day (daily goods) or one week (weekly goods: the day collected).</summary>
internal sealed record ReportPrices(string? PointCode, DateOnly? On, IReadOnlyList<PriceItemInput>? Items);

internal sealed record ReportResult(string PointCode, string PointName, DateOnly On, int Added, int Corrected, int Unchanged, IReadOnlyList<string> Warnings);

/// <summary>A new monitoring point.</summary>
internal sealed record CreatePoint(string? Code, string? Name, string? Kind, string? DivisionCode, string? Address, string? Uscc);

internal sealed record PointRow(long Id, string Code, string Name, string Kind, string DivisionCode, string Division, string Address, string? Uscc, bool Active,
    DateOnly? LastReportedOn, IReadOnlyList<string> Goods);

/// <summary>A good of the catalogue with the kinds of point collecting it.</summary>
internal sealed record GoodRow(string Code, string Name, string Category, string Unit, string? Grade, IReadOnlyList<string> PointKinds, bool Daily, bool Active);

/// <summary>A new good (bureaus extend the catalogue).</summary>
internal sealed record CreateGood(string? Code, string? Name, string? Category, string? Unit, string? Grade, IReadOnlyList<string>? PointKinds, bool Daily);

/// <summary>One period of a series: average over the division's points (元), lowest and highest point average, points, changes in per cent (null: no base).</summary>
internal sealed record SeriesPoint(string Period, DateOnly Start, decimal? Average, decimal? Min, decimal? Max, int Reports, decimal? Previous, decimal? YearBefore);

internal sealed record SeriesView(string Good, string GoodName, string Unit, string Division, string DivisionName, string Grain, IReadOnlyList<SeriesPoint> Points);

/// <summary>One good in the overview: this week's average, last week's, the same week a year before, and the changes (per cent; null: no base).</summary>
internal sealed record OverviewRow(string Good, string Name, string Category, string Unit, string? Grade, decimal? Average, decimal? LastWeek, decimal? WeekChange,
    decimal? YearBefore, decimal? YearChange, int Reports);

internal sealed record OverviewView(string Division, string DivisionName, DateOnly Week, string WeekName, IReadOnlyList<OverviewRow> Rows);

internal sealed record PageOf<T>(IReadOnlyList<T> Items, int Total, int Page, int Size);
