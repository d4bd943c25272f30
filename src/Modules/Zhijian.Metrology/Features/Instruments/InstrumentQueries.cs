using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zhijian.Metrology.Data;
using Zhijian.Metrology.Domain.Instruments;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Privacy;
using Zhijian.Platform.Web;

namespace Zhijian.Metrology.Features.Instruments;

/// <summary>
/// Reads of the 强检 register: the paged, filtered list with its work views (due-soon within metro.warn-days, overdue, failed in
/// use, unverified, fixed-life due for replacement this quarter) — in SQL over the stored due date, scoped by the caller's
/// jurisdiction; the detail with its verifications; the public quarterly replacement list per county (M5); the catalogue.
/// </summary>
internal sealed class InstrumentQueries(MetrologyDbContext db, InstrumentRules rules, TimeProvider clock)
{
    public static readonly IReadOnlyDictionary<InstrumentStatus, string> StatusNames = new Dictionary<InstrumentStatus, string>
    {
        [InstrumentStatus.InUse] = "在用",
        [InstrumentStatus.Stopped] = "停用",
        [InstrumentStatus.Scrapped] = "报废",
    };

    public static string NameOf(InstrumentStatus s) => StatusNames.GetValueOrDefault(s, "");

    public static readonly (string Value, string Name)[] Views =
        [("due-soon", "即将到期"), ("overdue", "已超期"), ("failed", "不合格仍在用"), ("unverified", "未检定"), ("replace", "本季度到期轮换")];

    public async Task<InstrumentPage<InstrumentRow>> ListAsync(InstrumentFilter f, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var today = clock.Today();
        var warn = rules.WarnDays(today);
        var query = Filter(db.Instruments.AsNoTracking(), f, today, warn);
        var total = await query.CountAsync(ct);
        var ordered = f.View is "due-soon" or "overdue" or "replace"
            ? query.OrderBy(i => i.DueOn).ThenBy(i => i.Id)
            : query.OrderByDescending(i => i.Id);
        var rows = await ordered.Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new InstrumentPage<InstrumentRow>([.. rows.Select(i => Row(i, today, warn))], total, Math.Max(page, 1), size);
    }

    internal static IQueryable<Instrument> Filter(IQueryable<Instrument> query, InstrumentFilter f, DateOnly today, int warnDays)
    {
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var t = f.Q.Trim();
            var upper = t.ToUpperInvariant();
            query = query.Where(i => i.SerialNo.StartsWith(t) || i.OwnerUscc == upper || (!i.Household && i.OwnerName.Contains(t)) || i.Address.Contains(t));
        }

        if (InstrumentCatalog.Resolve(f.Kind) is { } kind) query = query.Where(i => i.KindCode == kind.Code);
        if (!string.IsNullOrWhiteSpace(f.Division) && DivisionTable.IsWellFormed(f.Division.Trim()))
        {
            var d = f.Division.Trim();
            if (d.Length == 6 && !d.EndsWith("00", StringComparison.Ordinal)) query = query.Where(i => i.County == d);
            else
            {
                var prefix = DivisionTable.ScopePrefix(d);
                query = query.Where(i => i.DivisionCode.StartsWith(prefix));
            }
        }

