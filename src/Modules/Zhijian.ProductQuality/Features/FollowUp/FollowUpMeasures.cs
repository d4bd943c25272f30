using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.FollowUp;

namespace Zhijian.ProductQuality.Features.FollowUp;

/// <summary>
/// 后处理 measures per county (first six digits of the follow-up's 属地). 后处理按期完成率 = <see cref="OnTime"/> / <see cref="Due"/> × 100:
/// the steps with a statutory deadline (整改报告 by the correction deadline, 复查 by the 复查 deadline, 再次复查 by the end of its window)
/// whose deadline falls in the period, and of them those done on or before it. A follow-up withdrawn before a step's deadline
/// does not count that step; a 复查 made before any 整改报告 counts as the correction done on that day.
/// </summary>
internal sealed class FollowUpMeasures(QualityDbContext db) : IMeasureSource
{
    public const string Due = "pq.followups_due";
    public const string OnTime = "pq.followups_on_time";
    public const string Open = "pq.followups_open";
    public const string Announced = "pq.announced";

    private const string Where = "计入后处理属地（生产者所在地；外地生产者为本局销售者所在地）县级区划。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Due, "到期的后处理步骤数", "项", MeasureKind.Window,
            "法定期限落在统计期内的后处理步骤：整改报告（责令整改后60日）、复查（75日）、再次复查（公告后90日）；期限前已撤销的不计。" + Where, "/pq/follow-ups"),
        new(OnTime, "按期完成的后处理步骤数", "项", MeasureKind.Window,
            "“到期的后处理步骤数”中在期限当日或之前完成的；除以前者即“后处理按期完成率”。" + Where, "/pq/follow-ups"),
        new(Open, "未结束的不合格后处理数", "件", MeasureKind.PointInTime,
            "统计期末已通知企业、尚未整改到位、移送、撤销或通报外地结束的不合格后处理。" + Where, "/pq/follow-ups?stage=open"),
        new(Announced, "复查仍不合格并公告数", "件", MeasureKind.Window, "公告日期落在统计期内的复查仍不合格产品。" + Where, "/pq/follow-ups?stage=announced"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var (from, to) = (query.From, query.To);
        var all = db.FollowUps.AsNoTracking().Where(f => f.DivisionCode.StartsWith(prefix));
        var values = new List<MeasureValue>();
        if (want.Overlaps([Due, OnTime]))
        {
            var rows = await all.Where(f => (f.CorrectionDueOn >= from && f.CorrectionDueOn <= to) || (f.RecheckDueOn >= from && f.RecheckDueOn <= to)
                    || (f.SecondDueOn >= from && f.SecondDueOn <= to))
                .Select(f => new StepDates(f.DivisionCode, f.Stage, f.ClosedOn, f.CorrectionDueOn, f.CorrectionReportOn, f.RecheckDueOn, f.RecheckOn,
                    f.SecondDueOn, f.SecondRecheckOn)).ToListAsync(ct);
            foreach (var county in rows.GroupBy(r => r.DivisionCode[..Math.Min(6, r.DivisionCode.Length)]))
            {
                var (due, onTime) = Count(county, from, to);
                if (want.Contains(Due)) Add(values, Due, county.Key, due);
                if (want.Contains(OnTime)) Add(values, OnTime, county.Key, onTime);
            }
        }

        if (want.Contains(Open))
        {
            var rows = await all.Where(f => f.NotifiedOn <= to && (f.ClosedOn == null || f.ClosedOn > to))
                .GroupBy(f => f.DivisionCode.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            foreach (var r in rows) Add(values, Open, r.County, r.N);
        }

        if (want.Contains(Announced))
        {
            var rows = await all.Where(f => f.AnnouncedOn >= from && f.AnnouncedOn <= to)
                .GroupBy(f => f.DivisionCode.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            foreach (var r in rows) Add(values, Announced, r.County, r.N);
        }

        return values;
    }

    /// <summary>The dates of a follow-up's steps (pure: the measure's definition as code).</summary>
    internal sealed record StepDates(string DivisionCode, FollowUpStage Stage, DateOnly? ClosedOn, DateOnly? CorrectionDueOn, DateOnly? CorrectionReportOn,
        DateOnly? RecheckDueOn, DateOnly? RecheckOn, DateOnly? SecondDueOn, DateOnly? SecondRecheckOn);

    /// <summary>Steps due in [from, to] and those done by their deadline.</summary>
    internal static (int Due, int OnTime) Count(IEnumerable<StepDates> rows, DateOnly from, DateOnly to)
    {
        var (due, onTime) = (0, 0);
        foreach (var r in rows)
        {
            foreach (var (deadline, done) in new[] { (r.CorrectionDueOn, r.CorrectionReportOn ?? r.RecheckOn), (r.RecheckDueOn, r.RecheckOn), (r.SecondDueOn, r.SecondRecheckOn) })
            {
                if (deadline is not { } d || d < from || d > to) continue;
                if (r.Stage == FollowUpStage.Withdrawn && r.ClosedOn <= d && (done is null || done > r.ClosedOn)) continue;
                due++;
                if (done <= d) onTime++;
            }
        }

        return (due, onTime);
    }

    private static void Add(List<MeasureValue> values, string code, string county, decimal n)
    {
        if (n != 0) values.Add(new MeasureValue(code, county, n));
    }
}
