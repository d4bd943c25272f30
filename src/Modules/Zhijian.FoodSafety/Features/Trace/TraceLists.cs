using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Trace;
using Zhijian.Platform.Calendar;

namespace Zhijian.FoodSafety.Features.Trace;

/// <summary>An event as the console lists it (time in Beijing time).</summary>
internal sealed record TraceEventRow(long Id, string EventId, string Step, string Type, DateTimeOffset EventTime, string Location, string? Source, string? Destination,
    string What, bool ColdChainImport, bool DocumentsMissing);

/// <summary>A cold-chain import receipt with its four documents.</summary>
internal sealed record ColdChainRow(long Id, string EventId, DateTimeOffset EventTime, string Location, string? Source, string What, string? CustomsDeclarationNo,
    string? QuarantineCertNo, string? DisinfectionCertNo, string? NucleicAcidProofNo, IReadOnlyList<string> Missing);

/// <summary>The console's lists of the 追溯 area: recent events and cold-chain import receipts, filtered and paged in the database.</summary>
internal sealed class TraceLists(FoodSafetyDbContext db)
{
    public async Task<TracePage<TraceEventRow>> EventsAsync(string? party, TraceStep? step, DateOnly? from, DateOnly? to, int page, int size, CancellationToken ct)
    {
        (page, size) = (Math.Clamp(page, 1, 100_000), Math.Clamp(size, 1, 200));
        var q = db.TraceEvents.AsNoTracking();
        if (step is { } s) q = q.Where(e => e.Step == s);
        if (from is { } f) q = q.Where(e => e.EventTime >= ChinaTime.StartOfDay(f));
        if (to is { } t) q = q.Where(e => e.EventTime < ChinaTime.EndOfDay(t));
        if (!string.IsNullOrWhiteSpace(party))
        {
            var p = TraceIds.ParseParty(party, out _, out _) ?? party.Trim();
            var ids = await db.TraceParties.AsNoTracking().Where(x => x.PartyId == p || x.Name.Contains(p)).Select(x => x.Id).Take(200).ToListAsync(ct);
            q = q.Where(e => ids.Contains(e.LocationPartyId) || (e.SourcePartyId != null && ids.Contains(e.SourcePartyId.Value)) || (e.DestinationPartyId != null && ids.Contains(e.DestinationPartyId.Value)));
        }

        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(e => e.EventTime).ThenByDescending(e => e.Id).Skip((page - 1) * size).Take(size)
            .Select(e => new
            {
                e.Id,
                e.EventId,
                e.Step,
                e.Transformation,
                e.EventTime,
                e.What,
                e.ColdChainImport,
                e.DocumentsMissing,
                Location = db.TraceParties.Where(p => p.Id == e.LocationPartyId).Select(p => p.Name).FirstOrDefault(),
                Source = db.TraceParties.Where(p => p.Id == e.SourcePartyId).Select(p => p.Name).FirstOrDefault(),
                Destination = db.TraceParties.Where(p => p.Id == e.DestinationPartyId).Select(p => p.Name).FirstOrDefault(),
            }).ToListAsync(ct);
        return new TracePage<TraceEventRow>(rows.Select(e => new TraceEventRow(e.Id, e.EventId, TraceNames.Of(e.Step), e.Transformation ? "TransformationEvent" : "ObjectEvent",
            e.EventTime, e.Location ?? "", e.Source, e.Destination, e.What, e.ColdChainImport, e.DocumentsMissing)).ToList(), total, page, size);
    }

    /// <summary>进口冷链食品收货 with their documents; <paramref name="missingOnly"/>: those lacking one of the four.</summary>
    public async Task<TracePage<ColdChainRow>> ColdChainAsync(bool missingOnly, int page, int size, CancellationToken ct)
    {
        (page, size) = (Math.Clamp(page, 1, 100_000), Math.Clamp(size, 1, 200));
        var q = db.TraceEvents.AsNoTracking().Where(e => e.ColdChainImport);
        if (missingOnly) q = q.Where(e => e.DocumentsMissing);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(e => e.EventTime).ThenByDescending(e => e.Id).Skip((page - 1) * size).Take(size)
            .Select(e => new
            {
                e.Id,
                e.EventId,
                e.EventTime,
                e.What,
                e.CustomsDeclarationNo,
                e.QuarantineCertNo,
                e.DisinfectionCertNo,
                e.NucleicAcidProofNo,
                Location = db.TraceParties.Where(p => p.Id == e.LocationPartyId).Select(p => p.Name).FirstOrDefault(),
                Source = db.TraceParties.Where(p => p.Id == e.SourcePartyId).Select(p => p.Name).FirstOrDefault(),
            }).ToListAsync(ct);
        return new TracePage<ColdChainRow>(rows.Select(e => new ColdChainRow(e.Id, e.EventId, e.EventTime, e.Location ?? "", e.Source, e.What, e.CustomsDeclarationNo,
            e.QuarantineCertNo, e.DisinfectionCertNo, e.NucleicAcidProofNo, Missing(e.CustomsDeclarationNo, e.QuarantineCertNo, e.DisinfectionCertNo, e.NucleicAcidProofNo))).ToList(),
            total, page, size);
    }

    private static List<string> Missing(string? customs, string? quarantine, string? disinfection, string? nucleic)
    {
        var m = new List<string>();
        if (string.IsNullOrWhiteSpace(customs)) m.Add("报关单");
        if (string.IsNullOrWhiteSpace(quarantine)) m.Add("检疫证明");
        if (string.IsNullOrWhiteSpace(disinfection)) m.Add("消毒证明");
        if (string.IsNullOrWhiteSpace(nucleic)) m.Add("核酸检测证明");
        return m;
    }

}
