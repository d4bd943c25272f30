using Zhijian.Platform.Events;

namespace Zhijian.Entities.Contracts;

/// <summary>市场主体设立登记</summary>
[EventName("entities.registered")]
public sealed record EntityRegistered(string Uscc, string Name, EntityType Type, string DivisionCode, string IndustryCode, DateOnly EstablishedOn) : IEntityPublicChange;

/// <summary>市场主体变更登记: the fields that changed.</summary>
[EventName("entities.changed")]
public sealed record EntityChanged(string Uscc, IReadOnlyList<string> Fields, DateOnly ChangedOn) : IEntityPublicChange;

/// <summary>登记状态变化: 注销, 吊销, 迁出.</summary>
[EventName("entities.status-changed")]
public sealed record EntityStatusChanged(string Uscc, EntityStatus Status, DateOnly On, string Reason) : IEntityPublicChange;

/// <summary>批量导入市场主体: one file imported (all rows or none); counts of new and existing entities.</summary>
[EventName("entities.imported")]
public sealed record EntitiesImported(string FileName, int Rows, int Inserted, int Updated) : IDomainEvent;

/// <summary>What other modules may ask the registry (the module's only query surface).</summary>
public interface IEntityDirectory
{
    Task<EntitySummary?> FindAsync(string uscc, CancellationToken ct);

    /// <summary>Every entity inside the caller's jurisdiction, in USCC order, streamed (risk recompute, target libraries).</summary>
    IAsyncEnumerable<EntitySummary> StreamAsync(CancellationToken ct);

    /// <summary>
    /// The entities due to file the annual report for <paramref name="year"/> that have not filed it (the input of
    /// the July listing in the abnormal-operation list), streamed in USCC order.
    /// </summary>
    IAsyncEnumerable<EntitySummary> MissingAnnualReportsAsync(int year, CancellationToken ct);

    /// <summary>What the public portal shows of an entity (企业信息公示): no ID numbers, no phones.</summary>
    Task<PublicEntity?> PublicAsync(string uscc, CancellationToken ct);

    /// <summary>Public search by any fragment of the name or by USCC (never by a person's name), best matches first.</summary>
    Task<IReadOnlyList<PublicEntityHit>> SearchPublicAsync(string query, int max, CancellationToken ct);

    /// <summary>
    /// 检查对象名录库: the entities matching <paramref name="filter"/> inside the caller's jurisdiction, in ordinal (byte-wise)
    /// USCC order on both databases, streamed. A malformed division or industry code in the filter throws
    /// <see cref="ArgumentException"/> (Chinese message) when called, before anything is read. The enumeration holds the
    /// registry's connection of this scope: finish it before asking this directory anything else in the same scope.
    /// </summary>
    IAsyncEnumerable<EntityKey> SelectAsync(EntityFilter filter, CancellationToken ct);

    /// <summary>How many entities <see cref="SelectAsync"/> would return (library preview).</summary>
    Task<int> CountAsync(EntityFilter filter, CancellationToken ct);

    /// <summary>Summaries of the given USCCs that exist inside the caller's jurisdiction (any order; missing ones left out; any number).</summary>
    Task<IReadOnlyList<EntitySummary>> FindManyAsync(IReadOnlyCollection<string> usccs, CancellationToken ct);

    /// <summary>The licence types (code, Chinese name) the registry knows, for pickers and <see cref="EntityFilter.LicenceTypes"/>.</summary>
    IReadOnlyList<(string Code, string Name)> LicenceTypes { get; }
    /// <summary>
    /// 当事人信息 for an enforcement case against a registered entity, inside the caller's jurisdiction (null otherwise): the
    /// register's name, legal representative, 住所（主要经营场所） and phone. The phone is personal data in clear — only for a
    /// case file (the documents served to the party carry it); the caller stores it encrypted and masks it on screen.
    /// </summary>
    Task<EntityParty?> PartyAsync(string uscc, CancellationToken ct);
}

