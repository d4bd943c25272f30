using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Codes;
using Zhijian.Platform.Web;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Registry;

namespace Zhijian.SpecialEquipment.Features.Registry;

/// <summary>The 设备台账 filter (all optional): free text over code, registration no., user name/USCC and address.</summary>
internal sealed record EquipmentFilter(string? Q = null, EquipmentCategory? Category = null, string? Variety = null, EquipmentStatus? Status = null,
    string? Division = null, bool? Late = null, bool? Insured = null, string? Due = null);

/// <summary>
/// Reads of the registry: the paged, filtered 设备台账 (in SQL; scoped by the caller's jurisdiction through the division filter), the
/// detail with its history, the 使用登记 work lists (due=unregistered|due-soon|overdue|recent|stopped) and the catalogue tree.
/// </summary>
internal sealed class EquipmentQueries(EquipmentDbContext db, TimeProvider clock)
{
    public const string CardPath = "/gs/sequip/elevator/";

    public async Task<EquipmentPage<EquipmentRow>> ListAsync(EquipmentFilter f, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var today = clock.Today();
        var query = Filter(db.Equipment.AsNoTracking(), f, today);
        var total = await query.CountAsync(ct);
        var order = f.Due switch
        {
            "unregistered" or "due-soon" or "overdue" => query.OrderBy(e => e.RegistrationDueOn).ThenBy(e => e.Id),
            "recent" => query.OrderByDescending(e => e.RegisteredOn).ThenByDescending(e => e.Id),
            "stopped" => query.OrderBy(e => e.StoppedOn).ThenBy(e => e.Id),
            _ => query.OrderBy(e => e.Code),
        };
        var rows = await order.Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new EquipmentPage<EquipmentRow>([.. rows.Select(e => Row(e, today))], total, Math.Max(page, 1), size);
    }

    internal static IQueryable<Equipment> Filter(IQueryable<Equipment> query, EquipmentFilter f, DateOnly today)
    {
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var t = f.Q.Trim();
            var upper = t.ToUpperInvariant();
            query = query.Where(e => e.Code.StartsWith(upper) || e.RegistrationNo == t || e.UserUscc == upper || e.UserName.Contains(t) || e.Address.Contains(t));
        }

        if (f.Category is { } c) query = query.Where(e => e.Category == c);
        if (!string.IsNullOrWhiteSpace(f.Variety))
        {
            var prefix = f.Variety.Trim().ToUpperInvariant().TrimEnd('0');
            query = query.Where(e => e.Variety.StartsWith(prefix));
        }

        if (f.Status is { } s) query = query.Where(e => e.Status == s);
        if (!string.IsNullOrWhiteSpace(f.Division) && DivisionTable.IsWellFormed(f.Division.Trim()))
        {
            var d = DivisionTable.ScopePrefix(f.Division.Trim());
            query = query.Where(e => e.DivisionCode.StartsWith(d));
        }

        if (f.Late is { } late) query = query.Where(e => e.RegisteredLate == late);
        if (f.Insured is { } insured)
            query = insured ? query.Where(e => e.InsuredUntil != null && e.InsuredUntil >= today) : query.Where(e => e.InsuredUntil == null || e.InsuredUntil < today);
        var soon = today.AddDays(7);
        query = f.Due switch
        {
            "unregistered" => query.Where(e => e.Status == EquipmentStatus.Unregistered && e.FirstUseOn != null && e.RegistrationDueOn >= today),
            "due-soon" => query.Where(e => e.Status == EquipmentStatus.Unregistered && e.RegistrationDueOn >= today && e.RegistrationDueOn <= soon),
            "overdue" => query.Where(e => e.Status == EquipmentStatus.Unregistered && e.RegistrationDueOn < today),
            "recent" => query.Where(e => e.RegisteredOn != null && e.RegisteredOn >= today.AddDays(-30)),
            "stopped" => query.Where(e => e.Status == EquipmentStatus.Stopped),
            _ => query,
        };
        return query;
    }

    public async Task<EquipmentView?> GetAsync(string code, CancellationToken ct)
    {
        var key = EquipmentCode.Normalise(code);
        var e = await db.Equipment.AsNoTracking().SingleOrDefaultAsync(x => x.Code == key, ct);
        if (e is null) return null;
        var changes = await db.EquipmentChanges.AsNoTracking().Where(c => c.EquipmentId == e.Id).OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(200)
            .Select(c => new EquipmentChangeView(c.At, c.Kind, c.Actor, c.Text)).ToListAsync(ct);
        var values = Parse(e.Parameters);
        var today = clock.Today();
        var variety = EquipmentCatalog.Find(e.Variety);
        return new EquipmentView(e.Id, e.Code, e.LegacyCode, e.Category, EquipmentCatalog.NameOf(e.Category), e.Variety, variety?.Name ?? e.Variety,
            RegistryRules.NameOf(e.Status), e.RegistrationNo, e.RegisteredOn, e.RegistrationDueOn, e.RegisteredLate, e.UserUscc, e.UserName, e.DivisionCode,
            DivisionTable.Default.FullName(e.DivisionCode), e.Address, e.Place, e.InternalNo, e.MakerName, e.MakerLicenceNo, e.Model, e.FactoryNo, e.MadeOn,
            e.InstallerName, e.MaintainerUscc, e.MaintainerName,
            [.. RegistryRules.ParametersOf(e.Variety).Select(p => new EquipmentParameterView(p.Key, p.Label, p.Unit, values.GetValueOrDefault(p.Key)))],
            e.FirstUseOn, e.SupervisionMonth, e.SafetyGrade, e.GasKind, e.NextInspectionOn, e.StoppedOn, e.StopReason, e.StopLongTerm, e.StopReportedLate,
            e.InspectionRequired, e.ScrappedOn, e.CancelledOn, e.Insurer, e.InsuredUntil, e.InsuredUntil >= today, changes, CardPath + e.Code);
    }

    public static CatalogResponse Catalog()
    {
        CatalogNode Node(EquipmentVariety v) => new(v.Code, v.Name, v.Level,
            [.. EquipmentCatalog.All.Where(c => c.Level == v.Level + 1 && c.Code != v.Code && Parent(c) == v.Code).Select(Node)],
            v.Level >= 2 ? RegistryRules.ParametersOf(v.Code) : null);
        return new CatalogResponse(EquipmentCatalog.Source, [.. EquipmentCatalog.All.Where(v => v.Level == 1).Select(Node)]);
    }

    private static string Parent(EquipmentVariety v) => v.Level == 3 ? v.Code[..2] + "00" : v.Code[..1] + "000";

    internal static Dictionary<string, string> Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static EquipmentRow Row(Equipment e, DateOnly today) => new(e.Id, e.Code, EquipmentCatalog.NameOf(e.Category), e.Variety,
        EquipmentCatalog.Find(e.Variety)?.Name ?? e.Variety, e.UserName, e.UserUscc, e.Address, e.DivisionCode, DivisionTable.Default.Find(e.DivisionCode)?.Name ?? e.DivisionCode,
        RegistryRules.NameOf(e.Status), e.RegistrationNo, e.RegisteredOn, e.RegistrationDueOn, e.RegisteredLate, e.InsuredUntil >= today, e.FirstUseOn, e.LegacyCode);
}
