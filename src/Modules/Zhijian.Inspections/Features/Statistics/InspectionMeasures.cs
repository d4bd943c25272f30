using Microsoft.EntityFrameworkCore;
using Zhijian.Inspections.Data;
using Zhijian.Inspections.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;

namespace Zhijian.Inspections.Features.Statistics;

/// <summary>
/// 双随机、一公开 measures for the supervision centre: tasks launched (joint / risk-stratified), entities checked,
/// publication on time and the results about to fall due. Counted in the database per county (first six digits of the
/// record's division), inside the caller's jurisdiction and the query's division root.
/// </summary>
internal sealed class InspectionMeasures(InspectionsDbContext db, IWorkingCalendar calendar) : IMeasureSource
{
    public const string Tasks = "inspections.tasks";
    public const string JointTasks = "inspections.joint_tasks";
    public const string RiskTasks = "inspections.risk_tasks";
    public const string EntitiesChecked = "inspections.entities_checked";
    public const string PublishDue = "inspections.publish_due";
    public const string PublishedOnTime = "inspections.published_on_time";
    public const string ResultsDueSoon = "inspections.results_unpublished_due_soon";

    /// <summary>The early-warning horizon of <see cref="ResultsDueSoon"/>, in working days after To.</summary>
    public const int DueSoonWorkingDays = 5;

    private const string TaskCount = "以抽查任务的主抽取（第1次抽取，不含补抽）完成时间（北京时间）落在统计期内为准；未完成抽取的任务（草稿、已冻结名录）不计。计入组织实施单位（任务）的属地县级区划。";

