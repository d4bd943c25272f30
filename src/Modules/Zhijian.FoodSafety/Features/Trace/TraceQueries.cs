using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Trace;

namespace Zhijian.FoodSafety.Features.Trace;

/// <summary>
/// Forward and backward trace (docs/food-traceability.md §Index): a breadth-first walk over <see cref="TraceLink"/> — one
/// indexed query per level (<c>FromHoldingId IN frontier</c> forward, <c>ToHoldingId IN frontier</c> backward, with the time
/// window), a visited set so cycles end, then one query each for the reached holdings, batches, parties and events. The
/// same plan on SQLite and PostgreSQL; a 5-level trace is five index range scans whatever the size of the event table.
/// </summary>
internal sealed class TraceQueries(FoodSafetyDbContext db) : ITraceQueries
{
    public const int MaxDepthAllowed = 20;
    private const int Chunk = 1000;

    /// <summary>A trace stops growing past this many holdings (a pathological fan-out); the graph says it was truncated.</summary>
    public const int MaxNodes = 20_000;

    public async Task<TraceBatchNode?> FindBatchAsync(string batchRef, CancellationToken ct)
    {
        var key = KeyOf(batchRef);
        if (key is null) return null;
        var b = await db.TraceBatches.AsNoTracking().SingleOrDefaultAsync(x => x.BatchKey == key, ct);
        return b is null ? null : new TraceBatchNode(b.BatchKey, b.ProductName, b.Gtin, b.Lot, b.TraceCode, 0, null, null, b.FirstSeenAt);
    }

    /// <summary>The stored key of a batch reference in any accepted form (null when it is not one).</summary>
    public static string? KeyOf(string? batchRef) => TraceIds.ParseBatch(batchRef, out _)?.Key;

    public async Task<TraceGraph?> TraceAsync(TraceRequest request, CancellationToken ct)
    {
        var key = KeyOf(request.BatchKey);
        if (key is null) return null;
        var batch = await db.TraceBatches.AsNoTracking().SingleOrDefaultAsync(b => b.BatchKey == key, ct);
        if (batch is null) return null;
        var depthLimit = Math.Clamp(request.MaxDepth, 0, MaxDepthAllowed);
        var forward = request.Direction == TraceDirection.Forward;

        var start = await StartAsync(batch, request, forward, ct);
        var depth = start.ToDictionary(id => id, _ => 0);
        var edges = new Dictionary<long, LinkRow>();
        var frontier = start;
        var truncated = false;
        for (var level = 1; level <= depthLimit && frontier.Count > 0; level++)
        {
            var next = new List<long>();
            foreach (var row in await LevelAsync(frontier, forward, request.From, request.To, ct))
            {
                edges.TryAdd(row.Id, row);
                var reached = forward ? row.To : row.From;
                if (depth.TryAdd(reached, level)) next.Add(reached);
            }

            frontier = next;
            if (depth.Count > MaxNodes)
            {
                truncated = true;
                break;
            }
        }

        if (!truncated && frontier.Count > 0) truncated = (await LevelAsync(frontier, forward, request.From, request.To, ct)).Any(r => !depth.ContainsKey(forward ? r.To : r.From));
        return await BuildAsync(request with { BatchKey = key, MaxDepth = depthLimit }, depth, edges.Values, truncated, ct);
    }

    private sealed record LinkRow(long Id, long From, long To, DateTimeOffset At, decimal? Quantity, long EventRowId, bool Transform);

    private async Task<List<long>> StartAsync(TraceBatch batch, TraceRequest request, bool forward, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(request.Party))
        {
            var partyKey = TraceIds.ParseParty(request.Party, out _, out _) ?? request.Party.Trim();
            return await db.TraceHoldings.AsNoTracking()
                .Where(h => h.BatchId == batch.Id && db.TraceParties.Any(p => p.Id == h.PartyId && p.PartyId == partyKey)).Select(h => h.Id).ToListAsync(ct);
        }

