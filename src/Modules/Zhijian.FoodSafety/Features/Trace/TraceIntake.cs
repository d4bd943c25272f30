using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhijian.FoodSafety.Data;
using Zhijian.FoodSafety.Domain.Trace;
using Zhijian.Platform.Identity;
using Zhijian.Platform.Storage;
using Zhijian.Platform.Web;

namespace Zhijian.FoodSafety.Features.Trace;

/// <summary>An event skipped because the same eventID with the same content was received before.</summary>
internal sealed record DuplicateEvent(int Index, string EventId);

/// <summary>What one EPCIS document did: events stored, duplicates ignored, batches first seen.</summary>
internal sealed record TraceIntakeResult(int Accepted, int NewBatches, int Links, IReadOnlyList<DuplicateEvent> Duplicates);

/// <summary>
/// 追溯事件接收: one EPCIS 2.0 document, all or nothing. Checks the document on its own (<see cref="EpcisDocument"/>), then
/// against the records in a few set queries (parties, event ids, batches, their holdings and links), replays the events in
/// time order in memory — creating batches at commissioning, import receiving or transformation, holdings and the hop
/// links (the trace index) — and writes everything with one audit entry in one transaction. Any error leaves nothing written.
/// </summary>
internal sealed class TraceIntake(FoodSafetyDbContext db, ActorContext actor, TimeProvider clock)
{
    public async Task<Result<TraceIntakeResult>> ReceiveAsync(JsonElement document, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var errors = new FieldErrors();
        var events = EpcisDocument.Parse(document, now, errors);
        if (errors.Count > 0) return Result<TraceIntakeResult>.Invalid(errors.ToDictionary());

        // Idempotency by eventID: the same content is a duplicate, other content is refused.
        var ids = events.Select(e => e.EventId).Distinct(StringComparer.Ordinal).ToList();
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var x in await db.TraceEvents.AsNoTracking().Where(e => chunk.Contains(e.EventId)).Select(e => new { e.EventId, e.ContentHash }).ToListAsync(ct))
                known[x.EventId] = x.ContentHash;
        }

        var duplicates = new List<DuplicateEvent>();
        var fresh = new List<EpcisEvent>();
        foreach (var e in events)
        {
            if (known.TryGetValue(e.EventId, out var hash))
            {
                if (hash == e.ContentHash) duplicates.Add(new DuplicateEvent(e.Index, e.EventId));
                else errors.Add(Path(e, "eventID"), $"eventID“{e.EventId}”已用于内容不同的事件，不能重复使用");
                continue;
            }

            known[e.EventId] = e.ContentHash;
            fresh.Add(e);
        }

        // Parties, in one query.
        var partyIds = fresh.SelectMany(e => new[] { e.Location, e.Source, e.Destination }).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var parties = (await db.TraceParties.AsNoTracking().Where(p => partyIds.Contains(p.PartyId)).ToListAsync(ct)).ToDictionary(p => p.PartyId, StringComparer.Ordinal);
        foreach (var e in fresh)
        {
            if (!parties.ContainsKey(e.Location)) errors.Add(Path(e, "bizLocation.id"), $"参与方“{e.Location}”未登记（请先登记参与方）");
            if (e.Source is { } s && !parties.ContainsKey(s) && !(e.ColdChain is not null && e.Step == TraceStep.Receiving))
                errors.Add(Path(e, "sourceList"), $"来源方“{s}”未登记");
            if (e.Destination is { } d && !parties.ContainsKey(d)) errors.Add(Path(e, "destinationList"), $"去向方“{d}”未登记");
        }

        if (errors.Count > 0) return Result<TraceIntakeResult>.Invalid(errors.ToDictionary());

        // Batches, their holdings and the links between those holdings, in three queries.
        var keys = fresh.SelectMany(e => e.Objects.Concat(e.Inputs).Concat(e.Outputs)).Select(q => q.Batch.Key).Distinct(StringComparer.Ordinal).ToList();
        var batches = new Dictionary<string, TraceBatch>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(500))
        {
            foreach (var b in await db.TraceBatches.Where(b => chunk.Contains(b.BatchKey)).ToListAsync(ct)) batches[b.BatchKey] = b;
        }

        var keyOf = batches.Values.ToDictionary(b => b.Id, b => b.BatchKey);
        var batchIds = keyOf.Keys.ToList();
        var holdings = new Dictionary<(string, long), TraceHolding>();
        var byId = new Dictionary<long, TraceHolding>();
        foreach (var chunk in batchIds.Chunk(500))
        {
            foreach (var h in await db.TraceHoldings.Where(h => chunk.Contains(h.BatchId)).ToListAsync(ct))
            {
                holdings[(keyOf[h.BatchId], h.PartyId)] = h;
                byId[h.Id] = h;
            }
        }

        var links = new HashSet<(TraceHolding, TraceHolding)>();
        var holdingIds = byId.Keys.ToList();
        foreach (var chunk in holdingIds.Chunk(500))
        {
            foreach (var l in await db.TraceLinks.AsNoTracking().Where(l => chunk.Contains(l.ToHoldingId)).Select(l => new { l.FromHoldingId, l.ToHoldingId }).ToListAsync(ct))
            {
                if (byId.TryGetValue(l.FromHoldingId, out var f) && byId.TryGetValue(l.ToHoldingId, out var t)) links.Add((f, t));
            }
        }

        var replay = new Replay(batches, holdings, links, parties, errors);
        var rows = new List<TraceEvent>();
        foreach (var e in fresh.OrderBy(e => e.EventTime).ThenBy(e => e.Index))
        {
            var row = replay.Apply(e);
            if (row is null) continue;
            row.RecordedAt = now;
            row.RecordedBy = actor.Current.ShownName;
            rows.Add(row);
        }

        if (errors.Count > 0) return Result<TraceIntakeResult>.Invalid(errors.ToDictionary());

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.TraceBatches.AddRange(replay.NewBatches);
        db.TraceHoldings.AddRange(replay.NewHoldings);
        db.TraceEvents.AddRange(rows);
        db.TraceLinks.AddRange(replay.NewLinks);
        if (rows.Count > 0)
        {
            db.Audit("food.trace.events-received", "TraceDocument", rows[0].EventId, null, new
            {
                Accepted = rows.Count,
                Duplicates = duplicates.Count,
                NewBatches = replay.NewBatches.Count,
                EventIds = rows.Take(20).Select(r => r.EventId).ToList(),
            }, rows[0].DivisionCode);
        }

        await db.SaveChangesAsync(ct);
        foreach (var (batch, holding) in replay.Origins) batch.OriginHoldingId = holding.Id;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new TraceIntakeResult(rows.Count, replay.NewBatches.Count, replay.NewLinks.Count, duplicates);
    }

    internal static string Path(EpcisEvent e, string field) => string.Create(CultureInfo.InvariantCulture, $"epcisBody.eventList[{e.Index}].{field}");

    /// <summary>The events of one document applied in time order to the batches, holdings and links they touch.</summary>
    private sealed class Replay(
        Dictionary<string, TraceBatch> batches, Dictionary<(string, long), TraceHolding> holdings, HashSet<(TraceHolding, TraceHolding)> links,
        Dictionary<string, TraceParty> parties, FieldErrors errors)
    {
        public List<TraceBatch> NewBatches { get; } = [];

        public List<TraceHolding> NewHoldings { get; } = [];

        public List<TraceLink> NewLinks { get; } = [];

        public List<(TraceBatch, TraceHolding)> Origins { get; } = [];

        public TraceEvent? Apply(EpcisEvent e)
        {
            var at = parties[e.Location];
            var source = e.Source is { } s && parties.TryGetValue(s, out var sp) ? sp : null;
            var destination = e.Destination is { } d ? parties[d] : null;
            var row = new TraceEvent
            {
                EventId = e.EventId,
                ContentHash = e.ContentHash,
                Transformation = e.Transformation,
                Action = e.Action,
                Step = e.Step,
                EventTime = e.EventTime,
                TimeZoneOffset = e.TimeZoneOffset,
                LocationPartyId = at.Id,
                ReadPoint = e.ReadPoint is { Length: <= 100 } rp ? rp : null,
                SourcePartyId = source?.Id,
                DestinationPartyId = destination?.Id,
                DivisionCode = at.DivisionCode,
                What = What(e),
            };
            if (e.ColdChain is { } c)
            {
                row.ColdChainImport = true;
                row.CustomsDeclarationNo = c.CustomsDeclarationNo;
                row.QuarantineCertNo = c.QuarantineCertNo;
                row.DisinfectionCertNo = c.DisinfectionCertNo;
                row.NucleicAcidProofNo = c.NucleicAcidProofNo;
                row.DocumentsMissing = !c.Complete;
            }

            var before = errors.Count;
            if (e.Transformation) Transform(e, at, row);
            else
            {
                for (var i = 0; i < e.Objects.Count; i++) Move(e, i, at, source, destination, row);
            }

            return errors.Count == before ? row : null;
        }

        private void Move(EpcisEvent e, int i, TraceParty at, TraceParty? source, TraceParty? destination, TraceEvent row)
        {
            var q = e.Objects[i];
            var field = Path(e, string.Create(CultureInfo.InvariantCulture, $"quantityList[{i}].epcClass"));
            if (!batches.TryGetValue(q.Batch.Key, out var batch))
            {
                var creates = e.Step == TraceStep.Commissioning || (e.Step == TraceStep.Receiving && e.ColdChain is not null);
                if (!creates)
                {
                    errors.Add(field, $"批次“{q.Batch.Key}”尚无赋码（commissioning）或进口收货记录，不能{StepName(e.Step)}");
                    return;
                }

                batch = NewBatch(e, q, at, complete: e.Step == TraceStep.Commissioning || e.ColdChain!.Complete, imported: e.ColdChain is not null);
                if (batch is null) return;
                Origins.Add((batch, Holding(batch, at)));
            }

            var here = Holding(batch, at);
            switch (e.Step)
            {
                case TraceStep.Shipping:
                    Link(here, Holding(batch, destination!), false, e, q.Quantity, row);
                    break;
                case TraceStep.Receiving:
                    if (source is not null && e.ColdChain is null)
                    {
                        if (!holdings.TryGetValue((batch.BatchKey, source.Id), out var from))
                        {
                            errors.Add(Path(e, "sourceList"), $"来源方“{source.Name}”没有批次“{batch.BatchKey}”的持有记录（未收货或未赋码）");
                            return;
                        }

                        Link(from, here, false, e, q.Quantity, row);
                    }

                    here.QuantityReceived = (here.QuantityReceived ?? 0) + (q.Quantity ?? 0);
                    here.Unit ??= q.Uom;
                    if (here.FirstReceivedAt is null || e.EventTime < here.FirstReceivedAt) here.FirstReceivedAt = e.EventTime;
                    break;
            }
        }

        private void Transform(EpcisEvent e, TraceParty at, TraceEvent row)
        {
            var inputs = new List<(TraceBatch Batch, decimal? Qty)>();
            for (var i = 0; i < e.Inputs.Count; i++)
            {
                if (batches.TryGetValue(e.Inputs[i].Batch.Key, out var b)) inputs.Add((b, e.Inputs[i].Quantity));
                else errors.Add(Path(e, string.Create(CultureInfo.InvariantCulture, $"inputQuantityList[{i}].epcClass")), $"投入批次“{e.Inputs[i].Batch.Key}”未知（无赋码、进口收货或加工记录）");
            }

            if (inputs.Count != e.Inputs.Count) return;
            foreach (var o in e.Outputs)
            {
                if (!batches.TryGetValue(o.Batch.Key, out var output))
                {
                    output = NewBatch(e, o, at, complete: inputs.All(x => x.Batch.Complete), imported: false, category: inputs[0].Batch.CategoryCode);
                    if (output is null) return;
                    Origins.Add((output, Holding(output, at)));
                }

                var to = Holding(output, at);
                foreach (var (input, qty) in inputs) Link(Holding(input, at), to, true, e, qty, row);
            }
        }

        private TraceBatch? NewBatch(EpcisEvent e, EpcisQuantity q, TraceParty at, bool complete, bool imported, string? category = null)
        {
            if (e.MasterData?.ProductName is not { } name)
            {
                errors.Add(Path(e, "ilmd"), $"新批次“{q.Batch.Key}”须在 ilmd 中提供品名（productName）");
                return null;
            }

            var batch = new TraceBatch
            {
                BatchKey = q.Batch.Key,
                Gtin = q.Batch.Gtin,
                Lot = q.Batch.Lot,
                TraceCode = q.Batch.TraceCode,
                ProductName = name,
                CategoryCode = e.MasterData.CategoryCode ?? category,
                Origin = e.MasterData.Origin ?? e.ColdChain?.OriginCountry,
                Imported = imported,
                Complete = complete,
                DivisionCode = at.DivisionCode,
                FirstSeenAt = e.EventTime,
            };
            batches[batch.BatchKey] = batch;
            NewBatches.Add(batch);
            return batch;
        }

        private TraceHolding Holding(TraceBatch batch, TraceParty party)
        {
            if (holdings.TryGetValue((batch.BatchKey, party.Id), out var h)) return h;
            h = new TraceHolding { Batch = batch, PartyId = party.Id };
            holdings[(batch.BatchKey, party.Id)] = h;
            NewHoldings.Add(h);
            return h;
        }

        private void Link(TraceHolding from, TraceHolding to, bool transform, EpcisEvent e, decimal? qty, TraceEvent row)
        {
            if (ReferenceEquals(from, to) || !links.Add((from, to))) return;
            NewLinks.Add(new TraceLink
            {
                FromHolding = from,
                ToHolding = to,
                Transform = transform,
                At = e.EventTime,
                Quantity = qty,
                Event = row,
            });
        }

        private static string What(EpcisEvent e)
        {
            var parts = e.Transformation
                ? e.Inputs.Select(q => Item(q)).Append("→").Concat(e.Outputs.Select(q => Item(q)))
                : e.Objects.Select(q => Item(q));
            var s = string.Join("；", parts).Replace("；→；", " → ", StringComparison.Ordinal);
            return s.Length <= 2000 ? s : s[..1999] + "…";
        }

        private static string Item(EpcisQuantity q) =>
            q.Quantity is { } n ? string.Create(CultureInfo.InvariantCulture, $"{q.Batch.Key} {n:0.###}{q.Uom}") : q.Batch.Key;
    }

    public static string StepName(TraceStep s) => s switch
    {
        TraceStep.Commissioning => "赋码",
        TraceStep.Shipping => "发货",
        TraceStep.Receiving => "收货",
        TraceStep.Selling => "销售",
        TraceStep.Destroying => "销毁",
        _ => "加工",
    };
}
