using System.Globalization;
using Zhijian.Platform.Web;

namespace Zhijian.Credit.Domain;

/// <summary>
/// The ranges every date and number of the credit inputs must lie in (records API, batch, file import, listings, sharing
/// scopes): dates from 1949-10-01 to 2099-12-31 (and not after today where the date is a decision already made), amounts from 0
/// to 1 万亿 (10^12) yuan with at most two decimals.
/// </summary>
internal static class CreditRanges
{
    public static readonly DateOnly Floor = new(1949, 10, 1);

    public static readonly DateOnly Ceiling = new(2099, 12, 31);

    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>The last page a listing reads (page × pageSize stays far inside an int).</summary>
    public const int MaxPage = 100_000;

    /// <summary>Adds an error when <paramref name="date"/> is outside [1949-10-01, 2099-12-31], or after today when <paramref name="past"/>.</summary>
    public static FieldErrors Date(this FieldErrors e, string field, string label, DateOnly? date, DateOnly today, bool past)
    {
        if (date is not { } d) return e;
        if (d < Floor) e.Add(field, $"{label} {d:yyyy-MM-dd} 早于 {Floor:yyyy-MM-dd}，超出可接受的日期范围");
        else if (past && d > today) e.Add(field, $"{label} {d:yyyy-MM-dd} 晚于今天（{today:yyyy-MM-dd}）");
        else if (d > Ceiling) e.Add(field, $"{label} {d:yyyy-MM-dd} 晚于 {Ceiling:yyyy-MM-dd}，超出可接受的日期范围");
        return e;
    }

    /// <summary>Adds an error when <paramref name="amount"/> is negative, above 10^12 yuan or has more than two decimals.</summary>
    public static FieldErrors Amount(this FieldErrors e, string field, string label, decimal? amount)
    {
        if (amount is not { } a) return e;
        if (a < 0) e.Add(field, $"{label}不能为负数");
        else if (a > MaxAmount) e.Add(field, $"{label} {a.ToString("0.##", CultureInfo.InvariantCulture)} 元超过上限 1000000000000 元（1 万亿元）");
        else if (decimal.Round(a, 2) != a) e.Add(field, $"{label}最多保留两位小数（元、角、分）");
        return e;
    }
}
