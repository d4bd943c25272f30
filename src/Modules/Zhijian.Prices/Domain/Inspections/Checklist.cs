using System.Globalization;

namespace Zhijian.Prices.Domain.Inspections;

/// <summary>Which penalty a failed item leads to: 不明码标价 (《价格违法行为行政处罚规定》第十三条) or 价格欺诈 (第七条).</summary>
internal enum ViolationKind
{
    Unmarked = 1,
    Fraud = 2,
}

/// <summary>One checkable rule of Order 56 (research §7.1 P1–P11): code, the rule in words, its article, the violation it is, online only.</summary>
internal sealed record ChecklistItem(string Code, string Text, string Article, ViolationKind Violation, bool OnlineOnly = false);

/// <summary>Statutory penalty range of what was found; <see cref="Min"/>/<see cref="Max"/> null when the rule is a multiple of unknown gains.</summary>
internal sealed record PenaltyRange(decimal? Min, decimal? Max, string Text);

/// <summary>
/// 《明码标价和禁止价格欺诈规定》(市场监管总局令第56号, 2022-07-01) as an inspection checklist, and the penalty ranges of what fails
/// (《价格违法行为行政处罚规定》第七条、第十三条; the amounts are rule settings <c>prices.penalty.*</c>).
/// </summary>
internal static class Checklist
{
    public static readonly IReadOnlyList<ChecklistItem> Items =
    [
        new("P1", "商品和服务逐一标明品名、价格、计价单位；同一品名不同颜色、规格、产地、等级等价格不同的分别标价", "第七条", ViolationKind.Unmarked),
        new("P2", "未在标价之外加价出售商品，未收取任何未予标明的费用", "第八条", ViolationKind.Unmarked),
        new("P3", "价格以阿拉伯数字标明人民币金额", "第九条", ViolationKind.Unmarked),
        new("P4", "收购粮食等农产品的，标明品种、规格、等级和收购价格", "第十条", ViolationKind.Unmarked),
        new("P5", "提供配送、安装等有偿服务的，单独标明价格", "第十一条", ViolationKind.Unmarked),
        new("P6", "网络交易经营者在商品或服务展示页面显著标示价格", "第十三条", ViolationKind.Unmarked, true),
        new("P7", "先消费后结算的服务，结算前提供费用明细单", "第十五条", ViolationKind.Unmarked),
        new("P8", "标示的“原价”“划线价”不高于促销前 7 日内最低成交价格（无成交的，不高于最后一次成交价格）", "第十六条", ViolationKind.Fraud),
        new("P9", "未在折价、减价前临时提高标示价格", "第十七条", ViolationKind.Fraud),
        new("P10", "赠送物品或服务的，标明赠品名称、数量；标示赠品价值的，按本经营场所同期价格标示", "第十八条", ViolationKind.Fraud),
        new("P11", "无虚假折价减价、低价诱骗高价结算、误导性标价、不履行价格承诺等价格欺诈行为", "第十九条", ViolationKind.Fraud),
        new("P12", "网络交易无虚构原价、标价后不按标价结算、以不实优惠诱导交易等行为", "第二十条", ViolationKind.Fraud, true),
    ];

    public static ChecklistItem? Find(string? code) => Items.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.Ordinal));

    /// <summary>The items that apply: the online ones only to an online shop.</summary>
    public static IEnumerable<ChecklistItem> For(bool online) => Items.Where(i => online || !i.OnlineOnly);

    /// <summary>不明码标价: correction ordered, gains confiscated, a fine of up to <paramref name="unmarkedMax"/> 元 (第十三条).</summary>
    public static PenaltyRange Unmarked(decimal unmarkedMax) =>
        new(0m, unmarkedMax, $"不明码标价：责令改正，没收违法所得，可以并处 {Yuan(unmarkedMax)}以下的罚款（《价格违法行为行政处罚规定》第十三条）");

    /// <summary>
    /// 价格欺诈: a fine of up to <paramref name="multiple"/>× the illegal gains; with none, <paramref name="min"/>–<paramref name="max"/> 元;
    /// serious cases: suspension or the licence revoked (第七条).
    /// </summary>
    public static PenaltyRange Fraud(decimal? gains, int multiple, decimal min, decimal max) => gains is > 0
        ? new(0m, gains.Value * multiple,
            $"价格欺诈：责令改正，没收违法所得 {Yuan(gains.Value)}，并处违法所得 {multiple} 倍以下（即 {Yuan(gains.Value * multiple)}以下）的罚款；情节严重的，责令停业整顿或者吊销营业执照（《价格违法行为行政处罚规定》第七条）")
        : new(min, max,
            $"价格欺诈：责令改正，没有违法所得的，处 {Yuan(min)}以上 {Yuan(max)}以下的罚款；情节严重的，责令停业整顿或者吊销营业执照（《价格违法行为行政处罚规定》第七条）");

    public static string Yuan(decimal v) => v >= 10000m && v % 10000m == 0m
        ? (v / 10000m).ToString("0.##", CultureInfo.InvariantCulture) + " 万元"
        : v.ToString("#,0.##", CultureInfo.InvariantCulture) + " 元";
}
