using Microsoft.EntityFrameworkCore;
using Zhijian.Metrology.Data;
using Zhijian.Metrology.Domain.Instruments;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;

namespace Zhijian.Metrology.Features.Instruments;

/// <summary>
/// 强检器具 measures, counted in SQL per county: 强检计量器具受检率 = <see cref="Verified"/> / <see cref="Due"/> (periodic instruments
/// whose verification fell due in the period, and those of them verified on or before the due date); 到期轮换率 =
/// <see cref="ReplacementsDone"/> / <see cref="ReplacementsDue"/> (fixed-life instruments whose replace-by date fell in the period,
/// and those taken out on or before it).
/// </summary>
internal sealed class InstrumentMeasures(MetrologyDbContext db) : IMeasureSource
{
    public const string Due = "metro.instruments_due";
    public const string Verified = "metro.instruments_verified";
    public const string ReplacementsDue = "metro.replacements_due";
    public const string ReplacementsDone = "metro.replacements_done";

    private const string Where = "计入器具使用地点所在县级区划。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Due, "应检强检计量器具数", "台", MeasureKind.Window, "周期检定的强检计量器具中，检定有效期在统计期内届满的台数（含已检定和未检定的）。" + Where, "/metro/instruments?view=overdue"),
        new(Verified, "按期受检的强检计量器具数", "台", MeasureKind.Window, "“应检强检计量器具数”中在有效期届满前（含当日）完成检定的台数；除以应检数即“强检计量器具受检率”。" + Where,
            "/metro/instruments"),
        new(ReplacementsDue, "到期应轮换表具数", "台", MeasureKind.Window, "限期使用、到期轮换的表具（水表、燃气表等）中，轮换日期在统计期内的台数。" + Where, "/metro/instruments?view=replace"),
        new(ReplacementsDone, "按期轮换表具数", "台", MeasureKind.Window, "“到期应轮换表具数”中在轮换日期前（含当日）拆除更换的台数；除以应轮换数即“到期轮换率”。" + Where,
            "/metro/instruments?status=报废"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var (from, to) = (query.From, query.To);
        var counts = new Dictionary<(string Code, string County), int>();
        void Add(string code, string county, int n)
        {
            if (n != 0 && want.Contains(code)) counts[(code, county)] = counts.GetValueOrDefault((code, county)) + n;
        }

        if (want.Overlaps([Due, Verified]))
        {
            var answered = await db.Verifications.AsNoTracking()
                .Where(v => v.DueBefore >= from && v.DueBefore <= to && v.DivisionCode.StartsWith(prefix))
                .GroupBy(v => v.County).Select(g => new { County = g.Key, N = g.Count(), OnTime = g.Count(v => v.OnTime) }).ToListAsync(ct);
            foreach (var r in answered)
            {
                Add(Due, r.County, r.N);
                Add(Verified, r.County, r.OnTime);
            }

            var open = await db.Instruments.AsNoTracking()
                .Where(i => i.Mode == VerificationMode.Periodic && i.Status == InstrumentStatus.InUse && i.LastPassed != false && i.DueOn >= from && i.DueOn <= to
                    && i.DivisionCode.StartsWith(prefix))
                .GroupBy(i => i.County).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            foreach (var r in open) Add(Due, r.County, r.N);
        }

        if (want.Overlaps([ReplacementsDue, ReplacementsDone]))
        {
            var rows = await db.Instruments.AsNoTracking()
                .Where(i => i.Mode == VerificationMode.FixedLife && i.DueOn >= from && i.DueOn <= to && (i.Status == InstrumentStatus.InUse || i.ReplacedOn != null)
                    && i.DivisionCode.StartsWith(prefix))
                .GroupBy(i => i.County).Select(g => new { County = g.Key, N = g.Count(), Done = g.Count(i => i.ReplacedOn != null && i.ReplacedOn <= i.DueOn) })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(ReplacementsDue, r.County, r.N);
                Add(ReplacementsDone, r.County, r.Done);
            }
        }

        return [.. counts.Select(c => new MeasureValue(c.Key.Code, c.Key.County, c.Value))];
    }
}