        if (StatusNames.FirstOrDefault(s => s.Value == f.Status?.Trim()) is { Value: not null } st) query = query.Where(i => i.Status == st.Key);
        var soon = today.AddDays(warnDays);
        var (qFrom, qTo) = Quarter(today);
        return f.View switch
        {
            "due-soon" => query.Where(i => i.Status == InstrumentStatus.InUse && i.LastPassed != false && i.DueOn >= today && i.DueOn <= soon),
            "overdue" => query.Where(i => i.Status == InstrumentStatus.InUse && i.LastPassed != false && i.DueOn < today),
            "failed" => query.Where(i => i.Status == InstrumentStatus.InUse && i.LastPassed == false),
            "unverified" => query.Where(i => i.Status == InstrumentStatus.InUse && i.FirstVerifiedOn == null),
            "replace" => query.Where(i => i.Status == InstrumentStatus.InUse && i.Mode == VerificationMode.FixedLife && i.DueOn >= qFrom && i.DueOn <= qTo),
            _ => query,
        };
    }

    public async Task<InstrumentView?> GetAsync(long id, CancellationToken ct)
    {
        var i = await db.Instruments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (i is null) return null;
        var today = clock.Today();
        var warn = rules.WarnDays(today);
        var verifications = await db.Verifications.AsNoTracking().Where(v => v.InstrumentId == id).OrderByDescending(v => v.VerifiedOn).ThenByDescending(v => v.Id)
            .Take(100).ToListAsync(ct);
        var kind = InstrumentCatalog.Find(i.KindCode);
        var state = DueDates.State(i.DueOn, i.FirstVerifiedOn is not null, i.LastPassed, i.Mode, today, warn);
        return new InstrumentView(i.Id, i.KindCode, kind?.Name ?? i.KindCode, kind is null ? "" : InstrumentCatalog.NameOf(kind.Use), InstrumentCatalog.NameOf(i.Mode),
            i.Size, i.Model, i.SerialNo, i.Maker, i.OwnerUscc, OwnerShown(i), i.Household, i.DivisionCode, DivisionTable.Default.FullName(i.DivisionCode), i.Address,
            i.FiledOn, i.FirstVerifiedOn, i.LastVerifiedOn, i.LastPassed is { } p ? (p ? "合格" : "不合格") : null, i.LastCertificateNo, i.DueOn, DueLabel(i.Mode),
            DueDates.NameOf(state), NameOf(i.Status), i.StatusOn, i.ReplacedOn, i.ClueSentFor is not null, [.. verifications.Select(View)]);
    }

    internal static VerificationView View(Verification v) => new(v.Id, v.InstrumentId, v.BodyName, v.VerifiedOn, v.Passed ? "合格" : "不合格", v.CertificateNo,
        v.NextDueOn, v.DueBefore, v.OnTime, v.RequestedOn, v.PromisedOn, v.Late,
        v.Late ? $"超过承诺检定日期 {v.PromisedOn:yyyy-MM-dd}，依法应免费检定" : null);

    /// <summary>
    /// 到期轮换表具公示 (M5): in-use fixed-life instruments of <paramref name="county"/> whose replace-by date falls in the quarter
    /// ("2026Q3"; default the current one). No personal names: a household shows as 居民用户 and its address down to the street.
    /// </summary>
    public async Task<PublicReplacementList?> ReplacementsAsync(string? county, string? quarter, int page, int size, CancellationToken ct)
    {
        var c = county?.Trim();
        if (c is null || c.Length != 6 || !DivisionTable.IsWellFormed(c) || !DivisionTable.Default.IsKnown(c)) return null;
        var today = clock.Today();
        var (from, to, label) = ParseQuarter(quarter, today) ?? (Quarter(today).From, Quarter(today).To, QuarterLabel(today));
        size = Math.Clamp(size, 1, 200);
        var query = db.Instruments.AsNoTracking().IgnoreQueryFilters()
            .Where(i => i.County == c && i.Status == InstrumentStatus.InUse && i.Mode == VerificationMode.FixedLife && i.DueOn >= from && i.DueOn <= to);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(i => i.DueOn).ThenBy(i => i.Id).Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new PublicReplacementList(c, DivisionTable.Default.FullName(c), label, from, to, total,
            [.. rows.Select(i => new PublicReplacement(i.Household ? "居民用户" : i.OwnerName, i.Household ? StreetLevel(i.Address) : i.Address,
                InstrumentCatalog.NameOf(i.KindCode), i.Size is { } s ? $"DN{s}" : null, i.SerialNo, i.DueOn!.Value))]);
    }

    public static IReadOnlyList<KindView> Kinds(Func<string, int> months) =>
    [
        .. InstrumentCatalog.All.Select(k => new KindView(k.Code, k.Name, InstrumentCatalog.NameOf(k.Use), InstrumentCatalog.NameOf(k.Mode), k.SizeLabel,
            k.SizeBands is { } bands
                ? [.. bands.Select(b => new KindRuleView(b.MaxSize is { } m ? $"DN≤{m}" : "更大口径", InstrumentCatalog.NameOf(b.Mode), b.RuleKey, months(b.RuleKey)))]
                : k.RuleKey is { } key ? [new KindRuleView(null, InstrumentCatalog.NameOf(k.Mode), key, months(key))] : [])),
    ];

    /// <summary>The address down to the street or road (cut after the first 路/街/道/巷/村 that follows the district); house numbers left out.</summary>
    internal static string StreetLevel(string address)
    {
        var start = Math.Max(address.LastIndexOf('区'), address.LastIndexOf('县'));
        var best = -1;
        var length = 0;
        foreach (var mark in new[] { "大街", "路", "街", "道", "巷", "村" })
        {
            var i = address.IndexOf(mark, start + 1, StringComparison.Ordinal);
            if (i > start && (best < 0 || i < best))
            {
                best = i;
                length = mark.Length;
            }
        }

        if (best > 0) return address[..(best + length)];
        return start > 0 ? address[..(start + 1)] : "（地址略）";
    }

    public static (DateOnly From, DateOnly To) Quarter(DateOnly d)
    {
        var first = new DateOnly(d.Year, ((d.Month - 1) / 3 * 3) + 1, 1);
        return (first, first.AddMonths(3).AddDays(-1));
    }

    public static string QuarterLabel(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year}Q{((d.Month - 1) / 3) + 1}");

    /// <summary>"2026Q3" (or "2026-3", "2026q3") → its days; null when malformed.</summary>
    internal static (DateOnly From, DateOnly To, string Label)? ParseQuarter(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().ToUpperInvariant().Replace('-', 'Q');
        var parts = t.Split('Q');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 2000 || y > today.Year + 20
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var q) || q < 1 || q > 4)
            return null;
        var (from, to) = Quarter(new DateOnly(y, (q * 3) - 2, 1));
        return (from, to, QuarterLabel(from));
    }

    internal static string DueLabel(VerificationMode mode) => mode switch
    {
        VerificationMode.FixedLife => "到期轮换日期",
        VerificationMode.Periodic => "下次检定日期",
        _ => "失准报废",
    };

    internal static string OwnerShown(Instrument i) => i.Household ? $"居民用户 {Masks.Name(i.OwnerName)}" : i.OwnerName;

    private static InstrumentRow Row(Instrument i, DateOnly today, int warn) => new(i.Id, i.KindCode, InstrumentCatalog.NameOf(i.KindCode),
        i.Size is { } s ? $"DN{s}" : null, i.SerialNo, OwnerShown(i), i.Address, DivisionTable.Default.Find(i.DivisionCode)?.Name ?? i.DivisionCode, NameOf(i.Status),
        i.FirstVerifiedOn, i.LastVerifiedOn, i.DueOn, DueLabel(i.Mode), DueDates.NameOf(DueDates.State(i.DueOn, i.FirstVerifiedOn is not null, i.LastPassed, i.Mode, today, warn)));
}
