using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Web;
using Zhijian.ProductQuality.Data;
using Zhijian.ProductQuality.Domain.Recalls;

namespace Zhijian.ProductQuality.Features.Recalls;

/// <summary>The firm a record is about: registry-checked when its USCC is on record, else by name and division (out-of-area).</summary>
/// <summary>
/// The firm a record is about. <see cref="DivisionCode"/> is the record's 属地 (the firm's division when registered; for an
/// out-of-area firm the receiving bureau's, so the bureau that handles it sees it); <see cref="FirmDivisionCode"/> the firm's own.
/// </summary>
internal sealed record FirmRef(string? Uscc, string Name, string DivisionCode, string FirmDivisionCode, bool Registered, int OrgUnitId, string OrgUnitName);

/// <summary>What reports, investigations and recalls share: who may work, the firm, numbers, the timeline, words for dates.</summary>
internal sealed class RecallSupport(QualityDbContext db, ActorContext actor, IEntityDirectory entities, OrgUnitDirectory units, TimeProvider clock)
{
    public Actor Actor => actor.Current;

    public static bool CanWork(Actor a) =>
        a.IsInRole(Roles.Inspector) || QualityAccess.CanAdminister(a) || (a.IsApiClient && a.HasScope(QualityAccess.RecallScope));

    /// <summary>Resolves the firm, adding field errors (uscc, firmName, divisionCode) when it cannot.</summary>
    public async Task<FirmRef?> FirmAsync(string? uscc, string? name, string? division, FieldErrors errors, CancellationToken ct)
    {
        var code = uscc?.Trim().ToUpperInvariant() ?? "";
        EntitySummary? entity = null;
        if (code.Length > 0)
        {
            if (!Uscc.IsValid(code))
            {
                errors.Add("uscc", $"统一社会信用代码“{code}”不正确（18 位，校验码应符合 GB 32100）");
                return null;
            }

            entity = await entities.FindAsync(code, ct);
        }

        string firm, div;
        if (entity is not null)
        {
            firm = entity.Name;
            div = entity.DivisionCode;
        }
        else
        {
            firm = name?.Trim() ?? "";
            div = division?.Trim() ?? "";
            var before = errors.Count;
            if (firm.Length == 0)
                errors.Add("firmName", code.Length > 0 ? $"统一社会信用代码“{code}”不在本地市场主体库中：请填写企业名称和所在地行政区划（外地企业）" : "企业名称不能为空（或填写统一社会信用代码）");
            else if (firm.Length > 200) errors.Add("firmName", "企业名称不能超过 200 个字符");
            if (!DivisionTable.IsWellFormed(div) || DivisionTable.Default.Find(div) is null)
                errors.Add("divisionCode", div.Length == 0 ? "企业所在地行政区划代码不能为空" : $"行政区划代码“{div}”不存在（应为 6 位 GB/T 2260 代码）");
            if (errors.Count > before) return null;
        }

        var a = actor.Current;
        var unit = a.OrgUnitId is { } uid ? await units.FindAsync(uid, ct) : await units.BureauForAsync(div, ct);
        var home = entity is not null || unit is null || string.IsNullOrEmpty(unit.DivisionCode) ? div : unit.DivisionCode;
        return new FirmRef(code.Length > 0 ? code : null, firm, home, div, entity is not null, unit?.Id ?? 0, unit?.Name ?? a.OrgUnitName ?? "");
    }

    /// <summary>The next number of <paramref name="prefix"/> + year (QXBG2026000001 …), across jurisdictions.</summary>
    public async Task<string> NextNumberAsync(string prefix, IQueryable<string> numbers, CancellationToken ct)
    {
        var p = string.Create(CultureInfo.InvariantCulture, $"{prefix}{clock.Today().Year}");
        var last = await numbers.Where(n => n.StartsWith(p)).OrderByDescending(n => n).FirstOrDefaultAsync(ct);
        var seq = last is null ? 1 : int.Parse(last[p.Length..], CultureInfo.InvariantCulture) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{p}{seq:D6}");
    }

    public void History(string subject, long id, string text) =>
        db.RecallEvents.Add(new RecallEvent { Subject = subject, SubjectId = id, At = clock.GetUtcNow(), Actor = actor.Current.ShownName, Text = text });

    public async Task<IReadOnlyList<RecallHistoryEntry>> HistoryAsync(string subject, long id, CancellationToken ct) =>
        [.. (await db.RecallEvents.AsNoTracking().Where(e => e.Subject == subject && e.SubjectId == id).OrderBy(e => e.Id).ToListAsync(ct))
            .Select(e => new RecallHistoryEntry(e.At, e.Actor, e.Text))];

    public static string D(DateOnly? d) => d is { } x ? x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "—";

    public static string Local(DateTimeOffset t) => t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    public static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
