using Microsoft.EntityFrameworkCore;
using Zhijian.Drugs.Data;
using Zhijian.Drugs.Domain.Licences;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.Drugs.Features.Licences;

/// <summary>
/// 医疗器械经营企业年度自查报告: each device business (class III licensed or class II filed) reports on the past year by 31 March
/// (drugs.device-self-report-due). Filed by the business's system (API scope drugs.adr) or entered by bureau staff from a paper report;
/// a report after the due day is kept and marked late. The year's list shows the late and the missing ones.
/// </summary>
internal sealed class SelfReports(DrugsDbContext db, ActorContext actor, DrugLicenceRules rules, TimeProvider clock)
{
    internal static Func<SelfInspectionReport, SelfReportRow> Row(string businessName) => r =>
        new(r.Id, r.BusinessId, businessName, r.DivisionCode, r.Year, r.SubmittedOn, r.DueOn, r.Late, r.Summary, r.ProblemsFound);

    public async Task<Result<SelfReportRow>> SubmitAsync(SelfReportInput cmd, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var today = clock.Today();
        DrugBusiness? b = null;
        if (cmd.BusinessId is { } id) b = await db.Businesses.SingleOrDefaultAsync(x => x.Id == id, ct);
        else if (!string.IsNullOrWhiteSpace(cmd.BusinessUscc))
        {
            var u = cmd.BusinessUscc.Trim().ToUpperInvariant();
            b = await db.Businesses.Where(x => x.Uscc == u && (x.Kind == DrugBusinessKind.DeviceClassIII || x.Kind == DrugBusinessKind.DeviceClassII)).OrderBy(x => x.Id).FirstOrDefaultAsync(ct);
        }

        if (b is null) errors.Add(cmd.BusinessId is null ? "businessUscc" : "businessId", "报告企业未登记为医疗器械经营企业（或不在您的管辖范围内）");
        else if (!DrugBusinessNames.IsDevice(b.Kind)) errors.Add("businessId", $"{DrugBusinessNames.Of(b.Kind)}不报送医疗器械经营年度自查报告");
        var submitted = cmd.SubmittedOn ?? today;
        if (submitted > today) errors.Add("submittedOn", $"提交日期（{submitted:yyyy-MM-dd}）不能晚于今天");
        if (cmd.Year is not { } year) errors.Add("year", "应填写自查年度");
        else if (year < 2000 || year >= submitted.Year) errors.Add("year", $"自查年度应为已结束的年度（{submitted.Year - 1} 年或以前）");
        errors.Require("summary", cmd.Summary, "自查情况", 2000);
        if (errors.Count > 0) return Result<SelfReportRow>.Invalid(errors.ToDictionary());
        if (await db.SelfReports.AnyAsync(r => r.BusinessId == b!.Id && r.Year == cmd.Year, ct))
            return Result<SelfReportRow>.Conflict("year", $"“{b!.Name}”{cmd.Year} 年度自查报告已提交");
        var due = rules.SelfReportDue(cmd.Year!.Value);
        var r = new SelfInspectionReport
        {
            BusinessId = b!.Id,
            Year = cmd.Year.Value,
            SubmittedOn = submitted,
            DueOn = due,
            Late = submitted > due,
            Summary = cmd.Summary!.Trim(),
            ProblemsFound = cmd.ProblemsFound ?? false,
            DivisionCode = b.DivisionCode,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = actor.Current.ShownName,
        };
        db.SelfReports.Add(r);
        db.Audit("drugs.self-report.submitted", "DrugBusiness", b.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            new { r.Year, r.SubmittedOn, r.Late }, r.DivisionCode);
        await db.SaveChangesAsync(ct);
        return Row(b.Name)(r);
    }

    /// <summary>
    /// The reports of <paramref name="year"/> (default: the latest year already due): how many device businesses were due (active, licensed or
    /// filed before the due day), on time, late and missing, with the outstanding ones (late or missing) listed.
    /// </summary>
    public async Task<SelfReportYear> YearAsync(int? year, string? division, CancellationToken ct)
    {
        var today = clock.Today();
        var y = year is { } yy and >= 2000 and <= 9999 ? yy : rules.LastDueYear(today);
        var due = rules.SelfReportDue(y);
        var query = DueBusinesses(y);
        if (DivisionTable.IsWellFormed(division)) query = query.Where(b => b.DivisionCode.StartsWith(division!));
        var rows = await query.OrderBy(b => b.DivisionCode).ThenBy(b => b.Name)
            .Select(b => new { b.Id, b.Name, b.Uscc, b.Kind, b.DivisionCode, Submitted = db.SelfReports.Where(r => r.BusinessId == b.Id && r.Year == y).Select(r => (DateOnly?)r.SubmittedOn).FirstOrDefault() })
            .ToListAsync(ct);
        var outstanding = rows.Where(r => r.Submitted is null || r.Submitted > due)
            .Select(r => new MissingReportRow(r.Id, r.Name, r.Uscc, DrugBusinessNames.Of(r.Kind), r.DivisionCode, LicenceBook.DivisionName(r.DivisionCode), due, r.Submitted)).ToList();
        return new SelfReportYear(y, due, rows.Count, rows.Count(r => r.Submitted <= due), rows.Count(r => r.Submitted > due), rows.Count(r => r.Submitted is null),
            today <= due ? [.. outstanding.Where(o => o.SubmittedOn is not null)] : outstanding);
    }

    /// <summary>Device businesses due to report on <paramref name="year"/>: active, with a valid licence or filing issued in or before that year.</summary>
    internal IQueryable<DrugBusiness> DueBusinesses(int year) => Due(db, year);

    internal static IQueryable<DrugBusiness> Due(DrugsDbContext db, int year)
    {
        var end = new DateOnly(year, 12, 31);
        return
        db.Businesses.AsNoTracking().Where(b => b.Active && (b.Kind == DrugBusinessKind.DeviceClassIII || b.Kind == DrugBusinessKind.DeviceClassII)
            && db.Licences.Any(l => l.BusinessId == b.Id && l.Kind != DrugLicenceKind.DrugOperation && l.IssuedOn <= end && l.Status == DrugLicenceStatus.Valid));
    }
}
