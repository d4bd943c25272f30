using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.Licences;

namespace Zhijian.ProductQuality.Features.Licences;

/// <summary>
/// 生产许可证与 CCC measures per county (first six digits of the holder's or seller's division). 许可证后监管覆盖率 =
/// <see cref="Checked"/> / <see cref="Valid"/>; CCC 标志检查合格率 = <see cref="CccPassed"/> / <see cref="CccChecks"/>; 许可审批按期率 =
/// <see cref="ApplicationsOnTime"/> / <see cref="ApplicationsDecided"/>.
/// </summary>
internal sealed class LicenceMeasures(QualityDbContext db) : IMeasureSource
{
    public const string Valid = "pq.licences_valid";
    public const string Checked = "pq.licences_checked";
    public const string CccChecks = "pq.ccc_checks";
    public const string CccPassed = "pq.ccc_checks_passed";
    public const string ApplicationsDecided = "pq.licence_applications_due";
    public const string ApplicationsOnTime = "pq.licence_applications_on_time";

    private const string Where = "计入企业所在县级区划。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Valid, "有效工业产品生产许可证数", "张", MeasureKind.Window,
            "统计期内任一日处于有效状态的工业产品生产许可证（状态为有效、发证日期不晚于期末、有效期至不早于期初）。" + Where, "/pq/licences"),
        new(Checked, "证后检查覆盖的生产许可证数", "张", MeasureKind.Window,
            "“有效工业产品生产许可证数”中在统计期内至少接受过一次证后监督检查的证书；除以有效证书数即“许可证后监管覆盖率”。" + Where, "/pq/licences?tab=checks"),
        new(CccChecks, "市场 CCC 标志检查数", "次", MeasureKind.Window, "检查日期落在统计期内的市场 CCC 标志检查。" + Where, "/pq/ccc?tab=checks"),
        new(CccPassed, "市场 CCC 标志检查合格数", "次", MeasureKind.Window, "“市场 CCC 标志检查数”中结论为合格的；除以检查数即“CCC 标志检查合格率”。" + Where, "/pq/ccc?tab=checks"),
        new(ApplicationsDecided, "作出决定的生产许可申请数", "件", MeasureKind.Window, "决定日期落在统计期内的生产许可申请（准予或不予许可）。" + Where, "/pq/licences?tab=applications"),
        new(ApplicationsOnTime, "按期作出决定的生产许可申请数", "件", MeasureKind.Window,
            "“作出决定的生产许可申请数”中决定日期不晚于决定期限（自受理之日起 60 日）的；除以决定数即“许可审批按期率”。" + Where, "/pq/licences?tab=applications"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var values = new List<MeasureValue>();
        if (want.Overlaps([Valid, Checked]))
        {
            var rows = await db.Licences.AsNoTracking()
                .Where(l => l.Status == LicenceStatus.Valid && l.IssuedOn <= query.To && l.ValidTo >= query.From && l.DivisionCode.StartsWith(prefix))
                .GroupBy(l => l.DivisionCode.Substring(0, 6))
                .Select(g => new
                {
                    County = g.Key,
                    N = g.Count(),
                    Checked = g.Count(l => db.LicenceChecks.Any(c => c.LicenceId == l.Id && c.On >= query.From && c.On <= query.To)),
                })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(values, want, Valid, r.County, r.N);
                Add(values, want, Checked, r.County, r.Checked);
            }
        }

        if (want.Overlaps([CccChecks, CccPassed]))
        {
            var rows = await db.CccMarkChecks.AsNoTracking()
                .Where(c => c.On >= query.From && c.On <= query.To && c.DivisionCode.StartsWith(prefix))
                .GroupBy(c => c.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, N = g.Count(), Passed = g.Count(c => c.Result == MarkResult.Pass) })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(values, want, CccChecks, r.County, r.N);
                Add(values, want, CccPassed, r.County, r.Passed);
            }
        }

        if (want.Overlaps([ApplicationsDecided, ApplicationsOnTime]))
        {
            var rows = await db.LicenceApplications.AsNoTracking()
                .Where(a => a.DecidedOn >= query.From && a.DecidedOn <= query.To && (a.Decision == ApplicationDecision.Granted || a.Decision == ApplicationDecision.Refused)
                    && a.DivisionCode.StartsWith(prefix))
                .GroupBy(a => a.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, N = g.Count(), OnTime = g.Count(a => a.DecidedOn <= a.DecisionDue) })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(values, want, ApplicationsDecided, r.County, r.N);
                Add(values, want, ApplicationsOnTime, r.County, r.OnTime);
            }
        }

        return values;
    }

    private static void Add(List<MeasureValue> values, HashSet<string> want, string code, string county, int n)
    {
        if (n != 0 && want.Contains(code)) values.Add(new MeasureValue(code, county, n));
    }
}
