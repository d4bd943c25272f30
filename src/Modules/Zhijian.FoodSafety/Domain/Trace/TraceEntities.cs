namespace Zhijian.FoodSafety.Domain.Trace;

/// <summary>参与方类型: the businesses and premises of the chain.</summary>
internal enum TracePartyKind
{
    /// <summary>生产者.</summary>
    Producer = 1,

    /// <summary>进口商.</summary>
    Importer = 2,

    /// <summary>冷库.</summary>
    ColdStore = 3,

    /// <summary>批发市场.</summary>
    WholesaleMarket = 4,

    /// <summary>摊位 (belongs to a market).</summary>
    Stall = 5,

    /// <summary>商超.</summary>
    Supermarket = 6,

    /// <summary>餐饮/食堂.</summary>
    Canteen = 7,
}

/// <summary>What a 追溯 event did (the CBV business step, normalised).</summary>
internal enum TraceStep
{
    /// <summary>赋码/生产 (commissioning).</summary>
    Commissioning = 1,

    /// <summary>发货 (shipping).</summary>
    Shipping = 2,

    /// <summary>收货 (receiving).</summary>
    Receiving = 3,

    /// <summary>销售 (retail_selling / selling).</summary>
    Selling = 4,

    /// <summary>销毁 (destroying).</summary>
    Destroying = 5,

    /// <summary>加工/分装 (a TransformationEvent).</summary>
    Transforming = 6,
}

/// <summary>A party (business or premises) that events name by <see cref="PartyId"/>.</summary>
internal sealed class TraceParty
{
    public long Id { get; set; }

    /// <summary>The normalised identifier events use (SGLN, PGLN or urn:zhijian:party:USCC[:premises]).</summary>
    public string PartyId { get; set; } = "";

    public TracePartyKind Kind { get; set; }

    /// <summary>The registry entity's USCC; null for a stall run by a person without one.</summary>
    public string? Uscc { get; set; }

    public string Name { get; set; } = "";

    /// <summary>经营者姓名 of a stall run by a person (masked where shown publicly).</summary>
    public string? OperatorName { get; set; }

    public string DivisionCode { get; set; } = "";

    public string? Address { get; set; }

    /// <summary>The market a stall belongs to.</summary>
    public long? ParentId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A batch (what): GTIN + lot or a 追溯码, normalised to <see cref="BatchKey"/>.</summary>
internal sealed class TraceBatch
{
    public long Id { get; set; }

    public string BatchKey { get; set; } = "";

    public string? Gtin { get; set; }

    public string? Lot { get; set; }

    public string? TraceCode { get; set; }

    public string ProductName { get; set; } = "";

    /// <summary>食品大类 code (<see cref="FoodCategories"/>).</summary>
    public string? CategoryCode { get; set; }

    /// <summary>产地: a division code or an ISO 3166 country code.</summary>
    public string? Origin { get; set; }

    /// <summary>进口（冷链）.</summary>
    public bool Imported { get; set; }

    /// <summary>Its chain reaches a commissioning or an import receiving with all four documents (through every input of a transformation).</summary>
    public bool Complete { get; set; }

    /// <summary>Division of the party where the batch began (commissioning, import receiving, transformation).</summary>
    public string DivisionCode { get; set; } = "";

    public DateTimeOffset FirstSeenAt { get; set; }

    /// <summary>Where the batch began (null until its holding is saved).</summary>
    public long? OriginHoldingId { get; set; }
}

/// <summary>
/// A batch at a party (持有): the node of the trace graph. Quantities received and the first receipt feed the trace's
/// party nodes.
/// </summary>
internal sealed class TraceHolding
{
    public long Id { get; set; }

    public long BatchId { get; set; }

    public TraceBatch? Batch { get; set; }

    public long PartyId { get; set; }

    public decimal? QuantityReceived { get; set; }

    public string? Unit { get; set; }

    public DateTimeOffset? FirstReceivedAt { get; set; }
}

/// <summary>
/// One hop of the trace graph (the index/closure of docs/food-traceability.md): a holding to a holding, either the same batch
/// moving between parties (shipping/receiving) or an input batch turned into an output batch at one party. Narrow, integer
/// keyed, indexed on both ends: forward follows From→To, backward To→From.
/// </summary>
internal sealed class TraceLink
{
    public long Id { get; set; }

    public long FromHoldingId { get; set; }

    public TraceHolding? FromHolding { get; set; }

    public long ToHoldingId { get; set; }

    public TraceHolding? ToHolding { get; set; }

    /// <summary>true: a transformation (input → output batch); false: a move between parties.</summary>
    public bool Transform { get; set; }

    public DateTimeOffset At { get; set; }

    public decimal? Quantity { get; set; }

    public long EventRowId { get; set; }

    public TraceEvent? Event { get; set; }
}

/// <summary>An EPCIS 2.0 event as received (ObjectEvent or TransformationEvent), with the 冷链 documents in columns.</summary>
internal sealed class TraceEvent
{
    public long Id { get; set; }

    /// <summary>EPCIS eventID (idempotency key).</summary>
    public string EventId { get; set; } = "";

    /// <summary>SHA-256 of the event's JSON: the same id with other content is refused.</summary>
    public string ContentHash { get; set; } = "";

    public bool Transformation { get; set; }

    /// <summary>ADD / OBSERVE / DELETE (null for a TransformationEvent).</summary>
    public string? Action { get; set; }

    public TraceStep Step { get; set; }

    public DateTimeOffset EventTime { get; set; }

    public string TimeZoneOffset { get; set; } = "+08:00";

    public long LocationPartyId { get; set; }

    public string? ReadPoint { get; set; }

    public long? SourcePartyId { get; set; }

    public long? DestinationPartyId { get; set; }

    public string DivisionCode { get; set; } = "";

    /// <summary>The batches and quantities of the event, as "key qty uom; …" (display; the links carry the graph).</summary>
    public string What { get; set; } = "";

    /// <summary>进口冷链 receiving (carries the cold-chain extension).</summary>
    public bool ColdChainImport { get; set; }

    /// <summary>报关单号.</summary>
    public string? CustomsDeclarationNo { get; set; }

    /// <summary>检疫证明.</summary>
    public string? QuarantineCertNo { get; set; }

    /// <summary>消毒证明.</summary>
    public string? DisinfectionCertNo { get; set; }

    /// <summary>核酸检测证明.</summary>
    public string? NucleicAcidProofNo { get; set; }

    /// <summary>A cold-chain import receiving that lacks one of the four documents.</summary>
    public bool DocumentsMissing { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string RecordedBy { get; set; } = "";
}
