using Microsoft.EntityFrameworkCore;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Web;
using Zhijian.SpecialEquipment.Data;
using Zhijian.SpecialEquipment.Domain.Maintenance;
using Zhijian.SpecialEquipment.Features.Maintenance;

namespace Zhijian.SpecialEquipment.Features.Rescue;

/// <summary>96333 lists (paged and filtered in the database), the call detail, statistics (GROUP BY in SQL) and the 故障多发 list.</summary>
internal sealed class RescueQueries(EquipmentDbContext db, RescueCalls calls, RescueSla sla, TimeProvider clock)
{
    /// <summary>Calls: view = active (received, dispatched, arrived: oldest first) or all (newest first); filters by code, status, dates.</summary>
    public async Task<ListPage<RescueCallView>> ListAsync(string? view, string? q, RescueStatus? status, string? division, DateOnly? from, DateOnly? to, int page, int size, CancellationToken ct)
    {
        size = Math.Clamp(size, 1, 200);
        var now = clock.GetUtcNow();
        var query = db.RescueCalls.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            query = query.Where(c => c.CallNumber == t || c.EquipmentCode == t || c.UserName.Contains(t) || c.Address.Contains(t));
        }

        if (status is not null) query = query.Where(c => c.Status == status);
        if (!string.IsNullOrWhiteSpace(division)) query = query.Where(c => c.DivisionCode.StartsWith(division.Trim()));
        if (from is { } f) query = query.Where(c => c.ReceivedOn >= f);
        if (to is { } t2) query = query.Where(c => c.ReceivedOn <= t2);
        query = view == "active"
            ? query.Where(c => c.Status < RescueStatus.Released).OrderBy(c => c.ReceivedAt)
            : query.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id);
        var total = await query.CountAsync(ct);
        var rows = await query.Skip(Paging.Skip(page, size)).Take(size).ToListAsync(ct);
        return new ListPage<RescueCallView>([.. rows.Select(c => calls.View(c, now, full: false))], total, Math.Max(page, 1), size);
    }

    public async Task<RescueCallView?> GetAsync(long id, CancellationToken ct)
    {
        var c = await db.RescueCalls.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        return c is null ? null : calls.View(c, clock.GetUtcNow(), full: true);
    }

    /// <summary>Per maintainer, per elevator (calls in the window, most first), per cause; the window defaults to the last 90 days.</summary>
    public async Task<RescueStats> StatsAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = clock.Today();
        var t = to ?? today;
        var f = from ?? DateOnly.FromDayNumber(Math.Max(0, t.DayNumber - sla.FrequentDays(today) + 1));
        var q = db.RescueCalls.AsNoTracking().Where(c => c.ReceivedOn >= f && c.ReceivedOn <= t);
        var m = await q.GroupBy(c => new { c.MaintainerUscc, c.MaintainerName })
            .Select(g => new
            {
                g.Key.MaintainerUscc,
                g.Key.MaintainerName,
                Calls = g.Count(),
                Arrived = g.Count(c => c.ArrivalMinutes != null),
                Sum = g.Sum(c => c.ArrivalMinutes ?? 0),
                Met = g.Count(c => c.SlaMet == true),
                Judged = g.Count(c => c.SlaMet != null),
            }).OrderByDescending(x => x.Calls).Take(100).ToListAsync(ct);
        var e = await q.GroupBy(c => c.EquipmentId).Select(g => new { Id = g.Key, Calls = g.Count(), Last = g.Max(c => c.ReceivedAt) })
            .OrderByDescending(x => x.Calls).Take(50).ToListAsync(ct);
        var causes = await q.Where(c => c.Cause != null).GroupBy(c => c.Cause).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        return new RescueStats(f, t,
            [.. m.Select(x => new MaintainerStat(x.MaintainerUscc ?? "", x.MaintainerName ?? "（无维保单位）", x.Calls, x.Arrived,
                x.Arrived == 0 ? null : Math.Round((double)x.Sum / x.Arrived, 1), x.Met, x.Judged == 0 ? null : Math.Round((double)x.Met / x.Judged, 3)))],
            await ElevatorsAsync(e.Select(x => (x.Id, x.Calls, x.Last)).ToList(), ct),
            [.. causes.OrderByDescending(x => x.N).Select(x => new CauseStat(RescueSla.NameOf(x.Key!.Value), x.N))]);
    }

    /// <summary>故障多发: elevators with at least sequip.rescue-frequent-failures calls in the last sequip.rescue-frequent-days days.</summary>
    public async Task<IReadOnlyList<EquipmentStat>> FrequentAsync(string? division, CancellationToken ct)
    {
        var today = clock.Today();
        var min = sla.FrequentFailures(today);
        var since = today.AddDays(-sla.FrequentDays(today) + 1);
        var q = db.RescueCalls.AsNoTracking().Where(c => c.ReceivedOn >= since);
        if (!string.IsNullOrWhiteSpace(division)) q = q.Where(c => c.DivisionCode.StartsWith(division.Trim()));
        var rows = await q.GroupBy(c => c.EquipmentId).Select(g => new { Id = g.Key, Calls = g.Count(), Last = g.Max(c => c.ReceivedAt) })
            .Where(x => x.Calls >= min).OrderByDescending(x => x.Calls).Take(200).ToListAsync(ct);
        return await ElevatorsAsync(rows.Select(x => (x.Id, x.Calls, x.Last)).ToList(), ct);
    }

    private async Task<IReadOnlyList<EquipmentStat>> ElevatorsAsync(List<(long Id, int Calls, DateTimeOffset Last)> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var eq = await db.Equipment.AsNoTracking().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Code, x.UserName, x.Address, x.MaintainerName }).ToDictionaryAsync(x => x.Id, ct);
        return [.. rows.Where(r => eq.ContainsKey(r.Id)).Select(r =>
        {
            var x = eq[r.Id];
            return new EquipmentStat(r.Id, x.Code, x.UserName, x.Address, x.MaintainerName, r.Calls, r.Last);
        })];
    }
}
