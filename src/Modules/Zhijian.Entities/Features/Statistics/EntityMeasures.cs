using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Data;
using Zhijian.Entities.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Indicators;

namespace Zhijian.Entities.Features.Statistics;

/// <summary>
/// 市场主体库 statistics for the supervision centre (<see cref="IMeasureSource"/>): every figure is aggregated in the
/// database by county (first six digits of 属地), inside the caller's jurisdiction (the module's query filter) and under
/// the requested division root; only the requested codes are computed, a few GROUP BY queries in all. Working days
/// (开办时间, 登记注册时间) are counted in C# once per distinct (county, from, to) date pair the database returns.
/// </summary>
internal sealed class EntityMeasures(EntitiesDbContext db, Features.AnnualReports.AnnualReports annualReports, IWorkingCalendar calendar) : IMeasureSource
{
    public const string Active = "entities.active";
    public const string EnterprisesActive = "entities.enterprises_active";
    public const string NewEnterprises = "entities.new_enterprises";
    public const string StartupCount = "entities.startup_count";
    public const string StartupWorkdays = "entities.startup_workdays";
    public const string RegistrationCount = "entities.registration_count";
    public const string RegistrationWorkdays = "entities.registration_workdays";
    public const string NewWithChannel = "entities.new_with_channel";
    public const string NewOnline = "entities.new_online";
    public const string NameDeclaredKnown = "entities.name_declared_known";
    public const string NameSelfDeclared = "entities.name_self_declared";
    public const string AnnualReportDue = "entities.annual_report_due";
    public const string AnnualReportFiled = "entities.annual_report_filed";
    public const string LicencesExpiring = "entities.licences_expiring";

    /// <summary>许可到期预警: licences whose 有效期至 falls within this many days after To.</summary>
    public const int ExpiryWarningDays = 30;

    private const string List = "/entities?division={division}";
    private const string Enterprise = "企业指个体工商户、农民专业合作社以外的市场主体（含分支机构）";
    private const string NewIn = "成立日期（核准日期）在统计期内的新设企业";
    private const string County = "按主体属地所在县级行政区划统计";

    private static readonly MeasureDefinition[] Definitions =
    [
        new(Active, "实有市场主体", "户", MeasureKind.PointInTime,
            $"截至统计截止日实有的各类市场主体户数：成立日期不晚于截止日，且截止日仍在营（登记状态为存续，或注销、吊销、迁出的日期晚于截止日）；{County}。", List),
        new(EnterprisesActive, "实有企业", "户", MeasureKind.PointInTime,
            $"截至统计截止日实有的企业户数，口径同实有市场主体；{Enterprise}；{County}。", List),
        new(NewEnterprises, "新设企业", "户", MeasureKind.Window,
            $"{NewIn}户数（含统计期内又注销、吊销、迁出的）；{Enterprise}；{County}。", List),
        new(StartupCount, "开办时间统计企业数", "户", MeasureKind.Window,
            $"{NewIn}中，申请受理时间和营业执照发放时间均有记录的户数（开办时间的分母）；{County}。", List),
        new(StartupWorkdays, "企业开办时间合计", "工作日", MeasureKind.Window,
            $"开办时间统计企业的开办时间之和：自申请受理日（北京时间，当日不计）次日起至营业执照发放日（含）的法定工作日数，当日发照为 0；按国务院放假安排及调休计算，未公布年份暂按周末和元旦计；受理日早于已载入放假安排年份的不计入本项及其户数；{County}。", List),
        new(RegistrationCount, "登记注册时间统计企业数", "户", MeasureKind.Window,
            $"{NewIn}中，申请受理时间有记录的户数（登记注册时间的分母）；{County}。", List),
        new(RegistrationWorkdays, "企业登记注册时间合计", "工作日", MeasureKind.Window,
            $"登记注册时间统计企业的登记注册时间之和：自申请受理日（北京时间，当日不计）次日起至成立日期（核准日期，含）的法定工作日数，当日核准为 0；按国务院放假安排及调休计算，未公布年份暂按周末和元旦计；受理日早于已载入放假安排年份的不计入本项及其户数；{County}。", List),
        new(NewWithChannel, "登记渠道有记录的新设企业", "户", MeasureKind.Window,
            $"{NewIn}中，登记渠道（网上登记或窗口登记）有记录的户数（网上登记率的分母）；{County}。", List),
        new(NewOnline, "网上登记（全程电子化）新设企业", "户", MeasureKind.Window,
            $"{NewIn}中，登记渠道为网上登记（全程电子化）的户数；{County}。", List),
        new(NameDeclaredKnown, "名称申报方式有记录的新设企业", "户", MeasureKind.Window,
            $"{NewIn}中，是否网上自主申报名称有记录的户数（名称自主申报率的分母）；{County}。", List),
        new(NameSelfDeclared, "名称网上自主申报新设企业", "户", MeasureKind.Window,
            $"{NewIn}中，企业名称经网上自主申报的户数；{County}。", List),
        new(AnnualReportDue, "应报年报企业", "户", MeasureKind.PointInTime,
            "截止日上一年度（报告年度）应报送年度报告的企业和农民专业合作社户数：成立日期不晚于报告年度 12 月 31 日，"
            + "且截至统计截止日（截止日晚于年报报送截止日 6 月 30 日的，截至 6 月 30 日）仍在营；不含个体工商户和分支机构（分支机构由隶属企业报送）；" + County + "。",
            "/entities/annual-reports"),
        new(AnnualReportFiled, "已报年报企业", "户", MeasureKind.PointInTime,
            "应报年报企业中，报告年度的年度报告报送日期不晚于统计截止日的户数（含逾期补报）；" + County + "。",
            "/entities/annual-reports"),
        new(LicencesExpiring, "即将到期许可", "件", MeasureKind.PointInTime,
            $"状态为有效、有效期至在统计截止日之后 {ExpiryWarningDays} 日内（不含截止日当日，含第 {ExpiryWarningDays} 日）的涉企许可件数；按持证主体属地所在县级行政区划统计。",
            "/entities/licences"),
    ];

