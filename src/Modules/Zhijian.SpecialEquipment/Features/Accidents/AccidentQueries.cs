using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Web;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Safety;
using Zhijian.SpecialEquipment.Features.Hazards;

namespace Zhijian.SpecialEquipment.Features.Accidents;

/// <summary>
/// 事故 lists (paged in the database; status = draft | reporting | closed | overdue — a report of the chain past its deadline and
/// not made) and an accident in full with its report chain.
/// </summary>
internal sealed class AccidentQueries(EquipmentDbContext db, TimeProvider clock)
{
    public async Task<AccidentList> ListAsync(string? status, string? division, string? code, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var now = clock.GetUtcNow();
        var q = db.Accidents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(division) && DivisionTable.IsWellFormed(division.Trim()))
        {
            var prefix = DivisionTable.ScopePrefix(division.Trim());
            q = q.Where(a => a.DivisionCode.StartsWith(prefix));
        }

        if (!string.IsNullOrWhiteSpace(code))
        {
            var c = code.Trim().ToUpperInvariant();
            q = q.Where(a => a.EquipmentCode == c || a.Number == c);
        }

        var reports = db.AccidentReports.AsNoTracking();
        q = status switch
        {
            "draft" => q.Where(a => a.Status == AccidentStatus.Draft),
            "reporting" => q.Where(a => a.Status == AccidentStatus.Reporting),
            "closed" => q.Where(a => a.Status == AccidentStatus.Closed || a.Status == AccidentStatus.Dismissed),
            "overdue" => q.Where(a => a.Status == AccidentStatus.Reporting && reports.Any(r => r.AccidentId == a.Id && r.ReportedAt == null && r.DueAt < now)),
            _ => q,
        };
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Skip(Paging.Skip(page, size)).Take(size)
            .Select(a => new { a.Id, a.Number, a.Title, a.EquipmentCode, a.Category, a.UserName, a.OccurredAt, a.Class, a.Deaths, a.Status })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var open = await reports.Where(r => ids.Contains(r.AccidentId) && r.ReportedAt == null).ToListAsync(ct);
        return new AccidentList([.. rows.Select(a =>
        {
            var next = a.Status == AccidentStatus.Reporting ? open.Where(r => r.AccidentId == a.Id).OrderBy(r => r.DueAt).FirstOrDefault() : null;
            var overdue = a.Status == AccidentStatus.Reporting && open.Any(r => r.AccidentId == a.Id && r.DueAt < now);
            return new AccidentRow(a.Id, a.Number, a.Title, a.EquipmentCode, AccidentBook.EquipmentName(a.Category), a.UserName, a.OccurredAt,
                AccidentClassifier.NameOf(a.Class), a.Deaths, SafetyNames.Of(a.Status), next?.DueAt, next?.Route, overdue);
        })], total, Math.Max(page, 1), size);
    }

    public async Task<AccidentView?> GetAsync(long id, CancellationToken ct)
    {
        var a = await db.Accidents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return null;
        var now = clock.GetUtcNow();
        var reports = await db.AccidentReports.AsNoTracking().Where(r => r.AccidentId == id).OrderBy(r => r.Seq).ToListAsync(ct);
        var history = await db.AccidentEvents.AsNoTracking().Where(e => e.AccidentId == id).OrderBy(e => e.Id).Select(e => new SafetyHistoryEntry(e.At, e.Actor, e.Text)).ToListAsync(ct);
        var views = reports.Select(r =>
        {
            var overdue = AccidentDeadlines.Overdue(r, now);
            var state = r.ReportedAt is null ? overdue ? "已超期未报" : "待报告" : overdue ? "超时报告" : "按时报告";
            return new AccidentReportView(r.Id, r.Seq, r.Route, r.DueAt, r.ReportedAt, r.ReportedBy, r.Note, overdue, state);
        }).ToList();
        return new AccidentView(a.Id, a.Number, a.Title, a.EquipmentId, a.EquipmentCode, AccidentBook.EquipmentName(a.Category), a.EquipmentDescription, a.UserUscc,
            a.UserName, a.DivisionCode, a.OccurredAt, a.Place, a.Deaths, a.SeriousInjuries, a.Injuries, a.LossWan, a.StrandedMinutes, a.StrandedPeople,
            a.Description, a.ReporterUnit, (int)a.Class, AccidentClassifier.NameOf(a.Class), a.ClassReason, SafetyNames.Of(a.Status), a.SourceCallNumber,
            a.Conclusion, a.Responsibility, a.Rectification, a.ClosedOn, a.ClueRaisedAt is not null, views, history);
    }
}
