using Zhijian.FoodSafety.Domain.Trace;

namespace Zhijian.FoodSafety.Domain.Recalls;

/// <summary>A scope line as the forward trace gives it (before it is stored).</summary>
internal sealed record ScopeDraft(string PartyId, string PartyName, string? Uscc, string PartyKind, string? DivisionCode, string? BatchKey, string? ProductName,
    decimal? QuantityReceived, DateTimeOffset? FirstReceivedAt, int Depth);

/// <summary>
/// 从追溯链生成召回范围: every party downstream of the start batch, one line per (party, batch it received), with the quantity it
/// received (sum of the hops into it) and its first receipt. Transformations inside one party (several inputs into one output
/// batch) are not receipts; the producer itself (by USCC) is not in its own scope. A party the graph lists without any hop into
/// it (the start holder) is left out unless it is downstream (depth ≥ 1), then it gets one line with the party's own figures.
/// Pure: the recall stores the lines with the trace time.
/// </summary>
internal static class RecallScope
{
    public static IReadOnlyList<ScopeDraft> FromTrace(TraceGraph graph, string? producerUscc)
    {
        var products = graph.Batches.GroupBy(b => b.BatchKey, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ProductName, StringComparer.Ordinal);
        var lines = new List<ScopeDraft>();
        foreach (var party in graph.Parties.OrderBy(p => p.Depth).ThenBy(p => p.Name, StringComparer.Ordinal))
        {
            if (producerUscc is not null && string.Equals(party.Uscc, producerUscc, StringComparison.OrdinalIgnoreCase)) continue;
            var incoming = graph.Edges
                .Where(e => e.ToParty == party.PartyId && e.FromParty != e.ToParty && (e.ToBatch ?? e.FromBatch) is not null)
                .GroupBy(e => (e.ToBatch ?? e.FromBatch)!, StringComparer.Ordinal)
                .OrderBy(g => g.Min(e => e.At))
                .ToList();
            if (incoming.Count == 0)
            {
                if (party.Depth >= 1)
                    lines.Add(new ScopeDraft(party.PartyId, party.Name, party.Uscc, party.Kind, party.DivisionCode, null, null, party.QuantityReceived,
                        party.FirstReceivedAt, party.Depth));
                continue;
            }

            foreach (var g in incoming)
            {
                var quantities = g.Where(e => e.Quantity is not null).Select(e => e.Quantity!.Value).ToList();
                decimal? quantity = quantities.Count > 0 ? quantities.Sum() : incoming.Count == 1 ? party.QuantityReceived : null;
                lines.Add(new ScopeDraft(party.PartyId, party.Name, party.Uscc, party.Kind, party.DivisionCode, g.Key, products.GetValueOrDefault(g.Key),
                    quantity, g.Min(e => e.At), party.Depth));
            }
        }

        return lines;
    }
}
