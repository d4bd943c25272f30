using Microsoft.EntityFrameworkCore;
using Zhijian.Cases.Data;
using Zhijian.Cases.Domain;
using Zhijian.Cases.Features.Disclosure;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;
using Zhijian.Platform.Rules;
using MeasureKind = Zhijian.Platform.Indicators.MeasureKind;

namespace Zhijian.Cases.Features.Statistics;

/// <summary>
/// 行政执法办案 statistics for the supervision centre: 全过程记录登记率, 行政处罚信息按时公示率, 重大执法决定法制审核率 and two
/// warnings, per county (first six digits of the case's division code), under the caller's jurisdiction and the query's
/// division root. Every figure is one GROUP BY query on the rules of <see cref="CaseIndicators"/>, the same the metrics
/// page uses; only requested codes are computed.
/// </summary>
internal sealed class CaseMeasures(CasesDbContext db, IRuleBook rules, IWorkingCalendar calendar) : IMeasureSource
{
    public const string Closed = "cases.closed";
    public const string ClosedComplete = "cases.closed_complete";
    public const string PublicationsDue = "cases.publications_due";
    public const string PublishedOnTime = "cases.published_on_time";
    public const string MajorDecisions = "cases.major_decisions";
    public const string MajorLegalReviewed = "cases.major_legal_reviewed";
    public const string PublicationsDueSoon = "cases.publications_due_soon";
    public const string OverdueOpen = "cases.overdue_open";

    /// <summary>The early warning looks this many working days past To.</summary>
    public const int DueSoonWorkingDays = 5;

    private const string Scope = "按案件属地（办案机构所在行政区划）前六位计入县级区划。";
    private const string Published = "仅统计普通程序作出的、应当公示的行政处罚决定（除单处警告外的处罚；不予行政处罚、简易程序当场处罚不计）；";
    private const string PublishDeadline = "公示期限为作出处罚决定之日起 20 个工作日（规则参数 disclosure.publish，按法定工作日历含调休计算）";

    private static readonly IReadOnlyList<MeasureDefinition> Definitions =
    [
        new(Closed, "结案件数", "件", MeasureKind.Window,
            "统计期内结案的行政处罚案件数（普通程序与简易程序），按结案日期（结案审批之日；简易程序当场处罚且无罚款的为决定之日）计入；" +
            "含作出处罚后执行完毕、申请强制执行、不予行政处罚、移送司法机关等各种结案方式。" + Scope, "/cases?view=closed"),
        new(ClosedComplete, "全过程记录完整的结案件数", "件", MeasureKind.Window,
            "“结案件数”中全过程记录完整的件数（行政执法全过程记录登记率的分子，与办案统计页同一口径）：普通程序案件须在系统内制发立案审批表和结案审批表，" +
            "经过调查终结的须有证据且证据附有文件，已告知的须有行政处罚告知书，已决定的须有行政处罚决定书，已送达的须有送达回证，" +
            "移送公安机关的须有涉嫌犯罪案件移送书（移送结案的不要求告知书、决定书、送达回证）；简易程序案件须有当场行政处罚决定书。" + Scope, "/cases?view=closed"),
        new(PublicationsDue, "应公示行政处罚决定件数", "件", MeasureKind.Window,
            Published + PublishDeadline + "，期限届满日落在统计期内的决定数；含已公示（包括此后撤下公示的）和截至统计时仍未公示的决定。" + Scope),
        new(PublishedOnTime, "按时公示件数", "件", MeasureKind.Window,
            "“应公示行政处罚决定件数”中，公示日期不晚于公示期限届满日的件数（行政处罚信息按时公示率的分子）；逾期公示和尚未公示的不计。" + Scope),
        new(MajorDecisions, "重大执法决定件数", "件", MeasureKind.Window,
            "统计期内作出处罚决定（按决定日期）的、依法须经法制审核的普通程序案件数：重大案件、举行过听证的案件，以及拟作出较大数额罚没款、" +
            "吊销许可证件、降低资质等级、限制开展生产经营活动、责令停产停业、责令关闭、限制从业等当事人享有听证权利的处罚的案件。" + Scope),
        new(MajorLegalReviewed, "经法制审核的重大执法决定件数", "件", MeasureKind.Window,
            "“重大执法决定件数”中，决定之日或之前法制审核结论为通过的件数（重大执法决定法制审核率的分子）。" + Scope),
        new(PublicationsDueSoon, "即将到期未公示件数", "件", MeasureKind.PointInTime,
            "截至统计截止日终了已作出处罚决定但尚未公示、且公示期限届满日在截止日之后 5 个工作日内（不含截止日，按法定工作日历）的决定数（预警）；" +
            Published + PublishDeadline + "。" + Scope),
        new(OverdueOpen, "超期未结案件数", "件", MeasureKind.PointInTime,
            "截至统计截止日终了已立案、尚未结案，且办结期限早于截止日的普通程序案件数（截止日当日到期的不算超期；与“已超期”案件列表同一口径）。" +
            "办结期限为立案之日起 90 日，负责人批准延长 30 日及集体讨论决定延长的天数计入，中止、听证、移送公安机关期间不计；按案件当前记录的期限计算。" + Scope,
            "/cases?view=overdue"),
    ];

