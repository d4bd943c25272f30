using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhijian.Entities.Contracts;
using Zhijian.Entities.Data;
using Zhijian.Entities.Domain;
using Zhijian.Platform.Codes;

namespace Zhijian.Entities.Features.Profile;

internal sealed record TimelineItem(DateOnly On, string Kind, string Summary, IReadOnlyList<FieldChange> Changes, string Actor);

internal sealed record FieldChange(string Field, string Label, string? Old, string? New);

internal sealed record LicenceItem(string TypeCode, string TypeName, string Number, string Issuer, DateOnly ValidFrom, DateOnly? ValidTo, string Status, bool Commitment);

internal sealed record AnnualReportItem(int Year, DateOnly FiledOn, bool Late, int Employees, decimal? PaidInCapital);

/// <summary>企业全息画像 v1: registration data (personal data masked), timeline, licences, annual reports, tags.</summary>
internal sealed record EntityProfileView(
    string Uscc, string? RegNo, string Name, EntityType Type, string TypeName, string LegalRep, string? LegalRepIdMasked,
    decimal? RegisteredCapital, DateOnly EstablishedOn, DateOnly? TermFrom, DateOnly? TermTo, string RegisteredAddress,
    string? BusinessAddress, string DivisionCode, string DivisionName, string IndustryCode, string IndustryName,
    string? BusinessScope, string RegistrationAuthority, string? PhoneMasked, EntityStatus Status, string StatusName,
    DateOnly? StatusDate, IReadOnlyList<string> Tags, bool UsccCheckOverridden,
    IReadOnlyList<TimelineItem> Timeline, IReadOnlyList<LicenceItem> Licences, IReadOnlyList<AnnualReportItem> AnnualReports);

