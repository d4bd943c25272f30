using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Data;
using Zhijian.Credit.Domain;
using Zhijian.Credit.Features.Listings;
using Zhijian.Credit.Features.Records;
using Zhijian.Platform.Calendar;
using Zhijian.Platform.Storage;

namespace Zhijian.Credit.Features.Profile;

internal sealed record RiskFactorView(string Name, decimal Points);

internal sealed record RiskView(RiskClass Class, decimal Score, string ModelVersion, IReadOnlyList<RiskFactorView> Factors, DateTimeOffset ComputedAt,
    IReadOnlyList<(DateOnly On, RiskClass Class, decimal Score)> History);

/// <summary>Staff view: everything the bureau holds about the entity's credit.</summary>
internal sealed record StaffCreditView(IReadOnlyList<CreditRecordView> Records, IReadOnlyList<ListingView> Listings, RiskView? Risk);

/// <summary>
/// Public view (公示): only what is public today — penalties inside their disclosure period and not repaired or
/// withdrawn, listings made (active, and removed ones with their removal), other public records. Risk classes are
/// for supervision only and never shown to the public.
/// </summary>
internal sealed record PublicCreditView(IReadOnlyList<CreditRecordView> Penalties, IReadOnlyList<CreditRecordView> Inspections,
    IReadOnlyList<CreditRecordView> Licensing, IReadOnlyList<CreditRecordView> Other, IReadOnlyList<ListingView> Abnormal,
    IReadOnlyList<ListingView> Serious);

/// <summary>The credit part of an entity's profile, for staff and for the public portal.</summary>
internal sealed class CreditProfile(CreditDbContext db, TimeProvider clock)
{
    public async Task<StaffCreditView> StaffAsync(string uscc, CancellationToken ct)
    {
        var today = clock.Today();
        var records = await db.Records.AsNoTracking().Where(x => x.Uscc == uscc).OrderByDescending(x => x.DecidedOn).ThenByDescending(x => x.Id).ToListAsync(ct);
        var listings = await db.Listings.AsNoTracking().Where(x => x.Uscc == uscc).OrderByDescending(x => x.Id).ToListAsync(ct);
        var risk = await db.Risks.AsNoTracking().SingleOrDefaultAsync(x => x.Uscc == uscc, ct);
        RiskView? riskView = null;
        if (risk is not null)
        {
            var history = await db.RiskHistory.AsNoTracking().Where(x => x.Uscc == uscc).OrderByDescending(x => x.On).ThenByDescending(x => x.Id).Take(20).ToListAsync(ct);
            riskView = new RiskView(risk.Class, risk.Score, risk.ModelVersion, Factors(risk.Factors), risk.ComputedAt,
                [.. history.Select(h => (h.On, h.Class, h.Score))]);
        }

        return new StaffCreditView([.. records.Select(r => CreditRecordView.Of(r, today))], [.. listings.Select(ListingView.Of)], riskView);
    }

    public async Task<PublicCreditView> PublicAsync(string uscc, CancellationToken ct)
    {
        var today = clock.Today();
        var records = (await db.Records.AsNoTracking().Where(x => x.Uscc == uscc && x.IsPublic).OrderByDescending(x => x.DecidedOn).ThenByDescending(x => x.Id).ToListAsync(ct))
            .Where(r => r.IsPublicOn(today)).Select(r => CreditRecordView.Of(r, today)).ToList();
        var listings = await db.Listings.AsNoTracking()
            .Where(x => x.Uscc == uscc && (x.Status == ListingStatus.Listed || x.Status == ListingStatus.Removed || x.Status == ListingStatus.Expired))
            .OrderByDescending(x => x.ListedOn).ThenByDescending(x => x.Id).ToListAsync(ct);
        return new PublicCreditView(
            [.. records.Where(r => r.Kind == CreditRecordKind.Penalty)],
            [.. records.Where(r => r.Kind is CreditRecordKind.InspectionResult or CreditRecordKind.SamplingFailure)],
            [.. records.Where(r => r.Kind == CreditRecordKind.Licensing)],
            [.. records.Where(r => r.Kind is not (CreditRecordKind.Penalty or CreditRecordKind.InspectionResult or CreditRecordKind.SamplingFailure or CreditRecordKind.Licensing))],
            [.. listings.Where(l => l.List is CreditList.Abnormal or CreditList.AbnormalMark).Select(ListingView.Of)],
            [.. listings.Where(l => l.List == CreditList.Serious).Select(ListingView.Of)]);
    }

    /// <summary>Reads the factors JSON ([{name, points}]) the risk model stores.</summary>
    public static IReadOnlyList<RiskFactorView> Factors(string json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        return JsonSerializer.Deserialize<List<RiskFactorView>>(json, ZhijianJson.Options) ?? [];
    }
}
