using Microsoft.Extensions.DependencyInjection;
using Zhijian.Credit.Contracts;
using Zhijian.Credit.Features.Listings;
using Zhijian.Credit.Features.Records;

namespace Zhijian.Credit.Features.Intake;

/// <summary>
/// <see cref="ICreditIntake"/>: other modules hand records and abnormal-list proposals to credit in process. One way to do
/// each thing: a record goes through <see cref="CreditRecords.AcceptAsync(CreditRecordInput, CancellationToken)"/> (the API's path: validation, quarantine,
/// audit, feed, event), a proposal through <see cref="Listings.Listings.ProposeAsync"/> (the listings' save path).
/// </summary>
internal sealed class CreditIntake(CreditRecords records, Listings.Listings listings) : ICreditIntake
{
    public async Task<CreditIntakeOutcome> SubmitRecordAsync(CreditRecordSubmission record, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(record);
        var result = await records.AcceptAsync(new CreditRecordInput(record.Uscc, record.Kind, record.SourceSystem, record.SourceId, record.Authority,
            record.Title, record.DecidedOn, record.Content, record.DocumentNo, record.Field, record.Amount, record.PenaltyKinds, record.Severe,
            PublicUntil: record.PublicUntil, WithdrawnOn: record.WithdrawnOn), ct);
        return result.IsSuccess
            ? new CreditIntakeOutcome(result.Value!.Outcome, result.Value.Id, result.Value.Reason)
            : new CreditIntakeOutcome(CreditIntakeOutcome.Invalid, null, result.ErrorText);
    }

    public async Task<CreditIntakeOutcome> ProposeListingAsync(ListingProposal proposal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var result = await listings.ProposeAsync(proposal, ct);
        return result.IsSuccess
            ? new CreditIntakeOutcome(result.Value.Created ? CreditIntakeOutcome.Created : CreditIntakeOutcome.Unchanged, result.Value.Listing.Id, null)
            : new CreditIntakeOutcome(CreditIntakeOutcome.Invalid, null, result.ErrorText);
    }
}

/// <summary>信息归集 from this bureau's other modules, in process.</summary>
internal static class IntakeFeature
{
    public static void Add(IServiceCollection services) => services.AddScoped<ICreditIntake, CreditIntake>();
}
