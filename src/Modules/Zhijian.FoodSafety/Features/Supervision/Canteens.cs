using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Supervision;

/// <summary>明厨亮灶的方式.</summary>
internal static class KitchenModes
{
    public const string Glass = "透明玻璃";
    public const string Video = "视频";
    public const string Both = "透明+视频";

    public static readonly IReadOnlyList<string> All = [Glass, Video, Both];
}

/// <summary>更新明厨亮灶状态: on/off, the mode, since when.</summary>
internal sealed record UpdateKitchen(bool TransparentKitchen, string? Mode, DateOnly? Since);

internal sealed record CanteenRow(long Id, string Uscc, string Name, string KindName, string DivisionCode, string DivisionName, bool TransparentKitchen, string? Mode, DateOnly? Since);

internal sealed record CanteenPage(int Total, int Page, int Size, IReadOnlyList<CanteenRow> Items);

internal sealed record CanteenCoverage(string DivisionCode, string DivisionName, int Canteens, int Transparent);

/// <summary>A canteen as the portal shows it (no personal data: the canteen's name, kind, county, mode and since when).</summary>
internal sealed record PublicCanteen(string Name, string KindName, string DivisionName, string Mode, DateOnly? Since);

/// <summary>
/// 明厨亮灶 of school and nursery canteens (学校、托幼机构食堂): the list with their status, updates by inspectors (audited),
/// coverage per county, and the public list of those that have it.
/// </summary>
internal sealed class Canteens(FoodSafetyDbContext db, ActorContext actor, TimeProvider clock)
{
    private static readonly CanteenKind[] Counted = [CanteenKind.School, CanteenKind.Nursery];

    private IQueryable<FoodBusiness> Scope() =>
        db.Businesses.AsNoTracking().Visible(actor.Current.Jurisdiction).Where(b => b.Active && Counted.Contains(b.Canteen));

    public async Task<CanteenPage> ListAsync(string? q, string? division, bool? transparent, int page, int size, CancellationToken ct)
    {
        var query = Scope();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var (text, upper) = (q.Trim(), q.Trim().ToUpperInvariant());
            query = query.Where(b => b.Name.Contains(text) || b.Uscc == upper);
        }

        if (!string.IsNullOrWhiteSpace(division)) query = query.Where(b => b.DivisionCode.StartsWith(division.Trim()));
        if (transparent is { } t) query = query.Where(b => b.TransparentKitchen == t);
        size = Math.Clamp(size, 1, 200);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(b => b.TransparentKitchen).ThenBy(b => b.DivisionCode).ThenBy(b => b.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new CanteenPage(total, Math.Max(page, 1), size, [.. rows.Select(b => new CanteenRow(b.Id, b.Uscc, b.Name, KindName(b.Canteen), b.DivisionCode,
            DivisionName(b.DivisionCode), b.TransparentKitchen, b.TransparentKitchenMode, b.TransparentKitchenSince))]);
    }

    /// <summary>Coverage per county (first six digits), counted in the database.</summary>
    public async Task<IReadOnlyList<CanteenCoverage>> CoverageAsync(CancellationToken ct)
    {
        var rows = await Scope().GroupBy(b => b.DivisionCode.Substring(0, 6))
            .Select(g => new { g.Key, N = g.Count(), T = g.Count(b => b.TransparentKitchen) }).ToListAsync(ct);
        return [.. rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new CanteenCoverage(r.Key, DivisionName(r.Key), r.N, r.T))];
    }

    public async Task<Result<CanteenRow>> UpdateAsync(long id, UpdateKitchen cmd, CancellationToken ct)
    {
        if (!InspectionRecords.CanWork(actor.Current)) return Result<CanteenRow>.Forbidden("明厨亮灶状态由执法检查人员现场核实后登记");
        var e = new FieldErrors();
        if (cmd.TransparentKitchen)
        {
            if (string.IsNullOrWhiteSpace(cmd.Mode) || !KitchenModes.All.Contains(cmd.Mode.Trim())) e.Add("mode", "请选择明厨亮灶方式：透明玻璃、视频或透明+视频");
            if (cmd.Since is null) e.Add("since", "请填写实施明厨亮灶的日期");
            else if (cmd.Since > clock.Today()) e.Add("since", "实施日期不能晚于今天");
        }

        if (e.Count > 0) return Result<CanteenRow>.Invalid(e.ToDictionary());
        var b = await db.Businesses.Visible(actor.Current.Jurisdiction).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (b is null) return Result<CanteenRow>.NotFound($"食品生产经营者 {id} 不存在或不在您的管辖范围内");
        if (b.Type != FoodBusinessType.Canteen && b.Canteen == CanteenKind.None)
            return Result<CanteenRow>.Invalid("id", $"“{b.Name}”不是单位食堂或餐饮服务单位，不登记明厨亮灶");
        var before = new { b.TransparentKitchen, b.TransparentKitchenMode, b.TransparentKitchenSince };
        b.TransparentKitchen = cmd.TransparentKitchen;
        b.TransparentKitchenMode = cmd.TransparentKitchen ? cmd.Mode!.Trim() : null;
        b.TransparentKitchenSince = cmd.TransparentKitchen ? cmd.Since : null;
        b.UpdatedAt = clock.GetUtcNow();
        db.Audit("food.kitchen.updated", "FoodBusiness", b.Uscc, before, new { b.TransparentKitchen, b.TransparentKitchenMode, b.TransparentKitchenSince }, b.DivisionCode);
        await db.SaveChangesAsync(ct);
        return new CanteenRow(b.Id, b.Uscc, b.Name, KindName(b.Canteen), b.DivisionCode, DivisionName(b.DivisionCode), b.TransparentKitchen, b.TransparentKitchenMode, b.TransparentKitchenSince);
    }

    /// <summary>The canteens with 明厨亮灶, for the portal (the caller is the public actor), by county then name.</summary>
    public async Task<IReadOnlyList<PublicCanteen>> PublicAsync(string? division, CancellationToken ct)
    {
        actor.UsePublic();
        var q = Scope().Where(b => b.TransparentKitchen);
        if (!string.IsNullOrWhiteSpace(division)) q = q.Where(b => b.DivisionCode.StartsWith(division.Trim()));
        var rows = await q.OrderBy(b => b.DivisionCode).ThenBy(b => b.Name).Take(5000)
            .Select(b => new { b.Name, b.Canteen, b.DivisionCode, b.TransparentKitchenMode, b.TransparentKitchenSince }).ToListAsync(ct);
        return [.. rows.Select(b => new PublicCanteen(b.Name, KindName(b.Canteen), DivisionName(b.DivisionCode[..Math.Min(6, b.DivisionCode.Length)]), b.TransparentKitchenMode ?? "", b.TransparentKitchenSince))];
    }

    public static string KindName(CanteenKind k) => k switch
    {
        CanteenKind.School => "学校食堂",
        CanteenKind.Nursery => "托幼机构食堂",
        CanteenKind.ElderlyCare => "养老机构食堂",
        CanteenKind.Hospital => "医疗机构食堂",
        CanteenKind.Workplace => "机关企事业单位食堂",
        CanteenKind.ConstructionSite => "建筑工地食堂",
        _ => "—",
    };

    public static string DivisionName(string code) => DivisionTable.Default.Find(code)?.Name ?? code;
}
