using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain;
using Zhijian.FoodSafety.Domain.Grading;
using Zhijian.FoodSafety.Domain.Licences;
using Zhijian.FoodSafety.Features.Licences;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Businesses;

/// <summary>
/// 食品生产经营者列表的筛选: 业态, 风险等级 (A–D, or "未分级"), 属地 (a division subtree), 食堂类别, and a text that matches the name
/// (fragment), the USCC or a licence number (prefix).
/// </summary>
internal sealed record BusinessFilter(FoodBusinessType? Type = null, string? Grade = null, string? Division = null, CanteenKind? Canteen = null,
    string? Q = null, bool IncludeInactive = false, int Page = 1, int PageSize = 20);

internal sealed record BusinessRow(long Id, string Uscc, string Name, FoodBusinessType Type, string TypeName, CanteenKind Canteen, string CanteenName,
    string Premises, string DivisionCode, string DivisionName, string? Grade, decimal? GradeScore, DateTimeOffset? GradedAt, bool Active, int Licences);

internal sealed record GradeView(string Grade, string? PreviousGrade, decimal Score, string ModelVersion, DateOnly GradedOn, IReadOnlyList<FoodRiskLine> Lines);

internal sealed record BusinessProfile(BusinessRow Business, FoodBusinessScale Scale, string ScaleName, IReadOnlyList<LicenceDetail> Licences,
    GradeView? CurrentGrade, IReadOnlyList<GradeView> GradeHistory);

/// <summary>食品生产经营者: the list (paged and filtered in the database) and the profile.</summary>
internal sealed class FoodBusinesses(FoodSafetyDbContext db, Licences.Licences licences, DivisionTable divisions)
{
    public const string Ungraded = "未分级";

    public async Task<FoodPage<BusinessRow>> ListAsync(BusinessFilter f, CancellationToken ct)
    {
        var q = db.Businesses.AsNoTracking();
        if (!f.IncludeInactive) q = q.Where(b => b.Active);
        if (f.Type is { } type) q = q.Where(b => b.Type == type);
        if (f.Canteen is { } canteen) q = q.Where(b => b.Canteen == canteen);
        if (f.Grade is { Length: > 0 } grade)
        {
            var g = grade.ToUpperInvariant();
            q = grade == Ungraded ? q.Where(b => b.Grade == null) : q.Where(b => b.Grade == g);
        }
        if (f.Division is { Length: > 0 } division && DivisionTable.IsWellFormed(division))
        {
            var prefix = DivisionTable.ScopePrefix(division);
            q = q.Where(b => b.DivisionCode.StartsWith(prefix));
        }

        if (f.Q?.Trim() is { Length: > 0 } text)
        {
            var upper = text.ToUpperInvariant();
            q = q.Where(b => b.Name.Contains(text) || b.Uscc.StartsWith(upper) || db.Licences.Any(l => l.BusinessId == b.Id && l.Number.StartsWith(upper)));
        }

        var page = Math.Max(f.Page, 1);
        var size = Math.Clamp(f.PageSize, 1, 200);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(b => b.DivisionCode).ThenBy(b => b.Name).ThenBy(b => b.Id).Skip(Paging.Skip(page, size)).Take(size)
            .Select(b => new { b, N = db.Licences.Count(l => l.BusinessId == b.Id && l.Status == FoodLicenceStatus.Valid) }).ToListAsync(ct);
        return new(total, page, size, rows.Select(r => Row(r.b, r.N)).ToList());
    }

    public async Task<BusinessProfile?> ProfileAsync(long id, CancellationToken ct)
    {
        if (await db.Businesses.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) is not { } b) return null;
        var ids = await db.Licences.AsNoTracking().Where(l => l.BusinessId == id).OrderByDescending(l => l.IssuedOn).Select(l => l.Id).ToListAsync(ct);
        var details = new List<LicenceDetail>();
        foreach (var lid in ids)
        {
            if (await licences.DetailAsync(lid, ct) is { } d) details.Add(d);
        }

        var grades = await db.Grades.AsNoTracking().Where(g => g.BusinessId == id).OrderByDescending(g => g.GradedAt).ThenByDescending(g => g.Id).Take(50).ToListAsync(ct);
        var views = grades.Select(g => new GradeView(g.Grade, g.PreviousGrade, g.Score, g.ModelVersion, g.GradedOn, FoodRiskResult.ReadLines(g.Factors))).ToList();
        return new(Row(b, details.Count(d => d.Licence.Status == FoodLicenceStatus.Valid)), b.Scale, FoodRiskScorer.ScaleName(b.Scale), details,
            views.FirstOrDefault(), views);
    }

    private BusinessRow Row(FoodBusiness b, int licenceCount) =>
        new(b.Id, b.Uscc, b.Name, b.Type, FoodLicenceNumber.BusinessTypeName(b.Type), b.Canteen, FoodRiskScorer.CanteenName(b.Canteen), b.Premises,
            b.DivisionCode, divisions.FullName(b.DivisionCode), b.Grade, b.GradeScore, b.GradedAt, b.Active, licenceCount);
}
