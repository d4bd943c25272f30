using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.Recalls;

namespace Zhijian.ProductQuality.Features.Recalls;

/// <summary>
/// 缺陷报告 / 事故报告: received from firms (the recall system with pq.recall, or staff entering a paper report); the due date is
/// pq.defect-report-wd working days after the day the firm knew, and a later report is marked 逾期报告. Lists filter by kind,
/// state, late, division and text, paged in the database.
/// </summary>
internal sealed class DefectReports(QualityDbContext db, RecallSupport support, RecallDeadlines deadlines, TimeProvider clock)
{
    public async Task<Result<DefectReportView>> CreateAsync(CreateDefectReport cmd, CancellationToken ct)
    {
        var a = support.Actor;
        if (!RecallSupport.CanWork(a)) return Result<DefectReportView>.Forbidden("只有执法人员、科室负责人或召回系统可以登记缺陷报告");
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var errors = RecallRules.Validate(cmd, now, today);
        var firm = await support.FirmAsync(cmd.Uscc, cmd.FirmName, cmd.DivisionCode, errors, ct);
        if (errors.Count > 0 || firm is null) return Result<DefectReportView>.Invalid(errors.ToDictionary());
        var knownOn = cmd.KnownAt!.Value.ToChinaDate();
        RecallDue due;
        try
        {
            due = deadlines.Report(knownOn);
        }
        catch (CalendarRangeException)
        {
            return Result<DefectReportView>.Invalid("knownAt", $"知悉日期 {knownOn:yyyy-MM-dd} 超出法定工作日历的范围，无法计算报告期限");
        }

        var reportedAt = cmd.ReportedAt ?? now;
        var reportedOn = reportedAt.ToChinaDate();
        var r = new DefectReport
        {
            Number = await support.NextNumberAsync("QXBG", db.DefectReports.IgnoreQueryFilters().Select(x => x.Number), ct),
            Kind = cmd.Kind,
            Uscc = firm.Uscc,
            FirmName = firm.Name,
            Registered = firm.Registered,
            DivisionCode = firm.DivisionCode,
            FirmDivisionCode = firm.FirmDivisionCode,
            OrgUnitId = firm.OrgUnitId,
            OrgUnitName = firm.OrgUnitName,
            Category = cmd.Category.Trim(),
            Product = cmd.Product.Trim(),
            Models = cmd.Models?.Trim() ?? "",
            ProducedFrom = cmd.ProducedFrom,
            ProducedTo = cmd.ProducedTo,
            AffectedUnits = cmd.AffectedUnits!.Value,
            Incident = cmd.Incident,
            Description = cmd.Description.Trim(),
            KnownAt = cmd.KnownAt.Value,
            ReportedAt = reportedAt,
            ReportedOn = reportedOn,
            DueOn = due.On,
            DueRule = due.Rule,
            Late = reportedOn > due.On,
            CreatedAt = now,
            CreatedBy = a.ShownName,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.DefectReports.Add(r);
        await db.SaveChangesAsync(ct); // the id, for the audit and the timeline: both commit with the report
        db.Audit("pq.defect-report.received", "PqDefectReport", RecallSupport.Id(r.Id), null,
            new { r.Number, r.Uscc, r.FirmName, Kind = RecallNames.Of(r.Kind), r.Product, r.AffectedUnits, Incident = RecallNames.Of(r.Incident), r.KnownAt, r.DueOn, r.Late },
            r.DivisionCode);
        support.History("report", r.Id, $"收到{RecallNames.Of(r.Kind)}缺陷报告（{RecallNames.Of(r.Incident)}）：{r.Product}，涉及 {RecallSupport.N(r.AffectedUnits)} 件；知悉 {RecallSupport.Local(r.KnownAt)}，应于 {due.On:yyyy-MM-dd} 前报告（{due.Rule}）{(r.Late ? "，逾期报告" : "，按期报告")}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (await GetAsync(r.Id, ct))!;
    }

    public async Task<DefectReportView?> GetAsync(long id, CancellationToken ct)
    {
        var r = await db.DefectReports.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return null;
        return new DefectReportView(r.Id, r.Number, RecallNames.Of(r.Kind), RecallNames.Of(r.Status), r.Uscc, r.FirmName, r.Registered, r.DivisionCode, r.OrgUnitName,
            r.Category, r.Product, r.Models, r.ProducedFrom, r.ProducedTo, r.AffectedUnits, RecallNames.Of(r.Incident), r.Description, r.KnownAt, r.ReportedAt,
            r.DueOn, r.DueRule, r.Late, r.InvestigationId, await support.HistoryAsync("report", r.Id, ct));
    }

    /// <summary>Reports, newest first; <paramref name="late"/> true = 逾期报告 only; a malformed division filter is ignored.</summary>
    public async Task<RecallPage<DefectReportRow>> ListAsync(ProductKind? kind, DefectReportStatus? status, bool? late, string? division, string? q,
        int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        page = Math.Clamp(page, 1, 100_000);
        var query = db.DefectReports.AsNoTracking();
        if (kind is not null) query = query.Where(r => r.Kind == kind);
        if (status is not null) query = query.Where(r => r.Status == status);
        if (late is { } l) query = query.Where(r => r.Late == l);
        if (!string.IsNullOrWhiteSpace(division) && DivisionTable.IsWellFormed(division.Trim()))
        {
            var prefix = DivisionTable.ScopePrefix(division.Trim());
            query = query.Where(r => r.DivisionCode.StartsWith(prefix));
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            query = query.Where(r => r.Number.Contains(t) || r.FirmName.Contains(t) || r.Product.Contains(t) || r.Uscc == t);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.ReportedAt).ThenByDescending(r => r.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new RecallPage<DefectReportRow>([.. rows.Select(r => new DefectReportRow(r.Id, r.Number, RecallNames.Of(r.Kind), r.FirmName, r.Category, r.Product,
            r.AffectedUnits, RecallNames.Of(r.Incident), r.KnownAt, r.ReportedAt, r.DueOn, r.Late, RecallNames.Of(r.Status)))], total, page, size);
    }
}
