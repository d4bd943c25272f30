using Zhijian.Cases.Domain;

namespace Zhijian.Cases.Features.Disclosure;

/// <summary>Placeholder until the disclosure feature lands: publishes nothing.</summary>
internal sealed class CaseDisclosure
{
#pragma warning disable CA1822 // replaced by the disclosure feature
    public Task<Publication?> PublishAsync(Case c, CaseDocument decision, string authority, IReadOnlyList<string?> personal, CancellationToken ct) =>
        Task.FromResult<Publication?>(null);
}
