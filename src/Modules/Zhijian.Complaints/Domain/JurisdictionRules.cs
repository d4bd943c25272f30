using Zhijian.Complaints.Contracts;

namespace Zhijian.Complaints.Domain;

/// <summary>How the business sells: at premises, as an e-commerce platform, on its own website, or as a seller on a platform.</summary>
internal enum BusinessChannel
{
    /// <summary>线下经营</summary>
    Premises = 1,

    /// <summary>电子商务平台经营者</summary>
    Platform = 2,

    /// <summary>通过自建网站、其他网络服务销售商品或者提供服务的电子商务经营者</summary>
    OwnWebsite = 3,

    /// <summary>平台内经营者</summary>
    PlatformSeller = 4,
}

/// <summary>What routing knows of a filing: divisions (GB/T 2260, 6 or 9 digits) of each relevant place, when known.</summary>
internal sealed record RoutingFacts(
    FilingKind Kind,
    RuleVersion Version,
    BusinessChannel Channel,
    string? OperatingDivision = null,
    string? DomicileDivision = null,
    string? PublishedAddressDivision = null,
    string? PlatformDomicileDivision = null,
    string? ConductDivision = null,
    bool Advertising = false,
    string? AdPublisherDivision = null,
    string? ReceivedByDivision = null);

/// <summary>The county-level division that handles the filing, and the rule applied in words (shown to the handler).</summary>
internal sealed record RoutingDecision(string? CountyDivision, string Basis, IReadOnlyList<string> Qualifying);

/// <summary>
/// 管辖 (DOMAIN.md §3): the county-level bureau where the business operates or is domiciled; a platform or own-website
/// seller — its domicile; a platform seller — the address it publishes (Order 121) or where it actually operates (Order
/// 20), else the platform's domicile; a report — where the conduct happened (an advertising report under Order 20: the
/// publisher's location). Several qualifying bureaus: the one that received it first keeps it.
/// </summary>
internal static class JurisdictionRules
{
    public static RoutingDecision Route(RoutingFacts f)
    {
        var (candidates, basis) = Candidates(f);
        var qualifying = candidates.Select(County).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (qualifying.Count == 0)
            return new RoutingDecision(null, "无法根据现有信息确定管辖地（缺少经营地、住所地或行为发生地），请人工分流", []);
        var received = County(f.ReceivedByDivision);
        if (qualifying.Count > 1 && received is not null && qualifying.Contains(received))
            return new RoutingDecision(received, basis + "；多个部门均有管辖权，由最先收到的部门处理", qualifying);
        return new RoutingDecision(qualifying[0], basis, qualifying);
    }

    /// <summary>The county-level code of a 6- or 9-digit division ("370102003" → "370102").</summary>
    public static string? County(string? division) =>
        division is { Length: >= 6 } d && d.Take(6).All(char.IsAsciiDigit) ? d[..6] : null;

    private static (List<string?> Candidates, string Basis) Candidates(RoutingFacts f)
    {
        if (f.Kind == FilingKind.Report)
        {
            if (f.Version == RuleVersion.Order20 && f.Advertising && f.AdPublisherDivision is not null)
                return ([f.AdPublisherDivision], "举报违法广告，由广告发布者所在地市场监督管理部门处理（总局令第20号第二十八条）");
            if (f.ConductDivision is not null) return ([f.ConductDivision], "举报由违法行为发生地的县级市场监督管理部门处理");
            return ([f.OperatingDivision, f.DomicileDivision], "违法行为发生地不明，暂按被举报人经营地或住所地确定");
        }

        return f.Channel switch
        {
            BusinessChannel.Platform or BusinessChannel.OwnWebsite =>
                ([f.DomicileDivision], "电子商务平台经营者、自建网站经营者由其住所地县级市场监督管理部门处理"),
            BusinessChannel.PlatformSeller when f.Version == RuleVersion.Order121 =>
                f.PublishedAddressDivision is not null
                    ? ([f.PublishedAddressDivision], "平台内经营者由其在平台公示的实际经营地址所在地县级市场监督管理部门处理")
                    : ([f.PlatformDomicileDivision], "平台内经营者未公示实际经营地址，由平台经营者住所地县级市场监督管理部门处理"),
            BusinessChannel.PlatformSeller =>
                ([f.OperatingDivision, f.PlatformDomicileDivision], "平台内经营者由其实际经营地或者平台经营者住所地县级市场监督管理部门处理（总局令第20号第十二条）"),
            _ => ([f.OperatingDivision, f.DomicileDivision], "由经营者实际经营地或者住所地县级市场监督管理部门处理"),
        };
    }
}