/// <summary>
/// An entity as the party of an enforcement case (<see cref="IEntityDirectory.PartyAsync"/>). <see cref="Address"/> is the
/// 住所 of the register (an 个体工商户's 经营场所 when it has one); <see cref="Phone"/> is in clear.
/// </summary>
public sealed record EntityParty(string Uscc, string Name, EntityType Type, string LegalRep, string Address, string? Phone);

/// <summary>
/// 检查对象名录库的筛选条件. Every list null or empty = no restriction on that dimension; within a list any value matches
/// (OR), across lists all must match (AND).
/// </summary>
/// <param name="Types">主体类型.</param>
/// <param name="Statuses">登记状态; null = every status (a library of operating entities passes [Active]).</param>
/// <param name="IndustryCodes">GB/T 4754-2017 codes: a section letter ("C", its divisions 13–43) or a 2–4 digit prefix ("52", "5221").</param>
/// <param name="DivisionCodes">GB/T 2260 subtree roots, as jurisdictions read them: "370100" covers every 3701xx… code, "370102"
/// covers 370102 and the 9-digit township codes under it.</param>
/// <param name="Tags">标签: the entity carries any of them (whole tags, not fragments).</param>
/// <param name="LicenceTypes">许可类型 codes (<see cref="IEntityDirectory.LicenceTypes"/>): the entity holds a licence of any of them that is
/// valid today (status 有效, not expired).</param>
public sealed record EntityFilter(
    IReadOnlyList<EntityType>? Types = null,
    IReadOnlyList<EntityStatus>? Statuses = null,
    IReadOnlyList<string>? IndustryCodes = null,
    IReadOnlyList<string>? DivisionCodes = null,
    IReadOnlyList<string>? Tags = null,
    IReadOnlyList<string>? LicenceTypes = null);

/// <summary>名录库中的一个对象 (what a draw freezes). Entities with the same tags share one read-only tag list.</summary>
public sealed record EntityKey(string Uscc, IReadOnlyList<string> Tags);

/// <summary>A licence as the public sees it.</summary>
public sealed record PublicLicence(string TypeName, string Number, string Issuer, DateOnly ValidFrom, DateOnly? ValidTo, string Status);

/// <summary>
/// 企业登记信息公示. The legal representative of an enterprise is public register information; the operator of an
/// individual business (个体工商户) is a private person, so the name is masked (王**).
/// </summary>
public sealed record PublicEntity(string Uscc, string Name, EntityType Type, string TypeName, string LegalRep, decimal? RegisteredCapital,
    DateOnly EstablishedOn, DateOnly? TermFrom, DateOnly? TermTo, string RegisteredAddress, string RegistrationAuthority,
    EntityStatus Status, string StatusName, DateOnly? StatusDate, string DivisionCode, IReadOnlyList<PublicLicence> Licences,
    IReadOnlyList<int> ReportedYears);

public sealed record PublicEntityHit(string Uscc, string Name, string TypeName, string StatusName, string DivisionName);

/// <summary>
/// An entity as other modules see it. No personal data: the legal representative's name is public register
/// information (企业信息公示); ID numbers never leave the registry, phones only as a case's party (<see cref="EntityParty"/>).
/// </summary>
public sealed record EntitySummary(string Uscc, string Name, EntityType Type, EntityStatus Status, string DivisionCode,
    string IndustryCode, DateOnly EstablishedOn, IReadOnlyList<string> Tags, string LegalRep, decimal? RegisteredCapital, DateOnly? StatusDate = null);

/// <summary>
/// 企业全息画像 extension point: a module registers a Razor component (with a <c>Uscc</c> string parameter) that
/// the profile page renders as a section, without the registry knowing the module.
/// </summary>
public sealed record EntityProfileSection(string Title, Type Component, int Order);

/// <summary>年度报告已报送 (late ones flagged): lets the credit module remove an abnormal listing whose cause is cured.</summary>
[EventName("entities.annual-report-filed")]
public sealed record AnnualReportFiled(string Uscc, int Year, DateOnly FiledOn, bool Late) : IEntityPublicChange;
