namespace Zhijian.Prices.Domain.Inspections;

/// <summary>One deal of the shop for the good: when, at what price.</summary>
internal sealed record Deal(DateTimeOffset At, decimal Price);

/// <summary>
/// Whether a “was” price (原价, 被划线价格) is lawful, and on what basis: <see cref="Reference"/> is the price it may not exceed
/// (null when there is none), <see cref="Basis"/> names it, <see cref="Reason"/> says the verdict in the bureau's words.
/// </summary>
internal sealed record WasPriceVerdict(bool Lawful, decimal? Reference, string Basis, string Reason);

/// <summary>
/// 《明码标价和禁止价格欺诈规定》第十六条 (Order 56, research §7.1 P8 [F]): a “was” price shown without details may not exceed the
/// lowest deal price of the same shop in the 7 days before the promotion; with no deal in those days, the last deal price
/// before the promotion. Without any deal before it there is no lawful “was” price. The window (7 days) is the setting
/// <c>prices.was-price-days</c>.
/// </summary>
internal static class WasPrice
{
    public static WasPriceVerdict Check(decimal wasPrice, DateOnly promotionStart, IEnumerable<Deal> deals, int days = 7)
    {
        var before = deals.Where(d => DateOnly.FromDateTime(d.At.ToOffset(TimeSpan.FromHours(8)).DateTime) < promotionStart).ToList();
        var from = promotionStart.AddDays(-days);
        var window = before.Where(d => DateOnly.FromDateTime(d.At.ToOffset(TimeSpan.FromHours(8)).DateTime) >= from).ToList();
        if (window.Count > 0)
        {
            var lowest = window.Min(d => d.Price);
            return Verdict(wasPrice, lowest, $"促销前 {days} 日内最低成交价 {Yuan(lowest)}（{window.Count} 笔成交）");
        }

        if (before.Count > 0)
        {
            var last = before.OrderBy(d => d.At).Last();
            return Verdict(wasPrice, last.Price, $"促销前 {days} 日内无成交，以促销前最后一次成交价 {Yuan(last.Price)}（{last.At.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd}）为准");
        }

        return new(false, null, "促销前没有成交记录", $"标示原价 {Yuan(wasPrice)} 没有依据：促销活动前没有交易记录，不得标示原价（第十六条）");
    }

    private static WasPriceVerdict Verdict(decimal was, decimal reference, string basis) => was <= reference
        ? new(true, reference, basis, $"标示原价 {Yuan(was)} 不高于参照价格 {Yuan(reference)}（{basis}），合规")
        : new(false, reference, basis, $"标示原价 {Yuan(was)} 高于{basis}，涉嫌虚构原价（第十六条、第十九条）");

    private static string Yuan(decimal v) => v.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " 元";
}