    public IReadOnlyList<MeasureDefinition> Measures => Definitions;

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var (from, to) = (query.From, query.To);
        var cases = db.Cases.AsNoTracking().Where(c => c.DivisionCode.StartsWith(prefix));
        var publications = db.Publications.AsNoTracking().Where(p => p.DivisionCode.StartsWith(prefix));
        var values = new List<MeasureValue>();

        async Task CountAsync(string code, IQueryable<string> divisions)
        {
            if (!want.Contains(code)) return;
            var rows = await divisions.GroupBy(d => d.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct);
            values.AddRange(rows.Where(r => r.N > 0).OrderBy(r => r.County, StringComparer.Ordinal).Select(r => new MeasureValue(code, r.County, r.N)));
        }

        var closed = cases.Where(CaseIndicators.Closed).Where(c => c.ClosedOn >= from && c.ClosedOn <= to);
        await CountAsync(Closed, closed.Select(c => c.DivisionCode));
        await CountAsync(ClosedComplete, closed.Where(CaseIndicators.RecordComplete(db.Documents, db.Evidence, db.Files)).Select(c => c.DivisionCode));

        var major = cases.Where(CaseIndicators.LegalReviewRequired).Where(c => c.DecidedOn >= from && c.DecidedOn <= to);
        await CountAsync(MajorDecisions, major.Select(c => c.DivisionCode));
        await CountAsync(MajorLegalReviewed, major.Where(CaseIndicators.LegalReviewedBeforeDecision).Select(c => c.DivisionCode));

        await CountAsync(OverdueOpen, cases.Where(CaseIndicators.OverdueOn(to)).Select(c => c.DivisionCode));

        var due = publications.Where(p => p.PublishBy >= from && p.PublishBy <= to);
        await CountAsync(PublishedOnTime, due.Where(CaseIndicators.PublishedOnTime).Select(p => p.DivisionCode));
        if (want.Contains(PublicationsDue))
        {
            // Published (stored PublishBy) plus decisions still unpublished whose PublishBy falls in the window.
            var counts = (await due.GroupBy(p => p.DivisionCode.Substring(0, 6)).Select(g => new { County = g.Key, N = g.Count() }).ToListAsync(ct))
                .ToDictionary(r => r.County, r => r.N, StringComparer.Ordinal);
            foreach (var (county, n) in await UnpublishedAsync(cases, from, to, DateOnly.MaxValue, ct))
                counts[county] = counts.GetValueOrDefault(county) + n;
            values.AddRange(counts.Where(x => x.Value > 0).OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => new MeasureValue(PublicationsDue, x.Key, x.Value)));
        }

        if (want.Contains(PublicationsDueSoon))
        {
            var until = calendar.Deadline(to, new Period(DueSoonWorkingDays, PeriodUnit.WorkingDays));
            var soon = await UnpublishedAsync(cases.Where(c => c.DecidedOn <= to), to.AddDays(1), until, to, ct);
            values.AddRange(soon.Where(x => x.Value > 0).OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => new MeasureValue(PublicationsDueSoon, x.Key, x.Value)));
        }

        return values;
    }

    /// <summary>
    /// Decisions to publish (ordinary procedure, not a warning alone) whose last day to publish is in [<paramref name="first"/>,
    /// <paramref name="last"/>] and that have no publication published on or before <paramref name="asOf"/>, per county.
    /// The last day to publish is a calendar function of the decision date, increasing with it: the decision dates it can
    /// come from are found on the calendar, the database groups those decisions by (county, date, penalties), and the
    /// publication rule is applied to the groups.
    /// </summary>
    private async Task<Dictionary<string, int>> UnpublishedAsync(IQueryable<Case> cases, DateOnly first, DateOnly last, DateOnly asOf, CancellationToken ct)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (DecidedRange(first, last) is not var (decidedFrom, decidedTo)) return result;
        var pubs = db.Publications;
        var rows = await cases
            .Where(c => c.Procedure == CaseProcedure.Ordinary && c.DecidedOn != null && c.DecidedOn >= decidedFrom && c.DecidedOn <= decidedTo)
            .Where(c => !pubs.Any(p => p.CaseId == c.Id && p.PublishedOn <= asOf))
            .GroupBy(c => new { County = c.DivisionCode.Substring(0, 6), c.DecidedOn, c.Penalties })
            .Select(g => new { g.Key.County, g.Key.DecidedOn, g.Key.Penalties, N = g.Count() })
            .ToListAsync(ct);
        foreach (var r in rows)
        {
            if (!PublicationRules.IsPublished(CaseProcedure.Ordinary, r.Penalties)) continue;
            var by = PublicationRules.PublishBy(rules, calendar, r.DecidedOn!.Value);
            if (by < first || by > last) continue;
            result[r.County] = result.GetValueOrDefault(r.County) + r.N;
        }

        return result;
    }

    /// <summary>The decision dates whose last day to publish falls in [first, last] (null when none); at most ten years back.</summary>
    private (DateOnly From, DateOnly To)? DecidedRange(DateOnly first, DateOnly last)
    {
        if (last < first) return null;
        (DateOnly From, DateOnly To)? range = null;
        for (var (d, steps) = (last, 0); steps < 3700; d = d.AddDays(-1), steps++)
        {
            var by = PublicationRules.PublishBy(rules, calendar, d);
            if (by < first) break;
            if (by <= last) range = (d, range?.To ?? d);
        }

        return range;
    }
}