        if (forward && batch.OriginHoldingId is { } origin) return [origin];
        var all = await db.TraceHoldings.AsNoTracking().Where(h => h.BatchId == batch.Id).Select(h => h.Id).ToListAsync(ct);
        if (forward) return all;
        // Backward without a party: where the batch ends (holdings it does not move on from).
        var movedOn = await db.TraceLinks.AsNoTracking()
            .Where(l => all.Contains(l.FromHoldingId) && !l.Transform && all.Contains(l.ToHoldingId)).Select(l => l.FromHoldingId).Distinct().ToListAsync(ct);
        var ends = all.Except(movedOn).ToList();
        return ends.Count > 0 ? ends : all;
    }

    private async Task<List<LinkRow>> LevelAsync(List<long> frontier, bool forward, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct)
    {
        var rows = new List<LinkRow>();
        foreach (var chunk in frontier.Chunk(Chunk))
        {
            var q = db.TraceLinks.AsNoTracking().Where(l => chunk.Contains(forward ? l.FromHoldingId : l.ToHoldingId));
            if (from is { } f) q = q.Where(l => l.At >= f);
            if (to is { } t) q = q.Where(l => l.At <= t);
            rows.AddRange(await q.Select(l => new LinkRow(l.Id, l.FromHoldingId, l.ToHoldingId, l.At, l.Quantity, l.EventRowId, l.Transform)).ToListAsync(ct));
        }

        return rows;
    }

    private async Task<TraceGraph> BuildAsync(TraceRequest request, Dictionary<long, int> depth, IEnumerable<LinkRow> edgeRows, bool truncated, CancellationToken ct)
    {
        var holdings = new List<TraceHolding>();
        foreach (var chunk in depth.Keys.Chunk(Chunk)) holdings.AddRange(await db.TraceHoldings.AsNoTracking().Where(h => chunk.Contains(h.Id)).ToListAsync(ct));
        var holdingById = holdings.ToDictionary(h => h.Id);
        var batchIds = holdings.Select(h => h.BatchId).Distinct().ToList();
        var partyIds = holdings.Select(h => h.PartyId).Distinct().ToList();
        var batches = new Dictionary<long, TraceBatch>();
        foreach (var chunk in batchIds.Chunk(Chunk))
        {
            foreach (var b in await db.TraceBatches.AsNoTracking().Where(b => chunk.Contains(b.Id)).ToListAsync(ct)) batches[b.Id] = b;
        }

        var parties = new Dictionary<long, TraceParty>();
        foreach (var chunk in partyIds.Chunk(Chunk))
        {
            foreach (var p in await db.TraceParties.AsNoTracking().Where(p => chunk.Contains(p.Id)).ToListAsync(ct)) parties[p.Id] = p;
        }

        var edgeList = edgeRows.ToList();
        var eventIds = edgeList.Select(e => e.EventRowId).Distinct().ToList();
        var events = new Dictionary<long, (string EventId, TraceStep Step)>();
        foreach (var chunk in eventIds.Chunk(Chunk))
        {
            foreach (var e in await db.TraceEvents.AsNoTracking().Where(e => chunk.Contains(e.Id)).Select(e => new { e.Id, e.EventId, e.Step }).ToListAsync(ct))
                events[e.Id] = (e.EventId, e.Step);
        }

        var batchNodes = holdings.GroupBy(h => h.BatchId).Select(g =>
        {
            var b = batches[g.Key];
            return new TraceBatchNode(b.BatchKey, b.ProductName, b.Gtin, b.Lot, b.TraceCode, g.Min(h => depth[h.Id]),
                g.Any(h => h.QuantityReceived != null) ? g.Sum(h => h.QuantityReceived ?? 0) : null, g.Select(h => h.Unit).FirstOrDefault(u => u != null), b.FirstSeenAt);
        }).OrderBy(n => n.Depth).ThenBy(n => n.BatchKey, StringComparer.Ordinal).ToList();

        var partyNodes = holdings.GroupBy(h => h.PartyId).Select(g =>
        {
            var p = parties[g.Key];
            var received = g.Where(h => h.FirstReceivedAt != null).ToList();
            return new TracePartyNode(p.PartyId, p.Name, p.Uscc, TraceNames.Of(p.Kind), p.DivisionCode, p.Address, g.Min(h => depth[h.Id]),
                received.Count > 0 ? received.Sum(h => h.QuantityReceived ?? 0) : null, received.Select(h => h.Unit).FirstOrDefault(u => u != null),
                received.Count > 0 ? received.Min(h => h.FirstReceivedAt) : null);
        }).OrderBy(n => n.Depth).ThenBy(n => n.Name, StringComparer.Ordinal).ToList();

        var edges = edgeList
            .Where(e => holdingById.ContainsKey(e.From) && holdingById.ContainsKey(e.To))
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e =>
            {
                var f = holdingById[e.From];
                var t = holdingById[e.To];
                var ev = events.TryGetValue(e.EventRowId, out var x) ? x : (EventId: "", Step: TraceStep.Shipping);
                return new TraceEdge(batches[f.BatchId].BatchKey, batches[t.BatchId].BatchKey, parties[f.PartyId].PartyId, parties[t.PartyId].PartyId,
                    e.Transform ? "transforming" : TraceNames.Cbv(ev.Step), e.At, e.Quantity, ev.EventId);
            }).ToList();
        return new TraceGraph(request, batchNodes, partyNodes, edges, truncated);
    }
}
