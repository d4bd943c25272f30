using Zhijian.Platform.Portal;

namespace Zhijian.Complaints.Features.Disclosure;

/// <summary>
/// 公示首页 “消费提示”: the newest published consumer warnings; while none is published, the businesses most complained
/// about (at least the rule's minimum in 12 months), each with its count — a consumer warning in numbers.
/// </summary>
internal sealed class ConsumerHomeSection(ConsumerWarnings warnings, PublicDisclosure disclosure) : IPortalHomeSection
{
    public string Title => "消费提示";

    public int Order => 300;

    public string MoreHref => "/gs/consumer-warnings";

    public async Task<IReadOnlyList<PortalItem>> LatestAsync(int max, CancellationToken ct)
    {
        var published = await warnings.PublishedAsync(ct);
        if (published.Count > 0)
            return [.. published.Take(max).Select(w => new PortalItem(w.Title, w.PublishedOn, $"/gs/consumer-warnings/{w.Id}", w.OrgUnitName))];
        var ranking = await disclosure.RankingAsync(ct);
        return [.. ranking.Items.Take(max).Select(b => new PortalItem(
            $"{b.Name}：近12个月被投诉 {b.Complaints} 件", ranking.To, $"/gs/complaints/businesses/{b.Uscc}", "消费投诉信息公示"))];
    }
}
