using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Web;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.SpecialEquipment.Domain.Safety;

namespace Zhijian.SpecialEquipment.Features.Hazards;

/// <summary>
/// 隐患 lists (filtered and paged in the database; tab = open 待整改/整改中 | overdue 逾期 | review 待复查 | closed 已销号 | major
/// 重大隐患 not yet closed) and a hazard in full with its timeline.
/// </summary>
internal sealed class HazardQueries(EquipmentDbContext db, TimeProvider clock)
{
    public static readonly IReadOnlyList<(string Code, string Name)> Tabs =
        [("open", "待整改/整改中"), ("overdue", "逾期"), ("review", "待复查"), ("closed", "已销号"), ("major", "重大隐患")];

    public async Task<HazardList> ListAsync(string? tab, string? division, EquipmentCategory? category, string? source, string? code, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var today = clock.Today();
        var q = db.Hazards.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(division) && DivisionTable.IsWellFormed(division.Trim()))
        {
            var prefix = DivisionTable.ScopePrefix(division.Trim());
            q = q.Where(h => h.DivisionCode.StartsWith(prefix));
        }

        if (category is not null) q = q.Where(h => h.Category == category);
        if (!string.IsNullOrWhiteSpace(source)) q = q.Where(h => h.Source == source.Trim());
        if (!string.IsNullOrWhiteSpace(code))
        {
            var c = code.Trim().ToUpperInvariant();
            q = q.Where(h => h.EquipmentCode == c || h.Number == c);
        }

        q = tab switch
        {
            "open" => q.Where(h => h.Status == HazardStatus.Open || h.Status == HazardStatus.Rectifying).OrderBy(h => h.DeadlineOn).ThenBy(h => h.Id),
            "overdue" => q.Where(h => (h.Status == HazardStatus.Open || h.Status == HazardStatus.Rectifying) && h.DeadlineOn < today).OrderBy(h => h.DeadlineOn).ThenBy(h => h.Id),
            "review" => q.Where(h => h.Status == HazardStatus.Rectified).OrderBy(h => h.ReviewDueOn).ThenBy(h => h.Id),
            "closed" => q.Where(h => h.Status == HazardStatus.Closed).OrderByDescending(h => h.ClosedOn).ThenByDescending(h => h.Id),
            "major" => q.Where(h => h.Grade == HazardGrade.Major && h.Status != HazardStatus.Closed).OrderBy(h => h.DeadlineOn).ThenBy(h => h.Id),
            _ => q.OrderByDescending(h => h.FoundOn).ThenByDescending(h => h.Id),
        };
        var total = await q.CountAsync(ct);
        var rows = await q.Skip(Paging.Skip(page, size)).Take(size)
            .Select(h => new { h.Id, h.Number, h.EquipmentCode, h.Category, h.UserName, h.Kind, h.Grade, h.Source, h.FoundOn, h.DeadlineOn, h.Status, h.DivisionCode })
            .ToListAsync(ct);
        return new HazardList([.. rows.Select(h => new HazardRow(h.Id, h.Number, h.EquipmentCode, EquipmentCatalog.NameOf(h.Category), h.UserName,
            HazardKinds.NameOf(h.Kind), SafetyNames.Of(h.Grade), HazardSources.NameOf(h.Source), h.FoundOn, h.DeadlineOn, SafetyNames.Of(h.Status),
            IsOverdue(h.Status, h.DeadlineOn, today), h.DivisionCode))], total, Math.Max(page, 1), size);
    }

    public static bool IsOverdue(HazardStatus status, DateOnly deadline, DateOnly today) =>
        status is HazardStatus.Open or HazardStatus.Rectifying && deadline < today;

    public async Task<HazardView?> GetAsync(long id, CancellationToken ct)
    {
        var h = await db.Hazards.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (h is null) return null;
        var history = await db.HazardEvents.AsNoTracking().Where(e => e.HazardId == id).OrderBy(e => e.Id).Select(e => new SafetyHistoryEntry(e.At, e.Actor, e.Text)).ToListAsync(ct);
        var today = clock.Today();
        IReadOnlyList<string> next = h.Status switch
        {
            HazardStatus.Open => ["notice"],
            HazardStatus.Rectifying => ["rectification"],
            HazardStatus.Rectified => ["review"],
            _ => [],
        };
        return new HazardView(h.Id, h.Number, h.EquipmentId, h.EquipmentCode, EquipmentCatalog.NameOf(h.Category), h.DivisionCode, h.UserUscc, h.UserName,
            HazardSources.NameOf(h.Source), h.SourceReference, h.Kind, HazardKinds.NameOf(h.Kind), h.Description, SafetyNames.Of(h.Grade), h.StopRequired,
            h.FoundOn, h.FoundBy, h.DeadlineOn, h.DeadlineRule, SafetyNames.Of(h.Status), IsOverdue(h.Status, h.DeadlineOn, today), h.Round, h.NoticeNo,
            h.NoticeOn, h.RectifiedOn, h.Measures, h.ReviewDueOn, h.ReviewedOn, h.ReviewedBy, h.ReviewOpinion, h.ClosedOn, h.ClosedOnTime,
            h.ClueRaisedAt is not null, next, history);
    }
}
