using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Inspections;
using Zhijian.SpecialEquipment.Domain.Maintenance;
using Zhijian.SpecialEquipment.Domain.Registry;
using Zhijian.Platform.Calendar;

namespace Zhijian.SpecialEquipment.Features.Registry;

/// <summary>
/// 电梯公示卡 (portal /gs/sequip/elevator/{code}, GET /api/v1/public/equipment/{code}): registered elevators only (in use or
/// stopped); the user's name (a registry entity) and the address at building level — no person, no phone but the maintenance
/// company's hotline; the inspection and maintenance panels come from the other areas through their seams when present.
/// </summary>
internal sealed class PublicElevators(EquipmentDbContext db, IServiceProvider services, TimeProvider clock)
{
    public const string Rescue = "96333";

    public async Task<ElevatorCard?> CardAsync(string code, CancellationToken ct)
    {
        var key = EquipmentCode.Normalise(code);
        if (key.Length is < 18 or > 20) return null;
        var e = await db.Equipment.AsNoTracking().IgnoreQueryFilters()
            .SingleOrDefaultAsync(x => x.Code == key && x.Category == EquipmentCategory.Elevator && x.RegistrationNo != null
                && (x.Status == EquipmentStatus.InUse || x.Status == EquipmentStatus.Stopped), ct);
        if (e is null) return null;
        var summary = services.GetService<IEquipmentSchedules>() is { } s ? await s.SummaryAsync(e.Id, ct) : null;
        var maintainer = services.GetService<IMaintainers>() is { } m ? await m.CurrentAsync(e.Id, ct) : null;
        return new ElevatorCard(e.Code, EquipmentCatalog.Find(e.Variety)?.Name ?? e.Variety, e.UserName, BuildingLevel(e.Address), e.RegistrationNo, e.RegisteredOn,
            RegistryRules.NameOf(e.Status), summary?.LastInspectedOn, summary?.LastConclusion, summary?.LastBody, summary?.NextDueMonth ?? Month(e.NextInspectionOn),
            summary?.Overdue ?? false, maintainer?.Name ?? e.MaintainerName, maintainer?.Hotline, e.InsuredUntil >= clock.Today(), Rescue);
    }

    private static DateOnly? Month(DateOnly? d) => d is { } x ? new DateOnly(x.Year, x.Month, 1) : null;

    /// <summary>
    /// The address down to the building: cut after the last “号楼”/“栋”/“座”/“幢” (unit, floor and room numbers are left out); an
    /// address without one is cut after its last “号”.
    /// </summary>
    internal static string BuildingLevel(string address)
    {
        foreach (var mark in new[] { "号楼", "栋", "座", "幢" })
        {
            var i = address.LastIndexOf(mark, StringComparison.Ordinal);
            if (i > 0) return address[..(i + mark.Length)];
        }

        var n = address.IndexOf('号', StringComparison.Ordinal);
        return n > 0 ? address[..(n + 1)] : address;
    }
}
