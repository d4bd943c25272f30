using System.Globalization;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Drugs.Domain.Supervision;
using Zhijian.Platform.Calendar;
using Zhijian.Tests.SpecialEquipment.Maintenance;

namespace Zhijian.Tests.Drugs.Supervision;

/// <summary>
/// The Supervision area's pure rules on the real 2026 calendar (元旦 1-1…1-3; 春节 2-15…2-23; 劳动节 5-1…5-5; 中秋 9-25…9-27;
/// 国庆 10-1…10-7 off; 调休 working days 1-4, 2-14, 2-28, 5-9, 9-20, 10-10): the 整改 deadline (15 日), the 复查 deadline (10 个工作日
/// after it), conclusions against the items, risk grades and inspection frequency, coverage, the cold-chain check.
/// </summary>
[Trait("Database", "none")] // pure: runs once, in the SQLite pass
public sealed class SupervisionRulesTests
{
    private static readonly IWorkingCalendar Calendar = new ProvisionalCalendar(new WorkingCalendarHolder(new WorkingCalendar(EmbeddedHolidays.Load())));

    private static readonly CatalogRules Rules = new();

    private static DateOnly D(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-01-20", "2026-02-04")] // plain Wednesday
    [InlineData("2026-02-05", "2026-02-24")] // 2-20 春节 → Tue 2-24
    [InlineData("2026-04-16", "2026-05-06")] // 5-1 劳动节 → 5-6
    [InlineData("2026-04-24", "2026-05-09")] // Sat 5-9 is a 调休 working day: stays
    [InlineData("2026-04-25", "2026-05-11")] // Sun 5-10 → Mon 5-11
    [InlineData("2026-09-05", "2026-09-20")] // Sun 9-20 is a 调休 working day: stays
    [InlineData("2026-09-10", "2026-09-28")] // 9-25 中秋 → Mon 9-28
    [InlineData("2026-09-20", "2026-10-08")] // 10-5 国庆 → 10-8
    [InlineData("2026-08-14", "2026-08-31")] // Sat 8-29 → Mon 8-31
    [InlineData("2026-11-21", "2026-12-07")] // Sun 12-6 → Mon 12-7
    public void Rectify_deadline_is_15_days_moved_off_days_off(string inspected, string due) =>
        Assert.Equal(D(due), SupervisionRules.RectifyDue(D(inspected), Rules, Calendar));

    [Theory]
    [InlineData("2026-12-01", "2026-12-15")] // ten working days, two weekends
    [InlineData("2026-09-24", "2026-10-15")] // 中秋 and 国庆 skipped, Sat 10-10 counts
    [InlineData("2026-04-28", "2026-05-14")] // 劳动节 skipped, Sat 5-9 counts
    public void Recheck_is_due_ten_working_days_after_the_rectify_deadline(string rectifyDue, string recheckDue) =>
        Assert.Equal(D(recheckDue), SupervisionRules.RecheckDue(D(rectifyDue), Rules, Calendar));

    [Theory]
    [InlineData((int)InspectionConclusion.Compliant, 0, 0, null)]
    [InlineData((int)InspectionConclusion.Compliant, 1, 0, "有 1 项不符合，结论不能为“符合”")]
    [InlineData((int)InspectionConclusion.Compliant, 2, 1, "关键项目（★）不符合")]
    [InlineData((int)InspectionConclusion.Rectify, 0, 0, "没有不符合的项目，结论不能为“限期整改”")]
    [InlineData((int)InspectionConclusion.Case, 0, 0, "没有不符合的项目，结论不能为“立案查处”")]
    [InlineData((int)InspectionConclusion.Rectify, 1, 1, null)]
    [InlineData((int)InspectionConclusion.Case, 1, 0, null)]
    public void Conclusion_must_fit_the_items(int conclusion, int failed, int failedKey, string? error) // enum as int: the test class is public
    {
        var message = SupervisionRules.CheckConclusion((InspectionConclusion)conclusion, failed, failedKey);
        if (error is null) Assert.Null(message);
        else Assert.Contains(error, message, StringComparison.Ordinal);
    }

    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData((int)DrugBusinessKind.RetailPharmacy, "", 30, 2)]                    // 20 + never inspected 10
    [InlineData((int)DrugBusinessKind.ChainStore, "2026-10-01:0:0:C", 10, 1)]        // 10
    [InlineData((int)DrugBusinessKind.ChainStore, "2025-12-06:2:1:X", 20, 1)]        // exactly 12 months ago: not counted → 10 + 10
    [InlineData((int)DrugBusinessKind.ChainStore, "2025-12-07:2:1:X", 55, 3)]        // 10 + 3 + 12 + 30 (立案)
    [InlineData((int)DrugBusinessKind.RetailPharmacy, "2026-06-01:2:0:R", 34, 2)]    // 20 + 2×3 + 8
    [InlineData((int)DrugBusinessKind.RetailPharmacy, "2026-06-01:2:1:R", 43, 2)]    // 20 + 3 + 12 + 8: just under 三级 (45)
    [InlineData((int)DrugBusinessKind.RetailPharmacy, "2026-06-01:3:1:R", 46, 3)]    // 20 + 6 + 12 + 8
    [InlineData((int)DrugBusinessKind.RetailPharmacy, "2026-06-01:3:1:F", 68, 3)]    // 复查不合格 counts as 立案: 20 + 6 + 12 + 30; just under 四级 (70)
    [InlineData((int)DrugBusinessKind.RetailPharmacy, "2026-06-01:1:1:X;2026-09-01:1:1:R", 82, 4)] // 20 + 12 + 30 + 12 + 8
    [InlineData((int)DrugBusinessKind.DeviceClassIII, "2026-03-01:0:0:C", 20, 1)]
    [InlineData((int)DrugBusinessKind.DeviceClassII, "", 20, 1)]
    [InlineData((int)DrugBusinessKind.Cosmetics, "2026-03-01:1:0:R", 16, 1)]
    public void Grade_from_kind_and_the_last_twelve_months(int kind, string findings, int score, int grade)
    {
        var list = findings.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Split(':')).Select(p => new SupervisionRules.Finding(D(p[0]),
            int.Parse(p[1], CultureInfo.InvariantCulture), int.Parse(p[2], CultureInfo.InvariantCulture),
            p[3] switch { "C" => InspectionConclusion.Compliant, "X" => InspectionConclusion.Case, _ => InspectionConclusion.Rectify },
            p[3] switch { "F" => RectifyState.Failed, "R" => RectifyState.Pending, _ => RectifyState.None })).ToList();
        var (g, s, reasons) = SupervisionRules.Grade((DrugBusinessKind)kind, list, Today, Rules);
        Assert.Equal(score, s);
        Assert.Equal(grade, g);
        Assert.False(string.IsNullOrEmpty(reasons));
    }

    [Theory]
    [InlineData(1, "2026-03-15", "2028-03-15")] // 一级 every two years
    [InlineData(2, "2026-03-15", "2027-03-15")] // 二级 yearly
    [InlineData(3, "2026-08-31", "2027-02-28")] // 三级 half-yearly, month end
    [InlineData(4, "2026-11-30", "2027-02-28")] // 四级 quarterly, month end
    [InlineData(4, null, "2026-12-06")]        // never inspected: due now
    public void Next_inspection_by_grade(int grade, string? last, string next) =>
        Assert.Equal(D(next), SupervisionRules.NextDue(grade, last is null ? null : D(last), Today, Rules));

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(0, 5, "0")]
    [InlineData(3, 4, "75.0")]
    [InlineData(2, 3, "66.7")]
    [InlineData(598, 600, "99.7")]
    [InlineData(600, 600, "100.0")]
    public void Grid_coverage(int gridded, int active, string? percent) =>
        Assert.Equal(percent is null ? null : (decimal?)decimal.Parse(percent, CultureInfo.InvariantCulture), SupervisionRules.Coverage(gridded, active));

    [Theory]
    [InlineData("2", "8", true, true, 0, "")]                         // the edges are within 2–8 ℃
    [InlineData("1.9", "8", true, true, 0, "冷藏温度 1.9–8 ℃ 超出 2–8 ℃")]
    [InlineData("2", "8.1", true, true, 0, "冷藏温度 2–8.1 ℃ 超出 2–8 ℃")]
    [InlineData("4", "6", false, true, 0, "温度监测记录不完整")]
    [InlineData("4", "6", true, false, 0, "疫苗追溯码未按规定扫码")]
    [InlineData("4", "6", true, true, 3, "发现过期疫苗 3 剂")]
    public void Vaccine_cold_chain_check(string min, string max, bool records, bool scanned, int expired, string finding)
    {
        var found = SupervisionRules.VaccineFindings(decimal.Parse(min, CultureInfo.InvariantCulture), decimal.Parse(max, CultureInfo.InvariantCulture), records, scanned,
            expired, Today, Rules);
        if (finding.Length == 0) Assert.Empty(found);
        else Assert.Equal(finding, Assert.Single(found));
    }

    [Fact]
    public void Checklists_hold_the_real_items_with_key_items_marked()
    {
        Assert.Equal(25, Checklists.Pharmacy.Count);
        Assert.Equal(12, Checklists.Device.Count);
        Assert.Equal(8, Checklists.Cosmetics.Count);
        Assert.All(new[] { Checklists.Pharmacy, Checklists.Device, Checklists.Cosmetics }, l => Assert.Equal(l.Count, l.Select(i => i.Code).Distinct().Count()));
        Assert.Contains(Checklists.Pharmacy, i => i.Code == Checklists.PharmacistOnDutyItem && i.Key && i.Text.Contains("执业药师在岗", StringComparison.Ordinal));
        Assert.Equal(ChecklistKind.Device, Checklists.For(DrugBusinessKind.DeviceClassII));
        Assert.Equal(ChecklistKind.Pharmacy, Checklists.For(DrugBusinessKind.ChainStore));
    }
}
