using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;

namespace Zhijian.Drugs.Features.Licences;

/// <summary>
/// Licence-area measures per county (first six digits of the business's division). 执业药师在岗率 = <see cref="OnDuty"/> /
/// <see cref="Checks"/>; 自查报告按期率 = <see cref="ReportsOnTime"/> / <see cref="ReportsDue"/>; 许可延续按期申请率 =
/// <see cref="RenewalsOnTime"/> / <see cref="RenewalsDue"/>; <see cref="Pharmacies"/> is the denominator of 零售药店网格化监管覆盖率
/// (the Supervision area publishes the numerator).
/// </summary>
internal sealed class LicenceMeasures(DrugsDbContext db, DrugLicenceRules rules) : IMeasureSource
{
    public const string Pharmacies = "drugs.pharmacies";
    public const string Checks = "drugs.pharmacist_checks";
    public const string OnDuty = "drugs.pharmacist_on_duty";
    public const string ReportsDue = "drugs.self_reports_due";
    public const string ReportsOnTime = "drugs.self_reports_on_time";
    public const string Valid = "drugs.licences_valid";
    public const string RenewalsDue = "drugs.renewals_due";
    public const string RenewalsOnTime = "drugs.renewals_on_time";

    private const string Where = "计入企业所在县级区划。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Pharmacies, "持证零售药店数", "家", MeasureKind.PointInTime,
            "统计期末在营、持有有效药品经营许可证的零售药店和连锁门店；“零售药店网格化监管覆盖率”的分母。" + Where, "/drugs/businesses?pharmacies=true"),
        new(Checks, "执业药师在岗检查数", "次", MeasureKind.Window,
            "检查日期落在统计期内、经营范围含处方药或甲类非处方药（须配备执业药师）的药店在岗检查（监督检查与企业自报）。" + Where, "/drugs/businesses?tab=duty"),
        new(OnDuty, "执业药师在岗次数", "次", MeasureKind.Window,
            "“执业药师在岗检查数”中执业药师在岗的；除以检查数即“执业药师在岗率”。" + Where, "/drugs/businesses?tab=duty"),
        new(ReportsDue, "应报年度自查报告数", "家", MeasureKind.Window,
            "报送截止日（次年3月31日）落在统计期内的年度自查报告的应报医疗器械经营企业（在营、该年度内已持有效许可或备案）。" + Where, "/drugs/licences?tab=reports"),
        new(ReportsOnTime, "按期提交年度自查报告数", "家", MeasureKind.Window,
            "“应报年度自查报告数”中在截止日前（含当日）提交的；除以应报数即“自查报告按期率”。" + Where, "/drugs/licences?tab=reports"),
        new(Valid, "有效药品、医疗器械经营许可证数", "张", MeasureKind.PointInTime,
            "统计期末有效的药品经营许可证和第三类医疗器械经营许可证（不含第二类备案）。" + Where, "/drugs/licences"),
        new(RenewalsDue, "延续申请期届满的许可证数", "张", MeasureKind.Window,
            "延续申请期最后一日（药品：届满前2个月；医疗器械：届满前30个工作日）落在统计期内的许可证（未注销、未吊销）。" + Where, "/drugs/licences?tab=due"),
        new(RenewalsOnTime, "在申请期内申请延续的许可证数", "张", MeasureKind.Window,
            "“延续申请期届满的许可证数”中在申请期内申请了延续的；除以前者即“许可延续按期申请率”。" + Where, "/drugs/licences?tab=due"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var values = new List<MeasureValue>();
        var end = query.To;
        if (want.Contains(Pharmacies))
        {
            var rows = await db.Businesses.AsNoTracking()
                .Where(b => b.Active && (b.Kind == DrugBusinessKind.RetailPharmacy || b.Kind == DrugBusinessKind.ChainStore) && b.DivisionCode.StartsWith(prefix)
                    && db.Licences.Any(l => l.BusinessId == b.Id && l.Kind == DrugLicenceKind.DrugOperation && l.Status == DrugLicenceStatus.Valid && l.IssuedOn <= end && l.ValidTo >= end))
                .GroupBy(b => b.DivisionCode.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            foreach (var r in rows) Add(values, want, Pharmacies, r.County, r.N);
        }

        if (want.Contains(Valid))
        {
            var rows = await db.Licences.AsNoTracking()
                .Where(l => l.Kind != DrugLicenceKind.DeviceClassIIFiling && l.Status == DrugLicenceStatus.Valid && l.IssuedOn <= end && l.ValidTo >= end && l.DivisionCode.StartsWith(prefix))
                .GroupBy(l => l.DivisionCode.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            foreach (var r in rows) Add(values, want, Valid, r.County, r.N);
        }

        if (want.Overlaps([Checks, OnDuty]))
        {
            var rows = await db.PharmacistChecks.AsNoTracking()
                .Where(c => c.Required && c.On >= query.From && c.On <= query.To && c.DivisionCode.StartsWith(prefix))
                .GroupBy(c => c.DivisionCode.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count(), Present = g.Count(c => c.OnDuty) }).ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(values, want, Checks, r.County, r.N);
                Add(values, want, OnDuty, r.County, r.Present);
            }
        }

        if (want.Overlaps([ReportsDue, ReportsOnTime]))
        {
            for (var year = query.From.Year - 2; year <= query.To.Year; year++)
            {
                var due = rules.SelfReportDue(year);
                if (due < query.From || due > query.To) continue;
                var y = year;
                var rows = await SelfReports.Due(db, y).Where(b => b.DivisionCode.StartsWith(prefix))
                    .GroupBy(b => b.DivisionCode.Substring(0, 6))
                    .Select(g => new { County = g.Key, N = g.Count(), OnTime = g.Count(b => db.SelfReports.Any(r => r.BusinessId == b.Id && r.Year == y && r.SubmittedOn <= due)) })
                    .ToListAsync(ct);
                foreach (var r in rows)
                {
                    Add(values, want, ReportsDue, r.County, r.N);
                    Add(values, want, ReportsOnTime, r.County, r.OnTime);
                }
            }
        }

        if (want.Overlaps([RenewalsDue, RenewalsOnTime]))
        {
            // The window's last day is at most 2 months (or 30 working days ≈ 7 weeks) before expiry: licences expiring up to ~4 months after To.
            var upper = query.To.AddMonths(4);
            var licences = await db.Licences.AsNoTracking()
                .Where(l => l.Kind != DrugLicenceKind.DeviceClassIIFiling && l.ValidTo >= query.From && l.ValidTo <= upper
                    && l.Status != DrugLicenceStatus.Cancelled && l.Status != DrugLicenceStatus.Revoked && l.DivisionCode.StartsWith(prefix))
                .Select(l => new { l.Kind, l.ValidTo, l.RenewalAppliedOn, l.DivisionCode }).ToListAsync(ct);
            foreach (var g in licences.Select(l => (l, w: rules.Window(l.Kind, l.ValidTo!.Value)!)).Where(x => x.w.To >= query.From && x.w.To <= query.To)
                .GroupBy(x => x.l.DivisionCode[..6]))
            {
                Add(values, want, RenewalsDue, g.Key, g.Count());
                Add(values, want, RenewalsOnTime, g.Key, g.Count(x => x.l.RenewalAppliedOn is { } a && x.w.Contains(a)));
            }
        }

        return values;
    }

    private static void Add(List<MeasureValue> values, HashSet<string> want, string code, string county, int n)
    {
        if (n != 0 && want.Contains(code)) values.Add(new MeasureValue(code, county, n));
    }
}