    public IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new(Tasks, "双随机抽查任务数", "个", MeasureKind.Window,
            "统计期内启动的双随机抽查任务个数。" + TaskCount, "/inspections/tasks"),
        new(JointTasks, "部门联合抽查任务数", "个", MeasureKind.Window,
            "统计期内启动的双随机抽查任务中，参与部门两个及以上（含牵头部门，即“进一次门、查多项事”）的部门联合抽查任务个数。" + TaskCount, "/inspections/tasks"),
        new(RiskTasks, "信用风险分类抽查任务数", "个", MeasureKind.Window,
            "统计期内启动的双随机抽查任务中，主抽取按企业信用风险分类（A/B/C/D类及未分类）分层确定抽查比例的任务个数（抽取方式为“按信用风险分类比例”）；按固定数量抽取的不计。" + TaskCount,
            "/inspections/tasks"),
        new(EntitiesChecked, "双随机抽查检查户数", "户", MeasureKind.Window,
            "统计期内检查结果经全部检查人员确认（确认时间，北京时间）的被检查市场主体户数，按统一社会信用代码去重（同一主体统计期内多次被查计1户）；仅录入未确认的结果不计；被补抽替换的对象无结果不计。计入检查结果（被检查主体）的属地县级区划。为双随机抽查覆盖比例的分子。",
            "/inspections/metrics"),
        new(PublishDue, "应公示事项数", "项", MeasureKind.Window,
            "公示期限落在统计期内的应公示事项数，三类相加：①抽查计划（公示期限为计划期间起始日，计入计划制定单位属地）；②抽查任务的检查对象名单（抽取结果随主抽取当即公示，公示期限为任务检查期间起始日，计入任务属地）；③检查结果（公示期限为检查日期后法定工作日内的期限，即系统记录的公示期限，计入被检查主体属地）。抽查事项清单随计划一并公示、执法检查人员名单随分派结果公示，系统中不单独计期限，故不另计。",
            "/inspections/metrics"),
        new(PublishedOnTime, "按期公示事项数", "项", MeasureKind.Window,
            "“应公示事项数”中在公示期限当日（含）之前已公示的项数：计划以公示时间（北京时间日期）≤计划起始日，检查对象名单以主抽取完成日期≤任务检查期间起始日，检查结果以公示日期≤公示期限为准。尚未公示或逾期公示的不计。",
            "/inspections/metrics"),
        new(ResultsDueSoon, "临期未公示检查结果数", "条", MeasureKind.PointInTime,
            "截至To日终已录入（不论是否确认）但尚未公示的检查结果中，公示期限晚于To日且不晚于To日后第5个法定工作日（按国务院放假安排计节假日与调休；跨入尚未公布放假安排的年份时按周一至周五暂定）的条数（预警）；已逾期的不计。计入被检查主体的属地县级区划。",
            "/inspections/metrics"),
    ];

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        var want = query.Codes.ToHashSet(StringComparer.Ordinal);
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var fromAt = StartOf(query.From);
        var toAt = StartOf(query.To.AddDays(1));
        var values = new List<MeasureValue>();

        if (want.Contains(Tasks) || want.Contains(JointTasks) || want.Contains(RiskTasks))
        {
            // Tasks are few (hundreds a year per county, not the results): their department lists are read and counted here,
            // since the JSON column cannot be inspected in SQL on both providers.
            var tasks = await (
                from d in db.Draws.AsNoTracking()
                where d.Kind == DrawKind.Main && d.Status == DrawStatus.Drawn && d.DrawnAt >= fromAt && d.DrawnAt < toAt
                join t in db.Tasks.AsNoTracking() on d.TaskId equals t.Id
                where t.DivisionCode.StartsWith(prefix)
                select new { County = t.DivisionCode.Substring(0, 6), d.RiskLinked, t.Departments }).ToListAsync(ct);
            foreach (var c in tasks.GroupBy(x => x.County, StringComparer.Ordinal))
            {
                Add(values, want, Tasks, c.Key, c.Count());
                Add(values, want, JointTasks, c.Key, c.Count(x => x.Departments.Count > 1));
                Add(values, want, RiskTasks, c.Key, c.Count(x => x.RiskLinked));
            }
        }

        if (want.Contains(EntitiesChecked))
        {
            var rows = await db.Results.AsNoTracking()
                .Where(r => r.ConfirmedAt >= fromAt && r.ConfirmedAt < toAt && r.DivisionCode.StartsWith(prefix))
                .GroupBy(r => r.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, N = g.Select(r => r.Uscc).Distinct().Count() })
                .ToListAsync(ct);
            foreach (var r in rows) Add(values, want, EntitiesChecked, r.County, r.N);
        }

        if (want.Contains(PublishDue) || want.Contains(PublishedOnTime))
        {
            var due = new Dictionary<string, (int Due, int OnTime)>(StringComparer.Ordinal);
            void Count(string county, int n, int onTime)
            {
                var c = due.GetValueOrDefault(county);
                due[county] = (c.Due + n, c.OnTime + onTime);
            }

            var results = await db.Results.AsNoTracking()
                .Where(r => r.PublishBy >= query.From && r.PublishBy <= query.To && r.DivisionCode.StartsWith(prefix))
                .GroupBy(r => r.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, N = g.Count(), OnTime = g.Count(r => r.PublishedOn != null && r.PublishedOn <= r.PublishBy) })
                .ToListAsync(ct);
            foreach (var r in results) Count(r.County, r.N, r.OnTime);

            // Plans and task lists are one row per plan / task (hundreds to a few thousand a year in a province, not per
            // record): their publication instant is compared with a date column, which neither database can do portably on
            // the stored form, so the (county, due date, published instant) triples are read and counted here.
            var plans = await db.Plans.AsNoTracking()
                .Where(p => p.From >= query.From && p.From <= query.To && p.DivisionCode.StartsWith(prefix))
                .Select(p => new { County = p.DivisionCode.Substring(0, 6), Due = p.From, p.PublishedAt })
                .ToListAsync(ct);
            foreach (var p in plans) Count(p.County, 1, p.PublishedAt is { } at && at < StartOf(p.Due.AddDays(1)) ? 1 : 0);

            var lists = await (
                from t in db.Tasks.AsNoTracking()
                where t.StartOn >= query.From && t.StartOn <= query.To && t.DivisionCode.StartsWith(prefix)
                from d in db.Draws.AsNoTracking().Where(d => d.TaskId == t.Id && d.Kind == DrawKind.Main && d.Status == DrawStatus.Drawn).DefaultIfEmpty()
                select new { County = t.DivisionCode.Substring(0, 6), Due = t.StartOn, DrawnAt = d == null ? null : d.DrawnAt })
                .ToListAsync(ct);
            foreach (var l in lists) Count(l.County, 1, l.DrawnAt is { } at && at < StartOf(l.Due.AddDays(1)) ? 1 : 0);

            foreach (var (county, c) in due)
            {
                Add(values, want, PublishDue, county, c.Due);
                Add(values, want, PublishedOnTime, county, c.OnTime);
            }
        }

        if (want.Contains(ResultsDueSoon))
        {
            var to = query.To;
            var horizon = calendar.AddWorkingDays(to, DueSoonWorkingDays);
            var rows = await db.Results.AsNoTracking()
                .Where(r => r.EnteredAt < toAt && (r.PublishedOn == null || r.PublishedOn > to) && r.PublishBy > to && r.PublishBy <= horizon
                    && r.DivisionCode.StartsWith(prefix))
                .GroupBy(r => r.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, N = g.Count() })
                .ToListAsync(ct);
            foreach (var r in rows) Add(values, want, ResultsDueSoon, r.County, r.N);
        }

        return values;
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));

    private static void Add(List<MeasureValue> values, HashSet<string> want, string code, string county, int n)
    {
        if (n != 0 && want.Contains(code)) values.Add(new MeasureValue(code, county, n));
    }
}
