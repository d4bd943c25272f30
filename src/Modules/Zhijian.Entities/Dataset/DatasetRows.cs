using Zhijian.Entities.Contracts;

namespace Zhijian.Entities.Dataset;

/// <summary>
/// One market entity as the registration system exports it — the row of the import file and of the dataset
/// generator. Column order and Chinese headers: <see cref="EntityRow.Columns"/>.
/// </summary>
internal sealed record EntityRow(
    string Uscc,
    string? RegNo,
    string Name,
    EntityType Type,
    string LegalRep,
    string? LegalRepId,
    decimal? RegisteredCapital,
    DateOnly EstablishedOn,
    DateOnly? TermFrom,
    DateOnly? TermTo,
    string RegisteredAddress,
    string? BusinessAddress,
    string DivisionCode,
    string IndustryCode,
    string? BusinessScope,
    string RegistrationAuthority,
    string? Phone,
    EntityStatus Status,
    DateOnly? StatusDate,
    IReadOnlyList<string> Tags,
    DateTimeOffset? ApplicationReceivedAt = null,
    DateTimeOffset? LicenceIssuedAt = null,
    RegistrationChannel? ApplicationChannel = null,
    bool? NameSelfDeclared = null)
{
    /// <summary>The file's columns in order (header, required, help): declared once, by the import.</summary>
    public static IReadOnlyList<Platform.Import.ImportColumn> Columns => Features.Import.EntityColumns.Template.Columns;
}

/// <summary>One annual report (年报) of an entity for a year.</summary>
internal sealed record AnnualReportRow(string Uscc, int Year, DateOnly FiledOn, int Employees, string? Phone,
    IReadOnlyList<string> Websites, decimal? PaidInCapital);

/// <summary>One licence (涉企许可) held by an entity; TypeCode from the licence-type catalogue.</summary>
internal sealed record LicenceRow(string Uscc, string TypeCode, string Number, string Issuer, DateOnly ValidFrom,
    DateOnly? ValidTo, bool Commitment);