    public IReadOnlyList<MeasureDefinition> Measures => Definitions;

    public async Task<IReadOnlyList<MeasureValue>> ComputeAsync(MeasureQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var wanted = query.Codes.Where(c => Definitions.Any(d => d.Code == c)).ToHashSet(StringComparer.Ordinal);
        var values = new List<MeasureValue>();
        if (wanted.Count == 0) return values;
        var prefix = DivisionTable.ScopePrefix(query.DivisionRoot);
        var entities = db.Entities.AsNoTracking().Where(e => e.DivisionCode.StartsWith(prefix));
        var (from, to) = (query.From, query.To);

        void Add(string code, string county, decimal value)
        {
            if (value != 0 && wanted.Contains(code)) values.Add(new MeasureValue(code, county, value));
        }

        bool Any(params string[] codes) => codes.Any(wanted.Contains);

        if (Any(Active, EnterprisesActive, AnnualReportDue, AnnualReportFiled))
        {
            // 实有 (in business on To) and 应报年报 (in business when the report year's window closed, or on To if earlier)
            // in one pass over the registry's covering EstablishedOn index, and 已报年报 from a left join of the same rows
            // with the report year's filed reports (unique per entity and year): one statement where there were two scans
            // and a join (each scan ~280 ms at 1,000,000 entities on PostgreSQL).
            var year = to.Year - 1;
            var closes = annualReports.Window(year).Closes;
            var inBusinessOn = closes < to ? closes : to;
            var endOfYear = new DateOnly(year, 12, 31);
            var joinReports = wanted.Contains(AnnualReportFiled);
            var rows = await (from e in entities.Where(e => e.EstablishedOn <= to && (e.Status == EntityStatus.Active || e.StatusDate > inBusinessOn))
                              join r in db.AnnualReports.AsNoTracking().Where(r => joinReports && r.Year == year && r.FiledOn <= to)
                                  on e.Id equals r.EntityId into reports
                              from r in reports.DefaultIfEmpty()
                              group new
                              {
                                  Active = e.Status == EntityStatus.Active || e.StatusDate > to,
                                  Enterprise = e.Type != EntityType.IndividualBusiness && e.Type != EntityType.FarmerCooperative,
                                  Due = e.Type != EntityType.IndividualBusiness && e.Type != EntityType.Branch && e.EstablishedOn <= endOfYear,
                                  Filed = r != null,
                              } by e.DivisionCode.Substring(0, 6) into g
                              select new
                              {
                                  County = g.Key,
                                  All = g.Count(x => x.Active),
                                  Enterprises = g.Count(x => x.Active && x.Enterprise),
                                  Due = g.Count(x => x.Due),
                                  Filed = g.Count(x => x.Due && x.Filed),
                              }).ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(Active, r.County, r.All);
                Add(EnterprisesActive, r.County, r.Enterprises);
                Add(AnnualReportDue, r.County, r.Due);
                Add(AnnualReportFiled, r.County, r.Filed);
            }
        }