/// <summary>Reads one entity's profile, inside the caller's jurisdiction; also the module's <see cref="IEntityDirectory"/>.</summary>
internal sealed class EntityProfile(EntitiesDbContext db, DivisionTable divisions, IndustryTable industries, AnnualReports.AnnualReports annualReports,
    Zhijian.Platform.Privacy.PersonalData personal)
{
    public async Task<EntityProfileView?> GetAsync(string uscc, CancellationToken ct)
    {
        var code = uscc.Trim().ToUpperInvariant();
        var e = await db.Entities.AsNoTracking().SingleOrDefaultAsync(x => x.Uscc == code, ct);
        if (e is null) return null;
        var events = await db.Events.AsNoTracking().Where(x => x.EntityId == e.Id).OrderByDescending(x => x.OccurredOn).ThenByDescending(x => x.Id).ToListAsync(ct);
        var licences = await db.Licences.AsNoTracking().Where(x => x.EntityId == e.Id).OrderBy(x => x.ValidTo).ToListAsync(ct);
        var reports = await db.AnnualReports.AsNoTracking().Where(x => x.EntityId == e.Id).OrderByDescending(x => x.Year).ToListAsync(ct);
        return new EntityProfileView(
            e.Uscc, e.RegNo, e.Name, e.Type, EntityNames.Of(e.Type), e.LegalRep, e.LegalRepIdMasked, e.RegisteredCapital, e.EstablishedOn,
            e.TermFrom, e.TermTo, e.RegisteredAddress, e.BusinessAddress, e.DivisionCode, divisions.FullName(e.DivisionCode),
            e.IndustryCode, industries.Find(e.IndustryCode)?.Name ?? e.IndustryCode, e.BusinessScope, e.RegistrationAuthority,
            e.PhoneMasked, e.Status, EntityNames.Of(e.Status), e.StatusDate, e.Tags, e.UsccCheckOverridden,
            [.. events.Select(x => new TimelineItem(x.OccurredOn, x.Kind, x.Summary, Changes(x.Changes), Shown(x.Actor)))],
            [.. licences.Select(l => new LicenceItem(l.TypeCode, Dataset.LicenceCatalogue.Find(l.TypeCode)?.Name ?? l.TypeCode, l.Number, l.Issuer, l.ValidFrom, l.ValidTo, l.Status, l.Commitment))],
            [.. reports.Select(r => new AnnualReportItem(r.Year, r.FiledOn, r.Late, r.Employees, r.PaidInCapital))]);
    }

    public async Task<EntitySummary?> FindAsync(string uscc, CancellationToken ct)
    {
        var code = uscc.Trim().ToUpperInvariant();
        var e = await db.Entities.AsNoTracking().SingleOrDefaultAsync(x => x.Uscc == code, ct);
        return e is null ? null : Summary(e);
    }

    /// <summary>
    /// The summaries of <paramref name="usccs"/> inside the caller's jurisdiction, in one query whatever their number: the
    /// codes travel as one collection parameter (SQLite: <c>json_each</c>, PostgreSQL: an array), not as one parameter
    /// each, so there is no parameter limit to chunk for (a draw looks up 30,000 at once).
    /// </summary>
    public async Task<IReadOnlyList<EntitySummary>> FindManyAsync(IReadOnlyCollection<string> usccs, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(usccs);
        var codes = usccs.Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).ToArray();
        if (codes.Length == 0) return [];
        return await db.Entities.AsNoTracking().Where(e => EF.Parameter(codes).Contains(e.Uscc))
            .Select(e => new EntitySummary(e.Uscc, e.Name, e.Type, e.Status, e.DivisionCode, e.IndustryCode, e.EstablishedOn, e.Tags, e.LegalRep, e.RegisteredCapital, e.StatusDate))
            .ToListAsync(ct);
    }

    public async IAsyncEnumerable<EntitySummary> StreamAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var e in db.Entities.AsNoTracking().OrderBy(x => x.Uscc).AsAsyncEnumerable().WithCancellation(ct))
            yield return Summary(e);
    }

    public async IAsyncEnumerable<EntitySummary> MissingAnnualReportsAsync(int year, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var e in annualReports.Missing(year).OrderBy(x => x.Uscc).AsAsyncEnumerable().WithCancellation(ct))
            yield return Summary(e);
    }

    public async Task<PublicEntity?> PublicAsync(string uscc, CancellationToken ct)
    {
        // The portal's hot path: registration, licences and report years only (no timeline, no personal data read).
        var code = uscc.Trim().ToUpperInvariant();
        var e = await db.Entities.AsNoTracking().SingleOrDefaultAsync(x => x.Uscc == code, ct);
        if (e is null) return null;
        var licences = await db.Licences.AsNoTracking().Where(x => x.EntityId == e.Id).OrderBy(x => x.ValidTo).ToListAsync(ct);
        var years = await db.AnnualReports.AsNoTracking().Where(x => x.EntityId == e.Id).OrderByDescending(x => x.Year).Select(x => x.Year).ToListAsync(ct);
        var legalRep = e.Type == EntityType.IndividualBusiness ? Zhijian.Platform.Privacy.Masks.Name(e.LegalRep) : e.LegalRep;
        return new PublicEntity(e.Uscc, e.Name, e.Type, EntityNames.Of(e.Type), legalRep, e.RegisteredCapital, e.EstablishedOn, e.TermFrom,
            e.TermTo, e.RegisteredAddress, e.RegistrationAuthority, e.Status, EntityNames.Of(e.Status), e.StatusDate, e.DivisionCode,
            [.. licences.Select(l => new PublicLicence(Dataset.LicenceCatalogue.Find(l.TypeCode)?.Name ?? l.TypeCode, l.Number, l.Issuer, l.ValidFrom, l.ValidTo, l.Status))],
            years);
    }

    public async Task<EntityParty?> PartyAsync(string uscc, CancellationToken ct)
    {
        var code = uscc.Trim().ToUpperInvariant();
        var e = await db.Entities.AsNoTracking().SingleOrDefaultAsync(x => x.Uscc == code, ct);
        if (e is null) return null;
        var address = e.Type == EntityType.IndividualBusiness && !string.IsNullOrWhiteSpace(e.BusinessAddress) ? e.BusinessAddress : e.RegisteredAddress;
        return new EntityParty(e.Uscc, e.Name, e.Type, e.LegalRep, address, personal.Unprotect(e.PhoneCipher));
    }

    internal static EntitySummary Summary(MarketEntity e) =>
        new(e.Uscc, e.Name, e.Type, e.Status, e.DivisionCode, e.IndustryCode, e.EstablishedOn, e.Tags, e.LegalRep, e.RegisteredCapital, e.StatusDate);

    /// <summary>经办 as a clerk reads it: the staff member's name as recorded, "系统" for the demo registry, jobs and start-up.</summary>
    internal static string Shown(string? actor) =>
        string.IsNullOrWhiteSpace(actor) || actor is "demo" or "system" || actor.StartsWith("demo.", StringComparison.Ordinal) ? "系统"
        : actor.StartsWith("api:", StringComparison.Ordinal) ? $"外部系统（{actor[4..]}）" : actor;

    private static IReadOnlyList<FieldChange> Changes(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.EnumerateArray().Select(c => new FieldChange(
            c.GetProperty("field").GetString()!, c.GetProperty("label").GetString()!,
            c.GetProperty("old").GetString(), c.GetProperty("new").GetString()))];
    }
}
