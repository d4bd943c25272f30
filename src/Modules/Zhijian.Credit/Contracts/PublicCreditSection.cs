namespace Zhijian.Credit.Contracts;

/// <summary>
/// 企业信用信息公示页 extension point: a module registers (<c>services.AddSingleton(new PublicCreditSection(…))</c>) a Razor
/// component with a <c>Uscc</c> string parameter; the public credit page (/gs/credit/{uscc}, static rendering, anonymous)
/// renders it under <see cref="Title"/> in <see cref="Order"/>, without the credit module knowing the module. The
/// component shows public data only.
/// </summary>
public sealed record PublicCreditSection(string Title, Type Component, int Order);

/// <summary>
/// Links from the public credit page to the publishing module's own public page of a record (a penalty row → its
/// 行政处罚决定书; an inspection result → its task and draw). A module registers one per source system it submits
/// records under (<c>services.AddScoped&lt;IPublicCreditRecordLinks, …&gt;()</c>); records of other sources show no link.
/// </summary>
public interface IPublicCreditRecordLinks
{
    /// <summary>The <see cref="CreditRecordSubmission.SourceSystem"/> this module submits under.</summary>
    string SourceSystem { get; }

    /// <summary>Public page per source id, for the ids that have one today (others left out).</summary>
    Task<IReadOnlyDictionary<string, string>> HrefsAsync(IReadOnlyCollection<string> sourceIds, CancellationToken ct);
}