        var newEnterprises = entities.Where(e => e.EstablishedOn >= from && e.EstablishedOn <= to
            && e.Type != EntityType.IndividualBusiness && e.Type != EntityType.FarmerCooperative);
        if (Any(NewEnterprises, NewWithChannel, NewOnline, NameDeclaredKnown, NameSelfDeclared))
        {
            var rows = await newEnterprises
                .GroupBy(e => e.DivisionCode.Substring(0, 6))
                .Select(g => new
                {
                    County = g.Key,
                    All = g.Count(),
                    WithChannel = g.Count(e => e.ApplicationChannel != null),
                    Online = g.Count(e => e.ApplicationChannel == RegistrationChannel.Online),
                    NameKnown = g.Count(e => e.NameSelfDeclared != null),
                    NameDeclared = g.Count(e => e.NameSelfDeclared == true),
                })
                .ToListAsync(ct);
            foreach (var r in rows)
            {
                Add(NewEnterprises, r.County, r.All);
                Add(NewWithChannel, r.County, r.WithChannel);
                Add(NewOnline, r.County, r.Online);
                Add(NameDeclaredKnown, r.County, r.NameKnown);
                Add(NameSelfDeclared, r.County, r.NameDeclared);
            }
        }

        if (Any(StartupCount, StartupWorkdays))
        {
            var pairs = await newEnterprises
                .Where(e => e.ApplicationReceivedOn != null && e.LicenceIssuedOn != null && e.LicenceIssuedOn >= e.ApplicationReceivedOn)
                .GroupBy(e => new { County = e.DivisionCode.Substring(0, 6), From = e.ApplicationReceivedOn!.Value, To = e.LicenceIssuedOn!.Value })
                .Select(g => new DatePairCount(g.Key.County, g.Key.From, g.Key.To, g.Count()))
                .ToListAsync(ct);
            foreach (var (county, count, days) in SumWorkingDays(pairs))
            {
                Add(StartupCount, county, count);
                Add(StartupWorkdays, county, days);
            }
        }

        if (Any(RegistrationCount, RegistrationWorkdays))
        {
            var pairs = await newEnterprises
                .Where(e => e.ApplicationReceivedOn != null && e.ApplicationReceivedOn <= e.EstablishedOn)
                .GroupBy(e => new { County = e.DivisionCode.Substring(0, 6), From = e.ApplicationReceivedOn!.Value, To = e.EstablishedOn })
                .Select(g => new DatePairCount(g.Key.County, g.Key.From, g.Key.To, g.Count()))
                .ToListAsync(ct);
            foreach (var (county, count, days) in SumWorkingDays(pairs))
            {
                Add(RegistrationCount, county, count);
                Add(RegistrationWorkdays, county, days);
            }
        }

        if (wanted.Contains(LicencesExpiring))
        {
            var until = to.AddDays(ExpiryWarningDays);
            var rows = await db.Licences.AsNoTracking()
                .Where(l => l.DivisionCode.StartsWith(prefix) && l.Status == "有效" && l.ValidTo > to && l.ValidTo <= until)
                .GroupBy(l => l.DivisionCode.Substring(0, 6))
                .Select(g => new { County = g.Key, Count = g.Count() })
                .ToListAsync(ct);
            foreach (var r in rows) Add(LicencesExpiring, r.County, r.Count);
        }

        return values;
    }

    private sealed record DatePairCount(string County, DateOnly From, DateOnly To, int Count);

    /// <summary>Per county: how many records, and the sum of their working days. Pairs outside the calendar's years are left out of both.</summary>
    private IEnumerable<(string County, int Count, long Days)> SumWorkingDays(IEnumerable<DatePairCount> pairs)
    {
        var cache = new Dictionary<(DateOnly, DateOnly), int?>();
        return pairs
            .Select(p =>
            {
                if (!cache.TryGetValue((p.From, p.To), out var days)) cache[(p.From, p.To)] = days = WorkingDaysAfter(p.From, p.To);
                return (p.County, p.Count, Days: days);
            })
            .Where(p => p.Days is not null)
            .GroupBy(p => p.County)
            .Select(g => (g.Key, g.Sum(p => p.Count), g.Sum(p => (long)p.Days!.Value * p.Count)));
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (same day = 0); null before the calendar's first year.</summary>
    private int? WorkingDaysAfter(DateOnly from, DateOnly to)
    {
        if (from.Year < calendar.FirstYear) return null;
        var days = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (calendar.IsWorkingDay(d)) days++;
        }

        return days;
    }
}
