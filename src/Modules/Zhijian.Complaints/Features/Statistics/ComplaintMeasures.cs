using Microsoft.EntityFrameworkCore;
using Zhijian.Complaints.Contracts;
using Zhijian.Complaints.Data;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;

namespace Zhijian.Complaints.Features.Statistics;

/// <summary>
/// 投诉举报 measures for the supervision centre: received, closed (on time), 24-hour response, overdue open filings.
/// Counted in the database per county (first six digits of the handling unit's division), inside the caller's
/// jurisdiction and the query's division root.
/// </summary>
internal sealed class ComplaintMeasures(ComplaintsDbContext db) : IMeasureSource
{
    public const string Received = "complaints.received";
    public const string ConsumerClosed = "complaints.consumer_closed";
    public const string ConsumerClosedOnTime = "complaints.consumer_closed_on_time";
    public const string Closed = "complaints.closed";
    public const string ClosedOnTime = "complaints.closed_on_time";
    public const string ResponseDue = "complaints.response_due";
    public const string Responded24h = "complaints.responded_24h";
    public const string OverdueOpen = "complaints.overdue_open";

    private const string Division = "计入承办单位（当前办理单位，移送后为接收单位）的属地县级区划。";
    private const string Parts = "投诉、举报混合的诉求拆分为投诉、举报各1件分别统计。";
    private const string ClosedBasis = "以办结日期（北京时间）落在统计期内为准；ODR 企业自行和解（未进入市场监管部门办理）的不计。";
    private const string OnTimeBasis = "按期以办结时所处环节的法定期限判定（受理/不予受理7个工作日、调解期限、举报核查期限，计法定工作日与调休，扣除已记录的中止期间），办结日期不晚于该期限即为按期。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Received, "受理投诉举报数", "件", MeasureKind.Window,
            "统计期内登记收到（收到日期，北京时间）的投诉和举报件数，不含咨询、建议；含经分流送ODR企业协商的和标记为重复举报的。" + Parts + Division,
            "/complaints?view=all"),
        new(ConsumerClosed, "消费投诉办结数", "件", MeasureKind.Window,
            "统计期内办结的消费投诉（投诉，不含举报、咨询、建议）件数，含调解成功、终止调解、不予受理。" + ClosedBasis + Division,
            "/complaints?view=closed"),
        new(ConsumerClosedOnTime, "消费投诉按期办结数", "件", MeasureKind.Window,
            "“消费投诉办结数”中按期办结的件数。" + OnTimeBasis + Division,
            "/complaints?view=closed"),
        new(Closed, "投诉举报办结数", "件", MeasureKind.Window,
            "统计期内办结的投诉和举报件数（不含咨询、建议），含调解成功、终止调解、不予受理、立案、不予立案、重复举报。" + ClosedBasis + Parts + Division,
            "/complaints?view=closed"),
        new(ClosedOnTime, "投诉举报按期办结数", "件", MeasureKind.Window,
            "“投诉举报办结数”中按期办结的件数。" + OnTimeBasis + Division,
            "/complaints?view=closed"),
        new(ResponseDue, "应24小时回应投诉举报数", "件", MeasureKind.Window,
            "统计期内收到的投诉和举报（不含咨询、建议）中，截至To日终收到已满24小时或在To日终前已作首次回应的件数（收到不满24小时且尚未回应的暂不计入）。首次回应为系统记录的首次处理动作（受理、不予受理、转办/移送、联系当事人等，指派与内部备注除外）。" + Division,
            "/complaints?view=all"),
        new(Responded24h, "24小时内回应投诉举报数", "件", MeasureKind.Window,
            "“应24小时回应投诉举报数”中，首次回应时间不晚于收到时间后24小时（且在To日终前）的件数。" + Division,
            "/complaints?view=all"),
        new(OverdueOpen, "超期未办结诉求数", "件", MeasureKind.PointInTime,
            "To日（含）前收到、当前仍在办理（未办结）的诉求（投诉、举报、咨询、建议）中，当前环节办理期限早于To日的件数（与诉求列表“超期”口径一致：期限当日不算超期）；处于中止期间（期限暂停）的和在ODR企业协商中的不计。按当前办理状态统计：To为过去日期时，其后已办结的不再计入。" + Division,
            "/complaints?view=overdue"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var (from, to) = (query.From, query.To);
        var toAt = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));
        var filings = db.Filings.AsNoTracking().Where(f => f.DivisionCode.StartsWith(prefix));
        var values = new List<MeasureValue>();

        if (want.Contains(Received) || want.Contains(ResponseDue) || want.Contains(Responded24h))
        {
            var rows = await filings
                .Where(f => f.ReceivedOn >= from && f.ReceivedOn <= to && (f.Kind == FilingKind.Complaint || f.Kind == FilingKind.Report))
                .GroupBy(f => f.DivisionCode.Substring(0, 6))
                .Select(g => new
                {
                    County = g.Key,
                    N = g.Count(),
                    Due = g.Count(f => f.FirstResponseDue <= toAt || (f.FirstRespondedAt != null && f.FirstRespondedAt < toAt)),
                    Responded = g.Count(f => f.FirstRespondedAt != null && f.FirstRespondedAt <= f.FirstResponseDue && f.FirstRespondedAt < toAt),
                }).ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(values, want, Received, r.County, r.N);
                Add(values, want, ResponseDue, r.County, r.Due);
                Add(values, want, Responded24h, r.County, r.Responded);
            }
        }

        if (want.Contains(ConsumerClosed) || want.Contains(ConsumerClosedOnTime) || want.Contains(Closed) || want.Contains(ClosedOnTime))
        {
            var rows = await filings
                .Where(f => f.ClosedOn >= from && f.ClosedOn <= to && f.Status != FilingStatus.OdrSettled
                    && (f.Kind == FilingKind.Complaint || f.Kind == FilingKind.Report))
                .GroupBy(f => f.DivisionCode.Substring(0, 6))
                .Select(g => new
                {
                    County = g.Key,
                    N = g.Count(),
                    OnTime = g.Count(f => f.OnTime == true),
                    Complaints = g.Count(f => f.Kind == FilingKind.Complaint),
                    ComplaintsOnTime = g.Count(f => f.Kind == FilingKind.Complaint && f.OnTime == true),
                }).ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(values, want, Closed, r.County, r.N);
                Add(values, want, ClosedOnTime, r.County, r.OnTime);
                Add(values, want, ConsumerClosed, r.County, r.Complaints);
                Add(values, want, ConsumerClosedOnTime, r.County, r.ComplaintsOnTime);
            }
        }

        if (want.Contains(OverdueOpen))
        {
            var rows = await filings
                .Where(FilingCounts.InHandling)
                .Where(f => f.DueOn != null && f.DueOn < to && f.ReceivedOn <= to)
                .GroupBy(f => f.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, N = g.Count() })
                .ToListAsync(ct);
            foreach (var r in rows) Add(values, want, OverdueOpen, r.County, r.N);
        }

        return values;
    }

    private static void Add(List<MeasureValue> values, HashSet<string> want, string code, string county, int n)
    {
        if (n != 0 && want.Contains(code)) values.Add(new MeasureValue(code, county, n));
    }
}
