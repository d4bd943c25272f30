namespace Zhijian.Drugs.Domain.Licences;

/// <summary>
/// A business as the other areas see it (read-only). <see cref="LicenceNo"/> is its current licence or filing number
/// (药品经营许可证, 医疗器械经营许可证 or 二类备案凭证; null for cosmetics businesses or while none is recorded).
/// </summary>
internal sealed record DrugBusinessRef
{
    // Init-only properties (not a positional record) so that IDrugBusinesses.Query() stays composable: EF translates member access
    // on an object initializer, not on constructor arguments.
    public long Id { get; init; }

    public required string Uscc { get; init; }

    public required string Name { get; init; }

    public DrugBusinessKind Kind { get; init; }

    public required string DivisionCode { get; init; }

    public required string Address { get; init; }

    public long? ChainHeadquartersId { get; init; }

    public bool Active { get; init; }

    public string? LicenceNo { get; init; }
}

/// <summary>
/// The businesses of the module (the Licences area owns the table): grids, inspections and risk grading (Supervision) and the
/// sales and adverse-reaction registers (Registers) find businesses here. Queries honour the caller's jurisdiction.
/// </summary>
internal interface IDrugBusinesses
{
    Task<DrugBusinessRef?> FindAsync(long id, CancellationToken ct);

    /// <summary>By USCC or by licence/filing number (an uploaded sale or report names the business either way).</summary>
    Task<DrugBusinessRef?> FindByKeyAsync(string usccOrLicenceNo, CancellationToken ct);

    /// <summary>All businesses inside the caller's jurisdiction, composable (filter by kind, division, …).</summary>
    IQueryable<DrugBusinessRef> Query();
}
