using System.Globalization;
using Zhijian.Drugs.Domain.Registers;
using Zhijian.Tests.SpecialEquipment.Maintenance;

namespace Zhijian.Tests.Drugs.Registers;

/// <summary>
/// 含麻 suspicious-purchase rules at their edges (defaults: 2 packs a purchase; 3 pharmacies or 6 packs within 7 days, first and last day
/// both counted), adverse-reaction deadlines per kind and seriousness, and signal windows (3 reporters within 30 days).
/// </summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class RegisterRulesTests
{
    private static readonly EphedrineThresholds T = new(2, 3, 7, 6);

    private static readonly CatalogRules Rules = new();

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Purchases written "pharmacy@date×packs".</summary>
    private static List<Purchase> P(params string[] rows) => [.. rows.Select((r, i) =>
    {
        var at = r.Split('@');
        var dp = at[1].Split('×');
        return new Purchase(i + 1, long.Parse(at[0], CultureInfo.InvariantCulture), D(dp[0]), int.Parse(dp[1], CultureInfo.InvariantCulture));
    })];

    [Theory]
    [InlineData(true, "1@2026-03-01×1", "2@2026-03-04×1", "3@2026-03-07×1")]  // 3 pharmacies, day 1 and day 7: within 7 days
    [InlineData(false, "1@2026-03-01×1", "2@2026-03-04×1", "3@2026-03-08×1")] // day 1 and day 8: not within
    [InlineData(false, "1@2026-03-01×1", "2@2026-03-02×1", "1@2026-03-03×1")] // 2 pharmacies only (3 purchases, 3 packs)
    [InlineData(true, "1@2026-02-26×2", "1@2026-02-28×2", "1@2026-03-04×2")]  // one pharmacy, 6 packs over month end (2-26 … 3-4 = 7 days)
    [InlineData(false, "1@2026-02-26×2", "1@2026-02-28×2", "1@2026-03-05×2")] // … 3-5 is day 8: 4 packs in any window
    [InlineData(false, "1@2026-03-01×2", "2@2026-03-02×2", "1@2026-03-03×1")] // 5 packs, 2 pharmacies: below both
    [InlineData(true, "1@2026-03-01×2", "2@2026-03-02×2", "1@2026-03-03×2")]  // 6 packs exactly
    [InlineData(true, "1@2026-12-29×1", "2@2026-12-31×1", "3@2027-01-04×1")]  // across the year end, 7 days
    [InlineData(false, "1@2026-03-01×1")]
    public void Suspicious_purchase_at_the_edges(bool suspicious, params string[] rows) =>
        Assert.Equal(suspicious, EphedrineRules.Detect(P(rows), T) is not null);

    [Fact]
    public void Finding_lists_the_purchases_of_every_window_and_not_the_others()
    {
        var f = EphedrineRules.Detect(P("9@2026-01-10×1", "1@2026-03-01×1", "2@2026-03-02×1", "3@2026-03-05×1", "4@2026-03-05×1"), T)!;
        Assert.Equal(new long[] { 2, 3, 4, 5 }, f.Keys);
        Assert.Equal(4, f.Pharmacies);
        Assert.True(f.ByPharmacies);
        Assert.False(f.ByPacks);
        Assert.Equal(D("2026-03-01"), f.From);
        Assert.Equal(D("2026-03-05"), f.To);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Over_the_per_purchase_limit(int packs, bool over) => Assert.Equal(over, EphedrineRules.IsOverLimit(packs, T));

    [Fact]
    public void Thresholds_come_from_the_rule_settings() =>
        Assert.Equal(T, EphedrineThresholds.From(Rules, D("2026-11-23")));

    [Theory]
    [InlineData("drug", "death", "2026-11-23", "2026-11-23")]   // 立即: the same day
    [InlineData("drug", "serious", "2026-11-23", "2026-12-08")] // 15 days
    [InlineData("drug", "general", "2026-01-31", "2026-03-02")] // 30 days over February
    [InlineData("device", "death", "2026-09-28", "2026-10-05")] // 7 calendar days, 国庆 not skipped
    [InlineData("device", "serious", "2026-12-20", "2027-01-09")] // 20 days over the year end
    [InlineData("device", "general", "2026-11-01", "2026-12-01")]
    [InlineData("cosmetic", "serious", "2026-11-23", "2026-11-30")]
    [InlineData("cosmetic", "death", "2026-11-23", "2026-11-30")]
    [InlineData("cosmetic", "general", "2026-11-23", "2026-12-23")]
    public void Reporting_deadline_per_kind_and_seriousness(string kind, string s, string known, string due) =>
        Assert.Equal(D(due), AdverseRules.DueOn(AdverseRules.ParseKind(kind)!.Value, AdverseRules.ParseSeriousness(s)!.Value, D(known), Rules));

    [Theory]
    [InlineData("2026-12-08", "2026-12-08", false)]
    [InlineData("2026-12-09", "2026-12-08", true)]
    public void Late_only_after_the_due_day(string received, string due, bool late) => Assert.Equal(late, AdverseRules.IsLate(D(received), D(due)));

    [Theory]
    [InlineData(3, "A@2026-03-01", "B@2026-03-15", "C@2026-03-30")] // day 1 and day 30: within 30 days
    [InlineData(0, "A@2026-03-01", "B@2026-03-15", "C@2026-03-31")] // day 31
    [InlineData(0, "A@2026-03-01", "A@2026-03-02", "B@2026-03-03")] // two reporters only
    [InlineData(4, "A@2026-03-01", "A@2026-03-02", "B@2026-03-03", "C@2026-03-04")]
    public void Signal_window(int reports, params string[] rows)
    {
        var list = rows.Select((r, i) => ((long)i + 1, r.Split('@')[0], D(r.Split('@')[1])));
        Assert.Equal(reports, AdverseRules.SignalWindow(list, 3, 30).Count);
    }

    [Fact]
    public void Product_key_by_number_else_by_name_and_maker()
    {
        Assert.Equal(AdverseRules.ProductKey("国药准字 H20059001", "注射用炎琥宁", "甲"), AdverseRules.ProductKey("国药准字H20059001", "炎琥宁", null));
        Assert.Equal(AdverseRules.ProductKey(null, "注射用炎琥宁", "某某药业（山东）有限公司"), AdverseRules.ProductKey(" ", "注射用 炎琥宁", "某某药业(山东)有限公司"));
        Assert.NotEqual(AdverseRules.ProductKey(null, "注射用炎琥宁", "甲"), AdverseRules.ProductKey(null, "注射用炎琥宁", "乙"));
    }
}
