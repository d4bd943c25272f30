namespace Zhijian.FoodSafety.Domain.Trace;

/// <summary>Which way a trace runs: downstream (正向追踪, the recall scope) or upstream (反向溯源).</summary>
internal enum TraceDirection
{
    Forward,
    Backward,
}

/// <summary>
/// A trace request: the start batch (its key as the trace area stores it — GTIN + lot, an EPC class URI or a 追溯码), how many
/// hops at most, and the event-time window (either end open). <see cref="Party"/> (optional, a party identifier) starts the trace
/// at the batch as that party holds it (a product at a stall); without it a forward trace starts where the batch began and a
/// backward trace at every party that holds the batch last.
/// </summary>
internal sealed record TraceRequest(string BatchKey, TraceDirection Direction, int MaxDepth, DateTimeOffset? From, DateTimeOffset? To, string? Party = null);

/// <summary>A batch reached by the trace, <see cref="Depth"/> hops from the start (0 = the start batch).</summary>
internal sealed record TraceBatchNode(string BatchKey, string ProductName, string? Gtin, string? Lot, string? TraceCode, int Depth,
    decimal? Quantity, string? Unit, DateTimeOffset? FirstSeenAt);

/// <summary>
/// A party (business and premises) that held a reached batch: who (USCC, name, kind such as 冷库/批发市场/摊位/商超), where
/// (division), how much it received of the traced batches and when first.
/// </summary>
internal sealed record TracePartyNode(string PartyId, string Name, string? Uscc, string Kind, string? DivisionCode, string? Address, int Depth,
    decimal? QuantityReceived, string? Unit, DateTimeOffset? FirstReceivedAt);

/// <summary>One hop: a batch moving between parties (shipping/receiving/selling) or batches turned into another (transforming).</summary>
internal sealed record TraceEdge(string? FromBatch, string? ToBatch, string? FromParty, string? ToParty, string BizStep, DateTimeOffset At, decimal? Quantity,
    string EventId);

/// <summary>
/// The result of a trace: the batches, the parties and the hops reached, in depth order. <see cref="Truncated"/> says the depth
/// limit cut paths short (more lies beyond).
/// </summary>
internal sealed record TraceGraph(TraceRequest Request, IReadOnlyList<TraceBatchNode> Batches, IReadOnlyList<TracePartyNode> Parties,
    IReadOnlyList<TraceEdge> Edges, bool Truncated);

/// <summary>
/// Forward and backward trace over the 追溯 events (area Trace). Recalls fill their scope from <see cref="TraceAsync"/> with
/// <see cref="TraceDirection.Forward"/>; the 快检 area may resolve a stall's batch with <see cref="FindBatchAsync"/>.
/// Returns null when the start batch is unknown.
/// </summary>
internal interface ITraceQueries
{
    Task<TraceGraph?> TraceAsync(TraceRequest request, CancellationToken ct);

    /// <summary>The batch with this key (GTIN + lot, EPC class URI, GS1 Digital Link or 追溯码 — whatever form the trace area accepts), or null.</summary>
    Task<TraceBatchNode?> FindBatchAsync(string batchRef, CancellationToken ct);
}
